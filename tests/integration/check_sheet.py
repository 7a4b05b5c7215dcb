#!/usr/bin/python3
"""Checks test spreadsheets in headless Calc with the ortijd extension installed.

    /usr/bin/python3 tests/integration/check_sheet.py --oxt build/ortijd.oxt \
        tests/integration/ortijd_seed.fods [more.fods ...]

Each file (layout: see gen_fods.py) is opened hidden in one throwaway office
session (tools/lo_session.py), recalculated with calculateAll(), and every row
with an expectation is compared:
  * numbers with a relative tolerance of 1e-9 (absolute 1e-12 near zero),
  * errors by cell.getError() (expected "Err:502", "#VALUE!", ...),
  * texts exactly.
Pass "file" checks the formulas as stored in the file (ODF programmatic
names); pass "typed" then enters every formula of column D again through
the API, as a user types it (display names; array formulas through
XArrayFormulaRange.setArrayFormula), recalculates and checks again.

Prints one line per check and, last, exactly "N passed, M failed". Exits 1
when a check failed, when no check ran, or when a cell showed #NAME? where a
value was expected (the extension is not loaded); 2 on a harness error.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from lo_session import LoSession, LoSessionError  # noqa: E402

# cell.getError() codes and what Calc shows for them.
ERROR_NAMES = {
    503: "#NUM!", 519: "#VALUE!", 521: "#NULL!", 524: "#REF!", 525: "#NAME?",
    532: "#DIV/0!", 32767: "#N/A",
}
ERROR_CODES = {name: code for code, name in ERROR_NAMES.items()}
NAME_ERROR = 525

# com.sun.star.sheet.FormulaResult
RESULT_VALUE, RESULT_STRING, RESULT_ERROR = 1, 2, 4
# com.sun.star.sheet.CellFlags VALUE|DATETIME|STRING|FORMULA
CLEAR_CONTENT = 1 | 2 | 4 | 16

COL_DESC, COL_FORMULA, COL_EXPECTED, COL_TYPED, COL_AT = range(5)


def error_text(code: int) -> str:
    return ERROR_NAMES.get(code, f"Err:{code}")


def parse_expected(value):
    """Returns ("number", float) | ("error", code) | ("text", str) | None."""
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


def show_expected(exp) -> str:
    kind, v = exp
    if kind == "error":
        return error_text(v)
    if kind == "number":
        return repr(v)
    return repr(v)


def actual_of(cell):
    """Returns ("error", code) | ("number", float) | ("text", str) | ("empty", "")."""
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


def matches(exp, act) -> bool:
    if exp[0] != act[0]:
        return False
    if exp[0] == "number":
        return math.isclose(act[1], exp[1], rel_tol=1e-9, abs_tol=1e-12)
    return exp[1] == act[1]


def show_actual(act) -> str:
    kind, v = act
    if kind == "error":
        return error_text(v)
    if kind == "number":
        return repr(v)
    if kind == "empty":
        return "an empty cell"
    return repr(v)


class Checker:
    def __init__(self, verbose: bool = False):
        self.passed = 0
        self.failed = 0
        self.name_errors = 0
        self.verbose = verbose

    def check_doc(self, label: str, doc, stage: str) -> None:
        sheet = doc.Sheets.getByIndex(0)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        last = cursor.RangeAddress.EndRow + 1  # 1-based
        if last < 2:
            return
        rows = sheet.getCellRangeByName(f"A2:E{last}").getDataArray()
        for offset, row in enumerate(rows):
            r = offset + 2
            exp = parse_expected(row[COL_EXPECTED])
            if exp is None:
                continue
            at = str(row[COL_AT]).strip() or f"B{r}"
            is_array = ":" in at
            addr = at.split(":")[0]
            cell = sheet.getCellRangeByName(addr)
            act = actual_of(cell)
            ok = matches(exp, act)
            note = ""
            if ok and is_array and not sheet.getCellRangeByName(at).getArrayFormula():
                ok, note = False, f" ({at} holds no array formula)"
            formula = row[COL_TYPED] or cell.getFormula()
            head = f"{label}:{r} [{stage}] {row[COL_DESC]}"
            if ok:
                self.passed += 1
                print(f"ok   {head}: {show_actual(act)}")
            else:
                self.failed += 1
                if act == ("error", NAME_ERROR) and exp != act:
                    self.name_errors += 1
                print(f"FAIL {head}: {formula} at {addr}: expected {show_expected(exp)}, "
                      f"got {show_actual(act)}{note}")

    @staticmethod
    def enter_typed(doc) -> int:
        """Enters column D's formulas through the API; returns how many."""
        sheet = doc.Sheets.getByIndex(0)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        last = cursor.RangeAddress.EndRow + 1
        if last < 2:
            return 0
        rows = sheet.getCellRangeByName(f"A2:E{last}").getDataArray()
        count = 0
        for offset, row in enumerate(rows):
            typed = row[COL_TYPED]
            if not isinstance(typed, str) or not typed.startswith("="):
                continue
            at = str(row[COL_AT]).strip() or f"B{offset + 2}"
            rng = sheet.getCellRangeByName(at)
            rng.clearContents(CLEAR_CONTENT)
            if ":" in at:
                rng.setArrayFormula(typed)
            else:
                rng.setFormula(typed)
            count += 1
        return count

    def check_file(self, lo, path, typed: bool = True) -> None:
        """Loads `path` in session `lo`, recalculates and checks it; then, if
        `typed`, enters its column-D formulas through the API and checks again;
        closes the document."""
        doc = lo.load(path)
        doc.calculateAll()
        self.check_doc(path.name, doc, "file")
        if typed and self.enter_typed(doc):
            doc.calculateAll()
            self.check_doc(path.name, doc, "typed")
        lo.close_document(doc)


def main(argv) -> int:
    ap = argparse.ArgumentParser(description="Check .fods test sheets in headless Calc.")
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--oxt", type=Path, action="append", default=[],
                    help="extension to install first (repeatable)")
    ap.add_argument("--no-typed", action="store_true",
                    help="skip the pass that types every formula again")
    ap.add_argument("--timeout", type=float, default=90.0)
    ap.add_argument("--verbose", action="store_true", help="log office steps to stderr")
    opts = ap.parse_args(argv)

    for f in [*opts.files, *opts.oxt]:
        if not f.is_file():
            print(f"check_sheet: no such file: {f}", file=sys.stderr)
            print("0 passed, 0 failed")
            return 2
    checker = Checker()
    try:
        with LoSession(extensions=opts.oxt, timeout=opts.timeout,
                       verbose=opts.verbose) as lo:
            for path in opts.files:
                t0 = time.monotonic()
                checker.check_file(lo, path, typed=not opts.no_typed)
                lo.timings[f"check:{path.name}"] = time.monotonic() - t0
            timings = dict(lo.timings)
    except LoSessionError as exc:
        print(f"check_sheet: {exc}", file=sys.stderr)
        print(f"{checker.passed} passed, {checker.failed + 1} failed")
        return 2
    print("# timings (s): " + ", ".join(f"{k} {v:.2f}" for k, v in timings.items()
                                        if k != "start_count"))
    if checker.name_errors:
        print(f"# {checker.name_errors} cells show #NAME? where a value was expected: "
              "is the extension installed and loaded?")
    if checker.passed + checker.failed == 0:
        print("# no checks found")
    print(f"{checker.passed} passed, {checker.failed} failed")
    if checker.failed or checker.name_errors or checker.passed == 0:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
