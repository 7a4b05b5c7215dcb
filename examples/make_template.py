#!/usr/bin/python3
"""Generates the OR budget template and the example workbook of ortijd.

    bash tools/run-python.sh examples/make_template.py [--oxt build/ortijd.oxt]

Writes (next to this script):
  or-begroting.ots          the template (Dutch), also packed into ortijd.oxt
                            and shown under File > New > Templates
  voorbeeld-begroting.ods   the template filled with the worked example of the
                            article "Hoeveel tijd heb ik nodig voor OR-werk?"
                            (7 seats, docs/rules.md), used by tools/demo.py

One module per sheet (SHEETS, in the order users see them); each has SHEET
(its name) and build(book), and may have fill_example(book) and
refit(doc). A sheet is added by writing its module and listing it in SHEETS
and in BUILD_ORDER: formulas may use a name only after the sheet that
defines it is built (template_kit.py). The template's contract is its named
ranges (examples/book_names.py reads them).

Why headless Calc and not hand-written ODF XML: the workbook has array
formulas, named ranges, validity lists, conditional formats, cell and page
styles and a chart. Calc writes all of that correctly, the stored formulas
are exactly what Calc stores for add-in calls (of:=NL.ORTIJD.ADDIN.HOURS(...)),
and the cached values are real results of the add-in (the file is
recalculated before it is stored). The price: generation needs LibreOffice
and the built extension (and its names manifest, for the list of functions).
Everything the workbook contains is written by these modules, so the files
are reproducible; tests/integration/test_template.py regenerates them in
memory (build_workbook, fill_example) and compares every cell's formula and
value with the committed files (cell_dump, both recalculated first: the
budget year follows today's date).

Run with the Python that has the UNO bridge (/usr/bin/python3, python3-uno)
and tools/ on the import path (tools/run-python.sh; ctest sets it).
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

import begroting_sheet
import book_names as N
import eerste_jaar_sheet
import faciliteitenregeling_sheet
import invoer_sheet
import leden_sheet
import realisatie_sheet
import scenario_sheet
import template_kit as K
import uitgangspunten_sheet
import uren_sheet
import zittingsperiode_sheet
from cells import used_block
from lo_session import LoSession
from com.sun.star.table import CellAddress

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

TEMPLATE = HERE / "or-begroting.ots"
EXAMPLE = HERE / "voorbeeld-begroting.ods"

TEMPLATE_FILTER = "calc8_template"
ODS_FILTER = "calc8"

# The sheets in the order users see them, and the order they are built in
# (a step after the steps that define the names its formulas use): the
# bodies table of Leden comes before the Urenstaat, which has a line per
# body, and the rest of Leden after it, whose hour base uses the Urenstaat.
SHEETS_MODULES = [invoer_sheet, uren_sheet, leden_sheet, scenario_sheet, eerste_jaar_sheet,
                  begroting_sheet, uitgangspunten_sheet, faciliteitenregeling_sheet,
                  zittingsperiode_sheet, realisatie_sheet]
BUILD_ORDER = [invoer_sheet.build, eerste_jaar_sheet.build, leden_sheet.build_bodies,
               uren_sheet.build, leden_sheet.build, scenario_sheet.build,
               uitgangspunten_sheet.build, begroting_sheet.build, zittingsperiode_sheet.build,
               realisatie_sheet.build, faciliteitenregeling_sheet.build]
SHEETS = [m.SHEET for m in SHEETS_MODULES]
MODULES = {m.SHEET: m for m in SHEETS_MODULES}

# Names and layout constants other scripts still use.
S_INPUT = invoer_sheet.SHEET
S_HOURS = uren_sheet.SHEET
S_MEMBERS = leden_sheet.SHEET
S_SCEN = scenario_sheet.SHEET
S_FIRST = eerste_jaar_sheet.SHEET
S_BUDGET = begroting_sheet.SHEET
S_ASSUMPTIONS = uitgangspunten_sheet.SHEET
S_AGREEMENT = faciliteitenregeling_sheet.SHEET
S_TERM = zittingsperiode_sheet.SHEET
S_ACTUALS = realisatie_sheet.SHEET
HOURS_FIRST_ROW = uren_sheet.FIRST_ROW
MEMBER_FIRST_ROW = leden_sheet.FIRST_ROW
MEMBER_ROWS = leden_sheet.ROWS
DEPT_ROWS = leden_sheet.DEPT_ROWS
SCEN_FIRST_ROW = scenario_sheet.FIRST_ROW
SCEN_SEATS = scenario_sheet.SEATS
SCEN_MATRIX = scenario_sheet.MATRIX
SER_RATES = eerste_jaar_sheet.SER_RATES
input_address = invoer_sheet.address
quote_sheet = K.quote_sheet


# ---------------------------------------------------------------------------

PRINTABLE_WIDTH = 29700 - 2 * 1000 - 300   # 1/100 mm: A4 landscape, margins, a little air
PORTRAIT_MARGIN = 1700                      # the document sheets (PORTRAIT = True)
PRINTABLE_WIDTH_PORTRAIT = 21000 - 2 * PORTRAIT_MARGIN - 300
HEADER_LEFT = "OR-begroting, sjabloon ortijd"


def page_setup(doc):
    """Landscape A4 page styles: a header with the sheet name and the page
    number on every page; scaled to the page width only, so that text keeps
    its size (at least 9 pt on paper) and a long sheet continues on the next
    page (the sheet modules put page breaks at their blocks). Invoer on one
    page."""
    styles = doc.StyleFamilies.getByName("PageStyles")

    def make(name, pages_y, portrait=False, left_text=HEADER_LEFT):
        if not styles.hasByName(name):
            styles.insertByName(name, doc.createInstance("com.sun.star.style.PageStyle"))
        ps = styles.getByName(name)
        ps.IsLandscape = not portrait
        ps.Width, ps.Height = (21000, 29700) if portrait else (29700, 21000)
        for side in ("LeftMargin", "RightMargin"):
            setattr(ps, side, PORTRAIT_MARGIN if portrait else 1000)
        ps.TopMargin, ps.BottomMargin = 800, 800
        ps.HeaderIsOn = True
        ps.HeaderBodyDistance = 250
        ps.FooterIsOn = False
        if pages_y:
            ps.ScaleToPagesX = 1
            ps.ScaleToPagesY = pages_y
        else:   # at 100 %: the sheet is narrower than the page (checked below)
            ps.PageScale = 100
        ps.CenterHorizontally = False
        ps.FirstPageNumber = 0  # page numbers run on across the sheets
        header = ps.RightPageHeaderContent
        left, center, right = header.LeftText, header.CenterText, header.RightText

        def append(part, what):
            """Appends a text or a text field (a service name) at the end."""
            cursor = part.createTextCursor()
            cursor.gotoEnd(False)
            if what.startswith("com.sun.star."):
                part.insertTextContent(cursor, doc.createInstance(what), False)
            else:
                part.insertString(cursor, what, False)

        for part in (left, center, right):
            part.setString("")
        append(left, left_text)
        append(center, "com.sun.star.text.TextField.SheetName")
        append(right, "pagina ")
        append(right, "com.sun.star.text.TextField.PageNumber")
        append(right, " van ")
        append(right, "com.sun.star.text.TextField.PageCount")
        for part in (left, center, right):
            cursor = part.createTextCursor()
            cursor.gotoStart(False)
            cursor.gotoEnd(True)
            cursor.CharHeight = 9.0
            cursor.CharColor = K.NOTE
        ps.RightPageHeaderContent = header
        return name

    for i in range(doc.Sheets.Count):
        sheet = doc.Sheets.getByIndex(i)
        module = MODULES[sheet.Name]
        pages = getattr(module, "PAGES", 0)
        portrait = getattr(module, "PORTRAIT", False)
        if portrait:
            sheet.PageStyle = make(f"OR-document {sheet.Name}", pages, True,
                                   getattr(module, "HEADER", HEADER_LEFT))
        else:
            sheet.PageStyle = make(f"OR-begroting {pages}" if pages else "OR-begroting", pages)
        if not pages:
            area = sheet.getPrintAreas()[0]
            width = sum(sheet.Columns.getByIndex(c).Width for c in
                        range(area.StartColumn, area.EndColumn + 1)
                        if sheet.Columns.getByIndex(c).IsVisible)
            limit = PRINTABLE_WIDTH_PORTRAIT if portrait else PRINTABLE_WIDTH
            if width > limit:
                raise RuntimeError(f"{sheet.Name}: {width / 100:.0f} mm is wider than the page")


def build_workbook(lo):
    doc = lo.new_document("scalc")
    doc.CharLocale = K.NL
    K.make_styles(doc)
    sheets = doc.Sheets
    sheets.getByIndex(0).Name = SHEETS[0]
    for i, name in enumerate(SHEETS[1:], start=1):
        sheets.insertNewByName(name, i)
    while sheets.Count > len(SHEETS):
        sheets.removeByName(sheets.getByIndex(sheets.Count - 1).Name)
    book = K.Book(doc)
    for step in BUILD_ORDER:
        step(book)
    # LibreOffice 7.0 resolves an add-in's display name typed through the API
    # only when a named range is added after the formula (the add-in then
    # recompiles the unresolved cells, tests/integration/known_differences.py):
    # one more name after the last formula, removed again.
    doc.NamedRanges.addNewByName("Ortijd_hercompileren", "0", CellAddress(0, 0, 0), 0)
    doc.NamedRanges.removeByName("Ortijd_hercompileren")
    page_setup(doc)
    dp = doc.DocumentProperties
    dp.Title = "OR-begroting (ortijd)"
    dp.Subject = "Begroting van OR-tijd en -kosten volgens de WOR"
    dp.Description = ("Sjabloon van de LibreOffice-extensie ortijd, functies "
                      f"{K.function_names_nl()}: invoer, urenstaat, leden, commissies en COR "
                      "of GOR, verdeling per afdeling, scenario's 5-15 zetels, kosten eerste "
                      "jaar van een nieuwe OR, begroting in drie blokken: budget volgens WOR "
                      "art. 22 lid 4, andere kosten buiten het budget en toegerekende kosten "
                      "van de OR-tijd; een concept-faciliteitenregeling, de zittingsperiode "
                      "per jaar en de realisatie per kwartaal. Bronnen staan in de bladen.")
    dp.Keywords = ("OR", "ondernemingsraad", "WOR", "begroting", "ortijd")
    dp.Author = "ortijd"
    dp.Language = K.NL
    doc.calculateAll()
    refit(doc)
    ctrl = doc.CurrentController
    if ctrl is not None:
        ctrl.setActiveSheet(sheets.getByName(S_INPUT))
    return doc, book


def refit(doc):
    """Row heights for the current content (after filling in)."""
    begroting_sheet.fit_rows(doc)
    for module in SHEETS_MODULES:
        if hasattr(module, "refit"):
            module.refit(doc)
    for name in (S_ASSUMPTIONS, S_FIRST, S_MEMBERS):
        sheet = doc.Sheets.getByName(name)
        end = used_block(sheet).RangeAddress.EndRow
        for r in range(4, end + 1):
            row = sheet.Rows.getByIndex(r)
            if not _has_merged_text(sheet, r):
                row.OptimalHeight = False  # so that setting it computes the height again
                row.OptimalHeight = True


def _has_merged_text(sheet, r):
    """Rows whose text sits in merged cells keep their set height."""
    for c in (0, 1, 2, 3, 4, 5, 8):
        cell = sheet.getCellByPosition(c, r)
        cursor = sheet.createCursorByRange(cell)
        cursor.collapseToMergedArea()
        if cursor.Columns.Count > 1 and cell.getString():
            return True
    return False


# The worked example of the article (docs/rules.md): 7 seats (150 persons),
# 7 OR members with a chair and a secretary, every other input at its
# default (the budget year too: the coming year). The amounts are example
# values: no published typical amounts exist (docs/rules.md).
EXAMPLE_INPUTS = {
    "Organisatie": "Voorbeeld BV",
    "Personen": 150,
    "Uurtarief": 45,
    "Adviseur_tarief": 125,
}
EXAMPLE_FIRST_YEAR = {
    "Ej_offerte": 1250,       # an explicit quote: no SER rate for the budget year yet
    "Km": 240,                # 2 days x 120 km there and back
    "Ej_verk_extern": 2400,
    "Ej_zaal": 900,
    "Ej_verblijf": 650,
    "Ej_begeleiding": 2000,
}
EXAMPLE_MEMBERS = [
    ("Anna de Vries", "Productie", "OR", "voorzitter"),
    ("Bram Jansen", "Productie", "OR", ""),
    ("Carla Bakker", "Productie", "OR", ""),
    ("Daan Visser", "Logistiek", "OR", "secretaris"),
    ("Eva Smit", "Logistiek", "OR", ""),
    ("Farid El Amrani", "Verkoop", "OR", ""),
    ("Greet Mulder", "Administratie", "OR", ""),
]
EXAMPLE_DEPARTMENTS = ["Productie", "Logistiek", "Verkoop", "Administratie", "ICT"]
# How each department absorbs its members' exempted hours (one of the four
# ways of the article); ICT has no members.
EXAMPLE_BACKFILL = {"Productie": "vervanging", "Logistiek": "tijdelijke aanstelling",
                    "Verkoop": "taakverschuiving", "Administratie": "declaratie"}


def fill_example(doc):
    for name, value in {**EXAMPLE_INPUTS, **EXAMPLE_FIRST_YEAR}.items():
        N.put(doc, name, value)
    mem = doc.Sheets.getByName(S_MEMBERS)
    for i, (naam, afd, rol, db) in enumerate(EXAMPLE_MEMBERS):
        r = MEMBER_FIRST_ROW + i
        for col, v in zip("BCDE", (naam, afd, rol, db)):
            mem.getCellRangeByName(f"{col}{r}").setString(v)
    depts, ways = N.cells(doc, "Afd_namen"), N.cells(doc, "Afd_opvang")
    for i, afd in enumerate(EXAMPLE_DEPARTMENTS):
        depts.getCellByPosition(0, i).setString(afd)
        ways.getCellByPosition(0, i).setString(EXAMPLE_BACKFILL.get(afd, ""))
    for name, value in {**begroting_sheet.EXAMPLE, **zittingsperiode_sheet.EXAMPLE}.items():
        N.put(doc, name, value)
    realisatie_sheet.fill_example(doc)
    doc.calculateAll()
    shares = N.cells(doc, "Vv_deel")
    for i, dept in enumerate(N.texts(doc, "Vv_afdelingen")):
        if dept in begroting_sheet.EXAMPLE_DEPT_SHARE:
            shares.getCellByPosition(0, i).setValue(begroting_sheet.EXAMPLE_DEPT_SHARE[dept])
    doc.DocumentProperties.Title = "Voorbeeld OR-begroting (7 zetels)"
    doc.calculateAll()
    refit(doc)


# ---------------------------------------------------------------------------

def cell_dump(doc):
    """(sheet, address) -> (formula, rounded value, string) of every used cell."""
    out = {}
    for sh in doc.Sheets:
        for r, row in enumerate(used_block(sh).getFormulaArray()):
            for c, f in enumerate(row):
                if f == "":
                    continue
                cell = sh.getCellByPosition(c, r)
                out[(sh.Name, c, r)] = (f, round(cell.getValue(), 9), cell.getString())
    return out


# LibreOffice 7.4 and later write, for a page style whose first page looks
# like the others, <style:header-first style:display="false"/>; LibreOffice
# 7.0 reads that element as "no header" and prints no page header at all
# (checked with 7.0.4.2 against 7.4.7.2). Without the element both read the
# header as set, shared by every page.
FIRST_PAGE_OFF = re.compile(r'<style:(?:header|footer)-first style:display="false"/>')


def drop_first_page_off(path) -> int:
    """Rewrites the stored file path without FIRST_PAGE_OFF elements in its
    styles.xml, every other member unchanged (the uncompressed mimetype stays
    first); returns how many were dropped."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        members = [(info, zin.read(info.filename)) for info in zin.infolist()]
    dropped = 0
    tmp = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(tmp, "w") as zout:
        for info, data in members:
            if info.filename == "styles.xml":
                text, dropped = FIRST_PAGE_OFF.subn("", data.decode("utf-8"))
                data = text.encode("utf-8")
            zout.writestr(info, data)
    tmp.replace(path)
    return dropped


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--oxt", default=str(ROOT / "build" / "ortijd.oxt"),
                    help="the built extension (default: build/ortijd.oxt)")
    ap.add_argument("--out-dir", default=str(HERE), help="where to write the two files")
    args = ap.parse_args(argv)
    out_dir = Path(args.out_dir)
    template, example = out_dir / TEMPLATE.name, out_dir / EXAMPLE.name
    with LoSession(extensions=[args.oxt]) as lo:
        doc, _book = build_workbook(lo)
        lo.store(doc, template, filter_name=TEMPLATE_FILTER)
        drop_first_page_off(template)
        print(f"wrote {template} ({template.stat().st_size} bytes)")
        fill_example(doc)
        lo.store(doc, example, filter_name=ODS_FILTER)
        drop_first_page_off(example)
        print(f"wrote {example} ({example.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
