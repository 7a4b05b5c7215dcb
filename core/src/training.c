/*
** training.c - roles of OR and commission members and their statutory
** minimum training days per year, WOR art. 18 lid 3 sub a, b and c
** (the days themselves are those of art. 18 lid 2): committee member not
** on the OR 3, OR member not on a commission 5, both 8.
** Law text and sources: docs/rules.md, "Scholing".
*/
#include "ortijd.h"

#include <math.h>

/* The spellings ortijd_role_parse accepts, exactly the list in ortijd.h;
** compared without regard to ASCII case. */
static const struct {
  const char *text;
  ortijd_role role;
} role_names[] = {
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

/* ASCII lower case of byte c; other bytes (also UTF-8 ones) unchanged.
** Locale-free on purpose: a user's text is matched the same everywhere. */
static unsigned char ascii_lower(unsigned char c)
{
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : c;
}

/* Non-zero if the `len` bytes at `text` equal the NUL-terminated `name`
** without regard to ASCII case (for ortijd_role_parse). */
static int equals_ignoring_case(const char *text, size_t len,
                                const char *name)
{
  size_t i = 0;
  for (; i < len; i++) {
    if (name[i] == '\0' ||
        ascii_lower((unsigned char)text[i]) !=
            ascii_lower((unsigned char)name[i]))
      return 0;
  }
  return name[i] == '\0';
}

/* Non-zero for the blanks ortijd_role_parse trims: space and tab. */
static int is_blank(char c)
{
  return c == ' ' || c == '\t';
}

/* Role from user text (ortijd.h): trims spaces and tabs on both sides, then
** looks the rest up in role_names without regard to ASCII case. */
int ortijd_role_parse(const char *text, size_t len, ortijd_role *out)
{
  if (text == NULL || out == NULL)
    return ORTIJD_ENULL;
  while (len > 0 && is_blank(text[0])) {
    text++;
    len--;
  }
  while (len > 0 && is_blank(text[len - 1]))
    len--;
  for (size_t i = 0; i < sizeof role_names / sizeof role_names[0]; i++) {
    if (equals_ignoring_case(text, len, role_names[i].text)) {
      *out = role_names[i].role;
      return ORTIJD_OK;
    }
  }
  return ORTIJD_EROLE;
}

/* Role from its number 1, 2 or 3 (ortijd_role in ortijd.h). Checks, in
** order: finite, whole, one of the three; negative numbers and 0 are
** ORTIJD_EROLE like any other unknown role. */
int ortijd_role_from_number(double value, ortijd_role *out)
{
  if (out == NULL)
    return ORTIJD_ENULL;
  if (!isfinite(value))
    return ORTIJD_ENOTFINITE;
  if (value != floor(value))
    return ORTIJD_ENOTWHOLE;
  if (value == 1.0)
    *out = ORTIJD_ROLE_COUNCIL;
  else if (value == 2.0)
    *out = ORTIJD_ROLE_COMMITTEE;
  else if (value == 3.0)
    *out = ORTIJD_ROLE_BOTH;
  else
    return ORTIJD_EROLE;
  return ORTIJD_OK;
}

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
