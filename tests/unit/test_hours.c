/*
** test_hours.c - unit tests of seed 002's annual hours model
** (core/src/hours.c, core/src/hours_table.c): the worked example for 7 seats,
** the 172 n + 312 sweep, every default overridden one at a time, the
** validation of every field at and just past its limits, the index that
** ortijd_params_first_invalid names, and the hours table's rows.
*/
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "ortijd.h"

#define FIELD_COUNT 12

/* Pointer to field `i` of *p in declaration order (0 = seats). */
static double *field(ortijd_params *p, int i)
{
  double *const f[FIELD_COUNT] = {
    &p->seats,           &p->joint_meetings,        &p->joint_meeting_hours,
    &p->council_meetings, &p->council_meeting_hours, &p->preparation_hours,
    &p->other_hours,     &p->training_days,         &p->training_day_hours,
    &p->chair_week_hours, &p->secretary_week_hours,  &p->weeks_per_year,
  };
  assert_true(i >= 0 && i < FIELD_COUNT);
  return f[i];
}

/* Upper limit of field `i` as documented in ortijd.h. */
static double field_max(int i)
{
  static const double max[FIELD_COUNT] = {
    ORTIJD_MAX_SEATS,      ORTIJD_MAX_MEETINGS,   ORTIJD_MAX_DAY_HOURS,
    ORTIJD_MAX_MEETINGS,   ORTIJD_MAX_DAY_HOURS,  ORTIJD_MAX_DAY_HOURS,
    ORTIJD_MAX_YEAR_HOURS, ORTIJD_MAX_YEAR_DAYS,  ORTIJD_MAX_DAY_HOURS,
    ORTIJD_MAX_WEEK_HOURS, ORTIJD_MAX_WEEK_HOURS, ORTIJD_MAX_WEEKS,
  };
  return max[i];
}

/* Fields that must be above zero: seats (0) and weeks_per_year (11). */
static int field_positive(int i)
{
  return i == 0 || i == 11;
}

/* A breakdown filled with a pattern no successful call writes. */
static ortijd_breakdown sentinel_breakdown(void)
{
  ortijd_breakdown b;
  for (int i = 0; i < ORTIJD_LINE_COUNT; i++)
    b.line[i] = -1000.0 - i;
  b.meetings_subtotal = -2000.0;
  b.total = -3000.0;
  return b;
}

/* Non-zero if *b still holds sentinel_breakdown(). */
static int is_sentinel(const ortijd_breakdown *b)
{
  ortijd_breakdown s = sentinel_breakdown();
  return memcmp(b, &s, sizeof s) == 0;
}

/* Runs ortijd_hours on *p; fails the test unless ORTIJD_OK. */
static ortijd_breakdown hours_ok(const ortijd_params *p)
{
  ortijd_breakdown b = sentinel_breakdown();
  int status = ortijd_hours(p, &b, NULL);
  if (status != ORTIJD_OK)
    fail_msg("ortijd_hours failed with %d", status);
  return b;
}

/* The model of rules.md written out again, independently of the core. */
static ortijd_breakdown expected(const ortijd_params *p)
{
  ortijd_breakdown b;
  double n = p->seats;
  b.line[ORTIJD_LINE_JOINT_MEETINGS] =
      n * p->joint_meetings * p->joint_meeting_hours;
  b.line[ORTIJD_LINE_COUNCIL_MEETINGS] =
      n * p->council_meetings * p->council_meeting_hours;
  b.line[ORTIJD_LINE_PREPARATION] =
      n * (p->joint_meetings + p->council_meetings) * p->preparation_hours;
  b.line[ORTIJD_LINE_OTHER] = n * p->other_hours;
  b.line[ORTIJD_LINE_TRAINING] = n * p->training_days * p->training_day_hours;
  b.line[ORTIJD_LINE_EXECUTIVE] =
      (p->chair_week_hours + p->secretary_week_hours) * p->weeks_per_year;
  b.meetings_subtotal = b.line[0] + b.line[1] + b.line[2];
  b.total = b.meetings_subtotal + b.line[3] + b.line[4] + b.line[5];
  return b;
}

static void test_params_init_sets_seed_defaults(void **state)
{
  (void)state;
  ortijd_params p;
  memset(&p, 0xAB, sizeof p);
  ortijd_params_init(&p, 7);
  assert_true(p.seats == 7);
  assert_true(p.joint_meetings == 6);
  assert_true(p.joint_meeting_hours == 2);
  assert_true(p.council_meetings == 12);
  assert_true(p.council_meeting_hours == 2);
  assert_true(p.preparation_hours == 2);
  assert_true(p.other_hours == 60);
  assert_true(p.training_days == 5);
  assert_true(p.training_day_hours == 8);
  assert_true(p.chair_week_hours == 2);
  assert_true(p.secretary_week_hours == 4);
  assert_true(p.weeks_per_year == 52);
  /* no validation: an invalid seats value is stored as given */
  ortijd_params_init(&p, -3.5);
  assert_true(p.seats == -3.5);
  ortijd_params_init(NULL, 7); /* ignored, must not crash */
}

/* Seed 002 "Voorbeeldberekening", 7 seats: 84, 168, 252 (504), 420,
** 280 (the seed prints the running 924), 312; total 1516. */
static void test_seed_worked_example_7_seats(void **state)
{
  (void)state;
  ortijd_params p;
  ortijd_params_init(&p, 7);
  ortijd_breakdown b = hours_ok(&p);
  assert_true(b.line[ORTIJD_LINE_JOINT_MEETINGS] == 84.0);
  assert_true(b.line[ORTIJD_LINE_COUNCIL_MEETINGS] == 168.0);
  assert_true(b.line[ORTIJD_LINE_PREPARATION] == 252.0);
  assert_true(b.meetings_subtotal == 504.0);
  assert_true(b.line[ORTIJD_LINE_OTHER] == 420.0);
  assert_true(b.line[ORTIJD_LINE_TRAINING] == 280.0);
  assert_true(b.line[ORTIJD_LINE_EXECUTIVE] == 312.0);
  assert_true(b.total == 1516.0);
  /* the seed's "924" is the running subtotal, not the training line */
  assert_true(b.meetings_subtotal + b.line[ORTIJD_LINE_OTHER] == 924.0);
  /* the seed's fte example (1264 h) is the total without preparation */
  assert_true(b.total - b.line[ORTIJD_LINE_PREPARATION] == 1264.0);
}

/* With the defaults every seat adds 12+24+36+60+40 = 172 h, plus 312 h
** for the executive: total = 172 n + 312. */
static void test_sweep_172n_plus_312_for_5_to_15_seats(void **state)
{
  (void)state;
  for (int n = 5; n <= 15; n++) {
    ortijd_params p;
    ortijd_params_init(&p, n);
    ortijd_breakdown b = hours_ok(&p);
    if (b.total != 172.0 * n + 312.0)
      fail_msg("n=%d: total %g, expected %g", n, b.total, 172.0 * n + 312.0);
    assert_true(b.meetings_subtotal == 72.0 * n);
    assert_true(b.line[ORTIJD_LINE_EXECUTIVE] == 312.0);
  }
}

/* Each default replaced by another value, one at a time: only the lines
** whose formula uses that field change, and by the formula. */
static void test_each_default_overridden_alone(void **state)
{
  (void)state;
  /* field, new value, lines it should change (bit mask) */
  static const struct {
    int field;
    double value;
    unsigned lines;
  } cases[] = {
    {0, 9, 0x1F},     /* seats: every per-member line */
    {1, 10, 0x05},    /* joint meetings: OV and preparation */
    {2, 1.5, 0x01},   /* hours per OV */
    {3, 20, 0x06},    /* council meetings: OR meetings and preparation */
    {4, 3, 0x02},     /* hours per OR meeting */
    {5, 1, 0x04},     /* preparation hours */
    {6, 80, 0x08},    /* other hours */
    {7, 8, 0x10},     /* training days (e.g. both, art. 18 lid 3 sub c) */
    {8, 7.2, 0x10},   /* hours per training day */
    {9, 3, 0x20},     /* chair */
    {10, 6, 0x20},    /* secretary */
    {11, 46, 0x20},   /* net weeks */
  };
  ortijd_params base;
  ortijd_params_init(&base, 7);
  ortijd_breakdown b0 = hours_ok(&base);
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    ortijd_params p = base;
    *field(&p, cases[c].field) = cases[c].value;
    ortijd_breakdown b = hours_ok(&p);
    ortijd_breakdown e = expected(&p);
    for (int l = 0; l < ORTIJD_LINE_COUNT; l++) {
      if (b.line[l] != e.line[l])
        fail_msg("field %d: line %d is %g, expected %g", cases[c].field, l,
                 b.line[l], e.line[l]);
      unsigned changed = b.line[l] != b0.line[l];
      if (changed != ((cases[c].lines >> l) & 1u))
        fail_msg("field %d: line %d %s", cases[c].field, l,
                 changed ? "changed" : "did not change");
    }
    assert_true(b.meetings_subtotal == e.meetings_subtotal);
    assert_true(b.total == e.total);
  }
}

/* The same overrides, checked against hand-computed numbers. */
static void test_overrides_exact_values(void **state)
{
  (void)state;
  ortijd_params p;
  ortijd_params_init(&p, 7);
  p.joint_meetings = 10; /* 7x10x2 = 140, prep 7x22x2 = 308 */
  ortijd_breakdown b = hours_ok(&p);
  assert_true(b.line[ORTIJD_LINE_JOINT_MEETINGS] == 140.0);
  assert_true(b.line[ORTIJD_LINE_PREPARATION] == 308.0);
  assert_true(b.total == 1516.0 + 56.0 + 56.0);

  ortijd_params_init(&p, 7);
  p.other_hours = 80; /* 7x80 = 560 */
  b = hours_ok(&p);
  assert_true(b.line[ORTIJD_LINE_OTHER] == 560.0);
  assert_true(b.total == 1656.0);

  ortijd_params_init(&p, 7);
  p.training_days = 8; /* 7x8x8 = 448 */
  b = hours_ok(&p);
  assert_true(b.line[ORTIJD_LINE_TRAINING] == 448.0);
  assert_true(b.total == 1684.0);

  ortijd_params_init(&p, 7);
  p.weeks_per_year = 46; /* 6x46 = 276 */
  b = hours_ok(&p);
  assert_true(b.line[ORTIJD_LINE_EXECUTIVE] == 276.0);
  assert_true(b.total == 1480.0);

  ortijd_params_init(&p, 7);
  p.preparation_hours = 0; /* the seed's 1264 h variant */
  b = hours_ok(&p);
  assert_true(b.line[ORTIJD_LINE_PREPARATION] == 0.0);
  assert_true(b.total == 1264.0);
}

/* No statutory minimum is enforced: every field except seats and weeks
** may be zero (a PVT has no minimum; agreements may differ). */
static void test_zero_allowed_except_seats_and_weeks(void **state)
{
  (void)state;
  for (int i = 1; i < FIELD_COUNT - 1; i++) {
    ortijd_params p;
    ortijd_params_init(&p, 7);
    *field(&p, i) = 0.0;
    ortijd_breakdown b = hours_ok(&p);
    ortijd_breakdown e = expected(&p);
    assert_true(b.total == e.total);
  }
  ortijd_params p;
  ortijd_params_init(&p, 1);
  for (int i = 1; i < FIELD_COUNT - 1; i++)
    *field(&p, i) = 0.0;
  ortijd_breakdown b = hours_ok(&p);
  assert_true(b.total == 0.0);
}

/* -0.0 is accepted as zero and never shows as "-0" in a result. */
static void test_negative_zero_gives_positive_zero(void **state)
{
  (void)state;
  ortijd_params p;
  ortijd_params_init(&p, 7);
  p.joint_meetings = -0.0;
  p.council_meetings = -0.0;
  p.other_hours = -0.0;
  p.training_days = -0.0;
  p.chair_week_hours = -0.0;
  p.secretary_week_hours = -0.0;
  ortijd_breakdown b = hours_ok(&p);
  for (int l = 0; l < ORTIJD_LINE_COUNT; l++) {
    assert_true(b.line[l] == 0.0);
    assert_false(signbit(b.line[l]));
  }
  assert_false(signbit(b.meetings_subtotal));
  assert_false(signbit(b.total));
}

/* Fractions are allowed for everything but seats (agreed averages). */
static void test_fractions_allowed_except_seats(void **state)
{
  (void)state;
  ortijd_params p;
  ortijd_params_init(&p, 7);
  p.joint_meetings = 6.5;
  p.joint_meeting_hours = 1.5;
  p.training_day_hours = 7.2;
  p.weeks_per_year = 52.5;
  ortijd_breakdown b = hours_ok(&p);
  ortijd_breakdown e = expected(&p);
  assert_true(memcmp(&b, &e, sizeof b) == 0);
  assert_true(b.line[ORTIJD_LINE_JOINT_MEETINGS] == 68.25);
  assert_true(b.line[ORTIJD_LINE_EXECUTIVE] == 315.0);
}

/* Every field at its upper limit is accepted, and the result is finite. */
static void test_every_field_at_its_limit_accepted(void **state)
{
  (void)state;
  ortijd_params p;
  ortijd_params_init(&p, 7);
  for (int i = 0; i < FIELD_COUNT; i++) {
    ortijd_params q = p;
    *field(&q, i) = field_max(i);
    ortijd_breakdown b = hours_ok(&q);
    assert_true(b.total == expected(&q).total);
  }
  for (int i = 0; i < FIELD_COUNT; i++)
    *field(&p, i) = field_max(i);
  ortijd_breakdown b = hours_ok(&p);
  assert_true(isfinite(b.total));
  /* 1000 x 2000 x 24 = 48,000,000 h of preparation */
  assert_true(b.line[ORTIJD_LINE_PREPARATION] == 4.8e7);
  assert_true(b.total == expected(&p).total);
  /* seats 1 and the smallest positive weeks are accepted */
  ortijd_params_init(&p, 1);
  p.weeks_per_year = nextafter(0.0, 1.0);
  b = hours_ok(&p);
  assert_true(b.line[ORTIJD_LINE_EXECUTIVE] >= 0.0);
  assert_true(b.total == 172.0 + b.line[ORTIJD_LINE_EXECUTIVE]);
}

/* Asserts that field `i` set to `value` is refused with `status`, that
** ortijd_params_first_invalid names field i with that status, and that
** *out is untouched. */
static void expect_field_error(int i, double value, int status)
{
  ortijd_params p;
  ortijd_params_init(&p, 7);
  *field(&p, i) = value;
  ortijd_breakdown b = sentinel_breakdown();
  int got = ortijd_hours(&p, &b, NULL);
  if (got != status)
    fail_msg("field %d = %.17g: status %d, expected %d", i, value, got,
             status);
  assert_true(is_sentinel(&b));
  int s = 12345;
  assert_int_equal(ortijd_params_first_invalid(&p, &s), i);
  assert_int_equal(s, status);
  assert_int_equal(ortijd_params_first_invalid(&p, NULL), i);
}

static void test_every_field_refuses_nan_and_inf(void **state)
{
  (void)state;
  for (int i = 0; i < FIELD_COUNT; i++) {
    expect_field_error(i, NAN, ORTIJD_ENOTFINITE);
    expect_field_error(i, -NAN, ORTIJD_ENOTFINITE);
    expect_field_error(i, INFINITY, ORTIJD_ENOTFINITE);
    expect_field_error(i, -INFINITY, ORTIJD_ENOTFINITE);
  }
}

static void test_every_field_refuses_negative(void **state)
{
  (void)state;
  for (int i = 0; i < FIELD_COUNT; i++) {
    expect_field_error(i, -1.0, ORTIJD_ENEGATIVE);
    expect_field_error(i, -1e300, ORTIJD_ENEGATIVE);
    expect_field_error(i, nextafter(0.0, -1.0), ORTIJD_ENEGATIVE);
  }
}

static void test_every_field_refuses_just_above_limit(void **state)
{
  (void)state;
  for (int i = 0; i < FIELD_COUNT; i++) {
    /* seats must be whole, so the next double above 1000 is a fraction */
    int status_next = i == 0 ? ORTIJD_ENOTWHOLE : ORTIJD_ETOOLARGE;
    expect_field_error(i, nextafter(field_max(i), INFINITY), status_next);
    expect_field_error(i, field_max(i) + 1.0, ORTIJD_ETOOLARGE);
    expect_field_error(i, 1e300, ORTIJD_ETOOLARGE);
  }
}

static void test_seats_and_weeks_refuse_zero(void **state)
{
  (void)state;
  for (int i = 0; i < FIELD_COUNT; i++) {
    if (!field_positive(i))
      continue;
    expect_field_error(i, 0.0, ORTIJD_EZERO);
    expect_field_error(i, -0.0, ORTIJD_EZERO);
  }
}

static void test_seats_refuse_fractions(void **state)
{
  (void)state;
  expect_field_error(0, 7.5, ORTIJD_ENOTWHOLE);
  expect_field_error(0, 0.5, ORTIJD_ENOTWHOLE);
  expect_field_error(0, nextafter(7.0, 8.0), ORTIJD_ENOTWHOLE);
  expect_field_error(0, nextafter(1.0, 0.0), ORTIJD_ENOTWHOLE);
}

/* Of several invalid fields, the first in declaration order decides. */
static void test_first_invalid_field_decides(void **state)
{
  (void)state;
  ortijd_params p;
  ortijd_params_init(&p, 7);
  p.weeks_per_year = 0;
  p.other_hours = -1;
  p.council_meetings = NAN;
  ortijd_breakdown b = sentinel_breakdown();
  assert_int_equal(ortijd_hours(&p, &b, NULL), ORTIJD_ENOTFINITE);
  assert_true(is_sentinel(&b));
  int s = 0;
  assert_int_equal(ortijd_params_first_invalid(&p, &s), 3);
  assert_int_equal(s, ORTIJD_ENOTFINITE);
  p.council_meetings = 12;
  assert_int_equal(ortijd_params_first_invalid(&p, &s), 6);
  assert_int_equal(s, ORTIJD_ENEGATIVE);
  p.other_hours = 60;
  assert_int_equal(ortijd_params_first_invalid(&p, &s), 11);
  assert_int_equal(s, ORTIJD_EZERO);
}

static void test_first_invalid_all_valid_and_null(void **state)
{
  (void)state;
  ortijd_params p;
  ortijd_params_init(&p, 7);
  int s = 12345;
  assert_int_equal(ortijd_params_first_invalid(&p, &s), -1);
  assert_int_equal(s, ORTIJD_OK);
  assert_int_equal(ortijd_params_first_invalid(&p, NULL), -1);
  s = 12345;
  assert_int_equal(ortijd_params_first_invalid(NULL, &s), -1);
  assert_int_equal(s, ORTIJD_ENULL);
  assert_int_equal(ortijd_params_first_invalid(NULL, NULL), -1);
}

static void test_hours_null_pointers(void **state)
{
  (void)state;
  ortijd_params p;
  ortijd_params_init(&p, 7);
  ortijd_breakdown b = sentinel_breakdown();
  assert_int_equal(ortijd_hours(NULL, &b, NULL), ORTIJD_ENULL);
  assert_true(is_sentinel(&b));
  assert_int_equal(ortijd_hours(&p, NULL, NULL), ORTIJD_ENULL);
  assert_int_equal(ortijd_hours(NULL, NULL, NULL), ORTIJD_ENULL);
  /* NULL wins over an invalid field */
  p.seats = NAN;
  assert_int_equal(ortijd_hours(&p, NULL, NULL), ORTIJD_ENULL);
}

static void test_labels_dutch(void **state)
{
  (void)state;
  assert_string_equal(ortijd_hours_row_label(ORTIJD_HOURS_ROW_JOINT_MEETINGS),
                      "Overlegvergaderingen");
  assert_string_equal(
      ortijd_hours_row_label(ORTIJD_HOURS_ROW_COUNCIL_MEETINGS),
      "OR-vergaderingen");
  assert_string_equal(ortijd_hours_row_label(ORTIJD_HOURS_ROW_PREPARATION),
                      "Voorbereiding");
  assert_string_equal(ortijd_hours_row_label(ORTIJD_HOURS_ROW_OTHER),
                      "Overige tijd (art. 18 WOR)");
  assert_string_equal(ortijd_hours_row_label(ORTIJD_HOURS_ROW_TRAINING),
                      "Scholing (art. 18 WOR)");
  assert_string_equal(ortijd_hours_row_label(ORTIJD_HOURS_ROW_EXECUTIVE),
                      "Dagelijks bestuur");
  assert_string_equal(
      ortijd_hours_row_label(ORTIJD_HOURS_ROW_MEETINGS_SUBTOTAL),
      "Subtotaal overleg");
  assert_string_equal(ortijd_hours_row_label(ORTIJD_HOURS_ROW_TOTAL),
                      "Totaal");
}

/* The hours table of the worked example (ORURENSTAAT(7)): the lines in
** their order with the subtotal after the meetings and the total last. */
static void test_hours_table_rows(void **state)
{
  (void)state;
  assert_int_equal(ORTIJD_HOURS_ROW_COUNT, 8);
  ortijd_params p;
  ortijd_params_init(&p, 7.0);
  ortijd_breakdown b = hours_ok(&p);
  double v[ORTIJD_HOURS_ROW_COUNT];
  ortijd_hours_table(&b, v);
  static const double expect[] = {84, 168, 252, 504, 420, 280, 312, 1516};
  for (int r = 0; r < ORTIJD_HOURS_ROW_COUNT; r++)
    assert_true(v[r] == expect[r]);
  assert_true(v[ORTIJD_HOURS_ROW_MEETINGS_SUBTOTAL] == b.meetings_subtotal);
  assert_true(v[ORTIJD_HOURS_ROW_TOTAL] == b.total);
}

static void test_labels_out_of_range_are_null(void **state)
{
  (void)state;
  static const int bad[] = {ORTIJD_HOURS_ROW_COUNT,
                            ORTIJD_HOURS_ROW_COUNT + 1, -1, 1000000,
                            -1000000};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    assert_null(ortijd_hours_row_label((ortijd_hours_row)bad[i]));
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_params_init_sets_seed_defaults),
    cmocka_unit_test(test_seed_worked_example_7_seats),
    cmocka_unit_test(test_sweep_172n_plus_312_for_5_to_15_seats),
    cmocka_unit_test(test_each_default_overridden_alone),
    cmocka_unit_test(test_overrides_exact_values),
    cmocka_unit_test(test_zero_allowed_except_seats_and_weeks),
    cmocka_unit_test(test_negative_zero_gives_positive_zero),
    cmocka_unit_test(test_fractions_allowed_except_seats),
    cmocka_unit_test(test_every_field_at_its_limit_accepted),
    cmocka_unit_test(test_every_field_refuses_nan_and_inf),
    cmocka_unit_test(test_every_field_refuses_negative),
    cmocka_unit_test(test_every_field_refuses_just_above_limit),
    cmocka_unit_test(test_seats_and_weeks_refuse_zero),
    cmocka_unit_test(test_seats_refuse_fractions),
    cmocka_unit_test(test_first_invalid_field_decides),
    cmocka_unit_test(test_first_invalid_all_valid_and_null),
    cmocka_unit_test(test_hours_null_pointers),
    cmocka_unit_test(test_labels_dutch),
    cmocka_unit_test(test_hours_table_rows),
    cmocka_unit_test(test_labels_out_of_range_are_null),
  };
  return cmocka_run_group_tests_name("hours", tests, NULL, NULL);
}
