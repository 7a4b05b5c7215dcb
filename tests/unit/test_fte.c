/*
** test_fte.c - unit tests of the conversions of seed 002
** (core/src/fte.c): ortijd_fte (1264 h at 36 h x 52 weeks -> 0.6752) and
** ortijd_member_week_hours (1516 h / 7 seats / 52 weeks), with every
** invalid argument at and past its limits and *out left untouched.
*/
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "ortijd.h"

#define SENTINEL (-12345.0)

/* Signature shared by ortijd_fte and ortijd_member_week_hours. */
typedef int (*convert_fn)(double, double, double, double *, int *);

/* Asserts that f(a, b, c) gives `status`, leaves *out untouched and names
** an argument (0..2) or none (-1) as the one to blame. */
static void expect_error(convert_fn f, double a, double b, double c,
                         int status)
{
  double out = SENTINEL;
  int bad = -100;
  int got = f(a, b, c, &out, &bad);
  if (got != status)
    fail_msg("(%.17g, %.17g, %.17g): status %d, expected %d", a, b, c, got,
             status);
  assert_true(out == SENTINEL);
  assert_true(bad >= -1 && bad <= 2);
}

/* Runs f(a, b, c); fails the test unless ORTIJD_OK (blaming nothing). */
static double convert_ok(convert_fn f, double a, double b, double c)
{
  double out = SENTINEL;
  int bad = -100;
  int got = f(a, b, c, &out, &bad);
  if (got != ORTIJD_OK)
    fail_msg("(%.17g, %.17g, %.17g): status %d", a, b, c, got);
  assert_int_equal(bad, -100);
  return out;
}

/* Seed 002: 36 h x 52 = 1872 h per fte; 1264 h is 67,52 %. */
static void test_fte_seed_1264_hours_at_36h_52w_is_0_6752(void **state)
{
  (void)state;
  double fte = convert_ok(ortijd_fte, 1264, 36, 52);
  assert_true(fte == 1264.0 / 1872.0);
  assert_true(round(fte * 10000.0) == 6752.0);
  assert_true(fabs(fte - 0.6752) < 0.00005);
}

static void test_fte_other_values(void **state)
{
  (void)state;
  assert_true(convert_ok(ortijd_fte, 1872, 36, 52) == 1.0);
  assert_true(convert_ok(ortijd_fte, 0, 36, 52) == 0.0);
  assert_false(signbit(convert_ok(ortijd_fte, -0.0, 36, 52)));
  assert_true(convert_ok(ortijd_fte, 2080, 40, 52) == 1.0);
  assert_true(convert_ok(ortijd_fte, 1516, 40, 52) == 1516.0 / 2080.0);
  /* net weeks: 46 weeks of 36 h = 1656 h */
  assert_true(convert_ok(ortijd_fte, 1656, 36, 46) == 1.0);
  /* limits are inclusive */
  assert_true(convert_ok(ortijd_fte, ORTIJD_MAX_TOTAL_HOURS,
                         ORTIJD_MAX_WEEK_HOURS, ORTIJD_MAX_WEEKS) ==
              ORTIJD_MAX_TOTAL_HOURS / (168.0 * 53.0));
  /* zero hours with a product that underflows is still 0, not NaN */
  double tiny = nextafter(0.0, 1.0);
  assert_true(convert_ok(ortijd_fte, 0, tiny, tiny) == 0.0);
}

static void test_fte_refuses_invalid_hours(void **state)
{
  (void)state;
  expect_error(ortijd_fte, NAN, 36, 52, ORTIJD_ENOTFINITE);
  expect_error(ortijd_fte, INFINITY, 36, 52, ORTIJD_ENOTFINITE);
  expect_error(ortijd_fte, -INFINITY, 36, 52, ORTIJD_ENOTFINITE);
  expect_error(ortijd_fte, -1, 36, 52, ORTIJD_ENEGATIVE);
  expect_error(ortijd_fte, nextafter(0.0, -1.0), 36, 52, ORTIJD_ENEGATIVE);
  expect_error(ortijd_fte, nextafter(ORTIJD_MAX_TOTAL_HOURS, INFINITY), 36,
               52, ORTIJD_ETOOLARGE);
}

static void test_fte_refuses_invalid_week_hours(void **state)
{
  (void)state;
  expect_error(ortijd_fte, 1264, NAN, 52, ORTIJD_ENOTFINITE);
  expect_error(ortijd_fte, 1264, INFINITY, 52, ORTIJD_ENOTFINITE);
  expect_error(ortijd_fte, 1264, -INFINITY, 52, ORTIJD_ENOTFINITE);
  expect_error(ortijd_fte, 1264, -36, 52, ORTIJD_ENEGATIVE);
  expect_error(ortijd_fte, 1264, 0, 52, ORTIJD_EZERO);
  expect_error(ortijd_fte, 1264, -0.0, 52, ORTIJD_EZERO);
  expect_error(ortijd_fte, 1264, nextafter(ORTIJD_MAX_WEEK_HOURS, INFINITY),
               52, ORTIJD_ETOOLARGE);
  assert_true(convert_ok(ortijd_fte, 1264, ORTIJD_MAX_WEEK_HOURS, 52) ==
              1264.0 / (168.0 * 52.0));
}

static void test_fte_refuses_invalid_weeks(void **state)
{
  (void)state;
  expect_error(ortijd_fte, 1264, 36, NAN, ORTIJD_ENOTFINITE);
  expect_error(ortijd_fte, 1264, 36, INFINITY, ORTIJD_ENOTFINITE);
  expect_error(ortijd_fte, 1264, 36, -INFINITY, ORTIJD_ENOTFINITE);
  expect_error(ortijd_fte, 1264, 36, -52, ORTIJD_ENEGATIVE);
  expect_error(ortijd_fte, 1264, 36, 0, ORTIJD_EZERO);
  expect_error(ortijd_fte, 1264, 36, nextafter(ORTIJD_MAX_WEEKS, INFINITY),
               ORTIJD_ETOOLARGE);
  expect_error(ortijd_fte, 1264, 36, 54, ORTIJD_ETOOLARGE);
}

/* Arguments are checked left to right: the first wrong one decides. */
static void test_fte_first_wrong_argument_decides(void **state)
{
  (void)state;
  expect_error(ortijd_fte, -1, 0, NAN, ORTIJD_ENEGATIVE);
  expect_error(ortijd_fte, 1, 0, NAN, ORTIJD_EZERO);
  expect_error(ortijd_fte, 1, 36, NAN, ORTIJD_ENOTFINITE);
}

/* A valid but tiny divisor would overflow the result: refused. */
static void test_fte_overflowing_result_refused(void **state)
{
  (void)state;
  double tiny = nextafter(0.0, 1.0);
  expect_error(ortijd_fte, 1264, tiny, tiny, ORTIJD_ETOOLARGE);
  expect_error(ortijd_fte, 1e9, 1e-300, 1e-10, ORTIJD_ETOOLARGE);
}

static void test_fte_null_out(void **state)
{
  (void)state;
  assert_int_equal(ortijd_fte(1264, 36, 52, NULL, NULL), ORTIJD_ENULL);
  assert_int_equal(ortijd_fte(NAN, 36, 52, NULL, NULL), ORTIJD_ENULL);
}

/* Seed 002's example total: 1516 h / 7 seats / 52 weeks = 4.16 h. */
static void test_member_week_hours_seed_1516_7_seats_52_weeks(void **state)
{
  (void)state;
  double h = convert_ok(ortijd_member_week_hours, 1516, 7, 52);
  assert_true(h == 1516.0 / 364.0);
  assert_true(fabs(h - 1516.0 / 7.0 / 52.0) < 1e-12);
  assert_true(round(h * 100.0) == 416.0);
  /* above the seed's rule-of-thumb minimum of 4 h a week */
  assert_true(h > 4.0);
}

static void test_member_week_hours_other_values(void **state)
{
  (void)state;
  assert_true(convert_ok(ortijd_member_week_hours, 0, 7, 52) == 0.0);
  assert_true(convert_ok(ortijd_member_week_hours, 208, 1, 52) == 4.0);
  assert_true(convert_ok(ortijd_member_week_hours, 1656, 9, 46) == 4.0);
  assert_true(convert_ok(ortijd_member_week_hours, ORTIJD_MAX_TOTAL_HOURS,
                         ORTIJD_MAX_SEATS, ORTIJD_MAX_WEEKS) ==
              ORTIJD_MAX_TOTAL_HOURS / (1000.0 * 53.0));
}

static void test_member_week_hours_refuses_invalid_total(void **state)
{
  (void)state;
  convert_fn f = ortijd_member_week_hours;
  expect_error(f, NAN, 7, 52, ORTIJD_ENOTFINITE);
  expect_error(f, INFINITY, 7, 52, ORTIJD_ENOTFINITE);
  expect_error(f, -INFINITY, 7, 52, ORTIJD_ENOTFINITE);
  expect_error(f, -1, 7, 52, ORTIJD_ENEGATIVE);
  expect_error(f, nextafter(ORTIJD_MAX_TOTAL_HOURS, INFINITY), 7, 52,
               ORTIJD_ETOOLARGE);
}

static void test_member_week_hours_refuses_invalid_seats(void **state)
{
  (void)state;
  convert_fn f = ortijd_member_week_hours;
  expect_error(f, 1516, NAN, 52, ORTIJD_ENOTFINITE);
  expect_error(f, 1516, INFINITY, 52, ORTIJD_ENOTFINITE);
  expect_error(f, 1516, -INFINITY, 52, ORTIJD_ENOTFINITE);
  expect_error(f, 1516, -7, 52, ORTIJD_ENEGATIVE);
  expect_error(f, 1516, 0, 52, ORTIJD_EZERO);
  expect_error(f, 1516, 7.5, 52, ORTIJD_ENOTWHOLE);
  expect_error(f, 1516, 0.5, 52, ORTIJD_ENOTWHOLE);
  expect_error(f, 1516, nextafter(ORTIJD_MAX_SEATS, INFINITY), 52,
               ORTIJD_ENOTWHOLE);
  expect_error(f, 1516, ORTIJD_MAX_SEATS + 1.0, 52, ORTIJD_ETOOLARGE);
  assert_true(convert_ok(f, 1000, ORTIJD_MAX_SEATS, 1) == 1.0);
}

static void test_member_week_hours_refuses_invalid_weeks(void **state)
{
  (void)state;
  convert_fn f = ortijd_member_week_hours;
  expect_error(f, 1516, 7, NAN, ORTIJD_ENOTFINITE);
  expect_error(f, 1516, 7, INFINITY, ORTIJD_ENOTFINITE);
  expect_error(f, 1516, 7, -INFINITY, ORTIJD_ENOTFINITE);
  expect_error(f, 1516, 7, -1, ORTIJD_ENEGATIVE);
  expect_error(f, 1516, 7, 0, ORTIJD_EZERO);
  expect_error(f, 1516, 7, nextafter(ORTIJD_MAX_WEEKS, INFINITY),
               ORTIJD_ETOOLARGE);
  expect_error(f, 1516, 7, nextafter(0.0, 1.0), ORTIJD_ETOOLARGE);
}

static void test_member_week_hours_first_wrong_argument_decides(void **state)
{
  (void)state;
  convert_fn f = ortijd_member_week_hours;
  expect_error(f, NAN, 0.5, 0, ORTIJD_ENOTFINITE);
  expect_error(f, 1, 0.5, 0, ORTIJD_ENOTWHOLE);
  expect_error(f, 1, 2, 0, ORTIJD_EZERO);
}

static void test_member_week_hours_null_out(void **state)
{
  (void)state;
  assert_int_equal(ortijd_member_week_hours(1516, 7, 52, NULL, NULL), ORTIJD_ENULL);
  assert_int_equal(ortijd_member_week_hours(1516, 0, 52, NULL, NULL), ORTIJD_ENULL);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_fte_seed_1264_hours_at_36h_52w_is_0_6752),
    cmocka_unit_test(test_fte_other_values),
    cmocka_unit_test(test_fte_refuses_invalid_hours),
    cmocka_unit_test(test_fte_refuses_invalid_week_hours),
    cmocka_unit_test(test_fte_refuses_invalid_weeks),
    cmocka_unit_test(test_fte_first_wrong_argument_decides),
    cmocka_unit_test(test_fte_overflowing_result_refused),
    cmocka_unit_test(test_fte_null_out),
    cmocka_unit_test(test_member_week_hours_seed_1516_7_seats_52_weeks),
    cmocka_unit_test(test_member_week_hours_other_values),
    cmocka_unit_test(test_member_week_hours_refuses_invalid_total),
    cmocka_unit_test(test_member_week_hours_refuses_invalid_seats),
    cmocka_unit_test(test_member_week_hours_refuses_invalid_weeks),
    cmocka_unit_test(test_member_week_hours_first_wrong_argument_decides),
    cmocka_unit_test(test_member_week_hours_null_out),
  };
  return cmocka_run_group_tests_name("fte", tests, NULL, NULL);
}
