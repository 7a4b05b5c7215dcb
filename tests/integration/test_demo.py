"""The main job (tools/demo.py, README quick start) as a user runs it: the
example workbook recalculated headless in its own throwaway office, the key
figures printed, a PDF written; and the PDF's text has no internal word or
path (tools/user_text.py; the sources are checked by tests/text/check_text.py).
"""

import shutil
import subprocess
from pathlib import Path

import pytest

from user_text import FORBIDDEN

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo(oxt, tmp_path_factory):
    """(exit status, output, PDF path) of the demo as tools/demo.sh runs it."""
    out = tmp_path_factory.mktemp("demo")
    proc = subprocess.run(["bash", str(ROOT / "tools" / "run-python.sh"),
                           str(ROOT / "tools" / "demo.py"), "--oxt", str(oxt), "--workbook",
                           str(ROOT / "examples" / "voorbeeld-begroting.ods"), "--out", str(out)],
                          capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    print(proc.stdout[-3000:], proc.stderr[-3000:])
    return proc.returncode, proc.stdout + proc.stderr, out / "begroting.pdf"


def test_demo_runs(demo):
    """Exit status 0: every key figure is a number."""
    status, output, _pdf = demo
    assert status == 0, output[-2000:]


def test_demo_writes_the_pdf(demo):
    assert demo[2].is_file() and demo[2].stat().st_size > 10000


# What the demo prints of the OR's cycle (issue 23): a heading per sheet and
# the line that says cash and accrual agree over the term.
CYCLE_OUTPUT = ["Concept faciliteitenregeling van de ondernemingsraad: uren per lid per rol",
                "Zittingsperiode 2027-2029: kosten per jaar en over de hele periode",
                "Kas en toerekening geven over de hele periode hetzelfde",
                "Realisatie 2027: besteed tegenover begroot, per kwartaal"]


@pytest.mark.parametrize("line", CYCLE_OUTPUT)
def test_demo_prints_the_cycle(demo, line):
    assert line in demo[1]


@pytest.mark.parametrize("sheet", ["Begroting", "Faciliteitenregeling", "Zittingsperiode",
                                   "Realisatie"])
def test_pdf_has_the_sheet(pdf_lines, sheet):
    """Every page header names its sheet: the handout has each sheet of the cycle."""
    assert any(sheet in line and "pagina" in line for line in pdf_lines)


@pytest.fixture(scope="module")
def pdf_lines(demo):
    if shutil.which("pdftotext") is None:
        raise FileNotFoundError("pdftotext missing (apt-get install poppler-utils)")
    text = subprocess.run(["pdftotext", "-layout", str(demo[2]), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.splitlines()


@pytest.mark.parametrize("pattern, what", FORBIDDEN, ids=[w for _p, w in FORBIDDEN])
def test_pdf_text_has_no_internal_words(pdf_lines, pattern, what):
    found = [f"line {n}: {line.strip()[:80]}" for n, line in enumerate(pdf_lines, 1)
             if pattern.search(line)]
    assert pdf_lines and not found, "; ".join(found[:5])
