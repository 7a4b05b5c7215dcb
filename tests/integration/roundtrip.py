#!/usr/bin/python3
"""Save / reload round trip and extension life cycle of ortijd documents.

    /usr/bin/python3 tests/integration/roundtrip.py --oxt build/ortijd.oxt [--lifecycle]

1. Types add-in formulas (display names, one array formula via
   XArrayFormulaRange.setArrayFormula) into a new spreadsheet, recalculates
   and checks the values.
2. Saves it as .ods and checks content.xml: every formula is stored with the
   programmatic name, of:=NL.ORTIJD.ADDIN.<METHOD>(, never the display name,
   and the array formula keeps its 8x2 span.
3. Reloads the .ods and checks that formulas (XCell.getFormula) and values
   are the same as before saving.
With --lifecycle also:
4. removes the extension (unopkg remove + office restart) and reloads: the
   cells must show #NAME? and keep their formula text;
5. reinstalls the extension and reloads: the values must be back.

Prints one line per check and, last, exactly "N passed, M failed"; exit 1 on
any failure or if no check ran, 2 on a harness error.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from lo_session import LoSession, extension_identifier  # noqa: E402
from check_sheet import actual_of, error_text, show_actual  # noqa: E402
from report import Report, run_report  # noqa: E402

# (cell, typed formula, expected value or error code, ODF name stored)
FORMULAS = [
    ("A1", "=ORUREN(7)", 1516.0, "NL.ORTIJD.ADDIN.HOURS"),
    ("A2", "=ORUREN(7;;;;;;;;;;;48)", 7 * 172 + 6 * 48.0, "NL.ORTIJD.ADDIN.HOURS"),
    ("A3", "=ORFTE(1264)", 1264 / 1872, "NL.ORTIJD.ADDIN.FTE"),
    ("A4", '=SCHOLINGSDAGEN("beide")', 8.0, "NL.ORTIJD.ADDIN.TRAININGDAYS"),
    ("A5", "=ORZETELS(120)", 7.0, "NL.ORTIJD.ADDIN.SEATS"),
    ("A6", "=ORZETELS(120;9)", 9.0, "NL.ORTIJD.ADDIN.SEATS"),
    ("A7", "=ORWEEKUREN(1516;7)", 1516 / 364, "NL.ORTIJD.ADDIN.MEMBERWEEKHOURS"),
    ("A8", "=ORUREN(0)", ("error", 502), "NL.ORTIJD.ADDIN.HOURS"),
    ("A9", "=ORFTE(ORUREN(A10))", 1688 / 1872, "NL.ORTIJD.ADDIN.FTE"),
]
INPUTS = [("A10", 8.0)]
ARRAY_RANGE, ARRAY_FORMULA = "C1:D8", "=ORURENSTAAT(7)"
ARRAY_ODF = "NL.ORTIJD.ADDIN.HOURSBREAKDOWN"
STAAT = [("Overlegvergaderingen", 84), ("OR-vergaderingen", 168), ("Voorbereiding", 252),
         ("Subtotaal overleg", 504), ("Overige tijd (art. 18 WOR)", 420),
         ("Scholing (art. 18 WOR)", 280), ("Dagelijks bestuur", 312), ("Totaal", 1516)]
DISPLAY_NAMES = ("ORUREN", "ORURENSTAAT", "ORFTE", "SCHOLINGSDAGEN", "ORZETELS", "ORWEEKUREN")


def expected_cells():
    """[(address, expected)] with expected a float, a str or ("error", code)."""
    out = [(addr, exp) for addr, _f, exp, _n in FORMULAS]
    for i, (label, hours) in enumerate(STAAT):
        out.append((f"C{i + 1}", label))
        out.append((f"D{i + 1}", float(hours)))
    return out


def cell_ok(act, exp) -> bool:
    if isinstance(exp, tuple):
        return act == exp
    if isinstance(exp, str):
        return act == ("text", exp)
    return act[0] == "number" and math.isclose(act[1], exp, rel_tol=1e-9, abs_tol=1e-12)


def show_exp(exp) -> str:
    if isinstance(exp, tuple):
        return error_text(exp[1])
    return repr(exp)


def check_values(rep: Report, sheet, stage: str) -> None:
    for addr, exp in expected_cells():
        act = actual_of(sheet.getCellRangeByName(addr))
        rep.check(cell_ok(act, exp), f"[{stage}] {addr} = {show_exp(exp)}",
                  f"got {show_actual(act)}")
    arr = sheet.getCellRangeByName(ARRAY_RANGE).getArrayFormula()
    rep.check(bool(arr), f"[{stage}] {ARRAY_RANGE} is an array formula", f"got {arr!r}")


def formulas_of(sheet):
    cells = [addr for addr, *_ in FORMULAS] + ["C1", "D8"]
    return {a: sheet.getCellRangeByName(a).getFormula() for a in cells}


def check_content_xml(rep: Report, ods: Path) -> None:
    with zipfile.ZipFile(ods) as z:
        xml = z.read("content.xml").decode("utf-8")
    stored = re.findall(r'table:formula="([^"]*)"', xml)
    print(f"# stored formulas: {stored}")
    for addr, typed, _exp, odf in FORMULAS:
        want = "of:=" + odf + "("
        rep.check(any(s.startswith(want) for s in stored),
                  f"[ods] content.xml stores {typed} as {want}...", "not found")
    rep.check(any(s.startswith(f"of:={ARRAY_ODF}(") for s in stored),
              f"[ods] content.xml stores {ARRAY_FORMULA} as of:={ARRAY_ODF}(", "not found")
    rep.check('of:=NL.ORTIJD.ADDIN.HOURS(7)"' in xml.replace("&quot;", '"'),
              "[ods] exact text of:=NL.ORTIJD.ADDIN.HOURS(7) present")
    display = [s for s in stored for n in DISPLAY_NAMES
               if re.search(rf"(?<![A-Z.]){n}\(", s)]
    rep.check(not display, "[ods] no display name stored in a formula", f"{display}")
    m = re.search(r'<table:table-cell[^>]*table:formula="of:=' + re.escape(ARRAY_ODF)
                  + r'\([^"]*"[^>]*>', xml)
    span_ok = bool(m) and 'number-matrix-rows-spanned="8"' in m.group(0) \
        and 'number-matrix-columns-spanned="2"' in m.group(0)
    rep.check(span_ok, "[ods] array formula stored with an 8x2 matrix span",
              m.group(0) if m else "no array cell")


def run(opts) -> Report:
    rep = Report()
    with LoSession(extensions=[opts.oxt], timeout=opts.timeout, verbose=opts.verbose) as lo:
        doc = lo.new_document("scalc")
        sheet = doc.Sheets.getByIndex(0)
        for addr, value in INPUTS:
            sheet.getCellRangeByName(addr).setValue(value)
        for addr, typed, _exp, _odf in FORMULAS:
            sheet.getCellRangeByName(addr).setFormula(typed)
        sheet.getCellRangeByName(ARRAY_RANGE).setArrayFormula(ARRAY_FORMULA)
        doc.calculateAll()
        check_values(rep, sheet, "typed")
        before = formulas_of(sheet)
        print(f"# getFormula() after typing: {before}")

        ods = lo.store(doc, "roundtrip.ods")
        lo.close_document(doc)
        check_content_xml(rep, ods)

        doc = lo.load(ods, copy=False)
        doc.calculateAll()
        sheet = doc.Sheets.getByIndex(0)
        check_values(rep, sheet, "reloaded")
        after = formulas_of(sheet)
        for addr in before:
            rep.check(after[addr] == before[addr], f"[reloaded] {addr} formula {before[addr]}",
                      f"now {after[addr]!r}")
        lo.close_document(doc)

        if not opts.lifecycle:
            return rep
        ident = extension_identifier(opts.oxt)
        rep.check(ident in lo.list_extensions(restart=False),
                  f"[lifecycle] unopkg list shows {ident}")
        lo.remove_extension(ident)  # restarts the office
        rep.check(ident not in lo.list_extensions(restart=False),
                  f"[lifecycle] {ident} removed")
        lo.start()
        doc = lo.load(ods, copy=False)
        doc.calculateAll()
        sheet = doc.Sheets.getByIndex(0)
        for addr, typed, _exp, _odf in FORMULAS:
            cell = sheet.getCellRangeByName(addr)
            act = actual_of(cell)
            rep.check(act == ("error", 525), f"[removed] {addr} shows #NAME?",
                      f"got {show_actual(act)}")
            f = cell.getFormula()
            rep.check(f.lower() == before[addr].lower(),
                      f"[removed] {addr} keeps its formula {before[addr]} (now {f})",
                      f"now {f!r}")
        lo.close_document(doc)
        lo.add_extension(opts.oxt, restart=False)
        lo.start()
        rep.check(ident in lo.list_extensions(restart=True), f"[lifecycle] {ident} reinstalled")
        doc = lo.load(ods, copy=False)
        doc.calculateAll()
        check_values(rep, doc.Sheets.getByIndex(0), "reinstalled")
        lo.close_document(doc)
        print("# timings (s): " + ", ".join(f"{k} {v:.2f}" for k, v in lo.timings.items()
                                            if k != "start_count"))
    return rep


def main(argv) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--oxt", type=Path, required=True)
    ap.add_argument("--lifecycle", action="store_true",
                    help="also remove and reinstall the extension")
    ap.add_argument("--timeout", type=float, default=90.0)
    ap.add_argument("--verbose", action="store_true")
    opts = ap.parse_args(argv)
    return run_report("roundtrip", opts.oxt, lambda: run(opts))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
