/*
** training.c - roles of OR and commission members and their statutory
** minimum training days per year, WOR art. 18 lid 3 sub a, b and c
** (the days themselves are those of art. 18 lid 2): committee member not
** on the OR 3, OR member not on a commission 5, both 8.
** Law text and sources: docs/rules.md, "Scholing".
*/
#include "ortijd.h"

#include "check.h"

/* The spellings of a role, exactly the list in ortijd.h, the first of
** each role its word; compared without regard to ASCII case (check.c). */
static const ortijd_choice_name role_names[] = {
  {"OR", ORTIJD_ROLE_COUNCIL},
  {"OR-lid", ORTIJD_ROLE_COUNCIL},
  {"lid", ORTIJD_ROLE_COUNCIL},
  {"council", ORTIJD_ROLE_COUNCIL},
  {"member", ORTIJD_ROLE_COUNCIL},
  {"1", ORTIJD_ROLE_COUNCIL},
  {"commissie", ORTIJD_ROLE_COMMITTEE},
  {"commissielid", ORTIJD_ROLE_COMMITTEE},
  {"committee", ORTIJD_ROLE_COMMITTEE},
  {"2", ORTIJD_ROLE_COMMITTEE},
  {"beide", ORTIJD_ROLE_BOTH},
  {"OR+commissie", ORTIJD_ROLE_BOTH},
  {"both", ORTIJD_ROLE_BOTH},
  {"3", ORTIJD_ROLE_BOTH},
};

/* A role as its number 1..3; leaving it out means an OR member. */
const ortijd_input ortijd_training_days_inputs[1] = {
  {"role", (double)ORTIJD_ROLE_COUNCIL, (double)ORTIJD_ROLE_BOTH, 0u,
   &ortijd_role_choice},
};

/* ortijd_role_choice, ortijd_role_parse and ortijd_role_from_number
** (ortijd.h): the words of role_names without regard to ASCII case
** (check.c), the numbers 1, 2 and 3 of SCHOLINGSDAGEN's input; negative
** numbers, 0 and any other word are ORTIJD_EROLE. */
OTCORE_CHOICE(role, role_names, ORTIJD_EROLE)
OTCORE_CHOICE_READERS(role, ortijd_role, &ortijd_training_days_inputs[0])

/* Statutory minimum training days per year, WOR art. 18 lid 3: sub a
** committee member not on the OR 3, sub b OR member not on a commission 5,
** sub c OR member who is also on a commission 8. */
int ortijd_training_days(ortijd_role role, double *out)
{
  if (out == NULL)
    return ORTIJD_ENULL;
  switch (role) {
  case ORTIJD_ROLE_COUNCIL:
    *out = ORTIJD_MIN_DAYS_COUNCIL;
    return ORTIJD_OK;
  case ORTIJD_ROLE_COMMITTEE:
    *out = ORTIJD_MIN_DAYS_COMMITTEE;
    return ORTIJD_OK;
  case ORTIJD_ROLE_BOTH:
    *out = ORTIJD_MIN_DAYS_BOTH;
    return ORTIJD_OK;
  default:
    return ORTIJD_EROLE;
  }
}
