#!/usr/bin/python3
"""Round trips of the example workbook and the template through .ods, .xlsx
and .xls, opened with and without the extension (README "Delen met anderen").

    bash tools/run-python.sh tests/integration/share_roundtrip.py --oxt build/ortijd.oxt

Three office sessions, one per scenario (tools/lo_session.py):

1. With the extension. examples/voorbeeld-begroting.ods and a new document
   from examples/or-begroting.ots are recalculated (Ctrl+Shift+F9) and every
   formula cell is recorded (formula and value): the reference. Each is saved
   as .ods, .xlsx and .xls (the .xls must store the calls under the
   compatibility names ORUREN, ...; for the .xlsx see "Versions" below) and
   reopened: with the default settings every value equals the reference on
   load, after F9 (calculate) and after Ctrl+Shift+F9 (calculateAll), and
   every formula is the reference formula. The default for .xlsx is "never
   recalculate": the cached value of every ortijd cell with a number is
   changed inside the .xlsx (stale values); some stay on load and after F9
   (Calc recalculates on load only cells with volatile functions such as
   TODAY(), array formulas and what depends on them), Ctrl+Shift+F9
   corrects every one, and with "always recalculate" (Tools > Options >
   LibreOffice Calc > Formula) every one is correct on load. A values-only
   copy for an Excel user, as Calc's own command Data > Calculate > Formula
   to Value makes it (done here through the cell API: see values_only_copy),
   saved as .xlsx.
2. Without the extension, each saved file: every formula is kept (the .xls
   shows the display names). After Ctrl+Shift+F9 (the settled state) a cell
   shows the documented error, #NAME? (Err:525; .ods, .xlsx) or #ADDIN?
   (Err:530; .xls), or its reference value, with one exception: a cell with
   an error handler in its formula (IFERROR, IFNA, ISERROR, ISERR, ISNA,
   ERROR.TYPE; a "handled" cell) shows what its handler makes of the failed
   call, e.g. "" or a "Let op: ..." text; such a cell may show text, never a
   number other than its reference value. Every "plain" ortijd cell (calls
   ortijd, no error handler) whose reference value is a number shows the
   error. On load a cell shows its saved value, the documented error, or a
   value that Calc recalculated on load through an error handler: the cell
   itself is handled, or one of its precedents (queryPrecedents) is handled
   and changed on load (e.g. Begroting.B20, a SUMIF over a handled cell that
   turned "" on load); anything else fails. Some cells show the error at
   once (.xls: every cell that fails in the settled state already does).
   The file is saved again in its own format. The values-only copy has no
   ortijd formula and keeps every value, also after Ctrl+Shift+F9.
3. With the extension again, the files saved in 2: .ods and .xlsx give every
   formula and value of the reference, on load and after Ctrl+Shift+F9. The
   .xls does not: saved without the extension, the calls were written as
   macro calls, so every cell shows, on load and after Ctrl+Shift+F9, what
   it showed in the settled state of 2 with #ADDIN? turned into #MACRO?
   (Err:531): the formula still reads ORUREN(...), a handled cell keeps its
   handler's value ("" or "Let op: ..."), silently (documented in the
   README: keep such files as .ods).

Versions (the session's office version, /org.openoffice.Setup/Product
ooSetupVersionAboutBox; the README says what a user sees):
- .xlsx spelling of a call: LibreOffice 7.0 and 7.4 write
  NL.ORTIJD.ADDIN.<METHOD>(...), 25.2 writes the compatibility name
  (ORUREN(...), as in .xls). Versions in between were not tried: the test
  accepts either spelling there and prints which one it found. The stale
  .xlsx of scenario 1 finds its ORFTE cell under either spelling.
- LibreOffice before 7.4 (seen in 7.0.4.2): AND and OR mishandle an error
  argument next to an IS function: =AND(A1<>"";ISNUMBER(5)) and
  =OR(A1="";ISBLANK(A1)) with A1 #NAME? give Err:504 (7.4 and 25.2:
  #NAME?), and Begroting.D75, OR(ISBLANK(x);x="") with x a named cell that
  shows #NAME?, loses the error and shows "Let op: geen getal" (7.4: #NAME?).
  Begroting's "ready" tests are such ANDs, so those cells and the totals over
  them show Err:504. Before 7.4 the test accepts Err:504 in place of the
  documented error, counts AND and OR as error handlers (such a cell may show
  text) and prints how many cells show Err:504.
- LibreOffice 7.0 shows stale "Let op" texts on load of an .xlsx that was
  saved without the extension and is reopened with it (correct after
  Ctrl+Shift+F9): tests/matrix/expectations.txt lists that failure.

Values are compared with a relative tolerance of 1e-12 (.xlsx stores 15
significant digits). A scenario that cannot run (a file missing) fails its
checks and the others still run. Prints one line per check and, last,
exactly "N passed, M failed".
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import manifest
from cells import (ADDIN_ERROR, FORMULA, MACRO_ERROR, NAME_ERROR, RESULT_ERROR, WRONG_COUNT,
                   actual_of, name_of, same, show, used_block)
from lo_session import LoSession, props
from report import run

ROOT = Path(__file__).resolve().parents[2]

WORKBOOKS = {
    "voorbeeld": ROOT / "examples" / "voorbeeld-begroting.ods",
    "sjabloon": ROOT / "examples" / "or-begroting.ots",
}
FORMATS = (".ods", ".xlsx", ".xls")
# Stored method -> compatibility name (= display name), from the names
# manifest. The .xls format stores these names: the released ones are pinned
# here and must never change.
RELEASED_NAMES = {
    "HOURS": "ORUREN", "HOURSBREAKDOWN": "ORURENSTAAT", "FTE": "ORFTE",
    "TRAININGDAYS": "SCHOLINGSDAGEN", "SEATS": "ORZETELS",
    "MEMBERWEEKHOURS": "ORWEEKUREN",
}
DOCUMENTED_ERROR = {".ods": NAME_ERROR, ".xlsx": NAME_ERROR, ".xls": ADDIN_ERROR}
AND_ERROR = WRONG_COUNT  # Err:504: AND(<error>; ISNUMBER(...)) before LibreOffice 7.4
STALE = 12345.0     # written over a cached value in the .xlsx
# Error handlers: a cell with one of them may turn a failed call into text.
HANDLERS = re.compile(r"(?<![A-Z0-9_.])(IFERROR|IFNA|ISERROR|ISERR|ISNA|ERRORTYPE|"
                      r"ERROR\.TYPE)\(")
# Before LibreOffice 7.4, AND and OR can turn an error argument into Err:504
# or lose it (module comment): there they count as error handlers too.
OLD_LOGIC = re.compile(r"(?<![A-Z0-9_.])(AND|OR)\(")
# Versions known to write NL.ORTIJD.ADDIN.<METHOD> (False) or the compatibility
# name (True) into .xlsx; others: either is accepted (see the module comment).
XLSX_COMPAT_SPELLING = {(7, 0): False, (7, 4): False, (25, 2): True}


def calls_ortijd(formula: str) -> bool:
    """True when a formula (any of the three spellings) calls ortijd."""
    up = formula.upper()
    return manifest.stored_prefix() in up or any(
        re.search(rf"(?<![A-Z0-9_.]){n}\(", up) for n in manifest.compat_names().values())


def handles_errors(formula: str, version=None) -> bool:
    """True when a formula has an error handler (IFERROR, ISERROR, ...; with
    a version before 7.4 also AND and OR)."""
    up = formula.upper()
    return bool(HANDLERS.search(up) or
                (version and version[:2] < (7, 4) and OLD_LOGIC.search(up)))


def office_version(lo) -> tuple:
    """(major, minor, "full version") of the session's office."""
    cp = lo.smgr.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", lo.ctx)
    access = cp.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationAccess",
        props(nodepath="/org.openoffice.Setup/Product"))
    full = access.getByName("ooSetupVersionAboutBox") or access.getByName("ooSetupVersion")
    major, minor = (int(x) for x in re.findall(r"\d+", full)[:2])
    return major, minor, full


def failure_errors(version, err: int) -> set:
    """The error codes that stand for a failed ortijd call without the
    extension: the documented one, and Err:504 before 7.4 (module comment)."""
    return {err, AND_ERROR} if version[:2] < (7, 4) else {err}


def normalised(formula: str) -> str:
    """A formula with every ortijd call spelt by its display name, upper case:
    the reference (NL.ORTIJD.ADDIN.FTE), the formula without the extension
    (nl.ortijd.addin.fte) and the one from an .xls without it (ORFTE) agree."""
    up = formula.upper()
    return re.sub(re.escape(manifest.stored_prefix()) + r"([A-Z]+)\(",
                  lambda m: manifest.compat_names().get(m.group(1), m.group(0)) + "(", up)


def snapshot(doc) -> dict:
    """{(sheet, row, col): (formula, value)} of every formula cell, the value
    as cells.actual_of gives it. A few calls per block of cells (a call
    per cell would make the test several times slower)."""
    out = {}
    for sheet in doc.Sheets:
        for addr in sheet.queryContentCells(FORMULA).getRangeAddresses():
            block = sheet.getCellRangeByPosition(
                addr.StartColumn, addr.StartRow, addr.EndColumn, addr.EndRow)
            rows = zip(block.getFormulaArray(), block.getDataArray())
            for r, (formulas, values) in enumerate(rows):
                for c, (f, v) in enumerate(zip(formulas, values)):
                    value = ("number", v) if isinstance(v, float) else ("text", v)
                    out[(sheet.Name, addr.StartRow + r, addr.StartColumn + c)] = (f, value)
        for addr in sheet.queryFormulaCells(RESULT_ERROR).getRangeAddresses():
            for row in range(addr.StartRow, addr.EndRow + 1):
                for col in range(addr.StartColumn, addr.EndColumn + 1):
                    key = (sheet.Name, row, col)
                    code = sheet.getCellByPosition(col, row).getError()
                    out[key] = (out[key][0], ("error", code))
    return out


def same_value(a, b) -> bool:
    return same(a, b, rel_tol=1e-12)


def where(key) -> str:
    return name_of(*key)


def first(items, n=3) -> str:
    items = list(items)
    return "; ".join(items[:n]) + (f" (+{len(items) - n} more)" if len(items) > n else "")


def compare_values(rep, tag, ref, now) -> None:
    bad = [f"{where(k)} {show(now[k][1]) if k in now else 'missing'} "
           f"(was {show(v)})" for k, (_f, v) in ref.items()
           if k not in now or not same_value(v, now[k][1])]
    rep.check(not bad, f"{tag}: all {len(ref)} values equal the original", first(bad))


def compare_formulas(rep, tag, ref, now) -> None:
    bad = [f"{where(k)} {now[k][0] if k in now else 'missing'} (was {f})"
           for k, (f, _v) in ref.items()
           if k not in now or normalised(now[k][0]) != normalised(f)]
    rep.check(not bad, f"{tag}: all {len(ref)} formulas kept", first(bad))


def xls_names(path: Path) -> set:
    """Compatibility names found in an .xls (BIFF8 EXTERNNAME records store
    them as 8-bit or UTF-16 strings)."""
    data = path.read_bytes()
    return {n for n in manifest.compat_names().values()
            if n.encode("latin-1") in data or n.encode("utf-16-le") in data}


def make_stale_xlsx(src: Path, dst: Path) -> list:
    """Copies src with the cached value of every ortijd cell that holds a
    number replaced by STALE; returns those cells as [(sheet file, reference)]."""
    hits = []
    cell = re.compile(r'(<c r="([A-Z]+\d+)"[^>]*><f[^>]*>([^<]*)</f><v>)[0-9.Ee+-]+(</v>)')
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if re.match(r"xl/worksheets/sheet\d+\.xml$", item.filename):
                def stale(m, name=item.filename):
                    if not calls_ortijd(html.unescape(m.group(3))):
                        return m.group(0)
                    hits.append((name, m.group(2)))
                    return f"{m.group(1)}{STALE:g}{m.group(4)}"
                data = cell.sub(stale, data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)
    return hits


def sheet_of_xlsx(xlsx: Path, sheet_file: str) -> str:
    """The sheet name that xl/worksheets/sheetN.xml holds."""
    with zipfile.ZipFile(xlsx) as z:
        wb = z.read("xl/workbook.xml").decode("utf-8")
        rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    target = sheet_file.split("xl/", 1)[1]
    rid = re.search(r'Id="([^"]+)"[^>]*Target="/?(?:xl/)?' + re.escape(target) + '"', rels) \
        or re.search(r'Target="/?(?:xl/)?' + re.escape(target) + r'"[^>]*Id="([^"]+)"', rels)
    return html.unescape(
        re.search(r'<sheet name="([^"]+)"[^>]*r:id="' + rid.group(1) + '"', wb).group(1))


def set_ooxml_recalc(lo, mode: int) -> None:
    """Tools > Options > LibreOffice Calc > Formula > Recalculation on File
    Load > Excel 2007 and newer: 0 always, 1 never (default), 2 prompt."""
    cp = lo.smgr.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", lo.ctx)
    access = cp.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        props(nodepath="/org.openoffice.Office.Calc/Formula/Load"))
    access.setPropertyValue("OOXMLRecalcMode", mode)
    access.commitChanges()


def values_only_copy(lo, doc) -> None:
    """What Data > Calculate > Formula to Value does, on every sheet's used
    area: each formula replaced by its current value (text or number).
    Done through the cell API, not by dispatching .uno:ConvertFormulaToValue:
    in headless LibreOffice 7.4 that command makes the office abort a few
    seconds later in a timer (SvpSalInstance::CheckTimeout), also on a sheet
    without any ortijd call; the result on the cells is the same."""
    del lo
    for sheet in doc.Sheets:
        block = used_block(sheet)
        block.setDataArray(block.getDataArray())


def xlsx_spelling(rep, lo, name: str, xlsx: Path) -> None:
    """Which spelling the .xlsx stores the calls under, against the version."""
    version, prefix = office_version(lo), manifest.stored_prefix()
    with zipfile.ZipFile(xlsx) as z:
        text = "".join(z.read(n).decode("utf-8") for n in z.namelist()
                       if n.startswith("xl/worksheets/"))
    formulas = re.findall(r"<f[^>]*>([^<]*)</f>", text)
    programmatic = sum(f.upper().count(prefix) for f in formulas)
    compat = sum(len(re.findall(rf"(?<![A-Za-z0-9_.]){n}\(", f))
                 for f in formulas for n in manifest.compat_names().values())
    want = XLSX_COMPAT_SPELLING.get(version[:2])
    found = {True: f"{compat} under compatibility names ORUREN, ...",
             False: f"{programmatic} as {prefix}<METHOD>"}
    print(f"# [{name}.xlsx] LibreOffice {version[2]} stores the calls: "
          f"{programmatic} as {prefix}<METHOD>, {compat} as compatibility names")
    if want is None:
        rep.check(bool(programmatic) != bool(compat),
                  f"[{name}.xlsx] calls stored in one spelling (LibreOffice {version[2]}, "
                  f"not in the known versions {sorted(XLSX_COMPAT_SPELLING)})",
                  f"{found[False]}, {found[True]}")
        return
    good, other = (compat, programmatic) if want else (programmatic, compat)
    rep.check(good > 0 and other == 0,
              f"[{name}.xlsx] LibreOffice {version[0]}.{version[1]} stores the calls "
              f"{'under compatibility names' if want else 'as ' + prefix + '<METHOD>'}"
              f" ({good})", f"{found[False]}, {found[True]}")


def with_extension(rep, lo, out: Path, refs: dict) -> None:
    """Scenario 1 (see the module comment); fills refs and writes out/."""
    print(f"# LibreOffice {office_version(lo)[2]}")
    names = manifest.compat_names()
    changed = {m: (n, names.get(m)) for m, n in RELEASED_NAMES.items() if names.get(m) != n}
    rep.check(not changed, f"compatibility names of the {len(RELEASED_NAMES)} released "
              f"functions unchanged in the names manifest", f"{changed}")
    for name, src in WORKBOOKS.items():
        doc = lo.load(src)
        doc.calculateAll()
        ref = snapshot(doc)
        refs[name] = ref
        ort = [k for k, (f, _v) in ref.items() if calls_ortijd(f)]
        errors = [where(k) for k, (_f, v) in ref.items() if v[0] == "error"]
        print(f"# {name}: {len(ref)} formula cells, {len(ort)} call ortijd")
        rep.check(len(ort) >= 20, f"[{name}] the workbook calls ortijd ({len(ort)} cells)")
        rep.check(not errors, f"[{name}] no error cell with the extension", first(errors))
        for ext in FORMATS:
            lo.store(doc, out / f"{name}{ext}")
        lo.close_document(doc)

        calls = manifest.stored_calls(out / f"{name}.ods")
        rep.check(calls, f"[{name}.ods] content.xml stores {sum(calls.values())} calls as "
                  f"of:={manifest.stored_prefix()}<METHOD>(")
        found = xls_names(out / f"{name}.xls")
        used = {names[m] for f, _v in ref.values()
                for m in re.findall(re.escape(manifest.stored_prefix()) + r"([A-Z]+)\(",
                                    f.upper())}
        rep.check(used and used <= found,
                  f"[{name}.xls] calls stored under their compatibility names "
                  f"{sorted(used)}", f"found {sorted(found)}")
        xlsx_spelling(rep, lo, name, out / f"{name}.xlsx")

        for ext in FORMATS:
            tag = f"[{name}{ext}, with extension]"
            doc = lo.load(out / f"{name}{ext}")
            now = snapshot(doc)
            compare_formulas(rep, tag, ref, now)
            compare_values(rep, tag + " on load", ref, now)
            doc.calculate()
            compare_values(rep, tag + " after F9", ref, snapshot(doc))
            doc.calculateAll()
            compare_values(rep, tag + " after Ctrl+Shift+F9", ref, snapshot(doc))
            lo.close_document(doc)

    stale_xlsx(rep, lo, out, refs)
    values_only(rep, lo, out)


def stale_xlsx(rep, lo, out: Path, refs: dict) -> None:
    """Stale values in an .xlsx: kept by the default "never recalculate".
    Every ortijd cell with a number gets STALE as cached value. On load Calc
    still recalculates some cells (volatile functions such as TODAY(), array
    formulas, and what depends on them; LibreOffice 25.2 more than 7.4; such
    a cell computes with the stale values of its precedents), so the check is
    that some keep the stale value on load and after F9, and that
    Ctrl+Shift+F9 or "always recalculate" corrects every one."""
    stale = out / "voorbeeld-stale.xlsx"
    path = out / "voorbeeld.xlsx"
    hits = make_stale_xlsx(path, stale) if path.is_file() else []
    if not rep.check(bool(hits), f"[stale .xlsx] the cached values of {len(hits)} "
                     f"ortijd cells replaced by {STALE:g}"):
        return
    correct = refs["voorbeeld"]
    cells = {}
    for sheet_file, ref in hits:
        sheet_name = sheet_of_xlsx(stale, sheet_file)
        key = next(k for k in correct if k[0] == sheet_name and where(k) == f"{sheet_name}.{ref}")
        cells[key] = correct[key][1]

    def values(doc):
        return {k: actual_of(doc.Sheets.getByName(k[0]).getCellByPosition(k[2], k[1]))
                for k in cells}

    def wrong(now):
        return [f"{where(k)} {show(now[k])} (want {show(v)})"
                for k, v in cells.items() if not same_value(now[k], v)]

    doc = lo.load(stale)
    now = values(doc)
    kept = {k for k, v in now.items() if v == ("number", STALE)}
    print(f"# [stale .xlsx] default settings, on load: recalculated "
          f"{first((where(k) + ' ' + show(now[k]) for k in cells if k not in kept), 4)}")
    rep.check(bool(kept), f"[stale .xlsx] default settings: {len(kept)} of {len(cells)} "
              f"ortijd cells show the stored {STALE:g} on load")
    doc.calculate()
    now = values(doc)
    still = [where(k) for k in kept if now[k] != ("number", STALE)]
    rep.check(not still, "[stale .xlsx] ... and still after F9", first(still))
    doc.calculateAll()
    bad = wrong(values(doc))
    rep.check(not bad, "[stale .xlsx] ... Ctrl+Shift+F9 gives every value", first(bad))
    lo.close_document(doc)
    set_ooxml_recalc(lo, 0)
    doc = lo.load(stale)
    bad = wrong(values(doc))
    rep.check(not bad, "[stale .xlsx] 'always recalculate': every value on load", first(bad))
    lo.close_document(doc)
    set_ooxml_recalc(lo, 1)


def values_only(rep, lo, out: Path) -> None:
    """The values-only copy for an Excel user (values_only_copy)."""
    doc = lo.load(WORKBOOKS["voorbeeld"])
    doc.calculateAll()
    values_only_copy(lo, doc)
    left = [where(k) for k, (f, _v) in snapshot(doc).items() if calls_ortijd(f)]
    rep.check(not left, "[voorbeeld] Formula to Value leaves no ortijd formula", first(left))
    lo.store(doc, out / "voorbeeld-waarden.xlsx")


def changed_through_handler(doc, key, ref, now, version) -> bool:
    """True when the cell at key has an error handler, or one of its
    precedents (queryPrecedents, recursive) has one and no longer shows its
    reference value: a value Calc recalculated through an error handler."""
    if handles_errors(ref[key][0], version):
        return True
    names = [sh.Name for sh in doc.Sheets]
    cell = doc.Sheets.getByName(key[0]).getCellByPosition(key[2], key[1])
    for addr in cell.queryPrecedents(True).getRangeAddresses():
        for row in range(addr.StartRow, addr.EndRow + 1):
            for col in range(addr.StartColumn, addr.EndColumn + 1):
                k = (names[addr.Sheet], row, col)
                if k in ref and handles_errors(ref[k][0], version) and \
                        not same_value(ref[k][1], now[k][1]):
                    return True
    return False


def without_extension(rep, lo, out: Path, refs: dict, settled: dict) -> None:
    """Scenario 2; settled[(name, ext)] = the snapshot after Ctrl+Shift+F9."""
    version = office_version(lo)
    for name, ref in refs.items():
        ort = {k for k, (f, _v) in ref.items() if calls_ortijd(f)}
        plain = {k for k in ort if not handles_errors(ref[k][0])}
        for ext in FORMATS:
            tag = f"[{name}{ext}, without extension]"
            err = DOCUMENTED_ERROR[ext]
            accepted = failure_errors(version, err)
            shown = "Err:" + "/".join(str(e) for e in sorted(accepted))
            path = out / f"{name}{ext}"
            if not rep.check(path.is_file(), f"{tag} the file saved in scenario 1 exists"):
                continue
            doc = lo.load(path)
            now = snapshot(doc)
            compare_formulas(rep, tag, ref, now)

            def failing(k):
                return now[k][1][0] == "error" and now[k][1][1] in accepted

            errors = sum(1 for k in ref if failing(k))
            stale = sum(1 for k in ort if same_value(now[k][1], ref[k][1]))
            odd = [k for k in ref if not failing(k) and not same_value(now[k][1], ref[k][1])]
            handled = [k for k in odd if changed_through_handler(doc, k, ref, now, version)]
            odd = [f"{where(k)} {show(now[k][1])} (was {show(ref[k][1])})"
                   for k in odd if k not in handled]
            print(f"# {tag} on load: {errors} cells show {shown}, "
                  f"{stale} of {len(ort)} ortijd cells their saved value, {len(handled)} "
                  f"a value recalculated through an error handler: " + first(
                      (f"{where(k)} {show(now[k][1])[:50]} "
                       f"(was {show(ref[k][1])[:50]})" for k in handled), 4))
            rep.check(not odd, f"{tag} on load: each cell shows its saved value, {shown}, "
                      f"or a value recalculated through an error handler", first(odd))
            rep.check(errors > 0, f"{tag} on load: {errors} cells show {shown} at once")
            on_load = errors
            doc.calculateAll()
            now = snapshot(doc)
            settled[(name, ext)] = now
            text, codes = "", {}
            odd, missed, handled = [], [], []
            for k, (f, v) in ref.items():
                if failing(k):
                    codes[now[k][1][1]] = codes.get(now[k][1][1], 0) + 1
                    if now[k][1][1] == err:
                        text = text or doc.Sheets.getByName(k[0]).getCellByPosition(
                            k[2], k[1]).getString()
                elif same_value(now[k][1], v):
                    pass
                elif handles_errors(f, version) and now[k][1][0] == "text":
                    handled.append(f"{where(k)} {show(now[k][1])}")
                else:
                    odd.append(f"{where(k)} {show(now[k][1])} (was {show(v)})")
                # a plain ortijd cell that had a number must fail
                if k in plain and v[0] == "number" and not failing(k):
                    missed.append(f"{where(k)} {show(now[k][1])}")
            errors = sum(codes.values())
            print(f"# {tag} after Ctrl+Shift+F9: {errors} cells show an error "
                  f"({', '.join(f'{n} Err:{c}' for c, n in sorted(codes.items()))}), "
                  f"{len(handled)} handled cells their handler's text: {first(handled, 4)}")
            rep.check(errors > 0 and not odd, f"{tag} after Ctrl+Shift+F9: {errors} cells "
                      f"show {shown} ({text}), handled cells text, the others their value",
                      first(odd))
            rep.check(not missed, f"{tag} after Ctrl+Shift+F9: each of the {len(plain)} "
                      f"plain ortijd cells (no error handler) with a number shows {shown}",
                      first(missed))
            rep.check(text == {NAME_ERROR: "#NAME?", ADDIN_ERROR: "#ADDIN?"}[err],
                      f"{tag} the error reads {text}")
            if ext == ".xls":
                rep.check(on_load == errors, f"{tag} all {errors} already on load",
                          f"{on_load} on load")
            lo.store(doc, out / f"{name}-zonder{ext}")
            lo.close_document(doc)
            if ext == ".ods":
                was, now = (manifest.stored_calls(out / f"{name}{x}.ods") for x in ("", "-zonder"))
                rep.check(now == was, f"{tag} saved again: content.xml keeps all "
                          f"{sum(was.values())} add-in calls", f"{was} -> {now}")

    tag = "[values-only .xlsx, without extension]"
    ref = refs["voorbeeld"]
    path = out / "voorbeeld-waarden.xlsx"
    if not rep.check(path.is_file(), f"{tag} the copy made in scenario 1 exists"):
        return
    doc = lo.load(path)
    now = snapshot(doc)
    left = [where(k) for k, (f, _v) in now.items() if calls_ortijd(f)]
    rep.check(not left, f"{tag} holds no ortijd formula", first(left))
    for stage in ("on load", "after Ctrl+Shift+F9"):
        if stage != "on load":
            doc.calculateAll()
        sheet_cells = {}
        for k in ref:
            sheet_cells[k] = actual_of(doc.Sheets.getByName(k[0]).getCellByPosition(k[2], k[1]))
        bad = [f"{where(k)} {show(sheet_cells[k])} (was {show(v)})"
               for k, (_f, v) in ref.items()
               if not same_value(v, sheet_cells[k])
               and not (v == ("text", "") and sheet_cells[k] == ("empty", ""))]
        rep.check(not bad, f"{tag} {stage}: all {len(ref)} values kept", first(bad))
    lo.close_document(doc)


def extension_again(rep, lo, out: Path, refs: dict, settled: dict) -> None:
    """Scenario 3. An .xls saved without the extension is the exception:
    LibreOffice wrote each unknown call as a macro call, so every cell shows
    what it showed without the extension after Ctrl+Shift+F9, with #ADDIN?
    turned into #MACRO? (Err:531), although the formula text still reads
    ORUREN(...); a handled cell keeps its handler's value."""
    for name, ref in refs.items():
        for ext in FORMATS:
            tag = f"[{name}{ext} saved without, reopened with extension]"
            path = out / f"{name}-zonder{ext}"
            if not rep.check(path.is_file() and (name, ext) in settled,
                             f"{tag} the file saved in scenario 2 exists"):
                continue
            doc = lo.load(path)
            now = snapshot(doc)
            compare_formulas(rep, tag, ref, now)
            if ext != ".xls":
                compare_values(rep, tag + " on load", ref, now)
                doc.calculateAll()
                compare_values(rep, tag + " after Ctrl+Shift+F9", ref, snapshot(doc))
                lo.close_document(doc)
                continue
            was = settled[(name, ext)]
            want = {k: (("error", MACRO_ERROR) if was[k][1] == ("error", ADDIN_ERROR)
                        else was[k][1]) for k in ref}
            lost = sum(1 for v in want.values() if v == ("error", MACRO_ERROR))
            changed = sum(1 for k, (_f, v) in ref.items()
                          if want[k][0] != "error" and not same_value(v, want[k]))
            for stage in ("on load", "after Ctrl+Shift+F9"):
                if stage != "on load":
                    doc.calculateAll()
                    now = snapshot(doc)
                odd = [f"{where(k)} {show(now[k][1])} (want {show(want[k])})"
                       for k in ref if not same_value(want[k], now[k][1])]
                rep.check(lost and not odd, f"{tag} {stage}: each cell as without the "
                          f"extension, {lost} with #MACRO? (Err:531) for #ADDIN?, "
                          f"{changed} handled cells with their handler's value", first(odd))
            lo.close_document(doc)


def check(rep, opts) -> None:
    refs: dict = {}
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="ortijd-share-") as tmp:
        out = Path(tmp)
        with LoSession(extensions=[opts.oxt], timeout=opts.timeout) as lo:
            with_extension(rep, lo, out, refs)
        rep.check(len(refs) == len(WORKBOOKS), f"references of {sorted(WORKBOOKS)} recorded",
                  f"only {sorted(refs)}")
        settled: dict = {}
        with LoSession(timeout=opts.timeout) as lo:
            without_extension(rep, lo, out, refs, settled)
        with LoSession(extensions=[opts.oxt], timeout=opts.timeout) as lo:
            extension_again(rep, lo, out, refs, settled)
        if opts.keep:
            opts.keep.mkdir(parents=True, exist_ok=True)
            for f in out.iterdir():
                shutil.copy(f, opts.keep / f.name)
    print(f"# {time.monotonic() - t0:.1f} s")


def main(argv) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--oxt", type=Path, required=True)
    ap.add_argument("--timeout", type=float, default=90.0)
    ap.add_argument("--keep", type=Path, help="copy the saved files into this directory")
    opts = ap.parse_args(argv)
    return run("share_roundtrip", lambda rep: check(rep, opts), needs=[opts.oxt])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
