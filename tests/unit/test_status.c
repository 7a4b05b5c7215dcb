/*
** test_status.c - unit tests of the status list (ORTIJD_STATUS_MAP in
** ortijd.h, OTFN_STATUS_MAP in addin/function_call.h is tested with the
** table): every code of the map has its own value and its own text from
** ortijd_strerror, OK is 0 and the errors negative, and an unknown code
** gives "unknown status".
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "ortijd.h"

/* The map as data: code and text of every status. */
static const struct {
  int code;
  const char *text;
} statuses[] = {
#define STATUS_ROW(name, code, text) {ORTIJD_##name, text},
  ORTIJD_STATUS_MAP(STATUS_ROW)
#undef STATUS_ROW
};
#define STATUS_COUNT (sizeof statuses / sizeof statuses[0])

static void test_ok_is_zero_and_errors_negative(void **state)
{
  (void)state;
  assert_int_equal(ORTIJD_OK, 0);
  assert_int_equal(statuses[0].code, ORTIJD_OK);
  assert_true(STATUS_COUNT >= 10);
  for (size_t i = 1; i < STATUS_COUNT; i++)
    assert_true(statuses[i].code < 0);
}

static void test_strerror_text_of_every_code(void **state)
{
  (void)state;
  for (size_t i = 0; i < STATUS_COUNT; i++)
    assert_string_equal(ortijd_strerror(statuses[i].code), statuses[i].text);
  assert_string_equal(ortijd_strerror(ORTIJD_EROLE),
                      "unknown role (use council, committee or both; 1, 2 "
                      "or 3)");
}

static void test_codes_and_texts_are_distinct(void **state)
{
  (void)state;
  for (size_t a = 0; a < STATUS_COUNT; a++) {
    assert_string_not_equal(statuses[a].text, "unknown status");
    for (size_t b = 0; b < a; b++) {
      assert_int_not_equal(statuses[a].code, statuses[b].code);
      assert_string_not_equal(statuses[a].text, statuses[b].text);
    }
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
    cmocka_unit_test(test_ok_is_zero_and_errors_negative),
    cmocka_unit_test(test_strerror_text_of_every_code),
    cmocka_unit_test(test_codes_and_texts_are_distinct),
    cmocka_unit_test(test_strerror_unknown_codes),
  };
  return cmocka_run_group_tests_name("status", tests, NULL, NULL);
}
