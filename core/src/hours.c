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

/* Fills *p with the defaults of the worked example (6 OV and 12
** OR meetings of 2 h, 2 h preparation per meeting, 60 h other time per
** art. 18 lid 3, 5 training days per art. 18 lid 3 sub b of 8 h, chair
** 2 h and secretary 4 h a week, 52 weeks) and `seats`. No validation;
** a NULL p is ignored. */
void ortijd_params_init(ortijd_params *p, double seats)
{
  if (p == NULL)
    return;
  p->seats = seats;
  p->joint_meetings = 6.0;
  p->joint_meeting_hours = 2.0;
  p->council_meetings = 12.0;
  p->council_meeting_hours = 2.0;
  p->preparation_hours = 2.0;
  p->other_hours = ORTIJD_MIN_OTHER_HOURS;
  p->training_days = ORTIJD_MIN_DAYS_COUNCIL;
  p->training_day_hours = 8.0;
  p->chair_week_hours = 2.0;
  p->secretary_week_hours = 4.0;
  p->weeks_per_year = 52.0;
}

/* The range of every field of ortijd_params, in declaration order, as
** documented at ortijd_hours in ortijd.h. */
static const struct {
  double max;
  unsigned flags;
} param_rules[] = {
  {ORTIJD_MAX_SEATS, ORTIJD_CHECK_POSITIVE | ORTIJD_CHECK_WHOLE}, /* seats */
  {ORTIJD_MAX_MEETINGS, 0u},    /* joint_meetings */
  {ORTIJD_MAX_DAY_HOURS, 0u},   /* joint_meeting_hours */
  {ORTIJD_MAX_MEETINGS, 0u},    /* council_meetings */
  {ORTIJD_MAX_DAY_HOURS, 0u},   /* council_meeting_hours */
  {ORTIJD_MAX_DAY_HOURS, 0u},   /* preparation_hours */
  {ORTIJD_MAX_YEAR_HOURS, 0u},  /* other_hours */
  {ORTIJD_MAX_YEAR_DAYS, 0u},   /* training_days */
  {ORTIJD_MAX_DAY_HOURS, 0u},   /* training_day_hours */
  {ORTIJD_MAX_WEEK_HOURS, 0u},  /* chair_week_hours */
  {ORTIJD_MAX_WEEK_HOURS, 0u},  /* secretary_week_hours */
  {ORTIJD_MAX_WEEKS, ORTIJD_CHECK_POSITIVE}, /* weeks_per_year */
};

/* The number of fields of ortijd_params (all double); the compile-time
** check keeps param_rules in step with the struct in ortijd.h. */
#define PARAM_COUNT (sizeof param_rules / sizeof param_rules[0])
_Static_assert(PARAM_COUNT * sizeof(double) == sizeof(ortijd_params),
               "param_rules must list every field of ortijd_params");

/* Copies the fields of *p into v in declaration order (ortijd.h), the
** order of param_rules and of the indexes ortijd_params_first_invalid
** returns. */
static void params_as_array(const ortijd_params *p, double v[PARAM_COUNT])
{
  v[0] = p->seats;
  v[1] = p->joint_meetings;
  v[2] = p->joint_meeting_hours;
  v[3] = p->council_meetings;
  v[4] = p->council_meeting_hours;
  v[5] = p->preparation_hours;
  v[6] = p->other_hours;
  v[7] = p->training_days;
  v[8] = p->training_day_hours;
  v[9] = p->chair_week_hours;
  v[10] = p->secretary_week_hours;
  v[11] = p->weeks_per_year;
}

/* Index of the first invalid field of *p (ortijd.h), -1 if none. A NULL p
** gives -1 with *status ORTIJD_ENULL; all valid gives -1 with ORTIJD_OK. */
int ortijd_params_first_invalid(const ortijd_params *p, int *status)
{
  if (p == NULL) {
    if (status != NULL)
      *status = ORTIJD_ENULL;
    return -1;
  }
  double v[PARAM_COUNT];
  params_as_array(p, v);
  for (size_t i = 0; i < PARAM_COUNT; i++) {
    int s = ortijd_check_value(v[i], param_rules[i].max, param_rules[i].flags);
    if (s != ORTIJD_OK) {
      if (status != NULL)
        *status = s;
      return (int)i;
    }
  }
  if (status != NULL)
    *status = ORTIJD_OK;
  return -1;
}

/* x, with -0.0 turned into +0.0 so that a sheet never shows "-0" when a
** caller passed -0.0 (which validation accepts as zero). Sums of lines
** cleaned this way are never -0.0 themselves. */
static double positive_zero(double x)
{
  return x == 0.0 ? 0.0 : x;
}

/* The breakdown of the article's "Voorbeeldberekening" for a valid *p:
**   OV n x OV x h; OR meetings n x M x h; preparation n x (OV + M) x prep
**   (art. 17; preparation: case law and practice); other time
**   n x hours (art. 18 lid 1/3); training n x days x hours per day
**   (art. 18 lid 2/3); executive (chair + secretary) x weeks.
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
    b->line[i] = positive_zero(b->line[i]);
  b->meetings_subtotal = b->line[ORTIJD_LINE_JOINT_MEETINGS] +
                         b->line[ORTIJD_LINE_COUNCIL_MEETINGS] +
                         b->line[ORTIJD_LINE_PREPARATION];
  b->total = b->meetings_subtotal + b->line[ORTIJD_LINE_OTHER] +
             b->line[ORTIJD_LINE_TRAINING] + b->line[ORTIJD_LINE_EXECUTIVE];
}

/* Annual OR hours for *p (contract in ortijd.h). Validates with
** ortijd_params_first_invalid, computes into a local breakdown and copies
** it to *out only if every figure is finite (with the limits of ortijd.h
** the largest line is below 1e8, so this is a safety net). */
int ortijd_hours(const ortijd_params *p, ortijd_breakdown *out)
{
  if (p == NULL || out == NULL)
    return ORTIJD_ENULL;
  int status = ORTIJD_OK;
  if (ortijd_params_first_invalid(p, &status) >= 0)
    return status;
  ortijd_breakdown b;
  compute_breakdown(p, &b);
  for (int i = 0; i < ORTIJD_LINE_COUNT; i++) {
    if (!isfinite(b.line[i]))
      return ORTIJD_ETOOLARGE;
  }
  if (!isfinite(b.meetings_subtotal) || !isfinite(b.total))
    return ORTIJD_ETOOLARGE;
  *out = b;
  return ORTIJD_OK;
}
