"""The Leden sheet: per member role, function, training days, hours (ORUREN
for one seat), hours per week, fte, loonwaarde and the 4-hour signal; then
the key figures, among them the one hour base of the budget (Uren_basis),
and the OR hours per department.

Names: Ld_namen, Ld_afdelingen, Ld_rollen, Ld_functies, Ld_dagen_min,
Ld_dagen_afgesproken, Ld_uren, Ld_weekuren, Ld_fte, Ld_loonwaarde,
Ld_signaal (the member rows); Ld_uren_totaal, Ld_fte_totaal,
Ld_dagen_min_totaal, Ld_loonwaarde_totaal (the Totaal row); Ld_aantal,
Ld_dagen_totaal, Ld_verschil, Uren_basis, Uren_basis_bron, Ld_onder_4 (key
figures); Afd_namen, Afd_leden, Afd_uren, Afd_fte, Afd_aandeel,
Afd_loonwaarde, Afd_weekuren, Afd_niet_ingedeeld (departments)."""

from __future__ import annotations

import template_kit as K
from template_kit import ARTIKEL

SHEET = "Leden"
PAGES = 0   # width only: its page breaks at the blocks decide (make_template.page_setup)
FIRST_ROW = 7          # member rows 7..36
ROWS = 30
TOTAL_ROW = FIRST_ROW - 1
DEPT_ROWS = 10

ROLES = ["OR", "commissie", "beide"]
DB_ROLES = ["voorzitter", "secretaris"]


def member_hours_formula(r):
    """Hours per year of the member in row r (native formula around ORUREN).

    ORUREN with one seat gives exactly one member's hours; the chair and the
    secretary carry the extra hours of the council's officers. A committee
    member who is not on the OR (3 training days) has no OR or consultation
    meetings; committee meetings count for 'commissie' and 'beide' (not 5
    days)."""
    days = f'IF(ISBLANK(G{r});F{r};G{r})'
    return (f'IF(B{r}="";"";ORUREN(1;IF(F{r}=3;0;OV_aantal);OV_duur;'
            f'IF(F{r}=3;0;Verg_aantal);Verg_duur;Voorb_uren;Overige_uren;{days};'
            f'Uren_per_dag;IF(E{r}="voorzitter";Vz_uren;0);'
            f'IF(E{r}="secretaris";Secr_uren;0);Jaarweken)'
            f'+IF(F{r}=5;0;Comm_aantal*(Comm_duur+Voorb_uren)))')


def build(book):
    sh = book.sheet(SHEET)
    sh.widths(8, 40, 30, 22, 24, 22, 24, 18, 16, 16, 24, 28)
    sh.text("A1", "Leden: uren, scholing en fte per lid", "OR Titel")
    sh.formula("A2", '"Organisatie: "&IF(ISBLANK(Organisatie);"vul in op blad Invoer";'
                     'Organisatie)&IF(ISBLANK(Begrotingsjaar);"";" - begroting "&Begrotingsjaar)'
                     '&". Vul per lid naam, afdeling, rol en eventueel functie in het dagelijks '
                     'bestuur in: de gele cellen."', "OR Uitleg")
    sh.merge("A2:L2")
    sh.note(3, "Rol: OR, commissie (alleen lid van een vaste commissie of een "
            "onderdeelcommissie) of beide. Scholingsdagen: wettelijk minimum per rol, WOR "
            "art. 18 lid 3; spreekt u meer af, vul dan 'Dagen afgesproken' in. Uren per lid: "
            "ORUREN voor 1 zetel met de uitgangspunten van blad Invoer; voorzitter en "
            "secretaris dragen de extra uren van het dagelijks bestuur. Loonwaarde: "
            "toegerekend, geen extra uitgave.", "L", "OR Uitleg")
    sh.row_height(4, 2)
    heads = ["Nr", "Naam", "Afdeling", "Rol", "Functie DB", "Dagen minimum",
             "Dagen afgesproken", "Uren per jaar", "Uren per week", "fte",
             "Loonwaarde", "Vuistregel 4 uur per week"]
    for col, head in zip("ABCDEFGHIJKL", heads):
        sh.text(f"{col}5", head, "OR Kop")
    first, last = FIRST_ROW, FIRST_ROW + ROWS - 1
    t = TOTAL_ROW
    for i in range(ROWS):
        r = first + i
        # Numbered while filled in, and the first empty row to fill in next.
        sh.formula(f"A{r}", f'IF(OR($B{r}<>"";$B{r - 1}<>"");ROW()-{t};"")', None, "int")
        for col in "BCDEG":
            sh.blank(f"{col}{r}", "OR Invoer")
        sh.formula(f"F{r}", f'IF(B{r}="";"";SCHOLINGSDAGEN(IF(ISBLANK(D{r});"OR";D{r})))',
                   None, "int")
        sh.formula(f"H{r}", member_hours_formula(r), None, "int")
        sh.formula(f"I{r}", f'IF(B{r}="";"";ORWEEKUREN(H{r};1;Werkweken))', None, "dec2")
        sh.formula(f"J{r}", f'IF(B{r}="";"";ORFTE(H{r};Werkweek;Fte_weken))', None, "fte4")
        sh.formula(f"K{r}", f'IF(OR(B{r}="";NOT(ISNUMBER(Uurtarief)));"";H{r}*Uurtarief)',
                   None, "eur")
        sh.formula(f"L{r}", f'IF(B{r}="";"";IF(I{r}<4;"onder 4 uur";""))', "OR Signaal")
    # Below the first empty row the input cells look empty (no yellow, no
    # grid): the printed list shows the members, not thirty boxes.
    sh.conditional(f"B{first}:G{last}", f'AND($B{first}="";$B{first - 1}="")', "OR Leeg")
    sh.validity_list(f"D{first}:D{last}", ROLES, "Rol",
                     "OR = OR-lid (5 dagen), commissie = alleen lid van een vaste commissie of "
                     "een onderdeelcommissie (3), beide = OR-lid en commissielid (8).")
    sh.validity_list(f"E{first}:E{last}", DB_ROLES, "Functie in het dagelijks bestuur",
                     "voorzitter of secretaris; leeg voor de andere leden.")
    sh.number_validity(f"G{first}:G{last}", 0, 366, "Scholingsdagen: 0 tot 366.")
    for name, col in (("Ld_namen", "B"), ("Ld_afdelingen", "C"), ("Ld_rollen", "D"),
                      ("Ld_functies", "E"), ("Ld_dagen_min", "F"),
                      ("Ld_dagen_afgesproken", "G"), ("Ld_uren", "H"), ("Ld_weekuren", "I"),
                      ("Ld_fte", "J"), ("Ld_loonwaarde", "K"), ("Ld_signaal", "L")):
        sh.name(name, f"{col}{first}:{col}{last}")

    # The Totaal row above the members: the list may end anywhere.
    names = f"$B${first}:$B${last}"
    sh.text(f"B{t}", "Totaal", "OR Totaal")
    sh.formula(f"C{t}", f'COUNTA({names})&IF(COUNTA({names})=1;" lid";" leden")', "OR Totaal")
    for col, nf, name in (("F", "int", "Ld_dagen_min_totaal"), ("H", "int", "Ld_uren_totaal"),
                          ("J", "fte4", "Ld_fte_totaal"), ("K", "eur", "Ld_loonwaarde_totaal")):
        sh.formula(f"{col}{t}", f"SUM({col}{first}:{col}{last})", "OR Totaal", nf)
        sh.name(name, f"{col}{t}")
    # Below 4 hours: from the week figures, so that a missing extension shows
    # its error here too (COUNTIF would skip the error cells and say 0).
    below4 = f'SUMPRODUCT(($B${first}:$B${last}<>"")*($I${first}:$I${last}<4))'
    sh.formula(f"L{t}", f'IF({below4}=0;"";{below4}&" onder 4 uur")', "OR Totaal")
    sh.rng(f"L{t}").CharColor = K.AMBER
    for col in "ADEGI":
        sh.rng(f"{col}{t}").CellStyle = "OR Totaal"
    for col in "ABCDEFGHIJKL":
        sh.rng(f"{col}{t}").BottomBorder = K.border(18, 0x000000)

    # Key figures (page 2): the hour base of the budget and the comparison
    # with the Urenstaat.
    k = last + 2
    sh.page_break(k)
    sh.text(f"A{k}", "Kerncijfers", "OR Sectie")
    n_members = f"COUNTA({names})"
    roles = f"$D${first}:$D${last}"
    by_role = (f'COUNTIFS({names};"<>";{roles};"<>commissie";{roles};"<>beide")&" OR, "&'
               f'COUNTIF({roles};"commissie")&" alleen commissie, "&COUNTIF({roles};"beide")'
               f'&" beide"')
    days = f"$F${first}:$F${last}"
    agreed = f"$G${first}:$G${last}"
    rows = [
        ("Ld_aantal", "Leden op dit blad", n_members, "int",
         f'IF({n_members}=0;"Nog geen leden ingevuld.";{by_role}&".")'),
        (None, "Urenstaat: alle zetels als OR-lid", 'IF(Zetels="";"";Us_totaal)', "int",
         '"Het rekenvoorbeeld met de zetels van blad Invoer."'),
        ("Ld_verschil", "Verschil leden - Urenstaat",
         f'IF(OR(Zetels="";{n_members}=0);"";Ld_uren_totaal-Us_totaal)', "int",
         f'IF(OR(Zetels="";{n_members}=0;Ld_uren_totaal=Us_totaal);"";"Het verschil komt '
         f'door commissieleden, afgesproken dagen, functies in het dagelijks bestuur of een '
         f'ander aantal leden dan zetels.")'),
        ("Uren_basis", "OR-uren voor de begroting",
         f'IF({n_members}>0;Ld_uren_totaal;IF(Zetels="";"";Us_totaal))', "int",
         f'IF({n_members}>0;"Blad Leden, "&{n_members}&" "&{K.plural(n_members, "lid", "leden")}'
         f'&": de tijdregel, de vervanging en de afdelingen van de begroting rekenen hiermee.";'
         f'IF(Zetels="";"Vul blad Invoer of dit blad in.";"Urenstaat, want hier staan nog geen '
         f'leden: de begroting rekent hiermee."))'),
        ("Ld_dagen_totaal", "Scholingsdagen, alle leden", "0", "int",
         '"Afgesproken dagen, anders het minimum per rol."'),
        ("Ld_onder_4", "Leden onder 4 uur per week", below4,
         "int", 'IF(Ld_onder_4=0;"";"Signaal: onder de vuistregel van 4 uur per lid per week uit het '
                'artikel; praktijk, geen wet.")'),
    ]
    for i, (name, label, value, nf, note) in enumerate(rows):
        r = k + 1 + i
        sh.text(f"B{r}", label)
        sh.merge(f"B{r}:G{r}")
        sh.formula(f"H{r}", value, "OR Kerncijfer", nf)
        sh.formula(f"I{r}", note, "OR Signaal" if name == "Ld_onder_4" else "OR Bron")
        sh.merge(f"I{r}:L{r}")
        sh.fit_height(r, "x" * (60, 60, 160, 120, 60, 150)[i], sh.width_mm("I", "L"))
        if name:
            sh.name(name, f"H{r}")
        if name == "Uren_basis":
            sh.name("Uren_basis_bron", f"I{r}")
    # The array form of Ld_dagen_totaal (IF over a range inside SUMPRODUCT).
    r_days = k + 1 + [x[0] for x in rows].index("Ld_dagen_totaal")
    sh.rng(f"H{r_days}").setArrayFormula(
        f'SUMPRODUCT(IF({names}<>"";IF(ISBLANK({agreed});{days};{agreed});0))')

    # OR hours per department (practice or CAO, not WOR art. 21).
    d0 = k + 2 + len(rows)
    sh.text(f"A{d0}", "Verdeling per afdeling: OR-uren en fte per afdeling", "OR Sectie")
    sh.note(d0 + 1, "Vul de afdelingen in, de gele cellen. De manager die een OR-lid levert, "
            "krijgt een evenredig deel van de OR-fte beschikbaar, bijvoorbeeld voor "
            "vervanging, een tijdelijke aanstelling of het verschuiven van taken (advies uit "
            f"{ARTIKEL}). Dat is praktijk of een cao-afspraak, geen wetsartikel; de WOR, "
            "art. 21, bepaalt wel dat een OR-lid door zijn lidmaatschap niet mag worden "
            "benadeeld. Wat de vervanging kost, staat op blad Uitgangspunten.", "L")
    h = d0 + 2
    for col, head in zip("BCDEFGH", ["Afdeling", "Leden", "Uren per jaar", "fte",
                                     "Aandeel", "Loonwaarde",
                                     "Uren per week"]):
        sh.text(f"{col}{h}", head, "OR Kop")
    rng_b, rng_c = f"$B${first}:$B${last}", f"$C${first}:$C${last}"
    for i in range(DEPT_ROWS):
        r = h + 1 + i
        sh.blank(f"B{r}", "OR Invoer")
        sh.formula(f"C{r}", f'IF(B{r}="";"";COUNTIFS({rng_c};B{r};{rng_b};"<>"))', None, "int")
        sh.formula(f"D{r}", f'IF(B{r}="";"";SUMIF({rng_c};B{r};$H${first}:$H${last}))',
                   None, "int")
        sh.formula(f"E{r}", f'IF(B{r}="";"";ORFTE(D{r};Werkweek;Fte_weken))', None, "fte4")
        sh.formula(f"F{r}", f'IF(OR(B{r}="";N(Ld_uren_totaal)=0);"";D{r}/Ld_uren_totaal)',
                   None, "pct")
        sh.formula(f"G{r}", f'IF(OR(B{r}="";NOT(ISNUMBER(Uurtarief)));"";D{r}*Uurtarief)',
                   None, "eur")
        sh.formula(f"H{r}", f'IF(B{r}="";"";ORWEEKUREN(D{r};1;Werkweken))', None, "dec2")
    dl = h + DEPT_ROWS
    sh.conditional(f"B{h + 1}:B{dl}", f'AND($B{h + 1}="";$B{h}="")', "OR Leeg")
    for name, col in (("Afd_namen", "B"), ("Afd_leden", "C"), ("Afd_uren", "D"),
                      ("Afd_fte", "E"), ("Afd_aandeel", "F"), ("Afd_loonwaarde", "G"),
                      ("Afd_weekuren", "H")):
        sh.name(name, f"{col}{h + 1}:{col}{dl}")
    u = dl + 1
    sh.text(f"B{u}", "Niet ingedeeld: afdeling ontbreekt in de lijst")
    sh.merge(f"B{u}:C{u}")
    sh.formula(f"D{u}", f'Ld_uren_totaal-SUM(D{h + 1}:D{dl})', None, "int")
    sh.formula(f"E{u}", f'ORFTE(D{u};Werkweek;Fte_weken)', None, "fte4")
    sh.formula(f"F{u}", f'IF(N(Ld_uren_totaal)=0;"";D{u}/Ld_uren_totaal)', None, "pct")
    sh.formula(f"I{u}", f'IF(ROUND(D{u};6)=0;"";"Let op: controleer de afdelingsnamen.")',
               "OR Waarschuwing")
    sh.merge(f"I{u}:L{u}")
    sh.name("Afd_niet_ingedeeld", f"D{u}")
    sh.optimal_rows(1, 1)
    sh.optimal_rows(5, last)
    sh.optimal_rows(h, u)
    sh.repeat_rows(1, 2)
    sh.print_area(11, u)
    return h
