"""The Realisatie sheet: what was really spent per quarter against the
Begroting, per block: A the lid-4 budget (euros), B the other costs (euros),
C the OR time (hours, and their wage value as a memo).

A quarter is reported when its cell holds a number of 0 or more: an empty
quarter is not yet reported, never 0, and text or a negative amount is
flagged and stays out of the totals (the sheet says how many quarters are
reported, per block). Per block: spent so far, remaining, the share spent,
the quarters reported and a forecast at the same pace. Block A warns from a
threshold (default 80 %) and when the budget is used up: spending more needs
the employer's consent (WOR art. 22 lid 4); B and C give an amber signal
when they run above their estimate. A chart shows the cumulative spending of
A and B against the budget, the threshold and B's estimate.

Names: Rl_titel, Rl_drempel, Rl_status, Rl_ongeldig; per block x in a, b, c:
Rl_x_kwartalen (the four input cells), Rl_x_begroot, Rl_x_besteed, Rl_x_rest,
Rl_x_pct, Rl_x_aantal (quarters reported), Rl_x_prognose, Rl_x_melding,
Rl_x_ongeldig; Rl_c_loonwaarde (the memo row's four cells) and
Rl_c_loonwaarde_besteed; Rl_grafiek (the chart's data).
"""

from __future__ import annotations

import uno
from com.sun.star.awt import Rectangle
from com.sun.star.table import CellRangeAddress

import template_kit as K

SHEET = "Realisatie"
PAGES = 1   # one landscape page (scaled down only if needed)
WIDTHS = (58, 24, 20, 20, 20, 20, 24, 24, 16, 24, 23)   # A..K: 273 mm
QUARTERS = "CDEF"

# The threshold as a share; an invalid one (flagged next to it) never warns.
THRESHOLD = f'IF(AND({K.is_amount("Rl_drempel")};N(Rl_drempel)<=1);N(Rl_drempel);2)'

BLOCKS = [
    ("a", "A. Budget art. 22 lid 4", "Bg_totaal_budget", "eur"),
    ("b", "B. Andere kosten, buiten het budget", "Bg_totaal_overig", "eur"),
    ("c", "C. OR-tijd, uren", "Uren_basis", "int"),
]


def _message(x, r, budget, unit_eur):
    """The line under block x's row r: bad input, the warning of block A,
    the signals of B and C, or how many quarters are reported."""
    q = f"C{r}:F{r}"
    bad = f"Rl_{x}_ongeldig"
    n = f"Rl_{x}_aantal"
    pct = K.nl_number(f"(I{r}*100)", 1, trim=True) + '&"%"'
    shown = (lambda e: K.nl_euro(e)) if unit_eur else (lambda e: K.nl_number(e) + '&" uur"')
    which = "&".join(f'IF(AND(NOT(ISBLANK({c}{r}));NOT({K.is_amount(f"{c}{r}")}));'
                     f'", kwartaal {i + 1}";"")' for i, c in enumerate(QUARTERS))
    bad_text = (f'"Let op: "&{bad}&" "&{K.plural(bad, "invoer is", "invoeren zijn")}&" geen '
                f'getal van 0 of meer en "&{K.plural(bad, "telt", "tellen")}&" niet mee: "&'
                f'MID({which};3;200)&"."')
    reported = f'{n}&" van 4 kwartalen gerapporteerd"'
    if x == "a":
        verdict = (f'IF(G{r}>={budget};"Let op: het budget is op, "&{pct}&" besteed. Meer '
                   f'uitgeven kan alleen met toestemming van de ondernemer, WOR art. 22 lid 4.";'
                   f'IF(G{r}>={THRESHOLD}*{budget};"Let op: al "&{pct}&" van het budget '
                   f'besteed, de grens is "&{K.nl_number("(Rl_drempel*100)", 1, trim=True)}&"%. '
                   f'Vraag de ondernemer tijdig om toestemming als het budget niet genoeg is: '
                   f'meer uitgeven kan alleen daarmee, WOR art. 22 lid 4.";'
                   f'IF(K{r}>{budget};"Signaal: bij dit tempo komt het jaar uit op "&'
                   f'{shown(f"K{r}")}&", boven het budget; "&{reported}&".";'
                   f'{reported}&"; binnen het budget.")))')
    else:
        what = "de raming" if x == "b" else "de begrote uren"
        verdict = (f'IF(G{r}>{budget};"Signaal: meer dan {what}: "&{pct}&"; "&{reported}&".";'
                   f'IF(K{r}>{budget};"Signaal: bij dit tempo komt het jaar uit op "&'
                   f'{shown(f"K{r}")}&", boven {what}; "&{reported}&".";'
                   f'{reported}&"; binnen {what}."))')
    return (f'IF({bad}>0;{bad_text};IF({n}=0;"Nog geen kwartaal gerapporteerd: een leeg '
            f'kwartaal telt niet als 0.";IF({budget}="";"Let op: nog geen begroot bedrag, blad '
            f'Begroting.";{verdict})))')


def build(book):
    doc = book.doc
    sheet = doc.Sheets.getByName(SHEET)
    sh = book.sheet(SHEET)
    sh.widths(*WIDTHS)
    sh.formula("A1", '"Realisatie"&IF(ISBLANK(Begrotingsjaar);"";" "&Begrotingsjaar)&'
                     '": besteed tegenover begroot, per kwartaal"', "OR Titel")
    sh.name("Rl_titel", "A1")
    sh.formula("A2", '"Organisatie: "&IF(ISBLANK(Organisatie);"vul in op blad Invoer";'
                     'Organisatie)&IF(Zetels="";"";" - "&Zetels&" "&IF(Zetels=1;"zetel";"zetels"))',
               "OR Uitleg")
    sh.note(3, "Vul per kwartaal in wat werkelijk is uitgegeven en hoeveel uren de OR-leden "
            "werkelijk aan OR-werk besteedden: de gele cellen, bijvoorbeeld uit de "
            "financiële administratie en de urenregistratie. Een leeg kwartaal is nog niet "
            "gerapporteerd en telt niet als 0; typ 0 als er niets is uitgegeven. Tekst of een "
            "negatief bedrag telt niet mee en wordt gemeld. Begroot: de drie blokken van blad "
            "Begroting.", "K")
    sh.text("A5", "Waarschuwen vanaf")
    sh.value("B5", 0.8, "OR Invoer", "pct")
    sh.name("Rl_drempel", "B5")
    sh.number_validity("B5", 0, 1, "Een percentage van 0% tot 100%.")
    sh.formula("C5", f'IF(NOT(AND({K.is_amount("Rl_drempel")};N(Rl_drempel)<=1));"Let op: vul '
                     f'een percentage van 0% tot 100% in.";"Blok A waarschuwt vanaf dit deel, '
                     f'zodat de OR op tijd toestemming kan vragen als het budget niet genoeg is, '
                     f'WOR art. 22 lid 4.")', "OR Bron")
    sh.merge("C5:K5")
    sh.red_when_let_op("C5")

    head = 7
    heads = ["Blok", "Begroot", "Kwartaal 1", "Kwartaal 2", "Kwartaal 3", "Kwartaal 4",
             "Besteed tot nu", "Resterend", "Besteed", "Gerapporteerd", "Prognose jaar, "
             "zelfde tempo"]
    for col, h in zip("ABCDEFGHIJK", heads):
        sh.text(f"{col}{head}", h, "OR Kop")
        sh.rng(f"{col}{head}").CharHeight = 9.0
        if col != "A":
            sh.rng(f"{col}{head}").HoriJustify = K.justify("RIGHT")
    r = head
    block_rows = {}
    for x, label, budget, nf in BLOCKS:
        r += 1
        block_rows[x] = r
        q = f"C{r}:F{r}"
        sh.text(f"A{r}", label)
        sh.rng(f"A{r}").IsTextWrapped = True
        sh.formula(f"B{r}", f'IF({budget}="";"";{budget})', None, nf)
        for c in QUARTERS:
            sh.blank(f"{c}{r}", "OR Invoer", nf)
            cell = f"{c}{r}"
            sh.conditional(cell, f'AND(NOT(ISBLANK({cell}));NOT({K.is_amount(cell)}))',
                           "OR Waarschuwing")
        # The counts in hidden columns L and M.
        sh.formula(f"L{r}", f'COUNTIFS({q};">=0")', None, "int")
        sh.name(f"Rl_{x}_aantal", f"L{r}")
        sh.formula(f"M{r}", f'COUNTA({q})-COUNTIFS({q};">=0")', None, "int")
        sh.name(f"Rl_{x}_ongeldig", f"M{r}")
        n = f"Rl_{x}_aantal"
        sh.formula(f"G{r}", f'IF({n}=0;"";SUMIFS({q};{q};">=0"))', None, nf)
        sh.formula(f"H{r}", f'IF(OR({n}=0;B{r}="");"";B{r}-G{r})', None, nf)
        sh.formula(f"I{r}", f'IF(OR({n}=0;B{r}="");"";IF(B{r}=0;"";G{r}/B{r}))', None, "pct")
        # "+0": Calc gives a formula that is one reference its source's format.
        sh.formula(f"J{r}", f"{n}+0", None, "van4")
        sh.formula(f"K{r}", f'IF({n}=0;"";G{r}/{n}*4)', None, nf)
        for col, name in (("B", "begroot"), ("G", "besteed"), ("H", "rest"), ("I", "pct"),
                          ("K", "prognose")):
            sh.name(f"Rl_{x}_{name}", f"{col}{r}")
        sh.name(f"Rl_{x}_kwartalen", q)
        for col in "GHIJK":
            sh.rng(f"{col}{r}").CharWeight = K.BOLD
        r += 1
        sh.formula(f"A{r}", _message(x, r - 1, f"B{r - 1}", nf == "eur"), "OR Bron")
        sh.merge(f"A{r}:K{r}")
        sh.red_when_let_op(f"A{r}")
        sh.conditional(f"A{r}", f'LEFT($A{r};8)="Signaal:"', "OR Signaal")
        sh.name(f"Rl_{x}_melding", f"A{r}")
    # Block C in euros: the wage value of the reported hours (a memo).
    c_row = block_rows["c"]
    r += 1
    sh.text(f"A{r}", "C. Loonwaarde van de gerapporteerde uren, memo")
    sh.rng(f"A{r}").IsTextWrapped = True
    sh.formula(f"B{r}", 'IF(Bg_memo_loonwaarde="";"";Bg_memo_loonwaarde)', None, "eur")
    for c in QUARTERS:
        sh.formula(f"{c}{r}", f'IF(AND({K.is_amount(f"{c}{c_row}")};ISNUMBER(Uurtarief));'
                              f'{c}{c_row}*Uurtarief;"")', None, "eur")
    sh.formula(f"G{r}", f'IF(OR(Rl_c_aantal=0;NOT(ISNUMBER(Uurtarief)));"";'
                        f'SUM(C{r}:F{r}))', None, "eur")
    sh.formula(f"H{r}", f'IF(OR(G{r}="";B{r}="");"";B{r}-G{r})', None, "eur")
    sh.name("Rl_c_loonwaarde", f"C{r}:F{r}")
    sh.name("Rl_c_loonwaarde_besteed", f"G{r}")
    for col in "ABCDEFGH":
        sh.rng(f"{col}{r}").CharColor = K.NOTE
    last_table = r
    r += 1
    n_bad = "Rl_a_ongeldig+Rl_b_ongeldig+Rl_c_ongeldig"
    sh.formula(f"L{r}", n_bad, None, "int")
    sh.name("Rl_ongeldig", f"L{r}")
    sh.formula(f"A{r}", '"Gerapporteerd: blok A "&Rl_a_aantal&", blok B "&Rl_b_aantal&", blok C "&'
                        'Rl_c_aantal&" van de 4 kwartalen."&IF(Rl_ongeldig=0;"";" Let op: "&'
                        'Rl_ongeldig&" ongeldige "&IF(Rl_ongeldig=1;"invoer";"invoeren")&", '
                        'rood gemarkeerd.")', "OR Bron")
    sh.merge(f"A{r}:K{r}")
    sh.name("Rl_status", f"A{r}")
    sh.rng(f"A{r}").CharWeight = K.BOLD
    for col in "LM":
        sheet.Columns.getByIndex(ord(col) - 65).IsVisible = False

    # The chart's data: cumulative spending of A and B per reported quarter.
    r += 2
    g0 = r
    sh.text(f"A{g0}", "Cumulatief per kwartaal", "OR Kop")
    for i, col in enumerate("BCDE"):
        sh.text(f"{col}{g0}", f"Kwartaal {i + 1}", "OR Kop")
        sh.rng(f"{col}{g0}").HoriJustify = K.justify("RIGHT")
    a_row, b_row = block_rows["a"], block_rows["b"]

    def cumulative(row, i):
        this = f"{QUARTERS[i]}{row}"
        upto = f"$C${row}:{QUARTERS[i]}${row}"
        return f'IF({K.is_amount(this)};SUMIFS({upto};{upto};">=0");"")'

    series = [
        ("Besteed blok A", lambda i: cumulative(a_row, i)),
        ("Besteed blok B", lambda i: cumulative(b_row, i)),
        ("Budget blok A", lambda i: f'IF(B{a_row}="";"";B{a_row})'),
        ("Waarschuwingsgrens blok A",
         lambda i: f'IF(OR(B{a_row}="";{THRESHOLD}>1);"";{THRESHOLD}*B{a_row})'),
        ("Raming blok B", lambda i: f'IF(B{b_row}="";"";B{b_row})'),
    ]
    for j, (label, f) in enumerate(series):
        rr = g0 + 1 + j
        sh.text(f"A{rr}", label)
        for i, col in enumerate("BCDE"):
            sh.formula(f"{col}{rr}", f(i), None, "eur")
    g1 = g0 + len(series)
    sh.name("Rl_grafiek", f"A{g0}:E{g1}")
    notes = [
        "Blok B volgt de begroting, met de verkiezingen verdeeld over de zittingsperiode: in "
        "een verkiezingsjaar valt de uitgave hoger uit, blad Zittingsperiode.",
        "De prognose rekent de gerapporteerde kwartalen door naar een heel jaar: een "
        "signaal, geen norm. Het budget van blok A is een afspraak volgens WOR art. 22 lid 4; "
        "blok B en C zijn ramingen.",
    ]
    for i, t in enumerate(notes):
        sh.note(g1 + 2 + i, t, "E")
    end = g1 + 2 + len(notes) - 1
    _LAYOUT.update(last=end)
    refit(doc)

    # Chart: bars for what was spent, lines for the budget, the threshold
    # and B's estimate.
    top = sheet.getCellByPosition(0, g0 - 1).Position.Y
    left = sheet.getCellByPosition(6, g0 - 1).Position.X
    width = sum(sheet.Columns.getByIndex(i).Width for i in range(6, 11))
    rect = Rectangle(left - sheet.Columns.getByIndex(5).Width // 2, top,
                     width + sheet.Columns.getByIndex(5).Width // 2, 8200)
    src = CellRangeAddress()
    src.Sheet = sheet.RangeAddress.Sheet
    src.StartColumn, src.StartRow, src.EndColumn, src.EndRow = 0, g0 - 1, 4, g1 - 1
    charts = sheet.Charts
    if charts.hasByName("Realisatie"):
        charts.removeByName("Realisatie")
    # Calc makes no data series from cells that are all text (the empty
    # template): numbers stand in while the chart is made.
    data = sh.rng(f"B{g0 + 1}:E{g1}")
    formulas = data.getFormulaArray()
    data.setDataArray(tuple(tuple(1.0 for _ in row) for row in formulas))
    charts.addNewByName("Realisatie", rect, (src,), True, True)
    chart = charts.getByName("Realisatie").EmbeddedObject
    chart.setDiagram(chart.createInstance("com.sun.star.chart.BarDiagram"))
    chart.Diagram.DataRowSource = uno.Enum("com.sun.star.chart.ChartDataRowSource", "ROWS")
    diagram = chart.Diagram
    diagram.Vertical = False
    diagram.NumberOfLines = 3
    colors = iter((0x4472C4, 0xA5A5A5, 0x2F5597, 0xC00000, 0x595959))
    for chart_type in chart.getFirstDiagram().getCoordinateSystems()[0].getChartTypes():
        for series in chart_type.getDataSeries():
            series.Color = next(colors)
            if "Line" in chart_type.ChartType:
                series.LineWidth = 60
    chart.HasMainTitle = True
    chart.Title.String = "Besteed tegenover begroot, cumulatief"
    diagram.HasYAxisTitle = True
    diagram.YAxisTitle.String = "Euro"
    chart.HasLegend = True
    chart.Legend.Alignment = uno.Enum("com.sun.star.chart.ChartLegendPosition", "RIGHT")
    data.setFormulaArray(formulas)
    sh.repeat_rows(1, 2)
    sh.print_area(10, max(end, g0 + 16))
    return block_rows


_LAYOUT = {}


def refit(doc):
    K.refit_rows(doc, SHEET, _LAYOUT.get("last", 0))


# Two quarters reported in the example (examples/voorbeeld-begroting.ods):
# own example values, below each block's estimate.
EXAMPLE = {
    "Rl_a_kwartalen": (4100, 6350),
    "Rl_b_kwartalen": (8900, 9000),
    "Rl_c_kwartalen": (366, 384),
}


def fill_example(doc):
    import book_names as N
    for name, values in EXAMPLE.items():
        cells = N.cells(doc, name)
        for i, v in enumerate(values):
            cells.getCellByPosition(i, 0).setValue(v)
