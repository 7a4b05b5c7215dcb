/*
** test_costs.c - unit tests of core/src/costs.c: the course fee at
** SER-style rates (WOR art. 22 lid 3), the course kinds, the ambtelijk
** secretaris hours, the wage cost and the scenario range. The example OR
** of the issue (7 seats, a 2-day maatwerk start training, one trainer) is
** checked against hand arithmetic at the SER richtbedragen of 2023 and
** 2024 (docs/sources.md: 2023 EUR 1,160 per dagdeel, Rendement
** 26-10-2022 and VCP; 2024 EUR 1,250, UOV and Performa 02-11-2023).
*/
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "ortijd.h"

static double course_total(const ortijd_course_params *p)
{
  ortijd_course_cost c;
  assert_int_equal(ortijd_course_cost_calc(p, &c, NULL), ORTIJD_OK);
  assert_true(fabs(c.total - (c.fee + c.travel + c.vat)) < 1e-9);
  return c.total;
}

/* The example OR: 7 seats, start training of 2 days maatwerk, 1 trainer.
** Hand arithmetic: 2 days = 4 dagdelen; 4 x 1,160 = 4,640 (2023);
** 4 x 1,250 = 5,000 (2024); excl. btw, venue not included. */
static void test_example_start_training(void **state)
{
  (void)state;
  ortijd_course_params p;
  ortijd_course_params_init(&p, 2.0, 1160.0, 7.0);
  ortijd_course_cost c;
  assert_int_equal(ortijd_course_cost_calc(&p, &c, NULL), ORTIJD_OK);
  assert_true(c.dagdelen == 4.0);
  assert_true(c.trainers == 1.0);
  assert_true(c.fee == 4.0 * 1160.0);
  assert_true(c.fee == 4640.0);
  assert_true(c.travel == 0.0 && c.vat == 0.0);
  assert_true(c.total == 4640.0);
  ortijd_course_params_init(&p, 2.0, 1250.0, 7.0);
  assert_true(course_total(&p) == 5000.0);
  /* 21 % btw: 5,000 x 1.21 = 6,050; 4,640 x 1.21 = 5,614.40. */
  p.vat_percent = 21.0;
  assert_true(fabs(course_total(&p) - 6050.0) < 1e-9);
  p.rate = 1160.0;
  assert_true(fabs(course_total(&p) - 5614.40) < 1e-9);
}

static void test_second_trainer_and_open_course(void **state)
{
  (void)state;
  ortijd_course_params p;
  /* Maatwerk, 1 day (2 dagdelen) at 1,250: 12 members one trainer
  ** (2,500); 13 members two trainers (5,000, SER 2017/2018 "13 of meer"). */
  ortijd_course_params_init(&p, 1.0, 1250.0, 12.0);
  assert_true(course_total(&p) == 2500.0);
  p.participants = 13.0;
  assert_true(course_total(&p) == 5000.0);
  p.second_trainer_from = 14.0; /* "groter dan 13" */
  assert_true(course_total(&p) == 2500.0);
  p.second_trainer_from = 0.0; /* never */
  p.participants = 1000.0;
  assert_true(course_total(&p) == 2500.0);
  /* Open inschrijving 2024: 2 days x 2 dagdelen x 200 x 7 = 5,600. */
  ortijd_course_params_init(&p, 2.0, 200.0, 7.0);
  p.course = ORTIJD_COURSE_OPEN;
  ortijd_course_cost c;
  assert_int_equal(ortijd_course_cost_calc(&p, &c, NULL), ORTIJD_OK);
  assert_true(c.total == 5600.0 && c.trainers == 0.0);
  /* Travel apart: 120 km x 0.40 = 48, plus 21 % btw over fee and travel. */
  ortijd_course_params_init(&p, 0.5, 1000.0, 5.0);
  p.km = 120.0;
  assert_int_equal(ortijd_course_cost_calc(&p, &c, NULL), ORTIJD_OK);
  assert_true(c.dagdelen == 1.0 && c.fee == 1000.0);
  assert_true(fabs(c.travel - 48.0) < 1e-12);
  p.vat_percent = 21.0;
  assert_true(fabs(course_total(&p) - 1048.0 * 1.21) < 1e-9);
}

static void test_course_rejects(void **state)
{
  (void)state;
  ortijd_course_params p;
  ortijd_course_cost c;
  memset(&c, 0x5A, sizeof c);
  ortijd_course_cost before = c;
  int status;
  struct {
    int field;
    double value;
    int status;
  } cases[] = {
    {0, 0.25, ORTIJD_ENOTWHOLE}, {0, -1.0, ORTIJD_ENEGATIVE},
    {0, NAN, ORTIJD_ENOTFINITE}, {0, 367.0, ORTIJD_ETOOLARGE},
    {1, -0.01, ORTIJD_ENEGATIVE}, {1, INFINITY, ORTIJD_ENOTFINITE},
    {2, 0.0, ORTIJD_EZERO}, {2, 7.5, ORTIJD_ENOTWHOLE},
    {2, 1001.0, ORTIJD_ETOOLARGE}, {3, 3.0, ORTIJD_ECOURSE},
    {3, 0.0, ORTIJD_ECOURSE}, {3, 1.5, ORTIJD_ENOTWHOLE},
    {4, 13.5, ORTIJD_ENOTWHOLE}, {4, -1.0, ORTIJD_ENEGATIVE},
    {5, 1.0e7, ORTIJD_ETOOLARGE}, {6, -0.4, ORTIJD_ENEGATIVE},
    {7, 101.0, ORTIJD_ETOOLARGE}, {7, NAN, ORTIJD_ENOTFINITE},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    ortijd_course_params_init(&p, 2.0, 1250.0, 7.0);
    double *fields = (double *)&p;
    fields[cases[i].field] = cases[i].value;
    assert_int_equal(ortijd_course_cost_calc(&p, &c, NULL), cases[i].status);
    assert_memory_equal(&c, &before, sizeof c);
    assert_int_equal(ortijd_course_params_first_invalid(&p, &status),
                     cases[i].field);
    assert_int_equal(status, cases[i].status);
  }
  ortijd_course_params_init(&p, 2.0, 1250.0, 7.0);
  assert_int_equal(ortijd_course_params_first_invalid(&p, &status), -1);
  assert_int_equal(status, ORTIJD_OK);
  assert_int_equal(ortijd_course_cost_calc(NULL, &c, NULL), ORTIJD_ENULL);
  assert_int_equal(ortijd_course_cost_calc(&p, NULL, NULL), ORTIJD_ENULL);
  /* Huge but valid inputs stay finite. */
  ortijd_course_params_init(&p, 366.0, ORTIJD_MAX_AMOUNT, 1000.0);
  p.course = 2.0;
  p.km = ORTIJD_MAX_KM;
  p.km_rate = ORTIJD_MAX_AMOUNT;
  p.vat_percent = 100.0;
  assert_true(isfinite(course_total(&p)));
}

static void test_course_parse(void **state)
{
  (void)state;
  ortijd_course c;
  static const char *const custom[] = {"maatwerk", " MAATWERK\t", "Incompany",
                                       "in-company", "custom", "1"};
  static const char *const open[] = {"open", "Open Inschrijving",
                                     "openinschrijving", " 2 "};
  for (size_t i = 0; i < sizeof custom / sizeof custom[0]; i++) {
    assert_int_equal(ortijd_course_parse(custom[i], strlen(custom[i]), &c),
                     ORTIJD_OK);
    assert_int_equal(c, ORTIJD_COURSE_CUSTOM);
  }
  for (size_t i = 0; i < sizeof open / sizeof open[0]; i++) {
    assert_int_equal(ortijd_course_parse(open[i], strlen(open[i]), &c),
                     ORTIJD_OK);
    assert_int_equal(c, ORTIJD_COURSE_OPEN);
  }
  static const char *const bad[] = {"", "maat werk", "open  inschrijving",
                                    "3", "openx", "maatwerk!", "o"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    assert_int_equal(ortijd_course_parse(bad[i], strlen(bad[i]), &c),
                     ORTIJD_ECOURSE);
  /* Only len bytes are read. */
  assert_int_equal(ortijd_course_parse("openXYZ", 4, &c), ORTIJD_OK);
  assert_int_equal(ortijd_course_parse(NULL, 0, &c), ORTIJD_ENULL);
  assert_int_equal(ortijd_course_from_number(2.0, &c), ORTIJD_OK);
  assert_int_equal(c, ORTIJD_COURSE_OPEN);
  assert_int_equal(ortijd_course_from_number(NAN, &c), ORTIJD_ENOTFINITE);
  assert_int_equal(ortijd_course_from_number(-1.0, &c), ORTIJD_ECOURSE);
  assert_string_not_equal(ortijd_strerror(ORTIJD_ECOURSE), "unknown status");
  assert_string_not_equal(ortijd_strerror(ORTIJD_ERANGE), "unknown status");
}

/* Ambtelijk secretaris: 7 seats x 2 h x 52 = 728; 1.5 h: 546. */
static void test_secretary_hours(void **state)
{
  (void)state;
  double h = -1;
  assert_int_equal(ortijd_secretary_hours(7, 2, 52, &h, NULL), ORTIJD_OK);
  assert_true(h == 728.0);
  assert_int_equal(ortijd_secretary_hours(7, 1.5, 52, &h, NULL), ORTIJD_OK);
  assert_true(h == 546.0);
  assert_int_equal(ortijd_secretary_hours(7, 0, 52, &h, NULL), ORTIJD_OK);
  assert_true(h == 0.0 && !signbit(h));
  h = 42;
  assert_int_equal(ortijd_secretary_hours(0, 2, 52, &h, NULL), ORTIJD_EZERO);
  assert_int_equal(ortijd_secretary_hours(6.5, 2, 52, &h, NULL), ORTIJD_ENOTWHOLE);
  assert_int_equal(ortijd_secretary_hours(7, 169, 52, &h, NULL), ORTIJD_ETOOLARGE);
  assert_int_equal(ortijd_secretary_hours(7, 2, 0, &h, NULL), ORTIJD_EZERO);
  assert_int_equal(ortijd_secretary_hours(7, -0.5, 54, &h, NULL),
                   ORTIJD_ENEGATIVE);
  assert_true(h == 42);
  assert_int_equal(ortijd_secretary_hours(7, 2, 52, NULL, NULL), ORTIJD_ENULL);
}

static void test_wage_cost_and_scenario_rows(void **state)
{
  (void)state;
  double w = -1;
  assert_int_equal(ortijd_wage_cost(1516, 45.5, &w, NULL), ORTIJD_OK);
  assert_true(w == 1516 * 45.5);
  assert_int_equal(ortijd_wage_cost(-1, 45.5, &w, NULL), ORTIJD_ENEGATIVE);
  assert_int_equal(ortijd_wage_cost(1, 2e9, &w, NULL), ORTIJD_ETOOLARGE);
  int rows = -1, bad = -5;
  assert_int_equal(ortijd_scenario_rows(5, 15, &rows, &bad), ORTIJD_OK);
  assert_int_equal(rows, 11);
  assert_int_equal(bad, -5);
  assert_int_equal(ortijd_scenario_rows(7, 7, &rows, NULL), ORTIJD_OK);
  assert_int_equal(rows, 1);
  assert_int_equal(ortijd_scenario_rows(901, 1000, &rows, NULL), ORTIJD_OK);
  assert_int_equal(rows, 100);
  rows = -1;
  assert_int_equal(ortijd_scenario_rows(15, 5, &rows, &bad), ORTIJD_ERANGE);
  assert_int_equal(bad, 1);
  assert_int_equal(ortijd_scenario_rows(0, 5, &rows, &bad), ORTIJD_EZERO);
  assert_int_equal(bad, 0);
  assert_int_equal(ortijd_scenario_rows(5.5, 15, &rows, &bad),
                   ORTIJD_ENOTWHOLE);
  assert_int_equal(bad, 0);
  assert_int_equal(ortijd_scenario_rows(5, 15.5, &rows, &bad),
                   ORTIJD_ENOTWHOLE);
  assert_int_equal(bad, 1);
  assert_int_equal(ortijd_scenario_rows(1, 101, &rows, &bad),
                   ORTIJD_ETOOLARGE);
  assert_int_equal(ortijd_scenario_rows(5, 1001, &rows, &bad),
                   ORTIJD_ETOOLARGE);
  assert_int_equal(ortijd_scenario_rows(NAN, 5, &rows, &bad),
                   ORTIJD_ENOTFINITE);
  assert_int_equal(rows, -1);
  assert_int_equal(ortijd_scenario_rows(5, 15, NULL, &bad), ORTIJD_ENULL);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_example_start_training),
    cmocka_unit_test(test_second_trainer_and_open_course),
    cmocka_unit_test(test_course_rejects),
    cmocka_unit_test(test_course_parse),
    cmocka_unit_test(test_secretary_hours),
    cmocka_unit_test(test_wage_cost_and_scenario_rows),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
