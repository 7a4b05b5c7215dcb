/*
** test_seats.c - unit tests of ortijd_seats (core/src/seats.c): every
** bracket edge of WOR art. 6 lid 1 on both sides, fractional (average)
** headcounts, the reglement override, and every invalid input with *out
** left untouched.
*/
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "ortijd.h"

/* A value no function writes: proves *out was left alone. */
#define SENTINEL (-12345.0)

/* Statutory seats for `persons`; fails the test unless ORTIJD_OK. */
static double seats_for(double persons)
{
  double out = SENTINEL;
  assert_int_equal(ortijd_seats(persons, 0, 0.0, &out, NULL), ORTIJD_OK);
  return out;
}

/* Asserts that ortijd_seats refuses (persons, override) with `status`
** and leaves *out untouched. */
static void expect_seats_error(double persons, int has_override,
                               double override_seats, int status)
{
  double out = SENTINEL;
  assert_int_equal(ortijd_seats(persons, has_override, override_seats, &out, NULL),
                   status);
  assert_true(out == SENTINEL);
}

static void test_art6_every_bracket_edge(void **state)
{
  (void)state;
  static const struct {
    double persons;
    double seats;
  } cases[] = {
    {0.001, 3},   {1, 3},       {49, 3},      {49.999, 3},  {50, 5},
    {99, 5},      {99.999, 5},  {100, 7},     {199, 7},     {200, 9},
    {399, 9},     {400, 11},    {599, 11},    {600, 13},    {999, 13},
    {1000, 15},   {1999, 15},   {2000, 17},   {2999, 17},   {3000, 19},
    {3999, 19},   {4000, 21},   {4999, 21},   {5000, 23},   {5999, 23},
    {6000, 25},   {6001, 25},   {10000, 25},  {1e6, 25},
    {ORTIJD_MAX_PERSONS, 25},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    double got = seats_for(cases[i].persons);
    if (got != cases[i].seats)
      fail_msg("persons %.17g: expected %g seats, got %g", cases[i].persons,
               cases[i].seats, got);
  }
}

/* "tot" is exclusive: just below each bound stays in the lower bracket,
** also at the last representable double below it. */
static void test_art6_just_below_each_bound_is_lower_bracket(void **state)
{
  (void)state;
  static const double bounds[] = {50,   100,  200,  400,  600, 1000,
                                  2000, 3000, 4000, 5000, 6000};
  static const double below[] = {3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23};
  for (size_t i = 0; i < sizeof bounds / sizeof bounds[0]; i++) {
    assert_true(seats_for(nextafter(bounds[i], 0.0)) == below[i]);
    assert_true(seats_for(bounds[i]) == below[i] + 2.0);
  }
}

static void test_art6_average_headcount_fractions(void **state)
{
  (void)state;
  assert_true(seats_for(49.5) == 3.0);
  assert_true(seats_for(50.5) == 5.0);
  assert_true(seats_for(5999.9) == 23.0);
  assert_true(seats_for(0.25) == 3.0);
}

/* No persons, no OR: 0 (also -0.0) is refused, with or without a
** reglement; the smallest positive number is an enterprise below 50. */
static void test_zero_persons_refused(void **state)
{
  (void)state;
  expect_seats_error(0.0, 0, 0.0, ORTIJD_EZERO);
  expect_seats_error(-0.0, 0, 0.0, ORTIJD_EZERO);
  expect_seats_error(0.0, 1, 9.0, ORTIJD_EZERO);
  assert_true(seats_for(nextafter(0.0, 1.0)) == 3.0);
}

/* The documented limits: persons up to 1e9, a reglement up to 1000. */
static void test_documented_limits(void **state)
{
  (void)state;
  assert_true(seats_for(ORTIJD_MAX_PERSONS) == 25.0);
  expect_seats_error(ORTIJD_MAX_PERSONS + 1.0, 0, 0.0, ORTIJD_ETOOLARGE);
  double out = SENTINEL;
  assert_int_equal(ortijd_seats(250, 1, 1000.0, &out, NULL), ORTIJD_OK);
  assert_true(out == 1000.0);
  expect_seats_error(250, 1, 2000.0, ORTIJD_ETOOLARGE);
  expect_seats_error(250, 1, 1001.0, ORTIJD_ETOOLARGE);
}

static void test_art6_maximum_is_25(void **state)
{
  (void)state;
  for (double p = 6000; p <= 100000; p += 1000)
    assert_true(seats_for(p) == 25.0);
}

/* Art. 6 lid 1: the reglement may set another number, odd or even. */
static void test_override_accepted_and_returned(void **state)
{
  (void)state;
  static const double accepted[] = {1, 2, 3, 4, 8, 24, 26, 100,
                                    ORTIJD_MAX_SEATS};
  for (size_t i = 0; i < sizeof accepted / sizeof accepted[0]; i++) {
    double out = SENTINEL;
    assert_int_equal(ortijd_seats(150, 1, accepted[i], &out, NULL), ORTIJD_OK);
    assert_true(out == accepted[i]);
  }
  /* has_override is any non-zero int */
  double out = SENTINEL;
  assert_int_equal(ortijd_seats(150, -7, 8, &out, NULL), ORTIJD_OK);
  assert_true(out == 8.0);
}

static void test_override_ignored_when_not_given(void **state)
{
  (void)state;
  double out = SENTINEL;
  /* an invalid override value does not matter when has_override is 0 */
  assert_int_equal(ortijd_seats(150, 0, NAN, &out, NULL), ORTIJD_OK);
  assert_true(out == 7.0);
}

static void test_override_refused(void **state)
{
  (void)state;
  expect_seats_error(150, 1, 0.0, ORTIJD_EZERO);
  expect_seats_error(150, 1, -0.0, ORTIJD_EZERO);
  expect_seats_error(150, 1, -1.0, ORTIJD_ENEGATIVE);
  expect_seats_error(150, 1, 7.5, ORTIJD_ENOTWHOLE);
  expect_seats_error(150, 1, 0.5, ORTIJD_ENOTWHOLE);
  expect_seats_error(150, 1, NAN, ORTIJD_ENOTFINITE);
  expect_seats_error(150, 1, INFINITY, ORTIJD_ENOTFINITE);
  expect_seats_error(150, 1, -INFINITY, ORTIJD_ENOTFINITE);
  expect_seats_error(150, 1, ORTIJD_MAX_SEATS + 1.0, ORTIJD_ETOOLARGE);
  expect_seats_error(150, 1, nextafter(ORTIJD_MAX_SEATS, INFINITY),
                     ORTIJD_ENOTWHOLE);
  expect_seats_error(150, 1, 1e300, ORTIJD_ETOOLARGE);
}

/* persons is validated even with an override, and before it. */
static void test_persons_invalid(void **state)
{
  (void)state;
  static const int flags[] = {0, 1};
  for (size_t i = 0; i < 2; i++) {
    int h = flags[i];
    expect_seats_error(NAN, h, 9, ORTIJD_ENOTFINITE);
    expect_seats_error(INFINITY, h, 9, ORTIJD_ENOTFINITE);
    expect_seats_error(-INFINITY, h, 9, ORTIJD_ENOTFINITE);
    expect_seats_error(-1, h, 9, ORTIJD_ENEGATIVE);
    expect_seats_error(nextafter(0.0, -1.0), h, 9, ORTIJD_ENEGATIVE);
    expect_seats_error(nextafter(ORTIJD_MAX_PERSONS, INFINITY), h, 9,
                       ORTIJD_ETOOLARGE);
  }
  /* both wrong: persons decides */
  expect_seats_error(-5, 1, 0, ORTIJD_ENEGATIVE);
}

static void test_null_out(void **state)
{
  (void)state;
  assert_int_equal(ortijd_seats(150, 0, 0, NULL, NULL), ORTIJD_ENULL);
  assert_int_equal(ortijd_seats(150, 1, 9, NULL, NULL), ORTIJD_ENULL);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_art6_every_bracket_edge),
    cmocka_unit_test(test_art6_just_below_each_bound_is_lower_bracket),
    cmocka_unit_test(test_art6_average_headcount_fractions),
    cmocka_unit_test(test_art6_maximum_is_25),
    cmocka_unit_test(test_zero_persons_refused),
    cmocka_unit_test(test_documented_limits),
    cmocka_unit_test(test_override_accepted_and_returned),
    cmocka_unit_test(test_override_ignored_when_not_given),
    cmocka_unit_test(test_override_refused),
    cmocka_unit_test(test_persons_invalid),
    cmocka_unit_test(test_null_out),
  };
  return cmocka_run_group_tests_name("seats", tests, NULL, NULL);
}
