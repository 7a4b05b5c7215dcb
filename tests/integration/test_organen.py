"""Bodies beyond one OR (issue 23, item 4): vaste commissies and
onderdeelcommissies with their own meetings and members, a COR or GOR with
its delegates' meeting hours (WOR art. 15, 33, 34), as lines in the Leden
sheet and the Urenstaat, and the PVT variant (art. 35c); the ORUREN
results and the one hour base of the Begroting unchanged. Read and written
through named ranges, in headless Calc with the extension (conftest.py).

By hand, with Invoer's defaults (preparation 2 h, 60 other hours, 8 h a
training day): a vaste commissie meeting 6 times for 1,5 h gives 6 x 3,5 =
21 meeting hours a member; an OR member on it 21 + 3 x 8 = 45 more hours, a
member from outside the OR 21 + 60 + 3 x 8 = 105. A COR meeting 4 times for
3 h gives each delegate 4 x 5 = 20 hours.
"""

from __future__ import annotations

import pytest

import book_names as N
import make_template as T
from workbooks import EXAMPLE, TEMPLATE, close, example, fresh, number, sheet_errors, \
    template  # noqa: F401

COMMITTEE = ("Commissie VGWM", "vaste commissie", 6, 1.5)
CENTRAL = ("COR Voorbeeld Groep", "COR", 4, 3)


def body(doc, i, name, kind, meetings, duration, or_members=None, outside=None):
    """Row i of the bodies table (Leden, page 3); counts only when given
    (else the defaults from the member list)."""
    for rng, v in (("Org_namen", name), ("Org_soorten", kind), ("Org_vergaderingen", meetings),
                   ("Org_duur", duration), ("Org_or_leden", or_members),
                   ("Org_extern", outside)):
        if v is None:
            continue
        c = N.cells(doc, rng).getCellByPosition(0, i)
        c.setString(v) if isinstance(v, str) else c.setValue(v)


def member(doc, i, **values):
    """Member row i: name, department, role, function, commission, central."""
    for key, rng in (("naam", "Ld_namen"), ("afdeling", "Ld_afdelingen"), ("rol", "Ld_rollen"),
                     ("commissie", "Ld_commissies"), ("cor", "Ld_cor")):
        if key in values:
            N.cells(doc, rng).getCellByPosition(0, i).setString(values[key])


def hours(doc, i):
    kind, v = N.column(doc, "Ld_uren")[i]
    assert kind == "number", (kind, v)
    return v


# ---------------------------------------------------------------------------
# Nothing changes without bodies; ORUREN unchanged.

def test_example_has_no_bodies(example):
    close(number(example, "Org_uren_totaal"), 0)
    close(number(example, "Us_organen"), 0)
    close(number(example, "Us_totaal_alle"), number(example, "Us_totaal"))
    assert N.texts(example, "Us_organen_namen")[0] == "Geen commissies of COR ingevuld"


@pytest.mark.parametrize("name, want", [("Us_totaal", 1516), ("Uren_basis", 1516),
                                        ("Ld_uren_totaal", 1516)])
def test_hours_of_the_article_unchanged(example, name, want):
    close(number(example, name), want)


def test_training_days_per_member(example):
    assert [v for _k, v in N.column(example, "Ld_dagen")[:7]] == [5.0] * 7


# ---------------------------------------------------------------------------
# The Urenstaat: counts per body, the hour base without members.

@pytest.fixture
def with_bodies(fresh):
    """The template for 150 persons (7 seats, no member list) with the
    committee (2 OR members, 1 from outside) and the COR (2 delegates)."""
    doc = fresh(TEMPLATE, {"Personen": 150, "Uurtarief": 45})
    body(doc, 0, *COMMITTEE, or_members=2, outside=1)
    body(doc, 1, *CENTRAL, or_members=2)
    return doc


@pytest.mark.parametrize("i, name, want", [
    (0, "Org_uren_or_lid", 45), (0, "Org_uren_extern", 105), (0, "Org_uren", 2 * 45 + 105),
    (1, "Org_uren_or_lid", 20), (1, "Org_uren", 40)],
    ids=["committee per OR member", "committee per outside member", "committee",
         "COR per delegate", "COR"])
def test_body_hours_by_hand(with_bodies, i, name, want):
    close(N.column(with_bodies, name)[i][1], want)


def test_urenstaat_has_a_line_per_body(with_bodies):
    assert N.texts(with_bodies, "Us_organen_namen")[:2] == [COMMITTEE[0], CENTRAL[0]]
    assert [v for _k, v in N.column(with_bodies, "Us_organen_uren")[:2]] == [195, 40]


def test_hour_base_without_members_adds_the_bodies(with_bodies):
    close(number(with_bodies, "Us_organen"), 235)
    close(number(with_bodies, "Us_totaal_alle"), 1516 + 235)
    close(number(with_bodies, "Uren_basis"), 1516 + 235)
    close(number(with_bodies, "Bg_memo_uren"), 1516 + 235)
    close(number(with_bodies, "Us_totaal"), 1516)   # ORURENSTAAT itself unchanged


def test_outside_members_are_training_participants(with_bodies):
    close(number(with_bodies, "Bg_deelnemers"), 7 + 1)


def test_agreement_names_the_bodies(with_bodies):
    text = "\n".join(N.texts(with_bodies, "Fr_tekst"))
    assert "Commissie VGWM, een vaste commissie met 2 OR-leden en 1 lid van buiten de OR" in text
    assert "2 leden van de OR zijn afgevaardigd naar COR Voorbeeld Groep" in text
    assert "Commissie VGWM vergadert 6 keer per jaar, gemiddeld 1,5 uur" in text


# ---------------------------------------------------------------------------
# The Leden sheet: members on bodies.

@pytest.fixture
def members_on_bodies(fresh):
    """The example: the chair a COR delegate, Bram on the committee too
    ('beide'), Hanna Vos (ICT) only on the committee."""
    doc = fresh(EXAMPLE)
    body(doc, 0, *COMMITTEE)
    body(doc, 1, *CENTRAL)
    member(doc, 0, cor=CENTRAL[0])
    member(doc, 1, rol="beide", commissie=COMMITTEE[0])
    member(doc, 7, naam="Hanna Vos", afdeling="ICT", rol="commissie", commissie=COMMITTEE[0])
    return doc


@pytest.mark.parametrize("i, want", [(0, 276 + 20), (1, 172 + 45), (7, 105)],
                         ids=["chair + COR", "beide + committee", "committee only"])
def test_member_hours_with_bodies(members_on_bodies, i, want):
    close(hours(members_on_bodies, i), want)


def test_counts_follow_the_member_list(members_on_bodies):
    assert [v for _k, v in N.column(members_on_bodies, "Org_or_leden")[:2]] == [1, 1]
    assert [v for _k, v in N.column(members_on_bodies, "Org_extern")[:2]] == [1, 0]


def test_one_hour_base_with_bodies(members_on_bodies):
    """Leden (the base) and the Urenstaat with its lines agree: 1516 + 20 +
    45 + 105; the replacement and the departments use the same base."""
    doc = members_on_bodies
    for name in ("Uren_basis", "Ld_uren_totaal", "Us_totaal_alle", "Bg_memo_uren",
                 "Vv_uren_totaal"):
        close(number(doc, name), 1686, name)
    close(number(doc, "Ld_verschil"), 0)


def test_committee_member_gets_three_days(members_on_bodies):
    assert [N.column(members_on_bodies, "Ld_dagen")[i][1] for i in (1, 7)] == [8, 3]


@pytest.mark.parametrize("setup, fault", [
    (dict(commissie=COMMITTEE[0]), "Let op: kies rol beide"),
    (dict(rol="beide", commissie="Onbekende commissie"), "Let op: commissie onbekend"),
    (dict(rol="beide", commissie=CENTRAL[0]), "Let op: geen commissie"),
    (dict(cor=COMMITTEE[0]), "Let op: geen COR of GOR"),
    (dict(rol="commissie", cor=CENTRAL[0]), "Let op: alleen OR-leden")],
    ids=["OR member on a committee", "unknown committee", "COR as committee",
         "committee as COR", "committee member as delegate"])
def test_member_fault_is_said_and_holds_the_budget(fresh, setup, fault):
    doc = fresh(EXAMPLE)
    body(doc, 0, *COMMITTEE)
    body(doc, 1, *CENTRAL)
    member(doc, 2, **setup)
    assert N.texts(doc, "Ld_signaal")[2] == fault
    assert N.column(doc, "Ld_uren")[2] == ("text", "")
    assert N.text(doc, "Uren_basis") == ""
    assert N.text(doc, "Uren_basis_bron").startswith("Let op: 1 lid heeft een fout")
    assert N.text(doc, "Bg_memo_uitleg_loonwaarde").startswith("Let op")
    assert not sheet_errors(doc, T.S_MEMBERS)


# ---------------------------------------------------------------------------
# Bad body input.

@pytest.mark.parametrize("field, bad, fault", [
    ("Org_vergaderingen", "zes", "Let op: vergaderingen, duur en voorbereiding"),
    ("Org_duur", -1, "Let op: vergaderingen, duur en voorbereiding"),
    ("Org_or_leden", "twee", "Let op: aantal leden"),
    ("Org_soorten", "werkgroep", "Let op: kies de soort")],
    ids=["text meetings", "negative duration", "text count", "unknown kind"])
def test_bad_body_input_is_flagged(with_bodies, field, bad, fault):
    doc = with_bodies
    c = N.cells(doc, field).getCellByPosition(0, 0)
    c.setString(bad) if isinstance(bad, str) else c.setValue(bad)
    assert N.texts(doc, "Org_controle")[0].startswith(fault)
    assert N.column(doc, "Org_uren")[0] == ("text", "")
    close(number(doc, "Org_ongeldig"), 1)
    assert N.text(doc, "Us_organen") == "" and N.text(doc, "Uren_basis") == ""
    assert N.text(doc, "Uren_basis_bron").startswith("Let op: controleer de commissies")
    assert not sheet_errors(doc, T.S_MEMBERS) and not sheet_errors(doc, T.S_HOURS)


def test_cor_has_no_outside_members(with_bodies):
    N.cells(with_bodies, "Org_extern").getCellByPosition(0, 1).setValue(1)
    assert "art. 34 lid 1" in N.texts(with_bodies, "Org_controle")[1]


# ---------------------------------------------------------------------------
# The PVT variant (art. 35c).

def test_pvt_has_no_cor(fresh):
    doc = fresh(TEMPLATE, {"Personen": 30})
    body(doc, 0, *CENTRAL, or_members=2)
    assert N.texts(doc, "Org_controle")[0] == ("Let op: een personeelsvertegenwoordiging heeft "
                                               "geen COR of GOR.")


@pytest.mark.parametrize("persons, meetings, warned", [
    (30, 1, False), (30, 0, True), (150, 1, True)],
    ids=["PVT once a year", "PVT never", "OR once a year"])
def test_general_course_of_business(fresh, persons, meetings, warned):
    """Art. 24 lid 1: twice a year for an OR; a PVT once (art. 35b lid 4
    via art. 35c lid 3)."""
    doc = fresh(EXAMPLE, {"Personen": persons, "OV_aantal": meetings})
    assert N.text(doc, "Bg_toets_ov").startswith("Let op") == warned
    sheet = doc.Sheets.getByName(T.S_INPUT)
    check = sheet.getCellByPosition(4, N.row_of(doc, "OV_aantal") - 1).getString()
    assert check.startswith("Let op") == warned, check
