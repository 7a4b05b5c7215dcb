#!/usr/bin/python3
"""Extension life cycle at scale: upgrade in place and a 10,000-formula workbook.

    /usr/bin/python3 tests/integration/lifecycle.py --oxt build/ortijd.oxt [--cells 10000]

1. Installs the .oxt, fills a new sheet with seats 5..15 in column A and
   =ORUREN(A<i>) in column B for --cells rows (10,000 add-in formulas),
   recalculates and checks every value against 172 n + 312 (the seed model
   with its defaults, rules.md).
2. Saves it as .ods, closes, reopens (Calc recalculates add-in calls on
   load), checks every value and formula again, and saves it once more.
3. Upgrades the extension in place (unopkg add -f of the same package with a
   higher version in description.xml), restarts, checks `unopkg list` shows
   the new version and the workbook still computes every cell.
4. Removes the extension and installs it again; the workbook computes again.

Prints one line per check and, last, exactly "N passed, M failed"; exit 1 on
any failure or if no check ran, 2 on a harness error.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from lo_session import LoSession, LoSessionError, extension_identifier  # noqa: E402
from report import Report, run_report  # noqa: E402


def expected(seats: float) -> float:
    """ORUREN(n) with every default (seed 002): 172 n + 312."""
    return 172.0 * seats + 312.0


def upgraded_copy(oxt: Path, dest_dir: Path, version: str) -> Path:
    """A copy of oxt whose description.xml carries `version`."""
    out = dest_dir / f"ortijd-{version}.oxt"
    with zipfile.ZipFile(oxt) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "description.xml":
                data, n = re.subn(rb'(<version value=")[^"]*(")',
                                  rb"\g<1>" + version.encode() + rb"\g<2>", data)
                if n != 1:
                    raise LoSessionError("description.xml has no version element")
            dst.writestr(item, data)
    return out


def fill(sheet, cells: int) -> None:
    """Seats 5..15 in A1:A<cells>, =ORUREN(A<i>) in B1:B<cells>."""
    sheet.getCellRangeByName(f"A1:A{cells}").setDataArray(
        tuple((float(5 + i % 11),) for i in range(cells)))
    sheet.getCellRangeByName(f"B1:B{cells}").setFormulaArray(
        tuple((f"=ORUREN(A{i + 1})",) for i in range(cells)))


def check_all(rep: Report, sheet, cells: int, stage: str) -> None:
    """Every B cell equals 172 n + 312 and keeps its add-in formula."""
    seats = sheet.getCellRangeByName(f"A1:A{cells}").getDataArray()
    values = sheet.getCellRangeByName(f"B1:B{cells}").getDataArray()
    formulas = sheet.getCellRangeByName(f"B1:B{cells}").getFormulaArray()
    wrong = [i + 1 for i in range(cells)
             if not isinstance(values[i][0], float) or values[i][0] != expected(seats[i][0])]
    rep.check(not wrong, f"[{stage}] {cells} ORUREN cells equal 172n+312",
              f"{len(wrong)} wrong, first row {wrong[:1]}")
    bad = [i + 1 for i in range(cells)
           if formulas[i][0].upper() != f"=NL.ORTIJD.ADDIN.HOURS(A{i + 1})"]
    rep.check(not bad, f"[{stage}] {cells} formulas kept as NL.ORTIJD.ADDIN.HOURS",
              f"{len(bad)} differ, first {formulas[bad[0] - 1][0] if bad else ''}")


def reopen_and_check(rep, lo, ods: Path, cells: int, stage: str) -> None:
    if not lo.running:  # life-cycle steps leave the office stopped
        lo.start()
    started = time.monotonic()
    doc = lo.load(ods, copy=False)
    doc.calculateAll()
    print(f"# {stage}: open + recalc {time.monotonic() - started:.2f} s")
    check_all(rep, doc.Sheets.getByIndex(0), cells, stage)
    lo.close_document(doc)


def run(opts) -> Report:
    rep = Report()
    cells = opts.cells
    with tempfile.TemporaryDirectory() as tmp, \
            LoSession(extensions=[opts.oxt], timeout=opts.timeout) as lo:
        ident = extension_identifier(opts.oxt)
        doc = lo.new_document()
        sheet = doc.Sheets.getByIndex(0)
        fill(sheet, cells)
        started = time.monotonic()
        doc.calculateAll()
        print(f"# new sheet: recalc of {cells} cells {time.monotonic() - started:.2f} s")
        check_all(rep, sheet, cells, "typed")
        ods = lo.store(doc, "scale.ods")
        lo.close_document(doc)

        reopen_and_check(rep, lo, ods, cells, "reopened")
        doc = lo.load(ods, copy=False)
        doc.calculateAll()
        doc.store()  # save in place, once more
        lo.close_document(doc)
        reopen_and_check(rep, lo, ods, cells, "saved twice")

        before = lo.list_extensions(restart=False)
        rep.check(ident in before, f"[install] unopkg list shows {ident} {before.get(ident)}")
        newer = upgraded_copy(opts.oxt, Path(tmp), "99.0.0")
        lo.add_extension(newer, restart=False)  # unopkg add -f over the installed one
        after = lo.list_extensions(restart=False)
        rep.check(after.get(ident) == "99.0.0", f"[upgrade] {ident} is now 99.0.0",
                  f"unopkg list: {after}")
        reopen_and_check(rep, lo, ods, cells, "upgraded")

        lo.remove_extension(ident, restart=False)
        rep.check(ident not in lo.list_extensions(restart=False), f"[remove] {ident} gone")
        lo.add_extension(opts.oxt, restart=False)
        rep.check(ident in lo.list_extensions(restart=False), f"[reinstall] {ident} back")
        reopen_and_check(rep, lo, ods, cells, "reinstalled")
    return rep


def main(argv) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--oxt", type=Path, required=True)
    ap.add_argument("--cells", type=int, default=10000)
    ap.add_argument("--timeout", type=float, default=120.0)
    opts = ap.parse_args(argv)
    return run_report("lifecycle", opts.oxt, lambda: run(opts))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
