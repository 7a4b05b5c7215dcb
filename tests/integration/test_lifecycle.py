"""The extension's life cycle with a workbook: save, reopen, upgrade in place,
remove and reinstall (the one test of these office behaviours).

One office session with the .oxt installed (the `lifecycle` fixture runs the
whole story once and records what each stage shows; the tests check it):
1. A new workbook. Sheet 1: add-in formulas typed with display names (one
   array formula via XArrayFormulaRange.setArrayFormula). Sheet 2: seats
   5..15 in column A and =ORUREN(A<i>) in column B for CELLS rows (10,000
   add-in formulas), each 172 n + 312 (the worked example's model with its
   defaults, rules.md) and kept as the stored name.
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

Names come from the names manifest (tools/manifest.py).
"""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path
from typing import NamedTuple

import pytest

import known_differences
import manifest
from cells import (NAME_ERROR, RESULT_ERROR, DisplayNameNotResolved, actual_of, assert_same,
                   show)
from lo_session import extension_identifier

CELLS = 10000
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
# The stages in which every value must be right, in the order they happen.
STAGES = ("typed", "reopened", "saved twice", "upgraded", "reinstalled")
UPGRADE = "99.0.0"
display_names = known_differences.api_display_names


def expected_cells():
    """[(address, (kind, value))] of sheet 1."""
    out = [(addr, exp if isinstance(exp, tuple) else ("number", exp))
           for addr, _f, exp in FORMULAS]
    for i, (label, hours) in enumerate(STAAT):
        out += [(f"C{i + 1}", ("text", label)), (f"D{i + 1}", ("number", float(hours)))]
    return out


def stored_of(formula: str) -> str:
    """The stored name of a typed formula's outer call: =ORFTE(...) -> NL.ORTIJD.ADDIN.FTE."""
    return manifest.stored_name(re.match(r"=(\w+)\(", formula).group(1))


class Stage(NamedTuple):
    """What the workbook shows at one stage."""
    cells: dict          # {address: (kind, value)} of sheet 1
    array: str           # the array formula of ARRAY_RANGE
    scale_wrong: tuple   # (count, first row, what it shows) of sheet 2 rows not 172 n + 312
    scale_formulas: list  # column B of sheet 2
    formulas: dict       # {address: getFormula()} of ADDIN_CELLS
    scale_errors: int    # sheet 2 cells that show an error
    scale_ends: set      # what the first and the last sheet 2 cell show


def fill(doc) -> None:
    """Types sheet 1 and sheet 2 (see the module comment)."""
    sheet = doc.Sheets.getByIndex(0)
    for addr, value in INPUTS:
        sheet.getCellRangeByName(addr).setValue(value)
    for addr, typed, _exp in FORMULAS:
        sheet.getCellRangeByName(addr).setFormula(typed)
    sheet.getCellRangeByName(ARRAY_RANGE).setArrayFormula(ARRAY_FORMULA)
    doc.Sheets.insertNewByName("Schaal", 1)
    sheet = doc.Sheets.getByIndex(1)
    sheet.getCellRangeByName(f"A1:A{CELLS}").setDataArray(
        tuple((float(5 + i % 11),) for i in range(CELLS)))
    sheet.getCellRangeByName(f"B1:B{CELLS}").setFormulaArray(
        tuple((f"=ORUREN(A{i + 1})",) for i in range(CELLS)))


def observe(doc) -> Stage:
    sheet = doc.Sheets.getByIndex(0)
    cells = {addr: actual_of(sheet.getCellRangeByName(addr)) for addr, _e in expected_cells()}
    array = sheet.getCellRangeByName(ARRAY_RANGE).getArrayFormula()
    formulas = {a: sheet.getCellRangeByName(a).getFormula() for a in ADDIN_CELLS}
    scale = doc.Sheets.getByIndex(1)
    block = scale.getCellRangeByName(f"B1:B{CELLS}")
    seats = scale.getCellRangeByName(f"A1:A{CELLS}").getDataArray()
    values = block.getDataArray()
    wrong = [i for i in range(CELLS)
             if not isinstance(values[i][0], float) or values[i][0] != 172.0 * seats[i][0] + 312]
    first = (wrong[0] + 1, actual_of(block.getCellByPosition(0, wrong[0]))) if wrong else (0, None)
    errors = sum((a.EndRow - a.StartRow + 1) for a in
                 block.queryFormulaCells(RESULT_ERROR).getRangeAddresses())
    ends = {actual_of(block.getCellByPosition(0, i)) for i in (0, CELLS - 1)}
    return Stage(cells, array, (len(wrong),) + first,
                 [f for (f,) in block.getFormulaArray()], formulas, errors, ends)


def upgraded_copy(oxt: Path, dest_dir: Path, version: str) -> Path:
    """A copy of oxt whose description.xml carries `version`."""
    out = dest_dir / f"ortijd-{version}.oxt"
    with zipfile.ZipFile(oxt) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "description.xml":
                data, n = re.subn(rb'(<version value=")[^"]*(")',
                                  rb"\g<1>" + version.encode() + rb"\g<2>", data)
                assert n == 1, "description.xml has no version element"
            dst.writestr(item, data)
    return out


class Story(NamedTuple):
    stages: dict         # {stage name or "removed": Stage}
    typed_formulas: dict  # {address: getFormula()} right after typing
    content_xml: str     # of the saved .ods
    extensions: dict     # {"installed"|"upgraded"|"removed"|"reinstalled": {id: version}}
    ident: str


@pytest.fixture(scope="module")
def lifecycle(office, oxt, tmp_path_factory) -> Story:
    """The story of the module comment in this module's office."""
    tmp = tmp_path_factory.mktemp("lifecycle")
    stages, extensions = {}, {}
    lo = office
    ident = extension_identifier(oxt)

    def reopen(ods, stage):
        """Opens the saved workbook (starting the office if a life-cycle
        step left it stopped), recalculates and observes it."""
        if not lo.running:
            lo.start()
        started = time.monotonic()
        doc = lo.load(ods, copy=False)
        doc.calculateAll()
        print(f"# {stage}: open + recalc {time.monotonic() - started:.2f} s")
        stages[stage] = observe(doc)
        return doc

    doc = lo.new_document()
    fill(doc)
    doc.calculateAll()
    stages["typed"] = observe(doc)
    ods = lo.store(doc, "lifecycle.ods")
    lo.close_document(doc)
    with zipfile.ZipFile(ods) as z:
        content = z.read("content.xml").decode("utf-8")
    doc = reopen(ods, "reopened")
    doc.store()  # save in place, once more
    lo.close_document(doc)
    lo.close_document(reopen(ods, "saved twice"))

    extensions["installed"] = lo.list_extensions(restart=False)
    lo.add_extension(upgraded_copy(oxt, tmp, UPGRADE), restart=False)  # unopkg add -f
    extensions["upgraded"] = lo.list_extensions(restart=False)
    lo.close_document(reopen(ods, "upgraded"))

    lo.remove_extension(ident, restart=False)
    extensions["removed"] = lo.list_extensions(restart=False)
    lo.close_document(reopen(ods, "removed"))
    lo.add_extension(oxt, restart=False)
    extensions["reinstalled"] = lo.list_extensions(restart=False)
    lo.close_document(reopen(ods, "reinstalled"))
    print("# timings (s): " + ", ".join(f"{k} {v:.2f}" for k, v in lo.timings.items()))
    return Story(stages, stages["typed"].formulas, content, extensions, ident)


def unresolved(formula: str) -> bool:
    """True when a formula calls an ortijd display name that Calc kept as
    typed, lower-cased (=oruren(A1), of:=oruren(7))."""
    return any(re.search(rf"(?<![A-Za-z.]){f.name.lower()}\(", formula)
               for f in manifest.functions())


@display_names
@pytest.mark.parametrize("addr, want", expected_cells(), ids=[a for a, _ in expected_cells()])
@pytest.mark.parametrize("stage", STAGES)
def test_value(lifecycle, stage, addr, want):
    assert_same(want, lifecycle.stages[stage].cells[addr], f"[{stage}] {addr}")


@pytest.mark.parametrize("stage", STAGES)
def test_array_formula_kept(lifecycle, stage):
    assert lifecycle.stages[stage].array, f"[{stage}] {ARRAY_RANGE} holds no array formula"


@display_names
@pytest.mark.parametrize("stage", STAGES)
def test_scale_cells_equal_172n_plus_312(lifecycle, stage):
    count, row, shown = lifecycle.stages[stage].scale_wrong
    if count and shown == ("error", NAME_ERROR):
        raise DisplayNameNotResolved(f"{count} of {CELLS} cells wrong, first row {row}: #NAME?")
    assert not count, f"{count} of {CELLS} cells wrong, first row {row}: {show(shown)}"


@display_names
@pytest.mark.parametrize("stage", STAGES + ("removed",))
def test_scale_formulas_keep_the_stored_name(lifecycle, stage):
    stored = manifest.stored_name("ORUREN")
    formulas = lifecycle.stages[stage].scale_formulas
    bad = [i for i, f in enumerate(formulas) if f.upper() != f"={stored}(A{i + 1})"]
    message = f"{len(bad)} of {CELLS} formulas differ, first {formulas[bad[0]] if bad else ''}"
    if bad and unresolved(formulas[bad[0]]):
        raise DisplayNameNotResolved(message)
    assert not bad, message


@display_names
@pytest.mark.parametrize("typed", [f for _a, f, _e in FORMULAS] + [ARRAY_FORMULA])
def test_content_xml_stores_the_programmatic_name(lifecycle, typed):
    stored = re.findall(r'table:formula="([^"]*)"', lifecycle.content_xml)
    want = "of:=" + stored_of(typed) + "("
    message = f"no formula starts with {want}: {stored[:len(ADDIN_CELLS)]}"
    if not any(s.startswith(want) for s in stored):
        if any(unresolved(s) for s in stored):
            raise DisplayNameNotResolved(message)
        raise AssertionError(message)


@display_names
def test_content_xml_exact_text(lifecycle):
    xml = lifecycle.content_xml.replace("&quot;", '"')
    if 'of:=NL.ORTIJD.ADDIN.HOURS(7)"' not in xml:
        if unresolved(xml):
            raise DisplayNameNotResolved("of:=NL.ORTIJD.ADDIN.HOURS(7) missing; display names kept")
        raise AssertionError("of:=NL.ORTIJD.ADDIN.HOURS(7) missing")


def test_content_xml_stores_no_display_name(lifecycle):
    stored = re.findall(r'table:formula="([^"]*)"', lifecycle.content_xml)
    display = [s for s in stored for f in manifest.functions()
               if re.search(rf"(?<![A-Z.]){f.name}\(", s)]
    assert not display


@display_names
def test_content_xml_array_span(lifecycle):
    array_odf = stored_of(ARRAY_FORMULA)
    m = re.search(r'<table:table-cell[^>]*table:formula="of:=' + re.escape(array_odf)
                  + r'\([^"]*"[^>]*>', lifecycle.content_xml)
    if not m:
        if unresolved(lifecycle.content_xml):
            raise DisplayNameNotResolved(f"no array cell of:={array_odf}(: display names kept")
        raise AssertionError(f"no array cell of:={array_odf}(")
    assert 'number-matrix-rows-spanned="8"' in m.group(0) \
        and 'number-matrix-columns-spanned="2"' in m.group(0), m.group(0)


@pytest.mark.parametrize("addr", ADDIN_CELLS)
def test_reopened_formula_unchanged(lifecycle, addr):
    assert lifecycle.stages["reopened"].formulas[addr] == lifecycle.typed_formulas[addr]


def test_unopkg_lists_the_installed_extension(lifecycle):
    assert lifecycle.ident in lifecycle.extensions["installed"]


def test_upgrade_in_place(lifecycle):
    assert lifecycle.extensions["upgraded"].get(lifecycle.ident) == UPGRADE, \
        lifecycle.extensions["upgraded"]


def test_remove(lifecycle):
    assert lifecycle.ident not in lifecycle.extensions["removed"]


def test_reinstall(lifecycle):
    assert lifecycle.ident in lifecycle.extensions["reinstalled"]


@pytest.mark.parametrize("addr", [a for a, _f, _e in FORMULAS])
def test_removed_shows_name_error(lifecycle, addr):
    got = lifecycle.stages["removed"].cells[addr]
    assert got == ("error", NAME_ERROR), f"got {show(got)}"


@pytest.mark.parametrize("addr", [a for a, _f, _e in FORMULAS])
def test_removed_keeps_the_formula(lifecycle, addr):
    now = lifecycle.stages["removed"].formulas[addr]
    assert now.lower() == lifecycle.typed_formulas[addr].lower()


def test_removed_scale_cells_show_name_error(lifecycle):
    removed = lifecycle.stages["removed"]
    assert removed.scale_errors == CELLS and removed.scale_ends == {("error", NAME_ERROR)}, \
        f"{removed.scale_errors} errors, ends {sorted(map(show, removed.scale_ends))}"
