/*
** test_inputs.c - unit tests of the core's input contract (core/src/
** check.c, ortijd.h "Inputs"): ortijd_input_check decides in the
** documented order, ortijd_first_invalid names the first failing value,
** and every input table the core exports is consistent: each default lies
** in its own range, names are unique within a table, choices have a
** status and a word for each number; the choice descriptors; and the
** `bad` of every model function names the first invalid input.
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
                              ORTIJD_CHECK_POSITIVE | ORTIJD_CHECK_WHOLE, NULL};
  assert_int_equal(ortijd_input_check(&whole, NAN), ORTIJD_ENOTFINITE);
  assert_int_equal(ortijd_input_check(&whole, -INFINITY), ORTIJD_ENOTFINITE);
  assert_int_equal(ortijd_input_check(&whole, -1.5), ORTIJD_ENEGATIVE);
  assert_int_equal(ortijd_input_check(&whole, 0.0), ORTIJD_EZERO);
  assert_int_equal(ortijd_input_check(&whole, -0.0), ORTIJD_EZERO);
  assert_int_equal(ortijd_input_check(&whole, 10.5), ORTIJD_ENOTWHOLE);
  assert_int_equal(ortijd_input_check(&whole, 11.0), ORTIJD_ETOOLARGE);
  assert_int_equal(ortijd_input_check(&whole, 10.0), ORTIJD_OK);
  const ortijd_input plain = {"x", 1.0, 24.0, 0u, NULL};
  assert_int_equal(ortijd_input_check(&plain, -0.0), ORTIJD_OK);
  assert_int_equal(ortijd_input_check(&plain, 24.0), ORTIJD_OK);
  assert_int_equal(ortijd_input_check(&plain, INFINITY), ORTIJD_ENOTFINITE);
  assert_int_equal(ortijd_input_check(&plain, 24.5), ORTIJD_ETOOLARGE);
  const ortijd_input halves = {"d", 0.0, 366.0, ORTIJD_CHECK_HALVES, NULL};
  assert_int_equal(ortijd_input_check(&halves, 1.5), ORTIJD_OK);
  assert_int_equal(ortijd_input_check(&halves, 1.25), ORTIJD_ENOTWHOLE);
  const ortijd_choice_name names[] = {{"een", 1}};
  const ortijd_choice three = {names, 1, ORTIJD_EROLE};
  const ortijd_input choice = {"c", 1.0, 3.0, 0u, &three};
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
** default has 0, which need not be), choices with a status and a word for
** each of their numbers 1..max. */
static void check_table(const ortijd_input *inputs, size_t count)
{
  for (size_t i = 0; i < count; i++) {
    assert_non_null(inputs[i].name);
    for (size_t j = 0; j < i; j++)
      assert_string_not_equal(inputs[i].name, inputs[j].name);
    if (inputs[i].default_value != 0.0)
      assert_int_equal(ortijd_input_check(&inputs[i], inputs[i].default_value),
                       ORTIJD_OK);
    const ortijd_choice *choice = inputs[i].choice;
    if (choice != NULL) {
      assert_true(choice->unknown < 0 && inputs[i].max >= 1.0);
      for (int number = 1; number <= (int)inputs[i].max; number++)
        assert_non_null(ortijd_choice_word(choice, number));
      assert_null(ortijd_choice_word(choice, (int)inputs[i].max + 1));
      for (size_t k = 0; k < choice->name_count; k++)
        assert_true(choice->names[k].number >= 1 &&
                    choice->names[k].number <= (int)inputs[i].max);
    }
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

/* The choice descriptors: the generic lookup of ortijd_role_parse and
** ortijd_course_parse, and the word of each number (the first spelling). */
static void test_choices(void **state)
{
  (void)state;
  int number = -1;
  assert_int_equal(ortijd_choice_parse(&ortijd_role_choice, " Beide\t", 7,
                                       &number), ORTIJD_OK);
  assert_int_equal(number, ORTIJD_ROLE_BOTH);
  number = -1;
  assert_int_equal(ortijd_choice_parse(&ortijd_course_choice, "OPEN", 4,
                                       &number), ORTIJD_OK);
  assert_int_equal(number, ORTIJD_COURSE_OPEN);
  number = -1;
  assert_int_equal(ortijd_choice_parse(&ortijd_role_choice, "open", 4,
                                       &number), ORTIJD_EROLE);
  assert_int_equal(ortijd_choice_parse(&ortijd_course_choice, "OR", 2,
                                       &number), ORTIJD_ECOURSE);
  assert_int_equal(number, -1);
  assert_int_equal(ortijd_choice_parse(NULL, "OR", 2, &number), ORTIJD_ENULL);
  assert_int_equal(ortijd_choice_parse(&ortijd_role_choice, NULL, 0, &number),
                   ORTIJD_ENULL);
  assert_string_equal(ortijd_choice_word(&ortijd_role_choice, 1), "OR");
  assert_string_equal(ortijd_choice_word(&ortijd_role_choice, 2), "commissie");
  assert_string_equal(ortijd_choice_word(&ortijd_role_choice, 3), "beide");
  assert_string_equal(ortijd_choice_word(&ortijd_course_choice, 1),
                      "maatwerk");
  assert_string_equal(ortijd_choice_word(&ortijd_course_choice, 2), "open");
  assert_null(ortijd_choice_word(&ortijd_course_choice, 0));
  assert_null(ortijd_choice_word(NULL, 1));
  assert_ptr_equal(ortijd_training_days_inputs[0].choice, &ortijd_role_choice);
  assert_ptr_equal(ortijd_course_inputs[ORTIJD_COURSE_COURSE].choice,
                   &ortijd_course_choice);
}

/* Signature of the three-number model functions. */
typedef int (*three_fn)(double, double, double, double *, int *);

/* Makes argument i of f invalid in turn (with a later one invalid too):
** the status is that argument's, *bad its index; a valid call leaves *bad
** alone. */
static void expect_blame3(three_fn f, const ortijd_input *inputs,
                          const double ok[3])
{
  double out;
  int bad = -100;
  assert_int_equal(f(ok[0], ok[1], ok[2], &out, &bad), ORTIJD_OK);
  assert_int_equal(bad, -100);
  for (int i = 0; i < 3; i++) {
    double v[3] = {ok[0], ok[1], ok[2]};
    v[i] = -1.0;
    if (i < 2)
      v[2] = NAN;
    assert_int_equal(f(v[0], v[1], v[2], &out, &bad),
                     ortijd_input_check(&inputs[i], -1.0));
    assert_int_equal(bad, i);
  }
  bad = -100;
  assert_int_equal(f(ok[0], ok[1], ok[2], NULL, &bad), ORTIJD_ENULL);
  assert_int_equal(bad, -1);
}

/* The `bad` contract (ortijd.h, "Inputs") of every model function. */
static void test_model_functions_blame_the_first_invalid_input(void **state)
{
  (void)state;
  expect_blame3(ortijd_fte, ortijd_fte_inputs, (const double[]){1264, 36, 52});
  expect_blame3(ortijd_member_week_hours, ortijd_member_week_hours_inputs,
                (const double[]){1516, 7, 52});
  expect_blame3(ortijd_secretary_hours, ortijd_secretary_hours_inputs,
                (const double[]){7, 2, 52});
  double out;
  int bad = -100;
  /* an overflow blames no input */
  assert_int_equal(ortijd_fte(1e9, 1e-300, 1e-10, &out, &bad),
                   ORTIJD_ETOOLARGE);
  assert_int_equal(bad, -1);
  assert_int_equal(ortijd_wage_cost(1, -1, &out, &bad), ORTIJD_ENEGATIVE);
  assert_int_equal(bad, 1);
  assert_int_equal(ortijd_wage_cost(NAN, -1, &out, &bad), ORTIJD_ENOTFINITE);
  assert_int_equal(bad, 0);
  /* seats: the override only when given */
  bad = -100;
  assert_int_equal(ortijd_seats(150, 0, -3, &out, &bad), ORTIJD_OK);
  assert_int_equal(bad, -100);
  assert_int_equal(ortijd_seats(150, 1, -3, &out, &bad), ORTIJD_ENEGATIVE);
  assert_int_equal(bad, 1);
  assert_int_equal(ortijd_seats(0, 1, -3, &out, &bad), ORTIJD_EZERO);
  assert_int_equal(bad, 0);
  /* the hours model: every field in turn, a later one invalid as well */
  for (int i = 0; i < ORTIJD_HOURS_COUNT; i++) {
    ortijd_params p;
    ortijd_params_init(&p, 7.0);
    double v[ORTIJD_HOURS_COUNT];
    ortijd_params_to_values(&p, v);
    v[i] = INFINITY;
    if (i + 1 < ORTIJD_HOURS_COUNT)
      v[i + 1] = -1.0;
    ortijd_params_from_values(v, &p);
    ortijd_breakdown b;
    bad = -100;
    assert_int_equal(ortijd_hours(&p, &b, &bad), ORTIJD_ENOTFINITE);
    assert_int_equal(bad, i);
  }
  /* the course fee: every field in turn */
  for (int i = 0; i < ORTIJD_COURSE_FIELD_COUNT; i++) {
    ortijd_course_params p;
    ortijd_course_params_init(&p, 2.0, 1250.0, 7.0);
    double v[ORTIJD_COURSE_FIELD_COUNT];
    ortijd_course_params_to_values(&p, v);
    v[i] = NAN;
    ortijd_course_params_from_values(v, &p);
    ortijd_course_cost c;
    bad = -100;
    assert_int_equal(ortijd_course_cost_calc(&p, &c, &bad), ORTIJD_ENOTFINITE);
    assert_int_equal(bad, i);
  }
  ortijd_breakdown b;
  bad = -100;
  assert_int_equal(ortijd_hours(NULL, &b, &bad), ORTIJD_ENULL);
  assert_int_equal(bad, -1);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_check_order),
    cmocka_unit_test(test_first_invalid),
    cmocka_unit_test(test_exported_tables),
    cmocka_unit_test(test_choices),
    cmocka_unit_test(test_model_functions_blame_the_first_invalid_input),
  };
  return cmocka_run_group_tests_name("inputs", tests, NULL, NULL);
}
