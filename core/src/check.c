/*
** check.c - validation of input numbers for the ortijd core: the range
** check of one input (ortijd_input_check) and the first-invalid-argument
** contract (ortijd_first_invalid) behind every model function (ortijd.h,
** "Inputs"), and the lookup of choice arguments (ortijd_choice_parse,
** ortijd_choice_word). Kept in one place so that the order of the checks,
** and so the status a user sees, is the same everywhere.
*/
#include "check.h"

#include <math.h>
#include <stddef.h>

#include "ortijd.h"

/* Checks a choice given as a number: finite (else ORTIJD_ENOTFINITE),
** whole (else ORTIJD_ENOTWHOLE), 1..count (else `unknown`, the status of
** the choice, e.g. ORTIJD_EROLE). */
static int choice_number_status(double value, double count, int unknown)
{
  if (!isfinite(value))
    return ORTIJD_ENOTFINITE;
  if (value != floor(value))
    return ORTIJD_ENOTWHOLE;
  if (value < 1.0 || value > count)
    return unknown;
  return ORTIJD_OK;
}

/* Status of a value that does not pass `input` (otcore_passes), in the
** order of ortijd_input_check. Uses only comparisons and floor, so it
** never traps on NaN or inf. */
static int failure_status(const ortijd_input *input, double value)
{
  if (input->choice != NULL)
    return choice_number_status(value, input->max, input->choice->unknown);
  if (!isfinite(value))
    return ORTIJD_ENOTFINITE;
  if (value < 0.0)
    return ORTIJD_ENEGATIVE;
  if ((input->flags & ORTIJD_CHECK_POSITIVE) && value == 0.0)
    return ORTIJD_EZERO;
  if ((input->flags & ORTIJD_CHECK_WHOLE) && value != floor(value))
    return ORTIJD_ENOTWHOLE;
  /* x 2 is exact in binary, so this tests halves exactly. */
  if ((input->flags & ORTIJD_CHECK_HALVES) &&
      value * 2.0 != floor(value * 2.0))
    return ORTIJD_ENOTWHOLE;
  if (value > input->max)
    return ORTIJD_ETOOLARGE;
  return ORTIJD_OK;
}

/* Status of `value` for an input that is not NULL. */
static inline int status_of(const ortijd_input *input, double value)
{
  return otcore_passes(value, input->max, input->flags, input->choice)
             ? ORTIJD_OK
             : failure_status(input, value);
}

/* Status of `value` for `input` (contract in ortijd.h). */
int ortijd_input_check(const ortijd_input *input, double value)
{
  return input == NULL ? ORTIJD_ENULL : status_of(input, value);
}

/* The first value that fails its input (contract in ortijd.h). */
int ortijd_first_invalid(const ortijd_input *inputs, size_t count,
                         const double *values, int *status)
{
  int s = ORTIJD_OK;
  int index = -1;
  if (inputs == NULL || values == NULL) {
    s = ORTIJD_ENULL;
  } else {
    for (size_t i = 0; i < count && index < 0; i++) {
      s = status_of(&inputs[i], values[i]);
      if (s != ORTIJD_OK)
        index = (int)i;
    }
  }
  if (status != NULL)
    *status = s;
  return index;
}

/* ASCII lower case of byte c; other bytes (also UTF-8 ones) unchanged. */
static unsigned char ascii_lower(unsigned char c)
{
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : c;
}

/* Non-zero if the `len` bytes at `text` equal the NUL-terminated `name`
** without regard to ASCII case. */
static int equals_ignoring_case(const char *text, size_t len,
                                const char *name)
{
  size_t i = 0;
  for (; i < len; i++) {
    if (name[i] == '\0' ||
        ascii_lower((unsigned char)text[i]) !=
            ascii_lower((unsigned char)name[i]))
      return 0;
  }
  return name[i] == '\0';
}

/* Text lookup of a choice (contract in ortijd.h). */
int ortijd_choice_parse(const ortijd_choice *choice, const char *text,
                        size_t len, int *number)
{
  if (choice == NULL || text == NULL || number == NULL)
    return ORTIJD_ENULL;
  while (len > 0 && (text[0] == ' ' || text[0] == '\t')) {
    text++;
    len--;
  }
  while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\t'))
    len--;
  for (size_t i = 0; i < choice->name_count; i++) {
    if (equals_ignoring_case(text, len, choice->names[i].text)) {
      *number = choice->names[i].number;
      return ORTIJD_OK;
    }
  }
  return choice->unknown;
}

/* The first spelling of a number (contract in ortijd.h). */
const char *ortijd_choice_word(const ortijd_choice *choice, int number)
{
  for (size_t i = 0; choice != NULL && i < choice->name_count; i++)
    if (choice->names[i].number == number)
      return choice->names[i].text;
  return NULL;
}
