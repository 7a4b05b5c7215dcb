#!/usr/bin/python3
"""Integration test of the Begroting (issue 19): the template's three blocks,
its defaults, its hour base, its texts, read only through named ranges.

    bash tools/run-python.sh tests/integration/test_begroting.py --oxt build/ortijd.oxt

In a headless Calc with a throwaway profile (tools/lo_session.py), every
check is a small plain function check_<what>(ck, doc) on the example
workbook (examples/voorbeeld-begroting.ods) or the template
(examples/or-begroting.ots), reading and writing only named ranges
(examples/book_names.py); a check that writes gets a fresh copy, the checks
that only read share one. They are grouped by the issue's items:
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
begroting_sheet.EXAMPLE).

Prints one line per check and, last, exactly "N passed, M failed"
(tools/report.py).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import begroting_sheet as B
import book_names as N
import make_template as T
import manifest
import template_kit as K
from cells import error_cells, used_block
from lo_session import LoSession
from report import run

ROOT = Path(__file__).resolve().parents[2]
FUNCTION_TABLE = ROOT / "addin" / "function_table.c"

# The example by hand (docs: NOTE of issue 19). 7 seats, 7 OR members,
# EUR 45 loonkosten per hour, quote EUR 1,250 per dagdeel, adviser EUR 125.
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


def close(ck, what, got, want, tol=1e-6):
    return ck.close(what, got, want, tol)


def starts(doc, name, prefix):
    return N.text(doc, name).startswith(prefix)


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


# ---------------------------------------------------------------------------
# Item 1: three blocks, each with its own total; no total mixes them.

def check_block_a_is_the_budget(ck, doc):
    for key, want in BLOCK_A.items():
        close(ck, f"1 block A {key}: {want:.2f}", N.value(doc, f"Bg_post_{key}"), want)
        ck.check(N.text(doc, f"Bg_inbudget_{key}") == "ja", f"1 block A {key}: in budget 'ja'")
    close(ck, f"1 block A total (lid 4 budget) = {TOTAL_A:.2f}",
          N.value(doc, "Bg_totaal_budget"), TOTAL_A)
    ck.check(TOTAL_A == 22200, "1 the example's budget is EUR 22,200", str(TOTAL_A))


def check_block_b_other_costs(ck, doc):
    for key, want in BLOCK_B.items():
        if want is None:
            ck.check(N.text(doc, f"Bg_post_{key}") == "PM", f"1 block B {key}: PM, no number")
        else:
            close(ck, f"1 block B {key}: {want:.2f}", N.value(doc, f"Bg_post_{key}"), want)
        ck.check(N.text(doc, f"Bg_inbudget_{key}") == "nee", f"1 block B {key}: 'nee'")
    close(ck, f"1 block B total (other costs, outside the budget) = {TOTAL_B:.2f}",
          N.value(doc, "Bg_totaal_overig"), TOTAL_B)


def check_block_c_memo(ck, doc):
    close(ck, "1 block C hours = 1516", N.value(doc, "Bg_memo_uren"), HOURS)
    close(ck, "1 block C fte = 1516 / 1872", N.value(doc, "Bg_memo_fte"), HOURS / 1872)
    close(ck, f"1 block C wage value 1516 x 45 = {WAGE_VALUE:.2f}",
          N.value(doc, "Bg_memo_loonwaarde"), WAGE_VALUE)
    close(ck, "1 block C replaced hours 620 + 448 = 1068", N.value(doc, "Bg_memo_vervangen_uren"),
          REPLACED)
    close(ck, f"1 block C 'waarvan extra uitgave door vervanging' 1068 x 67.50 = {REPLACEMENT:.2f}",
          N.value(doc, "Bg_memo_vervanging"), REPLACEMENT)
    close(ck, f"1 block C economic cost 448 x 45 + 1068 x 67.50 = {ECONOMIC:.2f}",
          N.value(doc, "Bg_memo_economisch"), ECONOMIC)
    sh = doc.Sheets.getByName(B.SHEET)
    label = sh.getCellByPosition(0, N.row_of(doc, "Bg_memo_vervanging") - 1).getString()
    ck.check(label == "waarvan extra uitgave door vervanging",
             "1 the replacement is shown as 'waarvan extra uitgave door vervanging'", label)
    ck.check("niet vervangen uren x loonkosten" in N.text(doc, "Bg_memo_uitleg_economisch"),
             "1 the economic cost is labelled unreplaced x loonkosten + replaced x vervanging")


def check_no_total_mixes_blocks(ck, doc):
    mixes = {"A + B": TOTAL_A + TOTAL_B, "A + B + wage value": TOTAL_A + TOTAL_B + WAGE_VALUE,
             "B + wage value": TOTAL_B + WAGE_VALUE,
             "wage value + replacement (same hours twice)": WAGE_VALUE + REPLACEMENT,
             "A + B + wage value + replacement": TOTAL_A + TOTAL_B + WAGE_VALUE + REPLACEMENT,
             "A + B + economic": TOTAL_A + TOTAL_B + ECONOMIC,
             "A + B + replacement": TOTAL_A + TOTAL_B + REPLACEMENT}
    found = numbers_on(doc, B.SHEET)
    for what, v in mixes.items():
        ck.check(not any(abs(x - v) < 0.005 for x in found),
                 f"1 no figure on the Begroting is {what} ({v:.2f})")
    texts = [t for _, t, _ in all_texts(doc)]
    ck.check(not any("Totaal OR-begroting" in t for t in texts), "1 no 'Totaal OR-begroting'")


def check_statement_under_budget_total_only(ck, doc):
    year = int(N.value(doc, "Begrotingsjaar"))
    ck.check(N.row_of(doc, "Bg_vaststelling") == N.row_of(doc, "Bg_totaal_budget") + 1,
             "1 the statement stands directly under the lid-4 total")
    text = N.text(doc, "Bg_vaststelling")
    ck.check(text.startswith("Vastgesteld in overeenstemming, WOR art. 22 lid 4") and
             str(year) in text, "1 the statement names art. 22 lid 4 and the year", text)
    close(ck, "1 the statement names the budget's amount", N.value(doc, "Bg_vastgesteld"),
          TOTAL_A)
    ck.check(N.row_of(doc, "Bg_vastgesteld") == N.row_of(doc, "Bg_vaststelling") + 1,
             "1 the amount is on the statement's next row")
    signed = [w for w, t, _ in all_texts(doc) if "Vastgesteld in overeenstemming" in t]
    ck.check(len(signed) == 1, "1 nothing else is signed 'Vastgesteld in overeenstemming'",
             str(signed))
    ck.check("raming van de ondernemer" in N.text(doc, "Bg_vaststelling_tekst"),
             "1 the other blocks are an estimate, for information")


def check_citations_say_what_articles_say(ck, doc):
    texts = [t for _, t, _ in all_texts(doc)]
    for bad in ("Komt bovenop", "vergadertijd is werktijd", "ten laste van de ondernemer "
                "(WOR art. 22 lid 1)"):
        ck.check(not any(bad in t for t in texts), f"1 no text says '{bad}'")
    sh = doc.Sheets.getByName(B.SHEET)
    row = N.row_of(doc, "Bg_memo_loonwaarde")
    basis = sh.getCellByPosition(5, row - 1).getString()
    ck.check("art. 17 lid 2 en 3" in basis and "art. 18 lid 1 en 2" in basis,
             "1 paid OR time cites art. 17 lid 2-3 and art. 18 lid 1-2", basis)
    basis = sh.getCellByPosition(5, N.row_of(doc, "Bg_memo_vervanging") - 1).getString()
    ck.check("praktijk of cao" in basis and "geen kosten van art. 22" in basis,
             "1 backfill cites practice or cao, not art. 22", basis)


def check_flag_moves_a_line(ck, doc):
    N.put(doc, "Bg_inbudget_scholing", "nee")
    close(ck, "1 scholing flagged 'nee': out of the budget", N.value(doc, "Bg_totaal_budget"),
          TOTAL_A - BLOCK_A["scholing"])
    close(ck, "1 ... and into the other costs", N.value(doc, "Bg_totaal_overig"),
          TOTAL_B + BLOCK_A["scholing"])
    ck.check(N.text(doc, "Bg_uit_a_tekst").startswith("Uit blok A: Scholing: cursuskosten"),
             "1 ... listed on block B's 'uit blok A' row", N.text(doc, "Bg_uit_a_tekst"))
    close(ck, "1 ... with its amount there", N.value(doc, "Bg_uit_a"), BLOCK_A["scholing"])
    sh = doc.Sheets.getByName(B.SHEET)
    shown = sh.getCellByPosition(1, N.row_of(doc, "Bg_post_scholing") - 1).getString()
    ck.check(shown == "telt in blok B", "1 ... and block A shows 'telt in blok B'", shown)
    N.put(doc, "Bg_inbudget_scholing", "misschien")
    close(ck, "1 a flag neither ja nor nee counts in no total",
          N.value(doc, "Bg_totaal_budget") + N.value(doc, "Bg_totaal_overig"),
          TOTAL_A + TOTAL_B - BLOCK_A["scholing"])
    ck.check("geen keuze ja of nee" in N.text(doc, "Bg_waarschuwing_a"),
             "1 ... and the block says so", N.text(doc, "Bg_waarschuwing_a"))
    N.put(doc, "Bg_inbudget_scholing", "ja")
    N.put(doc, "Bg_inbudget_verkiezingen", "ja")
    close(ck, "1 verkiezingen flagged 'ja': into the budget", N.value(doc, "Bg_totaal_budget"),
          TOTAL_A + BLOCK_B["verkiezingen"])
    ck.check(N.text(doc, "Bg_uit_b_tekst").startswith("Uit blok B: Verkiezingen"),
             "1 ... listed on block A's 'uit blok B' row")
    N.put(doc, "Bg_inbudget_as", "ja")
    ck.check(starts(doc, "Bg_uitleg_as", "Let op (budget): art. 22 lid 4 sluit"),
             "1 a line bound outside the budget (art. 17) set to 'ja' is flagged")


# ---------------------------------------------------------------------------
# Item 2: defaults that protect the OR.

def check_defaults_protect_the_or(ck, doc):
    ck.check(N.text(doc, "Bg_inbudget_rechtsbijstand") == "nee" and
             N.text(doc, "Bg_melden_rechtsbijstand") == "ja",
             "2 litigation: outside the budget, 'vooraf melden (lid 2): ja'")
    ck.check(N.text(doc, "Bg_inbudget_adviestrajecten") == "nee" and
             N.text(doc, "Bg_melden_adviestrajecten") == "ja",
             "2 large advisory trajectories: outside, notice in advance")
    ck.check(N.text(doc, "Bg_inbudget_deskundigen") == "ja" and
             N.text(doc, "Bg_melden_deskundigen") == "niet nodig",
             "2 experts inside the budget only as a fixed amount, no notice inside a budget")
    sh = doc.Sheets.getByName(B.SHEET)
    note = sh.getCellByPosition(4, N.row_of(doc, "Bg_totaal_budget") - 1).getString()
    ck.check("toestemming van de ondernemer, art. 22 lid 4" in note and "buiten het budget" in note,
             "2 the lid-4 total says an overrun needs the employer's consent", note)
    N.put(doc, "Bg_budget", "nee")
    ck.check(N.text(doc, "Bg_melden_deskundigen") == "ja",
             "2 without an agreed budget experts need notice in advance")
    ck.check(starts(doc, "Bg_vaststelling", "Geen budget") and N.text(doc, "Bg_vastgesteld") == "",
             "2 without an agreed budget nothing is set 'in overeenstemming'")


def check_pvt_below_50(ck, doc):
    N.put(doc, "Personen", 30)
    ck.check(N.text(doc, "Orgaan") == "PVT", "2 below 50 persons the default is a PVT")
    for key in ("deskundigen", "adviestrajecten"):
        ck.check(N.text(doc, f"Bg_melden_{key}") == "toestemming",
                 f"2 PVT: {key} only with the employer's consent (art. 35c lid 5)")
    ck.check(N.text(doc, "Bg_melden_rechtsbijstand") == "ja",
             "2 PVT: litigation still announced in advance (art. 35c lid 3)")
    for key in ("uren", "dagen", "cursusdagen", "leden"):
        ck.check(starts(doc, f"Bg_toets_{key}", "n.v.t.") and
                 "art. 35c lid 3" in N.text(doc, f"Bg_toets_{key}"),
                 f"2 PVT: no lid-3 minimum ({key})", N.text(doc, f"Bg_toets_{key}"))
    ck.check("art. 35c lid 5" in N.text(doc, "Bg_toets_personen"),
             "2 PVT note names art. 35c lid 5", N.text(doc, "Bg_toets_personen"))
    N.put(doc, "Orgaan", "OR")
    ck.check(N.text(doc, "Bg_melden_deskundigen") == "niet nodig",
             "2 an OR below 50 persons (typed) is an OR again")


# ---------------------------------------------------------------------------
# Item 3: one hour base.

def check_one_hour_base(ck, doc):
    for name in ("Uren_basis", "Ld_uren_totaal", "Bg_memo_uren", "Vv_uren_totaal"):
        close(ck, f"3 {name} = 1516: one hour base", N.value(doc, name), HOURS)
    ck.check(N.text(doc, "Uren_basis_bron").startswith("Blad Leden"),
             "3 the base is the Leden sheet when members are filled in")
    depts = sum(v for k, v in N.column(doc, "Afd_uren") if k == "number")
    close(ck, "3 departments + not assigned = the hour base",
          depts + N.value(doc, "Afd_niet_ingedeeld"), N.value(doc, "Uren_basis"))


def check_committee_member_counts(ck, doc):
    names, depts, roles = (N.cells(doc, n) for n in ("Ld_namen", "Ld_afdelingen", "Ld_rollen"))
    names.getCellByPosition(0, 7).setString("Hanna Vos")
    depts.getCellByPosition(0, 7).setString("ICT")
    roles.getCellByPosition(0, 7).setString("commissie")
    close(ck, "3 a committee member adds 60 + 3 x 8 = 84 h to the base",
          N.value(doc, "Uren_basis"), HOURS + 84)
    close(ck, "3 ... to the time line", N.value(doc, "Bg_memo_loonwaarde"), (HOURS + 84) * RATE)
    close(ck, "3 ... and to the replacement base", N.value(doc, "Vv_uren_totaal"), HOURS + 84)
    close(ck, "3 ... replaced at 50 % in ICT", N.value(doc, "Bg_memo_vervangen_uren"),
          REPLACED + 42)
    close(ck, "3 committee members are training participants (art. 18 lid 2)",
          N.value(doc, "Bg_deelnemers"), 8)
    roles.getCellByPosition(0, 7).setString("beide")
    ck.check(starts(doc, "Bg_toets_dekking", "Let op: 3 scholingsdagen"),
             "3 a member with 8 days outside 5 budgeted course days is flagged",
             N.text(doc, "Bg_toets_dekking"))


def check_hour_base_without_members(ck, doc):
    N.put(doc, "Personen", 150)
    N.put(doc, "Uurtarief", RATE)
    N.put(doc, "Bg_verv_pct", 0.5)
    close(ck, "3 without members the base is the Urenstaat", N.value(doc, "Uren_basis"), HOURS)
    ck.check("Urenstaat" in N.text(doc, "Uren_basis_bron"), "3 ... and the sheet says so")
    close(ck, "3 ... the replacement uses the same base (not assigned, 50 %)",
          N.value(doc, "Bg_memo_vervangen_uren"), HOURS * 0.5)
    close(ck, "3 ... at the replacement default 1.5 x 45",
          N.value(doc, "Bg_memo_vervanging"), HOURS * 0.5 * REPLACEMENT_RATE)


# ---------------------------------------------------------------------------
# Item 4: first-year and election costs.

def check_adviser_rate_shared(ck, doc):
    close(ck, "4 Eerste jaar: 35 adviser hours x 125", N.value(doc, "Ej_kosten_laag") -
          sum(N.value(doc, n) for n in ("Ej_training", "Ej_reiskosten")) -
          2400 - 900 - 650 - 2000, 35 * ADVISER)
    close(ck, "4 Begroting: (45 h x 125 + 2400) / 3", N.value(doc, "Bg_post_verkiezingen"),
          (45 * ADVISER + 2400) / 3)
    N.put(doc, "Adviseur_tarief", 100)
    close(ck, "4 one adviser rate: Begroting follows it", N.value(doc, "Bg_post_verkiezingen"),
          (45 * 100 + 2400) / 3)
    close(ck, "4 ... and Eerste jaar too", N.value(doc, "Ej_uren_laag"), 35)
    N.put(doc, "Adviseur_tarief", None)
    ck.check(N.text(doc, "Bg_post_verkiezingen") == "" and
             starts(doc, "Bg_uitleg_verkiezingen", "Let op"),
             "4 no adviser rate: no election cost (never the members' loonkosten)")
    ck.check(N.text(doc, "Ej_ontbreekt").startswith("Let op: 2 posten"),
             "4 ... and Eerste jaar says two amounts are missing", N.text(doc, "Ej_ontbreekt"))


def check_trainer_travel_budgeted(ck, doc):
    close(ck, "4 trainer travel 240 km x 0.40 is budgeted", N.value(doc, "Ej_reiskosten"), 96)
    ck.check(N.text(doc, "Ej_boven_ser") == "",
             "4 no SER rate for the budget year: no comparison made up")
    N.put(doc, "Tariefjaar", 2024)
    close(ck, "4 quote at the 2024 richtbedrag: 96 above it (the travel)",
          N.value(doc, "Ej_boven_ser"), 96)
    N.put(doc, "Ej_offerte", 1300)
    close(ck, "4 quote 1300: 4 dagdelen x 50 + 96 above it", N.value(doc, "Ej_boven_ser"), 296)
    N.put(doc, "Bg_trainer_km", 200)
    close(ck, "4 Begroting: travel on top of the course fee",
          N.value(doc, "Bg_post_scholing"), BLOCK_A["scholing"] + 200 * 0.40)
    N.put(doc, "Bg_tariefjaar", 2024)
    close(ck, "4 Begroting: 80 above the SER richtbedrag 2024", N.value(doc, "Bg_boven_ser"), 80)


# ---------------------------------------------------------------------------
# Item 5: 4 hours a week, net working weeks, second trainer.

def check_four_hour_signals(ck, doc):
    signals = N.texts(doc, "Ld_signaal")[:7]
    want = ["", "onder 4 uur", "onder 4 uur", "", "onder 4 uur", "onder 4 uur", "onder 4 uur"]
    ck.check(signals == want, "5 members below 4 h per week are marked (172 h / 52 = 3.31)",
             str(signals))
    close(ck, "5 five members below 4 h per week", N.value(doc, "Ld_onder_4"), 5)
    rows = N.texts(doc, "Sc_signaal")
    want = ["onder 4 uur" if (172 * n + 312) / (n * 52) < 4 else "" for n in T.SCEN_SEATS]
    ck.check(rows == want, "5 scenario rows below 4 h per member per week are marked",
             str(rows))
    cell = N.cells(doc, "Ld_signaal").getCellByPosition(0, 1)
    ck.check(cell.CellStyle == "OR Signaal", "5 a signal is amber, not a red warning",
             cell.CellStyle)


def check_net_working_weeks(ck, doc):
    N.put(doc, "Werkweken", 46)
    close(ck, "5 Urenstaat week figure 1516 / (7 x 46)", N.value(doc, "Us_weekuren"),
          HOURS / (7 * 46))
    close(ck, "5 chair 276 / 46", N.value(doc, "Ld_weekuren"), 276 / 46)
    close(ck, "5 scenario 5 seats 1172 / (5 x 46)", N.value(doc, "Sc_weekuren"), 1172 / (5 * 46))
    close(ck, "5 the hours themselves do not change", N.value(doc, "Us_totaal"), HOURS)
    ck.check(N.texts(doc, "Sc_signaal") == [""] * len(T.SCEN_SEATS),
             "5 at 46 weeks no scenario row is below 4 h")


def check_second_trainer_follows_trainers(ck, doc):
    N.put(doc, "Bg_trainers", 2)
    close(ck, "5 two trainers: the SER richtbedrag doubles", N.value(doc, "Bg_post_scholing"),
          2 * BLOCK_A["scholing"])
    N.put(doc, "Bg_trainers", 1)
    N.put(doc, "Bg_deelnemers", 14)
    close(ck, "5 one trainer with 14 participants: no automatic doubling",
          N.value(doc, "Bg_post_scholing"), BLOCK_A["scholing"])
    sheet = doc.Sheets.getByName(T.S_ASSUMPTIONS)
    check = sheet.getCellByPosition(3, N.row_of(doc, "Bg_trainers") - 1).getString()
    ck.check("twee trainers" in check, "5 ... but the sheet asks about a second trainer", check)
    scratch = doc.Sheets.getByName(B.SHEET).getCellByPosition(20, 0)
    stored = manifest.stored_name("SCHOLINGSKOSTEN")  # the API grammar of 7.0 needs it
    for n, want in ((12, 12500), (13, 25000), (14, 25000)):
        scratch.setFormula(f"={stored}(5;1250;{n})")
        close(ck, f"5 SCHOLINGSKOSTEN's own default unchanged: {n} participants {want}",
              scratch.getValue(), want)


# ---------------------------------------------------------------------------
# Item 6: definitions.

def check_one_definition_of_loonkosten(ck, doc):
    sheet = doc.Sheets.getByName(T.S_INPUT)
    note = sheet.getCellByPosition(3, N.row_of(doc, "Uurtarief") - 1).getString()
    ck.check("Brutoloon plus werkgeverslasten" in note and "Zonder overhead" in note and
             "1872" in note, "6 loonkosten per uur defined once on Invoer", note)
    ck.check(not any("integraal" in t.lower() for _, t, _ in all_texts(doc)),
             "6 'integraal' nowhere in the workbook")
    help_c = FUNCTION_TABLE.read_text(encoding="utf-8")
    ck.check("brutoloon plus werkgeverslasten" in help_c and "without overhead" in help_c,
             "6 the ORSCENARIO help uses the same definition")


def check_replacement_default_above_wage_cost(ck, doc):
    cell = N.cell(doc, "Bg_verv_tarief")
    ck.check(cell.getType().value == "FORMULA", "6 the example keeps the replacement default")
    ck.check(N.value(doc, "Bg_verv_tarief") > N.value(doc, "Uurtarief"),
             "6 replacement cost per hour is above the own loonkosten", N.text(doc, "Bg_verv_tarief"))
    N.put(doc, "Uurtarief", 50)
    close(ck, "6 ... it follows the loonkosten (1.5 x 50)", N.value(doc, "Bg_verv_tarief"), 75)


def check_secretary_overlap_note(ck, doc):
    sheet = doc.Sheets.getByName(T.S_ASSUMPTIONS)
    note = sheet.getCellByPosition(4, N.row_of(doc, "Bg_as_uren") - 1).getString()
    ck.check("Extra uren secretaris per week" in note,
             "6 the ambtelijk secretaris input says the elected secretary's hours overlap", note)
    ck.check("verlaag die op blad Invoer" in
             [t for _, t, _ in all_texts(doc) if t.startswith("ORSECRETARIAAT")][0],
             "6 ... and so does the note on the line")


# ---------------------------------------------------------------------------
# Item 7: SER rates, no red warning, dates, who counts.

def check_ser_years_without_rate(ck, doc):
    rows = N.cells(doc, "Ej_ser_tabel")
    sheet = rows.Spreadsheet
    first = rows.RangeAddress.StartRow
    found = []
    for r in range(rows.RangeAddress.EndRow - first + 1):
        year = rows.getCellByPosition(0, r).getValue()
        if year in (2025, 2026, 2027):
            empty = rows.getCellByPosition(1, r).getString() == "" and \
                rows.getCellByPosition(2, r).getString() == ""
            source = sheet.getCellByPosition(3, first + r).getString()
            found.append(year)
            ck.check(empty and "ser.nl, 'Richtbedragen scholing en vorming'" in source,
                     f"7 SER {int(year)}: empty input cells that say where to find the rates",
                     source)
    ck.check(found == [2025, 2026, 2027], "7 the years 2025-2027 are in the table", str(found))
    N.put(doc, "Personen", 150)
    year = int(N.value(doc, "Begrotingsjaar"))
    ck.check(N.text(doc, "Bg_ser") == "", f"7 no SER rate for {year} in the template")
    ck.check(N.text(doc, "Bg_post_scholing") == "" and
             "Richtbedragen scholing en vorming" in N.text(doc, "Bg_uitleg_scholing"),
             "7 a year without a SER rate computes no training cost and asks for one",
             N.text(doc, "Bg_uitleg_scholing"))
    ck.check(N.text(doc, "Ej_training") == "" and starts(doc, "Ej_waarschuwing", "Let op"),
             "7 ... on Eerste jaar too, without falling back to an older year")
    N.put(doc, "Bg_tariefjaar", 2024)
    close(ck, "7 an explicit year with a rate: 10 dagdelen x 1250",
          N.value(doc, "Bg_post_scholing"), 12500)


def check_example_shows_no_red_warning(ck, doc):
    red = [f"{w}: {t[:60]}" for w, t, c in all_texts(doc) if t.startswith("Let op")]
    ck.check(not red, "7 the example shows no 'Let op' warning", "; ".join(red[:5]))
    styled = [w for w, t, c in all_texts(doc) if c.CellStyle == "OR Waarschuwing"]
    ck.check(not styled, "7 no text in the red warning style", str(styled[:5]))
    ck.check(N.cell(doc, "Bg_tarief").getType().value == "VALUE" and
             "offerte" in N.text(doc, "Bg_uitleg_scholing"),
             "7 the example uses an explicit, labelled quote rate", N.text(doc, "Bg_uitleg_scholing"))


def check_law_checked_date(ck, doc):
    date = K.law_checked()
    ck.check(date == "6 december 2026", "7 docs/sources.md: law text checked on 2026-12-06", date)
    sheet = doc.Sheets.getByName(T.S_INPUT)
    ck.check(f"gecontroleerd op {date}" in sheet.getCellByPosition(0, 1).getString(),
             "7 Invoer shows the date the law text was checked")
    intro = doc.Sheets.getByName(B.SHEET).getCellByPosition(0, 2).getString()
    ck.check(f"gecontroleerd op {date}" in intro, "7 the Begroting too")


def check_who_counts_for_the_seats(ck, doc):
    help_c = FUNCTION_TABLE.read_text(encoding="utf-8")
    ck.check("na 15 maanden" in help_c and "WOR art. 1 lid 3" in help_c and "after 15 months" in
             help_c, "7 ORZETELS help: temporary agency workers after 15 months, art. 1 lid 3")
    note = doc.Sheets.getByName(T.S_INPUT).getCellByPosition(
        3, N.row_of(doc, "Personen") - 1).getString()
    ck.check("15 maanden" in note and "art. 1 lid 3" in note, "7 ... and Invoer too", note)


# ---------------------------------------------------------------------------
# Item 8: text users read.

def check_no_unit_twice(ck, doc):
    nf = doc.NumberFormats
    twice = []
    for sheet in (T.S_INPUT, T.S_ASSUMPTIONS):   # the sheets with a unit column
        sh = doc.Sheets.getByName(sheet)
        a = used_block(sh).RangeAddress
        for r in range(a.EndRow + 1):
            value, unit = sh.getCellByPosition(1, r), sh.getCellByPosition(2, r).getString()
            code = nf.getByKey(value.NumberFormat).FormatString
            if "€" in code and ("€" in unit or "euro" in unit):
                twice.append(f"{sheet} row {r + 1}: {value.getString()} {unit}")
    ck.check(not twice, "8 no unit printed twice next to an amount", "; ".join(twice))
    texts = [t for _, t, _ in all_texts(doc)]
    bad = [t for t in texts if re.search(r"€\s*[\d.,]+\s*€|PM\s*€|€\s*€", t)]
    ck.check(not bad, "8 no '€ 0,23 €' or 'PM €' in any cell", str(bad[:3]))


def nested(text):
    depth = 0
    for ch in text:
        depth += ch == "("
        if depth > 1:
            return True
        depth -= ch == ")" and depth > 0
    return False


def check_no_nested_parentheses(ck, doc):
    bad = [f"{w}: {t[:80]}" for w, t, _ in all_texts(doc) if nested(t)]
    ck.check(not bad, "8 no nested parentheses in any cell", "; ".join(bad[:3]))


def check_committee_wording(ck, doc):
    texts = [t for _, t, _ in all_texts(doc)]
    ck.check(not any("vaste of onderdeelcommissie" in t for t in texts),
             "8 never 'een vaste of onderdeelcommissie'")
    ck.check(any("een vaste commissie of een onderdeelcommissie" in t for t in texts),
             "8 'een vaste commissie of een onderdeelcommissie'")
    help_c = FUNCTION_TABLE.read_text(encoding="utf-8")
    ck.check("vaste of onderdeelcommissie" not in help_c, "8 ... also in the help")


def check_every_function_named(ck, doc):
    header = doc.Sheets.getByName(T.S_INPUT).getCellByPosition(0, 2).getString()
    names = [f.name for f in manifest.functions()]
    missing = [n for n in names if not re.search(rf"\b{n}\b", header)]
    ck.check(len(names) == 9 and not missing,
             f"8 the template's header names all {len(names)} functions", str(missing))
    desc = doc.DocumentProperties.Description
    ck.check(all(re.search(rf"\b{n}\b", desc) for n in names),
             "8 ... and so does the document description")


def check_english_glossary(ck, doc):
    help_c = FUNCTION_TABLE.read_text(encoding="utf-8")
    for good in ("works council clerk", "divisional committee", "council's officers",
                 "consultation meeting"):
        ck.check(good in help_c, f"8 English help says '{good}'")
    for bad in ("sub-council", "official OR secretary", "executive committee",
                "Joint meetings with the director"):
        ck.check(bad not in help_c, f"8 English help no longer says '{bad}'")


def check_readme_versions(ck, doc):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    part = readme[readme.index("### LibreOffice-versies"):readme.index("### Zelf bouwen")]
    ck.check("26.8.3.1" in part and "7.0.4.2" in part and "7.4" in part and "25.2" not in part,
             "8 README: the tested versions are what the matrix ran")


# ---------------------------------------------------------------------------
# Bad input.

def check_bad_amounts_never_count_as_zero(ck, doc):
    for bad, what in (("veel", "text"), (-500, "a negative amount"), (None, "an empty cell")):
        N.put(doc, "Bg_deskundigen", bad)
        ck.check(N.text(doc, "Bg_post_deskundigen") == "" and
                 starts(doc, "Bg_uitleg_deskundigen", "Let op"),
                 f"bad {what} as the experts' amount: the line is empty and says why")
        close(ck, f"bad {what}: the budget total without the line",
              N.value(doc, "Bg_totaal_budget"), TOTAL_A - 7500)
        ck.check(starts(doc, "Bg_waarschuwing_a", "Let op: 1 post heeft geen bedrag"),
                 f"bad {what}: the block says '1 post heeft geen bedrag'",
                 N.text(doc, "Bg_waarschuwing_a"))
        sheet = doc.Sheets.getByName(T.S_ASSUMPTIONS)
        check = sheet.getCellByPosition(3, N.row_of(doc, "Bg_deskundigen") - 1).getString()
        ck.check(check.startswith("Let op"), f"bad {what}: a warning next to the input", check)
    ck.check(not error_cells(doc), "bad input leaves no error cell", "; ".join(error_cells(doc)[:3]))


def check_pm_stays_out_of_every_total(ck, doc):
    ck.check("2 posten staan op PM" in N.text(doc, "Bg_waarschuwing_b"),
             "bad: the PM lines are announced", N.text(doc, "Bg_waarschuwing_b"))
    N.put(doc, "Bg_deskundigen", "PM")
    close(ck, "bad: a PM amount counts in no total", N.value(doc, "Bg_totaal_budget"),
          TOTAL_A - 7500)
    ck.check("1 post staat op PM" in N.text(doc, "Bg_waarschuwing_a"),
             "bad: ... and block A says so", N.text(doc, "Bg_waarschuwing_a"))


def check_bad_replacement_inputs(ck, doc):
    N.put(doc, "Bg_verv_tarief", "veertig")
    ck.check(N.text(doc, "Bg_memo_vervanging") == "" and N.text(doc, "Bg_memo_economisch") == ""
             and starts(doc, "Bg_memo_uitleg_vervanging", "Let op"),
             "bad: a text replacement rate: no replacement, no economic cost, says why")
    close(ck, "bad: ... the wage value stays", N.value(doc, "Bg_memo_loonwaarde"), WAGE_VALUE)
    N.put(doc, "Bg_verv_tarief", 60)
    N.cells(doc, "Vv_deel").getCellByPosition(0, 1).setValue(1.5)
    close(ck, "bad: a share of 150 % is invalid", N.value(doc, "Vv_ongeldig"), 1)
    ck.check(N.text(doc, "Bg_memo_vervanging") == "" and
             starts(doc, "Bg_memo_uitleg_vervanging", "Let op"),
             "bad: ... and the replacement is not computed")
    ck.check(not error_cells(doc), "bad replacement input leaves no error cell")


# ---------------------------------------------------------------------------

def check_contract(ck, doc, which):
    missing = [n for n in CONTRACT if not N.has(doc, n)]
    ck.check(not missing, f"{which}: every contract name exists ({len(CONTRACT)} names)",
             str(missing[:10]))


# Checks that only read share one document; each that writes gets its own.
EXAMPLE_READS = [
    check_block_a_is_the_budget, check_block_b_other_costs, check_block_c_memo,
    check_no_total_mixes_blocks, check_statement_under_budget_total_only,
    check_citations_say_what_articles_say, check_one_hour_base, check_four_hour_signals,
    check_one_definition_of_loonkosten, check_secretary_overlap_note,
    check_example_shows_no_red_warning, check_law_checked_date, check_who_counts_for_the_seats,
    check_no_unit_twice, check_no_nested_parentheses, check_committee_wording,
    check_every_function_named, check_english_glossary, check_readme_versions,
]
EXAMPLE_WRITES = [
    check_flag_moves_a_line, check_defaults_protect_the_or, check_pvt_below_50,
    check_committee_member_counts, check_adviser_rate_shared, check_trainer_travel_budgeted,
    check_net_working_weeks, check_second_trainer_follows_trainers,
    check_replacement_default_above_wage_cost, check_bad_amounts_never_count_as_zero,
    check_pm_stays_out_of_every_total, check_bad_replacement_inputs,
]
TEMPLATE_READS = [check_no_nested_parentheses, check_no_unit_twice]
TEMPLATE_WRITES = [check_hour_base_without_members, check_ser_years_without_rate,
                   check_defaults_protect_the_or]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--oxt", type=Path, required=True)
    args = ap.parse_args(argv)

    def body(ck):
        with LoSession(extensions=[args.oxt]) as lo:
            for path, reads, writes in ((T.EXAMPLE, EXAMPLE_READS, EXAMPLE_WRITES),
                                        (T.TEMPLATE, TEMPLATE_READS, TEMPLATE_WRITES)):
                doc = lo.load(path)
                doc.calculateAll()
                check_contract(ck, doc, path.name)
                for check in reads:
                    print(f"# {path.name}: {check.__name__}")
                    check(ck, doc)
                lo.close_document(doc)
                for check in writes:
                    doc = lo.load(path)
                    doc.calculateAll()
                    print(f"# {path.name}: {check.__name__}")
                    check(ck, doc)
                    lo.close_document(doc)

    return run("test_begroting", body, needs=[args.oxt, T.EXAMPLE, T.TEMPLATE])


if __name__ == "__main__":
    sys.exit(main())
