"""The rows of the test sheets that gen_fods.py writes, and what Calc shows
for them: the row checker of test_sheets.py and test_valgrind.py.

    rows = rows_of("ortijd_example.fods")         # from gen_fods.py, no office
    shown = Shown(office, tmp_dir)            # office: a lo_session.LoSession
    check_row(row, shown.get(row.file, "file")[row.number])

Sheet layout (gen_fods.py): row 1 is a header, then per row
    A description   B formula cell   C expected   D typed formula   E at
A row with an expectation in C is one check: the cell B (or E) must show it;
E with a range (G2:H9) is an array formula over that range, compared at its
first cell. Each file is checked in two stages: "file", the formulas as
stored (ODF programmatic names), recalculated with calculateAll(); "typed",
every formula of column D entered again through the API as a user types it
(XCell.setFormula, XArrayFormulaRange.setArrayFormula), recalculated and
checked again. Numbers agree within a relative 1e-9 (absolute 1e-12 near
zero), errors by cell.getError() ("Err:502", "#VALUE!", ...), texts exactly.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple, Optional

import gen_fods
import manifest
from cells import actual_of, assert_same, parse_expected

STAGES = ("file", "typed")
# The arguments of gen_fods.py that are errors themselves: Calc shows their
# error whatever the function (known_differences.py).
ERROR_ARGUMENTS = ("SQRT(-1)", "NA()", "1/0")
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
# com.sun.star.sheet.CellFlags VALUE|DATETIME|STRING|FORMULA
_CLEAR_CONTENT = 1 | 2 | 4 | 16


class Row(NamedTuple):
    file: str
    number: int            # 1-based row of the sheet
    desc: str
    expected: tuple        # (kind, value), see cells.parse_expected
    typed: Optional[str]   # column D: the formula as a user types it
    at: str                # the cell (or array range) checked
    label: str             # the formula shown in the test id
    calls_ortijd: bool     # the formula (or its array's) calls an ortijd function
    error_argument: bool   # an argument is itself an error (ERROR_ARGUMENTS)

    @property
    def id(self) -> str:
        """file:row:formula, e.g. ortijd_example.fods:3:ORUREN(7)."""
        return f"{self.file}:{self.number}:{self.label}"


@functools.lru_cache(maxsize=None)
def text_of(name: str) -> str:
    """The flat ODF text of one sheet, as gen_fods.py writes it."""
    return gen_fods.render(gen_fods.FILES[name]())


def _value(cell):
    kind = cell.get(f"{_OFFICE}value-type")
    if kind == "float":
        return float(cell.get(f"{_OFFICE}value"))
    if kind == "string":
        return "\n".join("".join(p.itertext()) for p in cell.iter(f"{_TEXT}p"))
    return None


@functools.lru_cache(maxsize=None)
def rows_of(name: str) -> tuple:
    """Every row of sheet `name` that has an expectation."""
    table = ET.fromstring(text_of(name)).find(f".//{_TABLE}table")
    out, array = [], None
    for number, xml_row in enumerate(table.iter(f"{_TABLE}table-row"), start=1):
        cells = []
        for cell in xml_row.iter(f"{_TABLE}table-cell"):
            cells += [cell] * int(cell.get(f"{_TABLE}number-columns-repeated", "1"))
        desc, _b, expected, typed, at = (_value(c) for c in (cells + [ET.Element("x")] * 5)[:5])
        formula = cells[1].get(f"{_TABLE}formula") if len(cells) > 1 else None
        expected = parse_expected(expected)
        if number == 1 or expected is None:
            continue
        at = (at or "").strip() or f"B{number}"
        if typed:
            label = typed[1:]
            calls = manifest.stored_prefix() in gen_fods.to_odf(typed).upper()
            if ":" in at:
                array = (label, calls)
        elif formula:
            label, calls = formula, manifest.stored_prefix() in formula.upper()
        else:  # a cell of the array formula of an earlier row
            label, calls = f"{array[0]}@{at}", array[1]
        out.append(Row(name, number, desc or "", expected, typed, at, label, calls,
                       any(e in label for e in ERROR_ARGUMENTS)))
    return tuple(out)


class Shown:
    """What Calc shows for every row, per (file, stage), each file loaded
    once in `office` (in `tmp_dir`, written there from gen_fods.py) the
    first time one of its rows is asked for."""

    def __init__(self, office, tmp_dir: Path):
        self.office, self.tmp_dir = office, Path(tmp_dir)
        self._cache: dict = {}

    def get(self, name: str, stage: str) -> dict:
        """{row number: ((kind, value), is an array formula where E says so)}."""
        if (name, stage) not in self._cache:
            self._load(name)
        return self._cache[(name, stage)]

    def _load(self, name: str) -> None:
        path = self.tmp_dir / name
        path.write_text(text_of(name), encoding="utf-8")
        doc = self.office.load(path)
        try:
            doc.calculateAll()
            self._cache[(name, "file")] = self._read(doc, name)
            sheet = doc.Sheets.getByIndex(0)
            for row in rows_of(name):
                if row.typed and row.typed.startswith("="):
                    rng = sheet.getCellRangeByName(row.at)
                    rng.clearContents(_CLEAR_CONTENT)
                    if ":" in row.at:
                        rng.setArrayFormula(row.typed)
                    else:
                        rng.setFormula(row.typed)
            doc.calculateAll()
            self._cache[(name, "typed")] = self._read(doc, name)
        finally:
            self.office.close_document(doc)

    @staticmethod
    def _read(doc, name: str) -> dict:
        sheet = doc.Sheets.getByIndex(0)
        out = {}
        for row in rows_of(name):
            got = actual_of(sheet.getCellRangeByName(row.at.split(":")[0]))
            array_ok = ":" not in row.at or bool(sheet.getCellRangeByName(row.at).getArrayFormula())
            out[row.number] = (got, array_ok)
        return out


def check_row(row: Row, shown) -> None:
    """The check of one row: its cell shows the expected content (and holds
    an array formula where column E gives a range)."""
    got, array_ok = shown
    assert_same(row.expected, got, f"{row.desc}: {row.typed or row.label} at {row.at.split(':')[0]}")
    assert array_ok, f"{row.desc}: {row.at} holds no array formula"
