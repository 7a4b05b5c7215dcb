/*
** test_inputs.c - unit tests of the core's input contract (core/src/
** check.c, ortijd.h "Inputs"): ortijd_input_check decides in the
** documented order, ortijd_first_invalid names the first failing value,
** and every input table the core exports is consistent: each default lies
** in its own range, names are unique within a table, choices have a
** status.
*/
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "ortijd.h"

static void test_check_order(void **state)
{
  (void)state;
  const ortijd_input whole = {"n", 0.0, 10.0,
                              ORTIJD_CHECK_POSITIVE | ORTIJD_CHECK_WHOLE, 0};
  assert_int_equal(ortijd_input_check(&whole, NAN), ORTIJD_ENOTFINITE);
  assert_int_equal(ortijd_input_check(&whole, -INFINITY), ORTIJD_ENOTFINITE);
  assert_int_equal(ortijd_input_check(&whole, -1.5), ORTIJD_ENEGATIVE);
  assert_int_equal(ortijd_input_check(&whole, 0.0), ORTIJD_EZERO);
  assert_int_equal(ortijd_input_check(&whole, -0.0), ORTIJD_EZERO);
  assert_int_equal(ortijd_input_check(&whole, 10.5), ORTIJD_ENOTWHOLE);
  assert_int_equal(ortijd_input_check(&whole, 11.0), ORTIJD_ETOOLARGE);
  assert_int_equal(ortijd_input_check(&whole, 10.0), ORTIJD_OK);
  const ortijd_input plain = {"x", 1.0, 24.0, 0u, 0};
  assert_int_equal(ortijd_input_check(&plain, -0.0), ORTIJD_OK);
  assert_int_equal(ortijd_input_check(&plain, 24.0), ORTIJD_OK);
  assert_int_equal(ortijd_input_check(&plain, INFINITY), ORTIJD_ENOTFINITE);
  assert_int_equal(ortijd_input_check(&plain, 24.5), ORTIJD_ETOOLARGE);
  const ortijd_input halves = {"d", 0.0, 366.0, ORTIJD_CHECK_HALVES, 0};
  assert_int_equal(ortijd_input_check(&halves, 1.5), ORTIJD_OK);
  assert_int_equal(ortijd_input_check(&halves, 1.25), ORTIJD_ENOTWHOLE);
  const ortijd_input choice = {"c", 1.0, 3.0, 0u, ORTIJD_EROLE};
  assert_int_equal(ortijd_input_check(&choice, 3.0), ORTIJD_OK);
  assert_int_equal(ortijd_input_check(&choice, 2.5), ORTIJD_ENOTWHOLE);
  assert_int_equal(ortijd_input_check(&choice, 0.0), ORTIJD_EROLE);
  assert_int_equal(ortijd_input_check(&choice, NAN), ORTIJD_ENOTFINITE);
  assert_int_equal(ortijd_input_check(NULL, 1.0), ORTIJD_ENULL);
}

static void test_first_invalid(void **state)
{
  (void)state;
  const double ok[] = {7, 6, 2, 12, 2, 2, 60, 5, 8, 2, 4, 52};
  double v[ORTIJD_HOURS_COUNT];
  memcpy(v, ok, sizeof v);
  int status = -100;
  assert_int_equal(ortijd_first_invalid(ortijd_hours_inputs,
                                        ORTIJD_HOURS_COUNT, v, &status), -1);
  assert_int_equal(status, ORTIJD_OK);
  v[ORTIJD_HOURS_OTHER_HOURS] = -1;
  v[ORTIJD_HOURS_WEEKS_PER_YEAR] = 0;
  assert_int_equal(ortijd_first_invalid(ortijd_hours_inputs,
                                        ORTIJD_HOURS_COUNT, v, &status),
                   ORTIJD_HOURS_OTHER_HOURS);
  assert_int_equal(status, ORTIJD_ENEGATIVE);
  assert_int_equal(ortijd_first_invalid(ortijd_hours_inputs,
                                        ORTIJD_HOURS_COUNT, v, NULL),
                   ORTIJD_HOURS_OTHER_HOURS);
  assert_int_equal(ortijd_first_invalid(NULL, 3, v, &status), -1);
  assert_int_equal(status, ORTIJD_ENULL);
  assert_int_equal(ortijd_first_invalid(ortijd_fte_inputs, 3, NULL, &status),
                   -1);
  assert_int_equal(status, ORTIJD_ENULL);
  assert_int_equal(ortijd_first_invalid(ortijd_fte_inputs, 0, v, &status), -1);
  assert_int_equal(status, ORTIJD_OK);
}

/* Every exported table: names unique, defaults in range (an input without
** default has 0, which need not be), choices with a status. */
static void check_table(const ortijd_input *inputs, size_t count)
{
  for (size_t i = 0; i < count; i++) {
    assert_non_null(inputs[i].name);
    for (size_t j = 0; j < i; j++)
      assert_string_not_equal(inputs[i].name, inputs[j].name);
    if (inputs[i].default_value != 0.0)
      assert_int_equal(ortijd_input_check(&inputs[i], inputs[i].default_value),
                       ORTIJD_OK);
    if (inputs[i].unknown_choice != 0)
      assert_true(inputs[i].unknown_choice < 0 && inputs[i].max >= 1.0);
  }
}

static void test_exported_tables(void **state)
{
  (void)state;
  check_table(ortijd_hours_inputs, ORTIJD_HOURS_COUNT);
  check_table(ortijd_course_inputs, ORTIJD_COURSE_FIELD_COUNT);
  check_table(ortijd_seats_inputs, 2);
  check_table(ortijd_training_days_inputs, 1);
  check_table(ortijd_fte_inputs, 3);
  check_table(ortijd_member_week_hours_inputs, 3);
  check_table(ortijd_secretary_hours_inputs, 3);
  check_table(ortijd_wage_cost_inputs, 2);
  check_table(ortijd_scenario_inputs, 2);
  /* The hours defaults are those of ortijd_params_init. */
  ortijd_params p;
  ortijd_params_init(&p, 7.0);
  double v[ORTIJD_HOURS_COUNT];
  assert_ptr_equal(ortijd_params_to_values(&p, v), v);
  for (int i = 1; i < ORTIJD_HOURS_COUNT; i++)
    assert_true(v[i] == ortijd_hours_inputs[i].default_value);
  assert_null(ortijd_params_to_values(NULL, v));
  /* The course defaults are those of ortijd_course_params_init, and the
  ** value order goes there and back. */
  ortijd_course_params c, back;
  ortijd_course_params_init(&c, 2.0, 1250.0, 7.0);
  double cv[ORTIJD_COURSE_FIELD_COUNT];
  assert_ptr_equal(ortijd_course_params_to_values(&c, cv), cv);
  assert_true(cv[ORTIJD_COURSE_DAYS] == 2.0 && cv[ORTIJD_COURSE_RATE] == 1250.0 &&
              cv[ORTIJD_COURSE_PARTICIPANTS] == 7.0);
  for (int i = ORTIJD_COURSE_COURSE; i < ORTIJD_COURSE_FIELD_COUNT; i++)
    assert_true(cv[i] == ortijd_course_inputs[i].default_value);
  ortijd_course_params_from_values(cv, &back);
  assert_memory_equal(&back, &c, sizeof c);
  assert_null(ortijd_course_params_to_values(NULL, cv));
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_check_order),
    cmocka_unit_test(test_first_invalid),
    cmocka_unit_test(test_exported_tables),
  };
  return cmocka_run_group_tests_name("inputs", tests, NULL, NULL);
}
