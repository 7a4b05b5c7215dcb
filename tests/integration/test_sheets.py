"""The test sheets of gen_fods.py in headless Calc with the extension: one
test per row and stage, id file:row:formula-stage (fods_rows.py), e.g.

    /usr/bin/python3 -m pytest tests/integration/test_sheets.py -k "example.fods:3: and typed"

harness_builtin.fods uses LibreOffice's own functions only; ortijd_example,
ortijd_sweep and ortijd_errors the add-in (worked example, 5..15 seat sweep,
bad input). harness_negative.fods proves the row checker can fail: exactly
its row "passes" passes and every other row fails, in both stages.
One office for the whole module (conftest.py).
"""

import pytest

import known_differences
from fods_rows import STAGES, Shown, check_row, rows_of

SHEETS = ("harness_builtin.fods", "ortijd_example.fods", "ortijd_sweep.fods", "ortijd_errors.fods")
NEGATIVE = "harness_negative.fods"


def params(names):
    return [pytest.param(row, stage, id=f"{row.id}-{stage}",
                         marks=[known_differences.api_display_names]
                         if stage == "typed" and row.calls_ortijd and not row.error_argument
                         else [])
            for name in names for row in rows_of(name) for stage in STAGES]


@pytest.fixture(scope="module")
def shown(office, tmp_path_factory):
    return Shown(office, tmp_path_factory.mktemp("fods"))


@pytest.mark.parametrize("row, stage", params(SHEETS))
def test_row(row, stage, shown):
    check_row(row, shown.get(row.file, stage)[row.number])


@pytest.mark.parametrize("row, stage", params([NEGATIVE]))
def test_checker_fails_on_wrong_rows(row, stage, shown):
    result = shown.get(row.file, stage)[row.number]
    if row.desc == "passes":
        check_row(row, result)
    else:
        with pytest.raises(AssertionError):
            check_row(row, result)


def test_negative_sheet_has_one_passing_and_four_failing_rows():
    assert sorted(r.desc == "passes" for r in rows_of(NEGATIVE)) == [False] * 4 + [True]
