"""The Begroting sheet of the OR budget template: every WOR art. 22 cost line.

Called by examples/make_template.py (build_budget while the workbook is
built, fill_example for the worked example); tools/demo.py and
tests/integration/test_template.py use the layout helpers at the end.

What the sheet holds (docs/rules.md, "Begroting"):
  * one line per cost category, each with its amount, "binnen budget
    art. 22 lid 4" (ja/nee, a default per line that the user may change),
    "vooraf melden (lid 2)" where it applies, and a note with its source;
  * totals inside and outside the agreed budget and a grand total, with a
    visible count of lines that have no amount (an empty, text or negative
    input never counts as 0 silently: the line is left out and says why);
  * checks against the statutory floors (art. 24, art. 18 lid 3) and the
    note on small undertakings (art. 2 lid 1, art. 35c);
  * a block of practice figures ("praktijkcijfers, geen norm");
  * the inputs (yellow) with a warning next to each, and the backfill per
    department from the Leden sheet.

The training line uses SCHOLINGSKOSTEN (WOR art. 22 lid 3, SER
richtbedragen) and the secretariat line ORSECRETARIAAT. No macros.
Text rules as in make_template.py: Dutch only, sources by title and
publisher, notes at least 9 pt in dark grey, one money format.
"""

from __future__ import annotations

SHEET = "Begroting"

# Column widths in mm: Post, Bedrag, Budget lid 4, Vooraf melden,
# Berekening, Bron. The input block uses A label, B value, C unit,
# D:E check, F source.
WIDTHS = (56, 26, 19, 27, 75, 74)
NOTE_PT = 10.0

WOR22 = "WOR art. 22"
RENDEMENT_2021 = ("Rendement, 'U moet OR-werk en scholing onder werktijd kunnen "
                  "uitvoeren' (11 januari 2021)")
MONITOR = "SBI Formaat, MonitOR 2015-2016, ongeveer 400 OR'en (Rendement, 9 mei 2016)"

# Label prefixes the demo and the test look up (column A).
TOTAL_IN = "Totaal binnen budget"
TOTAL_OUT = "Totaal buiten budget"
TOTAL_ALL = "Totaal OR-begroting"
INPUTS_TITLE = "Uitgangspunten"
DEPT_TITLE = "Vervanging per afdeling"


# ---------------------------------------------------------------------------
# The inputs: (name, label, default, unit, number format, kind, note).
# kind: "amount"  an amount the user must supply (own quote); empty, text,
#                 negative: the line is left out and says so; "PM" allowed;
#       "number"  a number with a default (the default is in the note);
#       "formula" a yellow input whose default is a formula;
#       "choice"  a text from a validity list.
# A name of None starts a section.

def input_rows(ser_first_year):
    """The input rows; ser_first_year: the rate-year expression of the SER
    table on the Eerste jaar sheet (built by make_template)."""
    return [
        (None, "Budget en btw", None, None, None, None, None),
        ("Bg_budget", "Budget volgens art. 22 lid 4 afgesproken?", "ja", "", None, "choice",
         "WOR art. 22 lid 4: een jaarbedrag dat de OR naar eigen inzicht besteedt; niet "
         "voor kosten van art. 17 en art. 18 lid 1."),
        ("Bg_btw", "Begroting inclusief btw?", "nee", "", None, "choice",
         "SER-richtbedragen zijn excl. btw. Bij 'ja' telt de scholing met btw; vul offertes "
         "dan incl. btw in."),
        ("Bg_btw_pct", "Btw-percentage scholing", 21, "%", "int", "number",
         "Standaard 21; 0 als de trainer CRKBO-geregistreerd is (vaak zonder btw)."),
        (None, "Scholing (WOR art. 18 lid 2, art. 22 lid 3)", None, None, None, None, None),
        ("Bg_vorm", "Trainingsvorm", "maatwerk", "", None, "choice",
         "maatwerk: hele OR, per dagdeel per trainer, zonder zaal; open: open inschrijving, "
         "per dagdeel per deelnemer, met zaal."),
        ("Bg_dagen", "Cursusdagen per deelnemer per jaar", "=Scholing_dagen", "dagen", "dec1",
         "formula",
         "Standaard de scholingsdagen van blad Invoer (OR-lid ten minste 5, WOR art. 18 "
         "lid 3). Het loon tijdens de scholing zit in de Urenstaat."),
        ("Bg_deelnemers", "Deelnemers", '=IF(Zetels="";"";Zetels)', "personen", "int",
         "formula", "Standaard het aantal zetels (blad Invoer)."),
        ("Bg_tarief", "Tarief per dagdeel, excl. btw",
         f'=IFERROR(1/(1/VLOOKUP(Bg_tariefjaar;{ser_first_year["table"]};'
         f'IF(Bg_vorm="open";3;2);0));"")', "€", "eur", "formula",
         "Standaard het SER-richtbedrag uit de tabel op blad Eerste jaar (SER 2024: maatwerk "
         "€ 1.250, open € 200). Of typ het tarief uit een offerte."),
        ("Bg_tweede", "Tweede trainer vanaf (maatwerk)", 13, "deelnemers", "int", "number",
         "Standaard 13: dubbel tarief bij '13 of meer leden' (SER 2017); daarna niet meer "
         "bevestigd. 0 = nooit."),
        ("Bg_zaal", "Zaal en verblijf bij maatwerk", None, "€", "eur", "amount",
         "Eigen raming of offerte. Zit niet in het richtbedrag voor maatwerk; bij open "
         "inschrijving wel: vul dan 0 in."),
        (None, "Ambtelijk secretaris", None, None, None, None, None),
        ("Bg_as_uren", "Uren per zetel per week", 2, "uur/week", "dec1", "number",
         "Standaard 2; praktijk in cao's 1,5 tot 2 (cao GGZ: ten minste 2). Geen wettelijk "
         "recht; 0 = geen ambtelijk secretaris."),
        ("Bg_as_tarief", "Loonkosten ambtelijk secretaris per uur", None, "€ per uur",
         "eur", "amount", "Eigen invoer, bijvoorbeeld uit de salarisadministratie."),
        (None, "Deskundigen en rechtsbijstand (WOR art. 16, art. 22 lid 2)", None, None,
         None, None, None),
        ("Bg_deskundigen", "Externe deskundigen", None, "€", "eur", "amount",
         "Eigen raming. Typ PM als u nacalculatie afspreekt (praktijk volgens ORnet); een "
         "PM-post telt niet mee in de totalen."),
        ("Bg_rechtsbijstand", "Rechtsbijstand en procedures", None, "€", "eur", "amount",
         "Eigen raming of PM. De OR kan niet in de proceskosten worden veroordeeld "
         "(WOR art. 22a)."),
        (None, "Verkiezingen (WOR art. 12)", None, None, None, None, None),
        ("Bg_periode", "Zittingsperiode", 3, "jaar", "int", "number",
         "WOR art. 12: standaard 3 jaar; het reglement kan een andere duur regelen. De "
         "kosten worden over deze jaren verdeeld."),
        ("Bg_verk_uren", "Uren voor een verkiezing", 45, "uur", "int", "number",
         "Standaard 45: procedure 15-20 en campagne 20-25 uur, bovenkant van de schatting "
         "van OR-ondersteuning (dienstverlening nieuwe OR)."),
        ("Bg_verk_kosten", "Externe kosten per verkiezing", None, "€", "eur", "amount",
         "Offerte voor digitaal stemmen, drukwerk en campagnemateriaal; 0 als er niets is."),
        (None, "Overige kosten van de OR", None, None, None, None, None),
        ("Bg_achterban", "Communicatie met de achterban", None, "€", "eur", "amount",
         "Nieuwsbrief, bijeenkomsten, enquête. Eigen raming."),
        ("Bg_jaarverslag", "Jaarverslag", None, "€", "eur", "amount", "Eigen raming."),
        ("Bg_abonnementen", "Abonnementen en vakliteratuur", None, "€", "eur", "amount",
         "Eigen raming."),
        ("Bg_lidmaatschappen", "Lidmaatschappen", None, "€", "eur", "amount",
         "Bijvoorbeeld een vereniging voor medezeggenschap. Eigen raming."),
        ("Bg_faciliteiten", "Vergaderfaciliteiten", None, "€", "eur", "amount",
         "Zaal, catering en middelen voor vergaderingen, voor zover ze geld kosten. Eigen "
         "raming."),
        (None, "Reiskosten OR-leden", None, None, None, None, None),
        ("Bg_km", "Reiskilometers van alle OR-leden samen per jaar", None, "km", "int",
         "amount", "Eigen raming, bijvoorbeeld ritten naar vergaderingen op een andere "
         "vestiging; 0 als er niets is."),
        ("Bg_km_tarief", "Onbelaste reiskostenvergoeding per km", 0.23, "€ per km",
         "eur", "number", "€ 0,23 per km in 2025 en 2026 (Belastingdienst, gemeld door "
         "Ondernemersbelang). Controleer het bedrag voor een later jaar."),
        ("Bg_km_jaar", "Jaar van dit bedrag", 2026, "", "year", "number",
         "Het jaar waarvoor de vergoeding hierboven geldt."),
        (None, "Vervanging van vrijgestelde uren (praktijk of cao)", None, None, None, None,
         None),
        ("Bg_verv_pct", "Deel van de OR-uren dat wordt vervangen", None, "", "pct", "amount",
         "Eigen afspraak, bijvoorbeeld 50%; 0% als niemand wordt vervangen. Per afdeling "
         "kunt u het hieronder anders invullen."),
        ("Bg_verv_tarief", "Kosten van vervanging per uur", None, "€ per uur", "eur",
         "amount", "Bijvoorbeeld het uurtarief van een uitzendkracht. Eigen invoer."),
    ]


# ---------------------------------------------------------------------------
# The cost lines: (key, label, budget default, bound by law outside the
# budget, prior notice (lid 2), note). Amount and explanation formulas are
# built in _line_formulas.

LINES = [
    ("ortijd", "OR-tijd: loonkosten van de uren", "nee", True, False,
     "WOR art. 17; art. 18 lid 1 en 2",
     "De uren van de Urenstaat x loonkosten per uur: vergaderingen en voorbereiding "
     "(art. 17), overige OR-tijd (art. 18 lid 1, ten minste 60 uur per lid), "
     "scholingsdagen met behoud van loon (art. 18 lid 2) en het dagelijks bestuur. "
     "Art. 22 lid 4 sluit kosten van art. 17 en art. 18 lid 1 uit van het budget."),
    ("scholing", "Scholing: cursuskosten", "ja", False, False,
     "WOR art. 18 lid 2; art. 22 lid 3",
     "SCHOLINGSKOSTEN: dagdelen x SER-richtbedrag (maatwerk: per trainer voor de hele OR; "
     "open inschrijving: per deelnemer), inclusief honorarium, voorbereiding, materiaal en "
     "reiskosten van de trainer. Sinds 2013 mogen scholingskosten in het budget: "
     "art. 22 lid 4 sluit alleen art. 17 en art. 18 lid 1 uit."),
    ("zaal", "Scholing: zaal en verblijf", "ja", False, False,
     "WOR art. 22 lid 3; SER",
     "Bij maatwerk zitten zaal en verblijf niet in het SER-richtbedrag; bij open "
     "inschrijving wel (vul dan 0 in)."),
    ("as", "Ambtelijk secretaris", "nee", True, False,
     "WOR art. 17 lid 1; cao",
     "ORSECRETARIAAT: zetels x uren per zetel per week x weken (praktijk in cao's: 1,5 tot 2 "
     "uur per zetel per week). Een toegevoegde secretaris valt onder de voorzieningen van "
     "art. 17 lid 1, dus buiten het budget. De WOR geeft geen recht op een ambtelijk "
     "secretaris (Hoge Raad, 1986); sommige cao's wel."),
    ("deskundigen", "Externe deskundigen", "ja", False, True,
     "WOR art. 16; art. 22 lid 2",
     "Buiten een budget komen de kosten alleen voor rekening van de ondernemer als die "
     "vooraf is ingelicht (art. 22 lid 2). Binnen een afgesproken budget (lid 4) geldt die "
     "meldplicht niet; meer uitgeven dan het budget vraagt toestemming van de ondernemer."),
    ("rechtsbijstand", "Rechtsbijstand en procedures", "ja", False, True,
     "WOR art. 22 lid 2; art. 22a",
     "Als bij deskundigen: buiten een budget vooraf melden. De OR kan in een geding met de "
     "ondernemer niet in de proceskosten worden veroordeeld (art. 22a). Onvoorspelbaar: "
     "vaak PM met nacalculatie (ORnet)."),
    ("verkiezingen", "Verkiezingen, per jaar", "nee", False, False,
     "WOR art. 12; art. 17",
     "(Uren x loonkosten per uur + externe kosten) / zittingsperiode. Uren: schatting van "
     "OR-ondersteuning (dienstverlening nieuwe OR): procedure 15-20 uur, campagne 20-25 "
     "uur. Verkiezingsmateriaal geldt meestal als voorziening (OR Academy, 'Wat kost de "
     "OR?')."),
    ("achterban", "Communicatie met de achterban", "nee", False, False,
     "WOR art. 17 lid 1",
     "De ondernemer stelt de OR in staat de werknemers te raadplegen (art. 17 lid 1): "
     "nieuwsbrief, bijeenkomsten, enquêtes."),
    ("jaarverslag", "Jaarverslag", "nee", False, False,
     "WOR art. 17 lid 1",
     "Opmaak, drukwerk en verspreiding: meestal een voorziening buiten het budget (OR "
     "Academy; Rendement)."),
    ("abonnementen", "Abonnementen en vakliteratuur", "ja", False, False,
     "WOR art. 22 lid 1 en 4",
     "Vakbladen en naslagwerken: kleine kosten die meestal in een afgesproken budget vallen "
     "(Rendement)."),
    ("lidmaatschappen", "Lidmaatschappen", "ja", False, False,
     "WOR art. 22 lid 1 en 4",
     "Bijvoorbeeld een vereniging of netwerk voor medezeggenschap: in het budget als u dat "
     "afspreekt. Er zijn geen gepubliceerde bedragen gevonden."),
    ("faciliteiten", "Vergaderfaciliteiten", "nee", True, False,
     "WOR art. 17 lid 1 en 2",
     "Zaal, catering en middelen voor OR- en commissievergaderingen in werktijd: "
     "voorzieningen van art. 17, buiten het budget."),
    ("reiskosten", "Reiskosten OR-leden", "nee", False, False,
     "WOR art. 17; Belastingdienst",
     "Kilometers x onbelaste vergoeding (€ 0,23 per km in 2025 en 2026). Dat reistijd voor "
     "vergaderingen werktijd is, volgt uit rechtspraak en praktijk (Sprengers Advocaten), "
     "niet uit de tekst van art. 17."),
    ("vervanging", "Vervanging van vrijgestelde uren", "nee", True, False,
     "praktijk of cao; WOR art. 21",
     "Uren per afdeling (blad Leden) x deel dat wordt vervangen x kosten per uur. Geen "
     "WOR-plicht maar praktijk of cao (bijvoorbeeld cao Rijk 3.3). Komt bovenop de "
     "loonkosten van de OR-tijd: het is de extra uitgave voor wie het werk overneemt. "
     "Art. 21 verbiedt alleen benadeling van OR-leden."),
]


# The fallback of an error handler around an ortijd call: empty text with
# the extension, #NAME? without it (LEFT of a number, 0 characters). So a
# colleague without the extension never sees a line silently left out of a
# total: the handler catches bad input, not a missing extension (issue 15).
NEEDS_EXT = 'LEFT(SCHOLINGSDAGEN("OR");0)'


def _ok(name):
    """1 when the input is a number of at least 0, else 0 (never an error
    for text)."""
    return f"ISNUMBER({name})*(N({name})>=0)"


def _missing(name, what):
    """The reason an input makes a line empty, as warning text."""
    return (f'IF(ISBLANK({name});"Let op: {what} is leeg (Uitgangspunten).";'
            f'IF(AND(ISTEXT({name});UPPER(TRIM({name}))="PM");"PM: nacalculatie, niet in '
            f'de totalen.";"Let op: {what} is geen getal van 0 of meer (Uitgangspunten)."))')


def _plural(n_expr, one, many):
    return f'IF({n_expr}=1;"{one}";"{many}")'


def _amount_line(name, what, explain_ok):
    """Amount and explanation of a line that is one own amount."""
    amount = (f'IF({_ok(name)};{name};IF(AND(ISTEXT({name});UPPER(TRIM({name}))="PM");'
              f'"PM";""))')
    explain = f'IF({_ok(name)};{explain_ok};{_missing(name, what)})'
    return amount, explain


def _line_formulas(key, ctx):
    """(amount formula, explanation formula) of a cost line."""
    hours = ctx["hours_total"]
    rate_ok = _ok("Uurtarief")
    if key == "ortijd":
        amount = f'IF(AND(Zetels<>"";{rate_ok});{hours}*Uurtarief;"")'
        explain = (f'IF(Zetels="";"Let op: vul op blad Invoer het aantal personen in.";'
                   f'IF({rate_ok};ROUND({hours};0)&" uur (Urenstaat) x loonkosten per uur";"Let op: vul op blad Invoer de loonkosten per uur in."))')
        return amount, explain
    if key == "scholing":
        args = ("Bg_dagen;Bg_tarief;Bg_deelnemers;Bg_vorm;Bg_tweede;0;0;"
                'IF(Bg_btw="ja";Bg_btw_pct;0)')
        ready = f'AND({_ok("Bg_dagen")};{_ok("Bg_tarief")};{_ok("Bg_deelnemers")};' \
                f'{_ok("Bg_tweede")};{_ok("Bg_btw_pct")})'
        amount = f'IF({ready};IFERROR(SCHOLINGSKOSTEN({args});{NEEDS_EXT});"")'
        dagdelen = "ROUND(Bg_dagen*2;1)"
        trainers = 'IF(AND(Bg_tweede>0;Bg_deelnemers>=Bg_tweede);2;1)'
        kind = (f'IF(Bg_vorm="open";" x "&Bg_deelnemers&" "&{_plural("Bg_deelnemers", "deelnemer", "deelnemers")};'
                f'" x "&{trainers}&" "&{_plural(trainers, "trainer", "trainers")})')
        btw = 'IF(AND(Bg_btw="ja";N(Bg_btw_pct)>0);" + "&Bg_btw_pct&"% btw";"")'
        explain = (
            f'IF(NOT({_ok("Bg_deelnemers")});"Let op: vul op blad Invoer het aantal personen '
            f'in, of hier de deelnemers.";'
            f'IF(NOT({_ok("Bg_tarief")});"Let op: geen tarief per dagdeel voor "&Bg_tariefjaar'
            f'&"; vul het SER-richtbedrag of een offerte in (Uitgangspunten).";'
            f'IF(NOT({ready});"Let op: controleer dagen, tweede trainer en btw '
            f'(Uitgangspunten).";'
            f'IF(ISERROR(SCHOLINGSKOSTEN({args}));"Let op: hele of halve dagen, deelnemers 1 '
            f'tot en met 1000, vorm maatwerk of open."&{NEEDS_EXT};'
            f'{dagdelen}&" "&{_plural(dagdelen, "dagdeel", "dagdelen")}&" x tarief "'
            f'&IF(ISFORMULA(Bg_tarief);"SER "&Bg_tariefjaar;"offerte")&{kind}&{btw}))))')
        return amount, explain
    if key == "zaal":
        amount, explain = _amount_line("Bg_zaal", "zaal en verblijf",
                                       '"Eigen raming of offerte"')
        explain = (f'IF(AND(Bg_vorm="open";N(Bg_zaal)>0);"Let op (budget): bij open '
                   f'inschrijving zit de zaal in het tarief; controleer dit bedrag.";{explain})')
        return amount, explain
    if key == "as":
        sec = "ORSECRETARIAAT(Zetels;Bg_as_uren;Jaarweken)"
        ready = f'AND(Zetels<>"";{_ok("Bg_as_uren")};{_ok("Bg_as_tarief")})'
        amount = f'IF({ready};IFERROR({sec}*Bg_as_tarief;{NEEDS_EXT});"")'
        explain = (f'IF(Zetels="";"Let op: vul op blad Invoer het aantal personen in.";'
                   f'IF(NOT({_ok("Bg_as_uren")});{_missing("Bg_as_uren", "uren per zetel")};'
                   f'IF(NOT({_ok("Bg_as_tarief")});{_missing("Bg_as_tarief", "het uurtarief")};'
                   f'IFERROR(ROUND({sec};0)&" uur ("&Zetels&" "&'
                   f'{_plural("Zetels", "zetel", "zetels")}&" x "&Bg_as_uren&" uur x "&Jaarweken'
                   f'&" weken) x uurtarief";"Let op: controleer de invoer (Uitgangspunten)."&{NEEDS_EXT}))))')
        return amount, explain
    if key == "deskundigen":
        return _amount_line("Bg_deskundigen", "het bedrag", '"Eigen raming"')
    if key == "rechtsbijstand":
        return _amount_line("Bg_rechtsbijstand", "het bedrag", '"Eigen raming"')
    if key == "verkiezingen":
        ready = (f'AND({_ok("Bg_verk_uren")};{_ok("Bg_verk_kosten")};{rate_ok};'
                 f'{_ok("Bg_periode")};N(Bg_periode)>0)')
        amount = f'IF({ready};(Bg_verk_uren*Uurtarief+Bg_verk_kosten)/Bg_periode;"")'
        explain = (f'IF(NOT({rate_ok});"Let op: vul op blad Invoer de loonkosten per uur in.";'
                   f'IF(NOT({_ok("Bg_verk_kosten")});'
                   f'{_missing("Bg_verk_kosten", "externe kosten per verkiezing")};'
                   f'IF(NOT({ready});"Let op: uren en zittingsperiode: getallen groter dan 0 '
                   f'(Uitgangspunten).";'
                   f'"("&ROUND(Bg_verk_uren;1)&" uur x uurtarief + externe kosten) / "&Bg_periode'
                   f'&" "&{_plural("Bg_periode", "jaar", "jaar")})))')
        return amount, explain
    if key in ("achterban", "jaarverslag", "abonnementen", "lidmaatschappen",
               "faciliteiten"):
        return _amount_line(f"Bg_{key}", "het bedrag", '"Eigen raming"')
    if key == "reiskosten":
        ready = f'AND({_ok("Bg_km")};{_ok("Bg_km_tarief")})'
        amount = f'IF({ready};Bg_km*Bg_km_tarief;"")'
        explain = (f'IF(NOT({_ok("Bg_km")});{_missing("Bg_km", "het aantal km")};'
                   f'IF(NOT({_ok("Bg_km_tarief")});{_missing("Bg_km_tarief", "de vergoeding")};'
                   f'ROUND(Bg_km;0)&" km x vergoeding per km ("&Bg_km_jaar&")"))')
        return amount, explain
    if key == "vervanging":
        d = ctx["dept"]
        amount = (f'IF(OR(Zetels="";{d["members"]}=0;{d["invalid"]}>0;'
                  f'NOT({_ok("Bg_verv_tarief")}));"";{d["total"]})')
        explain = (f'IF({d["members"]}=0;"Let op: vul op blad Leden de leden en hun afdeling '
                   f'in.";IF(NOT({_ok("Bg_verv_tarief")});'
                   f'{_missing("Bg_verv_tarief", "kosten per uur")};'
                   f'IF({d["invalid"]}>0;IF(NOT({_ok("Bg_verv_pct")});'
                   f'{_missing("Bg_verv_pct", "het deel dat wordt vervangen")};'
                   f'"Let op: controleer het deel dat wordt vervangen per afdeling.");'
                   f'ROUND({d["hours"]};0)&" vervangen uren x kosten per uur (per afdeling)")))')
        return amount, explain
    raise KeyError(key)


# ---------------------------------------------------------------------------

def _find_row(sheet, col, predicate, limit=200):
    for r in range(limit):
        c = sheet.getCellByPosition(col, r)
        if predicate(c):
            return r + 1
    return None


def _ser_table(doc, T):
    """Address of the SER table on the Eerste jaar sheet: rows of the years
    in T.SER_RATES, columns A (year), B (maatwerk), C (open)."""
    fy = doc.Sheets.getByName(T.S_FIRST)
    first = _find_row(fy, 0, lambda c: c.getType().value == "VALUE" and
                      c.getValue() == T.SER_RATES[0][0])
    last = first + len(T.SER_RATES) - 1
    sheet = T.quote_sheet(T.S_FIRST)
    return {"table": f"${sheet}.$A${first}:$C${last}",
            "years": f"${sheet}.$A${first}:$A${last}",
            "maat": f"${sheet}.$B${first}:$B${last}",
            "open": f"${sheet}.$C${first}:$C${last}"}


def _conditional_red(T, rng_cell, formula):
    """Red warning style on one cell when formula is true (no macro)."""
    import uno
    from com.sun.star.beans import PropertyValue

    def pv(name, value):
        p = PropertyValue()
        p.Name, p.Value = name, value
        return p

    cf = rng_cell.ConditionalFormat
    cf.clear()
    cf.addNew((pv("Operator", uno.Enum("com.sun.star.sheet.ConditionOperator", "FORMULA")),
               pv("Formula1", formula), pv("StyleName", "OR Waarschuwing")))
    rng_cell.ConditionalFormat = cf


def build_budget(doc, fmt, T):
    """Builds the Begroting sheet; T is the make_template module (styles,
    Sheet writer, names of the other sheets). Returns its layout."""
    sheet = doc.Sheets.getByName(SHEET)
    # A ratio ("1,6 x") besides the shared formats of make_template.
    fmt.CODES = dict(fmt.CODES, ratio='0,0" x"')
    sh = T.Sheet(doc, sheet, fmt)
    sh.widths(*WIDTHS)
    width_af = sum(WIDTHS)
    heights = {}

    def need(row, text, width_mm, extra=0):
        """Remembers the height a row needs for text in a width."""
        per_line = max(1, int(width_mm / (NOTE_PT * 0.3528 * 0.53)))
        lines = sum(max(1, -(-len(p) // per_line)) for p in text.split("\n")) + extra
        h = int((lines * NOTE_PT * 0.3528 * 1.22 + 1.6) * 100)
        heights[row] = max(heights.get(row, 0), h)

    ser = _ser_table(doc, T)
    hours_total = f"$Urenstaat.$B${T.HOURS_FIRST_ROW + 7}"

    # Title.
    sh.formula("A1", '"OR-begroting "&IF(ISBLANK(Begrotingsjaar);"";Begrotingsjaar&": ")'
                     '&"kosten van de ondernemingsraad (WOR art. 22)"', "OR Titel")
    sh.formula("A2", '"Organisatie: "&IF(ISBLANK(Organisatie);"(vul in op blad Invoer)";'
                     'Organisatie)&IF(Zetels="";"";" - "&Zetels&" "&'
                     'IF(Zetels=1;"zetel";"zetels"))', "OR Uitleg")
    intro = ("De ondernemer draagt de kosten die de OR redelijkerwijs nodig heeft (WOR art. 22 "
             "lid 1). Per post: het bedrag, of de post in het afgesproken budget kan "
             "(art. 22 lid 4) en of de ondernemer vooraf moet worden ingelicht (art. 22 lid 2). "
             "Gele cellen zijn invoer: de keuze ja/nee hieronder en de uitgangspunten verderop "
             "op dit blad.")
    _note(sh, heights, 3, intro)

    # Cost lines.
    h = 5
    sh.text(f"A{h}", "Post", "OR Kop")
    sh.formula(f"B{h}", '"Bedrag per jaar, "&IF(Bg_btw="ja";"incl.";"excl.")&" btw"', "OR Kop")
    for col, head in zip("CDEF", ["In budget (lid 4)", "Vooraf melden (lid 2)",
                                  "Berekening", "Grondslag (toelichting: volgende blad)"]):
        sh.text(f"{col}{h}", head, "OR Kop")

    # Layout: page 1 the lines, totals and sign-off; then the notes per
    # line, the statutory floors and practice figures; then the inputs.
    n_lines = len(LINES)
    l0 = h + 1
    l1 = l0 + n_lines - 1
    t_in, t_out, t_all = l1 + 1, l1 + 2, l1 + 3
    warn = l1 + 4
    sign = l1 + 6
    notes = sign + 4                 # "Toelichting per post", new page
    floors = notes + 2 + n_lines + 1
    inputs_top = floors + 19         # the floors block has 17 rows

    # The inputs define the names the lines use: build them first.
    layout = _build_inputs_and_departments(doc, sh, T, ser, need, inputs_top, heights)
    dept = layout["dept"]

    ctx = {"hours_total": hours_total, "dept": dept}
    right = uno_justify("RIGHT")
    for i, (key, label, flag, bound, notify, basis, note) in enumerate(LINES):
        r = l0 + i
        amount, explain = _line_formulas(key, ctx)
        sh.text(f"A{r}", label)
        sh.formula(f"B{r}", amount, None, "eur")
        sh.rng(f"B{r}").HoriJustify = right   # "PM" aligns with the amounts
        sh.text(f"C{r}", flag, "OR Invoer")
        sh.rng(f"C{r}").HoriJustify = uno_center()
        if notify:
            sh.formula(f"D{r}", f'IF(AND(Bg_budget="ja";C{r}="ja");"niet nodig";"ja")')
        else:
            sh.text(f"D{r}", "n.v.t.")
        sh.rng(f"D{r}").HoriJustify = uno_center()
        if bound:
            explain = (f'IF(C{r}="ja";"Let op (budget): art. 22 lid 4 sluit deze kosten uit '
                       f'het budget; kies nee.";{explain})')
        sh.formula(f"E{r}", explain, "OR Bron")
        _conditional_red(T, sh.rng(f"E{r}"), f'LEFT($E${r};6)="Let op"')
        sh.text(f"F{r}", basis, "OR Bron")
        T.name_cell(doc, f"Bg_post_{key}", SHEET, f"B{r}")
    sh.validity_list(f"C{l0}:C{l1}", ["ja", "nee"], "In budget (WOR art. 22 lid 4)",
                     "ja = de post valt binnen het afgesproken budget; nee = daarbuiten.")

    amounts, flags = f"$B${l0}:$B${l1}", f"$C${l0}:$C${l1}"
    status = f"$E${l0}:$E${l1}"
    totals = [
        (t_in, TOTAL_IN, f'SUMIF({flags};"ja";{amounts})',
         'IF(Bg_budget="ja";"WOR art. 22 lid 4: het budget dat de OR naar eigen inzicht '
         'besteedt; meer alleen met toestemming van de ondernemer.";"Geen budget afgesproken: '
         'dit deel zou in een budget volgens art. 22 lid 4 kunnen.")'),
        (t_out, TOTAL_OUT, f'SUMIF({flags};"nee";{amounts})',
         '"Kosten van art. 17 en art. 18 lid 1 en andere posten buiten het budget."'),
        (t_all, TOTAL_ALL, f"SUM({amounts})",
         '"Alle posten samen, ten laste van de ondernemer (WOR art. 22 lid 1)."'),
    ]
    for r, label, f, text in totals:
        sh.text(f"A{r}", label, "OR Totaal")
        sh.formula(f"B{r}", f, "OR Totaal", "eur")
        for col in "CD":
            sh.blank(f"{col}{r}", "OR Totaal")
        sh.formula(f"E{r}", text, "OR Totaal")
        sh.blank(f"F{r}", "OR Totaal")
        sh.rng(f"E{r}").CharWeight = 100.0   # normal weight: an explanation
        sh.rng(f"E{r}").CharHeight = NOTE_PT
        sh.rng(f"E{r}").CharColor = T.NOTE
        sh.rng(f"E{r}:F{r}").merge(True)
        sh.rng(f"E{r}:F{r}").IsTextWrapped = True
        need(r, "x" * (125 if r == t_in else 80), WIDTHS[4] + WIDTHS[5])
    sh.rng(f"A{t_all}:B{t_all}").CellBackColor = T.GREEN

    # The warnings under the totals: one wrapped paragraph.
    n_missing = f'SUMPRODUCT(LEFT({status};7)="Let op:")'
    n_pm = f'SUMPRODUCT(LEFT({status};3)="PM:")'
    n_flag = f'SUMPRODUCT(({flags}<>"ja")*({flags}<>"nee"))'
    w_missing = (f'IF({n_missing}=0;"";"Let op: "&{n_missing}&" "&'
                 f'{_plural(n_missing, "post heeft", "posten hebben")}&" geen bedrag en "&'
                 f'{_plural(n_missing, "telt", "tellen")}&" niet mee in de totalen (rode tekst '
                 f'in de kolom Berekening).")')
    w_pm = (f'IF({n_pm}=0;"";{n_pm}&" "&{_plural(n_pm, "post staat", "posten staan")}&'
            f'" op PM (nacalculatie) en "&{_plural(n_pm, "telt", "tellen")}&" niet mee in de '
            f'totalen.")')
    w_flag = (f'IF({n_flag}=0;"";"Let op: "&{n_flag}&" "&'
              f'{_plural(n_flag, "post heeft", "posten hebben")}&" geen keuze ja of nee voor '
              f'het budget en "&{_plural(n_flag, "telt", "tellen")}&" alleen mee in het '
              f'totaal.")')
    w_rate = ('IF(AND(ISFORMULA(Bg_tarief);N(Bg_tariefjaar)>0;'
              'N(Begrotingsjaar)>Bg_tariefjaar);"Let op: de scholing is gerekend met het '
              'SER-richtbedrag van "&Bg_tariefjaar&"; dat van "&Begrotingsjaar&" staat nog '
              'niet in de tabel. Vul het in zodra de SER het bekendmaakt, of typ een '
              'offertetarief (Uitgangspunten).";"")')
    sh.formula(f"A{warn}", f'TRIM({w_missing}&" "&{w_pm}&" "&{w_flag}&" "&{w_rate})',
               "OR Waarschuwing")
    sh.rng(f"A{warn}:F{warn}").merge(True)
    need(warn, "x" * 330, sum(WIDTHS))

    # Sign-off: an agreed budget is set "in overeenstemming" (art. 22 lid 4).
    sh.text(f"A{sign}", "Vastgesteld in overeenstemming (WOR art. 22 lid 4)", "OR Sectie")
    for i, who in enumerate(("Namens de ondernemer", "Namens de ondernemingsraad")):
        r = sign + 1 + i
        sh.text(f"A{r}", who)
        sh.text(f"D{r}", "Datum")
        sh.rng(f"D{r}").HoriJustify = right
        sh.rng(f"B{r}:C{r}").merge(True)
        for col in ("B", "C", "E"):
            sh.rng(f"{col}{r}").BottomBorder = T._border(18, 0x000000)
        heights[r] = 1000

    # Notes per line.
    sheet.Rows.getByIndex(notes - 1).IsStartOfNewPage = True
    sh.text(f"A{notes}", "Toelichting per post", "OR Sectie")
    sh.text(f"A{notes + 1}", "Post", "OR Kop")
    sh.text(f"B{notes + 1}", "Berekening, grondslag en bron", "OR Kop")
    for col in "CDEF":
        sh.text(f"{col}{notes + 1}", "", "OR Kop")
    sh.rng(f"B{notes + 1}:F{notes + 1}").merge(True)
    for i, (key, label, flag, bound, notify, basis, note) in enumerate(LINES):
        r = notes + 2 + i
        sh.text(f"A{r}", label)
        sh.rng(f"A{r}").IsTextWrapped = True
        sh.text(f"B{r}", note, "OR Bron")
        sh.rng(f"B{r}:F{r}").merge(True)
        sh.rng(f"B{r}:F{r}").IsTextWrapped = True
        need(r, note, sum(WIDTHS[1:]))

    _build_floors(doc, sh, T, floors, need, heights)
    # The page with the inputs starts on a new page.
    sheet.Rows.getByIndex(layout["first_row"] - 1).IsStartOfNewPage = True

    # Row heights: optimal where every long text sits in one cell; set by
    # hand where a merged cell holds it (Calc does not size those).
    _LAYOUT.update(manual=dict(heights), last=layout["last_row"])
    fit_rows(doc)
    sh.print_area(5, layout["last_row"])
    return {"lines": (l0, l1), "totals": (t_in, t_out, t_all)}


_LAYOUT = {}


def fit_rows(doc):
    """Row heights of the sheet for its current content (after filling in)."""
    sheet = doc.Sheets.getByName(SHEET)
    manual = _LAYOUT.get("manual", {})
    for r in range(1, _LAYOUT.get("last", 0) + 1):
        row = sheet.Rows.getByIndex(r - 1)
        if r in manual:
            row.Height = manual[r]
        else:
            row.OptimalHeight = True


def _note(sh, heights, row, text):
    """A wrapped note over A:F; its height is kept when rows are fitted."""
    sh.note(row, text, "F", "OR Bron", NOTE_PT)
    heights[row] = sh.sh.Rows.getByIndex(row - 1).Height


def uno_justify(how):
    import uno
    return uno.Enum("com.sun.star.table.CellHoriJustify", how)


def uno_center():
    return uno_justify("CENTER")


def _build_floors(doc, sh, T, top, need, heights):
    """Checks against the statutory floors and the practice figures."""
    sh.sh.Rows.getByIndex(top - 1).IsStartOfNewPage = True
    sh.text(f"A{top}", "Wettelijke ondergrenzen", "OR Sectie")
    h = top + 1
    for col, head in zip("ABCDF", ["Toets", "Deze begroting", "Minimum", "Uitkomst",
                                   "Bron"]):
        sh.text(f"{col}{h}", head, "OR Kop")
    sh.text(f"E{h}", "", "OR Kop")
    leden = T.quote_sheet(T.S_MEMBERS)
    m0, m1 = T.MEMBER_FIRST_ROW, T.MEMBER_FIRST_ROW + T.MEMBER_ROWS - 1
    names, days, mins = (f"${leden}.$B${m0}:$B${m1}", f"${leden}.$G${m0}:$G${m1}",
                         f"${leden}.$F${m0}:$F${m1}")
    below = f"SUMPRODUCT(({names}<>\"\")*ISNUMBER({days})*({days}<{mins}))"
    ok = '"Voldaan."'
    rows = [
        ("Overlegvergaderingen per jaar", "OV_aantal", "2", "int",
         f'IF(N(OV_aantal)<2;"Let op: minder dan 2 overlegvergaderingen per jaar.";{ok})',
         "WOR art. 24 lid 1: ten minste tweemaal per jaar de algemene gang van zaken."),
        ("Overige OR-tijd per lid per jaar (uren)", "Overige_uren", "60", "int",
         f'IF(N(Overige_uren)<60;"Let op: minder dan 60 uur per jaar.";{ok})',
         "WOR art. 18 lid 1 en 3: ten minste 60 uur, naast de vergadertijd (art. 17)."),
        ("Scholingsdagen per OR-lid (Urenstaat)", "Scholing_dagen", 'SCHOLINGSDAGEN("OR")',
         "dec1", f'IF(N(Scholing_dagen)<SCHOLINGSDAGEN("OR");"Let op: minder dan het '
         f'minimum voor een OR-lid.";{ok})',
         "WOR art. 18 lid 3: OR-lid 5, lid van een vaste of onderdeelcommissie 3, beide 8."),
        ("Begrote cursusdagen per deelnemer", "Bg_dagen", 'SCHOLINGSDAGEN("OR")', "dec1",
         f'IF(N(Bg_dagen)<SCHOLINGSDAGEN("OR");"Let op: de begrote scholing haalt het '
         f'minimum van een OR-lid niet.";{ok})',
         "WOR art. 18 lid 3; de kosten zijn voor de ondernemer (art. 22 lid 3)."),
        ("Leden met minder afgesproken dagen dan hun minimum (blad Leden)", below, "0", "int",
         f'IF({below}>0;"Let op: "&{below}&" "&IF({below}=1;"lid krijgt";"leden krijgen")'
         f'&" minder scholingsdagen dan hun rol vraagt.";{ok})',
         "WOR art. 18 lid 3 onder a, b en c, per rol (SCHOLINGSDAGEN)."),
        ("Aantal personen in de onderneming", "Personen", "50", "int",
         'IF(ISBLANK(Personen);"Let op: vul het aantal personen in (blad Invoer).";'
         'IF(N(Personen)<50;"Onder 50 personen is een OR vrijwillig. Een PVT (art. 35c) '
         'heeft geen wettelijk minimum aan dagen of uren.";"Een OR is verplicht vanaf 50 '
         'personen."))',
         "WOR art. 2 lid 1; art. 35c lid 3 past art. 18 lid 1 en 2 toe, niet lid 3: voor een "
         "PVT gelden alleen afgesproken aantallen."),
    ]
    r = h
    for label, value, minimum, nf, verdict, source in rows:
        r += 1
        sh.text(f"A{r}", label)
        sh.rng(f"A{r}").IsTextWrapped = True
        need(r, label, WIDTHS[0])
        need(r, source, WIDTHS[5])
        need(r, "x" * 100, WIDTHS[3] + WIDTHS[4])
        sh.formula(f"B{r}", f'IFERROR({value};{NEEDS_EXT})', None, nf)
        sh.formula(f"C{r}", f'IFERROR({minimum};{NEEDS_EXT})', None, nf)
        sh.formula(f"D{r}", verdict, "OR Bron")
        sh.rng(f"D{r}:E{r}").merge(True)
        _conditional_red(T, sh.rng(f"D{r}"), f'LEFT($D${r};6)="Let op"')
        sh.text(f"F{r}", source, "OR Bron")
    # Personen < 50 is information, not a failure: dark grey (the style).
    r += 2
    sh.text(f"A{r}", "Praktijkcijfers, geen norm", "OR Sectie")
    r += 1
    txt = ("Vuistregels en enquêtes uit de praktijk, ter vergelijking. De WOR noemt geen uren "
           "per week; deze cijfers zijn geen minimum en geen maximum.")
    _note(sh, heights, r, txt)
    r += 1
    for col, head in zip("ABCF", ["Onderwerp", "Deze begroting", "Praktijk", "Bron"]):
        sh.text(f"{col}{r}", head, "OR Kop")
    sh.text(f"D{r}", "", "OR Kop")
    sh.text(f"E{r}", "", "OR Kop")
    sh.rng(f"C{r}:E{r}").merge(True)
    one = ("ORUREN(1;OV_aantal;OV_duur;Verg_aantal;Verg_duur;Voorb_uren;Overige_uren;"
           "Scholing_dagen;Uren_per_dag;{vz};{secr};Jaarweken)")
    member = one.format(vz=0, secr=0)
    week = f'IF(Zetels="";"";ORWEEKUREN($Urenstaat.$B${T.HOURS_FIRST_ROW + 7};Zetels;Jaarweken))'
    rows = [
        ("Uren per lid per week (Urenstaat)", week, "dec1",
         "Vuistregel: ten minste 4 uur per lid per week; bij zware belasting 6 tot 8 uur.",
         f"Vuistregel uit {T.ARTIKEL}."),
        ("Vrijgesteld per lid per week", week, "dec1",
         "Gemiddeld 6,6 uur per week vrijgesteld, terwijl OR-leden 8,1 uur aan OR-werk "
         "besteden; 36% van de OR'en krijgt te weinig tijd.", MONITOR + "."),
        ("Voorzitter tegenover gewoon lid", f"{one.format(vz='Vz_uren', secr=0)}/{member}",
         "ratio", "Voorzitter en secretaris hebben vaak het dubbele aantal uren nodig "
         "(factor 2).", RENDEMENT_2021 + "."),
        ("Secretaris tegenover gewoon lid", f"{one.format(vz=0, secr='Secr_uren')}/{member}",
         "ratio", "Idem: vaak het dubbele (factor 2).", RENDEMENT_2021 + "."),
        ("Ambtelijk secretaris per zetel per week", "Bg_as_uren", "dec1",
         "1,5 tot 2 uur per zetel per week in cao's; cao GGZ ten minste 2.",
         "Cao GGZ; Schateiland, 'Recht op een ambtelijk secretaris'."),
    ]
    for label, f, nf, practice, source in rows:
        r += 1
        sh.text(f"A{r}", label)
        sh.rng(f"A{r}").IsTextWrapped = True
        need(r, label, WIDTHS[0])
        need(r, source, WIDTHS[5])
        need(r, practice, WIDTHS[2] + WIDTHS[3] + WIDTHS[4])
        sh.formula(f"B{r}", f'IFERROR({f};{NEEDS_EXT})', None, nf)
        sh.text(f"C{r}", practice, "OR Bron")
        sh.rng(f"C{r}:E{r}").merge(True)
        sh.text(f"F{r}", source, "OR Bron")
    return r


def _build_inputs_and_departments(doc, sh, T, ser, need, top, heights):
    """The inputs (yellow) with a check next to each, from row top; then the
    backfill per department. Returns the named cells and the department
    expressions used by the lines."""
    r = top
    sh.text(f"A{r}", INPUTS_TITLE, "OR Sectie")
    r += 1
    txt = ("Vul de gele cellen in. Een leeg bedrag, tekst of een negatief bedrag telt niet "
           "als 0: de post blijft dan buiten de totalen en de kolom Controle zegt waarom. "
           "Bedragen per jaar, tenzij anders vermeld.")
    _note(sh, heights, r, txt)
    r += 1
    for col, head in zip("ABCDF", ["Gegeven", "Waarde", "Eenheid", "Controle",
                                   "Toelichting en bron"]):
        sh.text(f"{col}{r}", head, "OR Kop")
    sh.text(f"E{r}", "", "OR Kop")
    first_row = top
    # Rate year of the SER table for the training line: the budget year, or
    # the latest earlier year whose rate for the chosen form is filled in.
    budget_year = 'IF(N(Begrotingsjaar)=0;9999;Begrotingsjaar)'
    tariefjaar = (f'SUMPRODUCT(MAX(ISNUMBER({ser["years"]})*({ser["years"]}<={budget_year})*'
                  f'ISNUMBER(IF(Bg_vorm="open";{ser["open"]};{ser["maat"]}))*{ser["years"]}))')
    rows = input_rows(ser)
    named = {}

    def rate_year_row(r):
        """The computed rate year, right under the rate (named first: the
        rate's default formula refers to it)."""
        sh.text(f"A{r}", "Tariefjaar SER-richtbedrag (berekend)")
        sh.rng(f"A{r}").IsTextWrapped = True
        sh.formula(f"B{r}", tariefjaar, "OR Uitkomst", "year")
        sh.formula(f"F{r}", '"Het begrotingsjaar, of het laatste jaar met een ingevuld '
                            'richtbedrag (blad Eerste jaar)."', "OR Bron")
        sh.formula(f"D{r}", 'IF(AND(ISFORMULA(Bg_tarief);N(Begrotingsjaar)>Bg_tariefjaar);'
                            '"Let op: het SER-richtbedrag voor "&Begrotingsjaar&" staat nog '
                            'niet in de tabel; gerekend met dat van "&Bg_tariefjaar&". Vul het '
                            'in (ser.nl) of typ een offertetarief.";"")', "OR Waarschuwing")
        sh.rng(f"D{r}:E{r}").merge(True)
        need(r, "x" * 170, WIDTHS[3] + WIDTHS[4])

    for name, label, default, unit, nf, kind, note in rows:
        r += 1
        if name is None:
            sh.text(f"A{r}", label, "OR Sectie")
            continue
        if name == "Bg_tarief":
            T.name_cell(doc, "Bg_tariefjaar", SHEET, f"B{r + 1}")
        b = f"B{r}"
        sh.text(f"A{r}", label)
        sh.rng(f"A{r}").IsTextWrapped = True
        need(r, label, WIDTHS[0])
        need(r, note, WIDTHS[5])
        need(r, "x" * 100, WIDTHS[3] + WIDTHS[4])  # the longest check text
        if kind == "formula":
            sh.formula(b, default, "OR Invoer", nf)
        elif default is None:
            sh.blank(b, "OR Invoer", nf)
        elif isinstance(default, str):
            sh.text(b, default, "OR Invoer")
        else:
            sh.value(b, default, "OR Invoer", nf)
        sh.text(f"C{r}", unit or "")
        sh.text(f"F{r}", note, "OR Bron")
        T.name_cell(doc, name, SHEET, b)
        named[name] = r
        check = _input_check(name, kind, default, nf)
        sh.formula(f"D{r}", check, "OR Waarschuwing")
        sh.rng(f"D{r}:E{r}").merge(True)
        if name == "Bg_tarief":
            r += 1
            rate_year_row(r)
            year_row = r
    sh.validity_list(f"B{named['Bg_budget']}", ["ja", "nee"], "Budget art. 22 lid 4",
                     "ja = er is een budget afgesproken; nee = geen budget.")
    sh.validity_list(f"B{named['Bg_btw']}", ["ja", "nee"], "Btw",
                     "ja = bedragen inclusief btw; nee = exclusief btw.")
    sh.validity_list(f"B{named['Bg_vorm']}", ["maatwerk", "open"], "Trainingsvorm",
                     "maatwerk (training voor de hele OR) of open (open inschrijving, per lid)")
    r += 1

    # Backfill per department (Leden sheet).
    r += 1
    leden_sheet = doc.Sheets.getByName(T.S_MEMBERS)
    dh = _find_row(leden_sheet, 1, lambda c: c.getString() == "Afdeling")
    leden = T.quote_sheet(T.S_MEMBERS)
    t_members = T.MEMBER_FIRST_ROW + T.MEMBER_ROWS
    sh.text(f"A{r}", f"{DEPT_TITLE} (praktijk of cao)", "OR Sectie")
    r += 1
    txt = ("Uren van de OR-leden per afdeling (blad Leden) x deel dat wordt vervangen x kosten "
           "per uur. Een leeg deel per afdeling gebruikt het deel van de uitgangspunten.")
    _note(sh, heights, r, txt)
    r += 1
    for col, head in zip("ABCDEF", ["Afdeling", "Uren OR-leden", "Deel vervangen (eigen)",
                                    "Vervangen uren", "Kosten", "Controle"]):
        sh.text(f"{col}{r}", head, "OR Kop")
    d0 = r + 1
    for i in range(T.DEPT_ROWS + 1):
        r += 1
        if i < T.DEPT_ROWS:
            src = dh + 1 + i
            sh.formula(f"A{r}", f'IF(${leden}.$B${src}="";"";${leden}.$B${src})')
            present = f'A{r}<>""'
            sh.blank(f"C{r}", "OR Invoer", "pct")
        else:
            src = dh + T.DEPT_ROWS + 1
            sh.text(f"A{r}", "Niet ingedeeld (afdeling ontbreekt op blad Leden)")
            sh.rng(f"A{r}").IsTextWrapped = True
            present = f'ROUND(N(${leden}.$D${src});6)<>0'
            sh.blank(f"C{r}")
        sh.formula(f"B{r}", f'IF({present};N(${leden}.$D${src});"")', None, "int")
        share = f'IF(ISBLANK(C{r});Bg_verv_pct;C{r})'
        ok = f'{_ok(share)}*(N({share})<=1)'
        sh.formula(f"D{r}", f'IF(AND({present};{ok});B{r}*{share};"")', None, "int")
        sh.formula(f"E{r}", f'IF(AND(D{r}<>"";{_ok("Bg_verv_tarief")});D{r}*Bg_verv_tarief;"")',
                   None, "eur")
        sh.formula(f"F{r}",
                   f'IF(NOT({present});"";IF({ok};"";IF(AND(ISBLANK(C{r});'
                   f'ISBLANK(Bg_verv_pct));"Let op: vul het deel dat wordt vervangen in '
                   f'(Uitgangspunten).";"Let op: deel vervangen: een percentage van 0% tot '
                   f'100%.")))', "OR Waarschuwing")
    d1 = r
    r += 1
    sh.text(f"A{r}", "Totaal vervanging", "OR Totaal")
    sh.formula(f"B{r}", f"SUM(B{d0}:B{d1})", "OR Totaal", "int")
    sh.blank(f"C{r}", "OR Totaal")
    sh.formula(f"D{r}", f"SUM(D{d0}:D{d1})", "OR Totaal", "int")
    sh.formula(f"E{r}", f"SUM(E{d0}:E{d1})", "OR Totaal", "eur")
    sh.blank(f"F{r}", "OR Totaal")
    dept_total = r
    rng_a, rng_d = f"$A${d0}:$A${d1}", f"$D${d0}:$D${d1}"
    dept = {
        "members": f"COUNTA(${leden}.$B${T.MEMBER_FIRST_ROW}:$B${t_members - 1})",
        "invalid": f'SUMPRODUCT(({rng_a}<>"")*($B${d0}:$B${d1}<>"")*({rng_d}=""))',
        "total": f"$E${dept_total}",
        "hours": f"$D${dept_total}",
    }
    return {"dept": dept, "first_row": first_row, "last_row": r, "year_row": year_row,
            "inputs": named}


def _input_check(name, kind, default, nf):
    """The warning next to an input cell."""
    if kind == "choice":
        allowed = {"Bg_vorm": ("maatwerk", "open")}.get(name, ("ja", "nee"))
        return (f'IF(OR({name}="{allowed[0]}";{name}="{allowed[1]}");"";"Let op: kies '
                f'{allowed[0]} of {allowed[1]}.")')
    not_number = f'"Let op: geen getal; typ alleen een getal."'
    negative = '"Let op: negatief; vul 0 of meer in."'
    if kind == "amount":
        empty = '"Let op: leeg; vul een bedrag in (0 als er niets is). Telt nu niet mee."'
        if nf == "pct":
            empty = '"Let op: leeg; vul een percentage in (0% als niemand wordt vervangen)."'
        elif nf == "int":
            empty = '"Let op: leeg; vul een aantal in (0 als er niets is). Telt nu niet mee."'
        pm = (f'IF(AND(ISTEXT({name});UPPER(TRIM({name}))="PM");"PM: nacalculatie, telt niet '
              f'mee in de totalen.";')
        extra = ""
        if nf == "pct":
            extra = f'IF({name}>1;"Let op: meer dan 100%.";"")'
        return (f'IF(ISBLANK({name});{empty};{pm}IF(NOT(ISNUMBER({name}));{not_number};'
                f'IF({name}<0;{negative};{extra or chr(34) * 2}))))')
    if kind == "formula":
        if name == "Bg_tarief":
            empty = ('"Let op: geen tarief voor "&Bg_tariefjaar&"; vul het SER-richtbedrag of '
                     'een offertetarief in."')
        elif name == "Bg_deelnemers":
            empty = '"Let op: vul op blad Invoer het aantal personen in, of hier een aantal."'
        else:
            empty = '"Let op: leeg; vul een aantal dagen in."'
        return (f'IF(OR(ISBLANK({name});{name}="");{empty};IF(NOT(ISNUMBER({name}));'
                f'{not_number};IF({name}<0;{negative};"")))')
    shown = str(default).replace(".", ",")
    empty = f'"Let op: leeg; vul een waarde in (standaard {shown})."'
    extra = '""'
    if name == "Bg_km_jaar":
        extra = ('IF(N(Begrotingsjaar)>Bg_km_jaar;"Let op: controleer de vergoeding voor "'
                 '&Begrotingsjaar&" (Belastingdienst).";"")')
    elif name == "Bg_periode":
        extra = 'IF(Bg_periode=0;"Let op: de zittingsperiode is ten minste 1 jaar.";"")'
    return (f'IF(ISBLANK({name});{empty};IF(NOT(ISNUMBER({name}));{not_number};'
            f'IF({name}<0;{negative};{extra})))')


# ---------------------------------------------------------------------------
# The worked example (examples/voorbeeld-begroting.ods): own amounts are
# example values (no published typical amounts exist, docs/rules.md).

EXAMPLE = {
    "Bg_zaal": 1500,
    "Bg_as_tarief": 40,
    "Bg_deskundigen": 7500,
    "Bg_rechtsbijstand": "PM",
    "Bg_verk_kosten": 2400,
    "Bg_achterban": 1200,
    "Bg_jaarverslag": 800,
    "Bg_abonnementen": 450,
    "Bg_lidmaatschappen": 250,
    "Bg_faciliteiten": 1800,
    "Bg_km": 2400,
    "Bg_verv_pct": 0.5,
    "Bg_verv_tarief": 40,
}
# Department overrides of the share replaced (Leden's department order).
EXAMPLE_DEPT_SHARE = {"Productie": 1.0}


def named_address(doc, name):
    content = doc.NamedRanges.getByName(name).Content  # $Begroting.$B$40
    return content.split(".")[-1].replace("$", "")


def fill_example(doc):
    sheet = doc.Sheets.getByName(SHEET)
    for name, value in EXAMPLE.items():
        c = sheet.getCellRangeByName(named_address(doc, name))
        c.setString(value) if isinstance(value, str) else c.setValue(value)
    doc.calculateAll()
    r0 = find_row(sheet, DEPT_TITLE) + 3
    for r in range(r0, r0 + 12):
        dept = sheet.getCellByPosition(0, r - 1).getString()
        if dept in EXAMPLE_DEPT_SHARE:
            sheet.getCellRangeByName(f"C{r}").setValue(EXAMPLE_DEPT_SHARE[dept])
    doc.calculateAll()
    fit_rows(doc)


# ---------------------------------------------------------------------------
# Layout helpers for tools/demo.py and the tests.

def find_row(sheet, prefix, col=0, limit=300):
    """1-based row of the first cell in column col whose text starts with prefix."""
    for r in range(limit):
        if sheet.getCellByPosition(col, r).getString().startswith(prefix):
            return r + 1
    return None


def line_rows(sheet):
    """{key: 1-based row} of the cost lines (by their labels)."""
    out = {}
    for key, label, *_ in LINES:
        out[key] = find_row(sheet, label)
    return out
