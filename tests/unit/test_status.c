/*
** test_status.c - unit tests of ortijd_strerror (core/src/status.c): the
** codes have the values ortijd.h promises, each has its own text, and an
** unknown code gives "unknown status".
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "ortijd.h"

static void test_status_code_values_are_fixed(void **state)
{
  (void)state;
  assert_int_equal(ORTIJD_OK, 0);
  assert_int_equal(ORTIJD_ENULL, -1);
  assert_int_equal(ORTIJD_ENOTFINITE, -2);
  assert_int_equal(ORTIJD_ENEGATIVE, -3);
  assert_int_equal(ORTIJD_ENOTWHOLE, -4);
  assert_int_equal(ORTIJD_ETOOLARGE, -5);
  assert_int_equal(ORTIJD_EZERO, -6);
  assert_int_equal(ORTIJD_EROLE, -7);
  assert_int_equal(ORTIJD_ECOURSE, -8);
  assert_int_equal(ORTIJD_ERANGE, -9);
}

static void test_strerror_text_of_every_code(void **state)
{
  (void)state;
  assert_string_equal(ortijd_strerror(ORTIJD_OK), "success");
  assert_string_equal(ortijd_strerror(ORTIJD_ENULL),
                      "a required pointer argument was NULL");
  assert_string_equal(ortijd_strerror(ORTIJD_ENOTFINITE),
                      "a number was NaN or infinite");
  assert_string_equal(ortijd_strerror(ORTIJD_ENEGATIVE),
                      "a number was below zero");
  assert_string_equal(ortijd_strerror(ORTIJD_ENOTWHOLE),
                      "a count that must be whole had a fraction");
  assert_string_equal(ortijd_strerror(ORTIJD_ETOOLARGE),
                      "a number exceeded its documented limit");
  assert_string_equal(ortijd_strerror(ORTIJD_EZERO),
                      "a number that must be above zero was zero");
  assert_string_equal(
      ortijd_strerror(ORTIJD_EROLE),
      "unknown role (use council, committee or both; 1, 2 or 3)");
}

static void test_strerror_texts_are_distinct(void **state)
{
  (void)state;
  for (int a = 0; a >= -9; a--) {
    const char *ta = ortijd_strerror(a);
    assert_non_null(ta);
    assert_string_not_equal(ta, "unknown status");
    for (int b = a - 1; b >= -9; b--)
      assert_string_not_equal(ta, ortijd_strerror(b));
  }
}

static void test_strerror_unknown_codes(void **state)
{
  (void)state;
  static const int unknown[] = {1, -10, 100, -100, 2147483647,
                                -2147483647 - 1};
  for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
    assert_string_equal(ortijd_strerror(unknown[i]), "unknown status");
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_status_code_values_are_fixed),
    cmocka_unit_test(test_strerror_text_of_every_code),
    cmocka_unit_test(test_strerror_texts_are_distinct),
    cmocka_unit_test(test_strerror_unknown_codes),
  };
  return cmocka_run_group_tests_name("status", tests, NULL, NULL);
}
