/*
** arg_decode.c - turns one Calc argument, already stripped of UNO types by
** the UNO layer (otfn_value), into the double the evaluators take.
**
** The input rule (the same for every function; docs/rules.md, "Invoer"):
**  - a number passes unchanged; its range is checked by the core;
**  - an omitted optional argument or empty (blank) text takes the
**    parameter's default;
**  - numeric text counts as that number, in every numeric argument, the
**    way Calc itself converts it for a required argument: optional sign,
**    digits with a decimal point ('.'), optional exponent, spaces around
**    ("6", " 7.5 ", "1e3"); a decimal comma ("7,5") is not a number;
**  - a choice argument (a role, a course kind) also takes the words of
**    its input's choice (ortijd_choice_parse);
**  - any other text or value type is an error.
** No LibreOffice dependency, so it is unit-tested and fuzzed directly.
*/
#include "arg_decode.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

/* True for the blanks trimmed around text: space and tab. */
static int is_blank_char(char c)
{
  return c == ' ' || c == '\t';
}

/* True when text[0..len) holds only spaces and tabs (or nothing). */
static int is_blank(const char *text, size_t len)
{
  for (size_t i = 0; i < len; i++)
    if (!is_blank_char(text[i]))
      return 0;
  return 1;
}

static int is_digit(char c)
{
  return c >= '0' && c <= '9';
}

/* True when s[0..len) is a plain decimal number: [+-] digits [. digits]
** or [+-] . digits, then optionally e/E [+-] digits. Nothing else (no
** spaces, no comma, no hex, no inf/nan). */
static int is_number_syntax(const char *s, size_t len)
{
  size_t i = 0, digits = 0;
  if (i < len && (s[i] == '+' || s[i] == '-'))
    i++;
  while (i < len && is_digit(s[i])) {
    i++;
    digits++;
  }
  if (i < len && s[i] == '.') {
    i++;
    while (i < len && is_digit(s[i])) {
      i++;
      digits++;
    }
  }
  if (digits == 0)
    return 0;
  if (i < len && (s[i] == 'e' || s[i] == 'E')) {
    i++;
    if (i < len && (s[i] == '+' || s[i] == '-'))
      i++;
    size_t exp_digits = 0;
    while (i < len && is_digit(s[i])) {
      i++;
      exp_digits++;
    }
    if (exp_digits == 0)
      return 0;
  }
  return i == len;
}

/* Reads numeric text (see the policy above) into *out. Returns ORTIJD_OK,
** or OTFN_ETEXT when the text is not a number. Overflow gives +-inf, which
** the core then refuses like any other number out of range. */
static int parse_number_text(const char *text, size_t len, double *out)
{
  while (len > 0 && is_blank_char(text[0])) {
    text++;
    len--;
  }
  while (len > 0 && is_blank_char(text[len - 1]))
    len--;
  if (!is_number_syntax(text, len))
    return OTFN_ETEXT;
  /* strtod reads the C library's current decimal point, which need not be
  ** '.' inside an office process: write the text with that point. */
  const char *point = localeconv()->decimal_point;
  if (point == NULL || point[0] == '\0')
    point = ".";
  size_t point_len = strlen(point);
  size_t cap = len * point_len + 1;
  char small[96];
  char *buf = cap <= sizeof small ? small : malloc(cap);
  if (buf == NULL)
    return OTFN_ETEXT;
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    if (text[i] == '.') {
      memcpy(buf + n, point, point_len);
      n += point_len;
    } else {
      buf[n++] = text[i];
    }
  }
  buf[n] = '\0';
  char *end = NULL;
  double value = strtod(buf, &end);
  int complete = end == buf + n;
  if (buf != small)
    free(buf);
  if (!complete)
    return OTFN_ETEXT;
  *out = value;
  return ORTIJD_OK;
}

int otfn_decode_arg(const otfn_arg *arg, const otfn_value *value,
                    double *out, int *given)
{
  if (arg == NULL || value == NULL || out == NULL || given == NULL)
    return ORTIJD_ENULL;
  double number = 0.0;
  int common = otfn_decode_common(arg, value, &number);
  if (common >= 0) {
    *out = number;
    *given = common;
    return ORTIJD_OK;
  }
  int omitted = value->kind == OTFN_VALUE_VOID ||
                (value->kind == OTFN_VALUE_TEXT &&
                 (value->text == NULL || is_blank(value->text, value->len)));
  if (omitted) {
    if (arg->kind == OTFN_ARG_NUMBER)
      return OTFN_ETYPE;
    *out = otfn_omitted_value(arg);
    *given = 0;
    return ORTIJD_OK;
  }

  int status = ORTIJD_OK;
  int choice = arg->kind == OTFN_ARG_OPTIONAL_CHOICE;
  if (value->kind == OTFN_VALUE_NUMBER) {
    number = value->number;
  } else if (value->kind == OTFN_VALUE_TEXT) {
    /* Numeric text counts as its number, for every kind of argument; a
    ** choice also takes its words. */
    if (parse_number_text(value->text, value->len, &number) != ORTIJD_OK) {
      if (!choice)
        return OTFN_ETEXT;
      int word = 0;
      status = ortijd_choice_parse(arg->input->choice, value->text,
                                   value->len, &word);
      number = (double)word;
      choice = 0; /* a word found is one of the choice's numbers */
    }
  } else {
    return OTFN_ETYPE;
  }
  /* A choice given as a number is checked here against its input (a role
  ** 1..3, a course kind 1..2), so that a wrong one is named at once. */
  if (choice)
    status = ortijd_input_check(arg->input, number);
  if (status != ORTIJD_OK)
    return status;
  *out = number;
  *given = 1;
  return ORTIJD_OK;
}
