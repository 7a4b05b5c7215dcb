#!/usr/bin/python3
"""The main job of ortijd: recalculates the example OR budget headless.

    bash tools/run-python.sh tools/demo.py [--oxt build/ortijd.oxt]
        [--workbook examples/voorbeeld-begroting.ods] [--out build/demo]
        [--screenshots docs]

Installs the extension into a private, throwaway LibreOffice profile
(tools/lo_session.py), opens the workbook hidden, recalculates everything,
prints the key figures as plain-text tables (seats, hours per line, fte,
cost, the scenario table 5..15 seats, the share per department, the
first-year costs and the Begroting: every cost line with its budget flags
and the totals) and writes a PDF of the workbook (one page per sheet) to
<out>/begroting.pdf. With --screenshots DIR it also renders the PDF pages to
PNG (pdftoppm from poppler-utils) as DIR/begroting-<page>.png.

Exit status: 0 when every key figure is a number, 1 when any is an error
cell (e.g. #NAME? because the extension did not load) or missing, 2 when
the office could not be run.

Run with the Python that has the UNO bridge (/usr/bin/python3, python3-uno)
and the import path of tools/run-python.sh (tools/demo.sh does both).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import begroting_sheet as B  # the Begroting sheet
import make_template as T  # sheet names and layout
from cells import actual_of
from lo_session import LoSession, LoSessionError

ROOT = Path(__file__).resolve().parents[1]
PASS, FAIL, COULD_NOT_RUN = 0, 1, 2  # exit status (module comment)


class Figures:
    """Reads cells and remembers every key figure that is not a number."""

    def __init__(self, doc):
        self.doc = doc
        self.bad = []

    def cell(self, sheet, addr):
        return self.doc.Sheets.getByName(sheet).getCellRangeByName(addr)

    def num(self, sheet, addr, what):
        """Returns (value, shown text) of a key figure; records errors."""
        c = self.cell(sheet, addr)
        kind, value = actual_of(c)
        text = c.getString()
        if kind == "number":
            return value, text
        self.bad.append(f"{sheet}.{addr} ({what}): " + {
            "error": text or "error", "text": f"not a number ({text!r})"}.get(kind, "empty"))
        return None, "-" if kind == "empty" else text or "#ERR"

    def text(self, sheet, addr):
        return self.cell(sheet, addr).getString()


def table(headers, rows, align=None):
    """Formats a plain-text table; align is a string of 'l'/'r' per column."""
    align = align or "l" + "r" * (len(headers) - 1)
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]

    def line(cells):
        out = []
        for a, w, c in zip(align, widths, cells):
            out.append(str(c).ljust(w) if a == "l" else str(c).rjust(w))
        return "  ".join(out).rstrip()
    # A column without a header (a remark) gets no rule either.
    sep = "  ".join(("-" if h else " ") * w for h, w in zip(headers, widths)).rstrip()
    return "\n".join([line(headers), sep] + [line(r) for r in rows])


def report(doc, source) -> Figures:
    f = Figures(doc)
    org = f.text(T.S_INPUT, T.input_address("Organisatie")) or "(geen naam)"
    year = f.text(T.S_INPUT, T.input_address("Begrotingsjaar"))
    seats, seats_s = f.num(T.S_INPUT, T.input_address("Zetels"), "zetels")
    persons = f.text(T.S_INPUT, T.input_address("Personen"))
    rule = f.text(T.S_INPUT, T.input_address("Reglement"))
    print(f"OR-begroting: {org}" + (f", begroting {year}" if year else "") + f"  [{source}]")
    how = f"reglement {rule}" if rule else f"{persons} personen, WOR art. 6"
    print(f"Zetels: {seats_s} ({how})\n")

    # Urenstaat: the ORURENSTAAT block and its fte/cost columns.
    rows = []
    for i in range(8):
        r = T.HOURS_FIRST_ROW + i
        label = f.text(T.S_HOURS, f"A{r}")
        _, hours = f.num(T.S_HOURS, f"B{r}", f"uren {label}")
        _, fte = f.num(T.S_HOURS, f"D{r}", f"fte {label}")
        cost = f.text(T.S_HOURS, f"E{r}") or "-"
        rows.append((label or "?", hours, fte, cost))
    print("Urenstaat OR-tijd per jaar (ORURENSTAAT)")
    print(table(("Post", "Uren", "fte", "Kosten"), rows))
    k = T.HOURS_FIRST_ROW + 7 + 3
    key = [("Totaal OR-uren per jaar", k), ("fte voor de OR", k + 1),
           ("Uren per lid per week", k + 3), ("Loonkosten OR-tijd per jaar", k + 4)]
    print()
    out = []
    for label, r in key:
        if "Loonkosten" in label and not f.text(T.S_INPUT, T.input_address("Uurtarief")):
            out.append((label, "- (geen uurtarief)"))
            continue
        _, s = f.num(T.S_HOURS, f"B{r}", label)
        out.append((label, s))
    print(table(("Kerncijfer", "Waarde"), out))

    # Scenario's.
    rows = []
    for i, n in enumerate(T.SCEN_SEATS):
        r = T.SCEN_FIRST_ROW + i
        _, z = f.num(T.S_SCEN, f"A{r}", "zetels")
        _, h = f.num(T.S_SCEN, f"B{r}", f"uren {n} zetels")
        _, fte = f.num(T.S_SCEN, f"C{r}", f"fte {n} zetels")
        _, w = f.num(T.S_SCEN, f"D{r}", f"uren per lid per week {n} zetels")
        cost = f.text(T.S_SCEN, f"E{r}") or "-"
        mark = "<- huidige OR" if seats is not None and n == seats else ""
        rows.append((z, h, fte, w, cost, mark))
    print("\nScenario's: 5 tot 15 zetels (ORUREN, ORFTE, ORWEEKUREN)")
    print(table(("Zetels", "Uren", "fte", "Uren/lid/week", "Kosten", ""), rows, "rrrrrl"))

    # Members and departments.
    members = doc.Sheets.getByName(T.S_MEMBERS)
    t = T.MEMBER_FIRST_ROW + T.MEMBER_ROWS
    n_members = sum(1 for i in range(T.MEMBER_ROWS)
                    if members.getCellByPosition(1, T.MEMBER_FIRST_ROW - 1 + i).getString())
    if n_members:
        _, lh = f.num(T.S_MEMBERS, f"H{t}", "uren leden totaal")
        _, lf = f.num(T.S_MEMBERS, f"J{t}", "fte leden totaal")
        print(f"\nLeden: {n_members}, samen {lh} uur, {lf} fte")
        rows = []
        h = dept_header(members)
        for r in range(h + 1, h + 1 + T.DEPT_ROWS):
            name = f.text(T.S_MEMBERS, f"B{r}")
            if not name:
                continue
            _, n = f.num(T.S_MEMBERS, f"C{r}", f"leden {name}")
            _, u = f.num(T.S_MEMBERS, f"D{r}", f"uren {name}")
            _, fte = f.num(T.S_MEMBERS, f"E{r}", f"fte {name}")
            share = f.text(T.S_MEMBERS, f"F{r}")
            rows.append((name, n, u, fte, share))
        print("Verdeling per afdeling (vervanging van vrijgestelde uren, praktijk of cao)")
        print(table(("Afdeling", "Leden", "Uren", "fte", "Aandeel"), rows))

    # First year of a new OR.
    fy = doc.Sheets.getByName(T.S_FIRST)
    total = B.find_row(fy, "Totaal eerste jaar")
    if total is not None:
        rate = f.text(T.S_FIRST, first_year_rate_cell(fy))
        lo_h, hi_h = f.text(T.S_FIRST, f"B{total}"), f.text(T.S_FIRST, f"C{total}")
        lo_c, hi_c = f.text(T.S_FIRST, f"D{total}"), f.text(T.S_FIRST, f"E{total}")
        print(f"\nEerste jaar nieuwe OR: {lo_h}-{hi_h} uur verkiezingen, "
              f"kosten {lo_c} tot {hi_c} (SER-tarief per dagdeel {rate or '-'})")

    # Begroting: every cost line (WOR art. 22) with its flags, and the totals.
    budget(doc, f)
    return f


def budget(doc, f):
    """Prints the Begroting sheet: lines, budget flags, totals, warnings."""
    if not doc.Sheets.hasByName(B.SHEET):
        return
    sheet = doc.Sheets.getByName(B.SHEET)
    rows = []
    for key, r in B.line_rows(sheet).items():
        if r is None:
            continue
        label = f.text(B.SHEET, f"A{r}")
        amount = f.text(B.SHEET, f"B{r}") or "-"
        rows.append((label, amount, f.text(B.SHEET, f"C{r}"), f.text(B.SHEET, f"D{r}")))
    print(f"\n{f.text(B.SHEET, 'A1')}")
    print(table(("Post", "Bedrag", "In budget (lid 4)", "Vooraf melden (lid 2)"), rows,
                "lrll"))
    out = []
    for prefix in (B.TOTAL_IN, B.TOTAL_OUT, B.TOTAL_ALL):
        r = B.find_row(sheet, prefix)
        if r is None:
            f.bad.append(f"{B.SHEET}: row '{prefix}' missing")
            continue
        _, s = f.num(B.SHEET, f"B{r}", prefix)
        out.append((f.text(B.SHEET, f"A{r}"), s))
    print(table(("Totaal", "Bedrag"), out))
    r = B.find_row(sheet, B.TOTAL_ALL)
    warning = f.text(B.SHEET, f"A{r + 1}") if r else ""
    if warning:
        print(warning)


def dept_header(sheet):
    return B.find_row(sheet, "Afdeling", col=1)


def first_year_rate_cell(sheet):
    r = B.find_row(sheet, "Gekozen tarief per dagdeel")
    return f"B{r}" if r else "B1"


def _content_box(ppm: bytes, margin: int):
    """(x, y, w, h) of the non-white part of a binary PPM (P6) image."""
    parts = ppm.split(maxsplit=4)  # magic, width, height, maxval, pixels
    width, height, pixels = int(parts[1]), int(parts[2]), parts[4]
    stride = width * 3
    top = bottom = None
    left, right = width, 0
    for y in range(height):
        row = pixels[y * stride:(y + 1) * stride]
        stripped = row.lstrip(b"\xff")
        if not stripped:
            continue
        top = y if top is None else top
        bottom = y
        left = min(left, (stride - len(stripped)) // 3)
        right = max(right, (len(row.rstrip(b"\xff")) - 1) // 3)
    if top is None:
        return 0, 0, width, height
    x0, y0 = max(0, left - margin), max(0, top - margin)
    x1, y1 = min(width, right + margin + 1), min(height, bottom + margin + 1)
    return x0, y0, x1 - x0, y1 - y0


def screenshots(pdf: Path, out_dir: Path, resolution: int, pages=None) -> list:
    """Renders PDF pages to out_dir/begroting-<n>.png, trimmed to their content."""
    if shutil.which("pdftoppm") is None:
        print("demo: pdftoppm not found (apt-get install poppler-utils); no screenshots",
              file=sys.stderr)
        return []
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("begroting-*.png"):
        old.unlink()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", info, re.M)
    count = int(m.group(1)) if m else 1
    written = []
    for n in pages or range(1, count + 1):
        common = ["pdftoppm", "-r", str(resolution), "-f", str(n), "-l", str(n), "-singlefile"]
        ppm = subprocess.run(common + [str(pdf)], capture_output=True, check=True).stdout
        x, y, w, h = _content_box(ppm, margin=resolution // 6)
        png = out_dir / f"begroting-{n}"
        subprocess.run(common + ["-png", "-x", str(x), "-y", str(y), "-W", str(w),
                                 "-H", str(h), str(pdf), str(png)], check=True)
        written.append(png.with_suffix(".png"))
    return written


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--oxt", default=str(ROOT / "build" / "ortijd.oxt"))
    ap.add_argument("--workbook", default=str(ROOT / "examples" / "voorbeeld-begroting.ods"))
    ap.add_argument("--out", default=str(ROOT / "build" / "demo"),
                    help="directory for begroting.pdf (default build/demo)")
    ap.add_argument("--screenshots", metavar="DIR",
                    help="also render the PDF pages to DIR/begroting-<n>.png")
    ap.add_argument("--resolution", type=int, default=80, help="PNG resolution in dpi")
    ap.add_argument("--pages", help="PDF pages to render, e.g. 2,4 (default: all)")
    ap.add_argument("--without-extension", action="store_true",
                    help="do not install the extension (to see the error path: exit 1)")
    args = ap.parse_args(argv)

    t0 = time.monotonic()
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf = out_dir / "begroting.pdf"
    try:
        with LoSession(extensions=[] if args.without_extension else [args.oxt]) as lo:
            doc = lo.load(args.workbook)
            t_calc = time.monotonic()
            doc.calculateAll()
            t_calc = time.monotonic() - t_calc
            figures = report(doc, Path(args.workbook).name)
            lo.store(doc, pdf)
            timings = dict(lo.timings)
    except LoSessionError as exc:
        print(f"demo: could not run LibreOffice: {exc}", file=sys.stderr)
        return COULD_NOT_RUN
    print(f"\nPDF: {pdf} ({pdf.stat().st_size} bytes)")
    if args.screenshots:
        pages = [int(p) for p in args.pages.split(",")] if args.pages else None
        for png in screenshots(pdf, Path(args.screenshots), args.resolution, pages):
            print(f"PNG: {png} ({png.stat().st_size} bytes)")
    install = sum(v for k, v in timings.items() if k.startswith("install:"))
    print(f"Tijd: extensie installeren {install:.1f} s, soffice starten "
          f"{timings.get('start', 0):.1f} s, herberekenen {t_calc * 1000:.0f} ms, "
          f"totaal {time.monotonic() - t0:.1f} s")
    if figures.bad:
        print(f"\nFOUT: {len(figures.bad)} kerncijfers zijn geen getal "
              f"(is de extensie geladen?):", file=sys.stderr)
        for b in figures.bad:
            print(f"  {b}", file=sys.stderr)
        return FAIL
    print("Alle kerncijfers zijn getallen (geen foutcellen).")
    return PASS


if __name__ == "__main__":
    sys.exit(main())
