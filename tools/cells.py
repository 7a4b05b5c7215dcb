"""Reading Calc cells in tests: value, text or error, and Calc's error names.

A cell's content is compared as a pair (kind, value):
    ("number", 1516.0)  ("text", "Totaal")  ("error", 502)  ("empty", "")
actual_of(cell) reads that pair, parse_expected("Err:502") makes one from
an expectation, same() compares two, show() prints one as Calc shows it and
assert_same() is the check of a test (pytest).
"""

from __future__ import annotations

import math
import re

# cell.getError() codes and what Calc shows for them (others: "Err:<code>").
ERROR_NAMES = {
    503: "#NUM!", 519: "#VALUE!", 521: "#NULL!", 524: "#REF!", 525: "#NAME?",
    530: "#ADDIN?", 531: "#MACRO?", 532: "#DIV/0!", 32767: "#N/A",
}
ERROR_CODES = {name: code for code, name in ERROR_NAMES.items()}
ILLEGAL_ARGUMENT, WRONG_COUNT = 502, 504  # Err:502, Err:504
NAME_ERROR, ADDIN_ERROR, MACRO_ERROR = 525, 530, 531  # #NAME?, #ADDIN?, #MACRO?

# com.sun.star.sheet.FormulaResult and CellFlags
RESULT_VALUE, RESULT_STRING, RESULT_ERROR = 1, 2, 4
VALUE, DATETIME, STRING, FORMULA = 1, 2, 4, 16


def error_text(code: int) -> str:
    return ERROR_NAMES.get(code, f"Err:{code}")


def parse_expected(value):
    """("number", float) | ("error", code) | ("text", str) | None (no
    expectation) from a float or a text such as "Err:502" or "#VALUE!"."""
    if isinstance(value, float):
        return ("number", value)
    if not isinstance(value, str) or value == "":
        return None
    m = re.fullmatch(r"Err:(\d+)", value.strip())
    if m:
        return ("error", int(m.group(1)))
    if value.strip() in ERROR_CODES:
        return ("error", ERROR_CODES[value.strip()])
    return ("text", value)


def actual_of(cell):
    """("error", code) | ("number", float) | ("text", str) | ("empty", "")."""
    err = cell.getError()
    if err:
        return ("error", err)
    kind = cell.getType().value
    if kind == "FORMULA":
        rt = cell.FormulaResultType2
        if rt == RESULT_VALUE:
            return ("number", cell.getValue())
        if rt == RESULT_STRING:
            return ("text", cell.getString())
        return ("error", err)
    if kind == "VALUE":
        return ("number", cell.getValue())
    if kind == "TEXT":
        return ("text", cell.getString())
    return ("empty", "")


def same(want, got, rel_tol: float = 1e-9) -> bool:
    """Two (kind, value) pairs agree; numbers within rel_tol (1e-12 near 0)."""
    if want[0] == "number" and got[0] == "number":
        return math.isclose(got[1], want[1], rel_tol=rel_tol, abs_tol=1e-12)
    return tuple(want) == tuple(got)


class DisplayNameNotResolved(AssertionError):
    """A check failed because Calc did not resolve an ortijd function's
    display name: the cell shows #NAME?, or a formula keeps the name as
    typed, lower-cased (=oruren(7), stored of:=oruren(7)). Checks raise it
    so that a documented difference (tests/integration/known_differences.py)
    can expect exactly this failure and no other."""


def assert_same(want, got, what: str = "", rel_tol: float = 1e-9) -> None:
    """The check of a test: got (kind, value) agrees with want. Raises
    DisplayNameNotResolved when got is #NAME? (and want is not),
    AssertionError otherwise."""
    if same(want, got, rel_tol):
        return
    message = f"{what + ': ' if what else ''}expected {show(want)}, got {show(got)}"
    if tuple(got) == ("error", NAME_ERROR):
        raise DisplayNameNotResolved(message + " (is the extension installed and loaded?)")
    raise AssertionError(message)


def show(pair) -> str:
    """A (kind, value) pair as Calc would show it."""
    kind, v = pair
    if kind == "error":
        return error_text(v)
    return "an empty cell" if kind == "empty" else repr(v)


def cell(doc, sheet: str, addr: str):
    return doc.Sheets.getByName(sheet).getCellRangeByName(addr)


def number(doc, sheet: str, addr: str):
    """The cell's number, or None when it shows an error."""
    c = cell(doc, sheet, addr)
    return None if c.getError() else c.getValue()


def put(c, value) -> None:
    """Enters a number, a text, or nothing (None) into cell c."""
    if isinstance(value, str) or value is None:
        c.setString(value or "")
    else:
        c.setValue(value)


def name_of(sheet: str, row: int, col: int) -> str:
    """Sheet.A1 from 0-based row and column."""
    name, col = "", col + 1
    while col:
        col, rem = divmod(col - 1, 26)
        name = chr(65 + rem) + name
    return f"{sheet}.{name}{row + 1}"


def used_block(sheet):
    """The range from A1 to the end of the sheet's used area."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.RangeAddress
    return sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)


def formula_cells(doc) -> dict:
    """{(sheet, col, row): formula} of every formula cell."""
    out = {}
    for sh in doc.Sheets:
        for r, row in enumerate(used_block(sh).getFormulaArray()):
            for c, f in enumerate(row):
                if f.startswith("="):
                    out[(sh.Name, c, r)] = f
    return out


def error_cells(doc) -> list:
    """['Sheet.A1: text', ...] of every cell that shows an error (only a
    formula cell can: one query per sheet)."""
    bad = []
    for sh in doc.Sheets:
        for a in sh.queryFormulaCells(RESULT_ERROR).getRangeAddresses():
            for r in range(a.StartRow, a.EndRow + 1):
                for c in range(a.StartColumn, a.EndColumn + 1):
                    bad.append(f"{name_of(sh.Name, r, c)}: {sh.getCellByPosition(c, r).getString()}")
    return bad
