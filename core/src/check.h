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

#endif /* ORTIJD_CHECK_H */
