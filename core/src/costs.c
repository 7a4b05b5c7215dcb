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

/* The spellings of a course kind, exactly the list in ortijd.h, the first
** of each kind its word. */
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

/* ortijd_course_choice, ortijd_course_parse and ortijd_course_from_number
** (ortijd.h): the words of course_names without regard to ASCII case
** (check.c), any other ORTIJD_ECOURSE, the numbers 1 and 2 of the course
** field's input. */
OTCORE_CHOICE(course, course_names, ORTIJD_ECOURSE)
OTCORE_CHOICE_READERS(course, ortijd_course,
                      &ortijd_course_inputs[ORTIJD_COURSE_COURSE])

/* ---- Course fee ------------------------------------------------------------ */

/* The inputs of ortijd_course_params, from ORTIJD_COURSE_FIELDS (ortijd.h;
** sources of the defaults: docs/sources.md). */
const ortijd_input ortijd_course_inputs[ORTIJD_COURSE_FIELD_COUNT] = {
  ORTIJD_COURSE_FIELDS(OTCORE_FIELD_INPUT)
};

_Static_assert(ORTIJD_COURSE_FIELD_COUNT * sizeof(double) ==
                   sizeof(ortijd_course_params),
               "ortijd_course_params holds exactly ORTIJD_COURSE_FIELDS");

/* The fields of *p in the order of ortijd_course_inputs (ortijd.h). */
double *ortijd_course_params_to_values(const ortijd_course_params *p,
                                       double *values)
{
  if (p == NULL)
    return NULL;
  size_t n = 0;
  ORTIJD_COURSE_FIELDS(OTCORE_FIELD_TO_VALUE)
  return values;
}

/* *p from values in the order of ortijd_course_inputs (ortijd.h). */
void ortijd_course_params_from_values(const double *values,
                                      ortijd_course_params *p)
{
  size_t n = 0;
  ORTIJD_COURSE_FIELDS(OTCORE_FIELD_FROM_VALUE)
}

/* The defaults of ortijd_course_inputs and the three required inputs. */
void ortijd_course_params_init(ortijd_course_params *p, double days,
                               double rate, double participants)
{
  if (p == NULL)
    return;
  ORTIJD_COURSE_FIELDS(OTCORE_FIELD_DEFAULT)
  p->days = days;
  p->rate = rate;
  p->participants = participants;
}

/* The first invalid field of *p (ortijd.h), through ortijd_first_invalid. */
int ortijd_course_params_first_invalid(const ortijd_course_params *p,
                                       int *status)
{
  double v[ORTIJD_COURSE_FIELD_COUNT];
  return ortijd_first_invalid(ortijd_course_inputs, ORTIJD_COURSE_FIELD_COUNT,
                              ortijd_course_params_to_values(p, v), status);
}

/* fields_status(p, bad): the fields of *p against ORTIJD_COURSE_FIELDS,
** the first failing one's status and index (check.h). */
OTCORE_FIELDS_STATUS(fields_status, ortijd_course_params,
                     ORTIJD_COURSE_FIELDS, ortijd_course_inputs,
                     ORTIJD_COURSE_FIELD_COUNT, ortijd_course_params_to_values)

/* Course cost at SER-style rates (contract in ortijd.h):
**   maatwerk: dagdelen x rate x trainers, trainers 2 when a second trainer
**     applies (participants >= second_trainer_from > 0), else 1;
**   open inschrijving: dagdelen x rate x participants;
** travel km x km_rate apart; btw over both. */
int ortijd_course_cost_calc(const ortijd_course_params *p,
                            ortijd_course_cost *out, int *bad)
{
  int status = out == NULL ? otcore_fail(ORTIJD_ENULL, bad, -1)
                           : fields_status(p, bad);
  if (status != ORTIJD_OK)
    return status;
  ortijd_course_cost c;
  c.dagdelen = otcore_plus_zero(p->days * 2.0);
  if (p->course == (double)ORTIJD_COURSE_OPEN) {
    c.trainers = 0.0;
    c.fee = otcore_plus_zero(c.dagdelen * p->rate * p->participants);
  } else {
    c.trainers = (p->second_trainer_from > 0.0 &&
                  p->participants >= p->second_trainer_from) ? 2.0 : 1.0;
    c.fee = otcore_plus_zero(c.dagdelen * p->rate * c.trainers);
  }
  c.travel = otcore_plus_zero(p->km * p->km_rate);
  c.vat = otcore_plus_zero((c.fee + c.travel) * p->vat_percent / 100.0);
  c.total = c.fee + c.travel + c.vat;
  if (!isfinite(c.fee) || !isfinite(c.travel) || !isfinite(c.vat) ||
      !isfinite(c.total))
    return otcore_fail(ORTIJD_ETOOLARGE, bad, -1);
  *out = c;
  return ORTIJD_OK;
}

/* ---- Ambtelijk secretaris ---------------------------------------------------- */

/* seats x hours per seat per week x weeks (contract in ortijd.h).
** Checked in order: seats, seat_week_hours, weeks. */
const ortijd_input ortijd_secretary_hours_inputs[3] = {
  {"seats", 0.0, ORTIJD_MAX_SEATS, ORTIJD_CHECK_POSITIVE | ORTIJD_CHECK_WHOLE,
   NULL},
  {"seat_week_hours", ORTIJD_DEFAULT_SEAT_WEEK_HOURS, ORTIJD_MAX_WEEK_HOURS,
   0u, NULL},
  {"weeks", ORTIJD_DEFAULT_WEEKS, ORTIJD_MAX_WEEKS, ORTIJD_CHECK_POSITIVE,
   NULL},
};

int ortijd_secretary_hours(double seats, double seat_week_hours,
                           double weeks, double *out, int *bad)
{
  if (out == NULL)
    return otcore_fail(ORTIJD_ENULL, bad, -1);
  int status = OTCORE_CHECK_INPUTS(bad, ortijd_secretary_hours_inputs, seats,
                                   seat_week_hours, weeks);
  if (status != ORTIJD_OK)
    return status;
  *out = otcore_plus_zero(seats * seat_week_hours * weeks);
  return ORTIJD_OK;
}

/* ---- Wage cost --------------------------------------------------------------- */

const ortijd_input ortijd_wage_cost_inputs[2] = {
  {"hours", 0.0, ORTIJD_MAX_TOTAL_HOURS, 0u, NULL},
  {"hourly_cost", 0.0, ORTIJD_MAX_AMOUNT, 0u, NULL},
};

int ortijd_wage_cost(double hours, double hourly_cost, double *out, int *bad)
{
  if (out == NULL)
    return otcore_fail(ORTIJD_ENULL, bad, -1);
  int status =
      OTCORE_CHECK_INPUTS(bad, ortijd_wage_cost_inputs, hours, hourly_cost);
  if (status != ORTIJD_OK)
    return status;
  *out = otcore_plus_zero(hours * hourly_cost);
  return ORTIJD_OK;
}

/* ---- Scenario range ------------------------------------------------------------ */

const ortijd_input ortijd_scenario_inputs[2] = {
  {"first", 0.0, ORTIJD_MAX_SEATS, ORTIJD_CHECK_POSITIVE | ORTIJD_CHECK_WHOLE,
   NULL},
  {"last", 0.0, ORTIJD_MAX_SEATS, ORTIJD_CHECK_POSITIVE | ORTIJD_CHECK_WHOLE,
   NULL},
};

/* Checks both ends against ortijd_scenario_inputs, then the range as a
** whole (blamed on `last`). */
int ortijd_scenario_rows(double first, double last, int *rows, int *bad)
{
  if (rows == NULL)
    return otcore_fail(ORTIJD_ENULL, bad, -1);
  const double values[] = {first, last};
  int status;
  int blame = ortijd_first_invalid(ortijd_scenario_inputs, 2, values, &status);
  if (blame < 0)
    blame = 1;
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
