"""The Uitgangspunten sheet: the inputs of the Begroting (yellow) with a check
next to each, and the replacement of exempted hours per department.

An empty, text or negative amount never counts as 0: the check says why and
the Begroting leaves its line out of the totals, saying so; "PM"
(nacalculatie) is allowed where an amount is asked. The names are the input
names (Bg_...) and, for the replacement per department, Vv_afdelingen,
Vv_uren, Vv_deel, Vv_vervangen, Vv_kosten (rows), Vv_uren_totaal,
Vv_vervangen_totaal, Vv_kosten_totaal and Vv_ongeldig (a count)."""

from __future__ import annotations

import template_kit as K
from template_kit import OR_OND, SER_PAGE

SHEET = "Uitgangspunten"
PAGES = 0   # width only; page breaks at sections (make_template.page_setup)
FIRST_ROW = 6
WIDTHS = (56, 25, 18, 53, 120)   # 272 mm: printed at 100 %
BREAK_BEFORE = ("Ambtelijk secretaris", "Reiskosten OR-leden")

# (name, label, default, unit, number format, kind, note). kind:
#   "amount"  an amount the user must supply; empty, text, negative: the
#             line is left out and says so; "PM" allowed;
#   "number"  a number with a default (named in the check);
#   "formula" a yellow input whose default is a formula;
#   "choice"  a text (or number) from a validity list;
#   "result"  computed, not an input.
# A name of None starts a section.
ROWS = [
    (None, "Budget en btw", None, None, None, None, None),
    ("Bg_budget", "Budget volgens WOR art. 22 lid 4 afgesproken?", "ja", "", None, "choice",
     "Een jaarbedrag dat de OR naar eigen inzicht besteedt, blok A van de begroting; niet "
     "voor kosten van art. 17 en art. 18 lid 1. Alleen dit bedrag wordt 'in overeenstemming' "
     "vastgesteld."),
    ("Bg_btw", "Begroting inclusief btw?", "nee", "", None, "choice",
     "SER-richtbedragen zijn excl. btw. Bij 'ja' telt de scholing met btw; vul offertes dan "
     "incl. btw in."),
    ("Bg_btw_pct", "Btw-percentage scholing", 21, "%", "int", "number",
     "Standaard 21; 0 als de trainer CRKBO-geregistreerd is, vaak zonder btw."),
    (None, "Scholing: WOR art. 18 lid 2, art. 22 lid 3", None, None, None, None, None),
    ("Bg_vorm", "Trainingsvorm", "maatwerk", "", None, "choice",
     "maatwerk: hele groep, per dagdeel per trainer, zonder zaal; open: open inschrijving, "
     "per dagdeel per deelnemer, met zaal."),
    ("Bg_dagen", "Cursusdagen per deelnemer per jaar", "=Scholing_dagen", "dagen", "dec1",
     "formula", "Standaard de scholingsdagen van blad Invoer: OR-lid ten minste 5, WOR art. "
     "18 lid 3. Het loon tijdens de scholing is loonwaarde, blok C."),
    ("Bg_deelnemers", "Deelnemers: OR- en commissieleden",
     '=IF(N(Ld_aantal)>0;Ld_aantal;IF(Zetels="";"";Zetels+N(Org_extern_totaal)))', "personen",
     "int", "formula",
     "Standaard alle leden van blad Leden: OR-leden en leden van een vaste commissie of een "
     "onderdeelcommissie, die ook recht op scholing hebben (art. 18 lid 2); zonder leden "
     "het aantal zetels plus de commissieleden van buiten de OR, blad Leden."),
    ("Bg_tariefjaar", "Tariefjaar SER-richtbedrag", "=Begrotingsjaar", "", "year", "formula",
     "Standaard het begrotingsjaar. De richtbedragen staan in de tabel op blad Eerste jaar; "
     f"ontbreekt dat jaar, vul het daar in ({SER_PAGE}) of typ hieronder een offertetarief."),
    ("Bg_ser", "SER-richtbedrag van het tariefjaar, per dagdeel",
     '=IFERROR(1/(1/VLOOKUP(Bg_tariefjaar;Ej_ser_tabel;IF(Bg_vorm="open";3;2);0));"")', "",
     "eur", "result", "Uit de tabel op blad Eerste jaar; maatwerk per trainer, open per "
     "deelnemer. Ter vergelijking met de offerte."),
    ("Bg_tarief", "Tarief per dagdeel, excl. btw", '=IF(Bg_ser="";"";Bg_ser)', "", "eur",
     "formula", "Standaard het SER-richtbedrag hierboven. Typ het tarief uit een offerte als "
     "u dat hebt: de begroting noemt het dan 'offerte'."),
    ("Bg_trainers", "Aantal trainers bij maatwerk", 1, "trainers", "int", "choice",
     "Het aantal trainers dat echt werkt: de SER verdubbelt het richtbedrag bij twee "
     "trainers, 'doorgaans bij groepen die groter zijn dan 13 personen' (SER 2013). Vraag het "
     "aan de aanbieder."),
    ("Bg_trainer_km", "Reiskilometers trainer, als de offerte ze apart rekent", 0, "km", "int",
     "number", "Het richtbedrag omvat de reiskosten van de trainer. Rekent de aanbieder ze "
     f"apart, zoals {OR_OND}, vul dan de verwachte kilometers in: ze horen in de begroting."),
    ("Bg_trainer_km_tarief", "Kilometervergoeding trainer", 0.40, "per km", "eur", "number",
     "Het tarief uit de offerte; OR-ondersteuning rekent € 0,40 per km."),
    ("Bg_zaal", "Zaal en verblijf bij maatwerk", None, "", "eur", "amount",
     "Eigen raming of offerte. Zit niet in het richtbedrag voor maatwerk; bij open "
     "inschrijving wel: vul dan 0 in."),
    (None, "Ambtelijk secretaris", None, None, None, None, None),
    ("Bg_as_uren", "Uren per zetel per week", 2, "uur/week", "dec1", "number",
     "Standaard 2; praktijk in cao's 1,5 tot 2, zoals cao VVT en cao Ziekenhuizen: 2 uur per "
     "zetel per week. Geen wettelijk recht; 0 = geen ambtelijk secretaris. Met een ambtelijk "
     "secretaris heeft de gekozen secretaris meestal minder extra uren nodig: verlaag dan "
     "'Extra uren secretaris per week' op blad Invoer."),
    ("Bg_as_tarief", "Loonkosten ambtelijk secretaris per uur", None, "per uur", "eur",
     "amount", "Zoals op blad Invoer: brutoloon plus werkgeverslasten per jaar, gedeeld door "
     "de jaaruren van een voltijder, zonder overhead."),
    (None, "Deskundigen en rechtsbijstand: WOR art. 16, art. 22 lid 2", None, None, None,
     None, None),
    ("Bg_deskundigen", "Externe deskundigen: vast bedrag in het budget", None, "", "eur",
     "amount", "Alleen een voorspelbaar, vast bedrag, bijvoorbeeld een vaste adviseur of "
     "cursus over de jaarrekening; 0 als er geen is."),
    ("Bg_adviestrajecten", "Deskundigen voor grote adviestrajecten", None, "", "eur",
     "amount", "Bijvoorbeeld bij een reorganisatie of fusie: buiten het budget, vooraf melden. "
     "Typ PM als u nacalculatie afspreekt, praktijk volgens ORnet."),
    ("Bg_rechtsbijstand", "Rechtsbijstand en procedures", None, "", "eur", "amount",
     "Eigen raming of PM; buiten het budget, vooraf melden. De OR kan niet in de proceskosten "
     "worden veroordeeld, WOR art. 22a."),
    (None, "Verkiezingen: WOR art. 12", None, None, None, None, None),
    ("Bg_periode", "Zittingsperiode van een lid", 3, "jaar", "int", "number",
     "WOR art. 12 lid 1: de leden treden om de 3 jaar tegelijk af; het reglement kan 2 of 4 "
     "jaar regelen, of dat de helft om de 2 jaar aftreedt, lid 2: dan zit een lid 4 jaar."),
    ("Bg_aftreden", "Aftreden", "tegelijk", "", None, "choice",
     "tegelijk: alle leden aan het eind van de zittingsperiode; helft: om de 2 jaar de helft "
     "van de leden, WOR art. 12 lid 2."),
    ("Bg_verk_interval", "Jaren tussen twee verkiezingen",
     '=IF(AND(Bg_aftreden="helft";Bg_periode=4);2;IF(AND(Bg_aftreden="tegelijk";'
     'OR(Bg_periode=2;Bg_periode=3;Bg_periode=4));Bg_periode;""))', "jaar", "int", "result",
     "De verkiezingskosten worden over deze jaren verdeeld; de uitgave valt in het "
     "verkiezingsjaar, blad Zittingsperiode."),
    ("Bg_verk_uren", "Uren adviseur per verkiezing", "=Ej_uren_hoog", "uur", "int", "formula",
     f"Standaard de bovenkant van de schatting op blad Eerste jaar: werkuren van de adviseur "
     f"van OR-ondersteuning, procedure 15-20 en campagne 20-25, tegen het tarief van blad "
     f"Invoer."),
    ("Bg_verk_kosten", "Externe kosten per verkiezing",
     '=IF(ISNUMBER(Ej_verk_extern);Ej_verk_extern;"")', "", "eur", "formula",
     "Standaard het bedrag op blad Eerste jaar: digitaal stemmen, drukwerk, "
     "campagnemateriaal; 0 als er niets is."),
    (None, "Overige kosten van de OR", None, None, None, None, None),
    ("Bg_achterban", "Communicatie met de achterban", None, "", "eur", "amount",
     "Nieuwsbrief, bijeenkomsten, enquête. Eigen raming."),
    ("Bg_jaarverslag", "Jaarverslag", None, "", "eur", "amount", "Eigen raming."),
    ("Bg_abonnementen", "Abonnementen en vakliteratuur", None, "", "eur", "amount",
     "Eigen raming."),
    ("Bg_lidmaatschappen", "Lidmaatschappen", None, "", "eur", "amount",
     "Bijvoorbeeld een vereniging voor medezeggenschap. Eigen raming."),
    ("Bg_faciliteiten", "Vergaderfaciliteiten", None, "", "eur", "amount",
     "Zaal, catering en middelen voor vergaderingen, voor zover ze geld kosten. Eigen raming."),
    (None, "Reiskosten OR-leden", None, None, None, None, None),
    ("Bg_km", "Reiskilometers van alle OR-leden samen per jaar", None, "km", "int", "amount",
     "Eigen raming, bijvoorbeeld ritten naar vergaderingen op een andere vestiging; 0 als er "
     "niets is."),
    ("Bg_km_tarief", "Kilometervergoeding OR-leden", 0.23, "per km", "eur", "number",
     "Volgens de reiskostenregeling van de onderneming. Het onbelaste maximum is € 0,23 per km "
     "in 2025 en 2026, Belastingdienst, gemeld door Ondernemersbelang: een fiscale grens, geen "
     "kostennorm."),
    ("Bg_km_jaar", "Jaar van dat onbelaste maximum", 2026, "", "year", "number",
     "Het laatste jaar waarvoor het maximum hierboven bekend is."),
    (None, "Vervanging van vrijgestelde uren: praktijk of cao", None, None, None, None, None),
    ("Bg_verv_pct", "Deel van de OR-uren dat wordt vervangen", None, "", "pct", "amount",
     "Eigen afspraak, bijvoorbeeld 50%; 0% als niemand wordt vervangen. Per afdeling kunt u "
     "het hieronder anders invullen."),
    ("Bg_verv_factor", "Vervangingskosten als factor van de loonkosten per uur", 1.5, "x",
     "factor", "number",
     "Standaard 1,5, een eigen schatting: een uitzendkracht kost ongeveer 1,7 tot 2,2 keer het "
     "bruto uurloon, de omrekenfactor van uitzendbureaus; de loonkosten per uur van blad "
     "Invoer bevatten de werkgeverslasten al. Een tarief uit een offerte gaat voor."),
    ("Bg_verv_tarief", "Vervangingskosten per uur",
     '=IF(AND(ISNUMBER(Uurtarief);ISNUMBER(Bg_verv_factor));ROUND(Uurtarief*Bg_verv_factor;2);"")',
     "per uur", "eur", "formula",
     "Standaard de loonkosten per uur van blad Invoer x de factor hierboven: boven de eigen "
     "loonkosten, zoals een uitzendkracht of inhuur. Of het uurtarief uit een offerte."),
]

CHOICES = {"Bg_budget": ("ja", "nee"), "Bg_btw": ("ja", "nee"),
           "Bg_vorm": ("maatwerk", "open"), "Bg_trainers": (1, 2),
           "Bg_aftreden": ("tegelijk", "helft")}


def _check(name, kind, default, nf):
    """The warning next to an input cell (column D); "Let op" turns red."""
    not_number = '"Let op: geen getal; typ alleen een getal."'
    negative = '"Let op: negatief; vul 0 of meer in."'
    if kind == "choice":
        a, b = CHOICES[name]
        quoted = [f'"{x}"' if isinstance(x, str) else str(x) for x in (a, b)]
        hint = '""'
        if name == "Bg_trainers":
            hint = ('IF(AND(Bg_trainers=1;Bg_vorm="maatwerk";N(Bg_deelnemers)>13);"Meer dan 13 '
                    'deelnemers: werkt de aanbieder met twee trainers? Vul dan 2 in.";"")')
        return (f'IF(OR({name}={quoted[0]};{name}={quoted[1]});{hint};"Let op: kies {a} of '
                f'{b}.")')
    if kind == "result":
        if name == "Bg_verk_interval":
            return ('IF(Bg_verk_interval="";"Let op: controleer zittingsperiode en aftreden '
                    'hierboven.";"")')
        if name == "Bg_ser":
            return (f'IF(Bg_ser="";"Nog niet in de tabel: vul het richtbedrag "&Bg_tariefjaar&'
                    f'" in op blad Eerste jaar, {SER_PAGE}.";"")')
        return '""'
    if kind == "amount":
        empty = '"Let op: leeg; vul een bedrag in, 0 als er niets is. Telt nu niet mee."'
        if nf == "pct":
            empty = '"Let op: leeg; vul een percentage in, 0% als niemand wordt vervangen."'
        elif nf == "int":
            empty = '"Let op: leeg; vul een aantal in, 0 als er niets is. Telt nu niet mee."'
        pm = (f'IF({K.is_pm(name)};"PM: nacalculatie, telt niet mee in de totalen.";')
        extra = '""'
        if nf == "pct":
            extra = f'IF({name}>1;"Let op: meer dan 100%.";"")'
        return (f'IF(ISBLANK({name});{empty};{pm}IF(NOT(ISNUMBER({name}));{not_number};'
                f'IF({name}<0;{negative};{extra}))))')
    if kind == "formula":
        if name == "Bg_tarief":
            empty = ('"Let op: geen tarief voor "&Bg_tariefjaar&": vul het SER-richtbedrag in '
                     'op blad Eerste jaar, of typ een offertetarief."')
        elif name == "Bg_deelnemers":
            empty = '"Let op: vul op blad Invoer het aantal personen in, of hier een aantal."'
        elif name == "Bg_verv_tarief":
            empty = '"Let op: vul de loonkosten per uur in op blad Invoer, of hier een tarief."'
        elif name == "Bg_verk_kosten":
            empty = ('"Let op: leeg; vul de externe kosten in op blad Eerste jaar of hier, 0 als '
                     'er niets is."')
        elif name == "Bg_tariefjaar":
            empty = '"Let op: vul een jaar in."'
        else:
            empty = '"Let op: leeg; vul een getal in."'
        extra = '""'
        if name == "Bg_tarief":
            extra = ('IF(AND(NOT(ISFORMULA(Bg_tarief));ISNUMBER(Bg_ser));IF(Bg_tarief>Bg_ser;'
                     '"Offerte boven het SER-richtbedrag.";"");"")')
        return (f'IF(OR(ISBLANK({name});{name}="");{empty};IF(NOT(ISNUMBER({name}));'
                f'{not_number};IF({name}<0;{negative};{extra})))')
    shown = str(default).replace(".", ",")
    empty = f'"Let op: leeg; vul een waarde in, standaard {shown}."'
    extra = '""'
    if name == "Bg_km_jaar":
        extra = ('IF(N(Begrotingsjaar)>Bg_km_jaar;"Het onbelaste maximum voor "&Begrotingsjaar'
                 '&" is nog niet verwerkt: controleer het bij de Belastingdienst.";"")')
    elif name == "Bg_periode":
        extra = ('IF(AND(Bg_aftreden="helft";Bg_periode<>4);"Let op: treedt de helft om de 2 '
                 'jaar af, dan zit een lid 4 jaar: vul 4 in, WOR art. 12 lid 2.";'
                 'IF(OR(Bg_periode=2;Bg_periode=3;Bg_periode=4);"";"Let op: WOR art. 12 staat '
                 '3 jaar toe, of 2 of 4 jaar volgens het reglement."))')
    return (f'IF(ISBLANK({name});{empty};IF(NOT(ISNUMBER({name}));{not_number};'
            f'IF({name}<0;{negative};{extra})))')


def build(book):
    sh = book.sheet(SHEET)
    sh.widths(*WIDTHS)
    sh.text("A1", "Uitgangspunten van de begroting", "OR Titel")
    sh.formula("A2", '"Organisatie: "&IF(ISBLANK(Organisatie);"vul in op blad Invoer";'
                     'Organisatie)&IF(ISBLANK(Begrotingsjaar);"";" - begroting "&Begrotingsjaar)',
               "OR Uitleg")
    sh.note(3, "Vul de gele cellen in. Een leeg bedrag, tekst of een negatief bedrag telt niet "
            "als 0: de post blijft dan buiten de totalen en de kolom Controle zegt waarom; PM "
            "mag bij een bedrag. Bedragen per jaar en excl. btw, tenzij anders vermeld. De "
            "begroting zelf staat op blad Begroting.", "E")
    for col, head in zip("ABCDE", ["Gegeven", "Waarde", "Eenheid", "Controle",
                                   "Toelichting en bron"]):
        sh.text(f"{col}5", head, "OR Kop")
    r = FIRST_ROW - 1
    rows = {}
    for name, label, default, unit, nf, kind, note in ROWS:
        r += 1
        if name is None:
            sh.text(f"A{r}", label, "OR Sectie")
            if label in BREAK_BEFORE:
                sh.page_break(r)
            continue
        b = f"B{r}"
        sh.text(f"A{r}", label)
        sh.rng(f"A{r}").IsTextWrapped = True
        style = "OR Uitkomst" if kind == "result" else "OR Invoer"
        sh.put(b, default, style, nf)
        sh.text(f"C{r}", unit or "")
        sh.text(f"E{r}", note, "OR Bron")
        sh.rng(f"D{r}:E{r}").CharHeight = 9.0
        sh.name(name, b)
        rows[name] = r
    # Checks after all names exist (a check may name a later input).
    for name, label, default, unit, nf, kind, note in ROWS:
        if name is None:
            continue
        d = f"D{rows[name]}"
        sh.formula(d, _check(name, kind, default, nf), "OR Bron")
        sh.red_when_let_op(d)
    for name, items in CHOICES.items():
        sh.validity_list(f"B{rows[name]}", list(items), name.replace("Bg_", ""),
                         " of ".join(str(i) for i in items))
    last_input = r

    # Replacement per department (the Leden departments, one hour base).
    r += 2
    sh.text(f"A{r}", "Vervanging per afdeling: praktijk of cao", "OR Sectie")
    r += 1
    sh.note(r, "Uren van de OR-leden per afdeling, blad Leden, x deel dat wordt vervangen x "
            "vervangingskosten per uur. Een leeg eigen deel gebruikt het deel hierboven. "
            "Niet ingedeeld: uren zonder afdeling op blad Leden; zonder leden alle uren van de "
            "Urenstaat.", "E")
    r += 1
    for col, head in zip("ABCDE", ["Afdeling", "Uren OR-leden", "Eigen deel",
                                   "Vervangen uren", "Vervangingskosten"]):
        sh.text(f"{col}{r}", head, "OR Kop")
    d0 = r + 1
    share_ok = []
    for i in range(11):
        r += 1
        if i < 10:
            sh.formula(f"A{r}", f'IF(INDEX(Afd_namen;{i + 1})="";"";INDEX(Afd_namen;{i + 1}))')
            present = f'A{r}<>""'
            sh.formula(f"B{r}", f'IF({present};N(INDEX(Afd_uren;{i + 1}));"")', None, "int")
            sh.blank(f"C{r}", "OR Invoer", "pct")
        else:
            sh.text(f"A{r}", "Niet ingedeeld")
            present = f'ROUND(N(B{r});6)<>0'
            sh.formula(f"B{r}", f'IF(Uren_basis="";"";Uren_basis-SUM(B{d0}:B{r - 1}))',
                       None, "int")
            sh.blank(f"C{r}")
        share = f'IF(ISBLANK(C{r});Bg_verv_pct;C{r})'
        ok = f'{K.is_amount(share)}*(N({share})<=1)'
        share_ok.append(f'({present})*NOT({ok})')
        sh.formula(f"D{r}", f'IF(AND({present};{ok});B{r}*{share};"")', None, "int")
        sh.formula(f"E{r}",
                   f'IF(NOT({present});"";IF(NOT({ok});IF(AND(ISBLANK(C{r});'
                   f'ISBLANK(Bg_verv_pct));"Let op: vul het deel dat wordt vervangen in.";'
                   f'"Let op: deel vervangen: een percentage van 0% tot 100%.");'
                   f'IF({K.is_amount("Bg_verv_tarief")};D{r}*Bg_verv_tarief;"")))', None, "eur")
        sh.red_when_let_op(f"E{r}")
    d1 = r
    sh.conditional(f"C{d0}:C{d1 - 1}", f'$A{d0}=""', "OR Leeg")
    r += 1
    sh.text(f"A{r}", "Totaal vervanging", "OR Totaal")
    for col, nf, name in (("B", "int", "Vv_uren_totaal"), ("D", "int", "Vv_vervangen_totaal"),
                          ("E", "eur", "Vv_kosten_totaal")):
        sh.formula(f"{col}{r}", f"SUM({col}{d0}:{col}{d1})", "OR Totaal", nf)
        sh.name(name, f"{col}{r}")
    sh.blank(f"C{r}", "OR Totaal")
    for name, col in (("Vv_afdelingen", "A"), ("Vv_uren", "B"), ("Vv_deel", "C"),
                      ("Vv_vervangen", "D"), ("Vv_kosten", "E")):
        sh.name(name, f"{col}{d0}:{col}{d1}")
    r += 1
    sh.text(f"A{r}", "Afdelingen zonder geldig deel")
    sh.formula(f"B{r}", "+".join(share_ok), None, "int")
    sh.name("Vv_ongeldig", f"B{r}")
    sh.optimal_rows(1, 2)
    sh.optimal_rows(4, last_input)
    sh.optimal_rows(d0 - 1, r)
    sh.repeat_rows(1, 2)
    sh.print_area(4, r)
