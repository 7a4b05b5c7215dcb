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
** validated positive inputs into *out; ORTIJD_ETOOLARGE (out untouched,
** no input to blame) if the quotient is not finite, as happens when a tiny
** a x b makes it overflow. A zero numerator (also -0.0) gives +0.0 even if
** a x b underflows. Shared by ortijd_fte and ortijd_member_week_hours. */
static int divide_by_product(double numerator, double a, double b,
                             double *out, int *bad)
{
  double result = numerator == 0.0 ? 0.0 : numerator / (a * b);
  if (!isfinite(result))
    return otcore_fail(ORTIJD_ETOOLARGE, bad, -1);
  *out = result;
  return ORTIJD_OK;
}

/* numerator / (a x b) into *out for three arguments checked in order
** against inputs[0..3) (the contracts in ortijd.h). */
static int checked_quotient(const ortijd_input *inputs, double numerator,
                            double a, double b, double *out, int *bad)
{
  if (out == NULL)
    return otcore_fail(ORTIJD_ENULL, bad, -1);
  int status = OTCORE_CHECK_INPUTS(bad, inputs, numerator, a, b);
  if (status != ORTIJD_OK)
    return status;
  return divide_by_product(numerator, a, b, out, bad);
}

/* hours 0..ORTIJD_MAX_TOTAL_HOURS; hours per full-time week >0..
** ORTIJD_MAX_WEEK_HOURS, default 36; weeks >0..ORTIJD_MAX_WEEKS, 52. */
const ortijd_input ortijd_fte_inputs[3] = {
  {"hours", 0.0, ORTIJD_MAX_TOTAL_HOURS, 0u, NULL},
  {"week_hours", ORTIJD_DEFAULT_FTE_WEEK_HOURS, ORTIJD_MAX_WEEK_HOURS,
   ORTIJD_CHECK_POSITIVE, NULL},
  {"weeks", ORTIJD_DEFAULT_WEEKS, ORTIJD_MAX_WEEKS, ORTIJD_CHECK_POSITIVE,
   NULL},
};

/* fte = hours / (week_hours x weeks) (contract in ortijd.h). */
int ortijd_fte(double hours, double week_hours, double weeks, double *out,
               int *bad)
{
  return checked_quotient(ortijd_fte_inputs, hours, week_hours, weeks, out,
                          bad);
}

/* total_hours 0..ORTIJD_MAX_TOTAL_HOURS; seats whole 1..ORTIJD_MAX_SEATS
** (as in WOR art. 6); weeks >0..ORTIJD_MAX_WEEKS, default 52. */
const ortijd_input ortijd_member_week_hours_inputs[3] = {
  {"total_hours", 0.0, ORTIJD_MAX_TOTAL_HOURS, 0u, NULL},
  {"seats", 0.0, ORTIJD_MAX_SEATS, ORTIJD_CHECK_POSITIVE | ORTIJD_CHECK_WHOLE,
   NULL},
  {"weeks", ORTIJD_DEFAULT_WEEKS, ORTIJD_MAX_WEEKS, ORTIJD_CHECK_POSITIVE,
   NULL},
};

/* Hours per member per week = total_hours / (seats x weeks), the measure
** of the article's rule of thumb (contract in ortijd.h). */
int ortijd_member_week_hours(double total_hours, double seats, double weeks,
                             double *out, int *bad)
{
  return checked_quotient(ortijd_member_week_hours_inputs, total_hours, seats,
                          weeks, out, bad);
}
