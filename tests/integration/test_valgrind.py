"""The worked-example and error sheets with soffice.bin under valgrind
(memcheck): fails on any memory error or definite leak from ortijd.uno.so.

How: one office for the module. The extension is installed with unopkg
*without* valgrind, then soffice is started with VALGRIND=memcheck, which
LibreOffice's soffice script turns into
``valgrind --tool=memcheck --trace-children=yes ... oosplash``; our options go
in through VALGRIND_OPTS (XML output, one file per process, full leak check,
tests/integration/valgrind.supp). The sheets are checked row by row as in
test_sheets.py (both stages); then test_no_memory_error_from_ortijd
terminates the office normally, so that memcheck runs its leak check, and
reads every XML report.

LibreOffice's own noise is ignored by construction: only errors whose stack
has a frame in ortijd.uno.so (or in one of our source files) count. Counted
kinds: invalid read/write/free, uninitialised values (conditional jumps, use,
syscall parameters), overlapping copies, and definite leaks. Everything else
is summarised as "foreign". Slow: soffice under memcheck needs minutes to
start. Not in the office matrix (its roots have no valgrind: -m "not valgrind").
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fods_rows import STAGES, Shown, check_row, rows_of
from lo_session import LoSession

pytestmark = pytest.mark.valgrind
SHEETS = ("ortijd_example.fods", "ortijd_errors.fods")
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


@pytest.fixture(scope="module")
def memcheck(oxt):
    """(office under memcheck, directory of its XML reports)."""
    if shutil.which("valgrind") is None:
        raise FileNotFoundError("valgrind is not installed (tools/install-deps.sh)")
    # Written by the office, which may run as another user: not below
    # pytest's private temporary directory.
    log_dir = Path(tempfile.mkdtemp(prefix="ortijd-vg-"))
    os.chmod(log_dir, 0o1777)
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
    with LoSession(extensions=[oxt], start=False, timeout=900.0) as lo:
        # unopkg ran in __enter__ without valgrind; the office gets it.
        lo.extra_env.update({"VALGRIND": "memcheck",
                             "VALGRIND_OPTS": " ".join(vg_opts),
                             # fewer threads, fewer false alarms, faster
                             "SC_NO_THREADED_CALCULATION": "1"})
        t0 = time.monotonic()
        try:
            lo.start()
            print(f"# office start under memcheck {time.monotonic() - t0:.0f} s")
            yield lo, log_dir
        finally:
            shutil.rmtree(log_dir, ignore_errors=True)


@pytest.fixture(scope="module")
def shown(memcheck, tmp_path_factory):
    return Shown(memcheck[0], tmp_path_factory.mktemp("fods"))


@pytest.mark.parametrize("row, stage", [pytest.param(row, stage, id=f"{row.id}-{stage}")
                                        for name in SHEETS for row in rows_of(name)
                                        for stage in STAGES])
def test_row(row, stage, shown):
    check_row(row, shown.get(row.file, stage)[row.number])


def test_no_memory_error_from_ortijd(memcheck, shown):
    """Last in the module: stops the office (a normal exit, so that memcheck
    checks for leaks) after every sheet was computed, and reads the reports."""
    lo, log_dir = memcheck
    for name in SHEETS:
        shown.get(name, "typed")
    t0 = time.monotonic()
    lo.stop()
    print(f"# stop and leak check {time.monotonic() - t0:.0f} s")
    ours, foreign, procs = parse_reports(log_dir)
    for name, exe, n in procs:
        print(f"# report {name}: {exe}, {n} errors in total")
    assert any(p[1].endswith("soffice.bin") for p in procs), \
        "no valgrind report of soffice.bin found"
    assert not ours, f"{len(ours)} memory errors or definite leaks from {OUR_OBJ} " \
        f"({foreign} foreign (LibreOffice) errors ignored):\n" + \
        "\n".join(f"({name}) {describe(error)}" for name, error in ours)
