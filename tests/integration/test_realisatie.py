"""The Realisatie sheet (issue 23, item 3): actual spending and hours per
quarter against the Begroting per block, the remaining budget, the warning
before the lid-4 budget is used up (WOR art. 22 lid 4: an overrun needs the
employer's consent), a chart; empty quarters are not yet reported, never 0.
Read and written through named ranges (Rl_*), in headless Calc with the
extension (conftest.py).

The example by hand (realisatie_sheet.EXAMPLE): two quarters reported.
A: 4.100 + 6.350 = 10.450 of 22.200, 11.750 left, 47,1 %, at this pace
20.900. B: 8.900 + 9.000 = 17.900 of 36.147, 18.247 left, 35.800. C: 366 +
384 = 750 of 1.516 hours, 766 left, 1.500; their wage value 750 x 45 =
33.750. The threshold 80 % of 22.200 is 17.760.
"""

from __future__ import annotations

import pytest

import book_names as N
import make_template as T
from workbooks import EXAMPLE, TEMPLATE, close, example, fresh, number, row, \
    sheet_errors, sheet_texts, template  # noqa: F401

SHEET = T.S_ACTUALS
EXAMPLE_FIGURES = {
    "a": dict(begroot=22200, besteed=10450, rest=11750, pct=10450 / 22200, aantal=2,
              prognose=20900),
    "b": dict(begroot=36147, besteed=17900, rest=18247, pct=17900 / 36147, aantal=2,
              prognose=35800),
    "c": dict(begroot=1516, besteed=750, rest=766, pct=750 / 1516, aantal=2, prognose=1500),
}
CASES = [(x, k, v) for x, d in EXAMPLE_FIGURES.items() for k, v in d.items()]


def quarters(doc, block, values):
    """Enters the four quarters of a block (None: empty)."""
    cells = N.cells(doc, f"Rl_{block}_kwartalen")
    for i, v in enumerate(values):
        c = cells.getCellByPosition(i, 0)
        if v is None:
            c.setString("")
        elif isinstance(v, str):
            c.setString(v)
        else:
            c.setValue(v)


@pytest.mark.parametrize("block, what, want", CASES, ids=[f"{x}-{k}" for x, k, _v in CASES])
def test_example_by_hand(example, block, what, want):
    close(number(example, f"Rl_{block}_{what}"), want)


@pytest.mark.parametrize("block, source", [("a", "Bg_totaal_budget"), ("b", "Bg_totaal_overig"),
                                           ("c", "Uren_basis")])
def test_budget_is_the_begroting_block(example, block, source):
    close(number(example, f"Rl_{block}_begroot"), number(example, source))


def test_wage_value_of_the_reported_hours(example):
    close(number(example, "Rl_c_loonwaarde_besteed"), 750 * 45)


def test_says_how_many_quarters_are_reported(example):
    assert N.text(example, "Rl_status") == ("Gerapporteerd: blok A 2, blok B 2, blok C 2 van de "
                                            "4 kwartalen.")
    assert N.text(example, "Rl_a_melding") == "2 van 4 kwartalen gerapporteerd; binnen het budget."


def test_example_shows_no_warning(example):
    assert not [t for t in sheet_texts(example, SHEET) if t.startswith(("Let op", "Signaal"))]
    assert not sheet_errors(example, SHEET)


def test_template_reports_nothing_yet(template):
    assert N.text(template, "Rl_a_melding").startswith("Nog geen kwartaal gerapporteerd")
    assert N.text(template, "Rl_a_besteed") == ""
    assert not sheet_errors(template, SHEET)


def test_chart_of_budget_against_actual(example):
    charts = example.Sheets.getByName(SHEET).Charts
    assert charts.hasByName("Realisatie")
    diagram = charts.getByName("Realisatie").EmbeddedObject.getFirstDiagram()
    kinds = {ct.ChartType.split(".")[-1]: len(ct.getDataSeries())
             for ct in diagram.getCoordinateSystems()[0].getChartTypes()}
    assert kinds == {"ColumnChartType": 2, "LineChartType": 3}, kinds


def test_chart_data_leave_unreported_quarters_empty(example):
    cells = N.cells(example, "Rl_grafiek")
    spent_a = [cells.getCellByPosition(c, 1).getString() for c in range(1, 5)]
    assert spent_a[2:] == ["", ""] and cells.getCellByPosition(2, 1).getValue() == 10450


# ---------------------------------------------------------------------------
# The first quarter and the lid-4 warning.

@pytest.fixture
def first_quarter(fresh):
    """The example with block A's first quarter only: first_quarter(amount)."""
    def enter(amount):
        doc = fresh(EXAMPLE)
        quarters(doc, "a", [amount, None, None, None])
        return doc
    return enter


def test_first_quarter_shows_the_remaining_budget(first_quarter):
    doc = first_quarter(5000)
    close(number(doc, "Rl_a_rest"), 17200)
    close(number(doc, "Rl_a_aantal"), 1)
    close(number(doc, "Rl_a_prognose"), 20000)


def test_warning_at_the_threshold(first_quarter):
    doc = first_quarter(17760)
    text = N.text(doc, "Rl_a_melding")
    assert text.startswith("Let op: al 80% van het budget besteed") and \
        "toestemming" in text and "art. 22 lid 4" in text, text
    close(number(doc, "Rl_a_rest"), 4440)


def test_no_warning_below_the_threshold(first_quarter):
    assert not N.text(first_quarter(17759), "Rl_a_melding").startswith("Let op")


def test_budget_used_up(first_quarter):
    doc = first_quarter(23000)
    assert N.text(doc, "Rl_a_melding").startswith("Let op: het budget is op")
    close(number(doc, "Rl_a_rest"), -800)


def test_threshold_is_an_input(fresh):
    doc = fresh(EXAMPLE, {"Rl_drempel": 0.4})
    assert N.text(doc, "Rl_a_melding").startswith("Let op: al 47,1% van het budget")


def test_pace_above_the_estimate_is_a_signal(fresh):
    doc = fresh(EXAMPLE)
    quarters(doc, "b", [12000, None, None, None])
    assert N.text(doc, "Rl_b_melding").startswith("Signaal: bij dit tempo")


# ---------------------------------------------------------------------------
# Empty is not reported; bad input is flagged and stays out.

def test_empty_quarters_are_not_reported(fresh):
    doc = fresh(EXAMPLE)
    quarters(doc, "a", [None] * 4)
    assert number(doc, "Rl_a_aantal") == 0 and N.text(doc, "Rl_a_besteed") == ""
    assert N.text(doc, "Rl_a_rest") == ""
    assert N.text(doc, "Rl_a_melding").startswith("Nog geen kwartaal gerapporteerd")


def test_a_typed_zero_is_reported(fresh):
    doc = fresh(EXAMPLE)
    quarters(doc, "a", [4100, 6350, 0, None])
    close(number(doc, "Rl_a_aantal"), 3)
    close(number(doc, "Rl_a_prognose"), 10450 / 3 * 4)


@pytest.mark.parametrize("bad", ["veel", -100], ids=["text", "negative"])
def test_bad_amount_is_flagged_and_stays_out(fresh, bad):
    doc = fresh(EXAMPLE)
    quarters(doc, "a", [4100, 6350, bad, None])
    close(number(doc, "Rl_a_besteed"), 10450)
    close(number(doc, "Rl_a_aantal"), 2)
    close(number(doc, "Rl_ongeldig"), 1)
    text = N.text(doc, "Rl_a_melding")
    assert text.startswith("Let op: 1 invoer is geen getal") and "kwartaal 3" in text, text
    assert "1 ongeldige invoer" in N.text(doc, "Rl_status")
    assert not sheet_errors(doc, SHEET)


def test_bad_threshold_is_flagged(fresh):
    doc = fresh(EXAMPLE, {"Rl_drempel": "hoog"})
    sheet = doc.Sheets.getByName(SHEET)
    assert sheet.getCellByPosition(2, N.row_of(doc, "Rl_drempel") - 1).getString().startswith(
        "Let op")
    assert not sheet_errors(doc, SHEET)
