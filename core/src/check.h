/*
** check.h - internal to the ortijd core: the text and number lookup of a
** choice argument (a role, a course kind). The range check of a number is
** public (ortijd_input_check in ortijd.h); both live in check.c.
*/
#ifndef ORTIJD_CHECK_H
#define ORTIJD_CHECK_H

#include <stddef.h>

#include "ortijd.h"

/* One spelling of a choice argument (a role, a course kind) and the number
** it stands for (1..count, as the public enums in ortijd.h are numbered). */
typedef struct ortijd_choice_name {
  const char *text;
  int choice;
} ortijd_choice_name;

/* Looks `len` bytes of user text up in names[0..count): spaces and tabs
** around it are ignored, and ASCII case (locale-free on purpose: a text is
** matched the same on every machine). Returns the choice, or 0 when no
** name matches. `text` need not be NUL-terminated. */
int ortijd_choice_from_text(const char *text, size_t len,
                            const ortijd_choice_name *names, size_t count);

/* Checks a choice given as a number: finite (else ORTIJD_ENOTFINITE),
** whole (else ORTIJD_ENOTWHOLE), 1..count (else `unknown`, the status of
** the argument's kind, e.g. ORTIJD_EROLE). On ORTIJD_OK *choice is it. */
int ortijd_choice_from_number(double value, int count, int unknown,
                              int *choice);

/* x, with -0.0 turned into +0.0 so that a sheet never shows "-0" when a
** caller passed -0.0 (which validation accepts as zero). Sums of results
** cleaned this way are never -0.0 themselves. */
static inline double ortijd_plus_zero(double x)
{
  return x == 0.0 ? 0.0 : x;
}

#endif /* ORTIJD_CHECK_H */
