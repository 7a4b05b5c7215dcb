#!/usr/bin/python3
"""Runs integration sheets with soffice.bin under valgrind (memcheck) and
fails on any memory error or definite leak from ortijd.uno.so.

    bash tools/run-python.sh tests/integration/valgrind_calc.py --oxt build/ortijd.oxt \
        tests/integration/ortijd_seed.fods tests/integration/ortijd_errors.fods

How: one throwaway office (tools/lo_session.py). The extension is installed
with unopkg *without* valgrind, then soffice is started with VALGRIND=memcheck,
which LibreOffice's soffice script turns into
``valgrind --tool=memcheck --trace-children=yes ... oosplash``; our options go
in through VALGRIND_OPTS (XML output, one file per process, full leak check,
tests/integration/valgrind.supp). The sheets are checked as check_sheet.py
does (pass "file" and pass "typed"); then the office is terminated normally so
that memcheck runs its leak check, and every XML report is read.

LibreOffice's own noise is ignored by construction: only errors whose stack
has a frame in ortijd.uno.so (or in one of our source files) count. Counted
kinds: invalid read/write/free, uninitialised values (conditional jumps, use,
syscall parameters), overlapping copies, and definite leaks. Everything else
is summarised as "foreign".

Prints the errors from our code with their stacks and the runtime; the
absence of such errors is one more check (tools/report.py: exit 1 if one of
ours was found or a check failed, 2 when the office did not start or no
valgrind report of soffice.bin was found). Slow: soffice under memcheck
needs minutes to start; see --timeout.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from check_sheet import Checker
from lo_session import LoSession
from report import HarnessError, could_not_run, run

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUR_OBJ = "ortijd.uno.so"
OUR_SOURCES = {p.name for d in ("core", "addin") for p in (ROOT / d).rglob("*.c")}
# memcheck error kinds that count (see valgrind's docs/internals/xml-output).
COUNTED = {"InvalidRead", "InvalidWrite", "InvalidFree", "MismatchedFree",
           "InvalidJump", "InvalidMemPool", "Overlap", "UninitCondition",
           "UninitValue", "SyscallParam", "ClientCheck", "FishyValue",
           "Leak_DefinitelyLost"}


def frames_of(error):
    for stack in error.findall("stack"):
        for frame in stack.findall("frame"):
            yield frame


def is_ours(error) -> bool:
    for frame in frames_of(error):
        obj = frame.findtext("obj") or ""
        src = frame.findtext("file") or ""
        if obj.endswith("/" + OUR_OBJ) or src in OUR_SOURCES:
            return True
    return False


def describe(error) -> str:
    what = error.findtext("what") or error.findtext("xwhat/text") or ""
    lines = [f"{error.findtext('kind')}: {what}"]
    for frame in frames_of(error):
        fn = frame.findtext("fn") or "???"
        where = frame.findtext("file")
        where = f"{where}:{frame.findtext('line')}" if where else (frame.findtext("obj") or "")
        lines.append(f"    {fn} ({where})")
    return "\n".join(lines)


def parse_reports(log_dir: Path):
    """Returns (ours, foreign_count, processes) over every XML report."""
    ours, foreign, procs = [], 0, []
    for path in sorted(log_dir.glob("vg.*.xml")):
        text = path.read_text(errors="replace")
        if "</valgrindoutput>" not in text:  # killed before the end
            text += "\n</valgrindoutput>\n"
        try:
            root = ET.fromstring(text)
        except ET.ParseError as exc:
            print(f"# cannot parse {path.name}: {exc}", file=sys.stderr)
            continue
        exe = root.findtext("args/argv/exe") or "?"
        procs.append((path.name, exe, len(root.findall("error"))))
        for error in root.findall("error"):
            if error.findtext("kind") in COUNTED and is_ours(error):
                ours.append((path.name, error))
            else:
                foreign += 1
    return ours, foreign, procs


def main(argv) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--oxt", type=Path, required=True)
    ap.add_argument("--timeout", type=float, default=900.0,
                    help="seconds for the office to start / stop (default 900)")
    ap.add_argument("--no-typed", action="store_true")
    ap.add_argument("--keep-logs", type=Path,
                    help="copy the valgrind XML reports into this directory")
    ap.add_argument("--verbose", action="store_true")
    opts = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        return could_not_run("valgrind_calc", "valgrind is not installed")
    return run("valgrind_calc", lambda rep: check(rep, opts), needs=[opts.oxt, *opts.files])


def check(rep, opts) -> None:
    t_start = time.monotonic()
    log_dir = Path(tempfile.mkdtemp(prefix="ortijd-vg-"))
    os.chmod(log_dir, 0o1777)  # the office may run as another user
    # The office user may not be able to read the source tree (a clone in a
    # private directory): valgrind reads its own copy of the suppressions.
    supp = log_dir / "valgrind.supp"
    shutil.copyfile(HERE / "valgrind.supp", supp)
    os.chmod(supp, 0o644)
    vg_opts = ["--xml=yes", f"--xml-file={log_dir}/vg.%p.xml",
               "--leak-check=full", "--show-leak-kinds=definite",
               "--errors-for-leak-kinds=definite", "--num-callers=40",
               "--error-limit=no", "--child-silent-after-fork=yes",
               f"--suppressions={supp}"]
    checker = Checker(rep)
    lo = LoSession(extensions=[opts.oxt], start=False, timeout=opts.timeout,
                   verbose=opts.verbose)
    with lo:
        # unopkg ran in __enter__ without valgrind; the office gets it.
        lo.extra_env.update({"VALGRIND": "memcheck",
                             "VALGRIND_OPTS": " ".join(vg_opts),
                             # fewer threads, fewer false alarms, faster
                             "SC_NO_THREADED_CALCULATION": "1"})
        lo.start()
        t_started = time.monotonic()
        for path in opts.files:
            checker.check_file(lo, path, typed=not opts.no_typed)
        t_checked = time.monotonic()
        lo.stop()  # a normal exit, so that memcheck checks for leaks
    t_end = time.monotonic()

    ours, foreign, procs = parse_reports(log_dir)
    if opts.keep_logs:
        opts.keep_logs.mkdir(parents=True, exist_ok=True)
        for p in log_dir.glob("vg.*.xml"):
            shutil.copy(p, opts.keep_logs / p.name)
    shutil.rmtree(log_dir, ignore_errors=True)

    for name, exe, n in procs:
        print(f"# report {name}: {exe}, {n} errors in total")
    for name, error in ours:
        print(f"OURS ({name}) {describe(error)}")
    print(f"# runtime (s): total {t_end - t_start:.0f}, office start "
          f"{t_started - t_start:.0f}, checks {t_checked - t_started:.0f}, "
          f"stop and leak check {t_end - t_checked:.0f}")
    if not any(p[1].endswith("soffice.bin") for p in procs):
        raise HarnessError("no valgrind report of soffice.bin found")
    rep.check(not ours, f"no memory error or definite leak from {OUR_OBJ} "
              f"({foreign} foreign (LibreOffice) errors ignored)", f"{len(ours)} found")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
