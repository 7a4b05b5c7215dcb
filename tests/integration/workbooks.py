"""Fixtures and helpers of the tests of the Begroting and the OR's cycle
(test_begroting.py, test_faciliteitenregeling.py, test_zittingsperiode.py,
test_realisatie.py, test_organen.py), which read and write the template and
the example only through their named ranges (examples/book_names.py). A
module imports the fixtures it uses:

    from workbooks import example, template, fresh, pdf_pages  # noqa: F401

    example    the example workbook, recalculated, shared by the module's
               tests that only read it
    template   a new document from the template, the same
    fresh      fresh(path, inputs) -> a recalculated copy of its own with the
               named inputs entered in order; closed when the test ends
    pdf_pages  the example printed to PDF as a user prints it (the demo's
               handout): [(sheet name from the page header, page text)]
"""

from __future__ import annotations

import itertools
import shutil
import subprocess

import pytest

import book_names as N
import make_template as T
from cells import error_cells, used_block

EXAMPLE, TEMPLATE = T.EXAMPLE, T.TEMPLATE
_COPIES = itertools.count(1)


def recalculated(office, path, name):
    """A copy of path under its own name, loaded and recalculated (the
    budget year follows today's date)."""
    doc = office.load(office.copy_in(path, name), copy=False)
    assert doc is not None, f"{path.name} did not load"
    doc.calculateAll()
    return doc


@pytest.fixture(scope="module")
def example(office):
    doc = recalculated(office, EXAMPLE, f"cycle-{EXAMPLE.name}")
    yield doc
    office.close_document(doc)


@pytest.fixture(scope="module")
def template(office):
    doc = recalculated(office, TEMPLATE, f"cycle-{TEMPLATE.name}")
    yield doc
    office.close_document(doc)


@pytest.fixture
def fresh(office):
    docs = []

    def open_(path, inputs=()):
        doc = recalculated(office, path, f"cycle-{path.stem}-{next(_COPIES)}{path.suffix}")
        docs.append(doc)
        for name, v in dict(inputs).items():
            N.put(doc, name, v)
        return doc

    yield open_
    for doc in docs:
        office.close_document(doc)


@pytest.fixture(scope="module")
def pdf_pages(office, tmp_path_factory):
    if shutil.which("pdftotext") is None:
        raise FileNotFoundError("pdftotext missing (apt-get install poppler-utils)")
    doc = recalculated(office, EXAMPLE, f"pdf-{EXAMPLE.name}")
    pdf = tmp_path_factory.mktemp("pdf") / "begroting.pdf"
    office.store(doc, pdf)
    office.close_document(doc)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = []
    for page in text.split("\f"):
        if not page.strip():
            continue
        header = page.strip().splitlines()[0].split()
        # "<left text>  <sheet name>  pagina n van m": the name before "pagina"
        sheet = next((s for s in T.SHEETS if f" {s} " in " " + " ".join(header) + " "), "")
        pages.append((sheet, page))
    return pages


def close(got, want, what="", tol=1e-6) -> None:
    """got is a number within a relative tolerance (absolute below 1) of want."""
    assert isinstance(got, (int, float)) and abs(got - want) <= tol * max(1.0, abs(want)), \
        f"{what + ': ' if what else ''}got {got!r}, want {want!r}"


def number(doc, name, i=0) -> float:
    """The number the i-th cell of a name shows (fails when it shows none)."""
    kind, v = N.column(doc, name)[i] if i else N.pair(doc, name)
    assert kind == "number", f"{name}[{i}] shows no number: {kind} {v!r}"
    return v


def row(doc, name) -> list:
    """What the cells of a one-row named range show: numbers as numbers,
    the rest as their text."""
    rng = N.cells(doc, name)
    a = rng.RangeAddress
    out = []
    for c in range(a.EndColumn - a.StartColumn + 1):
        cell = rng.getCellByPosition(c, 0)
        kind = cell.getType().value
        out.append(cell.getValue() if kind == "FORMULA" and cell.FormulaResultType2 == 1
                   or kind == "VALUE" else cell.getString())
    return out


def sheet_texts(doc, sheet) -> list:
    """Every text a sheet shows."""
    rows = used_block(doc.Sheets.getByName(sheet)).getDataArray()
    return [v for r in rows for v in r if isinstance(v, str) and v]


def sheet_errors(doc, sheet) -> list:
    return [e for e in error_cells(doc) if e.startswith(f"{sheet}.") or
            e.startswith(f"'{sheet}'.")]
