"""The Begroting sheet of the OR budget template: three blocks, each with its
own total, and no total that mixes them (docs/rules.md, "Begroting"):

  A  Budget art. 22 lid 4: the lines flagged "ja" (in budget). The OR spends
     it as it sees fit; the statement "Vastgesteld in overeenstemming, WOR
     art. 22 lid 4" with its amount and year stands directly under this
     total, and nothing else is signed.
  B  Other costs of the OR, borne by the employer, outside the budget
     (cash): facilities (art. 17 lid 1), ambtelijk secretaris, elections,
     experts and litigation announced in advance (lid 2), ...
  C  Imputed cost of OR time (a memo, no extra outlay): hours, fte and their
     wage value; the replacement as "waarvan extra uitgave door
     vervanging"; the economic cost is unreplaced hours x loonkosten +
     replaced hours x vervangingskosten, never all hours x loonkosten plus
     the replacement of some of them.

Each line sits in its default block; its "In budget (lid 4)" flag (yellow)
decides which total it counts in. A line flagged into the other block shows
"telt in blok ..." instead of its amount and is listed, with its amount, on
the other block's "uit blok ..." row, so each block's printed amounts add up
to its total. The amount itself is in hidden column G (named Bg_post_<key>).

Then a page with a note per line, the statutory floors (art. 24, art. 18
lid 3, art. 2, art. 35c) and practice figures ("praktijkcijfers, geen
norm"). The inputs are on the Uitgangspunten sheet. No macros.

Names: Bg_post_<key>, Bg_inbudget_<key>, Bg_melden_<key>, Bg_uitleg_<key>
(per line), Bg_titel, Bg_totaal_budget, Bg_totaal_overig, Bg_uit_a, Bg_uit_b (and _tekst),
Bg_waarschuwing_a, Bg_waarschuwing_b, Bg_vaststelling, Bg_vastgesteld,
Bg_vaststelling_tekst, Bg_memo_uren, Bg_memo_fte, Bg_memo_loonwaarde,
Bg_memo_economisch, Bg_memo_vervanging, Bg_memo_vervangen_uren,
Bg_memo_uitleg_loonwaarde, Bg_memo_uitleg_economisch,
Bg_memo_uitleg_vervanging, Bg_boven_ser, Bg_toets_<key>, Bg_praktijk_<key>.
"""

from __future__ import annotations

from typing import NamedTuple

import template_kit as K
from template_kit import ARTIKEL, MONITOR, NEEDS_EXT, SER_PAGE, is_amount, is_pm, plural

SHEET = "Begroting"
PAGES = 0   # width only: a page each for A; B and C; notes; floors and practice

# Column widths in mm: Post, Bedrag, In budget, Vooraf melden, Berekening,
# Grondslag; G (hidden) holds each line's amount.
WIDTHS = (57, 25, 19, 24, 74, 73)   # 272 of the 277 mm: printed at 100 %
NOTE_PT = 10.0
SMALL_PT = 9.0   # the notes per line, the floors and the practice figures

RENDEMENT_2021 = ("Rendement, 'U moet OR-werk en scholing onder werktijd kunnen "
                  "uitvoeren', 11 januari 2021")

# Label prefixes of the totals (the demo prints them).
TOTAL_IN = "Totaal budget art. 22 lid 4"
TOTAL_OUT = "Totaal andere kosten, buiten het budget"
BLOCK_A = "A. Budget art. 22 lid 4: de OR besteedt het naar eigen inzicht"
BLOCK_B = "B. Andere kosten van de OR, ten laste van de ondernemer, buiten het budget"
BLOCK_C = "C. Toegerekende kosten van de OR-tijd: memo, geen extra uitgave"
SIGN = "Vastgesteld in overeenstemming, WOR art. 22 lid 4"


class Line(NamedTuple):
    key: str
    label: str
    block: str      # "A" (default in budget, flag "ja") or "B" ("nee")
    bound: bool     # bound by law outside the budget (art. 17, 18 lid 1)
    notify: bool    # prior notice (art. 22 lid 2) applies
    basis: str
    note: str


LINES = [
    Line("scholing", "Scholing: cursuskosten", "A", False, False,
         "WOR art. 18 lid 2; art. 22 lid 3",
         "SCHOLINGSKOSTEN: dagdelen x tarief per dagdeel, het SER-richtbedrag of een offerte; "
         "maatwerk per trainer voor de hele groep, open inschrijving per deelnemer; plus de "
         "reiskosten van de trainer als de offerte die apart rekent. Deelnemers: OR-leden en "
         "leden van een vaste commissie of een onderdeelcommissie, art. 18 lid 2. Sinds 2013 "
         "mogen scholingskosten in het budget: art. 22 lid 4 sluit alleen art. 17 en art. 18 "
         "lid 1 uit. Staat de scholing in het budget, dan moet het budget ten minste de "
         "wettelijke scholingsdagen tegen het SER-richtbedrag dekken."),
    Line("zaal", "Scholing: zaal en verblijf", "A", False, False,
         "WOR art. 22 lid 3; SER",
         "Bij maatwerk zitten zaal en verblijf niet in het SER-richtbedrag; bij open "
         "inschrijving wel: vul dan 0 in."),
    Line("deskundigen", "Externe deskundigen: vast bedrag", "A", False, True,
         "WOR art. 16; art. 22 lid 2 en 4",
         "Alleen een voorspelbaar, vast bedrag in het budget. Binnen een afgesproken budget "
         "hoeft de OR deze kosten niet vooraf te melden, art. 22 lid 2, tweede zin; meer "
         "uitgeven dan het budget kan alleen met toestemming van de ondernemer, lid 4. Grote "
         "adviestrajecten daarom buiten het budget, in blok B."),
    Line("abonnementen", "Abonnementen en vakliteratuur", "A", False, False,
         "WOR art. 22 lid 1 en 4",
         "Vakbladen en naslagwerken: kleine kosten die meestal in een afgesproken budget "
         "vallen, Rendement."),
    Line("lidmaatschappen", "Lidmaatschappen", "A", False, False,
         "WOR art. 22 lid 1 en 4",
         "Bijvoorbeeld een vereniging of netwerk voor medezeggenschap: in het budget als u dat "
         "afspreekt. Er zijn geen gepubliceerde bedragen gevonden."),
    Line("as", "Ambtelijk secretaris", "B", True, False,
         "WOR art. 17 lid 1; cao",
         "ORSECRETARIAAT: zetels x uren per zetel per week x weken; praktijk in cao's 1,5 tot "
         "2 uur per zetel per week. Een toegevoegde secretaris valt onder de voorzieningen van "
         "art. 17 lid 1, dus buiten het budget. De WOR geeft geen recht op een ambtelijk "
         "secretaris, Hoge Raad 1986; sommige cao's wel. Met een ambtelijk secretaris heeft de "
         "gekozen secretaris meestal minder extra uren nodig: verlaag die op blad Invoer, "
         "anders tellen dezelfde taken twee keer."),
    Line("adviestrajecten", "Deskundigen: grote adviestrajecten", "B", False, True,
         "WOR art. 16; art. 22 lid 2",
         "Bijvoorbeeld advies bij een reorganisatie of fusie. Buiten het budget draagt de "
         "ondernemer de kosten als hij vooraf is ingelicht, art. 22 lid 2. Onvoorspelbaar: "
         "vaak PM met nacalculatie, ORnet. Bij een personeelsvertegenwoordiging alleen met "
         "toestemming van de ondernemer, art. 35c lid 5."),
    Line("rechtsbijstand", "Rechtsbijstand en procedures", "B", False, True,
         "WOR art. 22 lid 2; art. 22a",
         "Buiten het budget en vooraf melden, art. 22 lid 2. In een budget zou elke euro van een "
         "procedure tegen de ondernemer na een overschrijding zijn toestemming vragen, lid 4, "
         "en kan de OR daarvoor niet meer naar de rechter. De OR kan in een geding met de "
         "ondernemer niet in de proceskosten worden veroordeeld, art. 22a."),
    Line("verkiezingen", "Verkiezingen, per jaar", "B", False, False,
         "WOR art. 12; art. 22 lid 1",
         "Uren adviseur x uurtarief adviseur + externe kosten, gedeeld door de jaren tussen twee "
         "verkiezingen: de zittingsperiode, of 2 als de helft om de 2 jaar aftreedt, art. 12. "
         "Uren: schatting van OR-ondersteuning voor het eigen werk van de adviseur, procedure "
         "15-20 en campagne 20-25 uur; tarief op blad Invoer, externe kosten op blad Eerste "
         "jaar. De uitgave valt in het verkiezingsjaar, blad Zittingsperiode; hier verdeeld. "
         "Verkiezingsmateriaal geldt meestal als voorziening, OR Academy, 'Wat kost de OR?'."),
    Line("achterban", "Communicatie met de achterban", "B", False, False,
         "WOR art. 17 lid 1",
         "De ondernemer stelt de OR in staat de werknemers te raadplegen, art. 17 lid 1: "
         "nieuwsbrief, bijeenkomsten, enquêtes."),
    Line("jaarverslag", "Jaarverslag", "B", False, False,
         "WOR art. 17 lid 1",
         "Opmaak, drukwerk en verspreiding: meestal een voorziening buiten het budget, OR "
         "Academy; Rendement."),
    Line("faciliteiten", "Vergaderfaciliteiten", "B", True, False,
         "WOR art. 17 lid 1 en 2",
         "Zaal, catering en middelen voor OR- en commissievergaderingen in werktijd: "
         "voorzieningen van art. 17, buiten het budget."),
    Line("reiskosten", "Reiskosten OR-leden", "B", False, False,
         "WOR art. 22 lid 1; reiskostenregeling",
         "Kilometers x de vergoeding van de reiskostenregeling; het onbelaste maximum is € 0,23 "
         "per km in 2025 en 2026. Dat reistijd voor vergaderingen werktijd is, volgt uit "
         "rechtspraak en praktijk, Sprengers Advocaten, niet uit de tekst van art. 17."),
]

MEMO_NOTES = [
    ("Loonwaarde van de OR-uren",
     "De OR-uren van blad Leden, of zonder leden van de Urenstaat, x loonkosten per uur. Het "
     "loon van de OR-leden wordt toch betaald en staat al in de personeelsbegroting van hun "
     "afdelingen: geen extra uitgave. Loon tijdens vergaderingen: art. 17 lid 2 en 3; tijd "
     "voor onderling beraad en scholing met behoud van loon: art. 18 lid 1 en 2. Art. 22 lid 4 "
     "sluit deze kosten uit het budget."),
    ("Vervanging van vrijgestelde uren",
     "Vervangen uren per afdeling, blad Uitgangspunten, x vervangingskosten per uur: de "
     "extra uitgave voor wie het werk overneemt. Geen WOR-plicht maar praktijk of cao, "
     "bijvoorbeeld cao Rijk 3.3; het zijn personeelskosten van de afdelingen, geen kosten van "
     "art. 22. Art. 21 verbiedt alleen benadeling van OR-leden. De economische kosten van de "
     "OR-tijd zijn niet vervangen uren x loonkosten, de gemiste productie, plus vervangen uren "
     "x vervangingskosten: het loon en de vervanging van dezelfde uren tellen nooit samen."),
]


# ---------------------------------------------------------------------------
# Amount and explanation of each line.

def _missing(name, what):
    """The reason an input makes a line empty, as warning text."""
    return (f'IF(ISBLANK({name});"Let op: {what} is leeg, blad Uitgangspunten.";'
            f'IF({is_pm(name)};"PM: nacalculatie, niet in de totalen.";"Let op: {what} is '
            f'geen getal van 0 of meer, blad Uitgangspunten."))')


def _amount_line(name, what, explain_ok):
    amount = f'IF({is_amount(name)};{name};IF({is_pm(name)};"PM";""))'
    explain = f'IF({is_amount(name)};{explain_ok};{_missing(name, what)})'
    return amount, explain


SECOND = 'IF(Bg_trainers=2;1;0)'   # SCHOLINGSKOSTEN's second-trainer argument
VAT = 'IF(Bg_btw="ja";Bg_btw_pct;0)'


def course_cost(rate, km="Bg_trainer_km", km_rate="Bg_trainer_km_tarief"):
    return (f"SCHOLINGSKOSTEN(Bg_dagen;{rate};Bg_deelnemers;Bg_vorm;{SECOND};{km};{km_rate};"
            f"{VAT})")


def _line_formulas(key):
    """(amount formula, explanation formula) of a cost line."""
    if key == "scholing":
        ready = (f'AND({is_amount("Bg_dagen")};{is_amount("Bg_tarief")};'
                 f'{is_amount("Bg_deelnemers")};OR(Bg_trainers=1;Bg_trainers=2);'
                 f'{is_amount("Bg_trainer_km")};{is_amount("Bg_trainer_km_tarief")};'
                 f'{is_amount("Bg_btw_pct")})')
        cost = course_cost("Bg_tarief")
        amount = f'IF({ready};IFERROR({cost};{NEEDS_EXT});"")'
        dagdelen = "ROUND(Bg_dagen*2;1)"
        kind = (f'IF(Bg_vorm="open";" x "&Bg_deelnemers&" "&'
                f'{plural("Bg_deelnemers", "deelnemer", "deelnemers")};'
                f'" x "&Bg_trainers&" "&{plural("Bg_trainers", "trainer", "trainers")})')
        travel = ('IF(N(Bg_trainer_km)>0;" + "&ROUND(Bg_trainer_km;0)&" km reiskosten '
                  'trainer";"")')
        btw = 'IF(AND(Bg_btw="ja";N(Bg_btw_pct)>0);" + "&Bg_btw_pct&"% btw";"")'
        explain = (
            f'IF(NOT({is_amount("Bg_deelnemers")});"Let op: vul op blad Invoer het aantal '
            f'personen in, of de deelnemers op blad Uitgangspunten.";'
            f'IF(NOT({is_amount("Bg_tarief")});"Let op: geen tarief per dagdeel voor "&'
            f'Bg_tariefjaar&": vul het SER-richtbedrag in op blad Eerste jaar ({SER_PAGE}) of '
            f'een offertetarief op blad Uitgangspunten.";'
            f'IF(NOT({ready});"Let op: controleer dagen, trainers, reiskosten en btw, blad '
            f'Uitgangspunten.";'
            f'IF(ISERROR({cost});"Let op: hele of halve dagen, deelnemers 1 tot en met 1000, '
            f'vorm maatwerk of open."&{NEEDS_EXT};'
            f'{dagdelen}&" "&{plural(dagdelen, "dagdeel", "dagdelen")}&" x tarief "'
            f'&IF(ISFORMULA(Bg_tarief);"SER "&Bg_tariefjaar;"offerte")&{kind}&{travel}&{btw}))))')
        return amount, explain
    if key == "zaal":
        amount, explain = _amount_line("Bg_zaal", "zaal en verblijf", '"Eigen raming of offerte"')
        explain = (f'IF(AND(Bg_vorm="open";N(Bg_zaal)>0);"Let op (budget): bij open '
                   f'inschrijving zit de zaal in het tarief; controleer dit bedrag.";{explain})')
        return amount, explain
    if key == "as":
        sec = "ORSECRETARIAAT(Zetels;Bg_as_uren;Jaarweken)"
        ready = f'AND(Zetels<>"";{is_amount("Bg_as_uren")};{is_amount("Bg_as_tarief")})'
        amount = f'IF({ready};IFERROR({sec}*Bg_as_tarief;{NEEDS_EXT});"")'
        explain = (f'IF(Zetels="";"Let op: vul op blad Invoer het aantal personen in.";'
                   f'IF(NOT({is_amount("Bg_as_uren")});{_missing("Bg_as_uren", "uren per zetel")};'
                   f'IF(NOT({is_amount("Bg_as_tarief")});'
                   f'{_missing("Bg_as_tarief", "de loonkosten per uur")};'
                   f'IFERROR(ROUND({sec};0)&" uur: "&Zetels&" "&'
                   f'{plural("Zetels", "zetel", "zetels")}&" x "&Bg_as_uren&" uur x "&Jaarweken'
                   f'&" weken, x loonkosten per uur";"Let op: controleer de invoer, blad '
                   f'Uitgangspunten."&{NEEDS_EXT}))))')
        return amount, explain
    if key == "deskundigen":
        return _amount_line("Bg_deskundigen", "het vaste bedrag", '"Vast bedrag, eigen raming"')
    if key == "adviestrajecten":
        return _amount_line("Bg_adviestrajecten", "het bedrag", '"Eigen raming"')
    if key == "rechtsbijstand":
        return _amount_line("Bg_rechtsbijstand", "het bedrag", '"Eigen raming"')
    if key == "verkiezingen":
        rate_ok = is_amount("Adviseur_tarief")
        ready = (f'AND({is_amount("Bg_verk_uren")};{is_amount("Bg_verk_kosten")};{rate_ok};'
                 f'{is_amount("Bg_verk_interval")};N(Bg_verk_interval)>0)')
        amount = (f'IF({ready};(Bg_verk_uren*Adviseur_tarief+Bg_verk_kosten)/Bg_verk_interval;'
                  f'"")')
        explain = (f'IF(NOT({rate_ok});"Let op: vul op blad Invoer het uurtarief van de '
                   f'OR-adviseur in.";'
                   f'IF(NOT({is_amount("Bg_verk_kosten")});'
                   f'{_missing("Bg_verk_kosten", "externe kosten per verkiezing")};'
                   f'IF(NOT({ready});"Let op: controleer de uren adviseur, de zittingsperiode '
                   f'en het aftreden, blad Uitgangspunten.";'
                   f'"("&ROUND(Bg_verk_uren;1)&" uur adviseur x uurtarief adviseur + externe '
                   f'kosten) / "&Bg_verk_interval&" jaar; het verkiezingsjaar draagt de hele '
                   f'uitgave, blad Zittingsperiode")))')
        return amount, explain
    if key in ("achterban", "jaarverslag", "abonnementen", "lidmaatschappen", "faciliteiten"):
        return _amount_line(f"Bg_{key}", "het bedrag", '"Eigen raming"')
    if key == "reiskosten":
        ready = f'AND({is_amount("Bg_km")};{is_amount("Bg_km_tarief")})'
        amount = f'IF({ready};Bg_km*Bg_km_tarief;"")'
        explain = (f'IF(NOT({is_amount("Bg_km")});{_missing("Bg_km", "het aantal km")};'
                   f'IF(NOT({is_amount("Bg_km_tarief")});'
                   f'{_missing("Bg_km_tarief", "de kilometervergoeding")};'
                   f'ROUND(Bg_km;0)&" km x kilometervergoeding"))')
        return amount, explain
    raise KeyError(key)


# ---------------------------------------------------------------------------

class _Heights:
    """Heights of rows whose text sits in merged cells (Calc does not size
    those): kept when the other rows are fitted."""

    def __init__(self):
        self.rows = {}

    def need(self, row, text, width_mm, extra=0, pt=NOTE_PT):
        per_line = max(1, int(width_mm / (pt * 0.3528 * 0.47)))
        lines = sum(max(1, -(-len(p) // per_line)) for p in text.split("\n")) + extra
        h = int((lines * pt * 0.3528 * 1.22 + 1.6) * 100)
        self.rows[row] = max(self.rows.get(row, 0), h)

    def note(self, sh, row, text, first="A", last="F"):
        """A wrapped note over first:last with a height that shows it."""
        cell = sh.note(row, text, last, "OR Bron", NOTE_PT, first_col=first)
        self.rows[row] = sh.sh.Rows.getByIndex(row - 1).Height
        return cell


_LAYOUT = {}


def fit_rows(doc):
    """Row heights of the sheet for its current content (after filling in)."""
    K.refit_rows(doc, SHEET, _LAYOUT.get("last", 0), _LAYOUT.get("manual", {}))


def _header(sh, r, heads):
    for col, head in zip("ABCDEF", heads):
        sh.text(f"{col}{r}", head, "OR Kop")


def _block_lines(sh, lines, first):
    """Writes the lines of one block from row first; returns their rows."""
    rows = {}
    for i, line in enumerate(lines):
        r = first + i
        rows[line.key] = r
        amount, explain = _line_formulas(line.key)
        home, other = ("ja", "nee") if line.block == "A" else ("nee", "ja")
        other_block = "B" if line.block == "A" else "A"
        sh.text(f"A{r}", line.label)
        sh.formula(f"G{r}", amount, None, "eur")
        sh.name(f"Bg_post_{line.key}", f"G{r}")
        sh.text(f"C{r}", home, "OR Invoer")
        sh.rng(f"C{r}").HoriJustify = K.justify("CENTER")
        sh.name(f"Bg_inbudget_{line.key}", f"C{r}")
        sh.formula(f"B{r}", f'IF(C{r}="{other}";"telt in blok {other_block}";G{r})', None, "eur")
        sh.rng(f"B{r}").HoriJustify = K.justify("RIGHT")  # "PM" aligns with the amounts
        sh.conditional(f"B{r}", f'$C{r}="{other}"', "OR Verplaatst")
        if line.notify:
            consent = 'IF(AND(Orgaan="PVT";' + ('TRUE()' if line.key != "rechtsbijstand"
                                                 else 'FALSE()') + ');"toestemming";'
            sh.formula(f"D{r}", f'{consent}IF(AND(Bg_budget="ja";C{r}="ja");"niet nodig";"ja"))')
        else:
            sh.text(f"D{r}", "n.v.t.")
        sh.rng(f"D{r}").HoriJustify = K.justify("CENTER")
        sh.name(f"Bg_melden_{line.key}", f"D{r}")
        if line.bound:
            explain = (f'IF(C{r}="ja";"Let op (budget): art. 22 lid 4 sluit deze kosten uit '
                       f'het budget; kies nee.";{explain})')
        sh.formula(f"E{r}", explain, "OR Bron")
        sh.red_when_let_op(f"E{r}")
        sh.name(f"Bg_uitleg_{line.key}", f"E{r}")
        sh.text(f"F{r}", line.basis, "OR Bron")
    sh.validity_list(f"C{first}:C{first + len(lines) - 1}", ["ja", "nee"],
                     "In budget, WOR art. 22 lid 4",
                     "ja = de post telt in het budget, blok A; nee = daarbuiten, blok B.")
    return rows


def _moved_and_warnings_row(sh, r, name, from_rows, flag, from_block, warn_name, rows):
    """One row under a block's lines: in A and B the lines of the other block
    flagged into this one (label and amount), in E:F the warnings about this
    block's lines (no amount, PM, no choice ja or nee)."""
    n = "+".join(f'(C{x}="{flag}")' for x in from_rows.values())
    labels = "&".join(f'IF(C{x}="{flag}";"; "&A{x};"")' for x in from_rows.values())
    total = "+".join(f'IF(C{x}="{flag}";N(G{x});0)' for x in from_rows.values())
    sh.formula(f"A{r}", f'IF(({n})=0;"";"Uit blok {from_block}: "&MID({labels};3;500))', "OR Bron")
    sh.formula(f"B{r}", f'IF(({n})=0;"";{total})', None, "eur")
    sh.name(name, f"B{r}")
    sh.name(name + "_tekst", f"A{r}")
    status = [f"E{x}" for x in rows.values()]
    flags = [f"C{x}" for x in rows.values()]
    n_missing = "(" + "+".join(f'(LEFT({e};7)="Let op:")' for e in status) + ")"
    n_pm = "(" + "+".join(f'(LEFT({e};3)="PM:")' for e in status) + ")"
    n_flag = "(" + "+".join(f'(({c}<>"ja")*({c}<>"nee"))' for c in flags) + ")"
    w_missing = (f'IF({n_missing}=0;"";"Let op: "&{n_missing}&" "&'
                 f'{plural(n_missing, "post heeft", "posten hebben")}&" geen bedrag en "&'
                 f'{plural(n_missing, "telt", "tellen")}&" niet mee in de totalen: zie de rode '
                 f'tekst bij Berekening.")')
    w_pm = (f'IF({n_pm}=0;"";{n_pm}&" "&{plural(n_pm, "post staat", "posten staan")}&'
            f'" op PM, nacalculatie, en "&{plural(n_pm, "telt", "tellen")}&" niet mee in de '
            f'totalen.")')
    w_flag = (f'IF({n_flag}=0;"";"Let op: "&{n_flag}&" "&'
              f'{plural(n_flag, "post heeft", "posten hebben")}&" geen keuze ja of nee en "&'
              f'{plural(n_flag, "telt", "tellen")}&" in geen enkel totaal mee.")')
    sh.formula(f"E{r}", f'TRIM({w_missing}&" "&{w_flag}&" "&{w_pm})', "OR Bron")
    sh.red_when_let_op(f"E{r}")
    sh.name(warn_name, f"E{r}")


def _total_row(sh, heights, r, label, value, text, name):
    sh.text(f"A{r}", label, "OR Totaal")
    sh.rng(f"A{r}").IsTextWrapped = True
    sh.formula(f"B{r}", value, "OR Totaal", "eur")
    for col in "CD":
        sh.blank(f"{col}{r}", "OR Totaal")
    sh.formula(f"E{r}", text, "OR Totaal")
    sh.blank(f"F{r}", "OR Totaal")
    cell = sh.rng(f"E{r}")
    cell.CharWeight = K.NORMAL
    cell.CharHeight = NOTE_PT
    cell.CharColor = K.NOTE
    sh.merge(f"E{r}:F{r}")
    sh.rng(f"A{r}:B{r}").CellBackColor = K.GREEN
    heights.need(r, "x" * 230, WIDTHS[4] + WIDTHS[5])
    sh.name(name, f"B{r}")


def build(book):
    """Builds the Begroting sheet (after Uitgangspunten, whose names it uses)."""
    doc = book.doc
    sheet = doc.Sheets.getByName(SHEET)
    sh = book.sheet(SHEET)
    sh.widths(*WIDTHS, 26)
    heights = _Heights()

    sh.formula("A1", '"OR-begroting "&IF(ISBLANK(Begrotingsjaar);"";Begrotingsjaar&": ")'
                     '&"kosten van de ondernemingsraad, WOR art. 22"', "OR Titel")
    sh.name("Bg_titel", "A1")
    sh.formula("A2", '"Organisatie: "&IF(ISBLANK(Organisatie);"vul in op blad Invoer";'
                     'Organisatie)&IF(Zetels="";"";" - "&Zetels&" "&'
                     'IF(Zetels=1;"zetel";"zetels"))', "OR Uitleg")
    heights.note(sh, 3, "Drie blokken met elk een eigen totaal, die niet worden opgeteld: A het "
                 "budget dat de OR naar eigen inzicht besteedt (WOR art. 22 lid 4; alleen dit "
                 "wordt vastgesteld), B de andere kosten van de OR die de ondernemer draagt, "
                 "buiten het budget, en C de toegerekende kosten van de OR-tijd: het loon wordt "
                 "toch betaald, alleen de vervanging is een extra uitgave. Gele cellen: per post "
                 "ja of nee voor het budget; de bedragen staan op blad Uitgangspunten. "
                 f"Wetsartikelen gecontroleerd op {K.law_checked()}.")
    heads = ["Post", "Bedrag per jaar", "In budget (lid 4)", "Vooraf melden (lid 2)",
             "Berekening", "Grondslag; toelichting per post verderop"]
    lines_a = [x for x in LINES if x.block == "A"]
    lines_b = [x for x in LINES if x.block == "B"]

    # Block A: the budget and, directly under its total, the statement.
    r = 5
    sh.text(f"A{r}", BLOCK_A, "OR Blok")
    heights.rows[r] = 900
    _header(sh, r + 1, heads)
    sh.formula(f"B{r + 1}", '"Bedrag per jaar, "&IF(Bg_btw="ja";"incl.";"excl.")&" btw"', "OR Kop")
    a0 = r + 2
    rows_a = _block_lines(sh, lines_a, a0)
    a_moved = a0 + len(lines_a)
    t_in = a_moved + 1
    sign = t_in + 1
    # Block B from a new page.
    b_top = sign + 5
    b0 = b_top + 2
    rows_b = _block_lines(sh, lines_b, b0)
    b_moved = b0 + len(lines_b)
    t_out = b_moved + 1

    ca = [f"C{x}" for x in rows_a.values()]
    ga = [f"G{x}" for x in rows_a.values()]
    cb = [f"C{x}" for x in rows_b.values()]
    gb = [f"G{x}" for x in rows_b.values()]

    def sum_flag(flag):
        return "+".join(f'IF({c}="{flag}";N({g});0)' for c, g in zip(ca + cb, ga + gb))

    _moved_and_warnings_row(sh, a_moved, "Bg_uit_b", rows_b, "ja", "B", "Bg_waarschuwing_a",
                            rows_a)
    _total_row(sh, heights, t_in, TOTAL_IN, sum_flag("ja"),
               'IF(Bg_budget="ja";"Meer uitgeven dan dit budget kan alleen met toestemming van '
               'de ondernemer, art. 22 lid 4. Houd grote advies- en procedurekosten daarom buiten '
               'het budget, in blok B: die meldt de OR vooraf, lid 2.";"Geen budget afgesproken: '
               'deze posten zouden in een budget volgens art. 22 lid 4 kunnen.")',
               "Bg_totaal_budget")
    sh.formula(f"A{sign}", f'IF(Bg_budget="ja";"{SIGN}: het budget "&Begrotingsjaar&" van '
                           f'blok A";"Geen budget volgens WOR art. 22 lid 4 afgesproken")',
               "OR Sectie")
    sh.merge(f"A{sign}:F{sign}")
    heights.rows[sign] = 800
    sh.text(f"A{sign + 1}", "Bedrag")
    sh.formula(f"B{sign + 1}", 'IF(Bg_budget="ja";Bg_totaal_budget;"")', "OR Kerncijfer", "eur")
    sh.formula(f"C{sign + 1}", 'IF(Bg_budget="ja";"Alleen dit bedrag wordt vastgesteld. Blok B '
                               'en C zijn een raming van de ondernemer, ter informatie.";"Er wordt '
                               'niets vastgesteld; blok A toont wat in een budget zou kunnen.")',
               "OR Bron")
    sh.merge(f"C{sign + 1}:F{sign + 1}")
    sh.name("Bg_vaststelling", f"A{sign}")
    sh.name("Bg_vastgesteld", f"B{sign + 1}")
    sh.name("Bg_vaststelling_tekst", f"C{sign + 1}")
    for i, who in enumerate(("Namens de ondernemer", "Namens de ondernemingsraad")):
        s = sign + 2 + i
        sh.text(f"A{s}", who)
        sh.text(f"D{s}", "Datum")
        sh.rng(f"D{s}").HoriJustify = K.justify("RIGHT")
        sh.merge(f"B{s}:C{s}")
        for col in ("B", "C", "E"):
            sh.rng(f"{col}{s}").BottomBorder = K.border(18, 0x000000)
        heights.rows[s] = 1100

    # Block B.
    sh.page_break(b_top)
    sh.text(f"A{b_top}", BLOCK_B, "OR Blok")
    heights.rows[b_top] = 900
    _header(sh, b_top + 1, heads)
    sh.formula(f"B{b_top + 1}", '"Bedrag per jaar, "&IF(Bg_btw="ja";"incl.";"excl.")&" btw"',
               "OR Kop")
    _moved_and_warnings_row(sh, b_moved, "Bg_uit_a", rows_a, "nee", "A", "Bg_waarschuwing_b",
                            rows_b)
    _total_row(sh, heights, t_out, TOTAL_OUT, sum_flag("nee"),
               '"Uitgaven van de ondernemer voor de OR: kosten die redelijkerwijs nodig zijn, '
               'art. 22 lid 1; faciliteiten, art. 17 lid 1; deskundigen en procedures na melding '
               'vooraf, lid 2. Niet vastgesteld: een raming, ter informatie."',
               "Bg_totaal_overig")

    # Block C: the memo.
    c_top = t_out + 2
    sh.text(f"A{c_top}", BLOCK_C, "OR Blok")
    heights.rows[c_top] = 900
    _header(sh, c_top + 1, ["Post", "Bedrag per jaar", "Uren", "fte", "Berekening",
                            "Grondslag"])
    m = c_top + 2
    hours_ok = 'Uren_basis<>""'   # an error (no extension) passes through
    rate_ok = is_amount("Uurtarief")
    repl_ok = f'AND({hours_ok};N(Vv_ongeldig)=0;{is_amount("Bg_verv_tarief")})'
    basis = 'IF(N(Ld_aantal)>0;"blad Leden";"Urenstaat")'
    rows_c = [
        ("loonwaarde", "Loonwaarde van de OR-uren",
         f'IF(AND({hours_ok};{rate_ok});Uren_basis*Uurtarief;"")', 'Uren_basis',
         'IF(Uren_basis="";"";ORFTE(Uren_basis;Werkweek;Fte_weken))',
         f'IF(NOT({hours_ok});"Let op: vul op blad Invoer het aantal personen in.";'
         f'IF(NOT({rate_ok});"Let op: vul op blad Invoer de loonkosten per uur in.";'
         f'ROUND(Uren_basis;0)&" uur, "&{basis}&", x loonkosten per uur. Geen extra uitgave: '
         f'het loon wordt toch betaald."))',
         "WOR art. 17 lid 2 en 3; art. 18 lid 1 en 2"),
        ("economisch", "Economische kosten van de OR-tijd",
         f'IF(AND({repl_ok};{rate_ok});(Uren_basis-Vv_vervangen_totaal)*Uurtarief+'
         f'Vv_vervangen_totaal*Bg_verv_tarief;"")', 'Uren_basis', '""',
         f'IF(NOT({rate_ok});"Let op: vul op blad Invoer de loonkosten per uur in.";'
         f'IF(NOT({repl_ok});"Let op: vul de vervanging in op blad Uitgangspunten.";'
         f'ROUND(Uren_basis-Vv_vervangen_totaal;0)&" niet vervangen uren x loonkosten + "&'
         f'ROUND(Vv_vervangen_totaal;0)&" vervangen uren x vervangingskosten per uur"))',
         "praktijk: niet vervangen uren zijn gemiste productie, tegen loonkosten"),
        ("vervanging", "waarvan extra uitgave door vervanging",
         f'IF({repl_ok};Vv_kosten_totaal;"")', f'IF({repl_ok};Vv_vervangen_totaal;"")',
         f'IF({repl_ok};ORFTE(Vv_vervangen_totaal;Werkweek;Fte_weken);"")',
         f'IF(NOT({hours_ok});"Let op: vul op blad Invoer het aantal personen in.";'
         f'IF(NOT({is_amount("Bg_verv_tarief")});'
         f'{_missing("Bg_verv_tarief", "vervangingskosten per uur")};'
         f'IF(N(Vv_ongeldig)>0;IF(NOT({is_amount("Bg_verv_pct")});'
         f'{_missing("Bg_verv_pct", "het deel dat wordt vervangen")};'
         f'"Let op: controleer het deel dat wordt vervangen per afdeling.");'
         f'ROUND(Vv_vervangen_totaal;0)&" vervangen uren, per afdeling op blad Uitgangspunten, '
         f'x vervangingskosten per uur")))',
         "praktijk of cao, bijvoorbeeld cao Rijk 3.3; geen kosten van art. 22"),
    ]
    for i, (key, label, amount, hours, fte, explain, basis_text) in enumerate(rows_c):
        r = m + i
        sh.text(f"A{r}", label)
        sh.rng(f"A{r}").IsTextWrapped = True
        if key == "vervanging":
            sh.rng(f"A{r}").ParaIndent = 300
        sh.formula(f"B{r}", amount, None, "eur")
        sh.formula(f"C{r}", hours, None, "int")
        sh.formula(f"D{r}", fte, None, "fte")
        sh.formula(f"E{r}", explain, "OR Bron")
        sh.red_when_let_op(f"E{r}")
        sh.text(f"F{r}", basis_text, "OR Bron")
        name = {"loonwaarde": "Bg_memo_loonwaarde", "economisch": "Bg_memo_economisch",
                "vervanging": "Bg_memo_vervanging"}[key]
        sh.name(name, f"B{r}")
        sh.name(f"Bg_memo_uitleg_{key}", f"E{r}")
        if key == "loonwaarde":
            sh.name("Bg_memo_uren", f"C{r}")
            sh.name("Bg_memo_fte", f"D{r}")
        if key == "vervanging":
            sh.name("Bg_memo_vervangen_uren", f"C{r}")
    c_note = m + len(rows_c)
    heights.note(sh, c_note, "Blok C telt niet op bij blok A of B en is geen uitgave voor de OR: "
                 "het loon van de OR-leden wordt toch betaald en staat al in de "
                 "personeelsbegroting van de afdelingen. Alleen de vervanging is een extra "
                 "uitgave; die hoort bij de personeelskosten van de afdelingen, praktijk of cao, "
                 "niet bij de kosten van art. 22.")

    # Notes per line, on their own page.
    notes = c_note + 2
    sh.page_break(notes)
    sh.text(f"A{notes}", "Toelichting per post", "OR Sectie")
    sh.text(f"A{notes + 1}", "Post", "OR Kop")
    sh.text(f"B{notes + 1}", "Berekening, grondslag en bron", "OR Kop")
    for col in "CDEF":
        sh.text(f"{col}{notes + 1}", "", "OR Kop")
    sh.merge(f"B{notes + 1}:F{notes + 1}")
    items = [(x.label, x.note) for x in LINES] + MEMO_NOTES
    for i, (label, note) in enumerate(items):
        r = notes + 2 + i
        sh.text(f"A{r}", label)
        sh.rng(f"A{r}").IsTextWrapped = True
        sh.text(f"B{r}", note, "OR Bron")
        sh.rng(f"B{r}").CharHeight = SMALL_PT
        sh.merge(f"B{r}:F{r}")
        heights.need(r, note, sum(WIDTHS[1:]), pt=SMALL_PT)
    last = _build_floors(sh, notes + 2 + len(items) + 1, heights)

    sheet.Columns.getByIndex(6).IsVisible = False   # G: the amounts, read by the totals
    _LAYOUT.update(manual=dict(heights.rows), last=last)
    fit_rows(doc)
    sh.repeat_rows(1, 2)
    sh.print_area(5, last)
    return {"lines": (a0, t_out), "totals": (t_in, t_out)}


def _build_floors(sh, top, heights):
    """Checks against the statutory floors and the practice figures."""
    sh.page_break(top)
    sh.text(f"A{top}", "Wettelijke ondergrenzen en toetsen", "OR Sectie")
    h = top + 1
    for col, head in zip("ABCDF", ["Toets", "Deze begroting", "Minimum", "Uitkomst", "Bron"]):
        sh.text(f"{col}{h}", head, "OR Kop")
    sh.text(f"E{h}", "", "OR Kop")
    pvt = 'Orgaan="PVT"'
    na = '"n.v.t.: een personeelsvertegenwoordiging heeft geen wettelijk minimum, art. 35c lid 3."'
    below = 'SUMPRODUCT((Ld_namen<>"")*ISNUMBER(Ld_dagen_afgesproken)*(Ld_dagen_afgesproken<Ld_dagen_min))'
    # A member's days: agreed, else the minimum of the role (an error, such
    # as a missing extension, passes through).
    days = 'IF(ISBLANK(Ld_dagen_afgesproken);Ld_dagen_min;Ld_dagen_afgesproken)'
    uncovered = (f'SUMPRODUCT(IF(Ld_namen<>"";IF(({days})>N(Bg_dagen);({days})-N(Bg_dagen);0);'
                 f'0))')
    ser_fee = course_cost("Bg_ser", "0", "0")
    boven = (f'IF(AND(ISNUMBER(Bg_post_scholing);ISNUMBER(Bg_ser));'
             f'Bg_post_scholing-IFERROR({ser_fee};{NEEDS_EXT});"")')
    ok = '"Voldaan."'
    rows = [
        ("ov", "Overlegvergaderingen per jaar", "OV_aantal", f'IF({pvt};1;2)', "int",
         f'IF({pvt};IF(N(OV_aantal)<1;"Let op: geen overleg per jaar over de algemene gang van '
         f'zaken.";{ok});IF(N(OV_aantal)<2;"Let op: minder dan twee overlegvergaderingen per '
         f'jaar.";{ok}))',
         "WOR art. 24 lid 1: twee keer per jaar; PVT één keer, art. 35b lid 4 via 35c lid 3."),
        ("uren", "Overige OR-tijd per lid, uren", "Overige_uren", "60", "int",
         f'IF({pvt};{na};IF(N(Overige_uren)<60;"Let op: minder dan 60 uur per jaar.";{ok}))',
         "WOR art. 18 lid 1 en 3: ten minste 60 uur, naast de vergadertijd van art. 17."),
        ("dagen", "Scholingsdagen per OR-lid, Urenstaat", "Scholing_dagen", 'SCHOLINGSDAGEN("OR")',
         "dec1", f'IF({pvt};{na};IF(N(Scholing_dagen)<SCHOLINGSDAGEN("OR");"Let op: minder dan '
         f'het minimum voor een OR-lid.";{ok}))',
         "WOR art. 18 lid 3: OR-lid 5, lid van een vaste commissie of een onderdeelcommissie 3, "
         "beide 8."),
        ("cursusdagen", "Begrote cursusdagen per deelnemer", "Bg_dagen", 'SCHOLINGSDAGEN("OR")',
         "dec1", f'IF({pvt};{na};IF(N(Bg_dagen)<SCHOLINGSDAGEN("OR");"Let op: de begrote '
         f'scholing haalt het minimum van een OR-lid niet.";{ok}))',
         "WOR art. 18 lid 3; de kosten zijn voor de ondernemer, art. 22 lid 3."),
        ("leden", "Leden onder hun minimum aan dagen", below, "0",
         "int", f'IF({pvt};{na};IF({below}>0;"Let op: "&{below}&" "&IF({below}=1;"lid krijgt";'
         f'"leden krijgen")&" minder scholingsdagen dan hun rol vraagt.";{ok}))',
         "WOR art. 18 lid 3 onder a, b en c, per rol: SCHOLINGSDAGEN."),
        ("dekking", "Scholingsdagen buiten de cursusdagen", uncovered, "0",
         "int", f'IF({uncovered}>0;"Let op: "&{uncovered}&" scholingsdagen van leden met een '
         f'hoger minimum of een afspraak, zoals beide: 8, vallen buiten de begrote cursusdagen; '
         f'verhoog de cursusdagen of begroot ze apart.";{ok})',
         "WOR art. 18 lid 2 en 3; art. 22 lid 3: ook commissieleden hebben recht op scholing."),
        ("personen", "Aantal personen in de onderneming", "Personen", "50", "int",
         'IF(ISBLANK(Personen);"Let op: vul het aantal personen in, blad Invoer.";'
         'IF(Orgaan="PVT";"Personeelsvertegenwoordiging: geen wettelijk minimum aan dagen of '
         'uren, alleen afgesproken aantallen; deskundigen alleen met toestemming van de '
         'ondernemer, art. 35c lid 5.";IF(N(Personen)<50;"Onder 50 personen is een OR '
         'vrijwillig.";"Een OR is verplicht vanaf 50 personen.")))',
         "WOR art. 2 lid 1; art. 35c lid 3 past art. 18 lid 1 en 2 toe, niet lid 3; lid 5: "
         "deskundigen met toestemming."),
        ("ser", "Cursuskosten boven het SER-richtbedrag", boven, '""', "eur",
         f'IF(NOT(ISNUMBER(Bg_ser));"SER-richtbedrag "&Bg_tariefjaar&" nog niet ingevuld: '
         f'vergelijken kan nog niet, {SER_PAGE}.";IF(N(Bg_boven_ser)<=0;"Niet boven het '
         f'richtbedrag.";"Boven het richtbedrag, onder meer door reiskosten of een hoger '
         f'tarief: een afspraak met de ondernemer, art. 22 lid 3 noemt het richtbedrag."))',
         "WOR art. 22 lid 3; SER-richtbedragen, blad Eerste jaar."),
    ]
    r = h
    for key, label, value, minimum, nf, verdict, source in rows:
        r += 1
        sh.text(f"A{r}", label)
        sh.rng(f"A{r}").IsTextWrapped = True
        heights.need(r, label, WIDTHS[0])
        heights.need(r, source, WIDTHS[5], pt=SMALL_PT)
        heights.need(r, "x" * 110, WIDTHS[3] + WIDTHS[4], pt=SMALL_PT)
        sh.formula(f"B{r}", f'IFERROR({value};{NEEDS_EXT})', None, nf)
        if key == "ser":
            sh.name("Bg_boven_ser", f"B{r}")
        sh.formula(f"C{r}", f'IFERROR({minimum};{NEEDS_EXT})', None, nf)
        sh.formula(f"D{r}", verdict, "OR Bron")
        sh.merge(f"D{r}:E{r}")
        sh.red_when_let_op(f"D{r}")
        sh.name(f"Bg_toets_{key}", f"D{r}")
        sh.text(f"F{r}", source, "OR Bron")
        for col in "DF":
            sh.rng(f"{col}{r}").CharHeight = SMALL_PT
    # The coverage and the members' days read whole ranges: array formulas.
    for key, value in (("leden", below), ("dekking", uncovered)):
        rr = h + 1 + [x[0] for x in rows].index(key)
        sh.rng(f"B{rr}").setArrayFormula(f'IFERROR({value};{NEEDS_EXT})')
        sh.rng(f"D{rr}").setArrayFormula(rows[[x[0] for x in rows].index(key)][5])
    r += 2
    sh.text(f"A{r}", "Praktijkcijfers, geen norm", "OR Sectie")
    r += 1
    heights.note(sh, r, "Vuistregels en enquêtes uit de praktijk, ter vergelijking. De WOR noemt "
                 "geen uren per week; deze cijfers zijn geen minimum en geen maximum.")
    r += 1
    for col, head in zip("ABCF", ["Onderwerp", "Deze begroting", "Praktijk", "Bron"]):
        sh.text(f"{col}{r}", head, "OR Kop")
    sh.text(f"D{r}", "", "OR Kop")
    sh.text(f"E{r}", "", "OR Kop")
    sh.merge(f"C{r}:E{r}")
    one = ("ORUREN(1;OV_aantal;OV_duur;Verg_aantal;Verg_duur;Voorb_uren;Overige_uren;"
           "Scholing_dagen;Uren_per_dag;{vz};{secr};Jaarweken)")
    member = one.format(vz=0, secr=0)
    rows = [
        ("weekuren", "Uren per lid per week, Urenstaat", 'IF(Zetels="";"";Us_weekuren)', "dec1",
         "Vuistregel: ten minste 4 uur per lid per week; bij zware belasting 6 tot 8 uur.",
         f"Vuistregel uit {ARTIKEL}."),
        ("onder4", "Leden onder 4 uur per week", "Ld_onder_4", "int",
         "Een gewoon lid krijgt in het rekenvoorbeeld 172 uur, ruim 3 uur per week: de "
         "standaardwaarden liggen aan de onderkant van de praktijk.", f"Vuistregel uit {ARTIKEL}."),
        ("vrijgesteld", "Vrijgesteld per lid per week", 'IF(Zetels="";"";Us_weekuren)', "dec1",
         "Gemiddeld 6,6 uur per week vrijgesteld, terwijl OR-leden 8,1 uur aan OR-werk "
         "besteden; 36% van de OR'en krijgt te weinig tijd.", MONITOR + "."),
        ("voorzitter", "Voorzitter tegenover gewoon lid",
         f"{one.format(vz='Vz_uren', secr=0)}/{member}", "ratio",
         "Voorzitter en secretaris hebben vaak het dubbele aantal uren nodig, factor 2.",
         RENDEMENT_2021 + "."),
        ("secretaris", "Secretaris tegenover gewoon lid",
         f"{one.format(vz=0, secr='Secr_uren')}/{member}", "ratio",
         "Idem: vaak het dubbele, factor 2.", RENDEMENT_2021 + "."),
        ("as", "Ambtelijk secretaris per zetel per week", "Bg_as_uren", "dec1",
         "1,5 tot 2 uur per zetel per week in cao's; cao VVT en cao Ziekenhuizen: 2.",
         "OR-ondersteuning, 10 februari 2022; Schateiland, 'Recht op een ambtelijk secretaris'."),
    ]
    for key, label, f, nf, practice, source in rows:
        r += 1
        sh.text(f"A{r}", label)
        sh.rng(f"A{r}").IsTextWrapped = True
        heights.need(r, label, WIDTHS[0])
        heights.need(r, source, WIDTHS[5], pt=SMALL_PT)
        heights.need(r, practice, WIDTHS[2] + WIDTHS[3] + WIDTHS[4], pt=SMALL_PT)
        sh.formula(f"B{r}", f'IFERROR({f};{NEEDS_EXT})', None, nf)
        sh.name(f"Bg_praktijk_{key}", f"B{r}")
        sh.text(f"C{r}", practice, "OR Signaal" if key == "onder4" else "OR Bron")
        sh.merge(f"C{r}:E{r}")
        sh.text(f"F{r}", source, "OR Bron")
        for col in "CF":
            sh.rng(f"{col}{r}").CharHeight = SMALL_PT
    return r


# ---------------------------------------------------------------------------
# The worked example (examples/voorbeeld-begroting.ods): own amounts are
# example values (no published typical amounts exist, docs/rules.md).

EXAMPLE = {
    "Bg_tarief": 1250,          # an explicit quote: no SER rate for the budget year yet
    "Bg_zaal": 1500,
    "Bg_as_tarief": 40,
    "Bg_deskundigen": 7500,
    "Bg_adviestrajecten": "PM",
    "Bg_rechtsbijstand": "PM",
    "Bg_achterban": 1200,
    "Bg_jaarverslag": 800,
    "Bg_abonnementen": 450,
    "Bg_lidmaatschappen": 250,
    "Bg_faciliteiten": 1800,
    "Bg_km": 2400,
    "Bg_verv_pct": 0.5,
}
# Department overrides of the share replaced (Leden's department order).
EXAMPLE_DEPT_SHARE = {"Productie": 1.0}


# ---------------------------------------------------------------------------
# Layout helpers kept for tests/integration/test_template.py (older checks of
# the Urenstaat, Leden and Eerste jaar sheets); new code reads named ranges
# (examples/book_names.py).

def find_row(sheet, prefix, col=0, limit=300):
    """1-based row of the first cell in column col whose text starts with prefix."""
    for r in range(limit):
        if sheet.getCellByPosition(col, r).getString().startswith(prefix):
            return r + 1
    return None


def named_address(doc, name):
    content = doc.NamedRanges.getByName(name).Content  # $Begroting.$B$40
    return content.split(".")[-1].replace("$", "")
