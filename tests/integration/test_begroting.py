"""The Begroting (issue 19): the template's three blocks, its defaults, its
hour base and its texts, read and written only through named ranges
(examples/book_names.py), in headless Calc with the extension (conftest.py:
one office for the module).

The workbooks are examples/voorbeeld-begroting.ods (the example) and
examples/or-begroting.ots (the template). A test that only reads uses the
module's one recalculated copy of the file (`example`, `template`); a test
that enters something gets a fresh copy of its own (`fresh`), so every test
can run alone with -k. The tests are grouped by the issue's items:
  1 three blocks with their own totals, no mixing total, the statement under
    the lid-4 total only, what each citation says, a line moved by its flag;
  2 defaults that protect the OR (litigation outside, notice, experts as a
    fixed amount, the overrun note) and the PVT variant below 50 persons;
  3 one hour base (Leden, else Urenstaat) for the time line, the
    replacement and the departments; committee members counted;
  4 the adviser's rate shared by Eerste jaar and Begroting; trainer travel
    budgeted and the excess over the richtbedrag shown;
  5 the 4-hour signals per member and per scenario row, net working weeks,
    the second trainer from the number of trainers (SCHOLINGSKOSTEN itself
    unchanged);
  6 one definition of loonkosten per uur, a replacement cost above it, the
    note on the ambtelijk secretaris;
  7 SER years without a rate stay inputs and compute nothing, no red warning
    in the example, the date the law was checked, who counts for the seats;
  8 no unit printed twice, no nested parentheses, the committee wording,
    every function named, the English glossary, the tested versions;
and bad input: an empty, text or negative amount never counts as 0, PM stays
out of every total and the sheet says so. The expected figures are hand
arithmetic from the example's inputs (make_template.EXAMPLE_*,
begroting_sheet.EXAMPLE). The template and the example as a whole are tested
by test_template.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import begroting_sheet as B
import book_names as N
import make_template as T
import manifest
import template_kit as K
from workbooks import example, fresh, template  # noqa: F401 (fixtures)
from cells import error_cells, used_block

ROOT = Path(__file__).resolve().parents[2]
FUNCTION_TABLE = ROOT / "addin" / "function_table.c"
EXAMPLE, TEMPLATE = T.EXAMPLE, T.TEMPLATE
FILE_IDS = ["example", "template"]
BOTH_FILES = pytest.mark.parametrize("path", [EXAMPLE, TEMPLATE], ids=FILE_IDS)

# The example by hand (NOTE of issue 19). 7 seats, 7 OR members, EUR 45
# loonkosten per hour, quote EUR 1,250 per dagdeel, adviser EUR 125.
RATE = 45.0
QUOTE = 1250.0
ADVISER = 125.0
BLOCK_A = {"scholing": 5 * 2 * QUOTE * 1, "zaal": 1500, "deskundigen": 7500,
           "abonnementen": 450, "lidmaatschappen": 250}
BLOCK_B = {"as": 7 * 2 * 52 * 40, "adviestrajecten": None, "rechtsbijstand": None,
           "verkiezingen": (45 * ADVISER + 2400) / 3, "achterban": 1200, "jaarverslag": 800,
           "faciliteiten": 1800, "reiskosten": 2400 * 0.23}
HOURS = 1516.0
# Leden: chair 276, members 172, secretary 380; Productie replaced fully,
# the rest at 50 %.
REPLACED = (276 + 172 + 172) * 1.0 + (380 + 172 + 172 + 172) * 0.5     # 1068
REPLACEMENT_RATE = round(RATE * 1.5, 2)                                 # 67.50
TOTAL_A = sum(BLOCK_A.values())                                         # 22,200
TOTAL_B = sum(v for v in BLOCK_B.values() if v is not None)             # 36,147
WAGE_VALUE = HOURS * RATE                                               # 68,220
REPLACEMENT = REPLACED * REPLACEMENT_RATE                               # 72,090
ECONOMIC = (HOURS - REPLACED) * RATE + REPLACED * REPLACEMENT_RATE      # 92,250

# Every name the demo (tools/demo.py) and these tests read: the contract.
CONTRACT = (
    ["Organisatie", "Begrotingsjaar", "Personen", "Reglement", "Zetels", "Orgaan",
     "Uurtarief", "Werkweken", "Adviseur_tarief", "Secr_uren",
     "Us_posten", "Us_uren", "Us_fte", "Us_loonwaarde", "Us_totaal", "Us_fte_totaal",
     "Us_weekuren", "Us_loonwaarde_totaal", "Us_signaal",
     "Ld_namen", "Ld_afdelingen", "Ld_rollen", "Ld_functies", "Ld_dagen_afgesproken",
     "Ld_uren", "Ld_weekuren", "Ld_signaal", "Ld_uren_totaal", "Ld_fte_totaal", "Ld_aantal",
     "Ld_onder_4", "Uren_basis", "Uren_basis_bron", "Afd_namen", "Afd_leden", "Afd_uren",
     "Afd_fte", "Afd_aandeel", "Afd_niet_ingedeeld",
     "Sc_zetels", "Sc_uren", "Sc_fte", "Sc_weekuren", "Sc_loonwaarde", "Sc_signaal",
     "Tariefjaar", "Km", "Ej_offerte", "Ej_ser_tabel", "Ej_ser", "Ej_tarief", "Ej_training",
     "Ej_reiskosten", "Ej_uren_laag", "Ej_uren_hoog", "Ej_kosten_laag", "Ej_kosten_hoog",
     "Ej_boven_ser", "Ej_waarschuwing", "Ej_verk_extern",
     "Bg_titel", "Bg_totaal_budget", "Bg_totaal_overig", "Bg_uit_a", "Bg_uit_b",
     "Bg_uit_a_tekst", "Bg_uit_b_tekst", "Bg_waarschuwing_a", "Bg_waarschuwing_b",
     "Bg_vaststelling", "Bg_vastgesteld", "Bg_vaststelling_tekst", "Bg_memo_uren",
     "Bg_memo_fte", "Bg_memo_loonwaarde", "Bg_memo_economisch", "Bg_memo_vervanging",
     "Bg_memo_vervangen_uren", "Bg_boven_ser", "Bg_budget", "Bg_tarief", "Bg_ser",
     "Bg_tariefjaar", "Bg_trainers", "Bg_trainer_km", "Bg_deelnemers", "Bg_verv_tarief",
     "Vv_afdelingen", "Vv_uren", "Vv_deel", "Vv_vervangen", "Vv_kosten", "Vv_uren_totaal",
     "Vv_vervangen_totaal", "Vv_kosten_totaal", "Vv_ongeldig"]
    + [f"Bg_{kind}_{line.key}" for line in B.LINES
       for kind in ("post", "inbudget", "melden", "uitleg")]
    + [f"Bg_toets_{k}" for k in ("ov", "uren", "dagen", "cursusdagen", "leden", "dekking",
                                 "personen", "ser")])


def close(got, want, what="", tol=1e-6) -> None:
    """got is a number within a relative tolerance (absolute below 1) of want."""
    assert isinstance(got, (int, float)) and abs(got - want) <= tol * max(1.0, abs(want)), \
        f"{what + ': ' if what else ''}got {got!r}, want {want!r}"


def number(doc, name) -> float:
    """The number a named cell shows (the test fails when it shows none)."""
    v = N.value(doc, name)
    assert v is not None, f"{name} shows no number: {N.text(doc, name)!r}"
    return v


def starts(doc, name, prefix) -> bool:
    return N.text(doc, name).startswith(prefix)


def shown_next_to(doc, name, column, sheet) -> str:
    """What column (0 = A) of sheet shows on the row of a name."""
    sh = doc.Sheets.getByName(sheet)
    return sh.getCellByPosition(column, N.row_of(doc, name) - 1).getString()


def all_texts(doc):
    """[(where, shown text, cell)] of every cell that shows text, on every
    sheet (one getDataArray per sheet; the cell is fetched for those only)."""
    out = []
    for sh in doc.Sheets:
        for r, row in enumerate(used_block(sh).getDataArray()):
            for c, v in enumerate(row):
                if isinstance(v, str) and v:
                    out.append((f"{sh.Name}.{chr(65 + c)}{r + 1}", v,
                                sh.getCellByPosition(c, r)))
    return out


def numbers_on(doc, sheet):
    """Every number the sheet shows (formula results included)."""
    rows = used_block(doc.Sheets.getByName(sheet)).getDataArray()
    return [v for row in rows for v in row if isinstance(v, float)]


def help_source() -> str:
    return FUNCTION_TABLE.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------
# The documents.

# example, template and fresh come from tests/integration/workbooks.py.

@pytest.fixture(params=[EXAMPLE, TEMPLATE], ids=FILE_IDS)
def either(request, example, template):
    """The shared example, then the shared template."""
    return example if request.param == EXAMPLE else template


@pytest.fixture(scope="module")
def texts(example):
    """all_texts of the shared example."""
    return all_texts(example)


def test_every_contract_name_exists(either):
    missing = [n for n in CONTRACT if not N.has(either, n)]
    assert not missing, f"{len(missing)} of {len(CONTRACT)} names missing: {missing[:10]}"


# ---------------------------------------------------------------------------
# Item 1: three blocks, each with its own total; no total mixes them.

# (block, line, amount by hand or None for PM, the line's "in budget" flag)
BLOCK_LINES = ([("A", key, v, "ja") for key, v in BLOCK_A.items()] +
               [("B", key, v, "nee") for key, v in BLOCK_B.items()])
BLOCK_LINE_IDS = [f"{block}-{key}" for block, key, _v, _f in BLOCK_LINES]


@pytest.mark.parametrize("block, key, want, flag", BLOCK_LINES, ids=BLOCK_LINE_IDS)
def test_block_line_amount(example, block, key, want, flag):
    """A number, or PM (no number) for the lines the example leaves open."""
    if want is None:
        assert N.text(example, f"Bg_post_{key}") == "PM", \
            f"block {block} {key} shows {N.text(example, f'Bg_post_{key}')!r}, not PM"
    else:
        close(N.value(example, f"Bg_post_{key}"), want, f"block {block} {key}")


@pytest.mark.parametrize("block, key, want, flag", BLOCK_LINES, ids=BLOCK_LINE_IDS)
def test_block_line_in_budget_flag(example, block, key, want, flag):
    """'ja' for the lines of block A, 'nee' for those of block B."""
    assert N.text(example, f"Bg_inbudget_{key}") == flag, \
        f"block {block} {key}: {N.text(example, f'Bg_inbudget_{key}')!r}, not {flag!r}"


@pytest.mark.parametrize("name, want", [("Bg_totaal_budget", TOTAL_A),
                                        ("Bg_totaal_overig", TOTAL_B)],
                         ids=["A: the lid 4 budget", "B: other costs, outside the budget"])
def test_block_total(example, name, want):
    close(N.value(example, name), want, name)


def test_the_example_budget_is_eur_22200():
    """The hand arithmetic of block A gives the issue's figure."""
    assert TOTAL_A == 22200, TOTAL_A


@pytest.mark.parametrize("name, want", [
    ("Bg_memo_uren", HOURS), ("Bg_memo_fte", HOURS / 1872),
    ("Bg_memo_loonwaarde", WAGE_VALUE), ("Bg_memo_vervangen_uren", REPLACED),
    ("Bg_memo_vervanging", REPLACEMENT), ("Bg_memo_economisch", ECONOMIC)],
    ids=["hours 1516", "fte 1516 / 1872", "wage value 1516 x 45",
         "replaced hours 620 + 448", "extra outlay for replacement 1068 x 67.50",
         "economic cost 448 x 45 + 1068 x 67.50"])
def test_block_c_memo(example, name, want):
    close(N.value(example, name), want, name)


def test_block_c_replacement_label(example):
    label = shown_next_to(example, "Bg_memo_vervanging", 0, B.SHEET)
    assert label == "waarvan extra uitgave door vervanging", label


def test_block_c_economic_cost_explained(example):
    """Labelled unreplaced hours x loonkosten + replaced hours x replacement."""
    assert "niet vervangen uren x loonkosten" in N.text(example, "Bg_memo_uitleg_economisch"), \
        N.text(example, "Bg_memo_uitleg_economisch")


MIXES = {"A + B": TOTAL_A + TOTAL_B, "A + B + wage value": TOTAL_A + TOTAL_B + WAGE_VALUE,
         "B + wage value": TOTAL_B + WAGE_VALUE,
         "wage value + replacement (same hours twice)": WAGE_VALUE + REPLACEMENT,
         "A + B + wage value + replacement": TOTAL_A + TOTAL_B + WAGE_VALUE + REPLACEMENT,
         "A + B + economic": TOTAL_A + TOTAL_B + ECONOMIC,
         "A + B + replacement": TOTAL_A + TOTAL_B + REPLACEMENT}


@pytest.mark.parametrize("what", MIXES)
def test_no_figure_mixes_blocks(example, what):
    v = MIXES[what]
    assert not any(abs(x - v) < 0.005 for x in numbers_on(example, B.SHEET)), \
        f"the Begroting shows {v:.2f} = {what}"


def test_no_total_or_begroting(texts):
    found = [w for w, t, _ in texts if "Totaal OR-begroting" in t]
    assert not found, f"'Totaal OR-begroting' in {found}"


def test_statement_directly_under_the_lid_4_total(example):
    assert N.row_of(example, "Bg_vaststelling") == N.row_of(example, "Bg_totaal_budget") + 1


def test_statement_names_the_article_and_the_year(example):
    year = int(number(example, "Begrotingsjaar"))
    text = N.text(example, "Bg_vaststelling")
    assert text.startswith("Vastgesteld in overeenstemming, WOR art. 22 lid 4") and \
        str(year) in text, text


def test_statement_names_the_budget_amount(example):
    close(N.value(example, "Bg_vastgesteld"), TOTAL_A, "Bg_vastgesteld")


def test_statement_amount_on_the_next_row(example):
    assert N.row_of(example, "Bg_vastgesteld") == N.row_of(example, "Bg_vaststelling") + 1


def test_nothing_else_is_signed(texts):
    """Only the statement says 'Vastgesteld in overeenstemming'."""
    signed = [w for w, t, _ in texts if "Vastgesteld in overeenstemming" in t]
    assert len(signed) == 1, signed


def test_the_other_blocks_are_an_estimate(example):
    assert "raming van de ondernemer" in N.text(example, "Bg_vaststelling_tekst"), \
        N.text(example, "Bg_vaststelling_tekst")


@pytest.mark.parametrize("bad", ["Komt bovenop", "vergadertijd is werktijd",
                                 "ten laste van de ondernemer (WOR art. 22 lid 1)"])
def test_no_text_says(texts, bad):
    found = [w for w, t, _ in texts if bad in t]
    assert not found, f"{bad!r} in {found}"


def test_paid_or_time_cites_art_17_and_18(example):
    """Art. 17 lid 2 en 3 and art. 18 lid 1 en 2, in the basis column."""
    basis = shown_next_to(example, "Bg_memo_loonwaarde", 5, B.SHEET)
    assert "art. 17 lid 2 en 3" in basis and "art. 18 lid 1 en 2" in basis, basis


def test_backfill_cites_practice_not_art_22(example):
    basis = shown_next_to(example, "Bg_memo_vervanging", 5, B.SHEET)
    assert "praktijk of cao" in basis and "geen kosten van art. 22" in basis, basis


SCHOLING_OUT = {"Bg_inbudget_scholing": "nee"}


def test_flag_nee_takes_a_line_out_of_the_budget(fresh):
    doc = fresh(EXAMPLE, SCHOLING_OUT)
    close(N.value(doc, "Bg_totaal_budget"), TOTAL_A - BLOCK_A["scholing"], "Bg_totaal_budget")


def test_flag_nee_moves_the_line_into_the_other_costs(fresh):
    doc = fresh(EXAMPLE, SCHOLING_OUT)
    close(N.value(doc, "Bg_totaal_overig"), TOTAL_B + BLOCK_A["scholing"], "Bg_totaal_overig")


def test_flag_nee_lists_the_line_on_block_b(fresh):
    """Block B's 'uit blok A' row names it."""
    doc = fresh(EXAMPLE, SCHOLING_OUT)
    assert starts(doc, "Bg_uit_a_tekst", "Uit blok A: Scholing: cursuskosten"), \
        N.text(doc, "Bg_uit_a_tekst")


def test_flag_nee_shows_the_amount_on_block_b(fresh):
    doc = fresh(EXAMPLE, SCHOLING_OUT)
    close(N.value(doc, "Bg_uit_a"), BLOCK_A["scholing"], "Bg_uit_a")


def test_flag_nee_block_a_says_it_counts_in_block_b(fresh):
    doc = fresh(EXAMPLE, SCHOLING_OUT)
    shown = shown_next_to(doc, "Bg_post_scholing", 1, B.SHEET)
    assert shown == "telt in blok B", shown


def test_flag_neither_ja_nor_nee_counts_in_no_total(fresh):
    doc = fresh(EXAMPLE, {"Bg_inbudget_scholing": "misschien"})
    close(number(doc, "Bg_totaal_budget") + number(doc, "Bg_totaal_overig"),
          TOTAL_A + TOTAL_B - BLOCK_A["scholing"], "budget + other costs")


def test_flag_neither_ja_nor_nee_block_says_so(fresh):
    doc = fresh(EXAMPLE, {"Bg_inbudget_scholing": "misschien"})
    assert "geen keuze ja of nee" in N.text(doc, "Bg_waarschuwing_a"), \
        N.text(doc, "Bg_waarschuwing_a")


ELECTIONS_IN = {"Bg_inbudget_verkiezingen": "ja"}


def test_flag_ja_moves_a_block_b_line_into_the_budget(fresh):
    doc = fresh(EXAMPLE, ELECTIONS_IN)
    close(N.value(doc, "Bg_totaal_budget"), TOTAL_A + BLOCK_B["verkiezingen"],
          "Bg_totaal_budget")


def test_flag_ja_lists_the_line_on_block_a(fresh):
    """Block A's 'uit blok B' row names it."""
    doc = fresh(EXAMPLE, ELECTIONS_IN)
    assert starts(doc, "Bg_uit_b_tekst", "Uit blok B: Verkiezingen"), N.text(doc, "Bg_uit_b_tekst")


def test_flag_ja_on_a_line_outside_by_law_is_flagged(fresh):
    """The ambtelijk secretaris (art. 17) set to 'ja': art. 22 lid 4 excludes it."""
    doc = fresh(EXAMPLE, {**ELECTIONS_IN, "Bg_inbudget_as": "ja"})
    assert starts(doc, "Bg_uitleg_as", "Let op (budget): art. 22 lid 4 sluit"), \
        N.text(doc, "Bg_uitleg_as")


# ---------------------------------------------------------------------------
# Item 2: defaults that protect the OR (the example and the template).

@pytest.mark.parametrize("key, inbudget, notice", [
    ("rechtsbijstand", "nee", "ja"), ("adviestrajecten", "nee", "ja"),
    ("deskundigen", "ja", "niet nodig")],
    ids=["litigation outside the budget, notice in advance (lid 2)",
         "large advisory trajectories outside, notice in advance",
         "experts inside only as a fixed amount, no notice inside a budget"])
def test_default_flags(either, key, inbudget, notice):
    got = (N.text(either, f"Bg_inbudget_{key}"), N.text(either, f"Bg_melden_{key}"))
    assert got == (inbudget, notice), f"{key}: in budget, notice {got}"


def test_overrun_needs_the_employers_consent(either):
    """The note on the lid-4 total."""
    note = shown_next_to(either, "Bg_totaal_budget", 4, B.SHEET)
    assert "toestemming van de ondernemer, art. 22 lid 4" in note and \
        "buiten het budget" in note, note


NO_BUDGET = {"Bg_budget": "nee"}


@BOTH_FILES
def test_without_agreed_budget_experts_need_notice(fresh, path):
    doc = fresh(path, NO_BUDGET)
    assert N.text(doc, "Bg_melden_deskundigen") == "ja", N.text(doc, "Bg_melden_deskundigen")


@BOTH_FILES
def test_without_agreed_budget_nothing_is_set(fresh, path):
    """Nothing 'in overeenstemming' without an agreed budget."""
    doc = fresh(path, NO_BUDGET)
    assert starts(doc, "Bg_vaststelling", "Geen budget") and N.text(doc, "Bg_vastgesteld") == "", \
        (N.text(doc, "Bg_vaststelling"), N.text(doc, "Bg_vastgesteld"))


PVT = {"Personen": 30}


def test_pvt_is_the_default_below_50_persons(fresh):
    doc = fresh(EXAMPLE, PVT)
    assert N.text(doc, "Orgaan") == "PVT", N.text(doc, "Orgaan")


@pytest.mark.parametrize("key", ["deskundigen", "adviestrajecten"])
def test_pvt_experts_need_consent(fresh, key):
    """Art. 35c lid 5: only with the employer's consent."""
    doc = fresh(EXAMPLE, PVT)
    assert N.text(doc, f"Bg_melden_{key}") == "toestemming", N.text(doc, f"Bg_melden_{key}")


def test_pvt_litigation_still_announced(fresh):
    doc = fresh(EXAMPLE, PVT)
    assert N.text(doc, "Bg_melden_rechtsbijstand") == "ja", N.text(doc, "Bg_melden_rechtsbijstand")


@pytest.mark.parametrize("key", ["uren", "dagen", "cursusdagen", "leden"])
def test_pvt_has_no_lid_3_minimum(fresh, key):
    """'n.v.t.', citing art. 35c lid 3."""
    doc = fresh(EXAMPLE, PVT)
    shown = N.text(doc, f"Bg_toets_{key}")
    assert shown.startswith("n.v.t.") and "art. 35c lid 3" in shown, shown


def test_pvt_note_names_art_35c_lid_5(fresh):
    doc = fresh(EXAMPLE, PVT)
    assert "art. 35c lid 5" in N.text(doc, "Bg_toets_personen"), N.text(doc, "Bg_toets_personen")


def test_or_typed_below_50_persons_is_an_or(fresh):
    doc = fresh(EXAMPLE, {**PVT, "Orgaan": "OR"})
    assert N.text(doc, "Bg_melden_deskundigen") == "niet nodig", N.text(doc, "Bg_melden_deskundigen")


# ---------------------------------------------------------------------------
# Item 3: one hour base.

@pytest.mark.parametrize("name", ["Uren_basis", "Ld_uren_totaal", "Bg_memo_uren",
                                  "Vv_uren_totaal"])
def test_one_hour_base(example, name):
    close(N.value(example, name), HOURS, name)


def test_hour_base_is_leden_with_members(example):
    assert starts(example, "Uren_basis_bron", "Blad Leden"), N.text(example, "Uren_basis_bron")


def test_departments_and_not_assigned_make_the_hour_base(example):
    depts = sum(v for k, v in N.column(example, "Afd_uren") if k == "number")
    close(depts + number(example, "Afd_niet_ingedeeld"), number(example, "Uren_basis"),
          "departments + not assigned")


@pytest.fixture
def committee_member(fresh):
    """The example with an 8th member: Hanna Vos, ICT, a committee member.
    (doc, her role cell)."""
    doc = fresh(EXAMPLE)
    for name, v in (("Ld_namen", "Hanna Vos"), ("Ld_afdelingen", "ICT"),
                    ("Ld_rollen", "commissie")):
        N.cells(doc, name).getCellByPosition(0, 7).setString(v)
    return doc, N.cells(doc, "Ld_rollen").getCellByPosition(0, 7)


@pytest.mark.parametrize("name, want", [
    ("Uren_basis", HOURS + 84), ("Bg_memo_loonwaarde", (HOURS + 84) * RATE),
    ("Vv_uren_totaal", HOURS + 84), ("Bg_memo_vervangen_uren", REPLACED + 42),
    ("Bg_deelnemers", 8)],
    ids=["adds 60 + 3 x 8 = 84 h to the base", "to the time line", "to the replacement base",
         "replaced at 50 % in ICT", "is a training participant (art. 18 lid 2)"])
def test_committee_member_counts(committee_member, name, want):
    close(N.value(committee_member[0], name), want, name)


def test_member_with_days_outside_the_course_is_flagged(committee_member):
    """A 'beide' member has 8 days, 3 more than the 5 budgeted course days."""
    doc, role = committee_member
    role.setString("beide")
    assert starts(doc, "Bg_toets_dekking", "Let op: 3 scholingsdagen"), \
        N.text(doc, "Bg_toets_dekking")


NO_MEMBERS = {"Personen": 150, "Uurtarief": RATE, "Bg_verv_pct": 0.5}


def test_without_members_the_base_is_the_urenstaat(fresh):
    doc = fresh(TEMPLATE, NO_MEMBERS)
    close(N.value(doc, "Uren_basis"), HOURS, "Uren_basis")


def test_without_members_the_sheet_says_so(fresh):
    doc = fresh(TEMPLATE, NO_MEMBERS)
    assert "Urenstaat" in N.text(doc, "Uren_basis_bron"), N.text(doc, "Uren_basis_bron")


def test_without_members_the_replacement_uses_the_same_base(fresh):
    """Not assigned to a department: 50 % replaced."""
    doc = fresh(TEMPLATE, NO_MEMBERS)
    close(N.value(doc, "Bg_memo_vervangen_uren"), HOURS * 0.5, "Bg_memo_vervangen_uren")


def test_without_members_at_the_replacement_default(fresh):
    """1.5 x 45 an hour."""
    doc = fresh(TEMPLATE, NO_MEMBERS)
    close(N.value(doc, "Bg_memo_vervanging"), HOURS * 0.5 * REPLACEMENT_RATE,
          "Bg_memo_vervanging")


# ---------------------------------------------------------------------------
# Item 4: first-year and election costs.

def test_first_year_adviser_hours(fresh):
    """Eerste jaar: 35 adviser hours x 125, besides training, travel and the
    other amounts."""
    doc = fresh(EXAMPLE)
    close(number(doc, "Ej_kosten_laag") -
          sum(number(doc, n) for n in ("Ej_training", "Ej_reiskosten")) -
          2400 - 900 - 650 - 2000, 35 * ADVISER, "Ej_kosten_laag less the other costs")


def test_begroting_election_cost(fresh):
    """(45 h x 125 + 2400) / 3."""
    doc = fresh(EXAMPLE)
    close(N.value(doc, "Bg_post_verkiezingen"), (45 * ADVISER + 2400) / 3,
          "Bg_post_verkiezingen")


def test_one_adviser_rate_begroting_follows(fresh):
    doc = fresh(EXAMPLE, {"Adviseur_tarief": 100})
    close(N.value(doc, "Bg_post_verkiezingen"), (45 * 100 + 2400) / 3, "Bg_post_verkiezingen")


def test_one_adviser_rate_eerste_jaar_follows(fresh):
    doc = fresh(EXAMPLE, {"Adviseur_tarief": 100})
    close(N.value(doc, "Ej_uren_laag"), 35, "Ej_uren_laag")


NO_ADVISER = {"Adviseur_tarief": None}


def test_no_adviser_rate_no_election_cost(fresh):
    """Never priced at the members' loonkosten."""
    doc = fresh(EXAMPLE, NO_ADVISER)
    assert N.text(doc, "Bg_post_verkiezingen") == "" and \
        starts(doc, "Bg_uitleg_verkiezingen", "Let op"), \
        (N.text(doc, "Bg_post_verkiezingen"), N.text(doc, "Bg_uitleg_verkiezingen"))


def test_no_adviser_rate_eerste_jaar_says_two_amounts_missing(fresh):
    doc = fresh(EXAMPLE, NO_ADVISER)
    assert N.text(doc, "Ej_ontbreekt").startswith("Let op: 2 posten"), N.text(doc, "Ej_ontbreekt")


def test_trainer_travel_is_budgeted(fresh):
    """240 km x 0.40."""
    doc = fresh(EXAMPLE)
    close(N.value(doc, "Ej_reiskosten"), 96, "Ej_reiskosten")


def test_no_ser_rate_no_comparison(fresh):
    """No SER rate for the budget year: no excess over it made up."""
    doc = fresh(EXAMPLE)
    assert N.text(doc, "Ej_boven_ser") == "", N.text(doc, "Ej_boven_ser")


def test_quote_at_the_2024_richtbedrag_travel_above_it(fresh):
    doc = fresh(EXAMPLE, {"Tariefjaar": 2024})
    close(N.value(doc, "Ej_boven_ser"), 96, "Ej_boven_ser")


def test_quote_above_the_2024_richtbedrag(fresh):
    """Quote 1300: 4 dagdelen x 50 + 96 travel above it."""
    doc = fresh(EXAMPLE, {"Tariefjaar": 2024, "Ej_offerte": 1300})
    close(N.value(doc, "Ej_boven_ser"), 296, "Ej_boven_ser")


BEGROTING_TRAVEL = {"Tariefjaar": 2024, "Ej_offerte": 1300, "Bg_trainer_km": 200}


def test_begroting_trainer_travel_on_top_of_the_fee(fresh):
    doc = fresh(EXAMPLE, BEGROTING_TRAVEL)
    close(N.value(doc, "Bg_post_scholing"), BLOCK_A["scholing"] + 200 * 0.40,
          "Bg_post_scholing")


def test_begroting_above_the_ser_richtbedrag_2024(fresh):
    """80: the travel of 200 km at the 2024 rate."""
    doc = fresh(EXAMPLE, {**BEGROTING_TRAVEL, "Bg_tariefjaar": 2024})
    close(N.value(doc, "Bg_boven_ser"), 80, "Bg_boven_ser")


# ---------------------------------------------------------------------------
# Item 5: 4 hours a week, net working weeks, second trainer.

def test_members_below_4_hours_marked(example):
    """172 h / 52 = 3.31 a week."""
    signals = N.texts(example, "Ld_signaal")[:7]
    want = ["", "onder 4 uur", "onder 4 uur", "", "onder 4 uur", "onder 4 uur", "onder 4 uur"]
    assert signals == want, signals


def test_five_members_below_4_hours(example):
    close(N.value(example, "Ld_onder_4"), 5, "Ld_onder_4")


def test_scenario_rows_below_4_hours_marked(example):
    rows = N.texts(example, "Sc_signaal")
    want = ["onder 4 uur" if (172 * n + 312) / (n * 52) < 4 else "" for n in T.SCEN_SEATS]
    assert rows == want, rows


def test_signal_is_amber_not_red(example):
    style = N.cells(example, "Ld_signaal").getCellByPosition(0, 1).CellStyle
    assert style == "OR Signaal", style


WEEKS_46 = {"Werkweken": 46}


@pytest.mark.parametrize("name, want", [
    ("Us_weekuren", HOURS / (7 * 46)), ("Ld_weekuren", 276 / 46),
    ("Sc_weekuren", 1172 / (5 * 46)), ("Us_totaal", HOURS)],
    ids=["Urenstaat 1516 / (7 x 46)", "chair 276 / 46", "scenario 5 seats 1172 / (5 x 46)",
         "the hours themselves do not change"])
def test_net_working_weeks(fresh, name, want):
    doc = fresh(EXAMPLE, WEEKS_46)
    close(N.value(doc, name), want, name)


def test_at_46_weeks_no_scenario_row_below_4_hours(fresh):
    doc = fresh(EXAMPLE, WEEKS_46)
    assert N.texts(doc, "Sc_signaal") == [""] * len(T.SCEN_SEATS), N.texts(doc, "Sc_signaal")


def test_two_trainers_double_the_richtbedrag(fresh):
    doc = fresh(EXAMPLE, {"Bg_trainers": 2})
    close(N.value(doc, "Bg_post_scholing"), 2 * BLOCK_A["scholing"], "Bg_post_scholing")


ONE_TRAINER_14 = {"Bg_trainers": 1, "Bg_deelnemers": 14}


def test_one_trainer_14_participants_no_doubling(fresh):
    doc = fresh(EXAMPLE, ONE_TRAINER_14)
    close(N.value(doc, "Bg_post_scholing"), BLOCK_A["scholing"], "Bg_post_scholing")


def test_one_trainer_14_participants_asks_about_a_second(fresh):
    doc = fresh(EXAMPLE, ONE_TRAINER_14)
    check = shown_next_to(doc, "Bg_trainers", 3, T.S_ASSUMPTIONS)
    assert "twee trainers" in check, check


@pytest.mark.parametrize("participants, want", [(12, 12500), (13, 25000), (14, 25000)])
def test_scholingskosten_default_unchanged(fresh, participants, want):
    """SCHOLINGSKOSTEN's own second trainer from 13 participants, entered by
    its stored name (LibreOffice 7.0's API grammar needs it)."""
    doc = fresh(EXAMPLE)
    scratch = doc.Sheets.getByName(B.SHEET).getCellByPosition(20, 0)
    scratch.setFormula(f"={manifest.stored_name('SCHOLINGSKOSTEN')}(5;1250;{participants})")
    close(scratch.getValue(), want, scratch.getFormula())


# ---------------------------------------------------------------------------
# Item 6: definitions.

def test_loonkosten_defined_once_on_invoer(example):
    note = shown_next_to(example, "Uurtarief", 3, T.S_INPUT)
    assert "Brutoloon plus werkgeverslasten" in note and "Zonder overhead" in note and \
        "1872" in note, note


def test_integraal_nowhere(texts):
    found = [w for w, t, _ in texts if "integraal" in t.lower()]
    assert not found, found


def test_orscenario_help_same_definition():
    help_c = help_source()
    assert "brutoloon plus werkgeverslasten" in help_c and "without overhead" in help_c


def test_example_keeps_the_replacement_default(fresh):
    doc = fresh(EXAMPLE)
    assert N.cell(doc, "Bg_verv_tarief").getType().value == "FORMULA", \
        N.cell(doc, "Bg_verv_tarief").getFormula()


def test_replacement_cost_above_the_loonkosten(fresh):
    doc = fresh(EXAMPLE)
    assert number(doc, "Bg_verv_tarief") > number(doc, "Uurtarief"), N.text(doc, "Bg_verv_tarief")


def test_replacement_cost_follows_the_loonkosten(fresh):
    """1.5 x 50."""
    doc = fresh(EXAMPLE, {"Uurtarief": 50})
    close(N.value(doc, "Bg_verv_tarief"), 75, "Bg_verv_tarief")


def test_secretary_input_says_hours_overlap(example):
    """The ambtelijk secretaris input: the elected secretary's hours overlap."""
    note = shown_next_to(example, "Bg_as_uren", 4, T.S_ASSUMPTIONS)
    assert "Extra uren secretaris per week" in note, note


def test_secretary_line_note_says_so_too(texts):
    notes = [t for _, t, _ in texts if t.startswith("ORSECRETARIAAT")]
    assert notes and "verlaag die op blad Invoer" in notes[0], notes[:1]


# ---------------------------------------------------------------------------
# Item 7: SER rates, no red warning, dates, who counts.

def ser_rows(doc) -> dict:
    """{year: (rate cells empty, source text)} of the SER table's rows 2025-2027."""
    rows = N.cells(doc, "Ej_ser_tabel")
    sheet, first = rows.Spreadsheet, rows.RangeAddress.StartRow
    found = {}
    for r in range(rows.RangeAddress.EndRow - first + 1):
        year = rows.getCellByPosition(0, r).getValue()
        if year in (2025, 2026, 2027):
            empty = rows.getCellByPosition(1, r).getString() == "" and \
                rows.getCellByPosition(2, r).getString() == ""
            found[int(year)] = (empty, sheet.getCellByPosition(3, first + r).getString())
    return found


@pytest.mark.parametrize("year", [2025, 2026, 2027])
def test_ser_year_without_rate_is_an_input(template, year):
    """Empty input cells that say where to find the rates."""
    empty, source = ser_rows(template).get(year, (False, "(no row)"))
    assert empty and "ser.nl, 'Richtbedragen scholing en vorming'" in source, source


def test_ser_table_has_2025_to_2027(template):
    assert list(ser_rows(template)) == [2025, 2026, 2027], list(ser_rows(template))


SEED_PERSONS = {"Personen": 150}


def test_no_ser_rate_for_the_budget_year_in_the_template(fresh):
    doc = fresh(TEMPLATE, SEED_PERSONS)
    assert N.text(doc, "Bg_ser") == "", \
        f"{N.text(doc, 'Bg_ser')!r} for {N.text(doc, 'Begrotingsjaar')}"


def test_year_without_ser_rate_computes_no_training_cost(fresh):
    """And asks for the rate (or a quote)."""
    doc = fresh(TEMPLATE, SEED_PERSONS)
    assert N.text(doc, "Bg_post_scholing") == "" and \
        "Richtbedragen scholing en vorming" in N.text(doc, "Bg_uitleg_scholing"), \
        N.text(doc, "Bg_uitleg_scholing")


def test_year_without_ser_rate_eerste_jaar_too(fresh):
    """No fall back to an older year."""
    doc = fresh(TEMPLATE, SEED_PERSONS)
    assert N.text(doc, "Ej_training") == "" and starts(doc, "Ej_waarschuwing", "Let op"), \
        (N.text(doc, "Ej_training"), N.text(doc, "Ej_waarschuwing"))


def test_explicit_year_with_a_rate(fresh):
    """2024: 10 dagdelen x 1250."""
    doc = fresh(TEMPLATE, {**SEED_PERSONS, "Bg_tariefjaar": 2024})
    close(N.value(doc, "Bg_post_scholing"), 12500, "Bg_post_scholing")


def test_example_shows_no_let_op(texts):
    red = [f"{w}: {t[:60]}" for w, t, _c in texts if t.startswith("Let op")]
    assert not red, "; ".join(red[:5])


def test_example_has_no_text_in_the_red_style(texts):
    styled = [w for w, _t, c in texts if c.CellStyle == "OR Waarschuwing"]
    assert not styled, styled[:5]


def test_example_uses_a_labelled_quote(example):
    assert N.cell(example, "Bg_tarief").getType().value == "VALUE" and \
        "offerte" in N.text(example, "Bg_uitleg_scholing"), N.text(example, "Bg_uitleg_scholing")


def test_law_checked_date_in_sources():
    """docs/sources.md: law text checked on 2026-12-06."""
    assert K.law_checked() == "6 december 2026", K.law_checked()


def test_invoer_shows_the_law_checked_date(example):
    shown = example.Sheets.getByName(T.S_INPUT).getCellByPosition(0, 1).getString()
    assert f"gecontroleerd op {K.law_checked()}" in shown, shown


def test_begroting_shows_the_law_checked_date(example):
    intro = example.Sheets.getByName(B.SHEET).getCellByPosition(0, 2).getString()
    assert f"gecontroleerd op {K.law_checked()}" in intro, intro


def test_orzetels_help_who_counts():
    """Temporary agency workers after 15 months (art. 1 lid 3)."""
    help_c = help_source()
    assert "na 15 maanden" in help_c and "WOR art. 1 lid 3" in help_c and \
        "after 15 months" in help_c


def test_invoer_says_who_counts(example):
    note = shown_next_to(example, "Personen", 3, T.S_INPUT)
    assert "15 maanden" in note and "art. 1 lid 3" in note, note


# ---------------------------------------------------------------------------
# Item 8: text users read (the example and, where it has the text, the template).

def test_no_unit_printed_twice(either):
    """No € in the unit column next to an amount formatted with €."""
    nf = either.NumberFormats
    twice = []
    for sheet in (T.S_INPUT, T.S_ASSUMPTIONS):   # the sheets with a unit column
        sh = either.Sheets.getByName(sheet)
        for r in range(used_block(sh).RangeAddress.EndRow + 1):
            value, unit = sh.getCellByPosition(1, r), sh.getCellByPosition(2, r).getString()
            code = nf.getByKey(value.NumberFormat).FormatString
            if "€" in code and ("€" in unit or "euro" in unit):
                twice.append(f"{sheet} row {r + 1}: {value.getString()} {unit}")
    assert not twice, "; ".join(twice)


def test_no_amount_with_two_units(either):
    """No '€ 0,23 €' or 'PM €' in any cell."""
    bad = [t for _, t, _ in all_texts(either) if re.search(r"€\s*[\d.,]+\s*€|PM\s*€|€\s*€", t)]
    assert not bad, bad[:3]


def nested(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += ch == "("
        if depth > 1:
            return True
        depth -= ch == ")" and depth > 0
    return False


def test_no_nested_parentheses(either):
    bad = [f"{w}: {t[:80]}" for w, t, _ in all_texts(either) if nested(t)]
    assert not bad, "; ".join(bad[:3])


def test_never_een_vaste_of_onderdeelcommissie(texts):
    found = [w for w, t, _ in texts if "vaste of onderdeelcommissie" in t]
    assert not found, found


def test_een_vaste_commissie_of_een_onderdeelcommissie(texts):
    assert any("een vaste commissie of een onderdeelcommissie" in t for _, t, _ in texts)


def test_help_committee_wording():
    assert "vaste of onderdeelcommissie" not in help_source()


def test_header_names_every_function(example):
    header = example.Sheets.getByName(T.S_INPUT).getCellByPosition(0, 2).getString()
    names = [f.name for f in manifest.functions()]
    missing = [n for n in names if not re.search(rf"\b{n}\b", header)]
    assert len(names) == 9 and not missing, f"{len(names)} functions, missing {missing}"


def test_description_names_every_function(example):
    desc = example.DocumentProperties.Description
    missing = [f.name for f in manifest.functions() if not re.search(rf"\b{f.name}\b", desc)]
    assert not missing, missing


@pytest.mark.parametrize("good", ["works council clerk", "divisional committee",
                                  "council's officers", "consultation meeting"])
def test_english_help_says(good):
    assert good in help_source()


@pytest.mark.parametrize("bad", ["sub-council", "official OR secretary", "executive committee",
                                 "Joint meetings with the director"])
def test_english_help_no_longer_says(bad):
    assert bad not in help_source()


def test_readme_tested_versions():
    """The README's versions are what the matrix ran."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    part = readme[readme.index("### LibreOffice-versies"):readme.index("### Zelf bouwen")]
    assert "26.8.3.1" in part and "7.0.4.2" in part and "7.4" in part and "25.2" not in part, \
        part[:500]


# ---------------------------------------------------------------------------
# Bad input.

BAD_AMOUNTS = [pytest.param("veel", id="text"), pytest.param(-500, id="negative"),
               pytest.param(None, id="empty")]


@pytest.mark.parametrize("bad", BAD_AMOUNTS)
def test_bad_amount_empties_the_line(fresh, bad):
    """And the line says why."""
    doc = fresh(EXAMPLE, {"Bg_deskundigen": bad})
    assert N.text(doc, "Bg_post_deskundigen") == "" and \
        starts(doc, "Bg_uitleg_deskundigen", "Let op"), \
        (N.text(doc, "Bg_post_deskundigen"), N.text(doc, "Bg_uitleg_deskundigen"))


@pytest.mark.parametrize("bad", BAD_AMOUNTS)
def test_bad_amount_budget_total_without_the_line(fresh, bad):
    doc = fresh(EXAMPLE, {"Bg_deskundigen": bad})
    close(N.value(doc, "Bg_totaal_budget"), TOTAL_A - 7500, "Bg_totaal_budget")


@pytest.mark.parametrize("bad", BAD_AMOUNTS)
def test_bad_amount_block_says_one_line_has_no_amount(fresh, bad):
    doc = fresh(EXAMPLE, {"Bg_deskundigen": bad})
    assert starts(doc, "Bg_waarschuwing_a", "Let op: 1 post heeft geen bedrag"), \
        N.text(doc, "Bg_waarschuwing_a")


@pytest.mark.parametrize("bad", BAD_AMOUNTS)
def test_bad_amount_warning_next_to_the_input(fresh, bad):
    doc = fresh(EXAMPLE, {"Bg_deskundigen": bad})
    check = shown_next_to(doc, "Bg_deskundigen", 3, T.S_ASSUMPTIONS)
    assert check.startswith("Let op"), check


def test_bad_amounts_leave_no_error_cell(fresh):
    """The text, the negative and the empty amount, one after the other."""
    doc = fresh(EXAMPLE)
    for bad in ("veel", -500, None):
        N.put(doc, "Bg_deskundigen", bad)
    bad = error_cells(doc)
    assert not bad, "; ".join(bad[:3])


def test_pm_lines_are_announced(fresh):
    doc = fresh(EXAMPLE)
    assert "2 posten staan op PM" in N.text(doc, "Bg_waarschuwing_b"), \
        N.text(doc, "Bg_waarschuwing_b")


EXPERTS_PM = {"Bg_deskundigen": "PM"}


def test_pm_amount_counts_in_no_total(fresh):
    doc = fresh(EXAMPLE, EXPERTS_PM)
    close(N.value(doc, "Bg_totaal_budget"), TOTAL_A - 7500, "Bg_totaal_budget")


def test_pm_amount_block_a_says_so(fresh):
    doc = fresh(EXAMPLE, EXPERTS_PM)
    assert "1 post staat op PM" in N.text(doc, "Bg_waarschuwing_a"), \
        N.text(doc, "Bg_waarschuwing_a")


TEXT_REPLACEMENT = {"Bg_verv_tarief": "veertig"}


def test_text_replacement_rate_computes_no_replacement(fresh):
    """No replacement, no economic cost, and the line says why."""
    doc = fresh(EXAMPLE, TEXT_REPLACEMENT)
    assert N.text(doc, "Bg_memo_vervanging") == "" and N.text(doc, "Bg_memo_economisch") == "" \
        and starts(doc, "Bg_memo_uitleg_vervanging", "Let op"), \
        N.text(doc, "Bg_memo_uitleg_vervanging")


def test_text_replacement_rate_keeps_the_wage_value(fresh):
    doc = fresh(EXAMPLE, TEXT_REPLACEMENT)
    close(N.value(doc, "Bg_memo_loonwaarde"), WAGE_VALUE, "Bg_memo_loonwaarde")


@pytest.fixture
def share_150(fresh):
    """The example with a replacement rate of 60 and a department share of 150 %."""
    doc = fresh(EXAMPLE, {"Bg_verv_tarief": 60})
    N.cells(doc, "Vv_deel").getCellByPosition(0, 1).setValue(1.5)
    return doc


def test_share_of_150_percent_is_invalid(share_150):
    close(N.value(share_150, "Vv_ongeldig"), 1, "Vv_ongeldig")


def test_share_of_150_percent_no_replacement(share_150):
    assert N.text(share_150, "Bg_memo_vervanging") == "" and \
        starts(share_150, "Bg_memo_uitleg_vervanging", "Let op"), \
        N.text(share_150, "Bg_memo_uitleg_vervanging")


def test_bad_replacement_inputs_leave_no_error_cell(share_150):
    """A replacement rate of 60 with a share of 150 %."""
    bad = error_cells(share_150)
    assert not bad, "; ".join(bad[:3])
