"""The Faciliteitenregeling sheet (issue 23, item 1): a draft agreement whose
every number is a live reference into the workbook. Read through named
ranges (Fr_* the agreement's hidden numbers and its texts, the sources by
their own names), in headless Calc with the extension (conftest.py).

The example by hand (make_template.EXAMPLE_*, NOTE of issue 23): 7 seats;
a member 172 h a year (84 + 168 + 252 meeting hours / 7 = 72, 60, 5 x 8),
chair 172 + 2 x 52 = 276, secretary 172 + 4 x 52 = 380, a committee member
who is not on the OR 60 + 3 x 8 = 84, a member of both 172 + 3 x 8 = 196; per
week over 52 weeks; block A 22.200, block B 36.147, the ambtelijk
secretaris 7 x 2 x 52 = 728 h, 1.516 OR hours, 1.068 replaced hours costing
72.090, an election 45 x 125 + 2.400 = 8.025 in the first year (a new OR).
"""

from __future__ import annotations

import pytest

import book_names as N
import make_template as T
from workbooks import EXAMPLE, TEMPLATE, close, example, fresh, number, pdf_pages, \
    sheet_errors, sheet_texts, template  # noqa: F401

SHEET = T.S_AGREEMENT
ROLE_HOURS = [172, 276, 380, 84, 196]   # member, chair, secretary, committee, both
ROLE_DAYS = [5, 5, 5, 3, 8]
ROLE_OFFICERS = [0, 2, 4, 0, 0]


def texts(doc):
    return "\n".join(sheet_texts(doc, SHEET))


def paragraph(doc, start):
    """The paragraph of the agreement that starts with start."""
    found = [t for t in N.texts(doc, "Fr_tekst") if t.startswith(start)]
    assert found, f"no paragraph starts with {start!r}"
    return found[0]


# ---------------------------------------------------------------------------
# Every number equals its source.

@pytest.mark.parametrize("i, want", list(enumerate(ROLE_HOURS)),
                         ids=["member", "chair", "secretary", "committee only", "both"])
def test_hours_per_role_per_year(example, i, want):
    close(N.column(example, "Fr_uren_rol")[i][1], want)


@pytest.mark.parametrize("i, member_row", [(0, 1), (1, 0), (2, 3)],
                         ids=["member = Bram", "chair = Anna", "secretary = Daan"])
def test_hours_per_role_equal_the_leden_rows(example, i, member_row):
    assert N.column(example, "Fr_uren_rol")[i] == N.column(example, "Ld_uren")[member_row]


def test_member_hours_equal_the_urenstaat(example):
    """A member without a function: the Urenstaat without the officers' hours,
    per seat: (1516 - 312) / 7."""
    us = number(example, "Us_totaal") - N.column(example, "Us_uren")[6][1]
    close(N.column(example, "Fr_uren_rol")[0][1], us / number(example, "Zetels"))


@pytest.mark.parametrize("i, want", list(enumerate(ROLE_HOURS)),
                         ids=["member", "chair", "secretary", "committee only", "both"])
def test_hours_per_role_per_week(example, i, want):
    close(N.column(example, "Fr_week_rol")[i][1], want / 52)


@pytest.mark.parametrize("i, want", list(enumerate(ROLE_DAYS)),
                         ids=["member", "chair", "secretary", "committee only", "both"])
def test_training_days_per_role_at_least_art_18_lid_3(example, i, want):
    close(N.column(example, "Fr_dagen_rol")[i][1], want)


@pytest.mark.parametrize("i, want", list(enumerate(ROLE_OFFICERS)),
                         ids=["member", "chair", "secretary", "committee only", "both"])
def test_officers_hours_per_week(example, i, want):
    close(N.column(example, "Fr_db_rol")[i][1], want)


@pytest.mark.parametrize("fr, source", [
    ("Fr_budget", "Bg_totaal_budget"), ("Fr_overig", "Bg_totaal_overig"),
    ("Fr_scholing", "Bg_post_scholing"), ("Fr_uren_totaal", "Uren_basis"),
    ("Fr_vervanging", "Bg_memo_vervanging"), ("Fr_vervangen_uren", "Bg_memo_vervangen_uren"),
    ("Fr_zetels", "Zetels"), ("Fr_start", "Zp_start"), ("Fr_jaren", "Bg_periode"),
    ("Fr_verkiezing", "Zp_verkiezing"), ("Fr_cursusdagen", "Bg_dagen"),
    ("Fr_deelnemers", "Bg_deelnemers"), ("Fr_overige_uren", "Overige_uren"),
    ("Fr_verg_aantal", "Verg_aantal"), ("Fr_ov_aantal", "OV_aantal"),
    ("Fr_voorb_uren", "Voorb_uren"), ("Fr_as_uren", "Bg_as_uren")],
    ids=lambda x: x)
def test_number_equals_its_source(example, fr, source):
    close(number(example, fr), number(example, source), fr)


@pytest.mark.parametrize("fr, want", [
    ("Fr_budget", 22200), ("Fr_overig", 36147), ("Fr_uren_totaal", 1516),
    ("Fr_as_jaar", 7 * 2 * 52), ("Fr_as_week", 14), ("Fr_vervanging", 72090),
    ("Fr_vervangen_uren", 1068), ("Fr_verkiezing", 45 * 125 + 2400), ("Fr_jaren", 3)],
    ids=lambda x: str(x))
def test_number_by_hand(example, fr, want):
    close(number(example, fr), want, fr)


def test_ambtelijk_secretaris_equals_the_begroting_line(example):
    """728 h x the secretary's loonkosten = the Begroting's line."""
    close(number(example, "Fr_as_jaar") * number(example, "Bg_as_tarief"),
          number(example, "Bg_post_as"))


def test_term_runs_three_years_from_the_budget_year(example):
    year = int(number(example, "Begrotingsjaar"))
    assert (number(example, "Fr_start"), number(example, "Fr_eind")) == (year, year + 2)


# ---------------------------------------------------------------------------
# The numbers as the text prints them.

@pytest.mark.parametrize("start, shown", [
    ("Naast de vergaderingen krijgt elk lid", "60 uur per jaar"),
    ("Samen zijn dat", "1.516 uur per jaar, 0,81 fte"),
    ("De OR krijgt voor", "€\u00a022.200,00"),
    ("De ondernemer stelt een ambtelijk secretaris", "14 uur per week, 728 uur per jaar"),
    ("De ondernemer stelt de voorzieningen", "€\u00a036.147,00"),
    ("De kosten van vervanging", "1.068 vervangen uren, €\u00a072.090,00"),
    ("De ondernemer draagt de kosten van de verkiezingen", "€\u00a08.025,00 per verkiezing"),
    ("Elk lid van de OR krijgt", "5 scholingsdagen"),
    ("De OR heeft 7 leden", "WOR art. 6 lid 1")],
    ids=lambda x: x[:30])
def test_text_prints_the_number_in_dutch(example, start, shown):
    assert shown in paragraph(example, start)


def test_budget_says_what_it_covers(example):
    covers = N.text(example, "Fr_budget_posten")
    for part in ("cursuskosten van scholing €\u00a012.500,00", "zaal en verblijf bij scholing",
                 "externe deskundigen, vast bedrag €\u00a07.500,00", "abonnementen",
                 "lidmaatschappen €\u00a0250,00"):
        assert part in covers, covers
    assert "ambtelijk secretaris" not in covers


def test_budget_excludes_art_17_and_18_lid_1_and_names_consent(example):
    text = paragraph(example, "Het budget dekt niet")
    assert "art. 17 en art. 18 lid 1" in text and "instemt (art. 22 lid 4)" in text


def test_parties_name_the_organisation_and_the_chair(example):
    assert paragraph(example, "de ondernemingsraad van Voorbeeld BV").count("Anna de Vries") == 1


@pytest.mark.parametrize("department, way", sorted(T.EXAMPLE_BACKFILL.items()))
def test_each_department_with_its_way(example, department, way):
    line = [x for x in N.text(example, "Fr_afdelingen").split("\n")
            if x.startswith(f"- {department},")]
    assert len(line) == 1 and f": {way}," in line[0], line


def test_department_without_members_is_left_out(example):
    assert "ICT" not in N.text(example, "Fr_afdelingen")


def test_the_four_ways_are_explained(example):
    text = paragraph(example, "De vier wijzen")
    for way in ("declaratie", "vervanging", "tijdelijke aanstelling", "taakverschuiving"):
        assert f"- {way}:" in text


def test_signature_lines(example):
    all_text = texts(example)
    assert "Namens de ondernemer" in all_text and "Namens de ondernemingsraad" in all_text
    assert "Anna de Vries, voorzitter" in all_text


def test_nothing_else_is_set_in_overeenstemming(example):
    """Only the Begroting's statement under block A says it (test_begroting)."""
    assert "Vastgesteld in overeenstemming" not in texts(example)


def test_example_agreement_has_no_warning_and_no_error(example):
    assert not [t for t in sheet_texts(example, SHEET) if t.startswith("Let op")]
    assert not sheet_errors(example, SHEET)


def test_template_agreement_has_no_error_cell(template):
    assert not sheet_errors(template, SHEET), sheet_errors(template, SHEET)[:3]


# ---------------------------------------------------------------------------
# It changes when the inputs change.

def test_other_hours_change_text_and_table(fresh):
    doc = fresh(EXAMPLE, {"Overige_uren": 80})
    close(N.column(doc, "Fr_uren_rol")[0][1], 192)
    assert "80 uur per jaar" in paragraph(doc, "Naast de vergaderingen krijgt elk lid")


def test_more_days_for_or_members_reach_the_leden_sheet(fresh):
    """Invoer's days for an OR member: the agreement and the Leden rows."""
    doc = fresh(EXAMPLE, {"Scholing_dagen": 6})
    assert [v for _k, v in N.column(doc, "Fr_dagen_rol")] == [6, 6, 6, 3, 9]
    close(N.column(doc, "Ld_uren")[1][1], 172 + 8)
    assert N.column(doc, "Fr_uren_rol")[0] == N.column(doc, "Ld_uren")[1]


def test_department_without_a_way_says_so(fresh):
    doc = fresh(EXAMPLE)
    N.cells(doc, "Afd_opvang").getCellByPosition(0, 0).setString("")
    line = N.text(doc, "Fr_afdelingen").split("\n")[0]
    assert line.startswith("- Productie,") and "nog geen wijze gekozen" in line, line
    assert N.text(doc, "Fr_opvang_ontbreekt").startswith("Let op: voor 1 afdeling")


def test_no_budget_agreed(fresh):
    doc = fresh(EXAMPLE, {"Bg_budget": "nee"})
    assert paragraph(doc, "Partijen spreken geen budget af").count("€\u00a022.200,00") == 1


def test_pvt_variant(fresh):
    """Below 50 persons a personeelsvertegenwoordiging (art. 35c): no
    statutory minimum, experts with consent."""
    doc = fresh(EXAMPLE, {"Personen": 30})
    assert N.text(doc, "Fr_titel").endswith("van de personeelsvertegenwoordiging")
    text = texts(doc)
    assert "art. 35c lid 3" in text and "art. 35c lid 5" in text
    assert "ten minste 60 uur" not in text and "ten minste 5, 3 en 8" not in text


def test_no_ambtelijk_secretaris(fresh):
    doc = fresh(EXAMPLE, {"Bg_as_uren": 0})
    assert "heeft geen ambtelijk secretaris" in texts(doc)


def test_bad_secretary_hours_are_flagged(fresh):
    doc = fresh(EXAMPLE, {"Bg_as_uren": "veel"})
    assert paragraph(doc, "Let op: vul de uren van de ambtelijk secretaris in")
    assert not sheet_errors(doc, SHEET)


def test_invalid_term_is_flagged(fresh):
    doc = fresh(EXAMPLE, {"Bg_periode": 5})
    assert paragraph(doc, "Let op: de zittingsperiode klopt niet met WOR art. 12")


# ---------------------------------------------------------------------------
# It prints as a document of a few pages.

def test_printed_on_portrait_pages(example):
    sheet = example.Sheets.getByName(SHEET)
    style = example.StyleFamilies.getByName("PageStyles").getByName(sheet.PageStyle)
    assert not style.IsLandscape and style.Width < style.Height


def test_prints_as_a_few_pages(pdf_pages):
    pages = [text for sheet, text in pdf_pages if sheet == SHEET]
    assert 2 <= len(pages) <= 4, len(pages)
    assert "Concept faciliteitenregeling van de ondernemingsraad" in pages[0]
    assert "Namens de ondernemer" in pages[-1]


def test_helper_cells_do_not_print(pdf_pages):
    pages = "".join(text for sheet, text in pdf_pages if sheet == SHEET)
    assert "Tip:" not in pages and "~#~" not in pages
