#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets (tests/fuzz/corpus/<target>/).

    bash tools/run-python.sh tests/fuzz/gen_corpus.py   # rewrites the seed files

The layouts follow the readers in fuzz_core.c and fuzz_args.c: a selector
byte, then little-endian doubles (8 bytes), int32s and length-prefixed byte
strings. Seeds cover the worked example (7 seats: ORUREN(7) = 1516), every
role spelling, the seat brackets and the special doubles (NaN, inf,
denormals, huge, -0.0). libFuzzer adds what it finds in its own directory
(tools/fuzz.sh keeps that out of the tree).
"""
import struct
from pathlib import Path

import manifest

HERE = Path(__file__).resolve().parent


def d(*xs):
    return b"".join(struct.pack("<d", x) for x in xs)


def i32(*xs):
    return b"".join(struct.pack("<i", x) for x in xs)


def text(s):
    b = s.encode() if isinstance(s, str) else s
    return bytes([len(b)]) + b


NAN, INF = float("nan"), float("inf")
DENORM, HUGE = 5e-324, 1.7976931348623157e308
DEFAULTS = [6, 2, 12, 2, 2, 60, 5, 8, 2, 4, 52]

# fuzz_core selectors (enum in fuzz_core.c)
(SEATS, ROLE_PARSE, ROLE_NUM, TRAINING, HOURS, HOURS_DEF, FTE, MWH, STRERR, NULLS,
 COURSE_COST, COURSE_PARSE, SECRETARY_WAGE, SCENARIO_ROWS) = range(14)


def core_seeds():
    s = {}
    s["hours_seed_7"] = bytes([HOURS]) + d(7, *DEFAULTS)
    s["hours_defaults_7"] = bytes([HOURS_DEF, 7, 0])
    s["hours_defaults_25_change"] = bytes([HOURS_DEF, 25, 2, 11, 1]) + d(DENORM) + bytes([6, 0]) + i32(8784)
    s["hours_nan_seats"] = bytes([HOURS]) + d(NAN, *DEFAULTS)
    s["hours_inf_last"] = bytes([HOURS]) + d(7, *DEFAULTS[:-1], INF)
    s["hours_max"] = bytes([HOURS]) + d(1000, 1000, 24, 1000, 24, 24, 8784, 366, 24, 168, 168, 53)
    s["hours_negzero"] = bytes([HOURS]) + d(1, *([-0.0] * 10), 52)
    for name, persons in [("0", 0), ("49_5", 49.5), ("50", 50), ("1999", 1999),
                          ("6000", 6000), ("max", 1e9), ("neg", -1), ("huge", HUGE),
                          ("denorm", DENORM)]:
        s[f"seats_{name}"] = bytes([SEATS]) + d(persons) + b"\x00" + d(0)
    s["seats_override_7"] = bytes([SEATS]) + d(120) + b"\x01" + d(7)
    s["seats_override_frac"] = bytes([SEATS]) + d(120) + b"\x01" + d(6.5)
    s["seats_override_nan"] = bytes([SEATS]) + d(120) + b"\x01" + d(NAN)
    for word in ["OR", " or-lid\t", "commissielid", "OR+commissie", "beide", "3",
                 "Both", "lid ", "OR lid", b"\xff\xfe", ""]:
        key = word if isinstance(word, str) else word.hex()
        key = "".join(c if c.isalnum() else "_" for c in key) or "empty"
        s[f"role_{key}"] = bytes([ROLE_PARSE]) + text(word)
    for v in [1, 2, 3, 0, 2.5, -1, NAN]:
        s[f"role_num_{v}".replace(".", "_").replace("-", "m")] = bytes([ROLE_NUM]) + d(v)
    for v in [1, 3, 0, -2147483648, 4]:
        s[f"training_{v}".replace("-", "m")] = bytes([TRAINING]) + i32(v)
    s["fte_seed"] = bytes([FTE]) + d(1264, 36, 52)
    s["fte_tiny"] = bytes([FTE]) + d(1e9, DENORM, DENORM)
    s["mwh_seed"] = bytes([MWH]) + d(1516, 7, 52) + b"\x00"
    s["mwh_tiny_weeks"] = bytes([MWH]) + d(1e9, 1, DENORM) + b"\x00"
    s["strerror_labels"] = bytes([STRERR]) + i32(-5, 3)
    s["strerror_unknown"] = bytes([STRERR]) + i32(-21, -1)
    s["nulls"] = bytes([NULLS]) + d(7) + b"\x01\x02" + i32(1)
    # Course fee: days x 2 (byte / 2), rate (byte x 10), participants, then
    # the number of field changes (0: the defaults, maatwerk).
    s["course_example"] = bytes([COURSE_COST, 4, 125, 6, 0])
    s["course_open_nan"] = bytes([COURSE_COST, 4, 20, 6, 2, 3, 0, 2, 7, 1]) + d(NAN)
    for word in ["maatwerk", "Open Inschrijving", " open ", "cursus", ""]:
        key = "".join(c if c.isalnum() else "_" for c in word) or "empty"
        s[f"course_parse_{key}"] = bytes([COURSE_PARSE]) + text(word) + d(2)
    s["secretary_7"] = bytes([SECRETARY_WAGE]) + d(7, 2, 52)
    s["secretary_tiny"] = bytes([SECRETARY_WAGE]) + d(1000, 168, DENORM)
    s["scenario_5_15"] = bytes([SCENARIO_ROWS, 0, 5, 0, 15])
    s["scenario_reversed"] = bytes([SCENARIO_ROWS, 0, 15, 0, 5])
    s["scenario_nan"] = bytes([SCENARIO_ROWS, 1]) + d(NAN) + bytes([0, 15])
    return s


# fuzz_args: function index (order of otfn_functions, from the names
# manifest), then 0x80 = all args passed, then per argument a kind byte
# (0 VOID, 1 double, 2 small int, 3 text, 4 OTHER) and its payload.
FN = {f.method: i for i, f in enumerate(manifest.functions())}


def num(x):
    return b"\x01" + d(x)


def small(n):
    return b"\x02" + bytes([n & 0xFF])


def txt(s):
    return b"\x03" + text(s)


def args_seeds():
    s = {}
    s["oruren_7"] = bytes([FN["hours"], 0x80]) + num(7) + b"\x00" * 11
    s["oruren_all"] = bytes([FN["hours"], 0x80]) + num(7) + b"".join(num(x) for x in DEFAULTS)
    s["orurenstaat_7"] = bytes([FN["hoursBreakdown"], 0x80]) + small(7) + b"\x00" * 11
    s["oruren_text"] = bytes([FN["hours"], 0x80]) + num(7) + txt("zes") + b"\x00" * 10
    s["oruren_blank"] = bytes([FN["hours"], 0x80]) + num(7) + txt(" \t") + b"\x00" * 10
    s["oruren_nan"] = bytes([FN["hours"], 0x80]) + num(7) + num(NAN) + b"\x00" * 10
    s["oruren_other"] = bytes([FN["hours"], 0x80]) + num(7) + b"\x04" + b"\x00" * 10
    s["oruren_void_seats"] = bytes([FN["hours"], 0x80]) + b"\x00" * 12
    s["orfte_seed"] = bytes([FN["fte"], 0x80]) + num(1264) + b"\x00\x00"
    s["orfte_inf"] = bytes([FN["fte"], 0x80]) + num(INF) + num(36) + num(52)
    s["orfte_tiny"] = bytes([FN["fte"], 0x80]) + num(1e9) + num(DENORM) + num(DENORM)
    for word in ["OR", "commissie", "beide", "BOTH ", "vier", b"\x00OR", ""]:
        key = word if isinstance(word, str) else word.hex()
        key = "".join(c if c.isalnum() else "_" for c in key) or "empty"
        s[f"scholingsdagen_{key}"] = bytes([FN["trainingDays"], 0x80]) + txt(word)
    s["scholingsdagen_2"] = bytes([FN["trainingDays"], 0x80]) + num(2)
    s["scholingsdagen_2_5"] = bytes([FN["trainingDays"], 0x80]) + num(2.5)
    s["scholingsdagen_void"] = bytes([FN["trainingDays"], 0x80]) + b"\x00"
    s["orzetels_150"] = bytes([FN["seats"], 0x80]) + num(150) + b"\x00"
    s["orzetels_override"] = bytes([FN["seats"], 0x80]) + num(150) + num(8)
    s["orzetels_override_0"] = bytes([FN["seats"], 0x80]) + num(150) + num(0)
    s["orzetels_neg"] = bytes([FN["seats"], 0x80]) + num(-1) + num(HUGE)
    s["orweekuren_seed"] = bytes([FN["memberWeekHours"], 0x80]) + num(1516) + num(7) + b"\x00"
    s["orweekuren_tiny"] = bytes([FN["memberWeekHours"], 0x80]) + num(1e9) + num(1) + num(DENORM)
    s["lookup_method_hours"] = b"\xffhours"
    s["lookup_name_orzetels"] = b"\xfforZetels"
    s["orweekuren_fewer_args"] = bytes([FN["memberWeekHours"], 0x00, 1]) + num(1516)
    s["orscenario_5_15"] = bytes([FN["scenario"], 0x80]) + num(5) + num(15) + b"\x00" * 14
    s["orscenario_cost"] = (bytes([FN["scenario"], 0x80]) + small(5) + small(15)
                            + b"\x00" * 13 + num(45.5))
    s["orscenario_reversed"] = bytes([FN["scenario"], 0x80]) + num(15) + num(5) + b"\x00" * 14
    cost = bytes([FN["trainingCost"], 0x80]) + num(2)
    s["scholingskosten_2023"] = cost + num(1160) + num(7) + b"\x00" * 5
    s["scholingskosten_open"] = cost + num(200) + num(7) + txt("open") + b"\x00" * 4
    s["scholingskosten_bad_kind"] = cost + num(1250) + num(7) + txt("cursus") + b"\x00" * 4
    s["orsecretariaat_7"] = bytes([FN["secretaryHours"], 0x80]) + num(7) + b"\x00\x00"
    return s


def main():
    for target, seeds in [("fuzz_core", core_seeds()), ("fuzz_args", args_seeds())]:
        out = HERE / "corpus" / target
        out.mkdir(parents=True, exist_ok=True)
        for old in out.iterdir():
            old.unlink()
        for name, data in seeds.items():
            (out / name).write_bytes(data)
        print(f"{out}: {len(seeds)} seeds")


if __name__ == "__main__":
    main()
