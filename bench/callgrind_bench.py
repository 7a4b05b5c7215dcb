#!/usr/bin/python3
"""ortijd benchmark by instruction counts (issue 12): NOT a test; not in ctest or CI.

    bash tools/run-python.sh bench/callgrind_bench.py                  # build, run, print
    bash tools/run-python.sh bench/callgrind_bench.py --out /tmp/cg.md # also write a report

Wall-clock ratios on a shared 2-core machine sit inside its noise, so this
counts instructions instead: soffice.bin runs under valgrind's callgrind with
the counters zeroed on entry to ScModelObj::calculateAll (--zero-before)
and dumped on its exit (--dump-after), one dump per recalculation. For every
variant two documents are recalculated, with N1 and N2 formula cells; the
cost per cell is the slope (I(N2) - I(N1)) / (N2 - N1), so the fixed costs
of a recalculation cancel. Each document is recalculated twice and the
second count is used (the first may load the add-in and its types).

Variants (seats 5..15 in column A, row i):
  a    =ORUREN(A{i})              ortijd, 12-argument shape
  c    =ORNOOP(A{i})              no-op C add-in, 1 argument (bench/noop)
  c12  =ORNOOP12(A{i})            no-op C add-in, ORUREN's 12-argument shape
  e    =A{i}                      a trivial native formula
  cells  per row: ORUREN, ORFTE, ORWEEKUREN and a wage-cost product: the
         template's old per-cell scenario sheet; 4 results per row
  scen   ORSCENARIO(5;15;...;45) as 11 x 5 array formulas: 4 results per
         row (hours, fte, hours per member per week, wage cost; the seats
         column is input, not counted)

"ortijd's own code" is the exclusive instruction count of functions in
ortijd.uno.so (the dispatcher, argument decoding and the core linked into
it), not the C++/UNO bridge or Calc; per call it is the same slope.

Cold start: the whole soffice.bin process is counted from its start to the
end of the first calculateAll of a one-cell document, =ORUREN(7) with ortijd
installed, the native =172*7+312 (also 1516) without it; the difference is
what ortijd adds (its registration, component, type library and the call).
(A #NAME? cell is no baseline: Calc then searches its macro libraries,
about 11 M instructions more than the whole of ortijd.)

The report goes to stdout (and --out); bench/RESULTS.md quotes a run.
"""
from __future__ import annotations

import argparse
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lo_session import LoSession

REPO = Path(__file__).resolve().parent.parent

TOGGLE = "ScModelObj::calculateAll*"
HOURS = {n: 172 * n + 312 for n in range(5, 16)}  # ORUREN(n), defaults
RATE = 45  # wage cost per hour in the scenario variants


def build(build_dir: Path) -> None:
    subprocess.run(["cmake", "-S", str(REPO), "-B", str(build_dir), "-DORTIJD_BENCH=ON",
                    "-DCMAKE_BUILD_TYPE=Release"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", str(build_dir), "-j", str(os.cpu_count() or 1),
                    "--target", "ortijd_oxt", "bench_noop_oxt"],
                   check=True, stdout=subprocess.DEVNULL)


# ---- callgrind output --------------------------------------------------------

def parse_dump(path: Path, own_objects=("ortijd.uno.so", "bench_noop.uno.so")):
    """(total Ir, Ir exclusive to functions of own_objects) of one dump."""
    total = None
    own = 0
    names = {}  # "ob" id -> name
    cur_ob = ""
    fn_ob = ""
    skip_next = False
    with open(path, errors="replace") as f:
        for line in f:
            if line.startswith(("summary:", "totals:")):
                total = int(line.split()[1])
                continue
            m = re.match(r"(c?ob)=(?:\((\d+)\))?\s*(.*)", line)
            if m:
                kind, ident, name = m.groups()
                if ident and name:
                    names[ident] = name.strip()
                obname = names.get(ident, name.strip()) if ident else name.strip()
                if kind == "ob":
                    cur_ob = obname
                continue
            if line.startswith("fn="):
                fn_ob = cur_ob
                continue
            if line.startswith("calls="):
                skip_next = True  # the next cost line is the call's inclusive cost
                continue
            if line[:1].isdigit() or line[:1] in "+-*":
                if skip_next:
                    skip_next = False
                    continue
                parts = line.split()
                if len(parts) >= 2 and fn_ob.endswith(own_objects):
                    own += int(parts[1])
    if total is None:
        raise RuntimeError(f"{path}: no summary line")
    return total, own


def dumps(log_dir: Path):
    """The --dump-after files (cg.PID.out.N) of soffice.bin, in order."""
    found = []
    for p in log_dir.glob("cg.*.out.*"):
        m = re.fullmatch(r"cg\.(\d+)\.out\.(\d+)", p.name)
        if m:
            found.append((p.stat().st_mtime, int(m.group(2)), p))
    return [p for _, _, p in sorted(found)]


# ---- documents ---------------------------------------------------------------

def make_doc(lo, variant: str, rows: int):
    doc = lo.new_document()
    sheet = doc.Sheets.getByIndex(0)
    data = tuple((float(5 + i % 11),) for i in range(rows))
    sheet.getCellRangeByName(f"A1:A{rows}").setDataArray(data)
    if variant == "scen":
        blocks = rows // 11
        for b in range(blocks):
            r0 = 1 + 11 * b
            rng = sheet.getCellRangeByName(f"B{r0}:F{r0 + 10}")
            rng.setArrayFormula(f"=ORSCENARIO(5;15;;;;;;;;;;;;;;{RATE})")
        check = [(1 + 11 * b + 2, 3, HOURS[7]) for b in range(blocks)]
    else:
        if variant == "cells":
            f = tuple((f"=ORUREN(A{i})", f"=ORFTE(B{i})", f"=ORWEEKUREN(B{i};A{i})",
                       f"=B{i}*{RATE}") for i in range(1, rows + 1))
            sheet.getCellRangeByName(f"B1:E{rows}").setFormulaArray(f)
        else:
            tmpl = {"a": "=ORUREN(A{i})", "c": "=ORNOOP(A{i})", "c12": "=ORNOOP12(A{i})",
                    "e": "=A{i}"}[variant]
            sheet.getCellRangeByName(f"B1:B{rows}").setFormulaArray(
                tuple((tmpl.format(i=i),) for i in range(1, rows + 1)))
        check = [(i, 2, HOURS[5 + (i - 1) % 11] if variant in ("a", "cells") else
                  float(5 + (i - 1) % 11)) for i in range(1, min(rows, 22) + 1)]
    return doc, check


def verify(doc, check, what):
    sheet = doc.Sheets.getByIndex(0)
    for row, col, want in check:
        cell = sheet.getCellByPosition(col - 1, row - 1)
        if cell.getError() != 0 or abs(cell.getValue() - want) > 1e-9:
            raise RuntimeError(f"{what}: row {row} col {col} is {cell.getString()!r}, "
                               f"expected {want}")


def wait_for_dump(log_dir: Path, count: int, timeout=600.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if len(dumps(log_dir)) >= count:
            time.sleep(0.5)
            return
        time.sleep(0.2)
    raise RuntimeError("callgrind dump did not appear")


# ---- runs --------------------------------------------------------------------

def vg_env(log_dir: Path, collect_at_start: bool) -> dict:
    opts = [f"--callgrind-out-file={log_dir}/cg.%p.out", f"--dump-after={TOGGLE}",
            "--dump-line=no", "--compress-strings=yes"]
    if not collect_at_start:
        # --toggle-collect counted nothing here (calculateAll is reached
        # through a thunk's jump); zeroing on entry is robust.
        opts += [f"--zero-before={TOGGLE}"]
    return {"VALGRIND": "callgrind", "VALGRIND_OPTS": " ".join(opts),
            "SC_NO_THREADED_CALCULATION": "1"}


def new_log_dir() -> Path:
    d = Path(tempfile.mkdtemp(prefix="ortijd-cg-"))
    os.chmod(d, 0o1777)
    return d


def warm_up(lo) -> None:
    """Starts and stops the office once without valgrind: the first start
    of a new profile with extensions may restart soffice.bin (its launcher
    restarts it to finish the extension registration), which must not
    happen under callgrind."""
    lo.start()
    lo.stop()


def per_cell(build_dir: Path, sizes, variants, timeout):
    oxts = [build_dir / "ortijd.oxt", build_dir / "bench" / "bench_noop.oxt"]
    log_dir = new_log_dir()
    results = {}
    lo = LoSession(extensions=oxts, start=False, timeout=timeout)
    with lo:
        warm_up(lo)
        lo.extra_env.update(vg_env(log_dir, collect_at_start=False))
        lo.start()
        n = 0
        for v in variants:
            for rows in sizes:
                doc, check = make_doc(lo, v, rows)
                counts = []
                for _ in range(2):
                    doc.calculateAll()
                    n += 1
                    wait_for_dump(log_dir, n)
                    counts.append(parse_dump(dumps(log_dir)[-1]))
                verify(doc, check, f"{v} N={rows}")
                doc.close(True)
                results[(v, rows)] = counts[-1]
                print(f"# {v} N={rows}: {counts}", file=sys.stderr)
        # A full recalculation of the example workbook (the template with
        # the example OR filled in).
        doc = lo.load(REPO / "examples" / "voorbeeld-begroting.ods")
        counts = []
        for _ in range(2):
            doc.calculateAll()
            n += 1
            wait_for_dump(log_dir, n)
            counts.append(parse_dump(dumps(log_dir)[-1]))
        doc.close(True)
        results["template"] = counts[-1]
        print(f"# template: {counts}", file=sys.stderr)
        lo.stop()
    shutil.rmtree(log_dir, ignore_errors=True)
    return results


def cold_start(build_dir: Path, with_ortijd: bool, timeout):
    oxts = [build_dir / "ortijd.oxt"] if with_ortijd else []
    log_dir = new_log_dir()
    lo = LoSession(extensions=oxts, start=False, timeout=timeout)
    with lo:
        src = lo.files_dir / "one.fods"
        # Without ortijd the cell holds the same number as a native formula:
        # an unknown name (#NAME?) would make Calc search its macro
        # libraries, which costs more than ortijd's whole start.
        src.write_text(ONE_CELL.replace(
            "NL.ORTIJD.ADDIN.HOURS(7)", "NL.ORTIJD.ADDIN.HOURS(7)" if with_ortijd
            else "172*7+312"))
        lo._chown(src)
        warm_up(lo)
        lo.extra_env.update(vg_env(log_dir, collect_at_start=True))
        lo.start()
        doc = lo.load(src, copy=False)
        doc.calculateAll()
        wait_for_dump(log_dir, 1)
        cell = doc.Sheets.getByIndex(0).getCellByPosition(0, 0)
        shown = cell.getString()
        if cell.getValue() != 1516:
            raise RuntimeError(f"cold start: A1 shows {shown!r}")
        total, own = parse_dump(dumps(log_dir)[0])
        doc.close(True)
        lo.stop()
    shutil.rmtree(log_dir, ignore_errors=True)
    return total, own, shown


ONE_CELL = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:body><office:spreadsheet><table:table table:name="a">
  <table:table-row><table:table-cell table:formula="of:=NL.ORTIJD.ADDIN.HOURS(7)"/></table:table-row>
 </table:table></office:spreadsheet></office:body></office:document>
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build-dir", type=Path, default=Path("/tmp/ortijd-cg-build"))
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--sizes", default="550,1650", help="two row counts (multiples of 11)")
    ap.add_argument("--variants", default="a,c,c12,e,cells,scen")
    ap.add_argument("--no-cold", action="store_true")
    ap.add_argument("--cold-only", action="store_true",
                    help="only the cold start (with --cold-runs pairs)")
    ap.add_argument("--cold-runs", type=int, default=1,
                    help="pairs of cold starts (with, without ortijd), alternating")
    ap.add_argument("--timeout", type=float, default=900.0)
    ap.add_argument("--out", type=Path)
    opts = ap.parse_args(argv)
    if not opts.no_build:
        build(opts.build_dir)
    n1, n2 = (int(x) for x in opts.sizes.split(","))
    variants = opts.variants.split(",")
    if opts.cold_only:
        variants = []
        res = {}
    else:
        res = per_cell(opts.build_dir, (n1, n2), variants, opts.timeout)

    def slope(v, idx):
        return (res[(v, n2)][idx] - res[(v, n1)][idx]) / (n2 - n1)

    lines = [f"# callgrind benchmark, {datetime.date.today()}, "
             f"N = {n1} and {n2} rows; instructions (Ir) per row, slope\n",
             "| variant | per row: all | per row: ortijd.uno.so / bench_noop.uno.so |",
             "|---|---|---|"]
    for v in variants:
        lines.append(f"| {v} | {slope(v, 0):,.0f} | {slope(v, 1):,.0f} |")
    s = {v: slope(v, 0) for v in variants}
    own = {v: slope(v, 1) for v in variants}
    lines.append("")
    if "a" in s and "c12" in s:
        lines.append(f"- ORUREN / same-shape no-op (c12): {s['a'] / s['c12']:.3f} "
                     f"(target <= 1.05)")
    if "a" in s and "c" in s:
        lines.append(f"- ORUREN / 1-argument no-op (c): {s['a'] / s['c']:.3f}")
    if "a" in own:
        lines.append(f"- ortijd's own code per ORUREN call: {own['a']:,.0f} "
                     f"(target <= 1,000); the no-op's own code per call: "
                     f"{own.get('c12', float('nan')):,.0f}")
    if "cells" in s and "scen" in s:
        lines.append(f"- per result: per-cell sheet {s['cells'] / 4:,.0f}, ORSCENARIO "
                     f"{s['scen'] / 4:,.0f}; ratio {s['scen'] / s['cells']:.3f} "
                     f"(target <= 0.333)")
    if "template" in res:
        t_all, t_own = res["template"]
        lines.append(f"- full recalculation (calculateAll) of the example workbook "
                     f"examples/voorbeeld-begroting.ods: {t_all:,} Ir, of which "
                     f"ortijd.uno.so {t_own:,}")
    if not opts.no_cold:
        for _ in range(opts.cold_runs):
            with_o, own, shown_w = cold_start(opts.build_dir, True, opts.timeout)
            without, _, shown_wo = cold_start(opts.build_dir, False, opts.timeout)
            lines.append(f"- cold start to the first result: with ortijd {with_o:,} Ir "
                         f"(A1 {shown_w!r}; in ortijd.uno.so itself {own:,}), without "
                         f"{without:,} (native formula, A1 {shown_wo!r}); difference "
                         f"{(with_o - without) / 1e6:,.1f} M (target <= 15 M)")
    text = "\n".join(lines) + "\n"
    print(text)
    if opts.out:
        opts.out.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
