#!/usr/bin/python3
"""The extension's life cycle with a workbook: save, reopen, upgrade in place,
remove and reinstall (the one test of these office behaviours).

    bash tools/run-python.sh tests/integration/lifecycle.py --oxt build/ortijd.oxt [--cells 10000]

One office session (tools/lo_session.py) with the .oxt installed:
1. A new workbook. Sheet 1: add-in formulas typed with display names (one
   array formula via XArrayFormulaRange.setArrayFormula) and checked.
   Sheet 2: seats 5..15 in column A and =ORUREN(A<i>) in column B for
   --cells rows (10,000 add-in formulas), each 172 n + 312 (the worked
   example's model with its defaults, rules.md) and kept as the stored name.
2. Saved as .ods: content.xml stores every call with the programmatic name,
   of:=NL.ORTIJD.ADDIN.<METHOD>(, never the display name, and the array
   formula keeps its 8x2 span. Reopened (Calc recalculates add-in calls on
   load): formulas (XCell.getFormula) and values as before; saved in place
   once more and reopened.
3. Upgraded in place (unopkg add -f of the same package with a higher version
   in description.xml): `unopkg list` shows the new version, the workbook
   computes every cell.
4. Removed (unopkg remove, office restarted): every add-in cell shows #NAME?
   and keeps its formula text. Reinstalled: every value is back.

Names come from the names manifest (tools/manifest.py). Prints one line per
check and, last, exactly "N passed, M failed" (tools/report.py).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import manifest
from cells import NAME_ERROR, RESULT_ERROR, actual_of, same, show
from lo_session import LoSession, LoSessionError, extension_identifier
from report import run

# Sheet 1: (cell, typed formula, expected number or ("error", code))
FORMULAS = [
    ("A1", "=ORUREN(7)", 1516.0),
    ("A2", "=ORUREN(7;;;;;;;;;;;48)", 7 * 172 + 6 * 48.0),
    ("A3", "=ORFTE(1264)", 1264 / 1872),
    ("A4", '=SCHOLINGSDAGEN("beide")', 8.0),
    ("A5", "=ORZETELS(120)", 7.0),
    ("A6", "=ORZETELS(120;9)", 9.0),
    ("A7", "=ORWEEKUREN(1516;7)", 1516 / 364),
    ("A8", "=ORUREN(0)", ("error", 502)),
    ("A9", "=ORFTE(ORUREN(A10))", 1688 / 1872),
]
INPUTS = [("A10", 8.0)]
ARRAY_RANGE, ARRAY_FORMULA = "C1:D8", "=ORURENSTAAT(7)"
STAAT = [("Overlegvergaderingen", 84), ("OR-vergaderingen", 168), ("Voorbereiding", 252),
         ("Subtotaal overleg", 504), ("Overige tijd (art. 18 WOR)", 420),
         ("Scholing (art. 18 WOR)", 280), ("Dagelijks bestuur", 312), ("Totaal", 1516)]
ADDIN_CELLS = [addr for addr, *_ in FORMULAS] + ["C1", "D8"]


def stored_of(formula: str) -> str:
    """The stored name of a typed formula's outer call: =ORFTE(...) -> NL.ORTIJD.ADDIN.FTE."""
    return manifest.stored_name(re.match(r"=(\w+)\(", formula).group(1))


def expected_cells():
    """[(address, (kind, value))] of sheet 1."""
    out = [(addr, exp if isinstance(exp, tuple) else ("number", exp))
           for addr, _f, exp in FORMULAS]
    for i, (label, hours) in enumerate(STAAT):
        out += [(f"C{i + 1}", ("text", label)), (f"D{i + 1}", ("number", float(hours)))]
    return out


def fill(doc, cells: int) -> None:
    """Types sheet 1 and sheet 2 (see the module comment)."""
    sheet = doc.Sheets.getByIndex(0)
    for addr, value in INPUTS:
        sheet.getCellRangeByName(addr).setValue(value)
    for addr, typed, _exp in FORMULAS:
        sheet.getCellRangeByName(addr).setFormula(typed)
    sheet.getCellRangeByName(ARRAY_RANGE).setArrayFormula(ARRAY_FORMULA)
    doc.Sheets.insertNewByName("Schaal", 1)
    sheet = doc.Sheets.getByIndex(1)
    sheet.getCellRangeByName(f"A1:A{cells}").setDataArray(
        tuple((float(5 + i % 11),) for i in range(cells)))
    sheet.getCellRangeByName(f"B1:B{cells}").setFormulaArray(
        tuple((f"=ORUREN(A{i + 1})",) for i in range(cells)))


def check_values(rep, doc, cells: int, stage: str) -> None:
    """Every value of sheet 1; every sheet 2 cell 172 n + 312 and its formula."""
    sheet = doc.Sheets.getByIndex(0)
    for addr, exp in expected_cells():
        act = actual_of(sheet.getCellRangeByName(addr))
        rep.check(same(exp, act), f"[{stage}] {addr} = {show(exp)}", f"got {show(act)}")
    arr = sheet.getCellRangeByName(ARRAY_RANGE).getArrayFormula()
    rep.check(bool(arr), f"[{stage}] {ARRAY_RANGE} is an array formula", f"got {arr!r}")
    sheet = doc.Sheets.getByIndex(1)
    seats = sheet.getCellRangeByName(f"A1:A{cells}").getDataArray()
    values = sheet.getCellRangeByName(f"B1:B{cells}").getDataArray()
    wrong = [i + 1 for i in range(cells)
             if not isinstance(values[i][0], float) or values[i][0] != 172.0 * seats[i][0] + 312]
    rep.check(not wrong, f"[{stage}] {cells} ORUREN cells equal 172n+312",
              f"{len(wrong)} wrong, first row {wrong[:1]}")
    check_scale_formulas(rep, sheet, cells, stage)


def check_scale_formulas(rep, sheet, cells: int, stage: str) -> None:
    stored = manifest.stored_name("ORUREN")
    formulas = sheet.getCellRangeByName(f"B1:B{cells}").getFormulaArray()
    bad = [i + 1 for i in range(cells) if formulas[i][0].upper() != f"={stored}(A{i + 1})"]
    rep.check(not bad, f"[{stage}] {cells} formulas kept as {stored}",
              f"{len(bad)} differ, first {formulas[bad[0] - 1][0] if bad else ''}")


def formulas_of(doc) -> dict:
    sheet = doc.Sheets.getByIndex(0)
    return {a: sheet.getCellRangeByName(a).getFormula() for a in ADDIN_CELLS}


def check_content_xml(rep, ods: Path) -> None:
    with zipfile.ZipFile(ods) as z:
        xml = z.read("content.xml").decode("utf-8")
    stored = re.findall(r'table:formula="([^"]*)"', xml)
    print(f"# stored formulas: {stored[:len(ADDIN_CELLS)]} ...")
    for _addr, typed, _exp in FORMULAS:
        want = "of:=" + stored_of(typed) + "("
        rep.check(any(s.startswith(want) for s in stored),
                  f"[ods] content.xml stores {typed} as {want}...", "not found")
    array_odf = stored_of(ARRAY_FORMULA)
    rep.check(any(s.startswith(f"of:={array_odf}(") for s in stored),
              f"[ods] content.xml stores {ARRAY_FORMULA} as of:={array_odf}(", "not found")
    rep.check('of:=NL.ORTIJD.ADDIN.HOURS(7)"' in xml.replace("&quot;", '"'),
              "[ods] exact text of:=NL.ORTIJD.ADDIN.HOURS(7) present")
    display = [s for s in stored for f in manifest.functions()
               if re.search(rf"(?<![A-Z.]){f.name}\(", s)]
    rep.check(not display, "[ods] no display name stored in a formula", f"{display[:3]}")
    m = re.search(r'<table:table-cell[^>]*table:formula="of:=' + re.escape(array_odf)
                  + r'\([^"]*"[^>]*>', xml)
    span_ok = bool(m) and 'number-matrix-rows-spanned="8"' in m.group(0) \
        and 'number-matrix-columns-spanned="2"' in m.group(0)
    rep.check(span_ok, "[ods] array formula stored with an 8x2 matrix span",
              m.group(0) if m else "no array cell")


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


def reopen(lo, ods: Path, stage: str):
    """Opens the saved workbook (starting the office if a life-cycle step
    left it stopped) and recalculates it."""
    if not lo.running:
        lo.start()
    started = time.monotonic()
    doc = lo.load(ods, copy=False)
    doc.calculateAll()
    print(f"# {stage}: open + recalc {time.monotonic() - started:.2f} s")
    return doc


def reopen_and_check(rep, lo, ods: Path, cells: int, stage: str) -> None:
    doc = reopen(lo, ods, stage)
    check_values(rep, doc, cells, stage)
    lo.close_document(doc)


def check_removed(rep, lo, ods: Path, cells: int, typed: dict) -> None:
    """Without the extension every add-in cell shows #NAME? and keeps its formula."""
    doc = reopen(lo, ods, "removed")
    sheet = doc.Sheets.getByIndex(0)
    for addr, _typed, _exp in FORMULAS:
        cell = sheet.getCellRangeByName(addr)
        act = actual_of(cell)
        rep.check(act == ("error", NAME_ERROR), f"[removed] {addr} shows #NAME?",
                  f"got {show(act)}")
        f = cell.getFormula()
        rep.check(f.lower() == typed[addr].lower(),
                  f"[removed] {addr} keeps its formula {typed[addr]} (now {f})", f"now {f!r}")
    sheet = doc.Sheets.getByIndex(1)
    block = sheet.getCellRangeByName(f"B1:B{cells}")
    errors = sum((a.EndRow - a.StartRow + 1) for a in
                 block.queryFormulaCells(RESULT_ERROR).getRangeAddresses())
    ends = {actual_of(block.getCellByPosition(0, i)) for i in (0, cells - 1)}
    rep.check(errors == cells and ends == {("error", NAME_ERROR)},
              f"[removed] {cells} ORUREN cells show an error, #NAME? at both ends",
              f"{errors} errors, ends {sorted(map(show, ends))}")
    check_scale_formulas(rep, sheet, cells, "removed")
    lo.close_document(doc)


def check(rep, opts) -> None:
    cells = opts.cells
    with tempfile.TemporaryDirectory() as tmp, \
            LoSession(extensions=[opts.oxt], timeout=opts.timeout, verbose=opts.verbose) as lo:
        ident = extension_identifier(opts.oxt)
        doc = lo.new_document()
        fill(doc, cells)
        started = time.monotonic()
        doc.calculateAll()
        print(f"# new workbook: recalc of {cells} cells {time.monotonic() - started:.2f} s")
        check_values(rep, doc, cells, "typed")
        typed = formulas_of(doc)
        print(f"# getFormula() after typing: {typed}")
        ods = lo.store(doc, "lifecycle.ods")
        lo.close_document(doc)
        check_content_xml(rep, ods)

        doc = reopen(lo, ods, "reopened")
        check_values(rep, doc, cells, "reopened")
        now = formulas_of(doc)
        for addr in typed:
            rep.check(now[addr] == typed[addr], f"[reopened] {addr} formula {typed[addr]}",
                      f"now {now[addr]!r}")
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
        check_removed(rep, lo, ods, cells, typed)
        lo.add_extension(opts.oxt, restart=False)
        rep.check(ident in lo.list_extensions(restart=False), f"[reinstall] {ident} back")
        reopen_and_check(rep, lo, ods, cells, "reinstalled")
        print("# timings (s): " + ", ".join(f"{k} {v:.2f}" for k, v in lo.timings.items()
                                            if k != "start_count"))


def main(argv) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--oxt", type=Path, required=True)
    ap.add_argument("--cells", type=int, default=10000)
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--verbose", action="store_true")
    opts = ap.parse_args(argv)
    return run("lifecycle", lambda rep: check(rep, opts), needs=[opts.oxt])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
