/*
** check.c - validation of a single input number for the ortijd core: the
** shared range check behind every public function (ortijd.h, "Limits" and
** the error convention). Kept apart so that the order of the checks, and
** so the status a user sees, is the same everywhere.
*/
#include "check.h"

#include <math.h>

#include "ortijd.h"

/* Range check of one input (contract in check.h; limits from ortijd.h).
** Uses only comparisons and floor, so it never traps on NaN or inf. */
int ortijd_check_value(double value, double max, unsigned flags)
{
  if (!isfinite(value))
    return ORTIJD_ENOTFINITE;
  if (value < 0.0)
    return ORTIJD_ENEGATIVE;
  if ((flags & ORTIJD_CHECK_POSITIVE) && value == 0.0)
    return ORTIJD_EZERO;
  if ((flags & ORTIJD_CHECK_WHOLE) && value != floor(value))
    return ORTIJD_ENOTWHOLE;
  if (value > max)
    return ORTIJD_ETOOLARGE;
  return ORTIJD_OK;
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
                            const ortijd_choice_name *names, size_t count)
{
  while (len > 0 && (text[0] == ' ' || text[0] == '\t')) {
    text++;
    len--;
  }
  while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\t'))
    len--;
  for (size_t i = 0; i < count; i++)
    if (equals_ignoring_case(text, len, names[i].text))
      return names[i].choice;
  return 0;
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
