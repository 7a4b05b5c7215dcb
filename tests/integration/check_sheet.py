#!/usr/bin/python3
"""Checks test spreadsheets in headless Calc with the ortijd extension installed.

    bash tools/run-python.sh tests/integration/check_sheet.py --oxt build/ortijd.oxt \
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

Prints one line per check and, last, exactly "N passed, M failed"
(tools/report.py: exit 1 when a check failed or none ran, 2 when the office
could not run); a hint when cells showed #NAME? where a value was expected
(the extension is not loaded).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from cells import NAME_ERROR, actual_of, parse_expected, same, show
from lo_session import LoSession
from report import Report, run

# com.sun.star.sheet.CellFlags VALUE|DATETIME|STRING|FORMULA
CLEAR_CONTENT = 1 | 2 | 4 | 16

COL_DESC, COL_FORMULA, COL_EXPECTED, COL_TYPED, COL_AT = range(5)


def rows(sheet):
    """(1-based row, (A..E values)) of every row below the header."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last = cursor.RangeAddress.EndRow + 1
    if last < 2:
        return []
    data = sheet.getCellRangeByName(f"A2:E{last}").getDataArray()
    return [(i + 2, row) for i, row in enumerate(data)]


def at_of(r, row) -> str:
    """The cell (or array range) that row r checks."""
    return str(row[COL_AT]).strip() or f"B{r}"


class Checker:
    def __init__(self, rep: Report):
        self.rep = rep
        self.name_errors = 0

    def check_doc(self, label: str, doc, stage: str) -> None:
        sheet = doc.Sheets.getByIndex(0)
        for r, row in rows(sheet):
            exp = parse_expected(row[COL_EXPECTED])
            if exp is None:
                continue
            at = at_of(r, row)
            addr = at.split(":")[0]
            cell = sheet.getCellRangeByName(addr)
            act = actual_of(cell)
            ok = same(exp, act)
            note = ""
            if ok and ":" in at and not sheet.getCellRangeByName(at).getArrayFormula():
                ok, note = False, f" ({at} holds no array formula)"
            if not ok and act == ("error", NAME_ERROR):
                self.name_errors += 1
            head = f"{label}:{r} [{stage}] {row[COL_DESC]}"
            self.rep.check(ok, f"{head}: {show(act)}" if ok else head,
                           f"{row[COL_TYPED] or cell.getFormula()} at {addr}: "
                           f"expected {show(exp)}, got {show(act)}{note}")

    @staticmethod
    def enter_typed(doc) -> int:
        """Enters column D's formulas through the API; returns how many."""
        sheet = doc.Sheets.getByIndex(0)
        count = 0
        for r, row in rows(sheet):
            typed = row[COL_TYPED]
            if not isinstance(typed, str) or not typed.startswith("="):
                continue
            at = at_of(r, row)
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

    def body(rep):
        checker = Checker(rep)
        with LoSession(extensions=opts.oxt, timeout=opts.timeout,
                       verbose=opts.verbose) as lo:
            for path in opts.files:
                t0 = time.monotonic()
                checker.check_file(lo, path, typed=not opts.no_typed)
                lo.timings[f"check:{path.name}"] = time.monotonic() - t0
            print("# timings (s): " + ", ".join(f"{k} {v:.2f}" for k, v in lo.timings.items()
                                                if k != "start_count"))
        if checker.name_errors:
            print(f"# {checker.name_errors} cells show #NAME? where a value was expected: "
                  "is the extension installed and loaded?")

    return run("check_sheet", body, needs=[*opts.files, *opts.oxt])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
