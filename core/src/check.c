/*
** check.c - validation of input numbers for the ortijd core: the range
** check of one input (ortijd_input_check) and the first-invalid-argument
** contract (ortijd_first_invalid) behind every model function (ortijd.h,
** "Inputs"), and the lookup of choice arguments. Kept in one place so that
** the order of the checks, and so the status a user sees, is the same
** everywhere.
*/
#include "check.h"

#include <math.h>
#include <stddef.h>

#include "ortijd.h"

/* True for the common case, a number in 0..max of an input without further
** rules: NaN and -inf fail the comparisons, +inf is above max, -0.0 is
** zero. Every such value is ORTIJD_OK for ortijd_input_check. */
static inline int plainly_in_range(const ortijd_input *input, double value)
{
  return input->flags == 0u && input->unknown_choice == 0 && value >= 0.0 &&
         value <= input->max;
}

/* Status of a value that is not plainly_in_range for `input` (the order
** of ortijd_input_check). Uses only comparisons and floor, so it never
** traps on NaN or inf. */
static int check_beyond_plain(const ortijd_input *input, double value)
{
  if (input->unknown_choice != 0) {
    int choice = 0;
    return ortijd_choice_from_number(value, (int)input->max,
                                     input->unknown_choice, &choice);
  }
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

/* Status of `value` for `input` (contract in ortijd.h). */
int ortijd_input_check(const ortijd_input *input, double value)
{
  if (input == NULL)
    return ORTIJD_ENULL;
  return plainly_in_range(input, value) ? ORTIJD_OK
                                        : check_beyond_plain(input, value);
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
      s = plainly_in_range(&inputs[i], values[i])
              ? ORTIJD_OK
              : check_beyond_plain(&inputs[i], values[i]);
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

/* Text lookup of a choice (contract in check.h). */
int ortijd_choice_from_text(const char *text, size_t len,
                            const ortijd_choice_name *names, size_t count,
                            int unknown, int *choice)
{
  if (text == NULL)
    return ORTIJD_ENULL;
  while (len > 0 && (text[0] == ' ' || text[0] == '\t')) {
    text++;
    len--;
  }
  while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\t'))
    len--;
  for (size_t i = 0; i < count; i++) {
    if (equals_ignoring_case(text, len, names[i].text)) {
      *choice = names[i].choice;
      return ORTIJD_OK;
    }
  }
  return unknown;
}

/* Number check of a choice (contract in check.h). */
int ortijd_choice_from_number(double value, int count, int unknown,
                              int *choice)
{
  if (!isfinite(value))
    return ORTIJD_ENOTFINITE;
  if (value != floor(value))
    return ORTIJD_ENOTWHOLE;
  if (value < 1.0 || value > (double)count)
    return unknown;
  *choice = (int)value;
  return ORTIJD_OK;
}
