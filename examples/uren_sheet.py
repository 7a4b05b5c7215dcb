"""The Urenstaat sheet: ORURENSTAAT for the seats of Invoer (every seat an
OR member, the article's model), fte, loonwaarde and the key figures.

Below the key figures, a line per body beyond the OR (the vaste commissies,
onderdeelcommissies and a COR or GOR of the Leden sheet, with their member
counts): their hours are ordinary formulas there, ORURENSTAAT stays the
article's model. Us_totaal_alle adds them: the hour base of the budget when
no members are listed.

Names: Us_posten, Us_uren, Us_fte, Us_loonwaarde (the eight rows), Us_totaal,
Us_fte_totaal, Us_weekuren, Us_loonwaarde_totaal, Us_signaal, Us_organen,
Us_totaal_alle, Us_organen_namen, Us_organen_uren."""

from __future__ import annotations

import template_kit as K
from template_kit import ARTIKEL, MONITOR, VB

SHEET = "Urenstaat"
PAGES = 1   # printed on this many pages (make_template.page_setup)
FIRST_ROW = 6          # ORURENSTAAT in A6:B13 (1-based rows)
LAST_ROW = FIRST_ROW + 7

# The ORURENSTAAT arguments from the Invoer names (also ORSCENARIO's).
ARGS = ("Zetels;OV_aantal;OV_duur;Verg_aantal;Verg_duur;Voorb_uren;Overige_uren;"
        "Scholing_dagen;Uren_per_dag;Vz_uren;Secr_uren;Jaarweken")

EXPLAIN = [
    ('Zetels&" leden x "&OV_aantal&" OV x "&OV_duur&" uur"',
     "Overleg met de ondernemer: WOR art. 23 en 24 lid 1, ten minste twee keer per jaar "
     "over de algemene gang van zaken."),
    ('Zetels&" leden x "&Verg_aantal&" vergaderingen x "&Verg_duur&" uur"',
     "Vergaderen zoveel mogelijk in werktijd, met behoud van loon: WOR art. 17 lid 2 "
     "en 3."),
    ('Zetels&" leden x ("&OV_aantal&" + "&Verg_aantal&") vergaderingen x "&Voorb_uren&" uur"',
     "Voorbereiding telt als vergadertijd volgens rechtspraak en praktijk."),
    ('"som van de drie regels hierboven"',
     f"{VB}: 'Subtotaal uren op basis van overlegrecht'."),
    ('Zetels&" leden x "&Overige_uren&" uur"',
     "WOR art. 18 lid 1 en 3: ten minste 60 uur per lid per jaar, naast de vergadertijd."),
    ('Zetels&" leden x "&Scholing_dagen&" dagen x "&Uren_per_dag&" uur"',
     "WOR art. 18 lid 2 en 3. Het rekenvoorbeeld drukt hier '=924 uur' af: dat is het "
     "lopende subtotaal 504 + 420, niet de scholing: 7 x 5 x 8 = 280."),
    ('"("&Vz_uren&" + "&Secr_uren&") uur per week x "&Jaarweken&" weken"',
     f"{VB}: voorzitter 2 en secretaris 4 uur per week, 52 weken."),
    ('"subtotaal + overige tijd + scholing + dagelijks bestuur"',
     f"{VB}: 1516 uur bij 7 zetels."),
]

SIGNAL = "onder 4 uur per lid per week"


def build(book):
    sh = book.sheet(SHEET)
    sh.widths(60, 22, 70, 16, 28, 82)
    sh.text("A1", "Urenstaat OR-tijd per jaar", "OR Titel")
    sh.formula("A2", '"Organisatie: "&IF(ISBLANK(Organisatie);"vul in op blad Invoer";'
                     'Organisatie)&IF(ISBLANK(Begrotingsjaar);"";" - begroting "&Begrotingsjaar)',
               "OR Uitleg")
    sh.formula("A3", 'IF(Zetels="";"Vul op blad Invoer het aantal personen of zetels in.";'
                     '"Aantal zetels: "&Zetels&", WOR art. 6 lid 1. Alle zetels als OR-lid, '
                     'zoals het rekenvoorbeeld; uren, fte en loonwaarde per jaar.")',
               "OR Uitleg")
    for col, head in zip("ABCDEF", ["Post", "Uren per jaar", "Berekening", "fte",
                                    "Loonwaarde", "Bron"]):
        sh.text(f"{col}5", head, "OR Kop")
    first, last = FIRST_ROW, LAST_ROW
    sh.rng(f"A{first}:B{last}").setArrayFormula(f'IF(Zetels="";"";ORURENSTAAT({ARGS}))')
    for i, (explain, source) in enumerate(EXPLAIN):
        r = first + i
        sh.rng(f"B{r}").NumberFormat = book.fmt["int"]
        sh.formula(f"C{r}", f'IF(Zetels="";"";{explain})', "OR Bron")
        sh.formula(f"D{r}", f'IF(Zetels="";"";ORFTE(B{r};Werkweek;Fte_weken))', None, "fte")
        sh.formula(f"E{r}", f'IF(OR(Zetels="";NOT(ISNUMBER(Uurtarief)));"";B{r}*Uurtarief)',
                   None, "eur")
        sh.text(f"F{r}", source, "OR Bron")
    for r in (first + 3, last):  # subtotal and total
        for col in "ABDE":
            sh.rng(f"{col}{r}").CharWeight = K.BOLD
    for col in "ABCDEF":
        sh.rng(f"{col}{last}").TopBorder = K.border(26, 0)
    sh.name("Us_posten", f"A{first}:A{last}")
    sh.name("Us_uren", f"B{first}:B{last}")
    sh.name("Us_fte", f"D{first}:D{last}")
    sh.name("Us_loonwaarde", f"E{first}:E{last}")

    k = last + 2
    sh.text(f"A{k}", "Kerncijfers", "OR Sectie")
    key_rows = [
        ("Us_totaal", "Totaal OR-uren per jaar", f'IF(Zetels="";"";B{last})', "int",
         f"{VB}: 1516 uur bij 7 zetels, ORUREN."),
        ("Us_fte_totaal", "fte voor de OR",
         f'IF(Zetels="";"";ORFTE(B{last};Werkweek;Fte_weken))', "fte4",
         f"Uren / werktijd per week x weken, ORFTE. {VB}: 36 uur x 52 = 1872 uur."),
        (None, "fte in procenten", f'IF(Zetels="";"";ORFTE(B{last};Werkweek;Fte_weken))',
         "pct", ""),
        ("Us_weekuren", "Uren per lid per week",
         f'IF(Zetels="";"";ORWEEKUREN(B{last};Zetels;Werkweken))', "dec2",
         f"ORWEEKUREN met de werkweken van blad Invoer. Vuistregel uit {ARTIKEL}, "
         "praktijk en geen wet: ten minste 4 uur per week, bij zware belasting 6 tot 8."),
        ("Us_loonwaarde_totaal", "Loonwaarde OR-tijd per jaar",
         f'IF(OR(Zetels="";NOT(ISNUMBER(Uurtarief)));"";B{last}*Uurtarief)', "eur",
         "Uren x loonkosten per uur, blad Invoer. Toegerekend: het loon wordt toch betaald, "
         "het is geen extra uitgave."),
    ]
    for i, (name, label, f, nf, note) in enumerate(key_rows):
        r = k + 1 + i
        sh.text(f"A{r}", label)
        sh.formula(f"B{r}", f, "OR Kerncijfer", nf)
        sh.text(f"C{r}", note, "OR Bron")
        sh.merge(f"C{r}:F{r}")
        if name:
            sh.name(name, f"B{r}")
    r = k + 1 + len(key_rows)
    sh.formula(f"A{r}", f'IF(OR(Zetels="";NOT(ISNUMBER(Us_weekuren)));"";IF(Us_weekuren<4;'
                        f'"Signaal: gemiddeld {SIGNAL}, de ondergrens van de vuistregel '
                        f'(praktijk, geen wet).";""))', "OR Signaal")
    sh.merge(f"A{r}:F{r}")
    sh.name("Us_signaal", f"A{r}")
    r = _bodies(book, sh, r + 2)
    n = r + 2
    notes = [
        "Toelichting",
        f"De regels en standaardwaarden komen uit het rekenvoorbeeld 'Voorbeeldberekening' "
        f"in {ARTIKEL} en uit de WOR; alle uitgangspunten staan op blad Invoer.",
        "Het fte-voorbeeld in dat artikel, 1264 uur of 67,52 %, laat de voorbereidingstijd "
        "weg: 1516 - 252 = 1264. Deze begroting rekent met het totaal inclusief "
        "voorbereiding.",
        "De standaardwaarden van het rekenvoorbeeld liggen aan de onderkant van de "
        f"praktijk: OR-leden zijn gemiddeld 6,6 uur per week vrijgesteld en besteden 8,1 uur "
        f"aan OR-werk ({MONITOR}).",
        "Deze staat telt alle zetels als OR-lid, met de commissies en een COR of GOR van "
        "blad Leden als eigen regels. Commissieleden per naam, functies en afgesproken dagen "
        "staan op blad Leden; de begroting rekent met blad Leden zodra daar leden staan.",
        "Zet de uren als aparte post in de begroting, bijvoorbeeld onder algemene "
        "personele zaken (advies uit hetzelfde artikel). Verdeling per afdeling: blad Leden.",
    ]
    sh.text(f"A{n}", notes[0], "OR Sectie")
    end = n + len(notes) - 1
    sh.optimal_rows(1, end)
    for i, t in enumerate(notes[1:]):
        sh.note(n + 1 + i, t, "F")
    sh.print_area(5, end)


def _bodies(book, sh, top):
    """The lines of the bodies beyond the OR (Leden sheet, page 3) from row
    top; returns the last row used."""
    import leden_sheet as L
    sh.text(f"A{top}", "Andere organen: commissies en COR of GOR, blad Leden", "OR Sectie")
    first = top + 1
    for i in range(L.ORG_ROWS):
        r = first + i
        at = f"INDEX(Org_{{}};{i + 1})"
        name, kind = at.format("namen"), at.format("soorten")
        present = f'{name}<>""'
        central = f'OR({kind}="COR";{kind}="GOR")'
        if i == 0:
            sh.formula(f"A{r}", f'IF(COUNTA(Org_namen)=0;"Geen commissies of COR ingevuld";'
                                f'IF({present};{name};""))')
        else:
            sh.formula(f"A{r}", f'IF({present};{name};"")')
        hours = at.format("uren")
        sh.formula(f"B{r}", f'IF({present};{hours};"")', None, "int")
        explain = (f'IF({at.format("controle")}<>"";{at.format("controle")};'
                   f'{at.format("or_leden")}&" OR-leden x "&ROUND({at.format("uren_or_lid")};1)'
                   f'&" uur"&IF({central};"";" + "&{at.format("extern")}&" van buiten x "&'
                   f'ROUND(N({at.format("uren_extern")});1)&" uur"))')
        sh.formula(f"C{r}", f'IF({present};{explain};"")', "OR Bron")
        sh.red_when_let_op(f"C{r}")
        sh.formula(f"D{r}", f'IF(OR(NOT({present});B{r}="");"";ORFTE(B{r};Werkweek;Fte_weken))',
                   None, "fte")
        sh.formula(f"E{r}", f'IF(OR(NOT({present});B{r}="";NOT(ISNUMBER(Uurtarief)));"";'
                            f'B{r}*Uurtarief)', None, "eur")
        sh.formula(f"F{r}", f'IF({present};IF({central};"WOR art. 33 en 34; vergaderen in '
                            f'werktijd, art. 17 via art. 34 lid 6.";"WOR art. 15 lid 2 of 3; '
                            f'vergaderen art. 17, 60 uur en scholing art. 18.");"")', "OR Bron")
    last = first + L.ORG_ROWS - 1
    sh.name("Us_organen_namen", f"A{first}:A{last}")
    sh.name("Us_organen_uren", f"B{first}:B{last}")
    r = last + 1
    sh.text(f"A{r}", "Andere organen samen")
    sh.formula(f"B{r}", 'IF(Org_ongeldig>0;"";Org_uren_totaal)', None, "int")
    sh.formula(f"C{r}", 'IF(Org_ongeldig>0;"Let op: controleer de commissies en COR of GOR op '
                        'blad Leden; ze tellen nog niet mee.";"")', "OR Bron")
    sh.red_when_let_op(f"C{r}")
    sh.merge(f"C{r}:F{r}")
    sh.name("Us_organen", f"B{r}")
    r += 1
    sh.text(f"A{r}", "Totaal met de andere organen", "OR Totaal")
    sh.formula(f"B{r}", f'IF(OR(Zetels="";Us_organen="");"";B{LAST_ROW}+Us_organen)',
               "OR Totaal", "int")
    sh.formula(f"C{r}", '"ORURENSTAAT + andere organen: de OR-uren van de begroting als blad '
                        'Leden nog leeg is."', "OR Totaal")
    sh.rng(f"C{r}").CharWeight = K.NORMAL
    sh.rng(f"C{r}").CharColor = K.NOTE
    sh.merge(f"C{r}:F{r}")
    sh.name("Us_totaal_alle", f"B{r}")
    return r
