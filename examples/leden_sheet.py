"""The Leden sheet: per member role, function, training days, hours (ORUREN
for one seat), hours per week, fte, loonwaarde and the 4-hour signal; then
the key figures, among them the one hour base of the budget (Uren_basis),
and the OR hours per department.

Members may sit on a vaste commissie or an onderdeelcommissie (column M) and
be delegated to a COR or GOR (column N); those bodies, with their own
meetings and members, are listed in the table of page 3 (build_bodies, built
before the Urenstaat, whose lines read it). A member's hours are ORUREN for
one seat plus the meetings of his bodies (ordinary formulas: ORUREN itself is
unchanged); his training days are agreed per member, else the days of his
role (OR member: Invoer's days; committee member: 3; both: 3 more, WOR
art. 18 lid 3).

Names: Ld_namen, Ld_afdelingen, Ld_rollen, Ld_functies, Ld_dagen_min,
Ld_dagen_afgesproken, Ld_uren, Ld_weekuren, Ld_fte, Ld_loonwaarde,
Ld_signaal, Ld_commissies, Ld_cor, Ld_dagen, Ld_fout (the member rows);
Ld_uren_totaal, Ld_fte_totaal, Ld_dagen_min_totaal, Ld_loonwaarde_totaal (the
Totaal row); Ld_aantal, Ld_dagen_totaal, Ld_verschil, Uren_basis,
Uren_basis_bron, Ld_onder_4, Ld_zonder_uren (key figures); Afd_namen,
Afd_leden, Afd_uren, Afd_fte, Afd_aandeel, Afd_loonwaarde, Afd_weekuren,
Afd_opvang, Afd_niet_ingedeeld (departments); Org_namen, Org_soorten,
Org_vergaderingen, Org_duur, Org_voorbereiding, Org_or_leden, Org_extern,
Org_uren, Org_uren_or_lid, Org_uren_extern, Org_controle, Org_vergaderuren
(the bodies), Org_uren_totaal, Org_extern_totaal, Org_ongeldig."""

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
# How a department absorbs its members' exempted hours: the four ways of the
# article "Hoeveel tijd heb ik nodig voor OR-werk?" ("Uitvoering").
BACKFILL = ["declaratie", "vervanging", "tijdelijke aanstelling", "taakverschuiving"]
BODY_KINDS = ["vaste commissie", "onderdeelcommissie", "COR", "GOR"]
COMMITTEE_KINDS = BODY_KINDS[:2]
ORG_ROWS = 6

# The fixed layout (rows, 1-based): members, key figures, departments, bodies.
LAST = FIRST_ROW + ROWS - 1
KEY = LAST + 2                      # "Kerncijfers"
KEY_ROWS = 6
DEPT_TOP = KEY + 2 + KEY_ROWS       # "Verdeling per afdeling"
DEPT_HEAD = DEPT_TOP + 2
DEPT_LAST = DEPT_HEAD + DEPT_ROWS
UNASSIGNED = DEPT_LAST + 1
ORG_TOP = UNASSIGNED + 2            # "Commissies, onderdeelcommissies en COR of GOR"
ORG_HEAD = ORG_TOP + 2
ORG_FIRST = ORG_HEAD + 1
ORG_LAST = ORG_HEAD + ORG_ROWS
ORG_TOTAL = ORG_LAST + 1
# Hidden helper columns (after the printed A..N).
DAYS_COL, FAULT_COL = "O", "P"


def _body(col, r, what):
    """INDEX of a bodies column for the body named in column col of row r."""
    return f"INDEX({what};MATCH({col}{r};Org_namen;0))"


def member_fault_formula(r):
    """Column P: what is wrong with the bodies of the member in row r, in
    short ("" when nothing). Column F is the role's minimum (3 commissie, 5
    OR, 8 beide): an error there (no extension) passes through. Nested IFs,
    not AND: AND would meet the #N/A of a lookup of an empty name."""
    def check(col, kinds, unknown, wrong, role_bad):
        kind = _body(col, r, "Org_soorten")
        is_kind = "OR(" + ";".join(f'{kind}="{k}"' for k in kinds) + ")"
        return (f'IF({role_bad[0]};"{role_bad[1]}";'
                f'IF(ISNA(MATCH({col}{r};Org_namen;0));"{unknown}";'
                f'IF(NOT({is_kind});"{wrong}";'
                f'IF({_body(col, r, "Org_vergaderuren")}="";"Let op: controleer het orgaan";')
    central = check("N", ("COR", "GOR"), "Let op: COR of GOR onbekend", "Let op: geen COR of GOR",
                    (f"F{r}=3", "Let op: alleen OR-leden"))
    central = f'IF(N{r}<>"";{central}""))));"")'
    committee = check("M", COMMITTEE_KINDS, "Let op: commissie onbekend", "Let op: geen commissie",
                      (f"F{r}=5", "Let op: kies rol beide"))
    return f'IF(B{r}="";"";IF(M{r}<>"";{committee}{central}))));{central}))'


# The training days of each role unless agreed per member: an OR member
# Invoer's days, a committee member the minimum 3, a member of both
# Invoer's days plus the 3 of the committee (WOR art. 18 lid 3: 5, 3, 8 at
# the minimum). Also the faciliteitenregeling's days per role.
ROLE_DAYS = {
    "OR": "Scholing_dagen",
    "commissie": 'SCHOLINGSDAGEN("commissie")',
    "beide": 'Scholing_dagen+SCHOLINGSDAGEN("beide")-SCHOLINGSDAGEN("OR")',
}
# Committee meetings of a member without a commission in column M.
GENERIC_COMMITTEE = "Comm_aantal*(Comm_duur+Voorb_uren)"


def member_days_formula(r):
    """Column O: the training days of the member in row r: agreed (G), else
    those of his role (F is the role's minimum: 3, 5 or 8)."""
    return (f'IF(B{r}="";"";IF(ISBLANK(G{r});IF(F{r}=3;{ROLE_DAYS["commissie"]};IF(F{r}=8;'
            f'{ROLE_DAYS["beide"]};{ROLE_DAYS["OR"]}));G{r}))')


def one_member_hours(committee_only, or_only, days, chair, secretary, committee, central):
    """Hours per year of one member (expressions): ORUREN for one seat, a
    member who is only on a committee without the OR and consultation
    meetings, plus the meetings of his committee (not for an OR-only member)
    and of a COR or GOR. The Leden rows and the faciliteitenregeling."""
    return (f'ORUREN(1;IF({committee_only};0;OV_aantal);OV_duur;IF({committee_only};0;'
            f'Verg_aantal);Verg_duur;Voorb_uren;Overige_uren;{days};Uren_per_dag;{chair};'
            f'{secretary};Jaarweken)+IF({or_only};0;{committee})+{central}')


def member_hours_formula(r):
    """Hours per year of the member in row r (native formula around ORUREN).

    ORUREN with one seat gives exactly one member's hours; the chair and the
    secretary carry the extra hours of the council's officers. A committee
    member who is not on the OR (3 training days) has no OR or consultation
    meetings. Committee meetings count for 'commissie' and 'beide': those of
    his commission (column M, the bodies table), else Invoer's commission
    meetings; a delegate to a COR or GOR (column N) adds its meetings. Empty
    while column P names a fault."""
    committee = f'IF(M{r}="";{GENERIC_COMMITTEE};{_body("M", r, "Org_vergaderuren")})'
    central = f'IF(N{r}="";0;{_body("N", r, "Org_vergaderuren")})'
    hours = one_member_hours(f"F{r}=3", f"F{r}=5", f"{DAYS_COL}{r}",
                             f'IF(E{r}="voorzitter";Vz_uren;0)',
                             f'IF(E{r}="secretaris";Secr_uren;0)', committee, central)
    return f'IF(B{r}="";"";IF({FAULT_COL}{r}<>"";"";{hours}))'


WIDTHS = (7, 28, 24, 16, 19, 14, 24, 16, 15, 15, 22, 22, 25, 25)   # A..N: 272 mm
HEAD_PT = 9.0   # the column headers, so that they wrap between words

# The bodies table's columns (its own layout on the sheet's columns).
OC = dict(naam="B", soort="C", soort_tot="D", keer="E", duur="F", voorb="G", or_leden="H",
          extern="I", uren="J", per_or="K", per_extern="L", controle="M", controle_tot="N",
          vergaderuren="O", helper="P")


def build_bodies(book):
    """The bodies beyond the OR (page 3 of the sheet): vaste commissies and
    onderdeelcommissies (WOR art. 15 lid 2 and 3) and a COR or GOR (art. 33,
    34). Built before the Urenstaat and the member rows, which read its
    names. The member counts default to the member list (columns M and N)."""
    sh = book.sheet(SHEET)
    sheet = sh.sh
    c = OC
    sh.page_break(ORG_TOP)
    sh.text(f"A{ORG_TOP}", "Commissies, onderdeelcommissies en COR of GOR", "OR Sectie")
    note = sh.note(ORG_TOP + 1, "Vaste commissies en onderdeelcommissies van de OR, WOR art. 15 "
                   "lid 2 en 3, met hun eigen vergaderingen en leden. Een centrale "
                   "ondernemingsraad of groepsondernemingsraad, art. 33 en 34, bestaat uit leden "
                   "die de ondernemingsraden uit hun midden afvaardigen: hier telt de "
                   "vergadertijd van de afgevaardigden van deze OR. Een gemeenschappelijke OR "
                   "voor meer ondernemingen, art. 3, is één OR: vul het sjabloon dan in voor die "
                   "OR. Vergaderen in werktijd met behoud van loon, art. 17, voor een COR via "
                   "art. 34 lid 6. Een lid van een commissie dat geen OR-lid is, krijgt ook de "
                   "60 uur en 3 scholingsdagen van art. 18 lid 3; een OR-lid in een commissie 3 "
                   "dagen meer. Een personeelsvertegenwoordiging stelt alleen commissies in met "
                   "toestemming van de ondernemer, art. 35c lid 5. De aantallen leden komen uit "
                   "de ledenlijst, kolom Commissie en COR of GOR; zonder ledenlijst vult u ze "
                   "zelf in voor de Urenstaat.", "N")
    sheet.Rows.getByIndex(ORG_TOP).OptimalHeight = True
    heads = [("naam", "Naam"), ("soort", "Soort"), ("keer", "Keer per jaar"),
             ("duur", "Duur, uur"), ("voorb", "Voorbereiding, uur per keer"),
             ("or_leden", "OR-leden"), ("extern", "Van buiten de OR"),
             ("uren", "Uren per jaar"), ("per_or", "Uren per OR-lid"),
             ("per_extern", "Uren per lid van buiten"), ("controle", "Controle")]
    for key, head in heads:
        sh.text(f"{c[key]}{ORG_HEAD}", head, "OR Kop")
        sh.rng(f"{c[key]}{ORG_HEAD}").CharHeight = HEAD_PT
    sh.merge(f"{c['soort']}{ORG_HEAD}:{c['soort_tot']}{ORG_HEAD}")
    sh.merge(f"{c['controle']}{ORG_HEAD}:{c['controle_tot']}{ORG_HEAD}")
    m_rng, n_rng, d_rng = (f"${x}${FIRST_ROW}:${x}${LAST}" for x in "MND")
    for r in range(ORG_FIRST, ORG_LAST + 1):
        cell = {k: f"{v}{r}" for k, v in c.items()}
        present = f'{cell["naam"]}<>""'
        kind = cell["soort"]
        central = f'OR({kind}="COR";{kind}="GOR")'
        committee = f'OR({kind}="vaste commissie";{kind}="onderdeelcommissie")'
        for key in ("naam", "soort", "keer", "duur"):
            sh.blank(cell[key], "OR Invoer")
        sh.merge(f"{cell['soort']}:{cell['soort_tot']}")
        name = cell["naam"]
        sh.formula(cell["voorb"], f'IF({present};Voorb_uren;"")', "OR Invoer", "dec1")
        sh.formula(cell["or_leden"], f'IF({present};COUNTIFS({m_rng};{name};{d_rng};'
                                     f'"<>commissie")+COUNTIF({n_rng};{name});"")', "OR Invoer",
                   "int")
        sh.formula(cell["extern"], f'IF({present};IF({central};0;COUNTIFS({m_rng};{name};{d_rng};'
                                   f'"commissie"));"")', "OR Invoer", "int")
        for key in ("keer", "duur"):
            sh.rng(cell[key]).NumberFormat = book.fmt["dec1"]
        numbers = ";".join(K.is_amount(cell[k]) for k in ("keer", "duur", "voorb"))
        counts = ";".join(K.is_amount(cell[k]) for k in ("or_leden", "extern"))
        sh.formula(cell["controle"], f'IF(NOT({present});"";IF(NOT(OR({committee};{central}));'
                   f'"Let op: kies de soort.";IF(NOT(AND({numbers}));"Let op: vergaderingen, duur '
                   f'en voorbereiding: getallen van 0 of meer.";IF(NOT(AND({counts}));"Let op: '
                   f'aantal leden: getallen van 0 of meer.";IF(AND({central};N({cell["extern"]})>0);'
                   f'"Let op: een COR of GOR bestaat uit OR-leden, art. 34 lid 1.";IF(AND('
                   f'Orgaan="PVT";{central});"Let op: een personeelsvertegenwoordiging heeft geen '
                   f'COR of GOR.";""))))))', "OR Bron")
        sh.merge(f"{cell['controle']}:{cell['controle_tot']}")
        sh.red_when_let_op(cell["controle"])
        ok = f'AND({present};{cell["controle"]}="")'
        # Meeting hours of one member of this body per year (hidden).
        sh.formula(cell["vergaderuren"], f'IF({ok};{cell["keer"]}*({cell["duur"]}+'
                                         f'{cell["voorb"]});"")', None, "dec1")
        extra_days = '(SCHOLINGSDAGEN("beide")-SCHOLINGSDAGEN("OR"))*Uren_per_dag'
        sh.formula(cell["per_or"], f'IF({ok};{cell["vergaderuren"]}+IF({committee};{extra_days};'
                                   f'0);"")', None, "int")
        sh.formula(cell["per_extern"], f'IF({ok};IF({central};"n.v.t.";{cell["vergaderuren"]}+'
                                       f'Overige_uren+SCHOLINGSDAGEN("commissie")*Uren_per_dag);'
                                       f'"")', None, "int")
        sh.rng(cell["per_extern"]).HoriJustify = K.justify("RIGHT")
        sh.formula(cell["uren"], f'IF({ok};{cell["or_leden"]}*{cell["per_or"]}+IF({central};0;'
                                 f'{cell["extern"]}*{cell["per_extern"]});"")', None, "int")
    first, last = ORG_FIRST, ORG_LAST
    b0 = c["naam"]
    sh.conditional(f"{b0}{first}:{c['extern']}{last}", f'AND(${b0}{first}="";${b0}{first - 1}="")',
                   "OR Leeg")
    sh.validity_list(f"{c['soort']}{first}:{c['soort']}{last}", BODY_KINDS, "Soort orgaan",
                     "vaste commissie of onderdeelcommissie van de OR, WOR art. 15; COR of GOR, "
                     "art. 33.")
    for name, key in (("Org_namen", "naam"), ("Org_soorten", "soort"),
                      ("Org_vergaderingen", "keer"), ("Org_duur", "duur"),
                      ("Org_voorbereiding", "voorb"), ("Org_or_leden", "or_leden"),
                      ("Org_extern", "extern"), ("Org_uren", "uren"),
                      ("Org_uren_or_lid", "per_or"), ("Org_uren_extern", "per_extern"),
                      ("Org_controle", "controle"), ("Org_vergaderuren", "vergaderuren")):
        sh.name(name, f"{c[key]}{first}:{c[key]}{last}")
    t = ORG_TOTAL
    sh.text(f"{b0}{t}", "Totaal", "OR Totaal")
    for col in "CDEFGKLMN":
        sh.blank(f"{col}{t}", "OR Totaal")
    for key, name in (("or_leden", None), ("extern", None), ("uren", "Org_uren_totaal")):
        col = c[key]
        sh.formula(f"{col}{t}", f"SUM({col}{first}:{col}{last})", "OR Totaal", "int")
        if name:
            sh.name(name, f"{col}{t}")
    ctl = c["controle"]
    n_bad = f'SUMPRODUCT(LEFT({ctl}{first}:{ctl}{last};6)="Let op")'
    sh.formula(f"{ctl}{t}", f'IF({n_bad}=0;"";"Let op: "&{n_bad}&" "&'
                            f'{K.plural(n_bad, "orgaan telt", "organen tellen")}&" nog niet '
                            f'mee.")', "OR Totaal")
    sh.rng(f"{ctl}{t}").CharWeight = K.NORMAL
    sh.merge(f"{ctl}{t}:{c['controle_tot']}{t}")
    sh.red_when_let_op(f"{ctl}{t}")
    sh.formula(f"{c['vergaderuren']}{t}", n_bad, None, "int")
    sh.name("Org_ongeldig", f"{c['vergaderuren']}{t}")
    # Committee members from outside the OR (training participants without
    # a member list, art. 18 lid 2).
    rows = lambda key: f"{c[key]}{first}:{c[key]}{last}"
    sh.formula(f"{c['helper']}{t}", f'SUMPRODUCT(({rows("naam")}<>"")*({rows("controle")}="")*'
                                    f'({rows("soort")}<>"COR")*({rows("soort")}<>"GOR");'
                                    f'{rows("extern")})', None, "int")
    sh.name("Org_extern_totaal", f"{c['helper']}{t}")
    sheet.Columns.getByIndex(ord("O") - 65).IsVisible = False
    sheet.Columns.getByIndex(ord("P") - 65).IsVisible = False
    return note


def build(book):
    sh = book.sheet(SHEET)
    sh.widths(*WIDTHS)
    sh.text("A1", "Leden: uren, scholing en fte per lid", "OR Titel")
    sh.formula("A2", '"Organisatie: "&IF(ISBLANK(Organisatie);"vul in op blad Invoer";'
                     'Organisatie)&IF(ISBLANK(Begrotingsjaar);"";" - begroting "&Begrotingsjaar)'
                     '&". Vul per lid naam, afdeling, rol en eventueel functie in het dagelijks '
                     'bestuur in: de gele cellen."', "OR Uitleg")
    sh.merge("A2:N2")
    sh.note(3, "Rol: OR, commissie (alleen lid van een vaste commissie of een "
            "onderdeelcommissie) of beide. Scholingsdagen: wettelijk minimum per rol, WOR "
            "art. 18 lid 3; spreekt u meer af, vul dan 'Dagen afgesproken' in. Uren per lid: "
            "ORUREN voor 1 zetel met de uitgangspunten van blad Invoer, plus de vergaderingen "
            "van zijn commissie en van een COR of GOR, tabel op pagina 3; voorzitter en "
            "secretaris dragen de extra uren van het dagelijks bestuur. Loonwaarde: "
            "toegerekend, geen extra uitgave.", "N", "OR Uitleg")
    sh.row_height(4, 2)
    heads = ["Nr", "Naam", "Afdeling", "Rol", "Functie DB", "Min. dagen",
             "Dagen afgesproken", "Uren per jaar", "Uren per week", "fte",
             "Loonwaarde", "Vuistregel 4 uur per week", "Commissie", "COR of GOR"]
    for col, head in zip("ABCDEFGHIJKLMN", heads):
        sh.text(f"{col}5", head, "OR Kop")
        sh.rng(f"{col}5").CharHeight = HEAD_PT
    first, last = FIRST_ROW, LAST
    t = TOTAL_ROW
    for i in range(ROWS):
        r = first + i
        # Numbered while filled in, and the first empty row to fill in next.
        sh.formula(f"A{r}", f'IF(OR($B{r}<>"";$B{r - 1}<>"");ROW()-{t};"")', None, "int")
        for col in "BCDEGMN":
            sh.blank(f"{col}{r}", "OR Invoer")
        sh.formula(f"F{r}", f'IF(B{r}="";"";SCHOLINGSDAGEN(IF(ISBLANK(D{r});"OR";D{r})))',
                   None, "int")
        sh.formula(f"{DAYS_COL}{r}", member_days_formula(r), None, "dec1")
        sh.formula(f"{FAULT_COL}{r}", member_fault_formula(r))
        sh.formula(f"H{r}", member_hours_formula(r), None, "int")
        filled = f'OR(B{r}="";H{r}="")'
        sh.formula(f"I{r}", f'IF({filled};"";ORWEEKUREN(H{r};1;Werkweken))', None, "dec2")
        sh.formula(f"J{r}", f'IF({filled};"";ORFTE(H{r};Werkweek;Fte_weken))', None, "fte4")
        sh.formula(f"K{r}", f'IF(OR({filled};NOT(ISNUMBER(Uurtarief)));"";H{r}*Uurtarief)',
                   None, "eur")
        sh.formula(f"L{r}", f'IF(B{r}="";"";IF({FAULT_COL}{r}<>"";{FAULT_COL}{r};'
                            f'IF(I{r}<4;"onder 4 uur";"")))', "OR Signaal")
        sh.red_when_let_op(f"L{r}")
    # Below the first empty row the input cells look empty (no yellow, no
    # grid): the printed list shows the members, not thirty boxes.
    sh.conditional(f"B{first}:G{last}", f'AND($B{first}="";$B{first - 1}="")', "OR Leeg")
    sh.conditional(f"M{first}:N{last}", f'AND($B{first}="";$B{first - 1}="")', "OR Leeg")
    sh.validity_list(f"D{first}:D{last}", ROLES, "Rol",
                     "OR = OR-lid (5 dagen), commissie = alleen lid van een vaste commissie of "
                     "een onderdeelcommissie (3), beide = OR-lid en commissielid (8).")
    sh.validity_list(f"E{first}:E{last}", DB_ROLES, "Functie in het dagelijks bestuur",
                     "voorzitter of secretaris; leeg voor de andere leden.")
    sh.number_validity(f"G{first}:G{last}", 0, 366, "Scholingsdagen: 0 tot 366.")
    for col, title, message in (
            ("M", "Commissie", "De vaste commissie of onderdeelcommissie van dit lid, uit de "
             "tabel op pagina 3; rol commissie of beide."),
            ("N", "COR of GOR", "De centrale of groepsondernemingsraad waarheen dit OR-lid is "
             "afgevaardigd, uit de tabel op pagina 3.")):
        sh.range_list(f"{col}{first}:{col}{last}", "Org_namen", title, message)
    for name, col in (("Ld_namen", "B"), ("Ld_afdelingen", "C"), ("Ld_rollen", "D"),
                      ("Ld_functies", "E"), ("Ld_dagen_min", "F"),
                      ("Ld_dagen_afgesproken", "G"), ("Ld_uren", "H"), ("Ld_weekuren", "I"),
                      ("Ld_fte", "J"), ("Ld_loonwaarde", "K"), ("Ld_signaal", "L"),
                      ("Ld_commissies", "M"), ("Ld_cor", "N"), ("Ld_dagen", DAYS_COL),
                      ("Ld_fout", FAULT_COL)):
        sh.name(name, f"{col}{first}:{col}{last}")
    for col in (DAYS_COL, FAULT_COL):
        sh.sh.Columns.getByIndex(ord(col) - 65).IsVisible = False

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
    for col in "ADEGIMN":
        sh.rng(f"{col}{t}").CellStyle = "OR Totaal"
    for col in "ABCDEFGHIJKLMN":
        sh.rng(f"{col}{t}").BottomBorder = K.border(18, 0x000000)

    # Key figures (page 2): the hour base of the budget and the comparison
    # with the Urenstaat.
    k = KEY
    sh.page_break(k)
    sh.text(f"A{k}", "Kerncijfers", "OR Sectie")
    n_members = f"COUNTA({names})"
    roles = f"$D${first}:$D${last}"
    by_role = (f'COUNTIFS({names};"<>";{roles};"<>commissie";{roles};"<>beide")&" OR, "&'
               f'COUNTIF({roles};"commissie")&" alleen commissie, "&COUNTIF({roles};"beide")'
               f'&" beide"')
    # Members whose bodies have a fault (their hours stay empty): named
    # before the key figures use it.
    faults = (f'SUMPRODUCT(({names}<>"")*(${FAULT_COL}${first}:${FAULT_COL}${last}<>""))')
    sh.formula(f"{FAULT_COL}{k}", faults, None, "int")
    sh.name("Ld_zonder_uren", f"{FAULT_COL}{k}")
    with_bodies = 'IF(N(Org_uren_totaal)>0;", met de andere organen";"")'
    rows = [
        ("Ld_aantal", "Leden op dit blad", n_members, "int",
         f'IF({n_members}=0;"Nog geen leden ingevuld.";{by_role}&".")'),
        (None, "Urenstaat: alle zetels als OR-lid", 'IF(Zetels="";"";Us_totaal_alle)', "int",
         f'"Het rekenvoorbeeld met de zetels van blad Invoer"&{with_bodies}&"."'),
        ("Ld_verschil", "Verschil leden - Urenstaat",
         f'IF(OR(Zetels="";{n_members}=0;Us_totaal_alle="");"";Ld_uren_totaal-Us_totaal_alle)',
         "int",
         f'IF(OR(Zetels="";{n_members}=0;Us_totaal_alle="");"";IF(Ld_uren_totaal='
         f'Us_totaal_alle;"";"Het verschil komt door commissieleden, afgesproken dagen, '
         f'functies in het dagelijks bestuur of een ander aantal leden dan zetels."))'),
        ("Uren_basis", "OR-uren voor de begroting",
         f'IF({n_members}>0;IF(Ld_zonder_uren>0;"";Ld_uren_totaal);'
         f'IF(Zetels="";"";Us_totaal_alle))', "int",
         f'IF({n_members}>0;IF(Ld_zonder_uren>0;"Let op: "&Ld_zonder_uren&" "&'
         f'{K.plural("Ld_zonder_uren", "lid heeft", "leden hebben")}&" een fout bij commissie '
         f'of COR, kolom L: de begroting rekent nog niet.";"Blad Leden, "&{n_members}&" "&'
         f'{K.plural(n_members, "lid", "leden")}&": de tijdregel, de vervanging en de afdelingen '
         f'van de begroting rekenen hiermee.");'
         f'IF(Zetels="";"Vul blad Invoer of dit blad in.";IF(Us_totaal_alle="";"Let op: '
         f'controleer de commissies en COR of GOR op pagina 3: de begroting rekent nog niet.";'
         f'"Urenstaat"&{with_bodies}&", want hier staan nog geen leden: de begroting rekent '
         f'hiermee.")))'),
        ("Ld_dagen_totaal", "Scholingsdagen, alle leden", f"SUM({DAYS_COL}{first}:"
         f"{DAYS_COL}{last})", "int",
         '"Afgesproken dagen, anders de dagen van de rol: OR-lid volgens blad Invoer, '
         'commissielid 3, beide 3 meer."'),
        ("Ld_onder_4", "Leden onder 4 uur per week", below4,
         "int", 'IF(Ld_onder_4=0;"";"Signaal: onder de vuistregel van 4 uur per lid per week uit het '
                'artikel; praktijk, geen wet.")'),
    ]
    assert len(rows) == KEY_ROWS
    for i, (name, label, value, nf, note) in enumerate(rows):
        r = k + 1 + i
        sh.text(f"B{r}", label)
        sh.merge(f"B{r}:G{r}")
        sh.formula(f"H{r}", value, "OR Kerncijfer", nf)
        sh.formula(f"I{r}", note, "OR Signaal" if name == "Ld_onder_4" else "OR Bron")
        sh.merge(f"I{r}:N{r}")
        if name == "Uren_basis":
            sh.red_when_let_op(f"I{r}")
        sh.fit_height(r, "x" * (60, 60, 160, 130, 130, 150)[i], sh.width_mm("I", "N"))
        if name:
            sh.name(name, f"H{r}")
        if name == "Uren_basis":
            sh.name("Uren_basis_bron", f"I{r}")

    # OR hours per department (practice or CAO, not WOR art. 21).
    d0 = DEPT_TOP
    sh.text(f"A{d0}", "Verdeling per afdeling: OR-uren en fte per afdeling", "OR Sectie")
    sh.note(d0 + 1, "Vul de afdelingen in, de gele cellen. De manager die een OR-lid levert, "
            "krijgt een evenredig deel van de OR-fte beschikbaar, bijvoorbeeld voor "
            "vervanging, een tijdelijke aanstelling of het verschuiven van taken (advies uit "
            f"{ARTIKEL}). Dat is praktijk of een cao-afspraak, geen wetsartikel; de WOR, "
            "art. 21, bepaalt wel dat een OR-lid door zijn lidmaatschap niet mag worden "
            "benadeeld. Kies per afdeling hoe de vrijgestelde uren worden opgevangen: "
            "declaratie, vervanging, tijdelijke aanstelling of taakverschuiving, de vier "
            "wijzen uit dat artikel; de faciliteitenregeling noemt ze. Wat de vervanging kost, "
            "staat op blad Uitgangspunten.", "N")
    h = DEPT_HEAD
    for col, head in zip("BCDEFGHI", ["Afdeling", "Leden", "Uren per jaar", "fte",
                                      "Aandeel", "Loonwaarde", "Uren per week",
                                      "Opvang van de vrijgestelde uren"]):
        sh.text(f"{col}{h}", head, "OR Kop")
        sh.rng(f"{col}{h}").CharHeight = HEAD_PT
    sh.merge(f"I{h}:K{h}")
    sh.text(f"L{h}", "Controle", "OR Kop")
    sh.merge(f"L{h}:N{h}")
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
        sh.blank(f"I{r}", "OR Invoer")
        sh.merge(f"I{r}:K{r}")
        known = " ;".join(f'I{r}="{w}"' for w in BACKFILL).replace(" ;", ";")
        sh.formula(f"L{r}", f'IF(B{r}="";"";IF(I{r}="";IF(N(C{r})=0;"";"Let op: kies de '
                            f'opvang.");IF(OR({known});"";"Let op: kies uit de lijst.")))',
                   "OR Bron")
        sh.merge(f"L{r}:N{r}")
        sh.red_when_let_op(f"L{r}")
    dl = DEPT_LAST
    sh.conditional(f"B{h + 1}:B{dl}", f'AND($B{h + 1}="";$B{h}="")', "OR Leeg")
    sh.conditional(f"I{h + 1}:I{dl}", f'AND($B{h + 1}="";$B{h}="")', "OR Leeg")
    sh.validity_list(f"I{h + 1}:I{dl}", BACKFILL, "Opvang van de vrijgestelde uren",
                     "declaratie: meeruren vergoed in tijd of geld; vervanging: direct inval; "
                     "tijdelijke aanstelling: een vervanger voor de zittingsperiode; "
                     "taakverschuiving: taken verdeeld onder collega's.")
    for name, col in (("Afd_namen", "B"), ("Afd_leden", "C"), ("Afd_uren", "D"),
                      ("Afd_fte", "E"), ("Afd_aandeel", "F"), ("Afd_loonwaarde", "G"),
                      ("Afd_weekuren", "H"), ("Afd_opvang", "I"), ("Afd_controle", "L")):
        sh.name(name, f"{col}{h + 1}:{col}{dl}")
    u = UNASSIGNED
    sh.text(f"B{u}", "Niet ingedeeld: afdeling ontbreekt in de lijst")
    sh.merge(f"B{u}:C{u}")
    sh.formula(f"D{u}", f'Ld_uren_totaal-SUM(D{h + 1}:D{dl})', None, "int")
    sh.formula(f"E{u}", f'ORFTE(D{u};Werkweek;Fte_weken)', None, "fte4")
    sh.formula(f"F{u}", f'IF(N(Ld_uren_totaal)=0;"";D{u}/Ld_uren_totaal)', None, "pct")
    sh.formula(f"I{u}", f'IF(ROUND(D{u};6)=0;"";"Let op: controleer de afdelingsnamen.")',
               "OR Waarschuwing")
    sh.merge(f"I{u}:N{u}")
    sh.name("Afd_niet_ingedeeld", f"D{u}")
    sh.optimal_rows(1, 1)
    sh.optimal_rows(5, last)
    sh.optimal_rows(h, u)
    sh.optimal_rows(ORG_HEAD, ORG_TOTAL)
    sh.repeat_rows(1, 2)
    sh.print_area(13, ORG_TOTAL)
    return h
