#!/usr/bin/python3
"""The main job of ortijd: recalculates the example OR budget headless.

    bash tools/run-python.sh tools/demo.py [--oxt build/ortijd.oxt]
        [--workbook examples/voorbeeld-begroting.ods] [--out build/demo]
        [--screenshots docs]

Installs the extension into a private, throwaway LibreOffice profile
(tools/lo_session.py), opens the workbook hidden, recalculates everything,
prints the key figures as plain-text tables (seats, hours per line, fte,
loonwaarde, the scenario table 5..15 seats, the hours per department, the
first-year costs and the Begroting: the budget (block A) and the other costs
(block B) line by line with their flags and totals, the statement under the
budget, and the imputed cost of OR time (block C); then the OR's cycle: the
draft faciliteitenregeling's hours per role, the term year by year beside
its accrual, and what was spent so far) and writes a PDF of the workbook,
the handout, to <out>/begroting.pdf. Every figure is read through
the workbook's named ranges (examples/book_names.py). With --screenshots DIR it also renders the PDF pages to
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

import begroting_sheet as B  # the Begroting sheet's lines and labels
import book_names as N  # the template's contract: its named ranges
import make_template as T  # sheet names
from cells import actual_of
from lo_session import LoSession, LoSessionError

ROOT = Path(__file__).resolve().parents[1]
PASS, FAIL, COULD_NOT_RUN = 0, 1, 2  # exit status (module comment)


class Figures:
    """Reads named cells and remembers every key figure that is not a number."""

    def __init__(self, doc):
        self.doc = doc
        self.bad = []

    def num(self, name, what=None, row=0, col=0):
        """Returns (value, shown text) of a key figure; records errors."""
        c = N.cells(self.doc, name).getCellByPosition(col, row)
        kind, value = actual_of(c)
        text = c.getString()
        if kind == "number":
            return value, text
        self.bad.append(f"{name}{f'[{row}]' if row else ''} ({what or name}): " + {
            "error": text or "error", "text": f"not a number ({text!r})"}.get(kind, "empty"))
        return None, "-" if kind == "empty" else text or "#ERR"

    def text(self, name, row=0):
        return N.cells(self.doc, name).getCellByPosition(0, row).getString()

    def shown(self, name, row=0):
        """What a cell shows, "-" when empty (a figure that may be empty)."""
        return self.text(name, row) or "-"


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
    org = f.text("Organisatie") or "(geen naam)"
    year = f.text("Begrotingsjaar")
    seats, seats_s = f.num("Zetels", "zetels")
    persons, rule = f.text("Personen"), f.text("Reglement")
    print(f"OR-begroting: {org}" + (f", begroting {year}" if year else "") + f"  [{source}]")
    how = f"reglement {rule}" if rule else f"{persons} personen, WOR art. 6"
    print(f"Zetels: {seats_s} ({how}), {f.text('Orgaan')}\n")

    # Urenstaat: the ORURENSTAAT block and its fte/loonwaarde columns.
    rows = []
    for i in range(8):
        label = f.text("Us_posten", i)
        _, hours = f.num("Us_uren", f"uren {label}", i)
        _, fte = f.num("Us_fte", f"fte {label}", i)
        rows.append((label or "?", hours, fte, f.shown("Us_loonwaarde", i)))
    print("Urenstaat OR-tijd per jaar (ORURENSTAAT), alle zetels als OR-lid")
    print(table(("Post", "Uren", "fte", "Loonwaarde"), rows))
    out = []
    for label, name in (("Totaal OR-uren per jaar", "Us_totaal"), ("fte voor de OR", "Us_fte_totaal"),
                        ("Uren per lid per week", "Us_weekuren")):
        out.append((label, f.num(name, label)[1]))
    out.append(("Loonwaarde OR-tijd per jaar", f.shown("Us_loonwaarde_totaal")))
    print()
    print(table(("Kerncijfer", "Waarde"), out))

    # Scenario's.
    rows = []
    for i, n in enumerate(T.SCEN_SEATS):
        _, z = f.num("Sc_zetels", "zetels", i)
        _, h = f.num("Sc_uren", f"uren {n} zetels", i)
        _, fte = f.num("Sc_fte", f"fte {n} zetels", i)
        _, w = f.num("Sc_weekuren", f"uren per lid per week {n} zetels", i)
        mark = "<- huidige OR" if seats is not None and n == seats else ""
        rows.append((z, h, fte, w, f.shown("Sc_loonwaarde", i), f.text("Sc_signaal", i), mark))
    print("\nScenario's: 5 tot 15 zetels (ORSCENARIO, ORWEEKUREN)")
    print(table(("Zetels", "Uren", "fte", "Uren/lid/week", "Loonwaarde", "Vuistregel", ""), rows,
                "rrrrrll"))

    # Members and departments.
    n_members, _ = f.num("Ld_aantal", "leden")
    if n_members:
        _, lh = f.num("Ld_uren_totaal", "uren leden totaal")
        _, lf = f.num("Ld_fte_totaal", "fte leden totaal")
        _, low = f.num("Ld_onder_4", "leden onder 4 uur per week")
        print(f"\nLeden: {int(n_members)}, samen {lh} uur, {lf} fte; {low} onder 4 uur per week "
              f"(vuistregel)")
        rows = []
        for i, name in enumerate(N.texts(doc, "Afd_namen")):
            if not name:
                continue
            _, n = f.num("Afd_leden", f"leden {name}", i)
            _, u = f.num("Afd_uren", f"uren {name}", i)
            _, fte = f.num("Afd_fte", f"fte {name}", i)
            rows.append((name, n, u, fte, f.text("Afd_aandeel", i)))
        print("Verdeling per afdeling (OR-uren en fte)")
        print(table(("Afdeling", "Leden", "Uren", "fte", "Aandeel"), rows))
    print(f"Uren voor de begroting: {f.num('Uren_basis', 'uren basis')[1]} "
          f"({f.text('Uren_basis_bron')})")

    # First year of a new OR.
    lo_h, hi_h = f.num("Ej_uren_laag")[1], f.num("Ej_uren_hoog")[1]
    lo_c, hi_c = f.num("Ej_kosten_laag")[1], f.num("Ej_kosten_hoog")[1]
    print(f"\nEerste jaar nieuwe OR: {lo_h}-{hi_h} uur adviseur voor verkiezingen, "
          f"kosten {lo_c} tot {hi_c} (tarief per dagdeel {f.shown('Ej_tarief')}; boven het "
          f"SER-richtbedrag: {f.shown('Ej_boven_ser')})")

    budget(doc, f)
    cycle(doc, f)
    return f


def budget(doc, f):
    """Prints the Begroting: blocks A and B with their lines, flags and totals,
    the statement under the budget, and the memo block C."""
    print(f"\n{f.text('Bg_titel')}")
    for block, title, total, moved in (("A", B.BLOCK_A, "Bg_totaal_budget", "Bg_uit_b"),
                                       ("B", B.BLOCK_B, "Bg_totaal_overig", "Bg_uit_a")):
        rows = []
        for line in B.LINES:
            if line.block != block:
                continue
            amount = N.text(doc, f"Bg_post_{line.key}") or "-"
            flag = f.text(f"Bg_inbudget_{line.key}")
            rows.append((line.label, amount, flag, f.text(f"Bg_melden_{line.key}")))
        if f.text(moved):
            rows.append((f.text(moved + "_tekst"), f.text(moved), "", ""))
        _, s = f.num(total)
        rows.append((B.TOTAL_IN if block == "A" else B.TOTAL_OUT, s, "", ""))
        print(f"\n{title}")
        print(table(("Post", "Bedrag", "In budget (lid 4)", "Vooraf melden (lid 2)"), rows, "lrll"))
        warning = f.text(f"Bg_waarschuwing_{block.lower()}")
        if warning:
            print(warning)
        if block == "A":
            print(f"{f.text('Bg_vaststelling')}: {f.shown('Bg_vastgesteld')}. "
                  f"{f.text('Bg_vaststelling_tekst')}")
    rows = []
    for label, name, hours in (("Loonwaarde van de OR-uren", "Bg_memo_loonwaarde", "Bg_memo_uren"),
                               ("Economische kosten van de OR-tijd", "Bg_memo_economisch",
                                "Uren_basis"),
                               ("  waarvan extra uitgave door vervanging", "Bg_memo_vervanging",
                                "Bg_memo_vervangen_uren")):
        _, s = f.num(name, label)
        rows.append((label, s, f.shown(hours)))
    print(f"\n{B.BLOCK_C}")
    print(table(("Post", "Bedrag", "Uren"), rows, "lrr"))


def cycle(doc, f):
    """Prints the OR's cycle: the draft faciliteitenregeling's hours per role,
    the term year by year (cash) beside the accrual, and what was spent."""
    print(f"\n{f.text('Fr_titel')}: uren per lid per rol")
    rows = []
    for i, role in enumerate(N.texts(doc, "Fr_rollen")):
        _, h = f.num("Fr_uren_rol", f"uren {role}", i)
        _, w = f.num("Fr_week_rol", f"uren per week {role}", i)
        _, d = f.num("Fr_dagen_rol", f"scholingsdagen {role}", i)
        rows.append((role, h, w, d))
    print(table(("Rol", "Uren per jaar", "Uren per week", "Scholingsdagen"), rows))
    print(f"Budget art. 22 lid 4: {f.num('Fr_budget', 'budget')[1]}; ambtelijk secretaris "
          f"{f.num('Fr_as_jaar', 'ambtelijk secretaris')[1]} uur per jaar")

    years = [y for y in N.texts_row(doc, "Zp_jaar") if y]
    print(f"\n{f.text('Zp_titel')}")
    rows = []
    for label, name in (("A. Budget art. 22 lid 4", "Zp_a_totaal"),
                        ("B. Andere kosten", "Zp_b_totaal"), ("C. OR-uren", "Zp_uren")):
        cells = [f.num(name, f"{label} {year}", col=i)[1] for i, year in enumerate(years)]
        rows.append((label, *cells, f.num(f"{name}_periode", label)[1],
                     f.num(f"{name}_verdeeld_periode", label)[1]))
    print(table(("Kas per jaar (C: uren)", *years, "Totaal periode", "Toegerekend"), rows))
    print(f.text("Zp_controle"))

    print(f"\n{f.text('Rl_titel')}")
    rows = []
    for x, label in (("a", "A. Budget art. 22 lid 4"), ("b", "B. Andere kosten"),
                     ("c", "C. OR-uren")):
        rows.append((label, f.num(f"Rl_{x}_begroot", label)[1], f.shown(f"Rl_{x}_besteed"),
                     f.shown(f"Rl_{x}_rest"), f.shown(f"Rl_{x}_pct")))
    print(table(("Blok", "Begroot", "Besteed", "Resterend", "Besteed %"), rows))
    print(f.text("Rl_status"))


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
