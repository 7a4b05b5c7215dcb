"""The Faciliteitenregeling sheet: a draft agreement between the employer and
the OR (or the PVT, art. 35c) for the term, printed as a document of a few
portrait pages, whose every number is a live reference into the workbook:
the term (Zittingsperiode), the composition and the bodies (Leden), the
meetings, the hours per member per role per year and per week (the formula
of the Leden rows), the training days per role (WOR art. 18 lid 3), the
lid-4 budget and what it covers (Begroting block A), the ambtelijk
secretaris (ORSECRETARIAAT), how each department absorbs the exempted hours
(the four ways of the article "Hoeveel tijd heb ik nodig voor OR-werk?",
chosen per department on Leden), the other costs (block B), signature lines.

Numbers inside sentences are Dutch text built from integers
(template_kit.nl_number), whatever the office's locale; each sits in a
hidden cell (column H the value, I its text; names Fr_*) that the sentences
use, so the tests compare the agreement's numbers with their sources by
name. The text has no row of its own for an optional clause: a clause that
may be absent is part of a paragraph. Row heights follow the text when the
workbook is made (refit); Calc does not resize them when an input changes
later (screen tip beside the document).

Names: Fr_titel, Fr_naam, Fr_kort, Fr_pvt and every Fr_<value> of VALUES
below; Fr_rollen, Fr_uren_rol, Fr_week_rol, Fr_dagen_rol, Fr_db_rol (the
table of hours per role); Fr_afdelingen (the department clause),
Fr_opvang_ontbreekt, Fr_budget_posten, Fr_overig_posten, Fr_tekst (every
paragraph, column B).
"""

from __future__ import annotations

import begroting_sheet as B
import leden_sheet as L
import template_kit as K
from template_kit import ARTIKEL, nl_euro, nl_number, plural

SHEET = "Faciliteitenregeling"
PAGES = 0
PORTRAIT = True
HEADER = "Concept faciliteitenregeling, sjabloon ortijd"
WIDTHS = (10, 61, 25, 25, 25, 25)   # A..F: 171 mm on a portrait page
TEXT_COLS = "B{0}:F{0}"
HELPER_VALUE, HELPER_TEXT = "H", "I"

PVT = 'Orgaan="PVT"'
KORT = "Fr_kort"           # "OR" or "PVT"


class Text:
    """A sentence as a Calc formula: literal parts and formula fragments."""

    def __init__(self, *parts):
        self.parts = parts

    def formula(self):
        out = []
        for p in self.parts:
            if isinstance(p, Text):
                out.append("(" + p.formula() + ")")
            elif isinstance(p, F):
                out.append(p.expr)
            else:
                out.append('"' + p.replace('"', '""') + '"')
        return "&".join(out) if out else '""'


class F:
    """A formula fragment inside a Text."""

    def __init__(self, expr):
        self.expr = expr


def when(cond, yes, no=""):
    """IF(cond; yes; no) of two Texts (or strings)."""
    def f(x):
        return x.formula() if isinstance(x, Text) else Text(x).formula()
    return F(f"IF({cond};{f(yes)};{f(no)})")


class Helpers:
    """Hidden cells: a value in column H (named Fr_<name>) and its Dutch text
    in column I; sentences use the text cell."""

    def __init__(self, sh):
        self.sh, self.row, self.refs = sh, 0, {}

    def value(self, name, expr, kind="int"):
        """kind: "int", "dec" (up to 2 decimals), "eur", "year", "text"."""
        self.row += 1
        r = self.row
        v, t = f"{HELPER_VALUE}{r}", f"{HELPER_TEXT}{r}"
        self.sh.formula(v, expr)
        self.sh.name(f"Fr_{name}", v)
        ref = f"${HELPER_VALUE}${r}"
        text = {"int": nl_number(ref), "dec": nl_number(ref, 2, trim=True), "eur": nl_euro(ref),
                "year": f"{ref}&\"\"", "text": ref}[kind]
        # "" (an input still missing) prints as a blank to fill in; an error
        # passes through.
        self.sh.formula(t, f'IF({ref}="";"____";{text})')
        self.refs[name] = f"${HELPER_TEXT}${r}"
        return F(self.refs[name])

    def text(self, name, expr):
        """A helper text in column I only (named Fr_<name>)."""
        self.row += 1
        r = self.row
        self.sh.formula(f"{HELPER_TEXT}{r}", expr)
        self.sh.name(f"Fr_{name}", f"{HELPER_TEXT}{r}")
        self.refs[name] = f"${HELPER_TEXT}${r}"
        return F(self.refs[name])

    def __getitem__(self, name):
        return F(self.refs[name])


class Document:
    """Writes the agreement row by row: headings, numbered paragraphs, a
    table, the signatures."""

    def __init__(self, sh):
        self.sh, self.r = sh, 0
        self.paragraphs = []   # rows whose text sits in B:F
        self.manual = {}       # row -> height (1/100 mm) kept by refit

    def _next(self):
        self.r += 1
        return self.r

    def fixed(self, r, mm):
        self.sh.row_height(r, mm)
        self.manual[r] = int(mm * 100)

    def space(self, mm=2.5):
        self.fixed(self._next(), mm)

    def title(self, text, style="OR Titel"):
        r = self._next()
        self._text(r, text, style, first="A")
        return r

    def heading(self, text):
        self.space(3)
        r = self._next()
        self._text(r, text, "OR Kopje", first="A")
        return r

    def para(self, text, number=""):
        r = self._next()
        if number:
            self.sh.text(f"A{r}", number, "OR Tekst")
        self._text(r, text, "OR Tekst")
        return r

    def _text(self, r, text, style, first="B"):
        addr = f"{first}{r}"
        if isinstance(text, Text):
            self.sh.formula(addr, text.formula(), style)
        elif isinstance(text, F):
            self.sh.formula(addr, text.expr, style)
        else:
            self.sh.text(addr, text, style)
        self.sh.merge(f"{first}{r}:F{r}")
        self.sh.rng(f"{first}{r}").IsTextWrapped = True
        self.paragraphs.append(r)


ROLE_ROWS = [   # (label, committee only, OR only, days, chair, secretary)
    ("Lid van de OR", "0", "1", L.ROLE_DAYS["OR"], "0", "0"),
    ("Voorzitter", "0", "1", L.ROLE_DAYS["OR"], "Vz_uren", "0"),
    ("Secretaris", "0", "1", L.ROLE_DAYS["OR"], "0", "Secr_uren"),
    ("Lid van een commissie, geen OR-lid", "1", "0", L.ROLE_DAYS["commissie"], "0", "0"),
    ("OR-lid en lid van een commissie", "0", "0", L.ROLE_DAYS["beide"], "0", "0"),
]

# The four ways of absorbing exempted hours, after the article's "Uitvoering"
# (our own words).
WAYS = [
    ("declaratie", "het lid schrijft de tijd buiten zijn rooster als meeruren en krijgt die "
     "vergoed in tijd of geld"),
    ("vervanging", "bij afwezigheid van het lid neemt een collega of invalkracht het werk direct "
     "over"),
    ("tijdelijke aanstelling", "bij veel vrijstelling of meer leden op één afdeling komt er voor "
     "de zittingsperiode een vervanger"),
    ("taakverschuiving", "waar inval niet kan, worden taken die ook anderen kunnen doen over "
     "collega's verdeeld"),
]


# The Begroting's lines as they read in a sentence.
POST_PHRASES = {
    "scholing": "cursuskosten van scholing", "zaal": "zaal en verblijf bij scholing",
    "deskundigen": "externe deskundigen, vast bedrag",
    "abonnementen": "abonnementen en vakliteratuur", "lidmaatschappen": "lidmaatschappen",
    "as": "ambtelijk secretaris", "adviestrajecten": "deskundigen voor grote adviestrajecten",
    "rechtsbijstand": "rechtsbijstand en procedures",
    "verkiezingen": "verkiezingen, verdeeld per jaar",
    "achterban": "communicatie met de achterban", "jaarverslag": "jaarverslag",
    "faciliteiten": "vergaderfaciliteiten", "reiskosten": "reiskosten van de leden",
}


def _post_list(h, flag, name):
    """"; scholing € 12.500,00; ..." of the Begroting lines flagged flag
    ("ja": the budget, "nee": the other costs), one hidden cell per line."""
    parts = []
    for line in B.LINES:
        amount = f"Bg_post_{line.key}"
        shown = (f'IF({amount}="";"nog zonder bedrag";IF({amount}="PM";"PM, op nacalculatie";'
                 f'{nl_euro(amount)}))')
        label = POST_PHRASES[line.key]
        cell = h.text(f"post_{flag}_{line.key}",
                      f'IF(Bg_inbudget_{line.key}="{flag}";"; {label} "&{shown};"")')
        parts.append(cell.expr)
    return h.text(name, f'MID({"&".join(parts)};3;2000)')


def _values(h):
    """The hidden numbers of the agreement (Fr_<name>)."""
    h.text("naam", f'IF({PVT};"personeelsvertegenwoordiging";"ondernemingsraad")')
    h.text("kort", f'IF({PVT};"PVT";"OR")')
    h.value("pvt", f'IF({PVT};1;0)')
    h.text("organisatie", 'IF(ISBLANK(Organisatie);"de onderneming";Organisatie)')
    h.value("zetels", "Zetels")
    h.value("start", "Zp_start", "year")
    h.value("jaren", "Zp_jaren")
    h.value("eind", 'IF(Zp_jaren="";"";Zp_start+Zp_jaren-1)', "year")
    h.value("jaar", "Begrotingsjaar", "year")
    h.text("voorzitter", 'IFERROR(INDEX(Ld_namen;MATCH("voorzitter";Ld_functies;0));"")')
    # Inputs typed by the user (no ortijd result: ISNUMBER may test them).
    for name in ("Verg_aantal", "Verg_duur", "OV_aantal", "OV_duur", "Voorb_uren",
                 "Overige_uren", "Vz_uren", "Secr_uren", "Jaarweken", "Werkweken", "Werkweek",
                 "Comm_aantal", "Comm_duur"):
        h.value(name.lower(), f'IF(ISNUMBER({name});{name};"")', "dec")
    h.value("dagen_lid", L.ROLE_DAYS["OR"], "dec")
    h.value("dagen_commissielid", L.ROLE_DAYS["commissie"], "dec")
    h.value("dagen_beide", L.ROLE_DAYS["beide"], "dec")
    h.value("uren_totaal", "Uren_basis")
    h.value("fte_totaal", 'IF(Uren_basis="";"";ORFTE(Uren_basis;Werkweek;Fte_weken))', "dec")
    h.value("cursusdagen", 'IF(ISNUMBER(Bg_dagen);Bg_dagen;"")', "dec")
    h.value("deelnemers", "Bg_deelnemers")
    h.value("scholing", "Bg_post_scholing", "eur")
    h.value("train_dagen", 'IF(ISNUMBER(Train_dagen);Train_dagen;"")', "dec")
    h.value("budget", "Bg_totaal_budget", "eur")
    h.value("overig", "Bg_totaal_overig", "eur")
    h.value("as_uren", 'IF(ISNUMBER(Bg_as_uren);Bg_as_uren;"")', "dec")
    h.value("as_week", 'IF(OR(Zetels="";NOT(ISNUMBER(Bg_as_uren)));"";Zetels*Bg_as_uren)', "dec")
    h.value("as_jaar", 'IF(OR(Zetels="";NOT(ISNUMBER(Bg_as_uren)));"";'
                       'ORSECRETARIAAT(Zetels;Bg_as_uren;Jaarweken))')
    h.value("vervangen_uren", "Bg_memo_vervangen_uren")
    h.value("vervanging", "Bg_memo_vervanging", "eur")
    h.value("verkiezing", "Zp_verkiezing", "eur")
    first = 'IF(Zp_nieuw="ja";Zp_start;Zp_start+Bg_verk_interval-1)'
    h.value("verkiezing_1", f'IF(Zp_jaren="";"";{first})', "year")
    h.value("verkiezing_2", 'IF(Zp_jaren="";"";IF(Fr_verkiezing_1+Bg_verk_interval<=Fr_eind;'
                            'Fr_verkiezing_1+Bg_verk_interval;""))', "year")


def _bodies_text(h):
    """The committees and the COR or GOR, as clauses (hidden cells)."""
    committees, centrals, meetings = [], [], []
    for i in range(L.ORG_ROWS):
        at = f"INDEX(Org_{{}};{i + 1})"
        name, kind = at.format("namen"), at.format("soorten")
        ok = f'AND({name}<>"";{at.format("controle")}="")'
        committee = f'OR({kind}="vaste commissie";{kind}="onderdeelcommissie")'
        central = f'OR({kind}="COR";{kind}="GOR")'
        g, x = at.format("or_leden"), at.format("extern")
        c = h.text(f"commissie_{i + 1}",
                   f'IF(AND({ok};{committee});"; "&{name}&", een "&{kind}&" met "&{g}&" '
                   f'"&{plural(g, "OR-lid", "OR-leden")}&" en "&{x}&" "&'
                   f'{plural(x, "lid", "leden")}&" van buiten de OR";"")')
        committees.append(c.expr)
        long_kind = f'IF({kind}="COR";"centrale ondernemingsraad";"groepsondernemingsraad")'
        z = h.text(f"centraal_{i + 1}",
                   f'IF(AND({ok};{central});" "&{g}&" "&{plural(g, "lid", "leden")}&" van de OR '
                   f'"&{plural(g, "is", "zijn")}&" afgevaardigd naar "&{name}&", de "&{long_kind}&'
                   f'" (WOR art. 33 en 34).";"")')
        centrals.append(z.expr)
        d, e, f_ = (nl_number(at.format(n), 2, trim=True)
                    for n in ("vergaderingen", "duur", "voorbereiding"))
        m = h.text(f"vergadert_{i + 1}",
                   f'IF({ok};" "&{name}&" vergadert "&{d}&" keer per jaar, gemiddeld "&{e}&'
                   f'" uur, met "&{f_}&" uur voorbereiding per lid.";"")')
        meetings.append(m.expr)
    h.text("commissies", f'MID({"&".join(committees)};3;2000)')
    h.text("centraal", "&".join(centrals))
    h.text("vergaderingen_organen", "&".join(meetings))


def _departments(h):
    """One line per department with members: hours, the way its exempted
    hours are absorbed, the share replaced (hidden cells), joined by line
    breaks."""
    lines, missing = [], []
    for i in range(L.DEPT_ROWS):
        at = f"INDEX(Afd_{{}};{i + 1})"
        name, n, way = at.format("namen"), at.format("leden"), at.format("opvang")
        hours, week = at.format("uren"), at.format("weekuren")
        share = f'IF(ISBLANK(INDEX(Vv_deel;{i + 1}));Bg_verv_pct;INDEX(Vv_deel;{i + 1}))'
        share_text = (f'IF({K.is_amount(share)};", vervangingskosten begroot voor "&'
                      f'{nl_number(f"({share}*100)")}&"% van de uren";"")')
        known = "OR(" + ";".join(f'{way}="{w}"' for w, _ in WAYS) + ")"
        present = f'AND({name}<>"";N({n})>0)'
        line = h.text(f"afdeling_{i + 1}",
                      f'IF({present};"- "&{name}&", "&{n}&" "&{plural(n, "lid", "leden")}&'
                      f'IF(N({n})>1;", samen ";", ")&'
                      f'{nl_number(hours)}&" uur per jaar, gemiddeld "&'
                      f'{nl_number(week, 2, trim=True)}&" uur per week: "&IF({known};'
                      f'{way}&{share_text}&".";'
                      f'"nog geen wijze gekozen; kies op blad Leden declaratie, vervanging, '
                      f'tijdelijke aanstelling of taakverschuiving.");"")')
        lines.append(line.expr)
        missing.append(f'({present})*NOT({known})')
    # Joined with a marker, line breaks only in the final text: an .xlsx
    # drops a cached text's leading line break.
    mark = "~#~"
    joined = h.text("afdelingen_regels",
                    "&".join(f'IF({x}="";"";"{mark}"&{x})' for x in lines))
    unassigned = (f'IF(ROUND(N(Afd_niet_ingedeeld);6)=0;"";"{mark}- leden zonder afdeling uit '
                  f'de lijst: "&ROUND(Afd_niet_ingedeeld;0)&" uur per jaar; vul hun afdeling in '
                  f'op blad Leden.")')
    h.text("afdelingen", f'IF(N(Ld_aantal)=0;"Nog geen leden met hun afdeling ingevuld op blad '
                         f'Leden.";SUBSTITUTE(MID({joined.expr}&{unassigned};{len(mark) + 1};4000);'
                         f'"{mark}";CHAR(10)))')
    n_missing = "+".join(missing)
    h.value("opvang_ontbreekt_aantal", n_missing)
    return n_missing


def build(book):
    sh = book.sheet(SHEET)
    sh.widths(*WIDTHS)
    cols = sh.sh.Columns
    for col in (HELPER_VALUE, HELPER_TEXT):
        cols.getByIndex(ord(col) - 65).Width = 6000
    h = Helpers(sh)
    _values(h)
    _bodies_text(h)
    n_missing = _departments(h)
    budget_list = _post_list(h, "ja", "budget_posten")
    other_list = _post_list(h, "nee", "overig_posten")
    d = Document(sh)
    naam, kort, org = h["naam"], h["kort"], h["organisatie"]
    de_kort = Text("de ", kort)

    # Title and parties.
    r = d.title(Text("Concept faciliteitenregeling van de ", naam))
    sh.name("Fr_titel", f"A{r}")
    d.title(Text(org, when('Fr_jaren=""', "", Text(" - zittingsperiode ", h["start"],
                                                      " tot en met ", h["eind"]))), "OR Sectie")
    d.title(Text("Concept, opgesteld met het sjabloon OR-begroting. Alle aantallen en bedragen "
                 "komen uit deze werkmap en veranderen mee met de invoer; lees ze na voor "
                 "ondertekening. Wetsartikelen: Wet op de ondernemingsraden, WOR, gecontroleerd "
                 f"op {K.law_checked()}."), "OR Uitleg")
    d.heading("Partijen")
    d.para(Text(org, ", hierna: de ondernemer, vertegenwoordigd door ______________________, "
                "bestuurder;"), "1.")
    d.para(Text("de ", naam, " van ", org, ", hierna: de ", kort, ", vertegenwoordigd door ",
                when('Fr_voorzitter=""', "______________________", Text(h["voorzitter"])),
                ", voorzitter."), "2.")
    d.heading("Overwegingen")
    d.para(Text("De leden van de ", kort, " en van de commissies moeten hun taak in werktijd en "
                "met behoud van loon kunnen doen (WOR art. 17 en 18); de ondernemer draagt de "
                "kosten die daarvoor redelijkerwijs nodig zijn (art. 22 lid 1)."), "a.")
    d.para(Text("De ondernemer en de ", kort, " stellen samen vast hoeveel uren en "
                "scholingsdagen per jaar nodig zijn",
                when(PVT, Text("; voor een personeelsvertegenwoordiging geldt geen wettelijk "
                               "minimum (art. 18 lid 1 en 2 via art. 35c lid 3)."),
                     Text(", ten minste de wettelijke minimumaantallen (art. 18 lid 3)."))), "b.")
    d.para(Text("Het werk van de ", kort, " mag niet alleen drukken op de afdelingen waar de "
                "leden werken, en een lid mag door zijn kandidaatstelling of lidmaatschap niet "
                "worden benadeeld (art. 21)."), "c.")
    d.para(Text("Partijen leggen hun afspraken aan het begin van de zittingsperiode vast, zodat "
                "voor iedereen duidelijk is wat geldt."), "d.")
    d.space(3)
    d.para(Text("Partijen spreken het volgende af."))

    # Article 1: the term.
    d.heading("Artikel 1. Looptijd")
    d.para(when('Fr_jaren=""',
                "Let op: de zittingsperiode klopt niet met WOR art. 12; zie blad Uitgangspunten.",
                Text("Deze regeling geldt voor de zittingsperiode van ", h["jaren"], " jaar, van ",
                     h["start"], " tot en met ", h["eind"],
                     when('Bg_aftreden="helft"', Text("; om de twee jaar treedt de helft van de "
                                                      "leden af (WOR art. 12 lid 2)."),
                          Text(" (WOR art. 12)."))) ), "1.")
    d.para(Text("Partijen bespreken deze regeling elk jaar bij de begroting van de ", kort,
                " en passen haar aan als het werk daarom vraagt. Tot er een nieuwe regeling is, "
                "blijft deze gelden."), "2.")

    # Article 2: composition and bodies.
    d.heading("Artikel 2. Samenstelling")
    d.para(Text("De ", kort, " heeft ", h["zetels"], " leden",
                when(PVT, " (WOR art. 35c lid 1: ten minste drie).",
                     Text(when("ISBLANK(Reglement)", " (WOR art. 6 lid 1).",
                               " (volgens het reglement, WOR art. 6 lid 1)."),
                          " De voorzitter en de secretaris vormen het dagelijks bestuur."))), "1.")
    d.para(Text(when('Fr_commissies=""',
                     Text("De ", kort, " heeft nu geen vaste commissies of onderdeelcommissies."),
                     Text("De ", kort, " heeft deze commissies (WOR art. 15): ", h["commissies"],
                          ".")),
                when(PVT, " Commissies stelt de PVT in met toestemming van de ondernemer "
                          "(art. 35c lid 5)."),
                h["centraal"]), "2.")

    # Article 3: meetings.
    d.heading("Artikel 3. Vergaderingen")
    d.para(Text("De ", kort, " vergadert ", h["verg_aantal"], " keer per jaar, gemiddeld ",
                h["verg_duur"], " uur. De ondernemer en de ", kort, " overleggen ",
                h["ov_aantal"], " keer per jaar, gemiddeld ", h["ov_duur"], " uur; ",
                when(PVT, "ten minste één keer per jaar bespreken zij de algemene gang van zaken "
                          "(WOR art. 35b lid 4 via art. 35c lid 3).",
                     "ten minste twee keer per jaar bespreken zij de algemene gang van zaken "
                     "(WOR art. 24 lid 1).")), "1.")
    d.para(Text("Voorbereiding en reistijd horen bij de vergadertijd; partijen rekenen ",
                h["voorb_uren"], " uur voorbereiding per vergadering per lid.",
                when('AND(Fr_vergaderingen_organen="";N(Comm_aantal)>0)',
                     Text(" Commissies vergaderen ", h["comm_aantal"], " keer per jaar, "
                          "gemiddeld ", h["comm_duur"], " uur.")),
                h["vergaderingen_organen"]), "2.")
    d.para(Text("De vergaderingen vinden zoveel mogelijk in werktijd plaats. Leden behouden hun "
                "loon voor de tijd waarin zij door een vergadering hun werk niet doen (WOR "
                "art. 17 lid 2 en 3); vergadertijd buiten het eigen rooster wordt opgevangen "
                "zoals artikel 8 per afdeling regelt."), "3.")

    # Article 4: time per member, with the table of hours per role.
    d.heading(Text("Artikel 4. Tijd voor het werk van de ", kort))
    d.para(Text("Naast de vergaderingen krijgt elk lid ", h["overige_uren"], " uur per jaar voor "
                "onderling beraad, contact met de achterban en overleg met anderen ",
                when(PVT, "(WOR art. 18 lid 1 via art. 35c lid 3).",
                     "(WOR art. 18 lid 1; ten minste 60 uur, lid 3).")), "1.")
    d.para(Text("De voorzitter krijgt daarnaast ", h["vz_uren"], " uur en de secretaris ",
                h["secr_uren"], " uur per week voor het dagelijks bestuur, ", h["jaarweken"],
                " weken per jaar."), "2.")
    d.para(Text("Met vergaderingen, voorbereiding, scholing en dagelijks bestuur komt dat per "
                "lid op:"), "3.")
    r = d._next()
    heads = ["Rol", "Uren per jaar", "Uren per week", "Scholing, dagen",
             "Dagelijks bestuur, uur per week"]
    for col, head in zip("BCDEF", heads):
        sh.text(f"{col}{r}", head, "OR Kop")
        if col != "B":
            sh.rng(f"{col}{r}").HoriJustify = K.justify("RIGHT")
    t0 = r + 1
    for label, committee_only, or_only, days, chair, secretary in ROLE_ROWS:
        r = d._next()
        sh.text(f"B{r}", label)
        hours = L.one_member_hours(committee_only, or_only, days, chair, secretary,
                                   L.GENERIC_COMMITTEE, "0")
        sh.formula(f"C{r}", hours, None, "int")
        sh.formula(f"D{r}", f"ORWEEKUREN(C{r};1;Werkweken)", None, "dec2")
        # "+0": Calc gives a formula that is one reference its source's format.
        sh.formula(f"E{r}", f"{days}+0", None, "num")
        sh.formula(f"F{r}", f"{chair if chair != '0' else secretary}+0", None, "num0")
    t1 = r
    for name, col in (("Fr_rollen", "B"), ("Fr_uren_rol", "C"), ("Fr_week_rol", "D"),
                      ("Fr_dagen_rol", "E"), ("Fr_db_rol", "F")):
        sh.name(name, f"{col}{t0}:{col}{t1}")
    for col in "BCDEF":
        sh.rng(f"{col}{t1}").BottomBorder = K.border(18, 0x808080)
    d.space(2)
    d.para(Text("De uren per week zijn een gemiddelde over ", h["werkweken"], " weken. ",
                when('AND(Fr_vergaderingen_organen="";Fr_centraal="")', "",
                     "Voor een lid van een commissie uit artikel 2 en voor een afgevaardigde "
                     "tellen de vergaderingen van dat orgaan mee (artikel 3); de uren per lid "
                     "staan op blad Leden. "),
                "De uren gelden voor elk lid, ook bij een deeltijdaanstelling."), "4.")
    d.para(Text("Samen zijn dat ",
                when('Fr_uren_totaal=""', "nog niet te berekenen uren, zie blad Leden",
                     Text(h["uren_totaal"], " uur per jaar, ", h["fte_totaal"],
                          " fte bij een werkweek van ", h["werkweek"], " uur")),
                ". De ondernemer neemt deze uren op in de personeelsbegroting."), "5.")

    # Article 5: training.
    d.heading("Artikel 5. Scholing")
    d.para(Text("Elk lid van de ", kort, " krijgt ", h["dagen_lid"], " scholingsdagen per jaar, "
                "een lid van een vaste commissie of een onderdeelcommissie dat geen lid van de ",
                kort, " is ", h["dagen_commissielid"], " dagen en een lid dat ook lid is van zo'n "
                "commissie ", h["dagen_beide"], " dagen ",
                when(PVT, "(WOR art. 18 lid 2 via art. 35c lid 3).",
                     "(WOR art. 18 lid 2 en 3; ten minste 5, 3 en 8 dagen)."),
                " Per lid kunnen partijen meer dagen afspreken, blad Leden."), "1.")
    d.para(Text("De scholing valt in werktijd, met behoud van loon. De ondernemer draagt de kosten "
                "(art. 22 lid 3); de richtbedragen van de SER zijn daarbij het uitgangspunt. Voor ",
                h["jaar"], " is begroot: ", h["cursusdagen"], " cursusdagen voor ",
                h["deelnemers"], " deelnemers, ",
                when('Fr_scholing=""', "het bedrag volgt als het tarief is ingevuld, blad "
                                       "Uitgangspunten", Text(h["scholing"])), ".",
                when('Zp_nieuw="ja"', Text(" In het eerste jaar volgt de nieuwe ", kort,
                                            " een starttraining van ", h["train_dagen"],
                                            " dagen."))), "2.")

    # Article 6: the lid-4 budget.
    d.heading("Artikel 6. Budget")
    d.para(when('Bg_budget="ja"',
                Text("De ", kort, " krijgt voor ", h["jaar"], " een budget van ", h["budget"],
                     " dat hij naar eigen inzicht besteedt (WOR art. 22 lid 4). Het budget is "
                     "bedoeld voor: ", budget_list, "."),
                Text("Partijen spreken geen budget af (WOR art. 22 lid 4); de ondernemer draagt de "
                     "kosten die redelijkerwijs nodig zijn (art. 22 lid 1). De posten die in een "
                     "budget zouden kunnen, raamt hij voor ", h["jaar"], " op ", h["budget"], ": ",
                     budget_list, ".")), "1.")
    d.para(when('Bg_budget="ja"',
                Text("Het budget dekt niet de kosten van vergaderingen en voorzieningen en niet de "
                     "tijd van artikel 4: die draagt de ondernemer daarnaast, want art. 22 lid 4 "
                     "sluit de kosten van art. 17 en art. 18 lid 1 uit. Kosten boven het budget "
                     "komen alleen voor rekening van de ondernemer als hij daarmee instemt "
                     "(art. 22 lid 4)."),
                Text("Zonder budget meldt de ", kort, " de kosten van deskundigen en van "
                     "rechtsgedingen vooraf aan de ondernemer (art. 22 lid 2).")), "2.")
    d.para(Text("Kosten van deskundigen voor grote adviestrajecten en van rechtsbijstand vallen "
                "buiten het budget; de ", kort, " meldt ze vooraf (art. 22 lid 2)",
                when(PVT, "; deskundigen alleen met toestemming van de ondernemer (art. 35c "
                          "lid 5)"),
                ". In een geding tegen de ondernemer kan de ", kort, " niet in de proceskosten "
                "worden veroordeeld (art. 22a)."), "3.")
    d.para(when('Bg_budget="ja"', "Het budget wordt elk jaar met de begroting opnieuw afgesproken.",
                "Partijen kunnen bij de jaarlijkse begroting alsnog een budget afspreken."), "4.")

    # Article 7: the ambtelijk secretaris.
    d.heading("Artikel 7. Ambtelijk secretaris")
    d.para(when(f'NOT({K.is_amount("Bg_as_uren")})',
                "Let op: vul de uren van de ambtelijk secretaris in op blad Uitgangspunten.",
                when("N(Bg_as_uren)=0",
                     Text("De ", kort, " heeft geen ambtelijk secretaris; het reglement regelt "
                          "het secretariaat (WOR art. 14 lid 2 onder e)."),
                     Text("De ondernemer stelt een ambtelijk secretaris beschikbaar voor ",
                          h["as_uren"], " uur per zetel per week: ", h["as_week"],
                          " uur per week, ", h["as_jaar"], " uur per jaar. De ambtelijk "
                          "secretaris werkt in opdracht van de ", kort, "; dat is een "
                          "voorziening van WOR art. 17 lid 1, buiten het budget. De WOR geeft "
                          "geen recht op een ambtelijk secretaris; sommige cao's wel."))), "1.")

    # Article 8: workload and backfill per department.
    d.heading("Artikel 8. Werkdruk en vervanging per afdeling")
    d.para(Text("Het werk van de ", kort, " mag niet alleen drukken op de afdelingen waar de leden "
                "werken. De leidinggevende van een lid krijgt de uren van artikel 4 beschikbaar "
                "en regelt met het lid hoe het werk wordt opgevangen. Per afdeling spreken "
                "partijen af:"), "1.")
    r = d.para(Text(h["afdelingen"]))
    sh.name("Fr_afdelingen", f"B{r}")
    d.para(f"De vier wijzen, naar {ARTIKEL}:\n" + "\n".join(
        f"- {w}: {desc};" for w, desc in WAYS)[:-1] + ".", "2.")
    d.para(Text("De kosten van vervanging zijn personeelskosten van de afdelingen, geen kosten van "
                "de ", kort, " (praktijk of cao). Voor ", h["jaar"], " zijn geraamd: ",
                h["vervangen_uren"], " vervangen uren, ", h["vervanging"], "."), "3.")
    d.para(Text("De ondernemer zorgt dat een lid door zijn kandidaatstelling of lidmaatschap niet "
                "wordt benadeeld in zijn positie in de onderneming (WOR art. 21). Bij "
                "beoordelingen houdt de leidinggevende rekening met de tijd voor het werk van "
                "de ", kort, "."), "4.")

    # Article 9: facilities and the other costs.
    # Articles 9 and 10 and the signatures on a page of their own: a heading
    # never ends a page there.
    sh.page_break(d.r + 1)
    d.heading("Artikel 9. Voorzieningen en andere kosten")
    d.para(Text("De ondernemer stelt de voorzieningen beschikbaar die de ", kort,
                " redelijkerwijs nodig heeft, zoals vergaderruimte, middelen en de gelegenheid "
                "om de achterban te raadplegen (WOR art. 17 lid 1). Voor ", h["jaar"],
                " raamt hij de andere kosten buiten het budget op ", h["overig"], ": ",
                other_list, ". Dat is een raming; alleen het budget van artikel 6 wordt "
                "afgesproken."), "1.")
    d.para(Text("De ondernemer draagt de kosten van de verkiezingen",
                when('Fr_verkiezing=""', ".", Text(", geraamd op ", h["verkiezing"],
                                                   " per verkiezing.")),
                when('Fr_verkiezing_1=""', "",
                     Text(" In deze zittingsperiode ", when('Fr_verkiezing_2=""',
                                                            Text("valt de verkiezing in ",
                                                                 h["verkiezing_1"]),
                                                            Text("vallen de verkiezingen in ",
                                                                 h["verkiezing_1"], " en ",
                                                                 h["verkiezing_2"])),
                          ", blad Zittingsperiode."))), "2.")

    # Article 10: disputes.
    d.heading("Artikel 10. Geschillen")
    d.para(Text("Komen partijen over deze regeling niet tot overeenstemming, dan kan ieder van hen "
                "de kantonrechter vragen te bepalen dat de ander de wet naleeft (WOR art. 36",
                when(PVT, " via art. 35c lid 3).", Text(" lid 2). Over de uren en dagen van "
                                                         "artikel 4 en 5 kan ook elk lid dat "
                                                         "vragen (art. 18 lid 4)."))), "1.")

    # Signatures.
    d.space(4)
    d.para(Text("Aldus overeengekomen en in tweevoud ondertekend."))
    d.space(3)
    r = d._next()
    d.fixed(r, 8)
    sh.text(f"B{r}", "Plaats:", "OR Tekst")
    sh.text(f"D{r}", "Datum:", "OR Tekst")
    for col in "BD":
        sh.rng(f"{col}{r}").VertJustify = 3   # BOTTOM: on the line
    for col in ("C", "E", "F"):
        sh.rng(f"{col}{r}").BottomBorder = K.border(18, 0x000000)
    sh.rng(f"B{r}").HoriJustify = K.justify("RIGHT")
    sh.rng(f"D{r}").HoriJustify = K.justify("RIGHT")
    d.space(8)
    r = d._next()
    sh.text(f"B{r}", "Namens de ondernemer", "OR Kopje")
    sh.formula(f"D{r}", Text("Namens de ", naam).formula(), "OR Kopje")
    sh.merge(f"D{r}:F{r}")
    r = d._next()
    d.fixed(r, 18)
    for col in ("B", "D", "E", "F"):
        sh.rng(f"{col}{r}").BottomBorder = K.border(18, 0x000000)
    r = d._next()
    sh.text(f"B{r}", "bestuurder", "OR Tekst")
    sh.formula(f"D{r}", Text(when('Fr_voorzitter=""', "", Text(h["voorzitter"], ", ")),
                             "voorzitter").formula(), "OR Tekst")
    sh.merge(f"D{r}:F{r}")
    d.space(4)
    d.para(Text("Bijlage: de werkmap OR-begroting ", h["jaar"], ", met de bladen Leden, Begroting "
                "en Zittingsperiode."))
    last = d.r

    # Under the document, outside the print area: what the text misses.
    n_missing = "Fr_opvang_ontbreekt_aantal"
    sh.formula(f"A{last + 2}", f'IF({n_missing}=0;"";"Let op: voor "&{n_missing}&" "&'
                               f'{plural(n_missing, "afdeling", "afdelingen")}&" met leden '
                               f'is nog geen wijze van opvang gekozen, blad Leden.")', "OR Bron")
    sh.merge(f"A{last + 2}:F{last + 2}")
    sh.red_when_let_op(f"A{last + 2}")
    sh.name("Fr_opvang_ontbreekt", f"A{last + 2}")
    sh.text("G1", "Tip: past een tekst niet meer in zijn regel na een wijziging, kies dan Opmaak "
            "> Rijen > Optimale hoogte.", "OR Bron")
    sh.rng("G1").IsTextWrapped = True
    for col in (HELPER_VALUE, HELPER_TEXT):
        cols.getByIndex(ord(col) - 65).IsVisible = False
    cols.getByIndex(6).Width = 5000
    sh.name("Fr_tekst", f"B1:B{last}")
    _LAYOUT["last"] = last
    _LAYOUT["manual"] = dict(d.manual)
    _LAYOUT["table"] = (t0 - 1, t1)
    sh.print_area(5, last)
    refit(book.doc)


_LAYOUT = {}


def refit(doc):
    """Row heights for the current text (Calc sizes the merged paragraph
    cells when asked, not when a formula result changes later); spacers
    and signature lines keep theirs."""
    K.refit_rows(doc, SHEET, _LAYOUT.get("last", 0), _LAYOUT.get("manual", {}))
