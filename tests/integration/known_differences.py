"""Documented differences of older LibreOffice versions, one pytest mark per
difference, put on each check it concerns. Each is a strict expected failure
keyed on the installed office's version (lo_session.office_version): a
difference that goes away fails the run, and so does any other failure of
such a check (raises=). Only genuine differences of Calc belong here, never a
fault in ortijd.
"""

import pytest

from cells import DisplayNameNotResolved
from lo_session import office_version

# LibreOffice 7.0 (Debian 11): Calc's API formula grammar does not know an
# add-in function's display name. XCell.setFormula("=ORUREN(7)"),
# XCellRange.setFormulaArray and XArrayFormulaRange.setArrayFormula give
# #NAME? (stored as of:=oruren(7)), while setFormula("=NL.ORTIJD.ADDIN.HOURS(7)")
# works and getFormula() returns "=nl.ortijd.AddIn.hours(7)". LibreOffice 7.4
# and later accept the en-US display name in that grammar (the add-in
# "English name") and return "=NL.ORTIJD.ADDIN.HOURS(7)". (An argument that
# is itself an error, =ORUREN(SQRT(-1)), shows that error in 7.0 too:
# fods_rows.ERROR_ARGUMENTS.) What users do is
# unaffected: typing =ORUREN(7) in a cell (the FormulaLocal property, Calc's
# native grammar) gives 1516 in 7.0, is stored as of:=NL.ORTIJD.ADDIN.HOURS(7),
# and files move between 7.0 and 7.4 both ways with the same values; every
# check on formulas read from files passes in 7.0. Checked with LibreOffice
# 7.0.4.2 (Debian 11) against 7.4.7.2 (Debian 12).
# In 7.0, adding a named range (NamedRanges.addNewByName) recompiles the
# formula cells whose names did not resolve, and then the display names do
# resolve: =ORZETELS(150) shows #NAME? until a name is added, then 7 (stored
# as nl.ortijd.AddIn.seats(150)); a formula entered after that is #NAME?
# again. examples/make_template.py enters display names through setFormula
# and defines a named range after its last formula, so it builds the same
# workbook in 7.0 (test_template's up-to-date check carries no mark); before
# issue 19 its last 19 formulas came after the last name and stayed #NAME?.
# Checked with 7.0.4.2.
api_display_names = pytest.mark.xfail(
    office_version()[:2] == (7, 0), raises=DisplayNameNotResolved, strict=True,
    reason="LibreOffice 7.0: add-in display names typed through the API "
           "(XCell.setFormula, setFormulaArray, setArrayFormula) give #NAME?")
