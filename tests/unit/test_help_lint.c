/*
** test_help_lint.c - the help texts of the function table checked against
** the table itself, on the model of Gnumeric's function sanity check
** (gnm_func_sanity_check in gnumeric's src/func.c): help prose is the one
** copy of a fact that generation cannot remove, so it is linted.
**   - every default a help text names ("standaard 6", "default 6", or the
**     quoted word before "(standaard)") equals the table's default, and
**     every optional number argument names its default in both languages;
**   - every "Zie X" / "See X" and every X(...) names an existing function;
**   - every example ("Voorbeeld: =F(...) geeft N", "Example: ... gives N")
**     evaluates through the calling loop (otfn_call) to N, to the decimals
**     N is written with; a grid example "in A5:E15" has that shape;
**   - the Dutch and English help of a function and of each argument cite
**     the same numbers (article and paragraph numbers among them);
**   - every range a help text states is the core's: each number argument
**     states its range once in each language ("0 tot en met 24", "een
**     geheel getal van 1 tot en met 1000", "meer dan 0 en ten hoogste 53",
**     "in stappen van een halve dag"; "0 to 24", "a whole number from 1 to
**     1000", "above 0 and at most 53", "in steps of half a day"), held
**     against its input's max and flags; a choice lists its numbers 1..max;
**     the rows of a scenario ("ten hoogste 100", "at most 100") are the
**     core's limit, and the shape of an array result ("8 rijen en 2
**     kolommen", "5 columns") the table's.
*/
#include <ctype.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "table_values.h"

/* Reads a number at s (digits, then '.' or ',' and digits: help texts use
** no thousands separators, the Dutch ones a decimal comma, and both write
** text examples such as "7.5"). *decimals gets the digits after the
** separator; *end the first byte after the number. */
static double read_number(const char *s, int *decimals, const char **end)
{
  double value = 0.0;
  *decimals = 0;
  while (isdigit((unsigned char)*s))
    value = value * 10.0 + (*s++ - '0');
  if ((*s == ',' || *s == '.') && isdigit((unsigned char)s[1])) {
    double scale = 1.0;
    for (s++; isdigit((unsigned char)*s); s++) {
      scale /= 10.0;
      value += (*s - '0') * scale;
      (*decimals)++;
    }
  }
  *end = s;
  return value;
}

#define MAX_NUMBERS 64

/* Every number in `text`, in order; returns the count. */
static int numbers_in(const char *text, double *out)
{
  int n = 0;
  for (const char *s = text; *s;) {
    if (isdigit((unsigned char)*s)) {
      int decimals;
      double v = read_number(s, &decimals, &s);
      assert_true(n < MAX_NUMBERS);
      out[n++] = v;
    } else {
      s++;
    }
  }
  return n;
}

/* True when every number of a[0..na) occurs in b[0..nb). */
static int all_in(const double *a, int na, const double *b, int nb)
{
  for (int i = 0; i < na; i++) {
    int found = 0;
    for (int j = 0; j < nb && !found; j++)
      found = a[i] == b[j];
    if (!found)
      return 0;
  }
  return 1;
}

/* Calls visit(where, nl, en) with the Dutch and English help of every
** function and of every argument; returns the sum of what visit returns. */
static int each_help(int (*visit)(const char *where, const char *nl,
                                  const char *en))
{
  int sum = 0;
  for (size_t i = 0; i < otfn_function_count; i++) {
    const otfn_function *f = &otfn_functions[i];
    sum += visit(f->name, f->help_nl, f->help_en);
    for (int a = 0; a < f->argc; a++)
      sum += visit(f->args[a].name, f->args[a].nl_help, f->args[a].en_help);
  }
  return sum;
}

/* The Dutch and English texts cite the same set of numbers; returns 1. */
static int check_same_numbers(const char *where, const char *nl,
                              const char *en)
{
  double a[MAX_NUMBERS], b[MAX_NUMBERS];
  int na = numbers_in(nl, a), nb = numbers_in(en, b);
  if (!all_in(a, na, b, nb) || !all_in(b, nb, a, na)) {
    print_error("%s: Dutch and English cite other numbers:\n  nl: %s\n"
                "  en: %s\n", where, nl, en);
    fail();
  }
  return 1;
}

static void test_dutch_and_english_cite_the_same_numbers(void **state)
{
  (void)state;
  assert_true(each_help(check_same_numbers) >= 40);
}

/* The number after `word` in `text` ("standaard 6"; the word may also
** start a sentence, "Standaard 6"), or NAN when `word` is not followed by
** a number. */
static double number_after(const char *text, const char *word)
{
  const char *at = strstr(text, word);
  if (at == NULL) {
    char capital[32];
    snprintf(capital, sizeof capital, "%s", word);
    capital[0] = (char)toupper((unsigned char)capital[0]);
    at = strstr(text, capital);
  }
  if (at == NULL || !isdigit((unsigned char)at[strlen(word)]))
    return NAN;
  int decimals;
  const char *end;
  return read_number(at + strlen(word), &decimals, &end);
}

/* The quoted word just before `marker` ("\"OR\" (standaard)"), copied to
** buf; returns 0 when there is none. */
static int quoted_before(const char *text, const char *marker, char *buf,
                         size_t cap)
{
  const char *at = strstr(text, marker);
  if (at == NULL || at - text < 3 || at[-1] != '"')
    return 0;
  const char *open = at - 2;
  while (open > text && *open != '"')
    open--;
  size_t len = (size_t)(at - 1 - (open + 1));
  if (*open != '"' || len + 1 > cap)
    return 0;
  memcpy(buf, open + 1, len);
  buf[len] = '\0';
  return 1;
}

/* The default of a choice argument named in its help, as its number. */
static double choice_default_in(const otfn_arg *arg, const char *help,
                                const char *marker)
{
  char word[32];
  if (!quoted_before(help, marker, word, sizeof word))
    return NAN;
  otfn_value v = text(word);
  double out;
  int given;
  if (otfn_decode_arg(arg, &v, &out, &given) != ORTIJD_OK)
    return NAN;
  return out;
}

static void test_defaults_in_help_are_the_table_defaults(void **state)
{
  (void)state;
  int checked = 0;
  for (size_t i = 0; i < otfn_function_count; i++) {
    const otfn_function *f = &otfn_functions[i];
    for (int a = 0; a < f->argc; a++) {
      const otfn_arg *arg = &f->args[a];
      double want = arg->input->default_value, nl, en;
      switch (arg->kind) {
      case OTFN_ARG_OPTIONAL_NUMBER:
        nl = number_after(arg->nl_help, "standaard ");
        en = number_after(arg->en_help, "default ");
        break;
      case OTFN_ARG_OPTIONAL_CHOICE:
        nl = choice_default_in(arg, arg->nl_help, " (standaard");
        en = choice_default_in(arg, arg->en_help, " (default");
        break;
      default:
        /* required and override arguments have no default to name */
        continue;
      }
      if (nl != want || en != want) {
        print_error("%s %s: default %g, help says %g (nl) and %g (en)\n",
                    f->name, arg->name, want, nl, en);
        fail();
      }
      checked++;
    }
  }
  assert_true(checked >= 30);
}

/* True when text[0..len) is the display name of a function. */
static int is_function(const char *text, size_t len)
{
  return otfn_find_display_name(text, len) != NULL;
}

/* Length of the run of capital letters at s. */
static size_t capitals(const char *s)
{
  size_t n = 0;
  while (s[n] >= 'A' && s[n] <= 'Z')
    n++;
  return n;
}

/* Every "Zie X", "See X" and "X(" in text names a function. */
static int check_references(const char *where, const char *text)
{
  int found = 0;
  static const char *const see[] = {"Zie ", "See "};
  for (int k = 0; k < 2; k++) {
    for (const char *at = strstr(text, see[k]); at;
         at = strstr(at + 1, see[k])) {
      const char *name = at + strlen(see[k]);
      if (!is_function(name, capitals(name))) {
        print_error("%s: \"%s\" names no function\n", where, at);
        fail();
      }
      found++;
    }
  }
  for (const char *s = text; *s; s++) {
    size_t n = capitals(s);
    if (n >= 5 && s[n] == '(' && (s == text || !isalpha((unsigned char)s[-1]))) {
      if (!is_function(s, n)) {
        print_error("%s: %.*s(...) is no function\n", where, (int)n, s);
        fail();
      }
      found++;
    }
  }
  return found;
}

/* check_references on both languages. */
static int references_in(const char *where, const char *nl, const char *en)
{
  return check_references(where, nl) + check_references(where, en);
}

static void test_references_name_functions(void **state)
{
  (void)state;
  assert_true(each_help(references_in) >= 10);
}

/* Checks the example after `marker` in help text `text` of `f`:
** "=NAME(a;b;...) <gives> [afgerond ]N" or "... in A5:E15" for a grid.
** Returns 1 when there was an example. */
static int check_example(const otfn_function *f, const char *text,
                         const char *marker, const char *gives)
{
  const char *at = strstr(text, marker);
  if (at == NULL)
    return 0;
  const char *s = at + strlen(marker);
  assert_true(*s == '=');
  s++;
  size_t n = capitals(s);
  const otfn_function *called = otfn_find_display_name(s, n);
  assert_ptr_equal(called, f);
  s += n;
  assert_true(*s == '(');
  otfn_value values[OTFN_MAX_ARGS];
  int count = 0;
  while (*s != ')') {
    s++;
    int decimals;
    assert_true(isdigit((unsigned char)*s));
    assert_true(count < OTFN_MAX_ARGS);
    values[count++] = number(read_number(s, &decimals, &s));
    assert_true(*s == ';' || *s == ')');
  }
  s++;
  otfn_result r;
  int bad = -2;
  int status = otfn_call(f, values, count, &r, &bad);
  if (status != ORTIJD_OK) {
    print_error("%s: example %s fails: %s\n", f->name, at,
                otfn_strerror(status));
    fail();
  }
  if (f->result == OTFN_RESULT_GRID) {
    /* " in A5:E15": rows 5..15, columns A..E */
    char c0, c1;
    int r0, r1;
    assert_int_equal(sscanf(s, " in %c%d:%c%d", &c0, &r0, &c1, &r1), 4);
    assert_int_equal(r.grid.rows, r1 - r0 + 1);
    assert_int_equal(r.grid.cols, c1 - c0 + 1);
    return 1;
  }
  assert_true(strncmp(s, gives, strlen(gives)) == 0);
  s += strlen(gives);
  if (strncmp(s, "afgerond ", 9) == 0)
    s += 9;
  int decimals;
  const char *end;
  double want = read_number(s, &decimals, &end);
  double result = f->result == OTFN_RESULT_NUMBER ? r.number : NAN;
  if (!(fabs(result - want) <= 0.5 * pow(10.0, -decimals))) {
    print_error("%s: example says %s, the call gives %.10g\n", f->name, at,
                result);
    fail();
  }
  return 1;
}

static void test_examples_give_what_they_say(void **state)
{
  (void)state;
  int examples = 0;
  for (size_t i = 0; i < otfn_function_count; i++) {
    const otfn_function *f = &otfn_functions[i];
    int nl = check_example(f, f->help_nl, "Voorbeeld: ", " geeft ");
    int en = check_example(f, f->help_en, "Example: ", " gives ");
    assert_int_equal(nl, en); /* an example in one language is in both */
    examples += nl + en;
  }
  assert_true(examples >= 10);
}

/* ---- Ranges ------------------------------------------------------------- */

/* The words of one language for the range lint. */
typedef struct range_words {
  const char *to;          /* " tot en met ", " to " */
  const char *whole;       /* "geheel getal", "whole number" */
  const char *above_zero;  /* "meer dan 0", "above 0" */
  const char *at_most[2];  /* " en ten hoogste ", ", ten hoogste " */
  const char *halves;      /* " in stappen van een halve dag" */
  const char *scale[2][2]; /* {" miljoen", 1e6}, {" miljard", 1e9} */
  const char *number_is;   /* "het getal ", "the number " */
  const char *or;          /* " of ", " or " */
} range_words;

static const range_words dutch = {
  " tot en met ", "geheel getal", "meer dan 0",
  {" en ten hoogste ", ", ten hoogste "}, " in stappen van een halve dag",
  {{" miljoen", "1e6"}, {" miljard", "1e9"}}, "het getal ", " of "};
static const range_words english = {
  " to ", "whole number", "above 0", {" and at most ", ", at most "},
  " in steps of half a day", {{" million", "1e6"}, {" billion", "1e9"}},
  "the number ", " or "};

/* A range as a help text states it. */
typedef struct stated_range {
  int found;
  int symbolic_low; /* the low end names another argument ('van') */
  int above_zero;   /* "meer dan 0": the low end excluded */
  double low, high;
  int whole, halves;
} stated_range;

/* `text` with every character inside parentheses (nested too) turned into
** a space, in buf: a remark in parentheses ("(gebruikelijk 36 tot 40)")
** states no range. */
static void mask_parentheses(const char *text, char *buf, size_t cap)
{
  size_t n = strlen(text);
  assert_true(n < cap);
  int depth = 0;
  for (size_t i = 0; i <= n; i++) {
    char c = text[i];
    if (c == '(')
      depth++;
    buf[i] = depth > 0 ? ' ' : c;
    if (c == ')' && depth > 0)
      depth--;
  }
}

/* The number at s with an optional scale word ("1 miljard"); *end after
** it. NAN when s holds no number. */
static double scaled_number(const range_words *w, const char *s,
                            const char **end)
{
  if (!isdigit((unsigned char)*s))
    return NAN;
  int decimals;
  double v = read_number(s, &decimals, end);
  for (int k = 0; k < 2; k++) {
    size_t len = strlen(w->scale[k][0]);
    if (strncmp(*end, w->scale[k][0], len) == 0) {
      v *= strtod(w->scale[k][1], NULL);
      *end += len;
    }
  }
  return v;
}

/* True when the clause of `text` that holds position `at` (from the last
** ';' or ". " before it) contains `word`. */
static int clause_has(const char *text, const char *at, const char *word)
{
  const char *start = at;
  while (start > text && start[-1] != ';' &&
         !(start[-1] == ' ' && start - 1 > text && start[-2] == '.'))
    start--;
  size_t len = strlen(word);
  for (const char *p = start; p + len <= at; p++)
    if (strncmp(p, word, len) == 0)
      return 1;
  return 0;
}

/* Reads the range that `masked` (a help text, remarks masked) states, if
** any, into *r; returns how many it states. */
static int read_range(const range_words *w, const char *masked,
                      stated_range *r)
{
  int count = 0;
  memset(r, 0, sizeof *r);
  /* "LOW tot en met HIGH", LOW a number or a quoted argument name */
  size_t to_len = strlen(w->to);
  for (const char *at = strstr(masked, w->to); at;
       at = strstr(at + 1, w->to)) {
    const char *end;
    double high = scaled_number(w, at + to_len, &end);
    if (at == masked || isnan(high))
      continue;
    const char *low_end = at;
    if (low_end[-1] == '\'') {
      r->symbolic_low = 1;
    } else if (isdigit((unsigned char)low_end[-1])) {
      const char *low = low_end;
      while (low > masked && (isdigit((unsigned char)low[-1]) ||
                              low[-1] == ',' || low[-1] == '.'))
        low--;
      int decimals;
      const char *e;
      r->low = read_number(low, &decimals, &e);
      r->symbolic_low = 0;
    } else {
      continue;
    }
    r->high = high;
    r->above_zero = 0;
    r->whole = clause_has(masked, at, w->whole);
    r->halves = strncmp(end, w->halves, strlen(w->halves)) == 0;
    r->found = 1;
    count++;
  }
  /* "meer dan 0 en ten hoogste HIGH" */
  size_t az_len = strlen(w->above_zero);
  for (const char *at = strstr(masked, w->above_zero); at;
       at = strstr(at + 1, w->above_zero)) {
    for (int k = 0; k < 2; k++) {
      size_t len = strlen(w->at_most[k]);
      if (strncmp(at + az_len, w->at_most[k], len) != 0)
        continue;
      const char *end;
      double high = scaled_number(w, at + az_len + len, &end);
      if (isnan(high))
        continue;
      memset(r, 0, sizeof *r);
      r->found = 1;
      r->above_zero = 1;
      r->high = high;
      r->whole = clause_has(masked, at, w->whole);
      count++;
    }
  }
  return count;
}

/* The range stated in one language of a number argument against its core
** input; returns 1. */
static int check_stated_range(const otfn_function *f, const otfn_arg *arg,
                              const range_words *w, const char *help)
{
  char masked[1024];
  mask_parentheses(help, masked, sizeof masked);
  stated_range r;
  int count = read_range(w, masked, &r);
  const ortijd_input *in = arg->input;
  int positive = (in->flags & ORTIJD_CHECK_POSITIVE) != 0;
  int whole = (in->flags & ORTIJD_CHECK_WHOLE) != 0;
  int halves = (in->flags & ORTIJD_CHECK_HALVES) != 0;
  const char *wrong = NULL;
  if (count != 1)
    wrong = "states no range, or more than one";
  else if (r.high != in->max)
    wrong = "states another upper limit";
  else if (r.whole != whole || r.halves != halves)
    wrong = "states other steps (whole numbers, halves)";
  else if (r.above_zero ? !positive || whole
           : !r.symbolic_low && r.low != (positive ? 1.0 : 0.0))
    wrong = "states another lower limit";
  else if (!r.above_zero && r.low == 1.0 && !whole)
    wrong = "starts at 1 for a number that may have a fraction";
  if (wrong != NULL) {
    print_error("%s %s: the help %s than the core (max %g, flags %u):\n  %s\n",
                f->name, arg->name, wrong, in->max, in->flags, help);
    fail();
  }
  return 1;
}

/* The numbers after `number_is` in a choice's help ("het getal 1, 2 of 3")
** are 1..max of its input; returns 1. */
static int check_choice_numbers(const otfn_function *f, const otfn_arg *arg,
                                const range_words *w, const char *help)
{
  const char *at = strstr(help, w->number_is);
  int next = 1;
  if (at != NULL) {
    const char *s = at + strlen(w->number_is);
    for (;;) {
      int decimals;
      if (!isdigit((unsigned char)*s) ||
          read_number(s, &decimals, &s) != (double)next)
        break;
      next++;
      if (strncmp(s, ", ", 2) == 0)
        s += 2;
      else if (strncmp(s, w->or, strlen(w->or)) == 0)
        s += strlen(w->or);
      else
        break;
    }
  }
  if (next - 1 != (int)arg->input->max) {
    print_error("%s %s: the help lists the numbers 1..%d, the core's choice "
                "has 1..%g:\n  %s\n", f->name, arg->name, next - 1,
                arg->input->max, help);
    fail();
  }
  return 1;
}

/* The range an argument's help states, in both languages; returns 2. */
static int check_arg_range(const otfn_function *f, const otfn_arg *arg)
{
  int (*check)(const otfn_function *, const otfn_arg *, const range_words *,
               const char *) = arg->kind == OTFN_ARG_OPTIONAL_CHOICE
                                   ? check_choice_numbers
                                   : check_stated_range;
  return check(f, arg, &dutch, arg->nl_help) +
         check(f, arg, &english, arg->en_help);
}

/* Calls visit(f, arg) for every argument of every function; returns the
** sum of what visit returns. */
static int each_arg(int (*visit)(const otfn_function *f, const otfn_arg *arg))
{
  int sum = 0;
  for (size_t i = 0; i < otfn_function_count; i++)
    for (int a = 0; a < otfn_functions[i].argc; a++)
      sum += visit(&otfn_functions[i], &otfn_functions[i].args[a]);
  return sum;
}

static void test_stated_ranges_are_the_core_limits(void **state)
{
  (void)state;
  assert_true(each_arg(check_arg_range) >= 80);
}

/* The number after `before` in text, or NAN; the first occurrence. */
static double number_following(const char *text, const char *before)
{
  const char *at = strstr(text, before);
  if (at == NULL)
    return NAN;
  int decimals;
  const char *end;
  at += strlen(before);
  return isdigit((unsigned char)*at) ? read_number(at, &decimals, &end) : NAN;
}

/* The number just before `after` in text ("8 rijen"), or NAN. */
static double number_preceding(const char *text, const char *after)
{
  const char *at = strstr(text, after);
  if (at == NULL || at == text || !isdigit((unsigned char)at[-1]))
    return NAN;
  const char *s = at;
  while (s > text && isdigit((unsigned char)s[-1]))
    s--;
  int decimals;
  const char *end;
  return read_number(s, &decimals, &end);
}

/* The rows of a scenario an argument's help states ("ten hoogste 100
** rijen", "at most 100 rows"): the core's limit; returns 1 if it states
** them. */
static int check_arg_rows(const otfn_function *f, const otfn_arg *arg)
{
  double nl = number_preceding(arg->nl_help, " rijen");
  double en = number_preceding(arg->en_help, " rows");
  if (isnan(nl) && isnan(en))
    return 0;
  assert_int_equal(f->result, OTFN_RESULT_GRID);
  assert_true(nl == OTFN_GRID_MAX_ROWS && en == OTFN_GRID_MAX_ROWS);
  return 1;
}

/* The shape of an array result in the function's help ("8 rijen en 2
** kolommen", "5 columns") and the rows of a scenario ("rijen (ten hoogste
** 100)", "rows (at most 100)"): the table's sizes and the core's limit. */
static void test_stated_shapes_and_rows_are_the_table_sizes(void **state)
{
  (void)state;
  int checked = each_arg(check_arg_rows);
  for (size_t i = 0; i < otfn_function_count; i++) {
    const otfn_function *f = &otfn_functions[i];
    const char *nl = f->help_nl, *en = f->help_en;
    if (f->result == OTFN_RESULT_TABLE) {
      assert_true(number_preceding(nl, " rijen en ") == OTFN_TABLE_ROWS);
      assert_true(number_preceding(en, " rows and ") == OTFN_TABLE_ROWS);
      assert_true(number_preceding(nl, " kolommen") == OTFN_TABLE_COLS);
      assert_true(number_preceding(en, " columns") == OTFN_TABLE_COLS);
      checked++;
    } else if (f->result == OTFN_RESULT_GRID) {
      assert_true(number_preceding(nl, " kolommen") == OTFN_GRID_MAX_COLS);
      assert_true(number_preceding(en, " columns") == OTFN_GRID_MAX_COLS);
      assert_true(number_following(nl, "rijen (ten hoogste ") ==
                  OTFN_GRID_MAX_ROWS);
      assert_true(number_following(en, "rows (at most ") ==
                  OTFN_GRID_MAX_ROWS);
      checked++;
    }
  }
  assert_true(checked >= 3);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_stated_ranges_are_the_core_limits),
    cmocka_unit_test(test_stated_shapes_and_rows_are_the_table_sizes),
    cmocka_unit_test(test_defaults_in_help_are_the_table_defaults),
    cmocka_unit_test(test_references_name_functions),
    cmocka_unit_test(test_examples_give_what_they_say),
    cmocka_unit_test(test_dutch_and_english_cite_the_same_numbers),
  };
  return cmocka_run_group_tests_name("help lint", tests, NULL, NULL);
}
