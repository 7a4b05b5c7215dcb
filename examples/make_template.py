#!/usr/bin/python3
"""Generates the OR budget template and the example workbook of ortijd.

    bash tools/run-python.sh examples/make_template.py [--oxt build/ortijd.oxt]

Writes (next to this script):
  or-begroting.ots          the template (Dutch), also packed into ortijd.oxt
                            and shown under File > New > Templates
  voorbeeld-begroting.ods   the template filled with the worked example of the
                            article "Hoeveel tijd heb ik nodig voor OR-werk?"
                            (7 seats, docs/rules.md), used by tools/demo.py

Why headless Calc and not hand-written ODF XML: the workbook has an array
formula, named ranges, validity lists, cell styles, page styles and a chart.
Calc writes all of that correctly, the stored formulas are exactly what Calc
stores for add-in calls (of:=NL.ORTIJD.ADDIN.HOURS(...)), and the cached
values are real results of the add-in (the file is recalculated before it is
stored). The price: generation needs LibreOffice and the built extension.
Everything the workbook contains is written below, so the files are
reproducible from this script; tests/integration/test_template.py
regenerates them in memory (build_workbook, fill_example) and compares every
cell's formula and value with the committed files (cell_dump, both
recalculated first: the budget year follows today's date).

Text rules (tests/text/check_text.py checks them): Dutch only, sources named
by title and publisher (docs/sources.md), notes at least 9 pt in dark grey,
one money format.

Run with the Python that has the UNO bridge (/usr/bin/python3, python3-uno)
and tools/ on the import path (tools/run-python.sh; ctest sets it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import uno
from com.sun.star.table import CellAddress, CellRangeAddress
from com.sun.star.awt import Rectangle

import begroting_sheet  # the Begroting sheet
from cells import used_block
from lo_session import LoSession

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

TEMPLATE = HERE / "or-begroting.ots"
EXAMPLE = HERE / "voorbeeld-begroting.ods"

TEMPLATE_FILTER = "calc8_template"
ODS_FILTER = "calc8"

NL = uno.createUnoStruct("com.sun.star.lang.Locale", "nl", "NL", "")

# Sheet names (users see them; the test and the demo look them up).
S_INPUT = "Invoer"
S_HOURS = "Urenstaat"
S_MEMBERS = "Leden"
S_SCEN = "Scenario's"
S_FIRST = "Eerste jaar"
S_BUDGET = begroting_sheet.SHEET
SHEETS = [S_INPUT, S_HOURS, S_MEMBERS, S_SCEN, S_FIRST, S_BUDGET]

# Layout constants shared with tools/demo.py and the integration test.
HOURS_FIRST_ROW = 6          # Urenstaat: ORURENSTAAT in A6:B13 (1-based rows)
MEMBER_FIRST_ROW = 6         # Leden: member rows 6..35
MEMBER_ROWS = 30
DEPT_ROWS = 10
SCEN_FIRST_ROW = 5           # Scenario's: seats 5..15 in rows 5..15
SCEN_SEATS = list(range(5, 16))

# ---------------------------------------------------------------------------
# Colours and styles

YELLOW = 0xFFF2CC   # input cells
GREY = 0xE7E6E6     # headers
GREEN = 0xE2EFDA    # key results
NOTE = 0x404040     # source notes: dark grey, readable on paper
RED = 0xC00000      # warnings


def _font_weight_bold():
    return 150.0  # com.sun.star.awt.FontWeight.BOLD


def _border(width=18, color=0xA6A6A6):
    line = uno.createUnoStruct("com.sun.star.table.BorderLine2")
    line.OuterLineWidth = width
    line.LineWidth = width
    line.Color = color
    return line


def make_styles(doc):
    """Creates the cell styles of the workbook (their names are Dutch)."""
    family = doc.StyleFamilies.getByName("CellStyles")

    def style(name, parent="Default", **values):
        if family.hasByName(name):
            st = family.getByName(name)
        else:
            st = doc.createInstance("com.sun.star.style.CellStyle")
            family.insertByName(name, st)
        st.ParentStyle = parent
        for key, value in values.items():
            setattr(st, key, value)
        return st

    unlocked = uno.createUnoStruct("com.sun.star.util.CellProtection")
    unlocked.IsLocked = False
    top = 2  # com.sun.star.table.CellVertJustify2.CENTER
    family.getByName("Default").VertJustify = top
    style("OR Titel", CharHeight=15.0, CharWeight=_font_weight_bold())
    style("OR Uitleg", CharHeight=10.0, CharColor=NOTE, IsTextWrapped=False)
    style("OR Sectie", CharWeight=_font_weight_bold(), CharHeight=11.0)
    style("OR Kop", CharWeight=_font_weight_bold(), CellBackColor=GREY,
          IsTextWrapped=True, VertJustify=top, BottomBorder=_border())
    style("OR Invoer", CellBackColor=YELLOW, CellProtection=unlocked,
          TopBorder=_border(), BottomBorder=_border(), LeftBorder=_border(),
          RightBorder=_border())
    style("OR Uitkomst")
    style("OR Kerncijfer", CharWeight=_font_weight_bold(), CellBackColor=GREEN)
    style("OR Bron", CharHeight=10.0, CharColor=NOTE, IsTextWrapped=True,
          VertJustify=top)
    style("OR Waarschuwing", CharColor=RED, CharHeight=10.0,
          IsTextWrapped=True, VertJustify=top)
    style("OR Totaal", CharWeight=_font_weight_bold(), TopBorder=_border(26, 0x000000))


class Formats:
    """Number formats (Dutch notation) by short name."""

    CODES = {
        "int": "#.##0",
        "dec1": "#.##0,0",
        "dec2": "#.##0,00",
        "fte": "0,00",
        "fte4": "0,0000",
        # One money format everywhere: euros with cents.
        "eur": "[$€-413] #.##0,00",
        "pct": "0,0%",
        "year": "0",
    }

    def __init__(self, doc):
        self._nf = doc.NumberFormats
        self._keys = {}

    def __getitem__(self, name):
        if name not in self._keys:
            code = self.CODES[name]
            key = self._nf.queryKey(code, NL, False)
            if key == -1:
                key = self._nf.addNew(code, NL)
            self._keys[name] = key
        return self._keys[name]


# ---------------------------------------------------------------------------

class Sheet:
    """Small writer for one sheet: A1 addresses, Dutch text, API formulas."""

    def __init__(self, doc, sheet, formats):
        self.doc, self.sh, self.fmt = doc, sheet, formats

    def rng(self, addr):
        return self.sh.getCellRangeByName(addr)

    def _finish(self, r, style, fmt):
        if style:
            r.CellStyle = style
        if fmt:
            r.NumberFormat = self.fmt[fmt]
        return r

    def text(self, addr, s, style=None):
        r = self.rng(addr)
        r.setString(s)
        return self._finish(r, style, None)

    def value(self, addr, v, style=None, fmt=None):
        r = self.rng(addr)
        r.setValue(v)
        return self._finish(r, style, fmt)

    def formula(self, addr, f, style=None, fmt=None):
        r = self.rng(addr)
        r.setFormula(f if f.startswith("=") else "=" + f)
        return self._finish(r, style, fmt)

    def blank(self, addr, style=None, fmt=None):
        r = self.rng(addr)
        r.setString("")
        return self._finish(r, style, fmt)

    def para(self, row, text, last_col, style="OR Uitleg"):
        """A wrapped paragraph merged over columns A..last_col of one row."""
        self.text(f"A{row}", text, style)
        r = self.rng(f"A{row}:{last_col}{row}")
        r.merge(True)
        r.IsTextWrapped = True
        return r

    def fit_height(self, row, text, width_mm, pt=9.0, extra_lines=0):
        """Row height for wrapped text in merged cells (Calc does not size
        those itself): an estimate of the lines at about 0.5 em a char."""
        per_line = max(1, int(width_mm / (pt * 0.3528 * 0.47)))
        lines = sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))
        lines += extra_lines
        self.sh.Rows.getByIndex(row - 1).Height = int((lines * pt * 0.3528 * 1.3 + 1.2) * 100)

    def note(self, row, text, last_col, style="OR Bron", pt=10.0):
        """A wrapped note merged over A..last_col of one row, with a height
        that shows all of it."""
        self.text(f"A{row}", text, style)
        r = self.rng(f"A{row}:{last_col}{row}")
        r.merge(True)
        r.IsTextWrapped = True
        width = sum(self.sh.Columns.getByIndex(i).Width
                    for i in range(ord(last_col) - 64)) / 100.0
        self.fit_height(row, text, width, pt)
        return r

    def widths(self, *mm):
        cols = self.sh.Columns
        for i, w in enumerate(mm):
            cols.getByIndex(i).Width = int(w * 100)

    def validity_list(self, addr, items, title, message):
        r = self.rng(addr)
        v = r.Validation
        v.Type = uno.Enum("com.sun.star.sheet.ValidationType", "LIST")
        v.setFormula1(";".join('"%s"' % i for i in items))
        v.ShowList = 1  # TableValidationVisibility.UNSORTED
        v.IgnoreBlankCells = True
        v.ShowInputMessage = True
        v.InputTitle = title
        v.InputMessage = message
        v.ShowErrorMessage = True
        v.ErrorAlertStyle = uno.Enum("com.sun.star.sheet.ValidationAlertStyle", "STOP")
        v.ErrorTitle = title
        v.ErrorMessage = "Kies uit de lijst: " + ", ".join(items)
        r.Validation = v

    def number_validity(self, addr, minimum, maximum, message):
        r = self.rng(addr)
        v = r.Validation
        v.Type = uno.Enum("com.sun.star.sheet.ValidationType", "DECIMAL")
        v.setOperator(uno.Enum("com.sun.star.sheet.ConditionOperator", "BETWEEN"))
        v.setFormula1(str(minimum))
        v.setFormula2(str(maximum))
        v.IgnoreBlankCells = True
        v.ShowErrorMessage = True
        v.ErrorAlertStyle = uno.Enum("com.sun.star.sheet.ValidationAlertStyle", "STOP")
        v.ErrorTitle = "Ongeldige invoer"
        v.ErrorMessage = message
        r.Validation = v

    def print_area(self, last_col, last_row):
        a = CellRangeAddress()
        a.Sheet = self.sh.RangeAddress.Sheet
        a.StartColumn, a.StartRow, a.EndColumn, a.EndRow = 0, 0, last_col, last_row - 1
        self.sh.setPrintAreas((a,))

    def optimal_rows(self, first, last):
        rows = self.sh.getCellRangeByName(f"A{first}:A{last}").Rows
        rows.OptimalHeight = True


def quote_sheet(name):
    """A sheet name as written in a formula: quoted unless it is a plain word."""
    if name.replace("_", "").isalnum():
        return name
    return "'" + name.replace("'", "''") + "'"


def name_cell(doc, name, sheet_name, addr):
    """Adds a workbook-wide named range pointing at one absolute cell."""
    col = "".join(c for c in addr if c.isalpha())
    row = "".join(c for c in addr if c.isdigit())
    content = f"${quote_sheet(sheet_name)}.${col}${row}"
    if doc.NamedRanges.hasByName(name):
        doc.NamedRanges.removeByName(name)
    doc.NamedRanges.addNewByName(name, content, CellAddress(0, 0, 0), 0)


# ---------------------------------------------------------------------------
# Sheet 1: Invoer (inputs)

# (name, label, default in the template, unit, note/source). name None: a
# section title; a default of None leaves an empty input cell.
# How the template names its sources (docs/sources.md): by title and
# publisher, never by file name.
ARTIKEL = "het artikel 'Hoeveel tijd heb ik nodig voor OR-werk?'"
VB = "Rekenvoorbeeld"  # short for the article's "Voorbeeldberekening"
OR_OND = "OR-ondersteuning (dienstverlening nieuwe OR)"

INPUT_ROWS = [
    (None, "Organisatie", None, None, None),
    ("Organisatie", "Naam organisatie", None, "", "Alleen voor de kop van de bladen."),
    ("Begrotingsjaar", "Begrotingsjaar", "=YEAR(TODAY())+1", "",
     "Standaard het komende jaar; typ een ander jaartal als u voor een ander jaar "
     "begroot."),
    ("Personen", "Aantal in de onderneming werkzame personen", None, "personen",
     "Bepaalt het aantal zetels (WOR art. 6 lid 1): minder dan 50: 3, 50-99: 5, "
     "100-199: 7, 200-399: 9, ..., ten hoogste 25. Een gemiddelde mag; 0 kan niet."),
    ("Reglement", "Zetels volgens OR-reglement (optioneel)", None, "zetels",
     "WOR art. 6 lid 1: de OR kan met toestemming van de ondernemer in zijn reglement "
     "een ander aantal leden vastleggen; dat gaat dan voor. Leeg = wettelijk aantal."),
    ("Zetels", "Aantal zetels (berekend)", "formula", "zetels",
     "Berekend met ORZETELS uit de twee regels hierboven."),
    (None, "Vergaderingen (WOR art. 17: vergadertijd is werktijd)", None, None, None),
    ("OV_aantal", "Overlegvergaderingen (OR en bestuurder) per jaar", 6, "per jaar",
     f"{VB}: 6. WOR art. 24: minimaal 2 per jaar."),
    ("OV_duur", "Duur van een overlegvergadering", 2, "uur", f"{VB}: 2 uur."),
    ("Verg_aantal", "OR-vergaderingen per jaar", 12, "per jaar", f"{VB}: 12."),
    ("Verg_duur", "Duur van een OR-vergadering", 2, "uur", f"{VB}: 2 uur."),
    ("Voorb_uren", "Voorbereiding per vergadering per lid", 2, "uur",
     f"{VB}: 2 uur per vergadering per OR-lid. Dat voorbereiding als vergadertijd "
     "telt, volgt uit rechtspraak en praktijk, niet uit de tekst van art. 17."),
    ("Comm_aantal", "Commissievergaderingen per jaar (blad Leden)", 0, "per jaar",
     "Eigen afspraak (niet in het rekenvoorbeeld). Telt alleen voor leden met rol "
     "'commissie' of 'beide' op het blad Leden, met dezelfde voorbereidingstijd."),
    ("Comm_duur", "Duur van een commissievergadering", 2, "uur", "Eigen afspraak."),
    (None, "Overige tijd en scholing (WOR art. 18)", None, None, None),
    ("Overige_uren", "Overige OR-tijd per lid per jaar", 60, "uur",
     "Onderling beraad, achterban, deskundigen. Wettelijk minimum 60 uur per jaar "
     "(WOR art. 18 lid 1 en 3), bovenop de vergadertijd."),
    ("Scholing_dagen", "Scholingsdagen per lid per jaar (Urenstaat)", 5, "dagen",
     "Minimum OR-lid 5, commissielid 3, beide 8 (WOR art. 18 lid 2 en 3; "
     "=SCHOLINGSDAGEN(rol)). Het blad Leden rekent per lid met zijn rol."),
    ("Uren_per_dag", "Uren per scholingsdag", 8, "uur", f"{VB}: 8 uur."),
    (None, "Dagelijks bestuur", None, None, None),
    ("Vz_uren", "Extra uren voorzitter per week", 2, "uur/week", f"{VB}: 2 uur, 52 weken."),
    ("Secr_uren", "Extra uren secretaris per week", 4, "uur/week", f"{VB}: 4 uur, 52 weken."),
    ("Jaarweken", "Weken per jaar (dagelijks bestuur, uren per week)", 52, "weken",
     f"{VB}: 52."),
    (None, "Omrekening naar fte en kosten", None, None, None),
    ("Werkweek", "Werktijd voltijder per week", 36, "uur/week",
     f"{VB}: 36 (gebruikelijk 36 tot 40). 36 x 52 = 1872 uur = 1 fte."),
    ("Fte_weken", "Weken per jaar voor fte", 52, "weken",
     "Bruto 52; of het aantal netto werkweken volgens uw cao."),
    ("Uurtarief", "Loonkosten per uur van een OR-lid (integraal)", None, "euro per uur",
     "Eigen invoer, bijvoorbeeld uit de salarisadministratie. Leeg = geen kosten "
     "berekend."),
]

INPUT_FIRST_ROW = 5
# Number formats of the input cells (Formats.CODES); hours get one decimal.
INPUT_FORMATS = {"Organisatie": None, "Begrotingsjaar": "year", "Uurtarief": "eur"}
HOURS_INPUTS = {"OV_duur", "Verg_duur", "Comm_duur", "Voorb_uren", "Uren_per_dag",
                "Vz_uren", "Secr_uren", "Werkweek"}


def input_address(name):
    row = INPUT_FIRST_ROW
    for n, *_ in INPUT_ROWS:
        if n == name:
            return f"B{row}"
        row += 1
    raise KeyError(name)


def build_input(doc, fmt):
    sh = Sheet(doc, doc.Sheets.getByName(S_INPUT), fmt)
    sh.widths(80, 24, 24, 105, 62)
    sh.text("A1", "OR-begroting: invoer", "OR Titel")
    sh.note(2, "Vul de gele cellen in; alle bladen rekenen direct mee. Standaardwaarden: "
            f"het rekenvoorbeeld uit {ARTIKEL}, en de WOR.", "E", "OR Uitleg", 10.0)
    sh.note(3, "Rekent met de LibreOffice-extensie ortijd (functies ORZETELS, ORUREN, "
            "ORURENSTAAT, ORFTE, ORWEEKUREN, SCHOLINGSDAGEN). Zonder extensie tonen "
            "cellen #NAAM?; de formules blijven bewaard.", "E", "OR Uitleg", 10.0)
    sh.text("A4", "Gegeven", "OR Kop")
    sh.text("B4", "Waarde", "OR Kop")
    sh.text("C4", "Eenheid", "OR Kop")
    sh.text("D4", "Toelichting en bron", "OR Kop")
    row = INPUT_FIRST_ROW
    for name, label, default, unit, note in INPUT_ROWS:
        a, b, c, d = (f"{x}{row}" for x in "ABCD")
        if name is None:
            sh.text(a, label, "OR Sectie")
            row += 1
            continue
        sh.text(a, label)
        nf = INPUT_FORMATS.get(name, "dec1" if name in HOURS_INPUTS else "int")
        if name == "Zetels":
            sh.formula(b, 'IF(ISBLANK(Personen);"";IF(ISBLANK(Reglement);'
                          'ORZETELS(Personen);ORZETELS(Personen;Reglement)))',
                       "OR Kerncijfer", nf)
        elif isinstance(default, str) and default.startswith("="):
            sh.formula(b, default, "OR Invoer", nf)
        elif default is None:
            sh.blank(b, "OR Invoer", nf)
        else:
            sh.value(b, default, "OR Invoer", nf)
        sh.text(c, unit or "")
        sh.text(d, note or "", "OR Bron")
        name_cell(doc, name, S_INPUT, b)
        row += 1
    last = row - 1
    # Plain checks next to the inputs (column E): red text when a number is
    # below a statutory minimum or something is missing.
    sh.text("E4", "Controle", "OR Kop")
    checks = {
        "Begrotingsjaar": 'IF(ISBLANK(Begrotingsjaar);"Vul het begrotingsjaar in.";"")',
        "Zetels": 'IF(ISBLANK(Personen);"Vul het aantal personen in (ook als het '
                  'reglement het aantal zetels bepaalt).";'
                  'IF(AND(ISBLANK(Reglement);N(Personen)<50);'
                  '"Onder 50 personen is een OR niet verplicht (WOR art. 2 lid 1).";""))',
        "OV_aantal": 'IF(OV_aantal<2;"WOR art. 24: minimaal 2 overlegvergaderingen per jaar.";"")',
        "Overige_uren": 'IF(Overige_uren<60;"Lager dan het wettelijk minimum van 60 uur '
                        '(WOR art. 18 lid 3).";"")',
        "Scholing_dagen": 'IF(Scholing_dagen<SCHOLINGSDAGEN("OR");"Lager dan het wettelijk '
                          'minimum van "&SCHOLINGSDAGEN("OR")&" dagen voor een OR-lid '
                          '(WOR art. 18 lid 3).";"")',
        "Uurtarief": 'IF(ISBLANK(Uurtarief);"Vul in om de kosten te berekenen.";"")',
    }
    # Every other number: an empty cell counts as 0 in the add-in functions
    # (only an omitted argument takes the default), so say so.
    for name, _, default, *_ in INPUT_ROWS:
        if name and isinstance(default, (int, float)) and name not in checks:
            checks[name] = (f'IF(ISBLANK({name});"Leeg telt als 0; vul een waarde in '
                            f'(standaard {str(default).replace(".", ",")}).";"")')
    for name, f in checks.items():
        r = input_address(name)[1:]
        sh.formula(f"E{r}", f, "OR Waarschuwing")
    sh.number_validity(input_address("Personen"), 0.01, 1000000000,
                       "Aantal personen: een getal groter dan 0.")
    sh.number_validity(input_address("Reglement"), 1, 1000,
                       "Zetels volgens reglement: een geheel getal van 1 tot en met 1000.")
    sh.optimal_rows(1, 1)
    sh.optimal_rows(4, last)
    sh.print_area(4, last)
    return last


# ---------------------------------------------------------------------------
# Sheet 2: Urenstaat (hours breakdown)

HOURS_ARGS = ("Zetels;OV_aantal;OV_duur;Verg_aantal;Verg_duur;Voorb_uren;Overige_uren;"
              "Scholing_dagen;Uren_per_dag;Vz_uren;Secr_uren;Jaarweken")

HOURS_EXPLAIN = [
    ('Zetels&" leden x "&OV_aantal&" OV x "&OV_duur&" uur"',
     "Overlegvergadering met de bestuurder: WOR art. 23 en 24 (minimaal 2 per jaar)."),
    ('Zetels&" leden x "&Verg_aantal&" vergaderingen x "&Verg_duur&" uur"',
     "Vergaderen in werktijd met behoud van loon: WOR art. 17."),
    ('Zetels&" leden x ("&OV_aantal&" + "&Verg_aantal&") vergaderingen x "&Voorb_uren&" uur"',
     "Voorbereiding telt als vergadertijd volgens rechtspraak en praktijk."),
    ('"som van de drie regels hierboven"',
     f"{VB}: 'Subtotaal uren op basis van overlegrecht'."),
    ('Zetels&" leden x "&Overige_uren&" uur"',
     "WOR art. 18 lid 1 en 3: minimaal 60 uur per lid per jaar, naast de vergadertijd."),
    ('Zetels&" leden x "&Scholing_dagen&" dagen x "&Uren_per_dag&" uur"',
     "WOR art. 18 lid 2 en 3. Het rekenvoorbeeld drukt hier '=924 uur' af: dat is het "
     "lopende subtotaal 504 + 420, niet de scholing (7 x 5 x 8 = 280)."),
    ('"("&Vz_uren&" + "&Secr_uren&") uur per week x "&Jaarweken&" weken"',
     f"{VB}: voorzitter 2 en secretaris 4 uur per week, 52 weken."),
    ('"subtotaal + overige tijd + scholing + dagelijks bestuur"',
     f"{VB}: 1516 uur bij 7 zetels."),
]


def build_hours(doc, fmt):
    sh = Sheet(doc, doc.Sheets.getByName(S_HOURS), fmt)
    sh.widths(60, 22, 70, 16, 28, 82)
    sh.text("A1", "Urenstaat OR-tijd per jaar", "OR Titel")
    sh.formula("A2", '"Organisatie: "&IF(ISBLANK(Organisatie);"(vul in op blad Invoer)";'
                     'Organisatie)&IF(ISBLANK(Begrotingsjaar);"";" - begroting "&Begrotingsjaar)',
               "OR Uitleg")
    sh.formula("A3", 'IF(Zetels="";"Vul op blad Invoer het aantal personen of zetels in.";'
                     '"Aantal zetels: "&Zetels&" (WOR art. 6 lid 1). Uren, fte en kosten '
                     'per jaar.")', "OR Uitleg")
    for col, head in zip("ABCDEF", ["Post", "Uren per jaar", "Berekening", "fte",
                                    "Kosten", "Bron"]):
        sh.text(f"{col}5", head, "OR Kop")
    first, last = HOURS_FIRST_ROW, HOURS_FIRST_ROW + 7
    block = sh.rng(f"A{first}:B{last}")
    block.setArrayFormula(f'IF(Zetels="";"";ORURENSTAAT({HOURS_ARGS}))')
    for i, (explain, source) in enumerate(HOURS_EXPLAIN):
        r = first + i
        sh.rng(f"B{r}").NumberFormat = fmt["int"]
        sh.formula(f"C{r}", f'IF(Zetels="";"";{explain})', "OR Bron")
        sh.formula(f"D{r}", f'IF(Zetels="";"";ORFTE(B{r};Werkweek;Fte_weken))', None, "fte")
        sh.formula(f"E{r}", f'IF(OR(Zetels="";ISBLANK(Uurtarief));"";B{r}*Uurtarief)',
                   None, "eur")
        sh.text(f"F{r}", source, "OR Bron")
    for r in (first + 3, last):  # subtotal and total
        for col in "ABDE":
            sh.rng(f"{col}{r}").CharWeight = _font_weight_bold()
    for col in "ABCDEF":
        sh.rng(f"{col}{last}").TopBorder = _border(26, 0)

    k = last + 2
    sh.text(f"A{k}", "Kerncijfers", "OR Sectie")
    key_rows = [
        ("Totaal OR-uren per jaar", f'IF(Zetels="";"";B{last})', "int",
         f"{VB}: 1516 uur bij 7 zetels (ORUREN)."),
        ("fte voor de OR", f'IF(Zetels="";"";ORFTE(B{last};Werkweek;Fte_weken))', "fte4",
         f"Uren / (werktijd per week x weken), ORFTE. {VB}: 36 uur x 52 = 1872 uur."),
        ("fte in procenten", f'IF(Zetels="";"";ORFTE(B{last};Werkweek;Fte_weken))', "pct", ""),
        ("Uren per lid per week", f'IF(Zetels="";"";ORWEEKUREN(B{last};Zetels;Jaarweken))',
         "dec2", f"ORWEEKUREN. Vuistregel uit {ARTIKEL} (praktijk, geen wet): minimaal "
         "4 uur per week, bij zware belasting 6 tot 8 uur."),
        ("Loonkosten OR-tijd per jaar", f'IF(OR(Zetels="";ISBLANK(Uurtarief));"";'
         f'B{last}*Uurtarief)', "eur", "Uren x loonkosten per uur (blad Invoer)."),
    ]
    for i, (label, f, nf, note) in enumerate(key_rows):
        r = k + 1 + i
        sh.text(f"A{r}", label)
        sh.formula(f"B{r}", f, "OR Kerncijfer", nf)
        sh.text(f"C{r}", note, "OR Bron")
        sh.rng(f"C{r}:F{r}").merge(True)
    r = k + 1 + len(key_rows)
    sh.formula(f"A{r}", f'IF(Zetels="";"";IF(B{k + 4}<4;"Let op: minder dan 4 uur per lid per '
                        f'week, de ondergrens van de vuistregel.";""))',
               "OR Waarschuwing")
    sh.rng(f"A{r}:F{r}").merge(True)
    n = r + 2
    notes = [
        "Toelichting",
        f"De regels en standaardwaarden komen uit het rekenvoorbeeld ('Voorbeeldberekening') "
        f"in {ARTIKEL} en uit de WOR; alle uitgangspunten staan op blad Invoer.",
        "Het fte-voorbeeld in dat artikel (1264 uur, 67,52 %) laat de voorbereidingstijd "
        "weg (1516 - 252 = 1264); deze begroting rekent met het totaal inclusief "
        "voorbereiding.",
        "Zet de uren als aparte kostenpost in de begroting, bijvoorbeeld onder algemene "
        "personele zaken (advies uit hetzelfde artikel). Verdeling per afdeling: blad Leden.",
    ]
    sh.text(f"A{n}", notes[0], "OR Sectie")
    end = n + len(notes) - 1
    sh.optimal_rows(1, end)
    for i, t in enumerate(notes[1:]):
        sh.note(n + 1 + i, t, "F")
    sh.print_area(5, end)


# ---------------------------------------------------------------------------
# Sheet 3: Leden (members) and the share per department

ROLES = ["OR", "commissie", "beide"]
DB_ROLES = ["voorzitter", "secretaris"]


def member_hours_formula(r):
    """Hours per year of the member in row r (native formula around ORUREN).

    ORUREN with one seat gives exactly one member's hours; the chair and the
    secretary carry the executive hours. A commission member who is not on
    the OR (3 training days) has no OR or joint meetings; commission
    meetings count for 'commissie' and 'beide' (not 5 days)."""
    days = f'IF(ISBLANK(G{r});F{r};G{r})'
    return (f'IF(B{r}="";"";ORUREN(1;IF(F{r}=3;0;OV_aantal);OV_duur;'
            f'IF(F{r}=3;0;Verg_aantal);Verg_duur;Voorb_uren;Overige_uren;{days};'
            f'Uren_per_dag;IF(E{r}="voorzitter";Vz_uren;0);'
            f'IF(E{r}="secretaris";Secr_uren;0);Jaarweken)'
            f'+IF(F{r}=5;0;Comm_aantal*(Comm_duur+Voorb_uren)))')


def build_members(doc, fmt):
    sh = Sheet(doc, doc.Sheets.getByName(S_MEMBERS), fmt)
    sh.widths(8, 40, 30, 22, 24, 24, 26, 18, 16, 16, 22)
    sh.text("A1", "Leden: uren, scholing en fte per lid", "OR Titel")
    sh.note(2, "Vul per lid naam, afdeling, rol en eventueel functie in het dagelijks "
            "bestuur in (gele cellen).", "K", "OR Uitleg", 10.0)
    sh.note(3, "Rol: OR, commissie (alleen lid van een vaste of onderdeelcommissie) of beide. "
            "Scholingsdagen: wettelijk minimum per rol (WOR art. 18 lid 3); spreekt u meer af, "
            "vul dan 'Dagen afgesproken' in. Uren per lid: ORUREN voor 1 zetel met de "
            "uitgangspunten van blad Invoer; voorzitter en secretaris dragen de uren van het "
            "dagelijks bestuur.", "K", "OR Uitleg", 10.0)
    sh.sh.Rows.getByIndex(3).Height = 200
    heads = ["Nr", "Naam", "Afdeling", "Rol", "Functie DB", "Dagen minimum",
             "Dagen afgesproken", "Uren per jaar", "Uren per week", "fte", "Kosten"]
    for col, head in zip("ABCDEFGHIJK", heads):
        sh.text(f"{col}5", head, "OR Kop")
    first, last = MEMBER_FIRST_ROW, MEMBER_FIRST_ROW + MEMBER_ROWS - 1
    for i in range(MEMBER_ROWS):
        r = first + i
        sh.value(f"A{r}", i + 1, None, "int")
        for col in "BCDEG":
            sh.blank(f"{col}{r}", "OR Invoer")
        sh.formula(f"F{r}", f'IF(B{r}="";"";SCHOLINGSDAGEN(IF(ISBLANK(D{r});"OR";D{r})))',
                   None, "int")
        sh.formula(f"H{r}", member_hours_formula(r), None, "int")
        sh.formula(f"I{r}", f'IF(B{r}="";"";ORWEEKUREN(H{r};1;Jaarweken))', None, "dec2")
        sh.formula(f"J{r}", f'IF(B{r}="";"";ORFTE(H{r};Werkweek;Fte_weken))', None, "fte4")
        sh.formula(f"K{r}", f'IF(OR(B{r}="";ISBLANK(Uurtarief));"";H{r}*Uurtarief)',
                   None, "eur")
    sh.validity_list(f"D{first}:D{last}", ROLES, "Rol",
                     "OR = OR-lid (5 dagen), commissie = alleen lid van een vaste of "
                     "onderdeelcommissie (3), beide = OR-lid en commissielid (8).")
    sh.validity_list(f"E{first}:E{last}", DB_ROLES, "Functie in het dagelijks bestuur",
                     "voorzitter of secretaris; leeg voor de andere leden.")
    sh.number_validity(f"G{first}:G{last}", 0, 366, "Scholingsdagen: 0 tot 366.")
    t = last + 1
    sh.text(f"B{t}", "Totaal", "OR Totaal")
    sh.formula(f"C{t}", f'COUNTA(B{first}:B{last})&IF(COUNTA(B{first}:B{last})=1;" lid";'
                        f'" leden")', "OR Totaal")
    for col, nf in (("F", "int"), ("H", "int"), ("J", "fte4"), ("K", "eur")):
        sh.formula(f"{col}{t}", f"SUM({col}{first}:{col}{last})", "OR Totaal", nf)
    for col in "ADEGI":
        sh.rng(f"{col}{t}").CellStyle = "OR Totaal"
    c = t + 1
    sh.text(f"B{c}", "Urenstaat (alle zetels als OR-lid)")
    sh.formula(f"H{c}", f'IF(Zetels="";"";INDEX($Urenstaat.B{HOURS_FIRST_ROW}:B'
                        f'{HOURS_FIRST_ROW + 7};8))', None, "int")
    sh.text(f"B{c + 1}", "Verschil leden - Urenstaat")
    sh.formula(f"H{c + 1}", f'IF(OR(Zetels="";COUNTA(B{first}:B{last})=0);"";H{t}-H{c})',
               None, "int")
    sh.formula(f"A{c + 2}", f'IF(OR(H{c + 1}="";H{c + 1}=0);"";"Het verschil komt door '
                            f'commissieleden, afgesproken dagen, functies in het dagelijks '
                            f'bestuur of een ander aantal leden dan zetels.")', "OR Bron")
    sh.rng(f"A{c + 2}:K{c + 2}").merge(True)

    # Share per department: backfill of exempted hours (practice or CAO, not
    # WOR art. 21; docs/rules.md).
    d0 = c + 4
    sh.sh.Rows.getByIndex(d0 - 1).IsStartOfNewPage = True  # departments on page 2
    sh.text(f"A{d0}", "Verdeling per afdeling: vervanging van vrijgestelde uren "
            "(praktijk of cao)", "OR Sectie")
    sh.note(d0 + 1, "Vul de afdelingen in (gele cellen). De manager die een OR-lid levert, "
            "krijgt een evenredig deel van de OR-fte beschikbaar, bijvoorbeeld voor "
            "vervanging, een tijdelijke aanstelling of het verschuiven van taken (advies uit "
            f"{ARTIKEL}). Dat is praktijk of een cao-afspraak, geen wetsartikel; de WOR "
            "(art. 21) bepaalt wel dat een OR-lid door zijn lidmaatschap niet mag worden "
            "benadeeld.", "K")
    h = d0 + 2
    for col, head in zip("BCDEFGH", ["Afdeling", "Leden", "Uren per jaar", "fte",
                                     "Aandeel", "Kosten", "Uren per week"]):
        sh.text(f"{col}{h}", head, "OR Kop")
    rng_b = f"$B${first}:$B${last}"
    rng_c = f"$C${first}:$C${last}"
    for i in range(DEPT_ROWS):
        r = h + 1 + i
        sh.blank(f"B{r}", "OR Invoer")
        sh.formula(f"C{r}", f'IF(B{r}="";"";COUNTIFS({rng_c};B{r};{rng_b};"<>"))', None, "int")
        sh.formula(f"D{r}", f'IF(B{r}="";"";SUMIF({rng_c};B{r};$H${first}:$H${last}))',
                   None, "int")
        sh.formula(f"E{r}", f'IF(B{r}="";"";ORFTE(D{r};Werkweek;Fte_weken))', None, "fte4")
        sh.formula(f"F{r}", f'IF(OR(B{r}="";N($H${t})=0);"";D{r}/$H${t})', None, "pct")
        sh.formula(f"G{r}", f'IF(OR(B{r}="";ISBLANK(Uurtarief));"";D{r}*Uurtarief)', None, "eur")
        sh.formula(f"H{r}", f'IF(B{r}="";"";ORWEEKUREN(D{r};1;Jaarweken))', None, "dec2")
    dl = h + DEPT_ROWS
    u = dl + 1
    sh.text(f"B{u}", "Niet ingedeeld (afdeling ontbreekt in de lijst)")
    sh.formula(f"D{u}", f'H{t}-SUM(D{h + 1}:D{dl})', None, "int")
    sh.formula(f"E{u}", f'ORFTE(D{u};Werkweek;Fte_weken)', None, "fte4")
    sh.formula(f"F{u}", f'IF(N(H{t})=0;"";D{u}/H{t})', None, "pct")
    sh.formula(f"I{u}", f'IF(ROUND(D{u};6)=0;"";"Controleer de afdelingsnamen.")',
               "OR Waarschuwing")
    sh.rng(f"I{u}:K{u}").merge(True)
    sh.optimal_rows(1, 1)
    sh.optimal_rows(5, d0)
    sh.optimal_rows(d0 + 2, u)
    sh.rng("A5:K5").Rows.OptimalHeight = True
    sh.print_area(10, u)
    return h


# ---------------------------------------------------------------------------
# Sheet 4: Scenario's (5..15 seats) with a chart

def build_scenarios(doc, fmt):
    sheet = doc.Sheets.getByName(S_SCEN)
    sh = Sheet(doc, sheet, fmt)
    sh.widths(18, 26, 18, 26, 26, 30, 30, 6, 22, 22, 22, 22, 22)
    sh.text("A1", "Scenario's: 5 tot 15 zetels", "OR Titel")
    sh.text("A2", "Zelfde uitgangspunten als blad Invoer; alleen het aantal zetels varieert. "
            "Kolommen A tot en met E zijn een matrixformule (ORSCENARIO); kolom F is "
            "ORSECRETARIAAT.", "OR Uitleg")
    heads = ["Zetels", "Uren per jaar", "fte", "Uren per lid per week", "Kosten",
             "Ambtelijk secretaris (uren)", ""]
    for col, head in zip("ABCDEFG", heads):
        sh.text(f"{col}4", head, "OR Kop")
    last = SCEN_FIRST_ROW + len(SCEN_SEATS) - 1
    # One array formula for the whole table: seats, hours (ORUREN), fte
    # (ORFTE), hours per member per week (ORWEEKUREN) and wage cost.
    rest = HOURS_ARGS.split(";", 1)[1]
    sh.rng(f"A{SCEN_FIRST_ROW}:E{last}").setArrayFormula(
        f'ORSCENARIO({SCEN_SEATS[0]};{SCEN_SEATS[-1]};{rest};Werkweek;Fte_weken;'
        f'IF(ISBLANK(Uurtarief);"";Uurtarief))')
    for col, fmt_name in zip("ABCDE", ("int", "int", "fte", "dec2", "eur")):
        sh._finish(sh.rng(f"{col}{SCEN_FIRST_ROW}:{col}{last}"), None, fmt_name)
    for i in range(len(SCEN_SEATS)):
        r = SCEN_FIRST_ROW + i
        sh.formula(f"F{r}", f"ORSECRETARIAAT(A{r};2;Jaarweken)", None, "int")
        sh.formula(f"G{r}", f'IF(A{r}=Zetels;"<- huidige OR";"")', "OR Bron")
    sh.optimal_rows(1, last)
    sh.note(last + 1, f"Vuistregel uit {ARTIKEL} (praktijk, geen wet): een gemiddelde OR "
            "heeft minimaal 4 uur per lid per week nodig, bij zware belasting 6 tot 8 uur. "
            "Ambtelijk secretaris: praktijk in cao's (meestal 1,5 tot 2 uur per zetel per "
            "week; hier 2), geen wettelijke norm.", "G")

    # Chart: hours as columns, fte as a line on the secondary axis.
    top = sheet.getCellByPosition(0, 3).Position.Y
    left = sheet.getCellByPosition(8, 3).Position.X
    width = sum(sheet.Columns.getByIndex(i).Width for i in range(8, 13))
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


# ---------------------------------------------------------------------------
# Sheet 5: Eerste jaar (first-year costs of a new OR: OR-ondersteuning's
# service description and the SER richtbedragen, docs/rules.md)

# The SER richtbedragen per dagdeel, excl. btw, for every year the sources
# verify (docs/sources.md); None: not verified, the cell asks the user.
SER_RATES = [
    # year, maatwerk per dagdeel (whole OR, per trainer), open per dagdeel per member, source
    (2013, 1094, 180, "Performa, 31-10-2012"),
    (2014, 1010, 180, "Performa, 04-11-2013"),
    (2015, 940, 185, "Performa, 13-11-2014"),
    (2016, 1015, 160, "Performa, 28-10-2015"),
    (2017, 995, 170, "SER, publicatie 'Richtbedragen 2017' (2016)"),
    (2018, 1000, 165, "Rendement, 01-11-2017; Performa, 31-10-2017"),
    (2019, 1025, 175, "Rendement, 24-10-2018"),
    (2020, 1055, 190, "Performa, 30-11-2020"),
    (2021, 1065, 190, "Performa, 30-11-2020; Nieuwsbrief Medezeggenschap, 03-11-2021"),
    (2022, 1100, 190, "Nieuwsbrief Medezeggenschap, 03-11-2021"),
    (2023, 1160, 190, "SER-nieuwsbericht 'Richtbedragen OR 2023' (genoemd door "
     "OR-ondersteuning); VCP; Rendement, 26-10-2022"),
    (2024, 1250, 200, "UOV; Performa, 02-11-2023"),
    (2025, None, None, "Nog niet ingevuld: zoek op ser.nl 'richtbedragen scholing en "
     "vorming 2025' en vul beide bedragen in."),
    (2026, None, None, "Nog niet ingevuld: zoek op ser.nl 'richtbedragen scholing en "
     "vorming 2026' en vul beide bedragen in."),
    (None, None, None, "Later jaar: vul jaar en bedragen in (ser.nl)."),
    (None, None, None, "Later jaar: vul jaar en bedragen in (ser.nl)."),
]


def build_first_year(doc, fmt):
    sh = Sheet(doc, doc.Sheets.getByName(S_FIRST), fmt)
    sh.widths(76, 24, 24, 26, 26, 100)
    sh.text("A1", "Eerste jaar van een nieuwe OR: uren en kosten", "OR Titel")
    sh.text("A2", f"Schattingen van {OR_OND} en SER-richtbedragen voor OR-scholing; "
            "alle bedragen excl. btw en aanpasbaar.", "OR Uitleg")
    sh.text("A4", "Uitgangspunten", "OR Kop")
    sh.text("B4", "Waarde", "OR Kop")
    sh.text("C4", "Bron", "OR Kop")
    sh.text("D4", "", "OR Kop")
    sh.text("E4", "", "OR Kop")
    sh.text("F4", "", "OR Kop")
    rows = [
        ("Deelnemers starttraining (zetels)", "=IF(Zetels=\"\";\"\";Zetels)", None, "int",
         "Blad Invoer (WOR art. 6 lid 1)."),
        ("Tariefjaar SER-richtbedragen", 0, "Tariefjaar", "year",
         "Standaard het begrotingsjaar; staat het richtbedrag van dat jaar nog niet in de "
         "tabel, dan het laatste jaar dat er wel in staat. U kunt een ander jaar typen."),
        ("Trainingsvorm", "maatwerk", "Vorm", None,
         "maatwerk = training voor de hele OR (tarief per dagdeel per trainer, zaal niet "
         "inbegrepen); open = open inschrijving (per dagdeel per lid, zaal inbegrepen)."),
        ("Trainingsdagen starttraining", 2, "Train_dagen", "int",
         f"{OR_OND}: starttraining van 2 dagen."),
        ("Dagdelen per dag", 2, "Dagdelen", "int",
         "SER-richtbedragen gelden per dagdeel (ochtend, middag of avond); een dag = 2 "
         "dagdelen."),
        ("Aantal trainers (maatwerk)", 1, "Trainers", "int",
         "Tweede trainer (dubbel tarief) bij meer dan 13 (SER 2013/2014) of 13 of meer "
         "(2017) deelnemers; daarna niet meer bevestigd."),
        ("Reisafstand trainer (alleen apart in de offerte)", 0, "Km", "int",
         "Het SER-richtbedrag omvat de reiskosten van de trainer. Alleen invullen als de "
         "offerte reiskosten apart rekent; anders tellen ze dubbel."),
        ("Kilometervergoeding trainer", 0.40, "Km_tarief", "eur",
         f"{OR_OND}: EUR 0,40 per km vanaf de woonplaats van de trainer."),
        ("Uurtarief voor verkiezingswerk (optioneel)", None, "Verk_tarief", "eur",
         "Bijvoorbeeld het tarief van een OR-adviesbureau; leeg = loonkosten per uur van "
         "blad Invoer."),
    ]
    r = 5
    names = {}
    for label, value, name, nf, source in rows:
        sh.text(f"A{r}", label)
        if isinstance(value, str) and value.startswith("="):
            sh.formula(f"B{r}", value, "OR Uitkomst", nf)
        elif value is None:
            sh.blank(f"B{r}", "OR Invoer", nf)
        elif isinstance(value, str):
            sh.text(f"B{r}", value, "OR Invoer")
        else:
            sh.value(f"B{r}", value, "OR Invoer", nf)
        sh.text(f"C{r}", source, "OR Bron")
        sh.rng(f"C{r}:F{r}").merge(True)
        sh.fit_height(r, source, 176.0)
        if name:
            name_cell(doc, name, S_FIRST, f"B{r}")
            names[name] = f"B{r}"
        r += 1
    sh.validity_list(names["Vorm"], ["maatwerk", "open"], "Trainingsvorm",
                     "maatwerk (training voor de hele OR) of open (open inschrijving, per lid)")
    n_deeln = "B5"
    warn_row = r  # filled in below, once the table exists
    r += 1

    # SER rate table.
    r += 1
    sh.text(f"A{r}", "SER-richtbedragen voor OR-scholing per dagdeel, excl. btw (WOR art. 22 "
            "lid 3)", "OR Sectie")
    r += 1
    for col, head in zip("ABCF", ["Jaar", "Maatwerk (hele OR)", "Open (per lid)",
                                  "Gepubliceerd in"]):
        sh.text(f"{col}{r}", head, "OR Kop")
    sh.text(f"D{r}", "", "OR Kop")
    sh.text(f"E{r}", "", "OR Kop")
    t0 = r + 1
    for year, maat, open_, source in SER_RATES:
        r += 1
        if year is None:
            sh.blank(f"A{r}", "OR Invoer", "year")
        else:
            sh.value(f"A{r}", year, None, "year")
        if maat is None:
            sh.blank(f"B{r}", "OR Invoer", "eur")
            sh.blank(f"C{r}", "OR Invoer", "eur")
        else:
            sh.value(f"B{r}", maat, None, "eur")
            sh.value(f"C{r}", open_, None, "eur")
        sh.text(f"F{r}", source, "OR Bron")
    t1 = r
    table = f"$A${t0}:$C${t1}"
    years, maat_col, open_col = (f"$A${t0}:$A${t1}", f"$B${t0}:$B${t1}", f"$C${t0}:$C${t1}")
    # Default rate year: the budget year, or the latest earlier year whose
    # rate for the chosen form is filled in.
    budget_year = 'IF(N(Begrotingsjaar)=0;9999;Begrotingsjaar)'
    sh.formula(names["Tariefjaar"],
               f'SUMPRODUCT(MAX(ISNUMBER({years})*({years}<={budget_year})*'
               f'ISNUMBER(IF(Vorm="open";{open_col};{maat_col}))*{years}))',
               "OR Invoer", "year")
    r += 1
    sh.text(f"A{r}", "Gekozen tarief per dagdeel")
    sh.formula(f"B{r}", f'IFERROR(1/(1/VLOOKUP(Tariefjaar;{table};IF(Vorm="open";3;2);0));"")',
               "OR Uitkomst", "eur")
    rate = f"B{r}"
    sh.formula(f"F{r}", f'IF({rate}="";"";IF(Vorm="open";"Open inschrijving, per lid per '
                        f'dagdeel.";"Maatwerk, per dagdeel per trainer voor de hele OR."))',
               "OR Bron")
    sh.formula(f"A{warn_row}",
               f'IF({rate}="";"Geen SER-richtbedrag voor "&Tariefjaar&" in de tabel hieronder: '
               f'vul het in (ser.nl, richtbedragen scholing en vorming).";'
               f'IF(AND(N(Begrotingsjaar)>0;Tariefjaar<Begrotingsjaar);"Het SER-richtbedrag '
               f'voor "&Begrotingsjaar&" staat nog niet in de tabel; gerekend met dat van "'
               f'&Tariefjaar&". Vul het in zodra de SER het bekendmaakt (ser.nl, '
               f'richtbedragen scholing en vorming).";""))', "OR Waarschuwing")
    sh.rng(f"A{warn_row}:F{warn_row}").merge(True)

    # Cost lines.
    r += 2
    sh.text(f"A{r}", "Begroting eerste jaar", "OR Sectie")
    r += 1
    for col, head in zip("ABCDEF", ["Post", "Uren laag", "Uren hoog", "Kosten laag",
                                    "Kosten hoog", "Bron"]):
        sh.text(f"{col}{r}", head, "OR Kop")
    hourly = 'IF(ISBLANK(Verk_tarief);Uurtarief;Verk_tarief)'
    c0 = r + 1
    lines = [
        ("Verkiezingsprocedure", 15, 20, "hours",
         f"{OR_OND}: draaiboek, bekendmaking, kandidatenlijsten, vakbonden; geschat "
         "15-20 uur."),
        ("Verkiezingscampagne", 20, 25, "hours",
         f"{OR_OND}: voorlichting, kandidaten werven, campagnemateriaal; geschat "
         "20-25 uur."),
        ("Digitale verkiezingen (extern bureau)", None, None, "input",
         "Niet in de schatting: vraag een offerte aan, bijvoorbeeld bij het bureau dat "
         "OR-ondersteuning noemt (Inkesta)."),
        ("Starttraining: trainingskosten", None, None, "training",
         "SER-richtbedrag x dagdelen (x trainers bij maatwerk, x deelnemers bij open); "
         "inclusief voorbereiding, materiaal, verslag en reiskosten van de trainer."),
        ("Reiskosten trainer (alleen apart in de offerte)", None, None, "travel",
         "Kilometers x vergoeding hierboven; standaard 0, want het richtbedrag omvat ze."),
        ("Zaalhuur (conferentieruimte)", None, None, "input",
         "Bij maatwerk niet in het richtbedrag; bij open inschrijving wel. Eigen raming."),
        ("Reis- en verblijfkosten deelnemers", None, None, "input",
         f"Niet inbegrepen; een overnachting van de trainer op nacalculatie ({OR_OND}). "
         "Eigen raming."),
        ("Initiële begeleiding (ambtelijk secretaris)", None, None, "input",
         f"{OR_OND} noemt geen uren of tarief; de SER stelt hiervoor geen richtbedrag vast."),
    ]
    for label, low, high, kind, source in lines:
        r += 1
        sh.text(f"A{r}", label)
        sh.text(f"F{r}", source, "OR Bron")
        if kind == "hours":
            sh.value(f"B{r}", low, "OR Invoer", "int")
            sh.value(f"C{r}", high, "OR Invoer", "int")
            sh.formula(f"D{r}", f'IF(ISBLANK(Verk_tarief)*ISBLANK(Uurtarief);"";B{r}*{hourly})',
                       None, "eur")
            sh.formula(f"E{r}", f'IF(ISBLANK(Verk_tarief)*ISBLANK(Uurtarief);"";C{r}*{hourly})',
                       None, "eur")
        elif kind == "input":
            sh.blank(f"D{r}", "OR Invoer", "eur")
            sh.formula(f"E{r}", f'IF(ISBLANK(D{r});"";D{r})', None, "eur")
        elif kind == "training":
            f = (f'IF(OR({rate}="";{n_deeln}="");"";Train_dagen*Dagdelen*{rate}*'
                 f'IF(Vorm="open";{n_deeln};Trainers))')
            sh.formula(f"D{r}", f, None, "eur")
            sh.formula(f"E{r}", f"D{r}", None, "eur")
        elif kind == "travel":
            sh.formula(f"D{r}", "Km*Km_tarief", None, "eur")
            sh.formula(f"E{r}", f"D{r}", None, "eur")
    c1 = r
    r += 1
    sh.text(f"A{r}", "Totaal eerste jaar (extra kosten)", "OR Totaal")
    sh.formula(f"B{r}", f"SUM(B{c0}:B{c1})", "OR Totaal", "int")
    sh.formula(f"C{r}", f"SUM(C{c0}:C{c1})", "OR Totaal", "int")
    sh.formula(f"D{r}", f"SUM(D{c0}:D{c1})", "OR Totaal", "eur")
    sh.formula(f"E{r}", f"SUM(E{c0}:E{c1})", "OR Totaal", "eur")
    sh.text(f"F{r}", "", "OR Totaal")
    total_row = r
    sh.optimal_rows(warn_row, r)
    r += 2
    sh.note(r, "Niet in dit totaal: de tijd van de OR-leden zelf tijdens de starttraining "
            "(scholing in werktijd met behoud van loon, WOR art. 18 lid 2). Die valt binnen de "
            "scholingsdagen van de Urenstaat:", "F")
    r += 1
    sh.text(f"A{r}", "Uren OR-leden tijdens de starttraining")
    sh.formula(f"B{r}", f'IF({n_deeln}="";"";{n_deeln}*Train_dagen*Uren_per_dag)', None, "int")
    sh.formula(f"D{r}", f'IF(OR({n_deeln}="";ISBLANK(Uurtarief));"";B{r}*Uurtarief)',
               None, "eur")
    sh.text(f"F{r}", "Deelnemers x trainingsdagen x uren per scholingsdag (blad Invoer), "
            "x loonkosten per uur.", "OR Bron")
    sh.optimal_rows(r, r)
    r += 1
    sh.note(r, "Na de starttraining begeleidt een ambtelijk secretaris de nieuwe OR "
            f"({OR_OND}, 'Initiële begeleiding'). De WOR geeft geen recht op een ambtelijk "
            "secretaris; sommige cao's wel.", "F")
    sh.rng(f"A{warn_row}").Rows.Height = 1000
    sh.print_area(5, r)
    return {"total_row": total_row, "rate_cell": rate}


# ---------------------------------------------------------------------------

def page_setup(doc):
    """One landscape A4 page style for all sheets: scaled to the page width
    only, so that text keeps its size (at least 9 pt on paper) and a long
    sheet continues on the next page."""
    styles = doc.StyleFamilies.getByName("PageStyles")
    name = "OR-begroting"
    if not styles.hasByName(name):
        styles.insertByName(name, doc.createInstance("com.sun.star.style.PageStyle"))
    ps = styles.getByName(name)
    ps.IsLandscape = True
    ps.Width, ps.Height = 29700, 21000
    for side in ("LeftMargin", "RightMargin", "TopMargin", "BottomMargin"):
        setattr(ps, side, 1000)
    ps.HeaderIsOn = False
    ps.FooterIsOn = True
    ps.ScaleToPagesX = 1
    ps.ScaleToPagesY = 0  # no limit: never shrink a long sheet to one page
    ps.CenterHorizontally = False
    for i in range(doc.Sheets.Count):
        doc.Sheets.getByIndex(i).PageStyle = name
    # Invoer on one page, Leden on two (members, then departments): a
    # little smaller where needed, never below 9 pt for a 10 pt note.
    for sheet, pages in ((S_INPUT, 1), (S_MEMBERS, 2)):
        fitted = f"{name} {pages}"
        if not styles.hasByName(fitted):
            styles.insertByName(fitted, doc.createInstance("com.sun.star.style.PageStyle"))
        fs = styles.getByName(fitted)
        for prop in ("IsLandscape", "Width", "Height", "LeftMargin", "RightMargin",
                     "TopMargin", "BottomMargin", "HeaderIsOn", "FooterIsOn",
                     "ScaleToPagesX", "CenterHorizontally"):
            setattr(fs, prop, getattr(ps, prop))
        fs.ScaleToPagesY = pages
        doc.Sheets.getByName(sheet).PageStyle = fitted


def build_workbook(lo):
    doc = lo.new_document("scalc")
    doc.CharLocale = NL
    fmt = Formats(doc)
    make_styles(doc)
    sheets = doc.Sheets
    sheets.getByIndex(0).Name = SHEETS[0]
    for i, name in enumerate(SHEETS[1:], start=1):
        sheets.insertNewByName(name, i)
    while sheets.Count > len(SHEETS):
        sheets.removeByName(sheets.getByIndex(sheets.Count - 1).Name)
    # Names first (formulas refer to them), then the sheets.
    build_input(doc, fmt)
    build_first_year(doc, fmt)   # defines Tariefjaar, Vorm, ... used nowhere else
    build_hours(doc, fmt)
    dept_header = build_members(doc, fmt)
    build_scenarios(doc, fmt)
    begroting_sheet.build_budget(doc, fmt, sys.modules[__name__])
    page_setup(doc)
    dp = doc.DocumentProperties
    dp.Title = "OR-begroting (ortijd)"
    dp.Subject = "Begroting van OR-tijd en -kosten volgens de WOR"
    dp.Description = ("Sjabloon van de LibreOffice-extensie ortijd: invoer, urenstaat "
                      "(ORURENSTAAT), leden en verdeling per afdeling, scenario's 5-15 zetels, "
                      "kosten eerste jaar van een nieuwe OR, begroting per kostenpost (WOR art. 22). "
                      "Bronnen staan in de bladen.")
    dp.Keywords = ("OR", "ondernemingsraad", "WOR", "begroting", "ortijd")
    dp.Author = "ortijd"
    dp.Language = NL
    doc.calculateAll()
    ctrl = doc.CurrentController
    if ctrl is not None:
        ctrl.setActiveSheet(sheets.getByName(S_INPUT))
    return doc, dept_header


# The worked example of the article (docs/rules.md): 7 seats (150 persons),
# 7 OR members with a chair and a secretary, every other input at its
# default (the budget year too: the coming year).
EXAMPLE_INPUTS = {
    "Organisatie": "Voorbeeld BV",
    "Personen": 150,
    "Uurtarief": 45,
}
EXAMPLE_MEMBERS = [
    ("Anna de Vries", "Productie", "OR", "voorzitter"),
    ("Bram Jansen", "Productie", "OR", ""),
    ("Carla Bakker", "Productie", "OR", ""),
    ("Daan Visser", "Logistiek", "OR", "secretaris"),
    ("Eva Smit", "Logistiek", "OR", ""),
    ("Farid El Amrani", "Verkoop", "OR", ""),
    ("Greet Mulder", "Administratie", "OR", ""),
]
EXAMPLE_DEPARTMENTS = ["Productie", "Logistiek", "Verkoop", "Administratie", "ICT"]


def fill_example(doc, dept_header_row):
    inp = doc.Sheets.getByName(S_INPUT)
    for name, value in EXAMPLE_INPUTS.items():
        cell = inp.getCellRangeByName(input_address(name))
        if isinstance(value, str):
            cell.setString(value)
        else:
            cell.setValue(value)
    mem = doc.Sheets.getByName(S_MEMBERS)
    for i, (naam, afd, rol, db) in enumerate(EXAMPLE_MEMBERS):
        r = MEMBER_FIRST_ROW + i
        mem.getCellRangeByName(f"B{r}").setString(naam)
        mem.getCellRangeByName(f"C{r}").setString(afd)
        mem.getCellRangeByName(f"D{r}").setString(rol)
        mem.getCellRangeByName(f"E{r}").setString(db)
    for i, afd in enumerate(EXAMPLE_DEPARTMENTS):
        mem.getCellRangeByName(f"B{dept_header_row + 1 + i}").setString(afd)
    begroting_sheet.fill_example(doc)
    doc.DocumentProperties.Title = "Voorbeeld OR-begroting (7 zetels)"
    doc.calculateAll()


# ---------------------------------------------------------------------------

def cell_dump(doc):
    """(sheet, address) -> (formula, rounded value, string) of every used cell."""
    out = {}
    for sh in doc.Sheets:
        for r, row in enumerate(used_block(sh).getFormulaArray()):
            for c, f in enumerate(row):
                if f == "":
                    continue
                cell = sh.getCellByPosition(c, r)
                out[(sh.Name, c, r)] = (f, round(cell.getValue(), 9), cell.getString())
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--oxt", default=str(ROOT / "build" / "ortijd.oxt"),
                    help="the built extension (default: build/ortijd.oxt)")
    ap.add_argument("--out-dir", default=str(HERE), help="where to write the two files")
    args = ap.parse_args(argv)
    out_dir = Path(args.out_dir)
    template, example = out_dir / TEMPLATE.name, out_dir / EXAMPLE.name
    with LoSession(extensions=[args.oxt]) as lo:
        doc, dept_header = build_workbook(lo)
        lo.store(doc, template, filter_name=TEMPLATE_FILTER)
        print(f"wrote {template} ({template.stat().st_size} bytes)")
        fill_example(doc, dept_header)
        lo.store(doc, example, filter_name=ODS_FILTER)
        print(f"wrote {example} ({example.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
