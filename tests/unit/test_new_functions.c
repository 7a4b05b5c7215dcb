/*
** test_new_functions.c - unit tests of the Calc functions ORSCENARIO,
** SCHOLINGSKOSTEN and ORSECRETARIAAT through the function table, as the
** dispatcher calls them (otfn_call: decode every argument, evaluate):
**   - ORSCENARIO's rows equal ORUREN, ORFTE and ORWEEKUREN called per
**     cell with the same inputs (the template's per-cell sheet), 5-15
**     seats, with the defaults and with other inputs and an hourly cost;
**   - bad ranges (from > to, fractions, 0, beyond 100 rows or 1000 seats)
**     fail and name the argument;
**   - the example OR's start training (7 seats, 2 days maatwerk, one
**     trainer) at the 2023 and 2024 SER richtbedragen against hand
**     arithmetic: 2 x 2 dagdelen x EUR 1,160 = EUR 4,640 and
**     2 x 2 x EUR 1,250 = EUR 5,000 (docs/sources.md).
*/
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "table_values.h"

/* The number result of `method` with values[0..n) (asserting success). */
static double call_number(const char *method, const otfn_value *values, int n)
{
  return call_ok(must_find(method), values, n).number;
}

/* Calls ORSCENARIO; returns the status, *bad the blamed argument. */
static int call_scenario(const otfn_value *values, int n, otfn_result *out,
                         int *bad)
{
  const otfn_function *f = must_find("scenario");
  assert_int_equal(f->result, OTFN_RESULT_GRID);
  return otfn_call(f, values, n, out, bad);
}

/* Checks one scenario against per-cell ORUREN/ORFTE/ORWEEKUREN calls. The
** hours inputs are values[2..12], the fte basis values[13..14]. */
static void check_against_cells(const otfn_value *values, int n,
                                double hourly)
{
  static otfn_result t;
  int bad;
  assert_int_equal(call_scenario(values, n, &t, &bad), ORTIJD_OK);
  int first = (int)values[0].number, last = (int)values[1].number;
  assert_int_equal(t.grid.rows, last - first + 1);
  assert_int_equal(t.grid.cols, 5);
  assert_int_equal(t.grid.blank_cols, hourly < 0 ? 1u << 4 : 0u);
  for (int r = 0; r < t.grid.rows; r++) {
    otfn_value hv[12];
    hv[0] = number(first + r);
    for (int k = 1; k < 12; k++)
      hv[k] = 1 + k < n ? values[1 + k] : omitted;
    double hours = call_number("hours", hv, 12);
    otfn_value fv[3] = {number(hours),
                        n > 13 ? values[13] : omitted,
                        n > 14 ? values[14] : omitted};
    double fte = call_number("fte", fv, 3);
    otfn_value wv[3] = {number(hours), number(first + r), hv[11]};
    double week = call_number("memberWeekHours", wv, 3);
    assert_true(t.grid.value[r][0] == first + r);
    assert_true(t.grid.value[r][1] == hours);
    assert_true(t.grid.value[r][2] == fte);
    assert_true(t.grid.value[r][3] == week);
    if (hourly >= 0)
      assert_true(t.grid.value[r][4] == hours * hourly);
  }
}

static void test_scenario_equals_per_cell(void **state)
{
  (void)state;
  otfn_value v[16];
  v[0] = number(5);
  v[1] = number(15);
  check_against_cells(v, 2, -1); /* all defaults; 7 seats gives 1516 */
  static otfn_result t;
  int bad;
  assert_int_equal(call_scenario(v, 2, &t, &bad), ORTIJD_OK);
  assert_true(t.grid.value[2][0] == 7 && t.grid.value[2][1] == 1516);
  /* Other inputs, numbers as text, fte basis and an hourly cost. */
  double in[11] = {8, 1.5, 10, 2.5, 1, 80, 8, 7.5, 3, 6, 46};
  for (int k = 0; k < 11; k++)
    v[2 + k] = number(in[k]);
  v[4] = text("1.5");
  v[13] = number(38);
  v[14] = number(46);
  v[15] = number(45.5);
  check_against_cells(v, 16, 45.5);
  /* Empty text for the hourly cost: no cost column (blank). */
  v[15] = text("");
  check_against_cells(v, 16, -1);
  v[0] = number(1);
  v[1] = number(100);
  check_against_cells(v, 16, -1);
}

static void test_scenario_bad_ranges(void **state)
{
  (void)state;
  static otfn_result t;
  static const struct {
    double from, to;
    int status, bad;
  } cases[] = {
    {15, 5, ORTIJD_ERANGE, 1},      {5.5, 15, ORTIJD_ENOTWHOLE, 0},
    {5, 14.5, ORTIJD_ENOTWHOLE, 1}, {0, 15, ORTIJD_EZERO, 0},
    {5, 0, ORTIJD_EZERO, 1},        {-1, 15, ORTIJD_ENEGATIVE, 0},
    {1, 101, ORTIJD_ETOOLARGE, 1},  {990, 1001, ORTIJD_ETOOLARGE, 1},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    otfn_value v[2] = {number(cases[i].from), number(cases[i].to)};
    int bad;
    assert_int_equal(call_scenario(v, 2, &t, &bad), cases[i].status);
    assert_int_equal(bad, cases[i].bad);
  }
  /* A bad ORUREN input names its own argument (argument 4: vergaderingen
  ** is index 4 here, 3 in ORUREN), the fte basis and the hourly cost too. */
  otfn_value v[16];
  for (int k = 0; k < 16; k++)
    v[k] = omitted;
  v[0] = number(5);
  v[1] = number(15);
  int bad;
  v[4] = number(-1);
  assert_int_equal(call_scenario(v, 16, &t, &bad), ORTIJD_ENEGATIVE);
  assert_int_equal(bad, 4);
  v[4] = v[2];
  v[12] = number(0);
  assert_int_equal(call_scenario(v, 16, &t, &bad), ORTIJD_EZERO);
  assert_int_equal(bad, 12);
  v[12] = v[2];
  v[13] = number(0);
  assert_int_equal(call_scenario(v, 16, &t, &bad), ORTIJD_EZERO);
  assert_int_equal(bad, 13);
  v[13] = v[2];
  v[14] = number(54);
  assert_int_equal(call_scenario(v, 16, &t, &bad), ORTIJD_ETOOLARGE);
  assert_int_equal(bad, 14);
  v[14] = v[2];
  v[15] = number(-3);
  assert_int_equal(call_scenario(v, 16, &t, &bad), ORTIJD_ENEGATIVE);
  assert_int_equal(bad, 15);
  v[15] = text("duur");
  assert_int_equal(call_scenario(v, 16, &t, &bad), OTFN_ETEXT);
}

/* An fte column that overflows (a tiny fte basis: no input at fault) is
** ORTIJD_ETOOLARGE without an argument, unless an input is wrong too: the
** hourly cost, the last argument, is still named first. */
static void test_scenario_overflow_names_no_argument(void **state)
{
  (void)state;
  static otfn_result t;
  otfn_value v[16];
  for (int k = 0; k < 16; k++)
    v[k] = omitted;
  v[0] = number(5);
  v[1] = number(15);
  v[13] = number(1e-300);
  v[14] = number(1e-10);
  int bad = -2;
  assert_int_equal(call_scenario(v, 16, &t, &bad), ORTIJD_ETOOLARGE);
  assert_int_equal(bad, -1);
  v[15] = number(-3);
  assert_int_equal(call_scenario(v, 16, &t, &bad), ORTIJD_ENEGATIVE);
  assert_int_equal(bad, 15);
}

/* The check: 7 seats, start training of 2 days maatwerk, one
** trainer. Hand arithmetic: 2 days x 2 dagdelen = 4 dagdelen;
** 2023: 4 x 1,160 = 4,640; 2024: 4 x 1,250 = 5,000 (excl. btw). */
static void test_training_cost_example(void **state)
{
  (void)state;
  otfn_value v2023[3] = {number(2), number(1160), number(7)};
  assert_true(call_number("trainingCost", v2023, 3) == 4 * 1160.0);
  assert_true(call_number("trainingCost", v2023, 3) == 4640.0);
  otfn_value v2024[4] = {number(2), number(1250), number(7),
                         text("maatwerk")};
  assert_true(call_number("trainingCost", v2024, 4) == 5000.0);
  /* Open inschrijving 2024: 4 dagdelen x 200 x 7 members = 5,600. */
  otfn_value open[4] = {number(2), number(200), number(7), text(" Open ")};
  assert_true(call_number("trainingCost", open, 4) == 5600.0);
  /* 14 members: a second trainer (from 13), double: 10,000; travel 150 km
  ** at the default 0.40 = 60; 21 % btw: (10,000 + 60) x 1.21 = 12,172.60. */
  otfn_value big[8] = {number(2), number(1250), number(14), number(1),
                       {OTFN_VALUE_VOID, 0, NULL, 0}, number(150),
                       {OTFN_VALUE_VOID, 0, NULL, 0}, number(21)};
  assert_true(fabs(call_number("trainingCost", big, 8) - 12172.60) < 1e-9);
}

static void test_training_cost_rejects(void **state)
{
  (void)state;
  const otfn_function *f = must_find("trainingCost");
  otfn_value v[8] = {number(2), number(1250), number(7), text("cursus")};
  otfn_result r;
  int bad = -2;
  assert_int_equal(otfn_call(f, v, 4, &r, &bad), ORTIJD_ECOURSE);
  assert_int_equal(bad, 3);
  v[3] = number(3);
  assert_int_equal(otfn_call(f, v, 4, &r, &bad), ORTIJD_ECOURSE);
  v[3] = text("2"); /* open inschrijving: 4 dagdelen x 1250 x 7 */
  assert_true(call_ok(f, v, 4).number == 4 * 1250 * 7);
  static const struct {
    int arg;
    double value;
    int status;
  } cases[] = {
    {0, 1.25, ORTIJD_ENOTWHOLE}, {1, -1, ORTIJD_ENEGATIVE},
    {2, 0, ORTIJD_EZERO},        {4, 2.5, ORTIJD_ENOTWHOLE},
    {5, -10, ORTIJD_ENEGATIVE},  {6, NAN, ORTIJD_ENOTFINITE},
    {7, 121, ORTIJD_ETOOLARGE},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    otfn_value w[8] = {number(2), number(1250), number(7), number(1),
                       number(13), number(0), number(0.4), number(0)};
    w[cases[i].arg] = number(cases[i].value);
    r.number = 77;
    bad = -2;
    assert_int_equal(otfn_call(f, w, 8, &r, &bad), cases[i].status);
    assert_int_equal(bad, cases[i].arg);
    assert_true(r.number == 77);
  }
}

static void test_secretary_hours_function(void **state)
{
  (void)state;
  otfn_value v[3] = {number(7)};
  assert_true(call_number("secretaryHours", v, 1) == 728.0);
  v[1] = text("1.5");
  assert_true(call_number("secretaryHours", v, 2) == 546.0);
  v[2] = number(46);
  assert_true(call_number("secretaryHours", v, 3) == 7 * 1.5 * 46);
  const otfn_function *f = must_find("secretaryHours");
  double argv[OTFN_MAX_ARGS] = {7.5, 2, 52};
  double out = 5;
  int bad = -2;
  assert_int_equal(call_numbers(f, argv, 7u, &out, &bad), ORTIJD_ENOTWHOLE);
  assert_int_equal(bad, 0);
  argv[0] = 7;
  argv[1] = 200;
  assert_int_equal(call_numbers(f, argv, 7u, &out, &bad), ORTIJD_ETOOLARGE);
  assert_int_equal(bad, 1);
  argv[1] = 2;
  argv[2] = 0;
  assert_int_equal(call_numbers(f, argv, 7u, &out, &bad), ORTIJD_EZERO);
  assert_int_equal(bad, 2);
  assert_true(out == 5);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_scenario_equals_per_cell),
    cmocka_unit_test(test_scenario_bad_ranges),
    cmocka_unit_test(test_scenario_overflow_names_no_argument),
    cmocka_unit_test(test_training_cost_example),
    cmocka_unit_test(test_training_cost_rejects),
    cmocka_unit_test(test_secretary_hours_function),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
