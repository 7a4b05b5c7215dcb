/*
** seats.c - the number of works-council (OR) seats, WOR art. 6 lid 1:
** the statutory brackets by the number of persons working in the
** enterprise, and the different number an OR may set in its reglement
** (same lid, with the ondernemer's consent), which is accepted as given.
** Zero persons is refused: there is no OR without persons working in the
** enterprise. Sources and law text: docs/rules.md, "Zetels".
*/
#include "ortijd.h"

#include "check.h"

/* WOR art. 6 lid 1. Lower bound (inclusive) of each bracket and its
** seats; "tot" in the law makes every upper bound exclusive. The rows
** from 2000 on spell out "bij elk volgend duizendtal personen 2 leden
** meer, tot ten hoogste 25 leden": 17, 19, 21, 23, and 25 from 6000. */
static const struct {
  double from_persons;
  double seats;
} seat_brackets[] = {
  {0.0, 3.0},     {50.0, 5.0},    {100.0, 7.0},   {200.0, 9.0},
  {400.0, 11.0},  {600.0, 13.0},  {1000.0, 15.0}, {2000.0, 17.0},
  {3000.0, 19.0}, {4000.0, 21.0}, {5000.0, 23.0}, {6000.0, 25.0},
};

/* Statutory seats for a validated `persons` (WOR art. 6 lid 1): the seats
** of the last bracket whose lower bound is <= persons. Pure comparisons,
** so a fractional average headcount such as 49.5 or 5999.9 falls in the
** bracket below the next bound exactly. */
static double statutory_seats(double persons)
{
  double seats = seat_brackets[0].seats;
  for (size_t i = 1; i < sizeof seat_brackets / sizeof seat_brackets[0]; i++) {
    if (persons >= seat_brackets[i].from_persons)
      seats = seat_brackets[i].seats;
  }
  return seats;
}

/* persons above 0 (an average may have a fraction); the reglement's
** seats whole 1..ORTIJD_MAX_SEATS (art. 6 lid 1: "afwijkend aantal"). */
const ortijd_input ortijd_seats_inputs[2] = {
  {"persons", 0.0, ORTIJD_MAX_PERSONS, ORTIJD_CHECK_POSITIVE, NULL},
  {"override_seats", 0.0, ORTIJD_MAX_SEATS,
   ORTIJD_CHECK_POSITIVE | ORTIJD_CHECK_WHOLE, NULL},
};

/* Seats for `persons`, or the reglement's number if has_override
** (WOR art. 6 lid 1; contract in ortijd.h). persons is checked first,
** then the override (only when given), against ortijd_seats_inputs. */
int ortijd_seats(double persons, int has_override, double override_seats,
                 double *out, int *bad)
{
  if (out == NULL)
    return otcore_fail(ORTIJD_ENULL, bad, -1);
  int status = has_override
                   ? OTCORE_CHECK_INPUTS(bad, ortijd_seats_inputs, persons,
                                         override_seats)
                   : OTCORE_CHECK_INPUTS(bad, ortijd_seats_inputs, persons);
  if (status != ORTIJD_OK)
    return status;
  *out = has_override ? override_seats : statutory_seats(persons);
  return ORTIJD_OK;
}
