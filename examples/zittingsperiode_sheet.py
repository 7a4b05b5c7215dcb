"""The Zittingsperiode sheet: the OR's term (WOR art. 12: 3 years, or 2 or 4
by reglement, or half the members every 2 years) year by year, in the three
blocks of the Begroting.

Cash view (years 1..4): each year carries the regular lines of the
Begroting (block A, the lid-4 budget; block B without the elections); the
elections fall in their year (a new OR: year 1, and year 3 when half the
members step down every 2 years; an existing OR: the end of each cycle),
the start training and the initial guidance of a new OR in year 1 (blad
Eerste jaar). Beside it the accrual view: every one-off cost spread evenly
over the term, as the Begroting spreads the elections. Over the term both
views give the same total per block; no total adds blocks (the Begroting's
rule). Block C, the hours and their wage value, is a memo.

Names: Zp_titel; Zp_start, Zp_nieuw (inputs); Zp_jaren,
Zp_verkiezingen_aantal, Zp_verkiezing, Zp_starttraining, Zp_begeleiding,
Zp_waarschuwing; per year (a row of 4 cells): Zp_jaar, Zp_a_regulier,
Zp_a_verkiezingen, Zp_a_totaal, Zp_b_regulier, Zp_b_verkiezingen,
Zp_b_starttraining, Zp_b_begeleiding, Zp_b_totaal, Zp_uren, Zp_loonwaarde;
the term totals <row>_periode (cash) and the accrual <row>_verdeeld (per
year) and <row>_verdeeld_periode; Zp_controle.
"""

from __future__ import annotations

import template_kit as K
from template_kit import OR_OND

SHEET = "Zittingsperiode"
PAGES = 1   # one landscape page (scaled down only if needed)
YEARS = 4   # the longest term art. 12 allows
WIDTHS = (70, 26, 26, 26, 26, 30, 32, 32)   # A..H: 268 mm

# Rows of the table: (key, label, block); each has year cells B..E, the term
# total F and the accrual G (per year) and H (over the term).
ROWS = [
    ("a_regulier", "Budget, elk jaar", "A"),
    ("a_verkiezingen", None, "A"),   # only when the elections are in the budget
    ("a_totaal", "Totaal blok A", "A"),
    ("b_regulier", "Andere kosten, elk jaar", "B"),
    ("b_verkiezingen", None, "B"),
    ("b_starttraining", "Starttraining nieuwe OR", "B"),
    ("b_begeleiding", "Initiële begeleiding nieuwe OR", "B"),
    ("b_totaal", "Totaal blok B", "B"),
    ("uren", "OR-uren", "C"),
    ("loonwaarde", "Loonwaarde van de OR-uren", "C"),
]
BLOCK_TITLES = {
    "A": "A. Budget art. 22 lid 4",
    "B": "B. Andere kosten van de OR, buiten het budget",
    "C": "C. OR-tijd: memo, geen extra uitgave",
}

FLAG = "Bg_inbudget_verkiezingen"


def _year_formula(key, k):
    """The cash amount of row key in year k (1..4); "" after the term."""
    in_term = f"N(Zp_jaren)>={k}"
    election = (f'IF(Zp_nieuw="ja";MOD({k}-1;Bg_verk_interval)=0;'
                f'MOD({k};Bg_verk_interval)=0)')
    f = {
        "a_regulier": f'Bg_totaal_budget-IF({FLAG}="ja";N(Bg_post_verkiezingen);0)',
        "a_verkiezingen": f'IF({FLAG}="ja";IF({election};Zp_verkiezing;0);"")',
        "b_regulier": f'Bg_totaal_overig-IF({FLAG}="nee";N(Bg_post_verkiezingen);0)',
        "b_verkiezingen": f'IF({FLAG}="nee";IF({election};Zp_verkiezing;0);"")',
        "b_starttraining": f'IF(AND({k}=1;Zp_nieuw="ja");Zp_starttraining;0)',
        "b_begeleiding": f'IF(AND({k}=1;Zp_nieuw="ja");Zp_begeleiding;0)',
        "uren": "Uren_basis",
        "loonwaarde": "Bg_memo_loonwaarde",
    }[key]
    return f'IF({in_term};{f};"")'


def _spread_formula(key):
    """The accrual amount of row key per year: one-off costs spread evenly."""
    per_year_elections = "Zp_verkiezing*Zp_verkiezingen_aantal/Zp_jaren"
    f = {
        "a_regulier": f'Bg_totaal_budget-IF({FLAG}="ja";N(Bg_post_verkiezingen);0)',
        "a_verkiezingen": f'IF({FLAG}="ja";IF(Zp_verkiezing="";"";{per_year_elections});"")',
        "b_regulier": f'Bg_totaal_overig-IF({FLAG}="nee";N(Bg_post_verkiezingen);0)',
        "b_verkiezingen": f'IF({FLAG}="nee";IF(Zp_verkiezing="";"";{per_year_elections});"")',
        "b_starttraining": 'IF(Zp_nieuw="ja";IF(Zp_starttraining="";"";Zp_starttraining/Zp_jaren);0)',
        "b_begeleiding": 'IF(Zp_nieuw="ja";IF(Zp_begeleiding="";"";Zp_begeleiding/Zp_jaren);0)',
        "uren": "Uren_basis",
        "loonwaarde": "Bg_memo_loonwaarde",
    }[key]
    return f'IF(Zp_jaren="";"";{f})'


def build(book):
    sh = book.sheet(SHEET)
    sh.widths(*WIDTHS)
    sh.formula("A2", '"Organisatie: "&IF(ISBLANK(Organisatie);"vul in op blad Invoer";'
                     'Organisatie)&IF(Zetels="";"";" - "&Zetels&" "&IF(Zetels=1;"zetel";"zetels"))',
               "OR Uitleg")
    sh.note(3, "Links de kas: elke uitgave in het jaar waarin ze valt, zoals de verkiezingen "
            "en, voor een nieuwe OR, de starttraining en de eerste begeleiding in het eerste "
            "jaar. Rechts de toerekening: dezelfde eenmalige kosten gelijk verdeeld over de "
            "jaren, zoals de begroting de verkiezingen verdeelt. Over de hele periode zijn beide "
            "per blok gelijk. De blokken worden niet opgeteld, net als op blad Begroting.", "H")

    # Inputs and the figures taken from other sheets.
    sh.text("A5", "Uitgangspunten", "OR Sectie")
    interval_text = ('IF(Bg_verk_interval="";"";IF(Bg_aftreden="helft";"om de 2 jaar de helft '
                     'van de leden";"alle leden tegelijk, om de "&Bg_periode&" jaar"))')
    rows = [
        ("Zp_start", "Eerste jaar van de zittingsperiode", "=Begrotingsjaar", "year", True,
         '"Standaard het begrotingsjaar van blad Invoer."'),
        ("Zp_nieuw", "Nieuwe OR: eerste verkiezing en starttraining in het eerste jaar",
         "nee", None, True,
         f'"ja: de verkiezing, de starttraining en de initiële begeleiding vallen in het eerste '
         f'jaar, blad Eerste jaar, schatting van {OR_OND}; nee: een zittende OR, de volgende '
         f'verkiezing valt aan het eind van de periode."'),
        ("Zp_jaren", "Zittingsperiode van een lid, jaren", "=IF(Bg_verk_interval=\"\";\"\";"
         "Bg_periode)", "int", False,
         f'IF(Zp_jaren="";"Let op: WOR art. 12 staat 3 jaar toe, of 2 of 4 jaar volgens het '
         f'reglement; treedt de helft om de 2 jaar af, dan 4 jaar: blad Uitgangspunten.";'
         f'"Blad Uitgangspunten, WOR art. 12: aftreden "&{interval_text}&".")'),
        ("Zp_verkiezingen_aantal", "Verkiezingen in deze periode",
         '=IF(Zp_jaren="";"";Zp_jaren/Bg_verk_interval)', "int", False,
         'IF(Zp_jaren="";"";"Een verkiezing per "&Bg_verk_interval&" jaar"&IF(Bg_aftreden="helft";'
         '"; een verkiezing voor de helft van de zetels kost hier evenveel als een hele.";"."))'),
        ("Zp_verkiezing", "Kosten per verkiezing",
         '=IF(ISNUMBER(Bg_post_verkiezingen);Bg_post_verkiezingen*Bg_verk_interval;"")', "eur",
         False, '"Uren adviseur x uurtarief adviseur + externe kosten, blad Begroting."'),
        ("Zp_starttraining", "Starttraining: training, reiskosten trainer, zaal en verblijf",
         f'=IF(AND(Ej_training<>"";Ej_reiskosten<>"";{K.is_amount("Ej_zaal")};'
         f'{K.is_amount("Ej_verblijf")});Ej_training+Ej_reiskosten+Ej_zaal+Ej_verblijf;"")',
         "eur", False, '"Blad Eerste jaar. De uren van de leden tijdens de training vallen binnen '
                       'hun scholingsdagen; de cursuskosten komen er in het eerste jaar bij."'),
        ("Zp_begeleiding", "Initiële begeleiding door een ambtelijk secretaris",
         f'=IF({K.is_amount("Ej_begeleiding")};Ej_begeleiding;"")', "eur", False,
         '"Blad Eerste jaar."'),
    ]
    r = 5
    where = {}
    for name, label, value, nf, is_input, note in rows:
        r += 1
        sh.text(f"A{r}", label)
        sh.rng(f"A{r}").IsTextWrapped = True
        sh.put(f"B{r}", value, "OR Invoer" if is_input else "OR Uitkomst", nf)
        sh.name(name, f"B{r}")
        where[name] = r
    # The notes after all names exist (a note may name a later row).
    for name, label, value, nf, is_input, note in rows:
        r_ = where[name]
        sh.formula(f"C{r_}", note, "OR Bron")
        sh.merge(f"C{r_}:H{r_}")
        sh.red_when_let_op(f"C{r_}")
    sh.validity_list(f"B{where['Zp_nieuw']}", ["ja", "nee"], "Nieuwe OR",
                     "ja: eerste verkiezing en starttraining in het eerste jaar; nee: zittende OR.")
    sh.number_validity(f"B{where['Zp_start']}", 1900, 2200, "Een jaartal, bijvoorbeeld 2027.")
    sh.formula("A1", '"Zittingsperiode"&IF(Zp_jaren="";"";" "&Zp_start&"-"&(Zp_start+Zp_jaren-1))'
                     '&": kosten per jaar en over de hele periode"', "OR Titel")
    sh.name("Zp_titel", "A1")
    r += 1
    warn = ('IF(Zp_jaren="";"Let op: de zittingsperiode klopt niet met WOR art. 12, zie hierboven.";'
            'IF(AND(Zp_nieuw<>"ja";Zp_nieuw<>"nee");"Let op: kies ja of nee bij nieuwe OR.";'
            'IF(NOT(AND(ISNUMBER(Zp_start);Zp_start>=1900));"Let op: vul het eerste jaar in.";'
            'IF(Zp_verkiezing="";"Let op: de kosten per verkiezing ontbreken, blad Begroting: '
            'de verkiezingen tellen niet mee.";'
            'IF(AND(Zp_nieuw="ja";OR(Zp_starttraining="";Zp_begeleiding=""));"Let op: vul op '
            'blad Eerste jaar de kosten van starttraining, zaal, verblijf en begeleiding in: ze '
            'tellen nu niet mee.";"")))))')
    sh.formula(f"A{r}", warn, "OR Bron")
    sh.merge(f"A{r}:H{r}")
    sh.red_when_let_op(f"A{r}")
    sh.name("Zp_waarschuwing", f"A{r}")

    # The table: cash per year, the term, the accrual.
    r += 2
    head = r
    sh.text(f"A{head}", "", "OR Kop")
    sh.text(f"B{head}", "Kas: uitgaven in het jaar waarin ze vallen", "OR Kop")
    sh.merge(f"B{head}:F{head}")
    sh.text(f"G{head}", "Toerekening: eenmalige kosten verdeeld", "OR Kop")
    sh.merge(f"G{head}:H{head}")
    for col in "BG":
        sh.rng(f"{col}{head}").HoriJustify = K.justify("CENTER")
    r += 1
    sh.text(f"A{r}", "Post", "OR Kop")
    cols = "BCDE"
    for k, col in enumerate(cols, start=1):
        sh.formula(f"{col}{r}", f'IF(N(Zp_jaren)>={k};"Jaar {k}: "&(Zp_start+{k - 1});"")',
                   "OR Kop")
    sh.text(f"F{r}", "Totaal periode", "OR Kop")
    sh.text(f"G{r}", "Per jaar", "OR Kop")
    sh.text(f"H{r}", "Totaal periode", "OR Kop")
    for col in "BCDEFGH":
        sh.rng(f"{col}{r}").HoriJustify = K.justify("RIGHT")
    sh.name("Zp_jaar", f"B{r}:E{r}")
    years_row = r
    block = None
    rows_of = {}
    manual = {}
    for key, label, blk in ROWS:
        if blk != block:
            block = blk
            r += 1
            sh.text(f"A{r}", BLOCK_TITLES[blk], "OR Sectie")
            sh.row_height(r, 7)
            manual[r] = 700
        r += 1
        rows_of[key] = r
        hours = key == "uren"
        nf = "int" if hours else "eur0"
        if label is None:   # the elections: shown in the block that has them
            flag = "ja" if blk == "A" else "nee"
            sh.formula(f"A{r}", f'IF({FLAG}="{flag}";"Verkiezingen";"")')
        else:
            sh.text(f"A{r}", label)
        total = key.endswith("totaal")
        if total:
            members = [k for k, _l, b in ROWS if b == blk and not k.endswith("totaal")]
            for col in cols + "FGH":
                cells = "+".join(f"N({col}{rows_of[m]})" for m in members)
                if col in cols:
                    k = cols.index(col) + 1
                    f = f'IF(N(Zp_jaren)>={k};{cells};"")'
                else:
                    f = f'IF(Zp_jaren="";"";{cells})'
                sh.formula(f"{col}{r}", f, "OR Totaal", nf)
            sh.rng(f"A{r}").CellStyle = "OR Totaal"
        else:
            for k, col in enumerate(cols, start=1):
                sh.formula(f"{col}{r}", _year_formula(key, k), None, nf)
            # The elections' row is empty in the block that does not carry them.
            empty = 'Zp_jaren=""'
            if label is None:
                empty = f'OR({empty};{FLAG}<>"{"ja" if blk == "A" else "nee"}")'
            sh.formula(f"F{r}", f'IF({empty};"";SUM(B{r}:E{r}))', None, nf)
            sh.formula(f"G{r}", _spread_formula(key), None, nf)
            sh.formula(f"H{r}", f'IF(OR(Zp_jaren="";G{r}="");"";G{r}*Zp_jaren)', None, nf)
        sh.name(f"Zp_{key}", f"B{r}:E{r}")
        sh.name(f"Zp_{key}_periode", f"F{r}")
        sh.name(f"Zp_{key}_verdeeld", f"G{r}")
        sh.name(f"Zp_{key}_verdeeld_periode", f"H{r}")
    last_table = r

    # Both views over the term, per block.
    r += 2
    same = ('AND(ROUND(Zp_a_totaal_periode;2)=ROUND(Zp_a_totaal_verdeeld_periode;2);'
            'ROUND(Zp_b_totaal_periode;2)=ROUND(Zp_b_totaal_verdeeld_periode;2))')
    sh.formula(f"A{r}", f'IF(Zp_jaren="";"";IF({same};"Kas en toerekening geven over de hele '
                        f'periode hetzelfde: blok A "&{K.nl_euro("Zp_a_totaal_periode")}&", blok B "&'
                        f'{K.nl_euro("Zp_b_totaal_periode")}&".";"Let op: kas en toerekening '
                        f'verschillen; controleer de posten die niet meetellen."))', "OR Bron")
    sh.merge(f"A{r}:H{r}")
    sh.red_when_let_op(f"A{r}")
    sh.name("Zp_controle", f"A{r}")
    r += 2
    notes = [
        "Toelichting",
        "Blok A en B per jaar zijn de totalen van blad Begroting; de verkiezingen staan in het "
        "blok waar hun keuze 'in budget' ze zet. Blok B per jaar is zonder de verkiezingen, die "
        "hier in hun eigen jaar vallen. Bedragen in prijzen van het begrotingsjaar, zonder "
        "indexering.",
        "Verkiezingsjaar, WOR art. 12: een nieuwe OR kiest in het eerste jaar; een zittende OR "
        "kiest aan het eind van de periode voor de volgende. Treedt de helft om de 2 jaar af, "
        "dan is er elke 2 jaar een verkiezing. Een tussentijdse vacature vult het reglement, "
        "art. 10: geen verkiezing hier.",
        "Het aantal zetels blijft de hele zittingsperiode gelijk, ook als het aantal personen "
        "verandert, WOR art. 6 lid 6.",
    ]
    sh.text(f"A{r}", notes[0], "OR Sectie")
    for i, t in enumerate(notes[1:]):
        sh.note(r + 1 + i, t, "H")
    end = r + len(notes) - 1
    sh.repeat_rows(1, 2)
    sh.print_area(7, end)
    _LAYOUT.update(last=end, manual=manual)
    refit(book.doc)
    return rows_of


_LAYOUT = {}


def refit(doc):
    K.refit_rows(doc, SHEET, _LAYOUT.get("last", 0), _LAYOUT.get("manual"))


EXAMPLE = {"Zp_nieuw": "ja"}
