/*
** test_training.c - unit tests of the roles and training days of WOR
** art. 18 lid 3 (core/src/training.c): ortijd_role_parse with every
** accepted spelling in ortijd.h, case and blank variants and rejected
** text; ortijd_role_from_number; ortijd_training_days for each role.
*/
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "ortijd.h"

/* A role value no function writes: proves *out was left alone. */
#define ROLE_SENTINEL ((ortijd_role)77)

/* Parses the NUL-terminated `text`; fails the test unless ORTIJD_OK. */
static ortijd_role parse_ok(const char *text)
{
  ortijd_role role = ROLE_SENTINEL;
  int status = ortijd_role_parse(text, strlen(text), &role);
  if (status != ORTIJD_OK)
    fail_msg("\"%s\" was refused with %d", text, status);
  return role;
}

/* Asserts that `len` bytes of `text` are refused with ORTIJD_EROLE and
** that *out is untouched. */
static void expect_role_refused(const char *text, size_t len)
{
  ortijd_role role = ROLE_SENTINEL;
  int status = ortijd_role_parse(text, len, &role);
  if (status != ORTIJD_EROLE)
    fail_msg("\"%.*s\" gave %d, expected ORTIJD_EROLE", (int)len, text,
             status);
  assert_int_equal(role, ROLE_SENTINEL);
}

static const struct {
  const char *text;
  ortijd_role role;
} spellings[] = {
  {"OR", ORTIJD_ROLE_COUNCIL},          {"OR-lid", ORTIJD_ROLE_COUNCIL},
  {"lid", ORTIJD_ROLE_COUNCIL},         {"council", ORTIJD_ROLE_COUNCIL},
  {"member", ORTIJD_ROLE_COUNCIL},      {"1", ORTIJD_ROLE_COUNCIL},
  {"commissie", ORTIJD_ROLE_COMMITTEE}, {"commissielid", ORTIJD_ROLE_COMMITTEE},
  {"committee", ORTIJD_ROLE_COMMITTEE}, {"2", ORTIJD_ROLE_COMMITTEE},
  {"beide", ORTIJD_ROLE_BOTH},          {"OR+commissie", ORTIJD_ROLE_BOTH},
  {"both", ORTIJD_ROLE_BOTH},           {"3", ORTIJD_ROLE_BOTH},
};

static void test_parse_every_header_spelling(void **state)
{
  (void)state;
  for (size_t i = 0; i < sizeof spellings / sizeof spellings[0]; i++)
    assert_int_equal(parse_ok(spellings[i].text), spellings[i].role);
}

/* Upper, lower and mixed ASCII case give the same role. */
static void test_parse_ignores_ascii_case(void **state)
{
  (void)state;
  for (size_t i = 0; i < sizeof spellings / sizeof spellings[0]; i++) {
    char upper[32], lower[32], mixed[32];
    size_t n = strlen(spellings[i].text);
    assert_true(n < sizeof upper);
    for (size_t k = 0; k <= n; k++) {
      char c = spellings[i].text[k];
      upper[k] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
      lower[k] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
      mixed[k] = (k % 2) ? upper[k] : lower[k];
    }
    assert_int_equal(parse_ok(upper), spellings[i].role);
    assert_int_equal(parse_ok(lower), spellings[i].role);
    assert_int_equal(parse_ok(mixed), spellings[i].role);
  }
  assert_int_equal(parse_ok("Or-Lid"), ORTIJD_ROLE_COUNCIL);
  assert_int_equal(parse_ok("BEIDE"), ORTIJD_ROLE_BOTH);
  assert_int_equal(parse_ok("or+COMMISSIE"), ORTIJD_ROLE_BOTH);
}

static void test_parse_trims_spaces_and_tabs(void **state)
{
  (void)state;
  assert_int_equal(parse_ok("  commissie"), ORTIJD_ROLE_COMMITTEE);
  assert_int_equal(parse_ok("commissie  "), ORTIJD_ROLE_COMMITTEE);
  assert_int_equal(parse_ok("\t beide \t"), ORTIJD_ROLE_BOTH);
  assert_int_equal(parse_ok(" 1 "), ORTIJD_ROLE_COUNCIL);
}

/* len bounds the text: it need not be NUL-terminated, and bytes after
** len are not read. */
static void test_parse_uses_len_not_nul(void **state)
{
  (void)state;
  ortijd_role role = ROLE_SENTINEL;
  const char buf[] = {'b', 'o', 't', 'h', 'X'}; /* no NUL */
  assert_int_equal(ortijd_role_parse(buf, 4, &role), ORTIJD_OK);
  assert_int_equal(role, ORTIJD_ROLE_BOTH);
  role = ROLE_SENTINEL;
  assert_int_equal(ortijd_role_parse("ORX", 2, &role), ORTIJD_OK);
  assert_int_equal(role, ORTIJD_ROLE_COUNCIL);
  expect_role_refused(buf, 5);
  expect_role_refused("both", 3);
  /* an embedded NUL is a byte like any other */
  expect_role_refused("OR\0", 3);
}

static void test_parse_refuses_other_text(void **state)
{
  (void)state;
  static const char *const refused[] = {
    "", " ", "\t", "voorzitter", "secretaris", "4", "0", "-1", "1.0",
    "01", "OR lid", "ORlid", "O R", "ledenlid", "commissies", "both!",
    "OR+", "+commissie", "OR + commissie", "\xc3\xa9\xc3\xa9n", "\xff",
    "\nOR", "OR\n", "council member",
  };
  for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
    expect_role_refused(refused[i], strlen(refused[i]));
  /* a zero length with a valid pointer is the empty text */
  expect_role_refused("OR", 0);
}

static void test_parse_null_arguments(void **state)
{
  (void)state;
  ortijd_role role = ROLE_SENTINEL;
  assert_int_equal(ortijd_role_parse(NULL, 0, &role), ORTIJD_ENULL);
  assert_int_equal(ortijd_role_parse(NULL, 2, &role), ORTIJD_ENULL);
  assert_int_equal(role, ROLE_SENTINEL);
  assert_int_equal(ortijd_role_parse("OR", 2, NULL), ORTIJD_ENULL);
}

static void test_role_from_number_accepts_1_2_3(void **state)
{
  (void)state;
  ortijd_role role = ROLE_SENTINEL;
  assert_int_equal(ortijd_role_from_number(1.0, &role), ORTIJD_OK);
  assert_int_equal(role, ORTIJD_ROLE_COUNCIL);
  assert_int_equal(ortijd_role_from_number(2.0, &role), ORTIJD_OK);
  assert_int_equal(role, ORTIJD_ROLE_COMMITTEE);
  assert_int_equal(ortijd_role_from_number(3.0, &role), ORTIJD_OK);
  assert_int_equal(role, ORTIJD_ROLE_BOTH);
}

static void test_role_from_number_refuses(void **state)
{
  (void)state;
  static const struct {
    double value;
    int status;
  } cases[] = {
    {NAN, ORTIJD_ENOTFINITE},     {INFINITY, ORTIJD_ENOTFINITE},
    {-INFINITY, ORTIJD_ENOTFINITE}, {1.5, ORTIJD_ENOTWHOLE},
    {2.0000001, ORTIJD_ENOTWHOLE}, {-0.5, ORTIJD_ENOTWHOLE},
    {0.0, ORTIJD_EROLE},          {-0.0, ORTIJD_EROLE},
    {-1.0, ORTIJD_EROLE},         {4.0, ORTIJD_EROLE},
    {1e300, ORTIJD_EROLE},        {-1e300, ORTIJD_EROLE},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    ortijd_role role = ROLE_SENTINEL;
    int status = ortijd_role_from_number(cases[i].value, &role);
    if (status != cases[i].status)
      fail_msg("%.17g gave %d, expected %d", cases[i].value, status,
               cases[i].status);
    assert_int_equal(role, ROLE_SENTINEL);
  }
  assert_true(isfinite(nextafter(1.0, 2.0)));
  ortijd_role role = ROLE_SENTINEL;
  assert_int_equal(ortijd_role_from_number(nextafter(1.0, 2.0), &role),
                   ORTIJD_ENOTWHOLE);
  assert_int_equal(ortijd_role_from_number(1.0, NULL), ORTIJD_ENULL);
  assert_int_equal(role, ROLE_SENTINEL);
}

/* WOR art. 18 lid 3: committee 3 (sub a), council 5 (sub b), both 8 (c). */
static void test_training_days_per_role(void **state)
{
  (void)state;
  double days = -1;
  assert_int_equal(ortijd_training_days(ORTIJD_ROLE_COUNCIL, &days),
                   ORTIJD_OK);
  assert_true(days == 5.0);
  assert_int_equal(ortijd_training_days(ORTIJD_ROLE_COMMITTEE, &days),
                   ORTIJD_OK);
  assert_true(days == 3.0);
  assert_int_equal(ortijd_training_days(ORTIJD_ROLE_BOTH, &days), ORTIJD_OK);
  assert_true(days == 8.0);
  assert_true(ORTIJD_MIN_DAYS_COUNCIL == 5.0);
  assert_true(ORTIJD_MIN_DAYS_COMMITTEE == 3.0);
  assert_true(ORTIJD_MIN_DAYS_BOTH == 8.0);
  assert_true(ORTIJD_MIN_OTHER_HOURS == 60.0);
}

/* From user text to days, for each accepted spelling. */
static void test_training_days_from_every_spelling(void **state)
{
  (void)state;
  for (size_t i = 0; i < sizeof spellings / sizeof spellings[0]; i++) {
    double days = -1;
    assert_int_equal(ortijd_training_days(parse_ok(spellings[i].text), &days),
                     ORTIJD_OK);
    double expect = spellings[i].role == ORTIJD_ROLE_COUNCIL     ? 5.0
                    : spellings[i].role == ORTIJD_ROLE_COMMITTEE ? 3.0
                                                                 : 8.0;
    assert_true(days == expect);
  }
}

static void test_training_days_unknown_role(void **state)
{
  (void)state;
  static const int bad[] = {0, 4, -1, 77, 1000000};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    double days = -1;
    assert_int_equal(ortijd_training_days((ortijd_role)bad[i], &days),
                     ORTIJD_EROLE);
    assert_true(days == -1);
  }
  assert_int_equal(ortijd_training_days(ORTIJD_ROLE_COUNCIL, NULL),
                   ORTIJD_ENULL);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_parse_every_header_spelling),
    cmocka_unit_test(test_parse_ignores_ascii_case),
    cmocka_unit_test(test_parse_trims_spaces_and_tabs),
    cmocka_unit_test(test_parse_uses_len_not_nul),
    cmocka_unit_test(test_parse_refuses_other_text),
    cmocka_unit_test(test_parse_null_arguments),
    cmocka_unit_test(test_role_from_number_accepts_1_2_3),
    cmocka_unit_test(test_role_from_number_refuses),
    cmocka_unit_test(test_training_days_per_role),
    cmocka_unit_test(test_training_days_from_every_spelling),
    cmocka_unit_test(test_training_days_unknown_role),
  };
  return cmocka_run_group_tests_name("training", tests, NULL, NULL);
}
