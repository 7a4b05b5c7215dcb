/*
** training.c - roles of OR and commission members and their statutory
** minimum training days per year, WOR art. 18 lid 3 sub a, b and c
** (the days themselves are those of art. 18 lid 2): committee member not
** on the OR 3, OR member not on a commission 5, both 8.
** Law text and sources: docs/rules.md, "Scholing".
*/
#include "ortijd.h"

#include "check.h"

/* The spellings ortijd_role_parse accepts, exactly the list in ortijd.h;
** compared without regard to ASCII case (check.c). */
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

/* Role from user text (ortijd.h): trims spaces and tabs on both sides, then
** looks the rest up in role_names without regard to ASCII case. */
int ortijd_role_parse(const char *text, size_t len, ortijd_role *out)
{
  if (text == NULL || out == NULL)
    return ORTIJD_ENULL;
  int role = ortijd_choice_from_text(
      text, len, role_names, sizeof role_names / sizeof role_names[0]);
  if (role == 0)
    return ORTIJD_EROLE;
  *out = (ortijd_role)role;
  return ORTIJD_OK;
}

/* Role from its number 1, 2 or 3 (ortijd_role in ortijd.h). Checks, in
** order: finite, whole, one of the three; negative numbers and 0 are
** ORTIJD_EROLE like any other unknown role. */
int ortijd_role_from_number(double value, ortijd_role *out)
{
  if (out == NULL)
    return ORTIJD_ENULL;
  int status = ortijd_input_check(&ortijd_training_days_inputs[0], value);
  if (status == ORTIJD_OK)
    *out = (ortijd_role)value;
  return status;
}

/* A role as its number 1..3; leaving it out means an OR member. */
const ortijd_input ortijd_training_days_inputs[1] = {
  {"role", (double)ORTIJD_ROLE_COUNCIL, (double)ORTIJD_ROLE_BOTH, 0u,
   ORTIJD_EROLE},
};

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
