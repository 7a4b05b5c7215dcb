/*
** costs.c - what an OR costs beyond its hours (WOR art. 22: the employer
** bears the costs): the course fee of OR training at SER-style rates (art.
** 22 lid 3, the SER richtbedragen), the hours of an ambtelijk secretaris
** (practice in collective agreements, not law), and the validation of a
** scenario range of seats. Sources: docs/rules.md and docs/sources.md.
**
** No rate is built in: the SER sets the richtbedragen every year, so the
** caller passes the rate of the year (the template keeps them with year
** and source).
*/
#include "ortijd.h"

#include <math.h>
#include <stddef.h>

#include "check.h"

/* ---- Course kinds -------------------------------------------------------- */

static const ortijd_choice_name course_names[] = {
  {"maatwerk", ORTIJD_COURSE_CUSTOM},
  {"incompany", ORTIJD_COURSE_CUSTOM},
  {"in-company", ORTIJD_COURSE_CUSTOM},
  {"custom", ORTIJD_COURSE_CUSTOM},
  {"1", ORTIJD_COURSE_CUSTOM},
  {"open", ORTIJD_COURSE_OPEN},
  {"open inschrijving", ORTIJD_COURSE_OPEN},
  {"openinschrijving", ORTIJD_COURSE_OPEN},
  {"2", ORTIJD_COURSE_OPEN},
};

/* Course kind from user text (ortijd.h): trims spaces and tabs, then
** compares with course_names without regard to ASCII case (check.c). */
int ortijd_course_parse(const char *text, size_t len, ortijd_course *out)
{
  if (text == NULL || out == NULL)
    return ORTIJD_ENULL;
  int course = ortijd_choice_from_text(
      text, len, course_names, sizeof course_names / sizeof course_names[0]);
  if (course == 0)
    return ORTIJD_ECOURSE;
  *out = (ortijd_course)course;
  return ORTIJD_OK;
}

/* Course kind from 1 or 2 (ortijd.h): finite, whole, one of the two. */
int ortijd_course_from_number(double value, ortijd_course *out)
{
  if (out == NULL)
    return ORTIJD_ENULL;
  int course = 0;
  int status = ortijd_choice_from_number(value, ORTIJD_COURSE_OPEN,
                                         ORTIJD_ECOURSE, &course);
  if (status == ORTIJD_OK)
    *out = (ortijd_course)course;
  return status;
}

/* ---- Course fee ------------------------------------------------------------ */

void ortijd_course_params_init(ortijd_course_params *p, double days,
                               double rate, double participants)
{
  if (p == NULL)
    return;
  p->days = days;
  p->rate = rate;
  p->participants = participants;
  p->course = (double)ORTIJD_COURSE_CUSTOM;
  /* SER 2017/2018 (Performa 2017, Rendement 2017): "13 of meer leden";
  ** last confirmed then (docs/sources.md). */
  p->second_trainer_from = 13.0;
  p->km = 0.0;
  p->km_rate = 0.40; /* OR-ondersteuning's service description */
  p->vat_percent = 0.0;
}

/* Status of field i of *p (declaration order of ortijd_course_params). */
static int course_field_status(const ortijd_course_params *p, int i)
{
  switch (i) {
  case 0: {
    /* Whole dagdelen: days x 2 must be whole (x 2 is exact in binary). */
    int s = ortijd_check_value(p->days, ORTIJD_MAX_YEAR_DAYS, 0u);
    if (s == ORTIJD_OK && p->days * 2.0 != floor(p->days * 2.0))
      s = ORTIJD_ENOTWHOLE;
    return s;
  }
  case 1:
    return ortijd_check_value(p->rate, ORTIJD_MAX_AMOUNT, 0u);
  case 2:
    return ortijd_check_value(p->participants, ORTIJD_MAX_SEATS,
                              ORTIJD_CHECK_POSITIVE | ORTIJD_CHECK_WHOLE);
  case 3: {
    ortijd_course c;
    return ortijd_course_from_number(p->course, &c);
  }
  case 4:
    return ortijd_check_value(p->second_trainer_from, ORTIJD_MAX_SEATS,
                              ORTIJD_CHECK_WHOLE);
  case 5:
    return ortijd_check_value(p->km, ORTIJD_MAX_KM, 0u);
  case 6:
    return ortijd_check_value(p->km_rate, ORTIJD_MAX_AMOUNT, 0u);
  default:
    return ortijd_check_value(p->vat_percent, ORTIJD_MAX_PERCENT, 0u);
  }
}

#define COURSE_FIELDS 8
_Static_assert(COURSE_FIELDS * sizeof(double) == sizeof(ortijd_course_params),
               "course_field_status must check every field");

int ortijd_course_params_first_invalid(const ortijd_course_params *p,
                                       int *status)
{
  if (p == NULL) {
    if (status != NULL)
      *status = ORTIJD_ENULL;
    return -1;
  }
  for (int i = 0; i < COURSE_FIELDS; i++) {
    int s = course_field_status(p, i);
    if (s != ORTIJD_OK) {
      if (status != NULL)
        *status = s;
      return i;
    }
  }
  if (status != NULL)
    *status = ORTIJD_OK;
  return -1;
}

/* x with -0.0 made +0.0 (a sheet should never show "-0"). */
static double plus_zero(double x)
{
  return x == 0.0 ? 0.0 : x;
}

/* Course cost at SER-style rates (contract in ortijd.h):
**   maatwerk: dagdelen x rate x trainers, trainers 2 when a second trainer
**     applies (participants >= second_trainer_from > 0), else 1;
**   open inschrijving: dagdelen x rate x participants;
** travel km x km_rate apart; btw over both. */
int ortijd_course_cost_calc(const ortijd_course_params *p,
                            ortijd_course_cost *out)
{
  if (p == NULL || out == NULL)
    return ORTIJD_ENULL;
  int status = ORTIJD_OK;
  if (ortijd_course_params_first_invalid(p, &status) >= 0)
    return status;
  ortijd_course_cost c;
  c.dagdelen = plus_zero(p->days * 2.0);
  if (p->course == (double)ORTIJD_COURSE_OPEN) {
    c.trainers = 0.0;
    c.fee = plus_zero(c.dagdelen * p->rate * p->participants);
  } else {
    c.trainers = (p->second_trainer_from > 0.0 &&
                  p->participants >= p->second_trainer_from) ? 2.0 : 1.0;
    c.fee = plus_zero(c.dagdelen * p->rate * c.trainers);
  }
  c.travel = plus_zero(p->km * p->km_rate);
  c.vat = plus_zero((c.fee + c.travel) * p->vat_percent / 100.0);
  c.total = c.fee + c.travel + c.vat;
  if (!isfinite(c.fee) || !isfinite(c.travel) || !isfinite(c.vat) ||
      !isfinite(c.total))
    return ORTIJD_ETOOLARGE;
  *out = c;
  return ORTIJD_OK;
}

/* ---- Ambtelijk secretaris ---------------------------------------------------- */

/* seats x hours per seat per week x weeks (contract in ortijd.h).
** Checked in order: seats, seat_week_hours, weeks. */
int ortijd_secretary_hours(double seats, double seat_week_hours,
                           double weeks, double *out)
{
  if (out == NULL)
    return ORTIJD_ENULL;
  int status = ortijd_check_value(seats, ORTIJD_MAX_SEATS,
                                  ORTIJD_CHECK_POSITIVE | ORTIJD_CHECK_WHOLE);
  if (status == ORTIJD_OK)
    status = ortijd_check_value(seat_week_hours, ORTIJD_MAX_WEEK_HOURS, 0u);
  if (status == ORTIJD_OK)
    status = ortijd_check_value(weeks, ORTIJD_MAX_WEEKS, ORTIJD_CHECK_POSITIVE);
  if (status != ORTIJD_OK)
    return status;
  *out = plus_zero(seats * seat_week_hours * weeks);
  return ORTIJD_OK;
}

/* ---- Wage cost --------------------------------------------------------------- */

int ortijd_wage_cost(double hours, double hourly_cost, double *out)
{
  if (out == NULL)
    return ORTIJD_ENULL;
  int status = ortijd_check_value(hours, ORTIJD_MAX_TOTAL_HOURS, 0u);
  if (status == ORTIJD_OK)
    status = ortijd_check_value(hourly_cost, ORTIJD_MAX_AMOUNT, 0u);
  if (status != ORTIJD_OK)
    return status;
  *out = plus_zero(hours * hourly_cost);
  return ORTIJD_OK;
}

/* ---- Scenario range ------------------------------------------------------------ */

int ortijd_scenario_rows(double first, double last, int *rows, int *bad)
{
  if (rows == NULL)
    return ORTIJD_ENULL;
  const unsigned flags = ORTIJD_CHECK_POSITIVE | ORTIJD_CHECK_WHOLE;
  int status = ortijd_check_value(first, ORTIJD_MAX_SEATS, flags);
  int blame = 0;
  if (status == ORTIJD_OK) {
    status = ortijd_check_value(last, ORTIJD_MAX_SEATS, flags);
    blame = 1;
  }
  if (status == ORTIJD_OK && first > last)
    status = ORTIJD_ERANGE;
  if (status == ORTIJD_OK && last - first + 1.0 > ORTIJD_MAX_SCENARIO_ROWS)
    status = ORTIJD_ETOOLARGE;
  if (status != ORTIJD_OK) {
    if (bad != NULL)
      *bad = blame;
    return status;
  }
  *rows = (int)(last - first) + 1;
  return ORTIJD_OK;
}
