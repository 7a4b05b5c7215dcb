"""Reading the OR budget workbook through its named ranges, the template's
contract (examples/template_kit.py): the demo, the template tests and the
round-trip test read figures by name, never by row or label.

    import book_names as N
    N.value(doc, "Bg_totaal_budget")      # 22200.0, or None when not a number
    N.text(doc, "Uren_basis_bron")
    N.column(doc, "Ld_uren")             # [(kind, value), ...] per row
"""

from __future__ import annotations

from cells import actual_of


def has(doc, name) -> bool:
    return doc.NamedRanges.hasByName(name)


def cells(doc, name):
    """The cell range a name refers to (KeyError when the name is missing)."""
    if not doc.NamedRanges.hasByName(name):
        raise KeyError(f"no named range {name}")
    return doc.NamedRanges.getByName(name).getReferredCells()


def cell(doc, name):
    """The first (usually the only) cell of a name."""
    return cells(doc, name).getCellByPosition(0, 0)


def address(doc, name) -> str:
    """"B40" of a one-cell name (its sheet: sheet_of)."""
    content = doc.NamedRanges.getByName(name).Content  # $Begroting.$B$40
    return content.split(".")[-1].replace("$", "").split(":")[0]


def sheet_of(doc, name) -> str:
    return cells(doc, name).Spreadsheet.Name


def row_of(doc, name) -> int:
    """1-based row of the first cell of a name."""
    return cells(doc, name).RangeAddress.StartRow + 1


def pair(doc, name):
    """("number", 1516.0) | ("text", ...) | ("error", code) | ("empty", "")."""
    return actual_of(cell(doc, name))


def value(doc, name):
    """The number in the named cell, or None when it is text, empty or an error."""
    kind, v = pair(doc, name)
    return v if kind == "number" else None


def text(doc, name) -> str:
    """What the named cell shows."""
    return cell(doc, name).getString()


def column(doc, name) -> list:
    """[(kind, value)] of every cell of a one-column named range, top down."""
    rng = cells(doc, name)
    a = rng.RangeAddress
    return [actual_of(rng.getCellByPosition(0, r)) for r in range(a.EndRow - a.StartRow + 1)]


def texts(doc, name) -> list:
    rng = cells(doc, name)
    a = rng.RangeAddress
    return [rng.getCellByPosition(0, r).getString() for r in range(a.EndRow - a.StartRow + 1)]


def put(doc, name, v) -> None:
    """Enters a number, a text, or nothing (None) into the named cell."""
    c = cell(doc, name)
    if isinstance(v, str) or v is None:
        c.setString(v or "")
    else:
        c.setValue(v)


def texts_row(doc, name) -> list:
    """What every cell of a one-row named range shows, left to right."""
    rng = cells(doc, name)
    a = rng.RangeAddress
    return [rng.getCellByPosition(c, 0).getString() for c in range(a.EndColumn - a.StartColumn + 1)]
