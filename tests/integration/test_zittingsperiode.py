"""The Zittingsperiode sheet (issue 23, item 2): the term year by year in
cash, beside the accrual view, per block of the Begroting; read through
named ranges (Zp_*), in headless Calc with the extension (conftest.py).

The example by hand: a new OR (Zp_nieuw "ja"), 3 years, all members step
down together (WOR art. 12 lid 1). Block A 22.200 a year: 66.600 in both
views. Block B a year 36.147, of which the elections 2.675 (8.025 / 3):
regular 33.472. Cash: year 1 33.472 + the election 8.025 + the start
training 6.646 (5.000 training + 96 trainer travel + 900 venue + 650 stay)
+ the initial guidance 2.000 = 50.143, years 2 and 3 33.472; over the term
117.087. Accrual: 36.147 + (6.646 + 2.000) / 3 = 39.029 a year, 117.087 over
the term. Block C: 1.516 hours a year, 4.548 over the term.
"""

from __future__ import annotations

import pytest

import book_names as N
import make_template as T
from workbooks import EXAMPLE, TEMPLATE, close, example, fresh, number, row, \
    sheet_errors, sheet_texts, template  # noqa: F401

SHEET = T.S_TERM
ELECTION = 45 * 125 + 2400            # 8,025
START = 5000 + 96 + 900 + 650         # 6,646
GUIDANCE = 2000
REGULAR_B = 36147 - ELECTION / 3      # 33,472


def years(doc, name):
    return row(doc, name)


def test_year_headers(example):
    year = int(number(example, "Begrotingsjaar"))
    assert years(example, "Zp_jaar") == [f"Jaar 1: {year}", f"Jaar 2: {year + 1}",
                                         f"Jaar 3: {year + 2}", ""]


@pytest.mark.parametrize("name, want", [
    ("Zp_a_regulier", [22200, 22200, 22200, ""]),
    ("Zp_a_totaal", [22200, 22200, 22200, ""]),
    ("Zp_b_regulier", [REGULAR_B] * 3 + [""]),
    ("Zp_b_verkiezingen", [ELECTION, 0, 0, ""]),
    ("Zp_b_starttraining", [START, 0, 0, ""]),
    ("Zp_b_begeleiding", [GUIDANCE, 0, 0, ""]),
    ("Zp_b_totaal", [REGULAR_B + ELECTION + START + GUIDANCE, REGULAR_B, REGULAR_B, ""]),
    ("Zp_uren", [1516, 1516, 1516, ""]),
    ("Zp_loonwaarde", [68220, 68220, 68220, ""])], ids=lambda x: str(x)[:20])
def test_cash_per_year(example, name, want):
    got = years(example, name)
    assert len(got) == 4
    for g, w in zip(got, want):
        if w == "":
            assert g == "", got
        else:
            close(g, w, name)


def test_new_or_year_one_carries_election_and_start_training(example):
    close(years(example, "Zp_b_totaal")[0], 50143)


@pytest.mark.parametrize("name, want", [
    ("Zp_a_totaal_periode", 66600), ("Zp_a_totaal_verdeeld", 22200),
    ("Zp_a_totaal_verdeeld_periode", 66600), ("Zp_b_totaal_periode", 117087),
    ("Zp_b_totaal_verdeeld", 39029), ("Zp_b_totaal_verdeeld_periode", 117087),
    ("Zp_uren_periode", 4548), ("Zp_b_verkiezingen_verdeeld", ELECTION / 3)],
    ids=lambda x: str(x))
def test_term_totals_by_hand(example, name, want):
    close(number(example, name), want, name)


@pytest.mark.parametrize("block", ["a", "b"])
def test_cash_sums_to_the_accrual_total(example, block):
    close(number(example, f"Zp_{block}_totaal_periode"),
          number(example, f"Zp_{block}_totaal_verdeeld_periode"))


def test_accrual_per_year_is_the_begroting_plus_the_spread_one_offs(example):
    close(number(example, "Zp_b_totaal_verdeeld"),
          number(example, "Bg_totaal_overig") + (START + GUIDANCE) / 3)
    close(number(example, "Zp_b_verkiezingen_verdeeld"), number(example, "Bg_post_verkiezingen"))


def test_views_are_labelled(example):
    texts = sheet_texts(example, SHEET)
    assert "Kas: uitgaven in het jaar waarin ze vallen" in texts
    assert "Toerekening: eenmalige kosten verdeeld" in texts
    assert N.text(example, "Zp_controle").startswith("Kas en toerekening geven over de hele "
                                                     "periode hetzelfde")


def test_no_total_adds_the_blocks(example):
    both = number(example, "Zp_a_totaal_periode") + number(example, "Zp_b_totaal_periode")
    rng = N.cells(example, "Zp_b_totaal").Spreadsheet
    values = [v for r in rng.getCellRangeByName("A1:H60").getDataArray() for v in r
              if isinstance(v, float)]
    assert not any(abs(v - both) < 0.005 for v in values)


def test_example_has_no_warning_and_no_error(example):
    assert N.text(example, "Zp_waarschuwing") == ""
    assert not [t for t in sheet_texts(example, SHEET) if t.startswith("Let op")]
    assert not sheet_errors(example, SHEET)


def test_template_asks_for_the_election_costs(template):
    assert N.text(template, "Zp_waarschuwing").startswith("Let op: de kosten per verkiezing")
    assert not sheet_errors(template, SHEET)


# ---------------------------------------------------------------------------
# Other terms (WOR art. 12).

def test_sitting_or_elects_at_the_end(fresh):
    doc = fresh(EXAMPLE, {"Zp_nieuw": "nee"})
    assert years(doc, "Zp_b_verkiezingen")[:3] == [0, 0, ELECTION]
    assert years(doc, "Zp_b_starttraining")[:3] == [0, 0, 0]
    close(number(doc, "Zp_b_totaal_periode"), 3 * REGULAR_B + ELECTION)
    close(number(doc, "Zp_b_totaal_verdeeld"), 36147)


def test_four_years_by_reglement(fresh):
    doc = fresh(EXAMPLE, {"Bg_periode": 4})
    assert years(doc, "Zp_jaar")[3].startswith("Jaar 4: ")
    close(number(doc, "Bg_post_verkiezingen"), ELECTION / 4)
    close(number(doc, "Zp_b_totaal_periode"), number(doc, "Zp_b_totaal_verdeeld_periode"))


def test_two_years_by_reglement(fresh):
    doc = fresh(EXAMPLE, {"Bg_periode": 2})
    assert years(doc, "Zp_jaar")[2:] == ["", ""]
    close(number(doc, "Bg_post_verkiezingen"), ELECTION / 2)


@pytest.mark.parametrize("new, election_years", [("ja", [1, 3]), ("nee", [2, 4])],
                         ids=["new OR", "sitting OR"])
def test_half_every_two_years(fresh, new, election_years):
    """Art. 12 lid 2: half the members every 2 years, 4 years each: an
    election every 2 years, the Begroting spreads it over 2."""
    doc = fresh(EXAMPLE, {"Bg_aftreden": "helft", "Bg_periode": 4, "Zp_nieuw": new})
    got = years(doc, "Zp_b_verkiezingen")
    assert [k + 1 for k, v in enumerate(got) if v == ELECTION] == election_years, got
    close(number(doc, "Bg_verk_interval"), 2)
    close(number(doc, "Bg_post_verkiezingen"), ELECTION / 2)
    close(number(doc, "Zp_b_totaal_periode"), number(doc, "Zp_b_totaal_verdeeld_periode"))


def test_half_every_two_years_by_hand(fresh):
    doc = fresh(EXAMPLE, {"Bg_aftreden": "helft", "Bg_periode": 4})
    close(number(doc, "Zp_b_totaal_periode"), 4 * REGULAR_B + 2 * ELECTION + START + GUIDANCE)


def test_elections_in_the_budget_move_to_block_a(fresh):
    doc = fresh(EXAMPLE, {"Bg_inbudget_verkiezingen": "ja"})
    assert years(doc, "Zp_a_verkiezingen")[:3] == [ELECTION, 0, 0]
    assert years(doc, "Zp_b_verkiezingen") == ["", "", "", ""]
    close(number(doc, "Zp_a_totaal_periode"), 66600 + ELECTION)
    close(number(doc, "Zp_a_totaal_periode"), number(doc, "Zp_a_totaal_verdeeld_periode"))


# ---------------------------------------------------------------------------
# Bad input: a term art. 12 does not allow is flagged.

@pytest.mark.parametrize("inputs, said", [({"Bg_periode": 5}, "art. 12"),
                                           ({"Bg_periode": 1}, "art. 12"),
                                           ({"Bg_periode": "drie"}, "geen getal"),
                                           ({"Bg_aftreden": "helft", "Bg_periode": 3},
                                            "art. 12 lid 2")],
                         ids=["5 years", "1 year", "text", "half with 3 years"])
def test_term_outside_art_12_is_flagged(fresh, inputs, said):
    doc = fresh(EXAMPLE, inputs)
    assert N.text(doc, "Zp_waarschuwing").startswith("Let op: de zittingsperiode klopt niet")
    assert N.text(doc, "Bg_verk_interval") == ""
    assert N.text(doc, "Bg_post_verkiezingen") == ""
    assert N.text(doc, "Bg_uitleg_verkiezingen").startswith("Let op")
    sheet = doc.Sheets.getByName(T.S_ASSUMPTIONS)
    check = sheet.getCellByPosition(3, N.row_of(doc, "Bg_periode") - 1).getString()
    assert check.startswith("Let op") and said in check, check
    assert years(doc, "Zp_b_totaal") == ["", "", "", ""]
    assert not sheet_errors(doc, SHEET)


def test_new_or_neither_yes_nor_no(fresh):
    doc = fresh(EXAMPLE, {"Zp_nieuw": "misschien"})
    assert N.text(doc, "Zp_waarschuwing").startswith("Let op: kies ja of nee")


def test_missing_start_costs_are_said(fresh):
    doc = fresh(EXAMPLE, {"Ej_zaal": None})
    assert N.text(doc, "Zp_waarschuwing").startswith("Let op: vul op blad Eerste jaar")
    assert years(doc, "Zp_b_starttraining")[0] == ""
