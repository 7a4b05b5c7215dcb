"""What every sheet module of the OR budget template shares: styles, number
formats, a small cell writer, named ranges and the texts that cite sources.

The template's contract is its named ranges (workbook-wide names): every
figure that the tests, the demo and the round-trip test read has one, and
they read only names (examples/book_names.py). A sheet module defines its
names through Book.name / Book.name_range; a formula may use a name only
after it is defined (Calc does not resolve a name that is added later), so
make_template.BUILD_ORDER builds the sheets that define names first.

Text rules (tests/text/check_text.py checks some): Dutch only, sources named
by title and publisher (docs/sources.md), notes at least 9 pt in dark grey,
one money format, no unit printed twice, no nested parentheses. Red
("Let op: ...") is for what is missing or below a statutory floor; a rule of
thumb from practice is an amber signal, never red.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import uno
from com.sun.star.table import CellAddress, CellRangeAddress

import manifest

ROOT = Path(__file__).resolve().parents[1]
NL = uno.createUnoStruct("com.sun.star.lang.Locale", "nl", "NL", "")

# ---------------------------------------------------------------------------
# Source texts (docs/sources.md): by title and publisher, never by file name.

ARTIKEL = "het artikel 'Hoeveel tijd heb ik nodig voor OR-werk?'"
VB = "Rekenvoorbeeld"  # short for the article's "Voorbeeldberekening"
# OR-ondersteuning's service description; the short form goes inside
# parentheses (no nested parentheses).
OR_OND = "OR-ondersteuning (dienstverlening nieuwe OR)"
OR_OND_SHORT = "OR-ondersteuning, dienstverlening nieuwe OR"
MONITOR = "SBI Formaat, MonitOR 2015-2016, ongeveer 400 OR'en; Rendement, 9 mei 2016"
SER_PAGE = "ser.nl, 'Richtbedragen scholing en vorming'"

DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli",
                "augustus", "september", "oktober", "november", "december")


def law_checked() -> str:
    """The date the law text was last checked, as docs/sources.md states it
    (written once there), in Dutch: "6 december 2026"."""
    text = (ROOT / "docs" / "sources.md").read_text(encoding="utf-8")
    m = re.search(r"Law text checked on \*\*(\d{4})-(\d{2})-(\d{2})\*\*", text)
    if not m:
        raise RuntimeError("docs/sources.md: no 'Law text checked on **YYYY-MM-DD**'")
    d = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return f"{d.day} {DUTCH_MONTHS[d.month - 1]} {d.year}"


def function_names_nl() -> str:
    """Every function of the extension, from the names manifest the build
    writes from the function table: "ORUREN, ..., SCHOLINGSKOSTEN en
    ORSECRETARIAAT"."""
    names = [f.name for f in manifest.functions()]
    return ", ".join(names[:-1]) + " en " + names[-1]


# ---------------------------------------------------------------------------
# Colours and styles

YELLOW = 0xFFF2CC   # input cells
GREY = 0xE7E6E6     # headers
GREEN = 0xE2EFDA    # key results
NOTE = 0x404040     # source notes: dark grey, readable on paper
RED = 0xC00000      # warnings: missing input, below a statutory floor
AMBER = 0x9C5700    # signals: below a rule of thumb from practice (not law)
BOLD = 150.0        # com.sun.star.awt.FontWeight.BOLD
NORMAL = 100.0


def border(width=18, color=0xA6A6A6):
    line = uno.createUnoStruct("com.sun.star.table.BorderLine2")
    line.OuterLineWidth = width
    line.LineWidth = width
    line.Color = color
    return line


def no_border():
    line = uno.createUnoStruct("com.sun.star.table.BorderLine2")
    line.OuterLineWidth = 0
    line.LineWidth = 0
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
    center = 2  # com.sun.star.table.CellVertJustify2.CENTER
    family.getByName("Default").VertJustify = center
    style("OR Titel", CharHeight=15.0, CharWeight=BOLD)
    style("OR Uitleg", CharHeight=10.0, CharColor=NOTE, IsTextWrapped=False)
    style("OR Sectie", CharWeight=BOLD, CharHeight=11.0)
    style("OR Blok", CharWeight=BOLD, CharHeight=12.5, VertJustify=3)  # BOTTOM
    style("OR Kop", CharWeight=BOLD, CellBackColor=GREY, IsTextWrapped=True,
          VertJustify=center, BottomBorder=border())
    style("OR Invoer", CellBackColor=YELLOW, CellProtection=unlocked,
          TopBorder=border(), BottomBorder=border(), LeftBorder=border(),
          RightBorder=border())
    style("OR Uitkomst")
    style("OR Kerncijfer", CharWeight=BOLD, CellBackColor=GREEN)
    style("OR Bron", CharHeight=10.0, CharColor=NOTE, IsTextWrapped=True,
          VertJustify=center)
    style("OR Waarschuwing", CharColor=RED, CharHeight=10.0, IsTextWrapped=True,
          VertJustify=center)
    style("OR Signaal", CharColor=AMBER, CharHeight=10.0, CharWeight=BOLD,
          IsTextWrapped=True, VertJustify=center)
    style("OR Totaal", CharWeight=BOLD, TopBorder=border(26, 0x000000))
    # The running text of a document (the faciliteitenregeling): black,
    # wrapped, from the top of its cell.
    top = 1  # com.sun.star.table.CellVertJustify2.TOP
    style("OR Tekst", CharHeight=10.0, IsTextWrapped=True, VertJustify=top)
    style("OR Kopje", CharHeight=11.0, CharWeight=BOLD, VertJustify=3)  # BOTTOM
    # An input row below the first empty one: no background, no grid, so
    # that a printed list shows its members and not thirty empty boxes.
    style("OR Leeg", CellBackColor=-1, IsCellBackgroundTransparent=True,
          TopBorder=no_border(), BottomBorder=no_border(), LeftBorder=no_border(),
          RightBorder=no_border(), CellProtection=unlocked)
    # Moved to the other block: grey italic text instead of an amount.
    style("OR Verplaatst", CharColor=NOTE, CharHeight=9.0, CharPosture=uno.Enum(
        "com.sun.star.awt.FontSlant", "ITALIC"))


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
        # Zero shown as a dash: a year without that cost (Zittingsperiode).
        "eur0": '[$€-413] #.##0,00;-[$€-413] #.##0,00;"-"',
        "van4": '0" van 4"',
        # "Standaard", the Dutch keyword: LibreOffice 7.0 does not know "General" in nl-NL.
        "num": "Standaard",              # as many decimals as needed: 5, 2,5
        "num0": 'Standaard;-Standaard;"-"',
        "pct": "0,0%",
        "year": "0",
        "ratio": '0,0" x"',
        "factor": "0,00",
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


def quote_sheet(name):
    """A sheet name as written in a formula: quoted unless it is a plain word."""
    if name.replace("_", "").isalnum():
        return name
    return "'" + name.replace("'", "''") + "'"


def absolute(sheet_name, addr):
    """$Sheet.$A$1 or $Sheet.$A$1:$B$2 of an A1 address or range."""
    def one(a):
        col = "".join(c for c in a if c.isalpha())
        row = "".join(c for c in a if c.isdigit())
        return f"${col}${row}"
    parts = addr.split(":")
    out = f"${quote_sheet(sheet_name)}." + one(parts[0])
    if len(parts) == 2:
        out += ":" + one(parts[1])
    return out


class Book:
    """The workbook being built: the document, its formats and its names."""

    def __init__(self, doc):
        self.doc = doc
        self.fmt = Formats(doc)
        self.names = {}   # name -> "$Sheet.$A$1[:$B$2]", in definition order

    def sheet(self, name):
        return Sheet(self, self.doc.Sheets.getByName(name))

    def name(self, name, sheet_name, addr):
        """A workbook-wide named range for one cell or a range."""
        content = absolute(sheet_name, addr)
        ranges = self.doc.NamedRanges
        if ranges.hasByName(name):
            ranges.removeByName(name)
        ranges.addNewByName(name, content, CellAddress(0, 0, 0), 0)
        self.names[name] = content
        return name


class Sheet:
    """Small writer for one sheet: A1 addresses, Dutch text, API formulas."""

    def __init__(self, book, sheet):
        self.book, self.doc, self.sh, self.fmt = book, book.doc, sheet, book.fmt

    @property
    def title(self):
        return self.sh.Name

    def rng(self, addr):
        return self.sh.getCellRangeByName(addr)

    def name(self, name, addr):
        return self.book.name(name, self.sh.Name, addr)

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
        r.setFormula(split_long_strings(f if f.startswith("=") else "=" + f))
        return self._finish(r, style, fmt)

    def blank(self, addr, style=None, fmt=None):
        r = self.rng(addr)
        r.setString("")
        return self._finish(r, style, fmt)

    def put(self, addr, value, style=None, fmt=None):
        """A number, a text, a formula ("=...") or nothing (None)."""
        if value is None:
            return self.blank(addr, style, fmt)
        if isinstance(value, str) and value.startswith("="):
            return self.formula(addr, value, style, fmt)
        if isinstance(value, str):
            return self.text(addr, value, style)
        return self.value(addr, value, style, fmt)

    def merge(self, addr):
        r = self.rng(addr)
        r.merge(True)
        r.IsTextWrapped = True
        return r

    def width_mm(self, first_col, last_col):
        cols = self.sh.Columns
        return sum(cols.getByIndex(i).Width
                   for i in range(ord(first_col) - 65, ord(last_col) - 64)) / 100.0

    def fit_height(self, row, text, width_mm, pt=10.0, extra_lines=0):
        """Row height for wrapped text in merged cells (Calc does not size
        those itself): an estimate of the lines at about 0.5 em a char."""
        per_line = max(1, int(width_mm / (pt * 0.3528 * 0.5)))
        lines = sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))
        lines += extra_lines
        height = int((lines * pt * 0.3528 * 1.2 + 0.9) * 100)
        self.sh.Rows.getByIndex(row - 1).Height = height
        return height

    def note(self, row, text, last_col, style="OR Bron", pt=10.0, first_col="A"):
        """A wrapped note merged over first_col..last_col of one row, with a
        height that shows all of it; text may be a formula ("=...")."""
        addr = f"{first_col}{row}"
        if text.startswith("="):
            self.formula(addr, text, style)
            shown = self.rng(addr).getString() or "x" * 120
        else:
            self.text(addr, text, style)
            shown = text
        self.merge(f"{first_col}{row}:{last_col}{row}")
        self.fit_height(row, shown, self.width_mm(first_col, last_col), pt)
        return self.rng(addr)

    def widths(self, *mm):
        cols = self.sh.Columns
        for i, w in enumerate(mm):
            cols.getByIndex(i).Width = int(w * 100)

    def row_height(self, row, mm):
        self.sh.Rows.getByIndex(row - 1).Height = int(mm * 100)

    def optimal_rows(self, first, last):
        self.rng(f"A{first}:A{last}").Rows.OptimalHeight = True

    def page_break(self, row):
        self.sh.Rows.getByIndex(row - 1).IsStartOfNewPage = True

    def validity_list(self, addr, items, title, message):
        """A validity list of fixed items; anything else is refused."""
        self._list_validity(addr, ";".join(('"%s"' % i) if isinstance(i, str) else str(i)
                                           for i in items), title, message,
                            "Kies uit de lijst: " + ", ".join(str(i) for i in items))

    def range_list(self, addr, source, title, message):
        """A validity list whose items are the cells of a named range."""
        self._list_validity(addr, source, title, message,
                            "Kies een naam uit de tabel commissies en COR of GOR, pagina 3.")

    def _list_validity(self, addr, formula, title, message, error):
        r = self.rng(addr)
        v = r.Validation
        v.Type = uno.Enum("com.sun.star.sheet.ValidationType", "LIST")
        v.setFormula1(formula)
        v.ShowList = 1  # TableValidationVisibility.UNSORTED
        v.IgnoreBlankCells = True
        v.ShowInputMessage = True
        v.InputTitle = title
        v.InputMessage = message
        v.ShowErrorMessage = True
        v.ErrorAlertStyle = uno.Enum("com.sun.star.sheet.ValidationAlertStyle", "STOP")
        v.ErrorTitle = title
        v.ErrorMessage = error
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

    def conditional(self, addr, formula, style):
        """Applies a cell style where formula (relative to the first cell of
        addr) is true; no macro."""
        from com.sun.star.beans import PropertyValue

        def pv(name, value):
            p = PropertyValue()
            p.Name, p.Value = name, value
            return p

        r = self.rng(addr)
        a = r.RangeAddress
        base = CellAddress(a.Sheet, a.StartColumn, a.StartRow)
        cf = r.ConditionalFormat
        cf.addNew((pv("Operator", uno.Enum("com.sun.star.sheet.ConditionOperator", "FORMULA")),
                   pv("Formula1", formula), pv("StyleName", style),
                   pv("SourcePosition", base)))
        r.ConditionalFormat = cf

    def red_when_let_op(self, addr):
        """A check cell in grey note style that turns red when its text
        starts with "Let op" (missing input, below a statutory floor)."""
        first = addr.split(":")[0]
        col = "".join(c for c in first if c.isalpha())
        row = "".join(c for c in first if c.isdigit())
        self.conditional(addr, f'LEFT(${col}{row};6)="Let op"', "OR Waarschuwing")

    def print_area(self, last_col, last_row, first_row=1):
        a = CellRangeAddress()
        a.Sheet = self.sh.RangeAddress.Sheet
        a.StartColumn, a.StartRow = 0, first_row - 1
        a.EndColumn, a.EndRow = last_col, last_row - 1
        self.sh.setPrintAreas((a,))

    def repeat_rows(self, first, last):
        """Rows printed at the top of every page of this sheet."""
        a = CellRangeAddress()
        a.Sheet = self.sh.RangeAddress.Sheet
        a.StartColumn, a.EndColumn = 0, 0
        a.StartRow, a.EndRow = first - 1, last - 1
        self.sh.setTitleRows(a)
        self.sh.setPrintTitleRows(True)


XLS_STRING_MAX = 255   # a text constant in a formula of an .xls (BIFF8) holds 255 characters


def split_long_strings(formula, limit=XLS_STRING_MAX - 5):
    """The formula with every text constant longer than limit written as
    "part"&"part": an .xls keeps at most 255 characters of one constant and
    cuts the rest (README "Delen met anderen")."""
    out, i, n = [], 0, len(formula)
    while i < n:
        ch = formula[i]
        if ch != '"':
            out.append(ch)
            i += 1
            continue
        j, text = i + 1, []
        while j < n:
            if formula[j] == '"':
                if j + 1 < n and formula[j + 1] == '"':
                    text.append('"')
                    j += 2
                    continue
                break
            text.append(formula[j])
            j += 1
        value = "".join(text)
        parts = [value[k:k + limit] for k in range(0, len(value), limit)] or [""]
        out.append("&".join('"' + part.replace('"', '""') + '"' for part in parts))
        i = j + 1
    return "".join(out)


def justify(how):
    return uno.Enum("com.sun.star.table.CellHoriJustify", how)


def plural(n_expr, one, many):
    return f'IF({n_expr}=1;"{one}";"{many}")'


def is_amount(name):
    """1 when the input is a number of at least 0, else 0 (never an error
    for text)."""
    return f"ISNUMBER({name})*(N({name})>=0)"


def is_pm(name):
    return f'AND(ISTEXT({name});UPPER(TRIM({name}))="PM")'


# The fallback of an error handler around an ortijd call: empty text with
# the extension, #NAME? without it (LEFT of a number, 0 characters). So a
# colleague without the extension never sees a line silently left out of a
# total: the handler catches bad input, not a missing extension (issue 15).
NEEDS_EXT = 'LEFT(SCHOLINGSDAGEN("OR");0)'


# ---------------------------------------------------------------------------
# Numbers inside Dutch sentences. Calc converts a number to text (x&"",
# FIXED, TEXT) in the office's own locale, so an English office would print
# "22,200.00" in a Dutch agreement. These fragments build the Dutch notation
# from integers only (an integer has no separator in any locale): "1.516",
# "3,31", "€ 22.200,00". expr should be a short reference (a name or a
# cell): it appears several times. An error in expr passes through.

def _grouped(n):
    """Text of the non-negative integer expression n with a dot every three
    digits (up to 999.999.999)."""
    return (f'IF({n}>=1000000;INT({n}/1000000)&"."&RIGHT("00"&INT(MOD({n};1000000)/1000);3)'
            f'&"."&RIGHT("00"&MOD({n};1000);3);IF({n}>=1000;INT({n}/1000)&"."&'
            f'RIGHT("00"&MOD({n};1000);3);{n}&""))')


def nl_number(expr, decimals=0, trim=False):
    """Dutch text of a number: thousands dot, decimal comma, `decimals`
    decimals (trim: without trailing zeros, "1,5" and "2")."""
    sign = f'IF({expr}<0;"-";"")'
    if decimals == 0:
        return f'{sign}&{_grouped(f"ROUND(ABS({expr});0)")}'
    scale = 10 ** decimals
    n = f"ROUND(ABS({expr})*{scale};0)"
    whole = _grouped(f"INT({n}/{scale})")
    frac = f'RIGHT("{"0" * decimals}"&MOD({n};{scale});{decimals})'
    if not trim:
        return f'{sign}&{whole}&","&{frac}'
    # 1,50 -> 1,5 and 2,00 -> 2 (two decimals at most)
    one = f'RIGHT("0"&INT(MOD({n};{scale})/{scale // 10});1)'
    return (f'{sign}&{whole}&IF(MOD({n};{scale})=0;"";IF(MOD({n};{scale // 10})=0;'
            f'","&{one};","&{frac}))')


def nl_euro(expr):
    """"€ 22.200,00" (the workbook's money format, as text)."""
    return f'"€\u00a0"&{nl_number(expr, 2)}'


def refit_rows(doc, sheet_name, last, manual=None):
    """Optimal row heights for rows 1..last of a sheet for its current
    content, merged cells included; rows in manual (row -> height in
    1/100 mm) keep theirs."""
    sheet = doc.Sheets.getByName(sheet_name)
    manual = manual or {}
    for r in range(1, last + 1):
        row = sheet.Rows.getByIndex(r - 1)
        if r in manual:
            row.Height = manual[r]
        else:
            row.OptimalHeight = False   # so that setting it computes the height again
            row.OptimalHeight = True
