"""The Scenario's sheet: 5 to 15 seats with the inputs of Invoer (ORSCENARIO),
hours per member per working week with the 4-hour signal, ambtelijk
secretaris hours, and a chart.

Names: Sc_zetels, Sc_uren, Sc_fte, Sc_weekuren, Sc_loonwaarde, Sc_secretaris,
Sc_signaal (the rows of the table)."""

from __future__ import annotations

import uno
from com.sun.star.awt import Rectangle
from com.sun.star.table import CellRangeAddress

from template_kit import ARTIKEL, MONITOR
from uren_sheet import ARGS

SHEET = "Scenario's"
PAGES = 1   # printed on this many pages (make_template.page_setup)
FIRST_ROW = 5           # seats 5..15 in rows 5..15
MATRIX = ("O", "S")     # the hidden columns of the ORSCENARIO array formula
SEATS = list(range(5, 16))


def build(book):
    sheet = book.doc.Sheets.getByName(SHEET)
    sh = book.sheet(SHEET)
    sh.widths(16, 22, 14, 22, 26, 26, 24, 26, 4, 22, 22, 22, 22)
    sh.text("A1", "Scenario's: 5 tot 15 zetels", "OR Titel")
    sh.note(2, "Zelfde uitgangspunten als blad Invoer; alleen het aantal zetels varieert. "
            "Zetels, uren en fte komen uit de matrixformule ORSCENARIO in de verborgen kolommen "
            "O tot en met S; kolom F is ORSECRETARIAAT.", "M", "OR Uitleg")
    heads = ["Zetels", "Uren per jaar", "fte", "Uren per lid per week",
             "Loonwaarde", "Ambtelijk secretaris, uren", "Vuistregel 4 uur", ""]
    for col, head in zip("ABCDEFGH", heads):
        sh.text(f"{col}4", head, "OR Kop")
    last = FIRST_ROW + len(SEATS) - 1
    # One ORSCENARIO array formula, all five columns (an .xlsx stores an
    # array formula at the size of its result), in hidden columns O:S;
    # the table shows its seats, hours and fte. The week figure uses the
    # working weeks of Invoer (ORSCENARIO's own column uses the weeks of the
    # officers' hours).
    rest = ARGS.split(";", 1)[1]
    m0, m1 = MATRIX
    sh.rng(f"{m0}{FIRST_ROW}:{m1}{last}").setArrayFormula(
        f'ORSCENARIO({SEATS[0]};{SEATS[-1]};{rest};Werkweek;Fte_weken)')
    for c in range(ord(m0) - 65, ord(m1) - 64):
        sheet.Columns.getByIndex(c).IsVisible = False
    for i in range(len(SEATS)):
        r = FIRST_ROW + i
        for col, src, fmt_name in (("A", m0, "int"), ("B", chr(ord(m0) + 1), "int"),
                                   ("C", chr(ord(m0) + 2), "fte")):
            sh.formula(f"{col}{r}", f"{src}{r}", None, fmt_name)
        sh.formula(f"D{r}", f"ORWEEKUREN(B{r};A{r};Werkweken)", None, "dec2")
        sh.formula(f"E{r}", f'IF(NOT(ISNUMBER(Uurtarief));"";B{r}*Uurtarief)', None, "eur")
        sh.formula(f"F{r}", f"ORSECRETARIAAT(A{r};2;Jaarweken)", None, "int")
        sh.formula(f"G{r}", f'IF(D{r}<4;"onder 4 uur";"")', "OR Signaal")
        sh.formula(f"H{r}", f'IF(A{r}=Zetels;"<- huidige OR";"")', "OR Bron")
    for name, col in (("Sc_zetels", "A"), ("Sc_uren", "B"), ("Sc_fte", "C"),
                      ("Sc_weekuren", "D"), ("Sc_loonwaarde", "E"), ("Sc_secretaris", "F"),
                      ("Sc_signaal", "G")):
        sh.name(name, f"{col}{FIRST_ROW}:{col}{last}")
    sh.optimal_rows(1, last)
    sh.note(last + 1, f"Vuistregel uit {ARTIKEL}, praktijk en geen wet: een gemiddelde OR "
            "heeft ten minste 4 uur per lid per week nodig, bij zware belasting 6 tot 8 uur; "
            "'onder 4 uur' markeert een rij daaronder. De standaardwaarden liggen aan de "
            f"onderkant van de praktijk: gemiddeld 6,6 uur vrijgesteld, 8,1 uur besteed "
            f"({MONITOR}). Ambtelijk secretaris: praktijk in cao's, meestal 1,5 tot 2 uur per "
            "zetel per week, hier 2; geen wettelijke norm.", "H")

    # Chart: hours as columns, fte as a line on the secondary axis.
    top = sheet.getCellByPosition(0, 3).Position.Y
    left = sheet.getCellByPosition(9, 3).Position.X
    width = sum(sheet.Columns.getByIndex(i).Width for i in range(9, 13))
    rect = Rectangle(left, top, width, 9000)
    src = CellRangeAddress()
    src.Sheet = sheet.RangeAddress.Sheet
    src.StartColumn, src.StartRow, src.EndColumn, src.EndRow = 0, 3, 2, last - 1
    charts = sheet.Charts
    if charts.hasByName("UrenFte"):
        charts.removeByName("UrenFte")
    charts.addNewByName("UrenFte", rect, (src,), True, True)
    chart = charts.getByName("UrenFte").EmbeddedObject
    chart.setDiagram(chart.createInstance("com.sun.star.chart.BarDiagram"))
    diagram = chart.Diagram
    diagram.Vertical = False
    diagram.NumberOfLines = 1
    diagram.HasSecondaryYAxis = True
    diagram.getDataRowProperties(1).Axis = 4  # ChartAxisAssign.SECONDARY_Y
    diagram.getDataRowProperties(0).FillColor = 0x4472C4
    diagram.getDataRowProperties(1).LineColor = 0xED7D31
    diagram.getDataRowProperties(1).LineWidth = 60
    chart.HasMainTitle = True
    chart.Title.String = "OR-uren en fte per aantal zetels"
    diagram.HasXAxisTitle = True
    diagram.XAxisTitle.String = "Zetels"
    diagram.HasYAxisTitle = True
    diagram.YAxisTitle.String = "Uren per jaar"
    diagram.HasSecondaryYAxisTitle = True
    diagram.SecondYAxisTitle.String = "fte"
    chart.HasLegend = True
    chart.Legend.Alignment = uno.Enum("com.sun.star.chart.ChartLegendPosition", "BOTTOM")
    sh.print_area(12, max(last + 1, 24))
