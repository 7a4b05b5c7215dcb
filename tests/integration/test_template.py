#!/usr/bin/python3
"""Integration test of the OR budget template and the example workbook.

    bash tools/run-python.sh tests/integration/test_template.py --oxt build/ortijd.oxt

In a headless Calc with a throwaway profile (tools/lo_session.py):
  * the .oxt carries the template and Paths.xcu; once installed, the template
    is in the template paths and in the DocumentTemplates list (what
    File > New > Templates shows);
  * a new document from the installed template, filled with the seed example
    (150 persons -> 7 seats), gives the figures of rules.md (84, 168, 252, 504,
    420, 280, 312, 1516; fte 1516/1872; the seed's 1264 h -> 0.6752 fte) and
    recalculates at once when an input changes (no calculateAll);
  * the scenario table covers 5..15 seats with 172n + 312 hours;
  * the member table, the department shares and the first-year costs;
  * examples/voorbeeld-begroting.ods: cached values right, no error cell;
  * the Begroting sheet: every line and total of the example against hand
    arithmetic, every line's budget flag (art. 22 lid 4) and prior-notice
    flag (lid 2); text, negative and empty inputs warn and keep the totals;
  * both files store their add-in calls under the names of the names
    manifest (tools/manifest.py), never under a display name.
Saving the workbook without the extension and back is tested by
share_roundtrip.py, removing and reinstalling the extension by lifecycle.py.

Prints one line per check and, last, exactly "N passed, M failed"
(tools/report.py).
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

import uno
from com.sun.star.beans import Property
from com.sun.star.ucb import Command, OpenCommandArgument2

import begroting_sheet as B
import make_template as T
import manifest
from cells import cell, error_cells, number as val, put
from lo_session import LoSession, file_url, props
from report import run

TEMPLATE_IN_OXT = "template/OR-tijd/or-begroting.ots"
TEMPLATE_TITLE = "OR-begroting (ortijd)"
SEED_LINES = [("Overlegvergaderingen", 84), ("OR-vergaderingen", 168),
              ("Voorbereiding", 252), ("Subtotaal overleg", 504),
              ("Overige tijd", 420), ("Scholing", 280), ("Dagelijks bestuur", 312),
              ("Totaal", 1516)]


def set_input(doc, name, value):
    put(cell(doc, T.S_INPUT, T.input_address(name)), value)


def template_listing(lo):
    """[(group, title, url)] of DocumentTemplates (File > New > Templates)."""
    dt = lo.smgr.createInstanceWithContext("com.sun.star.frame.DocumentTemplates", lo.ctx)
    dt.update()
    ucb = lo.smgr.createInstanceWithContext("com.sun.star.ucb.UniversalContentBroker", lo.ctx)
    arg = OpenCommandArgument2()
    arg.Mode = 2  # OpenMode.ALL
    ps = []
    for n in ("Title", "TargetURL"):
        p = Property()
        p.Name, p.Handle = n, -1
        ps.append(p)
    arg.Properties = tuple(ps)
    cmd = Command("open", -1, uno.Any("com.sun.star.ucb.OpenCommandArgument2", arg))

    def children(url):
        content = ucb.queryContent(ucb.createContentIdentifier(url))
        if content is None:
            return []
        rs = content.execute(cmd, 0, None).getStaticResultSet()
        out = []
        while rs.next():
            out.append((rs.getString(1), rs.getString(2)))
        return out

    found = []
    # The hierarchy is /templates/<locale>/<group>/<template> in LO 7.x;
    # walk two levels to be independent of that detail.
    for top, _ in children("vnd.sun.star.hier:/templates"):
        base = "vnd.sun.star.hier:/templates/" + top
        for group, _ in children(base):
            for title, url in children(base + "/" + group):
                found.append((group, title, url))
    return found


# ---------------------------------------------------------------------------

def check_package(ck, oxt):
    with zipfile.ZipFile(oxt) as z:
        names = z.namelist()
        oxt_manifest = z.read("META-INF/manifest.xml").decode()
        packed = z.read(TEMPLATE_IN_OXT) if TEMPLATE_IN_OXT in names else None
    ck.check(packed is not None, "oxt contains template/OR-tijd/or-begroting.ots")
    ck.check(packed == T.TEMPLATE.read_bytes(),
             "oxt template equals examples/or-begroting.ots")
    ck.check("Paths.xcu" in names and 'full-path="Paths.xcu"' in oxt_manifest,
             "oxt registers Paths.xcu in the manifest")
    known = {f.method.upper() for f in manifest.functions()}
    for path in (T.TEMPLATE, T.EXAMPLE):
        calls = manifest.stored_calls(path)
        with zipfile.ZipFile(path) as z:
            stored = re.findall(r'table:formula="([^"]*)"', z.read("content.xml").decode())
        display = {f.name for f in manifest.functions() for x in stored
                   if re.search(rf"(?<![A-Za-z.]){f.name}\(", x)}
        ck.check(calls and set(calls) <= known and not display,
                 f"{path.name} stores its add-in calls as of:={manifest.stored_prefix()}"
                 f"<METHOD> ({sum(calls.values())} calls of {len(calls)} functions)",
                 f"unknown {sorted(set(calls) - known)}, display names {sorted(display)}")


def check_template_registered(ck, lo):
    ps = lo.smgr.createInstanceWithContext("com.sun.star.util.PathSettings", lo.ctx)
    ck.check("ortijd.oxt/template" in ps.Template,
             "template path of the extension in PathSettings.Template", ps.Template)
    listing = template_listing(lo)
    ours = [x for x in listing if x[1] == TEMPLATE_TITLE]
    ck.check(len(ours) == 1 and ours[0][0] == "OR-tijd",
             f"File > New > Templates lists '{TEMPLATE_TITLE}' in group OR-tijd",
             str(ours or len(listing)))
    return ours[0][2] if ours else None


def check_template(ck, lo, url):
    doc = lo.desktop.loadComponentFromURL(url, "_blank", 0, props(Hidden=True))
    ck.check(doc is not None, "new document from the installed template")
    if doc is None:
        return
    names = [doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)]
    ck.check(names == T.SHEETS, "template sheets " + ", ".join(T.SHEETS), str(names))
    doc.calculateAll()
    bad = error_cells(doc)
    ck.check(not bad, "empty template: no error cells", "; ".join(bad[:5]))
    ck.check(cell(doc, T.S_INPUT, T.input_address("Zetels")).getString() == "",
             "empty template: seats empty until filled in")

    # Fill in the seed example; autocalc must update without calculateAll.
    set_input(doc, "Personen", 150)
    ck.close("ORZETELS: 150 persons -> 7 seats (WOR art. 6)",
             val(doc, T.S_INPUT, T.input_address("Zetels")), 7)
    for i, (label, hours) in enumerate(SEED_LINES):
        r = T.HOURS_FIRST_ROW + i
        got_label = cell(doc, T.S_HOURS, f"A{r}").getString()
        ck.close(f"Urenstaat {label}: {hours} h (rules.md)",
                 val(doc, T.S_HOURS, f"B{r}"), hours)
        ck.check(got_label.startswith(label), f"Urenstaat label '{label}'", got_label)
    total_row = T.HOURS_FIRST_ROW + 7
    k = total_row + 3
    ck.close("Urenstaat fte 1516 / (36 x 52)", val(doc, T.S_HOURS, f"B{k + 1}"), 1516 / 1872)
    ck.close("Urenstaat hours per member per week 1516 / (7 x 52)",
             val(doc, T.S_HOURS, f"B{k + 3}"), 1516 / 364)
    ck.check(cell(doc, T.S_HOURS, f"E{total_row}").getString() == "",
             "no cost without an hourly rate")
    set_input(doc, "Uurtarief", 45)
    ck.close("cost 1516 h x EUR 45", val(doc, T.S_HOURS, f"E{total_row}"), 1516 * 45)
    set_input(doc, "Voorb_uren", 0)
    ck.close("seed fte example: without preparation 1264 h",
             val(doc, T.S_HOURS, f"B{total_row}"), 1264)
    ck.close("seed fte example: ORFTE(1264) = 0.6752 (4 decimals)",
             round(val(doc, T.S_HOURS, f"B{k + 1}") or 0, 4), 0.6752)
    set_input(doc, "Voorb_uren", 2)
    set_input(doc, "Reglement", 9)
    ck.close("reglement overrides: 9 seats -> 172 x 9 + 312 = 1860 h",
             val(doc, T.S_HOURS, f"B{total_row}"), 1860)
    set_input(doc, "Reglement", None)
    ck.close("reglement cleared: back to 1516 h", val(doc, T.S_HOURS, f"B{total_row}"), 1516)

    # Scenario table.
    seats = [val(doc, T.S_SCEN, f"A{T.SCEN_FIRST_ROW + i}") for i in range(11)]
    ck.check(seats == list(range(5, 16)), "scenario table covers 5..15 seats", str(seats))
    hours_ok = fte_ok = week_ok = True
    for i, n in enumerate(range(5, 16)):
        r = T.SCEN_FIRST_ROW + i
        h = 172 * n + 312
        hours_ok &= abs((val(doc, T.S_SCEN, f"B{r}") or -1) - h) < 1e-9
        fte_ok &= abs((val(doc, T.S_SCEN, f"C{r}") or -1) - h / 1872) < 1e-9
        week_ok &= abs((val(doc, T.S_SCEN, f"D{r}") or -1) - h / (n * 52)) < 1e-9
    ck.check(hours_ok, "scenario hours = 172n + 312 for n = 5..15")
    ck.check(fte_ok, "scenario fte = hours / 1872")
    ck.check(week_ok, "scenario hours per member per week = hours / (52n)")
    sc = doc.Sheets.getByName(T.S_SCEN)
    ck.check(sc.Charts.hasByName("UrenFte"), "scenario sheet has the hours/fte chart")
    last = T.SCEN_FIRST_ROW + 10
    block = sc.getCellRangeByName(f"A{T.SCEN_FIRST_ROW}:E{last}")
    ck.check("ORSCENARIO" in block.getArrayFormula().upper(),
             "scenario table A:E is one ORSCENARIO array formula", block.getArrayFormula())
    sec_ok = all(abs((val(doc, T.S_SCEN, f"F{T.SCEN_FIRST_ROW + i}") or -1) - n * 2 * 52)
                 < 1e-9 for i, n in enumerate(range(5, 16)))
    ck.check(sec_ok, "scenario ambtelijk secretaris = ORSECRETARIAAT: 2 h x 52 per seat")

    # Members: the seed's 7 members reconcile with the Urenstaat.
    mem = doc.Sheets.getByName(T.S_MEMBERS)
    for i, (naam, afd, rol, db) in enumerate(T.EXAMPLE_MEMBERS):
        r = T.MEMBER_FIRST_ROW + i
        for col, v in zip("BCDE", (naam, afd, rol, db)):
            mem.getCellRangeByName(f"{col}{r}").setString(v)
    t = T.MEMBER_FIRST_ROW + T.MEMBER_ROWS
    first = T.MEMBER_FIRST_ROW
    ck.close("member hours: chair 172 + 2 x 52 = 276", val(doc, T.S_MEMBERS, f"H{first}"), 276)
    ck.close("member hours: member 172", val(doc, T.S_MEMBERS, f"H{first + 1}"), 172)
    ck.close("member hours: secretary 172 + 4 x 52 = 380",
             val(doc, T.S_MEMBERS, f"H{first + 3}"), 380)
    ck.close("member table total = Urenstaat total 1516", val(doc, T.S_MEMBERS, f"H{t}"), 1516)
    ck.close("member training days total 7 x 5", val(doc, T.S_MEMBERS, f"F{t}"), 35)
    r8 = first + 7
    mem.getCellRangeByName(f"B{r8}").setString("Commissielid")
    mem.getCellRangeByName(f"D{r8}").setString("commissie")
    ck.close("SCHOLINGSDAGEN('commissie') = 3", val(doc, T.S_MEMBERS, f"F{r8}"), 3)
    ck.close("commission member: 60 + 3 x 8 = 84 h (no OR meetings)",
             val(doc, T.S_MEMBERS, f"H{r8}"), 84)
    mem.getCellRangeByName(f"D{r8}").setString("beide")
    ck.close("SCHOLINGSDAGEN('beide') = 8", val(doc, T.S_MEMBERS, f"F{r8}"), 8)
    ck.close("'beide' member: 172 + 3 x 8 = 196 h", val(doc, T.S_MEMBERS, f"H{r8}"), 196)
    mem.getCellRangeByName(f"G{r8}").setValue(10)
    ck.close("agreed training days override: 172 + 5 x 8 = 212 h",
             val(doc, T.S_MEMBERS, f"H{r8}"), 212)
    mem.getCellRangeByName(f"B{r8}:G{r8}").clearContents(7)  # VALUE|DATETIME|STRING
    h = B.find_row(mem, "Afdeling", 1)  # header row of the department table
    for i, afd in enumerate(T.EXAMPLE_DEPARTMENTS):
        mem.getCellRangeByName(f"B{h + 1 + i}").setString(afd)
    shares = [val(doc, T.S_MEMBERS, f"F{h + 1 + i}") or 0 for i in range(T.DEPT_ROWS)]
    ck.close("department shares add up to 100 %", sum(shares), 1.0)
    ck.close("department Productie: 276 + 172 + 172 = 620 h",
             val(doc, T.S_MEMBERS, f"D{h + 1}"), 620)
    ck.close("department Productie fte 620 / 1872", val(doc, T.S_MEMBERS, f"E{h + 1}"), 620 / 1872)

    # First year (seed 000): SER rates per dagdeel, travel.
    fy = doc.Sheets.getByName(T.S_FIRST)
    rate_row = B.find_row(fy, "Gekozen tarief per dagdeel", 0)
    train_row = B.find_row(fy, "Starttraining: trainingskosten", 0)
    travel_row = B.find_row(fy, "Reiskosten trainer", 0)
    total_row = B.find_row(fy, "Totaal eerste jaar", 0)

    def first_year(name, v):
        put(fy.getCellRangeByName(B.named_address(doc, name)), v)

    first_year("Tariefjaar", 2023)
    ck.close("SER 2023 in-company: EUR 1,160 per dagdeel",
             val(doc, T.S_FIRST, f"B{rate_row}"), 1160)
    ck.close("start training 2023 in-company: 2 days x 2 dagdelen x 1,160",
             val(doc, T.S_FIRST, f"D{train_row}"), 4640)
    first_year("Tariefjaar", 2024)
    ck.close("start training 2024 in-company: 4 x 1,250",
             val(doc, T.S_FIRST, f"D{train_row}"), 5000)
    first_year("Vorm", "open")
    ck.close("start training 2024 open course: 4 x 200 x 7 members",
             val(doc, T.S_FIRST, f"D{train_row}"), 5600)
    first_year("Vorm", "maatwerk")
    first_year("Km", 250)
    ck.close("trainer travel 250 km x EUR 0.40", val(doc, T.S_FIRST, f"D{travel_row}"), 100)
    ck.close("first-year hours 15+20 (low)", val(doc, T.S_FIRST, f"B{total_row}"), 35)
    ck.close("first-year hours 20+25 (high)", val(doc, T.S_FIRST, f"C{total_row}"), 45)
    ck.close("first-year cost low: 35 h x 45 + 5000 + 100",
             val(doc, T.S_FIRST, f"D{total_row}"), 35 * 45 + 5000 + 100)
    first_year("Tariefjaar", 2026)
    ck.check(cell(doc, T.S_FIRST, f"D{train_row}").getString() == "" and
             not cell(doc, T.S_FIRST, f"D{train_row}").getError(),
             "unverified year 2026: no rate, no training cost, no error")
    bad = error_cells(doc)
    ck.check(not bad, "filled template: no error cells", "; ".join(bad[:5]))
    lo.close_document(doc)


def check_example(ck, lo):
    doc = lo.load(T.EXAMPLE)
    total = f"B{T.HOURS_FIRST_ROW + 7}"
    ck.close("voorbeeld-begroting.ods: cached total before recalculation 1516",
             cell(doc, T.S_HOURS, total).getValue(), 1516)
    doc.calculateAll()
    ck.close("voorbeeld-begroting.ods: 7 seats", val(doc, T.S_INPUT, T.input_address("Zetels")), 7)
    ck.close("voorbeeld-begroting.ods: total 1516 after recalculation",
             val(doc, T.S_HOURS, total), 1516)
    bad = error_cells(doc)
    ck.check(not bad, "voorbeeld-begroting.ods: no error cells", "; ".join(bad[:5]))
    lo.close_document(doc)


# ---------------------------------------------------------------------------
# Begroting (WOR art. 22): every line of the example against hand arithmetic.

BUDGET_FLAGS = {  # line -> (in budget by default, prior notice applies)
    "ortijd": ("nee", False), "scholing": ("ja", False), "zaal": ("ja", False),
    "as": ("nee", False), "deskundigen": ("ja", True), "rechtsbijstand": ("ja", True),
    "verkiezingen": ("nee", False), "achterban": ("nee", False),
    "jaarverslag": ("nee", False), "abonnementen": ("ja", False),
    "lidmaatschappen": ("ja", False), "faciliteiten": ("nee", False),
    "reiskosten": ("nee", False), "vervanging": ("nee", False),
}


def budget_expected(budget_year):
    """The example's amounts by hand (make_template.EXAMPLE_* and
    begroting_sheet.EXAMPLE): 7 seats, EUR 45 an hour."""
    ex = B.EXAMPLE
    rate = max((y, m) for y, m, _o, _s in T.SER_RATES
               if y is not None and m is not None and y <= budget_year)[1]
    # Leden: chair 276, members 172, secretary 380 hours (rules.md).
    dept_hours = {"Productie": 276 + 172 + 172, "Logistiek": 380 + 172, "Verkoop": 172,
                  "Administratie": 172, "ICT": 0}
    replaced = sum(h * B.EXAMPLE_DEPT_SHARE.get(d, ex["Bg_verv_pct"])
                   for d, h in dept_hours.items())
    return {
        "ortijd": 1516 * 45,
        "scholing": 5 * 2 * rate * 1,                 # 5 days, 2 dagdelen, 1 trainer
        "zaal": ex["Bg_zaal"],
        "as": 7 * 2 * 52 * ex["Bg_as_tarief"],        # ORSECRETARIAAT(7) = 728 h
        "deskundigen": ex["Bg_deskundigen"],
        "rechtsbijstand": None,                       # PM: not in the totals
        "verkiezingen": (45 * 45 + ex["Bg_verk_kosten"]) / 3,
        "achterban": ex["Bg_achterban"], "jaarverslag": ex["Bg_jaarverslag"],
        "abonnementen": ex["Bg_abonnementen"], "lidmaatschappen": ex["Bg_lidmaatschappen"],
        "faciliteiten": ex["Bg_faciliteiten"],
        "reiskosten": ex["Bg_km"] * 0.23,
        "vervanging": replaced * ex["Bg_verv_tarief"],
    }


def check_budget(ck, lo):
    doc = lo.load(T.EXAMPLE)
    doc.calculateAll()
    sh = doc.Sheets.getByName(B.SHEET)
    rows = B.line_rows(sh)
    ck.check(all(rows.values()) and
             list(rows) == list(BUDGET_FLAGS), "Begroting: one line per cost category", str(rows))
    year = int(val(doc, T.S_INPUT, T.input_address("Begrotingsjaar")))
    want = budget_expected(year)
    for key, r in rows.items():
        c = sh.getCellRangeByName(f"B{r}")
        if want[key] is None:
            ck.check(c.getString() == "PM" and c.getType().value == "FORMULA" and
                     c.FormulaResultType2 == 2, f"Begroting {key}: PM, not a number",
                     c.getString())
        else:
            ck.close(f"Begroting {key}: {want[key]:.2f}", val(doc, B.SHEET, f"B{r}"), want[key])
        flag, notify = BUDGET_FLAGS[key]
        ck.check(sh.getCellRangeByName(f"C{r}").getString() == flag,
                 f"Begroting {key}: in budget (art. 22 lid 4) '{flag}'")
        shown = sh.getCellRangeByName(f"D{r}").getString()
        ck.check(shown == ("niet nodig" if notify else "n.v.t."),
                 f"Begroting {key}: prior notice (lid 2) "
                 f"{'niet nodig (in budget)' if notify else 'n.v.t.'}", shown)
    amounts = {k: v for k, v in want.items() if v is not None}
    inside = sum(v for k, v in amounts.items() if BUDGET_FLAGS[k][0] == "ja")
    outside = sum(v for k, v in amounts.items() if BUDGET_FLAGS[k][0] == "nee")
    t_in, t_out, t_all = (B.find_row(sh, p) for p in (B.TOTAL_IN, B.TOTAL_OUT, B.TOTAL_ALL))
    ck.close(f"Begroting total inside the budget {inside:.2f}", val(doc, B.SHEET, f"B{t_in}"),
             inside)
    ck.close(f"Begroting total outside the budget {outside:.2f}",
             val(doc, B.SHEET, f"B{t_out}"), outside)
    ck.close(f"Begroting grand total {inside + outside:.2f}", val(doc, B.SHEET, f"B{t_all}"),
             inside + outside)
    warn = sh.getCellRangeByName(f"A{t_all + 1}").getString()
    ck.check("1 post staat op PM" in warn, "Begroting: the PM line is announced under the totals",
             warn)

    def put_named(name, value):
        put(sh.getCellRangeByName(B.named_address(doc, name)), value)
        return int(B.named_address(doc, name)[1:])

    def check_col(r):
        return sh.getCellRangeByName(f"D{r}").getString()

    r_desk = rows["deskundigen"]
    for bad, what in (("veel", "text"), (-500, "a negative amount"), (None, "an empty cell")):
        r = put_named("Bg_deskundigen", bad)
        ck.check(check_col(r).startswith("Let op"),
                 f"Begroting: {what} as the experts' amount: warning next to the cell",
                 check_col(r))
        ck.check(sh.getCellRangeByName(f"B{r_desk}").getString() == "" and
                 sh.getCellRangeByName(f"E{r_desk}").getString().startswith("Let op"),
                 f"Begroting: {what}: the line is empty and says why in red text")
        ck.close(f"Begroting: {what}: grand total still computed, without the line",
                 val(doc, B.SHEET, f"B{t_all}"), inside + outside - 7500)
        warn = sh.getCellRangeByName(f"A{t_all + 1}").getString()
        ck.check("Let op: 1 post heeft geen bedrag" in warn,
                 f"Begroting: {what}: '1 post heeft geen bedrag' under the totals", warn)
    put_named("Bg_deskundigen", 7500)
    r = put_named("Bg_verv_tarief", "veertig")
    ck.check(check_col(r).startswith("Let op") and
             abs(val(doc, B.SHEET, f"B{t_all}") - (inside + outside - want["vervanging"])) < 1e-6,
             "Begroting: text as the backfill rate: warning, totals computable")
    put_named("Bg_verv_tarief", 40)
    put_named("Bg_budget", "nee")
    ck.check(sh.getCellRangeByName(f"D{r_desk}").getString() == "ja",
             "Begroting: without an agreed budget experts need prior notice (lid 2)")
    put_named("Bg_budget", "ja")
    sh.getCellRangeByName(f"C{rows['ortijd']}").setString("ja")
    ck.check(sh.getCellRangeByName(f"E{rows['ortijd']}").getString().startswith("Let op (budget)"),
             "Begroting: OR time in the budget is flagged (art. 22 lid 4 excludes art. 17/18)")
    ck.close("Begroting: the flag moves the amount into the inside total",
             val(doc, B.SHEET, f"B{t_in}"), inside + want["ortijd"])
    sh.getCellRangeByName(f"C{rows['ortijd']}").setString("nee")
    put_named("Bg_btw", "ja")
    ck.close("Begroting: btw switch adds 21 % to the SER-based training line",
             val(doc, B.SHEET, f"B{rows['scholing']}"), want["scholing"] * 1.21)
    put_named("Bg_btw", "nee")
    put_named("Bg_vorm", "open")
    rate_open = max((y, o) for y, m, o, _s in T.SER_RATES
                    if y is not None and o is not None and y <= year)[1]
    ck.close("Begroting: open course = 10 dagdelen x open rate x 7 participants",
             val(doc, B.SHEET, f"B{rows['scholing']}"), 10 * rate_open * 7)
    put_named("Bg_vorm", "maatwerk")
    tarief = put_named("Bg_tarief", 1400)
    ck.close("Begroting: a quote's rate replaces the SER rate (SCHOLINGSKOSTEN)",
             val(doc, B.SHEET, f"B{rows['scholing']}"), 10 * 1400)
    ck.check("offerte" in sh.getCellRangeByName(f"E{rows['scholing']}").getString(),
             "Begroting: the line says the rate is a quote")
    ck.check(check_col(tarief + 1) == "", "Begroting: no rate-year warning for a quote's rate")
    floors = B.find_row(sh, "Overlegvergaderingen per jaar")
    set_input(doc, "OV_aantal", 1)
    ck.check(sh.getCellRangeByName(f"D{floors}").getString().startswith("Let op"),
             "Begroting: fewer than 2 overlegvergaderingen (art. 24) is flagged")
    set_input(doc, "Overige_uren", 40)
    ck.check(sh.getCellRangeByName(f"D{floors + 1}").getString().startswith("Let op"),
             "Begroting: fewer than 60 hours (art. 18 lid 3) is flagged")
    set_input(doc, "Personen", 30)
    pvt = sh.getCellRangeByName(f"D{floors + 5}").getString()
    ck.check("PVT" in pvt and "vrijwillig" in pvt,
             "Begroting: below 50 persons the PVT note (art. 35c) shows", pvt)
    bad = error_cells(doc)
    ck.check(not bad, "Begroting: bad input leaves no error cell", "; ".join(bad[:5]))
    lo.close_document(doc)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--oxt", type=Path, required=True)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)

    def body(ck):
        check_package(ck, args.oxt)
        with LoSession(extensions=[args.oxt], verbose=args.verbose) as lo:
            url = check_template_registered(ck, lo)
            if url:
                check_template(ck, lo, url)
            else:  # still test the template's figures, from the committed file
                check_template(ck, lo, file_url(lo.copy_in(T.TEMPLATE)))
            check_example(ck, lo)
            check_budget(ck, lo)

    return run("test_template", body, needs=[args.oxt])


if __name__ == "__main__":
    sys.exit(main())
