/*
** hours.c - the annual hours model of the article "Hoeveel tijd heb ik
** nodig voor OR-werk?" ("Voorbeeldberekening"; table in docs/rules.md): the
** defaults, the validation of every input, and the breakdown per line.
** Meetings are working time under WOR art. 17 (preparation too: case law
** and practice, docs/rules.md); the
** other time and the training days are those of WOR art. 18 lid 1 and 2.
** No statutory minimum is enforced here (agreed numbers may differ, a PVT
** has none), so the model works for any agreement.
*/
#include "ortijd.h"

#include <math.h>
#include <stddef.h>

#include "check.h"

/* The inputs of the model, generated from ORTIJD_HOURS_FIELDS (ortijd.h):
** the defaults of the worked example (6 OV and 12 OR meetings of 2 h, 2 h
** preparation per meeting, 60 h other time per art. 18 lid 3, 5 training
** days per art. 18 lid 3 sub b of 8 h, chair 2 h and secretary 4 h a week,
** 52 weeks) and the ranges of ortijd.h, "Limits". */
const ortijd_input ortijd_hours_inputs[ORTIJD_HOURS_COUNT] = {
  ORTIJD_HOURS_FIELDS(OTCORE_FIELD_INPUT)
};

_Static_assert(ORTIJD_HOURS_COUNT * sizeof(double) == sizeof(ortijd_params),
               "ortijd_params holds exactly the fields of ORTIJD_HOURS_FIELDS");

/* Fills *p with the defaults of ortijd_hours_inputs and `seats`. No
** validation; a NULL p is ignored. */
void ortijd_params_init(ortijd_params *p, double seats)
{
  if (p == NULL)
    return;
  ORTIJD_HOURS_FIELDS(OTCORE_FIELD_DEFAULT)
  p->seats = seats;
}

/* The fields of *p in the order of ortijd_hours_inputs (ortijd.h). */
double *ortijd_params_to_values(const ortijd_params *p, double *values)
{
  if (p == NULL)
    return NULL;
  size_t n = 0;
  ORTIJD_HOURS_FIELDS(OTCORE_FIELD_TO_VALUE)
  return values;
}

/* *p from values in the order of ortijd_hours_inputs (ortijd.h). */
void ortijd_params_from_values(const double *values, ortijd_params *p)
{
  size_t n = 0;
  ORTIJD_HOURS_FIELDS(OTCORE_FIELD_FROM_VALUE)
}

/* The first invalid field of *p (ortijd.h), through ortijd_first_invalid. */
int ortijd_params_first_invalid(const ortijd_params *p, int *status)
{
  double v[ORTIJD_HOURS_COUNT];
  return ortijd_first_invalid(ortijd_hours_inputs, ORTIJD_HOURS_COUNT,
                              ortijd_params_to_values(p, v), status);
}

/* fields_status(p, bad): the fields of *p against ORTIJD_HOURS_FIELDS,
** the first failing one's status and index (check.h). */
OTCORE_FIELDS_STATUS(fields_status, ortijd_params, ORTIJD_HOURS_FIELDS,
                     ortijd_hours_inputs, ORTIJD_HOURS_COUNT,
                     ortijd_params_to_values)

/* One subtotal row in ORTIJD_HOURS_ROWS: ortijd_breakdown has one member
** for it. */
#define COUNT_NONE(name, label)
#define COUNT_ONE(name, label) +1
_Static_assert(0 ORTIJD_HOURS_ROWS(COUNT_NONE, COUNT_ONE, COUNT_NONE) == 1,
               "the hours table has one subtotal (meetings_subtotal)");
#undef COUNT_NONE
#undef COUNT_ONE

/* The breakdown of the article's "Voorbeeldberekening" for a valid *p:
**   OV n x OV x h; OR meetings n x M x h; preparation n x (OV + M) x prep
**   (art. 17; preparation: case law and practice); other time
**   n x hours (art. 18 lid 1/3); training n x days x hours per day
**   (art. 18 lid 2/3); executive (chair + secretary) x weeks.
** The subtotal and the total are the sums of the lines above their rows of
** ORTIJD_HOURS_ROWS, in row order.
** With the defaults and n = 7: 84, 168, 252 (504), 420, 280, 312; 1516. */
static void compute_breakdown(const ortijd_params *p, ortijd_breakdown *b)
{
  double n = p->seats;
  b->line[ORTIJD_LINE_JOINT_MEETINGS] =
      n * p->joint_meetings * p->joint_meeting_hours;
  b->line[ORTIJD_LINE_COUNCIL_MEETINGS] =
      n * p->council_meetings * p->council_meeting_hours;
  b->line[ORTIJD_LINE_PREPARATION] =
      n * (p->joint_meetings + p->council_meetings) * p->preparation_hours;
  b->line[ORTIJD_LINE_OTHER] = n * p->other_hours;
  b->line[ORTIJD_LINE_TRAINING] =
      n * p->training_days * p->training_day_hours;
  b->line[ORTIJD_LINE_EXECUTIVE] =
      (p->chair_week_hours + p->secretary_week_hours) * p->weeks_per_year;
  for (int i = 0; i < ORTIJD_LINE_COUNT; i++)
    b->line[i] = otcore_plus_zero(b->line[i]);
  /* -0.0 + x is x for every x, so the first line starts the sum exactly. */
  double sum = -0.0;
#define SUM_LINE(name, label) sum += b->line[ORTIJD_LINE_##name];
#define SUM_SUBTOTAL(name, label) b->meetings_subtotal = sum;
#define SUM_TOTAL(name, label) b->total = sum;
  ORTIJD_HOURS_ROWS(SUM_LINE, SUM_SUBTOTAL, SUM_TOTAL)
#undef SUM_LINE
#undef SUM_SUBTOTAL
#undef SUM_TOTAL
}

/* Annual OR hours for *p (contract in ortijd.h). Validates every field
** (fields_status), computes into a local breakdown and copies it to *out
** only if every figure is finite (with the limits of ortijd.h the largest
** line is below 1e8, so this is a safety net). */
int ortijd_hours(const ortijd_params *p, ortijd_breakdown *out, int *bad)
{
  int status = out == NULL ? otcore_fail(ORTIJD_ENULL, bad, -1)
                           : fields_status(p, bad);
  if (status != ORTIJD_OK)
    return status;
  ortijd_breakdown b;
  compute_breakdown(p, &b);
  for (int i = 0; i < ORTIJD_LINE_COUNT; i++) {
    if (!isfinite(b.line[i]))
      return otcore_fail(ORTIJD_ETOOLARGE, bad, -1);
  }
  if (!isfinite(b.meetings_subtotal) || !isfinite(b.total))
    return otcore_fail(ORTIJD_ETOOLARGE, bad, -1);
  *out = b;
  return ORTIJD_OK;
}
