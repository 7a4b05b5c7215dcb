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
