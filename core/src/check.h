/*
** check.h - internal to the ortijd core: the one place where an input
** number is checked against its documented range (ortijd.h). Every public
** function validates through ortijd_check_value so that all of them give
** the same status for the same kind of mistake.
*/
#ifndef ORTIJD_CHECK_H
#define ORTIJD_CHECK_H

/* Flags for ortijd_check_value. */
#define ORTIJD_CHECK_POSITIVE 1u /* zero is refused (ORTIJD_EZERO) */
#define ORTIJD_CHECK_WHOLE    2u /* a fraction is refused (ORTIJD_ENOTWHOLE) */

/* Checks `value` against the range 0..max (ortijd.h, "Limits"), refusing
** zero if ORTIJD_CHECK_POSITIVE and fractions if ORTIJD_CHECK_WHOLE is in
** `flags`. The first failing test decides, in this order: ORTIJD_ENOTFINITE
** (NaN, +/-inf), ORTIJD_ENEGATIVE (< 0), ORTIJD_EZERO, ORTIJD_ENOTWHOLE
** (value != floor(value)), ORTIJD_ETOOLARGE (> max). Returns ORTIJD_OK
** otherwise. -0.0 counts as zero, not as negative. */
int ortijd_check_value(double value, double max, unsigned flags);

#include <stddef.h>

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

#endif /* ORTIJD_CHECK_H */
