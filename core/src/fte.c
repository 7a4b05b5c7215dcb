/*
** fte.c - conversions of annual OR hours (docs/rules.md): to full-time
** equivalents (fte = hours / (hours per week x weeks); the article's
** example: 1264 h at 36 h x 52 weeks = 1872 h -> 0.6752) and to hours per
** member per week (compared with the article's rule of thumb: at least
** 4 h, 6 to 8 when busy). Weeks per year is an argument: employers use 52 or net weeks.
*/
#include "ortijd.h"

#include <math.h>

#include "check.h"

/* Divides the validated `numerator` (>= 0) by the product a x b of two
** validated positive inputs into *out; ORTIJD_ETOOLARGE (out untouched) if
** the quotient is not finite, as happens when a tiny a x b makes it
** overflow. A zero numerator (also -0.0) gives +0.0 even if a x b
** underflows. Shared by ortijd_fte and ortijd_member_week_hours. */
static int divide_by_product(double numerator, double a, double b,
                             double *out)
{
  double result = numerator == 0.0 ? 0.0 : numerator / (a * b);
  if (!isfinite(result))
    return ORTIJD_ETOOLARGE;
  *out = result;
  return ORTIJD_OK;
}

/* fte = hours / (week_hours x weeks) (contract in ortijd.h).
** Arguments are checked in order: hours, week_hours, weeks. */
int ortijd_fte(double hours, double week_hours, double weeks, double *out)
{
  if (out == NULL)
    return ORTIJD_ENULL;
  int status = ortijd_check_value(hours, ORTIJD_MAX_TOTAL_HOURS, 0u);
  if (status == ORTIJD_OK)
    status = ortijd_check_value(week_hours, ORTIJD_MAX_WEEK_HOURS,
                                ORTIJD_CHECK_POSITIVE);
  if (status == ORTIJD_OK)
    status = ortijd_check_value(weeks, ORTIJD_MAX_WEEKS, ORTIJD_CHECK_POSITIVE);
  if (status != ORTIJD_OK)
    return status;
  return divide_by_product(hours, week_hours, weeks, out);
}

/* Hours per member per week = total_hours / (seats x weeks), the measure
** of the article's rule of thumb (contract in ortijd.h). Arguments are checked in
** order: total_hours, seats (whole, as in WOR art. 6), weeks. */
int ortijd_member_week_hours(double total_hours, double seats, double weeks,
                             double *out)
{
  if (out == NULL)
    return ORTIJD_ENULL;
  int status = ortijd_check_value(total_hours, ORTIJD_MAX_TOTAL_HOURS, 0u);
  if (status == ORTIJD_OK)
    status = ortijd_check_value(seats, ORTIJD_MAX_SEATS,
                                ORTIJD_CHECK_POSITIVE | ORTIJD_CHECK_WHOLE);
  if (status == ORTIJD_OK)
    status = ortijd_check_value(weeks, ORTIJD_MAX_WEEKS, ORTIJD_CHECK_POSITIVE);
  if (status != ORTIJD_OK)
    return status;
  return divide_by_product(total_hours, seats, weeks, out);
}
