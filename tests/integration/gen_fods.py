#!/usr/bin/env python3
"""The integration-test spreadsheets (*.fods): one line per check below.

    bash tools/run-python.sh tests/integration/gen_fods.py [--outdir build/fods]

test_sheets.py generates them when it runs (each row is one test; nothing is
committed); the command above writes them for opening in Calc by hand.
Every check is written as the formula a user types (display names, `;`
separators, e.g. =ORUREN(7;;3)). The generator stores it in the cell as ODF
(of:=NL.ORTIJD.ADDIN.HOURS(7;;3)), i.e. with the programmatic names that a
saved document carries, and keeps the typed text beside it. Each file is
checked twice (fods_rows.py): as loaded, and after typing every formula again
through the API (XCell.setFormula / XArrayFormulaRange.setArrayFormula).

Sheet layout (sheet "checks", row 1 is a header):
    A description   B formula cell   C expected   D typed formula   E at
  * C: a number, a text (e.g. a label), or an error as Calc shows it:
    "Err:502", "#VALUE!", "#NAME?", "#DIV/0!", "#N/A" (tools/cells.py).
  * E (optional): the cell to compare instead of B; with a range (G2:H9) the
    formula in D is an array formula over that range, compared at its first
    cell. Rows with an expectation but no formula compare a cell of an array.
  * Rows with no expectation are section headings.
  * Column J holds input cells for reference arguments (see DATA).

The expected numbers come from the reference model below, written from the
specification (not from the C core), so the C code is checked against an
independent oracle. Expectations that Calc itself decides before the add-in
is called (text in a required double argument, wrong argument count, error
propagation) were measured on LibreOffice 7.4 and are marked "Calc:".
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Sequence, Tuple, Union
from xml.sax.saxutils import escape, quoteattr

import manifest
from cells import ILLEGAL_ARGUMENT, WRONG_COUNT, error_text

HERE = Path(__file__).resolve().parent

# Errors as Calc shows them (tools/cells.py).
ERR_ILLEGAL_ARG = error_text(ILLEGAL_ARGUMENT)  # IllegalArgumentException from the add-in
ERR_VALUE, ERR_NAME, ERR_DIV0, ERR_NA = "#VALUE!", "#NAME?", "#DIV/0!", "#N/A"
# Decided by Calc before the add-in is called (measured, LibreOffice 7.4.7):
ERR_COUNT = error_text(WRONG_COUNT)  # too few or too many arguments
#   text that is not a number in a required (IDL double) argument: #VALUE!
#   an error argument (1/0, NA(), SQRT(-1)) propagates unchanged
#   a two-cell range in a required argument, not intersecting: #VALUE!

# ---------------------------------------------------------------------------
# Reference model (from the specification).

HOURS_DEFAULTS = (6, 2, 12, 2, 2, 60, 5, 8, 2, 4, 52)
# ORURENSTAAT's row labels: the core's hours table, from the names manifest.
STAAT_LABELS = manifest.by_name("ORURENSTAAT").rows


def staat(n, *overrides) -> List[float]:
    """The 8 numbers of ORURENSTAAT for n seats and positional overrides."""
    a = list(HOURS_DEFAULTS)
    for i, v in enumerate(overrides):
        if v is not None:
            a[i] = v
    ov, ovd, verg, vd, voorb, overig, dagen, upd, voorz, secr, weken = a
    joint = n * ov * ovd
    council = n * verg * vd
    prep = n * (ov + verg) * voorb
    sub = joint + council + prep
    other = n * overig
    training = n * dagen * upd
    board = (voorz + secr) * weken
    return [joint, council, prep, sub, other, training, board, sub + other + training + board]


def oruren(n, *overrides) -> float:
    return staat(n, *overrides)[7]


def orfte(hours, week_hours=36, weeks=52) -> float:
    return hours / (week_hours * weeks)


def orweekuren(total, seats, weeks=52) -> float:
    return total / (seats * weeks)


def scenario_matrix(first, last, overrides=(), week_hours=36, fte_weeks=52,
                    hourly=None):
    """ORSCENARIO's rows: seats, hours, fte, hours per member per week, wage
    cost ("" without an hourly cost)."""
    weeks = overrides[10] if len(overrides) > 10 and overrides[10] is not None else 52
    rows = []
    for n in range(first, last + 1):
        h = oruren(n, *overrides)
        rows.append([n, h, orfte(h, week_hours, fte_weeks), orweekuren(h, n, weeks),
                     "" if hourly is None else h * hourly])
    return rows


def scholingskosten(days, rate, participants, kind=1, second_from=13, km=0,
                    km_rate=0.40, vat=0):
    """Course fee at SER-style rates (specification, issue 12)."""
    dagdelen = days * 2
    if kind == 2:
        fee = dagdelen * rate * participants
    else:
        trainers = 2 if second_from > 0 and participants >= second_from else 1
        fee = dagdelen * rate * trainers
    return (fee + km * km_rate) * (1 + vat / 100)


def orzetels(persons) -> int:
    brackets = ((50, 3), (100, 5), (200, 7), (400, 9), (600, 11), (1000, 13), (2000, 15))
    for limit, seats in brackets:
        if persons < limit:
            return seats
    return min(25, 15 + 2 * (int(persons) // 1000 - 1))


# ---------------------------------------------------------------------------
# Cases.

Expected = Union[float, int, str]


@dataclass
class Check:
    desc: str
    formula: str                # as typed, e.g. '=ORUREN(7)'
    expected: Expected
    array: Optional[Tuple[int, int]] = None   # (rows, cols) of an array formula
    matrix: Optional[Sequence[Sequence[Expected]]] = None  # expected array cells


@dataclass
class Heading:
    text: str


# Input cells in column J (row numbers are fixed: formulas refer to them).
DATA = {
    "J2": ("abc", "text"),
    "J3": ("7", "text"),        # a number stored as text
    "J4": (None, "empty"),      # an empty cell
    "J5": ("commissie", "text"),
    "J6": (7, "number"),
    "J7": (9, "number"),
}


def staat_matrix(n, *overrides):
    values = staat(n, *overrides)
    if len(values) != len(STAAT_LABELS):
        raise ValueError(f"the model has {len(values)} rows, ORURENSTAAT {len(STAAT_LABELS)}")
    return [[label, value] for label, value in zip(STAAT_LABELS, values)]


def args(*values) -> str:
    return ";".join("" if v is None else str(v) for v in values)


def example_cases() -> list:
    c: list = [Heading("Worked example (docs/rules.md): 7 seats, all defaults")]
    c.append(Check("ORUREN(7), the worked example's total", "=ORUREN(7)", 1516))
    c.append(Check("ORUREN(1)", "=ORUREN(1)", oruren(1)))
    c.append(Check("ORUREN(1000), largest seat count", "=ORUREN(1000)", oruren(1000)))

    names = ("ov_aantal", "ov_duur", "vergaderingen", "vergaderduur", "voorbereiding",
             "overige_uren", "scholingsdagen", "uren_per_dag", "voorzitter_uren",
             "secretaris_uren", "weken")
    values = (4, 1.5, 10, 3, 1, 80, 3, 7.5, 4, 8, 48)
    c.append(Heading("Each optional argument overridden, the ones before it given explicitly"))
    for k, (name, v) in enumerate(zip(names, values)):
        prefix = list(HOURS_DEFAULTS[:k]) + [v]
        c.append(Check(f"ORUREN(7) with {name}={v}", f"=ORUREN({args(7, *prefix)})",
                       oruren(7, *prefix)))
    c.append(Heading("Optional arguments skipped with empty places"))
    for k, (name, v) in list(enumerate(zip(names, values)))[1:]:
        ov = [None] * k + [v]
        c.append(Check(f"ORUREN(7) with only {name}={v}", f"=ORUREN({args(7, *ov)})",
                       oruren(7, *ov)))
    c.append(Check("ORUREN(7) with all 12 arguments", f"=ORUREN({args(7, *values)})",
                   oruren(7, *values)))
    c.append(Check("ORUREN(7;4;;10) mixed", "=ORUREN(7;4;;10)", oruren(7, 4, None, 10)))
    c.append(Check("ORUREN(7;\"\") blank text = default", '=ORUREN(7;"")', 1516))
    c.append(Heading("Zero and maximum values that are allowed"))
    c.append(Check("no joint meetings", "=ORUREN(7;0)", oruren(7, 0)))
    c.append(Check("no training", f"=ORUREN({args(7, *HOURS_DEFAULTS[:6], 0)})",
                   oruren(7, *HOURS_DEFAULTS[:6], 0)))
    c.append(Check("no executive committee hours",
                   f"=ORUREN({args(7, *HOURS_DEFAULTS[:8], 0, 0)})",
                   oruren(7, *HOURS_DEFAULTS[:8], 0, 0)))
    c.append(Check("1000 joint meetings of 24 h", "=ORUREN(7;1000;24)", oruren(7, 1000, 24)))
    maxima = (1000, 24, 1000, 24, 24, 8784, 366, 24, 168, 168, 53)
    c.append(Check("every argument at its documented maximum",
                   f"=ORUREN({args(1000, *maxima)})", oruren(1000, *maxima)))
    c.append(Check("53 weeks", f"=ORUREN({args(7, *[None] * 10, 53)})",
                   oruren(7, *[None] * 10, 53)))
    c.append(Check("TRUE() as a number of joint meetings (1)", "=ORUREN(7;TRUE())",
                   oruren(7, 1)))
    c.append(Check("seats from a number cell J6 (7)", "=ORUREN(J6)", 1516))
    c.append(Check("Calc: numeric text \"7\" in the required seats is converted",
                   '=ORUREN("7")', 1516))
    c.append(Check("Calc: text cell J3 holding \"7\" as seats is converted", "=ORUREN(J3)",
                   1516))
    c.append(Check("Calc: an empty cell J4 in an optional argument arrives as 0",
                   "=ORUREN(7;J4)", oruren(7, 0)))
    c.append(Heading("Input rule: numeric text counts as its number in every argument"))
    for desc, f, exp in (
            ('"6" in an optional argument', '=ORUREN(7;"6")', 1516),
            ('text cell J3 holding "7" in an optional argument', "=ORUREN(7;J3)", oruren(7, 7)),
            ('" 7.5 " with spaces, decimal point', '=ORUREN(7;;;;;;;" 7.5 ")',
             oruren(7, *[None] * 6, 7.5)),
            ('"1e1" with an exponent', '=ORUREN(7;;;"1e1")', oruren(7, None, None, 10)),
            ('130 spaces then 5: numeric text, judged whole',
             '=ORUREN(7;REPT(" ";130)&"5")', oruren(7, 5)),
            ('Calc: "7" as the required seats', '=ORUREN("7")', 1516),
            ('ORFTE with "40" hours per week', '=ORFTE(2080;"40")', 1),
            ('ORFTE with "1264" hours (Calc converts)', '=ORFTE("1264")', orfte(1264)),
            ('ORZETELS with reglement "9"', '=ORZETELS(100;"9")', 9),
            ('ORZETELS with "250" persons (Calc converts)', '=ORZETELS("250")', 9),
            ('ORWEEKUREN with "48" weeks', '=ORWEEKUREN(1516;7;"48")', orweekuren(1516, 7, 48)),
            ('SCHOLINGSDAGEN("2")', '=SCHOLINGSDAGEN("2")', 3),
            ('SCHOLINGSDAGEN(" 3.0 ")', '=SCHOLINGSDAGEN(" 3.0 ")', 8)):
        c.append(Check(f"numeric text: {desc}", f, exp))

    c.append(Heading("ORURENSTAAT as 8x2 array formulas"))
    m = staat_matrix(7)
    c.append(Check("ORURENSTAAT(7)", "=ORURENSTAAT(7)", m[0][0], array=(len(m), 2), matrix=m))
    m = staat_matrix(9, 4, None, 10)
    c.append(Check("ORURENSTAAT(9;4;;10)", "=ORURENSTAAT(9;4;;10)", m[0][0],
                   array=(len(m), 2), matrix=m))
    c.append(Check("INDEX(ORURENSTAAT(7);8;2) in a plain cell", "=INDEX(ORURENSTAAT(7);8;2)",
                   1516))
    c.append(Check("INDEX(ORURENSTAAT(7);5;1) in a plain cell", "=INDEX(ORURENSTAAT(7);5;1)",
                   STAAT_LABELS[4]))
    c.append(Check("SUMPRODUCT(ORURENSTAAT(7)) adds all 8 numbers",
                   "=SUMPRODUCT(ORURENSTAAT(7))", sum(staat(7))))

    c.append(Heading("ORFTE"))
    c.append(Check("ORFTE(1264), the article's 0.6752 exactly", "=ORFTE(1264)", orfte(1264)))
    c.append(Check("ROUND(ORFTE(1264);4)", "=ROUND(ORFTE(1264);4)", 0.6752))
    c.append(Check("ORFTE(1516)", "=ORFTE(1516)", orfte(1516)))
    c.append(Check("ORFTE(1872) is one fte", "=ORFTE(1872)", 1))
    c.append(Check("ORFTE(0)", "=ORFTE(0)", 0))
    c.append(Check("ORFTE(2080;40)", "=ORFTE(2080;40)", 1))
    c.append(Check("ORFTE(1000;40;48)", "=ORFTE(1000;40;48)", orfte(1000, 40, 48)))
    c.append(Check("ORFTE(1000;;48)", "=ORFTE(1000;;48)", orfte(1000, 36, 48)))
    c.append(Check("ORFTE(ORUREN(7))", "=ORFTE(ORUREN(7))", orfte(1516)))
    c.append(Check("ORFTE(1E9), largest hours", "=ORFTE(1E9)", orfte(1e9)))

    c.append(Heading("SCHOLINGSDAGEN (WOR art. 18 lid 3)"))
    for formula, exp in (("", 5), ('"OR"', 5), ('"commissie"', 3), ('"beide"', 8),
                         ("1", 5), ("2", 3), ("3", 8),
                         ('"council"', 5), ('"committee"', 3), ('"both"', 8),
                         ('"or"', 5), ('" Beide "', 8), ('"OR-lid"', 5),
                         ('"commissielid"', 3), ('"OR+commissie"', 8), ('""', 5),
                         ("J5", 3)):
        c.append(Check(f"SCHOLINGSDAGEN({formula})", f"=SCHOLINGSDAGEN({formula})", exp))

    c.append(Heading("ORZETELS (WOR art. 6): bracket edges"))
    for p in (0.5, 1, 49, 49.9, 50, 99, 99.5, 100, 199, 200, 399, 400, 599, 600, 999, 1000,
              1999, 2000, 2999, 3000, 3999, 4000, 4999, 5000, 5999, 6000, 10000, 1000000,
              1000000000):
        c.append(Check(f"ORZETELS({p})", f"=ORZETELS({p})", orzetels(p)))
    c.append(Heading("ORZETELS with a reglement (art. 6 lid 1), 1 to 1000 seats"))
    for p, r in ((100, 9), (100, 1), (100, 1000), (10, 25), (5000, 3)):
        c.append(Check(f"ORZETELS({p};{r})", f"=ORZETELS({p};{r})", r))
    c.append(Check("ORZETELS(100;) empty reglement", "=ORZETELS(100;)", 7))

    c.append(Heading("ORWEEKUREN"))
    c.append(Check("ORWEEKUREN(1516;7)", "=ORWEEKUREN(1516;7)", orweekuren(1516, 7)))
    c.append(Check("ORWEEKUREN(1516;7;48)", "=ORWEEKUREN(1516;7;48)", orweekuren(1516, 7, 48)))
    c.append(Check("ORWEEKUREN(ORUREN(7);7)", "=ORWEEKUREN(ORUREN(7);7)", orweekuren(1516, 7)))
    c.append(Check("ORWEEKUREN(0;7)", "=ORWEEKUREN(0;7)", 0))
    c.append(Check("ORWEEKUREN(1264;7;46)", "=ORWEEKUREN(1264;7;46)", orweekuren(1264, 7, 46)))
    c.append(Check("ORWEEKUREN(1516;7;)", "=ORWEEKUREN(1516;7;)", orweekuren(1516, 7)))
    c.append(Heading("ORSCENARIO (5 columns, one row per seat count)"))
    m = scenario_matrix(5, 15)
    c.append(Check("ORSCENARIO(5;15)", "=ORSCENARIO(5;15)", m[0][0], array=(11, 5), matrix=m))
    m = scenario_matrix(7, 9, (8, None, 10), 38, 46, 45.5)
    c.append(Check("ORSCENARIO(7;9;8;;10;;;;;;;;;38;46;45.5)",
                   "=ORSCENARIO(7;9;8;;10;;;;;;;;;38;46;45.5)", m[0][0], array=(3, 5), matrix=m))
    c.append(Check("INDEX(ORSCENARIO(5;15);3;2): 7 seats", "=INDEX(ORSCENARIO(5;15);3;2)", 1516))
    c.append(Check("SUMPRODUCT of the hours column",
                   "=SUMPRODUCT(INDEX(ORSCENARIO(5;15);0;2))",
                   sum(oruren(n) for n in range(5, 16))))

    c.append(Heading("SCHOLINGSKOSTEN: example OR, 7 seats, 2 days maatwerk, 1 trainer"))
    c.append(Check("2023 richtbedrag 1160: 4 dagdelen x 1160", "=SCHOLINGSKOSTEN(2;1160;7)", 4640))
    c.append(Check("2024 richtbedrag 1250: 4 dagdelen x 1250", "=SCHOLINGSKOSTEN(2;1250;7)", 5000))
    c.append(Check("2024 open inschrijving 200 x 7", '=SCHOLINGSKOSTEN(2;200;7;"open")',
                   scholingskosten(2, 200, 7, 2)))
    c.append(Check("14 members: second trainer", "=SCHOLINGSKOSTEN(1;1250;14)",
                   scholingskosten(1, 1250, 14)))
    c.append(Check("second trainer from 15", '=SCHOLINGSKOSTEN(1;1250;14;"maatwerk";15)',
                   scholingskosten(1, 1250, 14, 1, 15)))
    c.append(Check("travel 150 km and 21 % btw", "=SCHOLINGSKOSTEN(2;1250;7;;;150;;21)",
                   scholingskosten(2, 1250, 7, 1, 13, 150, 0.40, 21)))
    c.append(Check("quote check: quote 5200 above the 2024 rate",
                   "=5200>SCHOLINGSKOSTEN(2;1250;7)", 1))

    c.append(Heading("ORSECRETARIAAT"))
    c.append(Check("ORSECRETARIAAT(7): 7 x 2 x 52", "=ORSECRETARIAAT(7)", 728))
    c.append(Check("ORSECRETARIAAT(7;1.5)", "=ORSECRETARIAAT(7;1.5)", 546))
    c.append(Check("ORSECRETARIAAT(9;2;46)", "=ORSECRETARIAAT(9;2;46)", 9 * 2 * 46))
    return c


def sweep_cases() -> list:
    c: list = [Heading("Seats 5..15: ORUREN = 172 n + 312, with fte and hours per member")]
    for n in range(5, 16):
        c.append(Check(f"ORUREN({n}) = 172*{n}+312", f"=ORUREN({n})", 172 * n + 312))
        assert oruren(n) == 172 * n + 312
        c.append(Check(f"ORFTE(ORUREN({n}))", f"=ORFTE(ORUREN({n}))", orfte(172 * n + 312)))
        c.append(Check(f"ORWEEKUREN(ORUREN({n});{n})", f"=ORWEEKUREN(ORUREN({n});{n})",
                       orweekuren(172 * n + 312, n)))
    c.append(Heading("Chains through ORZETELS"))
    for p in (60, 150, 250, 2500):
        n = orzetels(p)
        c.append(Check(f"ORUREN(ORZETELS({p}))", f"=ORUREN(ORZETELS({p}))", oruren(n)))
        c.append(Check(f"ORWEEKUREN(ORUREN(ORZETELS({p}));ORZETELS({p}))",
                       f"=ORWEEKUREN(ORUREN(ORZETELS({p}));ORZETELS({p}))",
                       orweekuren(oruren(n), n)))
    return c


E = ERR_ILLEGAL_ARG


def error_cases() -> list:
    c: list = [Heading("ORUREN: bad seats")]
    for desc, f, exp in (
            ("text", '=ORUREN("abc")', ERR_VALUE),
            ("text cell J2", "=ORUREN(J2)", ERR_VALUE),
            ("empty cell J4 (0 seats)", "=ORUREN(J4)", E),
            ("zero", "=ORUREN(0)", E),
            ("negative", "=ORUREN(-1)", E),
            ("not whole", "=ORUREN(7.5)", E),
            ("above 1000", "=ORUREN(1001)", E),
            ("huge", "=ORUREN(1E+300)", E),
            ("huge negative", "=ORUREN(-1E+300)", E),
            ("NaN via SQRT(-1): Calc's own error", "=ORUREN(SQRT(-1))", E),
            ("error argument #N/A propagates", "=ORUREN(NA())", ERR_NA),
            ("range of two cells J6:J7", "=ORUREN(J6:J7)", ERR_VALUE)):
        c.append(Check(f"ORUREN seats {desc}", f, exp))
    c.append(Heading("ORUREN: bad optional arguments"))
    for desc, f, exp in (
            ("text", '=ORUREN(7;"abc")', E),
            ("text cell J2", "=ORUREN(7;J2)", E),
            ("decimal comma \"7,5\" is text, not a number", '=ORUREN(7;"7,5")', E),
            ("numeric text out of range \"-1\"", '=ORUREN(7;"-1")', E),
            ("numeric text \"25\" hours for a meeting", '=ORUREN(7;6;"25")', E),
            ("negative meetings", "=ORUREN(7;-1)", E),
            ("1001 meetings", "=ORUREN(7;1001)", E),
            ("meeting of 25 h", "=ORUREN(7;6;25)", E),
            ("1001 OR meetings", "=ORUREN(7;;;1001)", E),
            ("OR meeting of 25 h", "=ORUREN(7;;;;25)", E),
            ("negative preparation", "=ORUREN(7;;;;;-2)", E),
            ("preparation of 25 h", "=ORUREN(7;;;;;25)", E),
            ("other hours above 8784", "=ORUREN(7;;;;;;8785)", E),
            ("367 training days", "=ORUREN(7;;;;;;;367)", E),
            ("training day of 25 h", "=ORUREN(7;;;;;;;;25)", E),
            ("169 chair hours a week", "=ORUREN(7;;;;;;;;;169)", E),
            ("169 secretary hours a week", "=ORUREN(7;;;;;;;;;;169)", E),
            ("zero weeks", "=ORUREN(7;;;;;;;;;;;0)", E),
            ("54 weeks", "=ORUREN(7;;;;;;;;;;;54)", E),
            ("huge", "=ORUREN(7;1E+300)", E),
            ("NaN via SQRT(-1)", "=ORUREN(7;SQRT(-1))", E),
            ("error argument 1/0 propagates", "=ORUREN(7;1/0)", ERR_DIV0),
            ("range of two cells J6:J7", "=ORUREN(7;J6:J7)", E),
            ("inline array {1;2}", "=ORUREN(7;{1;2})", E),
            # Long texts are judged whole, never by a truncated prefix.
            ("200 spaces: blank, so the default", '=ORUREN(7;REPT(" ";200))', 1516),
            ("130 spaces then 5x: text", '=ORUREN(7;REPT(" ";130)&"5x")', E),
            ("300 x \u00e9: text", '=ORUREN(7;REPT("\u00e9";300))', E)):
        c.append(Check(f"ORUREN {desc}", f, exp))
    c.append(Heading("ORUREN / ORURENSTAAT: argument count"))
    c.append(Check("ORUREN() no arguments", "=ORUREN()", ERR_COUNT))
    c.append(Check("ORUREN with 13 arguments", f"=ORUREN({args(7, *HOURS_DEFAULTS, 1)})",
                   ERR_COUNT))
    c.append(Check("ORURENSTAAT(0) in a plain cell", "=ORURENSTAAT(0)", E))
    c.append(Check("ORURENSTAAT(7;-1) in a plain cell", "=ORURENSTAAT(7;-1)", E))
    c.append(Check("ORURENSTAAT() no arguments", "=ORURENSTAAT()", ERR_COUNT))

    c.append(Heading("ORFTE"))
    for desc, f, exp in (
            ("text hours", '=ORFTE("abc")', ERR_VALUE),
            ("text cell J2", "=ORFTE(J2)", ERR_VALUE),
            ("empty cell J4 (0 hours)", "=ORFTE(J4)", 0),
            ("negative hours", "=ORFTE(-1)", E),
            ("huge hours", "=ORFTE(1E+300)", E),
            ("hours above 1E9", "=ORFTE(1000000001)", E),
            ("zero hours per week", "=ORFTE(1264;0)", E),
            ("negative hours per week", "=ORFTE(1264;-36)", E),
            ("169 hours per week", "=ORFTE(1264;169)", E),
            ("text hours per week", '=ORFTE(1264;"abc")', E),
            ("numeric text \"0\" hours per week", '=ORFTE(1264;"0")', E),
            ("zero weeks", "=ORFTE(1264;36;0)", E),
            ("54 weeks", "=ORFTE(1264;36;54)", E),
            ("NaN via SQRT(-1)", "=ORFTE(SQRT(-1))", E),
            ("no arguments", "=ORFTE()", ERR_COUNT),
            ("4 arguments", "=ORFTE(1264;36;52;1)", ERR_COUNT)):
        c.append(Check(f"ORFTE {desc}", f, exp))

    c.append(Heading("SCHOLINGSDAGEN"))
    for desc, f, exp in (
            ("unknown role", '=SCHOLINGSDAGEN("abc")', E),
            ("text cell J2", "=SCHOLINGSDAGEN(J2)", E),
            ("Calc: empty cell J4 arrives as 0, role 0", "=SCHOLINGSDAGEN(J4)", E),
            ("role 0", "=SCHOLINGSDAGEN(0)", E),
            ("role 4", "=SCHOLINGSDAGEN(4)", E),
            ("role 2.5", "=SCHOLINGSDAGEN(2.5)", E),
            ("role -1", "=SCHOLINGSDAGEN(-1)", E),
            ("huge", "=SCHOLINGSDAGEN(1E+300)", E),
            ("range of two cells J5:J6", "=SCHOLINGSDAGEN(J5:J6)", E),
            ("NaN via SQRT(-1)", "=SCHOLINGSDAGEN(SQRT(-1))", E),
            ("OR, 130 spaces, x", '=SCHOLINGSDAGEN("OR"&REPT(" ";130)&"x")', E),
            ("numeric text \"2.5\"", '=SCHOLINGSDAGEN("2.5")', E),
            ("numeric text \"4\"", '=SCHOLINGSDAGEN("4")', E),
            ("role word with a typo", '=SCHOLINGSDAGEN("comissie")', E),
            ("300 spaces then beide", '=SCHOLINGSDAGEN(REPT(" ";300)&"beide")', 8),
            ("2 arguments", "=SCHOLINGSDAGEN(1;2)", ERR_COUNT)):
        c.append(Check(f"SCHOLINGSDAGEN {desc}", f, exp))

    c.append(Heading("ORZETELS"))
    for desc, f, exp in (
            ("text persons", '=ORZETELS("abc")', ERR_VALUE),
            ("text cell J2", "=ORZETELS(J2)", ERR_VALUE),
            ("empty cell J4 (0 persons, no OR)", "=ORZETELS(J4)", E),
            ("zero persons: no OR without persons", "=ORZETELS(0)", E),
            ("zero persons with a reglement", "=ORZETELS(0;9)", E),
            ("reglement 2000 (above the limit of 1000)", "=ORZETELS(250;2000)", E),
            ("reglement text \"7,5\"", '=ORZETELS(250;"7,5")', E),
            ("negative persons", "=ORZETELS(-1)", E),
            ("persons above 1E9", "=ORZETELS(1000000001)", E),
            ("huge", "=ORZETELS(1E+300)", E),
            ("reglement 0", "=ORZETELS(100;0)", E),
            ("reglement -1", "=ORZETELS(100;-1)", E),
            ("reglement 1001", "=ORZETELS(100;1001)", E),
            ("reglement 2.5", "=ORZETELS(100;2.5)", E),
            ("reglement text", '=ORZETELS(100;"abc")', E),
            ("reglement huge", "=ORZETELS(100;1E+300)", E),
            ("bad persons with a reglement", "=ORZETELS(-1;9)", E),
            ("NaN via SQRT(-1)", "=ORZETELS(SQRT(-1))", E),
            ("no arguments", "=ORZETELS()", ERR_COUNT),
            ("3 arguments", "=ORZETELS(1;2;3)", ERR_COUNT)):
        c.append(Check(f"ORZETELS {desc}", f, exp))

    c.append(Heading("ORSCENARIO: bad ranges and inputs"))
    for desc, f, exp in (
            ("from above to", "=ORSCENARIO(15;5)", E),
            ("fraction from", "=ORSCENARIO(5.5;15)", E),
            ("fraction to", "=ORSCENARIO(5;14.5)", E),
            ("zero from", "=ORSCENARIO(0;15)", E),
            ("empty cell J4 as from", "=ORSCENARIO(J4;15)", E),
            ("101 rows", "=ORSCENARIO(1;101)", E),
            ("to above 1000", "=ORSCENARIO(995;1001)", E),
            ("negative meetings", "=ORSCENARIO(5;15;-1)", E),
            ("zero fte weeks", "=ORSCENARIO(5;15;;;;;;;;;;;;;0)", E),
            ("text hourly cost", '=ORSCENARIO(5;15;;;;;;;;;;;;;;"duur")', E),
            ("negative hourly cost", "=ORSCENARIO(5;15;;;;;;;;;;;;;;-1)", E),
            ("text from", '=ORSCENARIO("abc";15)', ERR_VALUE),
            ("one argument", "=ORSCENARIO(5)", ERR_COUNT)):
        c.append(Check(f"ORSCENARIO {desc}", f, exp))

    c.append(Heading("SCHOLINGSKOSTEN / ORSECRETARIAAT: bad input"))
    for desc, f, exp in (
            ("quarter day", "=SCHOLINGSKOSTEN(0.25;1250;7)", E),
            ("negative rate", "=SCHOLINGSKOSTEN(2;-1;7)", E),
            ("zero participants", "=SCHOLINGSKOSTEN(2;1250;0)", E),
            ("fraction participants", "=SCHOLINGSKOSTEN(2;1250;7.5)", E),
            ("unknown kind", '=SCHOLINGSKOSTEN(2;1250;7;"cursus")', E),
            ("kind 3", "=SCHOLINGSKOSTEN(2;1250;7;3)", E),
            ("second trainer 2.5", "=SCHOLINGSKOSTEN(2;1250;7;1;2.5)", E),
            ("negative km", "=SCHOLINGSKOSTEN(2;1250;7;;;-5)", E),
            ("btw 101", "=SCHOLINGSKOSTEN(2;1250;7;;;;;101)", E),
            ("text days", '=SCHOLINGSKOSTEN("twee";1250;7)', ERR_VALUE),
            ("two arguments", "=SCHOLINGSKOSTEN(2;1250)", ERR_COUNT),
            ("secretary zero seats", "=ORSECRETARIAAT(0)", E),
            ("secretary 169 hours", "=ORSECRETARIAAT(7;169)", E),
            ("secretary zero weeks", "=ORSECRETARIAAT(7;2;0)", E),
            ("secretary text hours", '=ORSECRETARIAAT(7;"veel")', E)):
        c.append(Check(f"{desc}", f, exp))

    c.append(Heading("ORWEEKUREN"))
    for desc, f, exp in (
            ("text total", '=ORWEEKUREN("abc";7)', ERR_VALUE),
            ("text seats", '=ORWEEKUREN(1516;"abc")', ERR_VALUE),
            ("empty cell J4 as seats", "=ORWEEKUREN(1516;J4)", E),
            ("zero seats", "=ORWEEKUREN(1516;0)", E),
            ("negative seats", "=ORWEEKUREN(1516;-7)", E),
            ("seats not whole", "=ORWEEKUREN(1516;7.5)", E),
            ("1001 seats", "=ORWEEKUREN(1516;1001)", E),
            ("negative total", "=ORWEEKUREN(-1;7)", E),
            ("huge total", "=ORWEEKUREN(1E+300;7)", E),
            ("total above 1E9", "=ORWEEKUREN(1000000001;7)", E),
            ("zero weeks", "=ORWEEKUREN(1516;7;0)", E),
            ("54 weeks", "=ORWEEKUREN(1516;7;54)", E),
            ("text weeks", '=ORWEEKUREN(1516;7;"abc")', E),
            ("numeric text \"54\" weeks", '=ORWEEKUREN(1516;7;"54")', E),
            ("NaN via SQRT(-1)", "=ORWEEKUREN(SQRT(-1);7)", E),
            ("one argument", "=ORWEEKUREN(1516)", ERR_COUNT),
            ("4 arguments", "=ORWEEKUREN(1516;7;52;1)", ERR_COUNT)):
        c.append(Check(f"ORWEEKUREN {desc}", f, exp))
    return c


def builtin_cases() -> list:
    """Harness self-test with LibreOffice's own functions (no extension)."""
    c: list = [Heading("Harness self-test: built-in functions only")]
    c.append(Check("SUM(1;2)", "=SUM(1;2)", 3))
    c.append(Check("1/3 exact", "=1/3", 1 / 3))
    c.append(Check("a reference J6", "=J6*2", 14))
    c.append(Check("text result", '="a"&"b"', "ab"))
    c.append(Check("SQRT(-1) is Err:502", "=SQRT(-1)", ERR_ILLEGAL_ARG))
    c.append(Check("1/0 is #DIV/0!", "=1/0", ERR_DIV0))
    c.append(Check("NA() is #N/A", "=NA()", ERR_NA))
    c.append(Check("text in arithmetic is #VALUE!", '="abc"+1', ERR_VALUE))
    c.append(Check("unknown function is #NAME?", "=NOSUCHFUNCTION(1)", ERR_NAME))
    m = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    c.append(Check("MUNIT(3) array", "=MUNIT(3)", 1, array=(3, 3), matrix=m))
    return c


def negative_cases() -> list:
    """Checks that must fail: proves the harness reports failures."""
    c: list = [Heading("Harness self-test: these 4 checks must FAIL, 1 must pass")]
    c.append(Check("passes", "=SUM(1;2)", 3))
    c.append(Check("wrong number", "=SUM(1;2)", 4))
    c.append(Check("unknown function where a number is expected", "=NOSUCHFUNCTION(1)", 3))
    c.append(Check("wrong error code", "=1/0", ERR_ILLEGAL_ARG))
    c.append(Check("number where an error is expected", "=SUM(1;2)", ERR_ILLEGAL_ARG))
    return c


FILES = {
    "ortijd_example.fods": example_cases,
    "ortijd_sweep.fods": sweep_cases,
    "ortijd_errors.fods": error_cases,
    "harness_builtin.fods": builtin_cases,
    "harness_negative.fods": negative_cases,
}

# ---------------------------------------------------------------------------
# Formula conversion: typed (UI / API) syntax -> ODF (of:) syntax.

_TOKEN = re.compile(r'''
    (?P<string>"(?:[^"]|"")*")
  | (?P<ref>(?<![A-Za-z0-9_.])\$?[A-Z]{1,3}\$?[0-9]+(?::\$?[A-Z]{1,3}\$?[0-9]+)?(?![A-Za-z0-9_(]))
  | (?P<func>[A-Za-z][A-Za-z0-9_.]*(?=\())
  | (?P<other>.)
''', re.VERBOSE | re.DOTALL)


def to_odf(formula: str) -> str:
    """'=ORUREN(J6;"x")' -> 'of:=NL.ORTIJD.ADDIN.HOURS([.J6];"x")'."""
    if not formula.startswith("="):
        raise ValueError(f"formula must start with '=': {formula!r}")
    out = []
    for m in _TOKEN.finditer(formula[1:]):
        if m.group("ref"):
            parts = m.group("ref").split(":")
            out.append("[" + ":".join("." + p for p in parts) + "]")
        elif m.group("func"):
            name = m.group("func")
            try:  # an ortijd function: its stored name, from the names manifest
                out.append(manifest.stored_name(name))
            except KeyError:
                out.append(name)
        else:
            out.append(m.group(0))
    return "of:=" + "".join(out)


# ---------------------------------------------------------------------------
# Writing flat ODF.

def col_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def value_cell(value) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return (f'<table:table-cell office:value-type="string">'
                f"<text:p>{escape(str(value))}</text:p></table:table-cell>")
    num = repr(float(value)) if isinstance(value, float) else str(value)
    return f'<table:table-cell office:value-type="float" office:value="{num}"/>'


def formula_cell(formula: str, array: Optional[Tuple[int, int]] = None) -> str:
    attrs = f"table:formula={quoteattr(to_odf(formula))}"
    if array:
        attrs += (f' table:number-matrix-rows-spanned="{array[0]}"'
                  f' table:number-matrix-columns-spanned="{array[1]}"')
    return f"<table:table-cell {attrs}/>"


ARRAY_COL = 6  # column G: array formula blocks
N_COLS = 11    # A..K (K: the fifth column of ORSCENARIO blocks)


def layout(cases: list) -> List[List[str]]:
    """Returns rows of cell XML (N_COLS each) for the cases."""
    rows: List[List[Optional[str]]] = []
    grid = {}  # (row, col) -> cell xml for columns beyond E

    def new_row(cells):
        rows.append(cells + [None] * (N_COLS - len(cells)))
        return len(rows)  # 1-based row number in the sheet (header is row 1)

    header = ["description", "formula", "expected", "typed formula", "at"]
    new_row([value_cell(h) for h in header] + [None, value_cell("array blocks"), None, None,
                                               value_cell("inputs")])
    for case in cases:
        if isinstance(case, Heading):
            new_row([value_cell(case.text)])
            continue
        if case.array is None:
            new_row([value_cell(case.desc), formula_cell(case.formula),
                     value_cell(case.expected), value_cell(case.formula)])
            continue
        nrows, ncols = case.array
        r0 = len(rows) + 1  # this row
        first = f"{col_name(ARRAY_COL)}{r0}"
        last = f"{col_name(ARRAY_COL + ncols - 1)}{r0 + nrows - 1}"
        new_row([value_cell(case.desc + f" {{array}} at {first}"), None,
                 value_cell(case.matrix[0][0]), value_cell(case.formula),
                 value_cell(f"{first}:{last}")])
        for i in range(nrows):
            for j in range(ncols):
                if (i, j) == (0, 0):
                    grid[(r0, ARRAY_COL)] = formula_cell(case.formula, case.array)
                    continue
                grid.setdefault((r0 + i, ARRAY_COL + j), None)
                addr = f"{col_name(ARRAY_COL + j)}{r0 + i}"
                new_row([value_cell(f"{case.desc} row {i + 1} column {j + 1}"), None,
                         value_cell(case.matrix[i][j]), None, value_cell(addr)])
    for addr, (value, _kind) in DATA.items():
        r = int(addr[1:])
        while len(rows) < r:
            new_row([])
        grid[(r, ord(addr[0]) - 65)] = value_cell(value)
    for (r, col), xml in grid.items():
        while len(rows) < r:
            new_row([])
        rows[r - 1][col] = xml
    return [[cell or "<table:table-cell/>" for cell in row] for row in rows]


HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by tests/integration/gen_fods.py: do not edit, change the generator. -->
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <style:style style:name="wide" style:family="table-column">
   <style:table-column-properties style:column-width="7cm"/>
  </style:style>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
   <table:table table:name="checks">
    <table:table-column table:style-name="wide"/>
    <table:table-column table:number-columns-repeated="10"/>
"""
TAIL = """   </table:table>
  </office:spreadsheet>
 </office:body>
</office:document>
"""


def render(cases: list) -> str:
    out = [HEAD]
    for row in layout(cases):
        out.append("    <table:table-row>" + "".join(row) + "</table:table-row>\n")
    out.append(TAIL)
    return "".join(out)


def main(argv: Sequence[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--outdir", type=Path, default=HERE.parents[1] / "build" / "fods")
    opts = ap.parse_args(argv)
    opts.outdir.mkdir(parents=True, exist_ok=True)
    for name, make in FILES.items():
        path = opts.outdir / name
        path.write_text(render(make()), encoding="utf-8")
        print(f"wrote {path} ({sum(1 for c in make() if isinstance(c, Check))} formulas)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
