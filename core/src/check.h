/*
** check.h - internal to the ortijd core: the text and number lookup of a
** choice argument (a role, a course kind). The range check of a number is
** public (ortijd_input_check in ortijd.h); both live in check.c.
*/
#ifndef ORTIJD_CHECK_H
#define ORTIJD_CHECK_H

#include <stddef.h>

#include "ortijd.h"

/* One spelling of a choice argument (a role, a course kind) and the number
** it stands for (1..count, as the public enums in ortijd.h are numbered). */
typedef struct ortijd_choice_name {
  const char *text;
  int choice;
} ortijd_choice_name;

/* Looks `len` bytes of user text up in names[0..count): spaces and tabs
** around it are ignored, and ASCII case (locale-free on purpose: a text is
** matched the same on every machine). On a match *choice gets its number
** and ORTIJD_OK is returned; else `unknown` (the status of the argument's
** kind, e.g. ORTIJD_EROLE), or ORTIJD_ENULL for a NULL text. `text` need
** not be NUL-terminated. */
int ortijd_choice_from_text(const char *text, size_t len,
                            const ortijd_choice_name *names, size_t count,
                            int unknown, int *choice);

/* Defines the two public readers of a choice (ortijd.h): ortijd_<kind>_parse
** from user text in `names` (a static array), and ortijd_<kind>_from_number
** checked against `input` (its ortijd_input: 1..max, unknown_choice). Both
** give ORTIJD_ENULL for a NULL out and write *out only on success. */
#define ORTIJD_CHOICE_READERS(kind, type, input, names)                      \
  int ortijd_##kind##_parse(const char *text, size_t len, type *out)         \
  {                                                                          \
    int choice = 0;                                                          \
    int status = out == NULL ? ORTIJD_ENULL                                  \
                 : ortijd_choice_from_text(                                  \
                       text, len, names, sizeof names / sizeof names[0],     \
                       (input)->unknown_choice, &choice);                    \
    if (status == ORTIJD_OK)                                                 \
      *out = (type)choice;                                                   \
    return status;                                                           \
  }                                                                          \
  int ortijd_##kind##_from_number(double value, type *out)                   \
  {                                                                          \
    int status =                                                             \
        out == NULL ? ORTIJD_ENULL : ortijd_input_check(input, value);       \
    if (status == ORTIJD_OK)                                                 \
      *out = (type)value;                                                    \
    return status;                                                           \
  }

/* Checks a choice given as a number: finite (else ORTIJD_ENOTFINITE),
** whole (else ORTIJD_ENOTWHOLE), 1..count (else `unknown`, the status of
** the argument's kind, e.g. ORTIJD_EROLE). On ORTIJD_OK *choice is it. */
int ortijd_choice_from_number(double value, int count, int unknown,
                              int *choice);

/* Generators over a field list of ortijd.h (ORTIJD_HOURS_FIELDS,
** ORTIJD_COURSE_FIELDS), so that each list is the one place where its
** fields, their order, defaults and ranges are written:
**   ORTIJD_FIELD_INPUT       an initializer of its ortijd_input table
**   ORTIJD_FIELD_DEFAULT     p->field = default
**   ORTIJD_FIELD_TO_VALUE    values[n++] = p->field
**   ORTIJD_FIELD_FROM_VALUE  p->field = values[n++]
** (p, values and a size_t n counting from 0 are the caller's names). */
#define ORTIJD_FIELD_INPUT(field, index, def, max, flags, choice) \
  {#field, def, max, flags, choice},
#define ORTIJD_FIELD_DEFAULT(field, index, def, max, flags, choice) \
  p->field = def;
#define ORTIJD_FIELD_TO_VALUE(field, index, def, max, flags, choice) \
  values[n++] = p->field;
#define ORTIJD_FIELD_FROM_VALUE(field, index, def, max, flags, choice) \
  p->field = values[n++];

/* x, with -0.0 turned into +0.0 so that a sheet never shows "-0" when a
** caller passed -0.0 (which validation accepts as zero). Sums of results
** cleaned this way are never -0.0 themselves. */
static inline double ortijd_plus_zero(double x)
{
  return x == 0.0 ? 0.0 : x;
}

/* The status of the first of the listed values that fails its input in
** `inputs` (ortijd_first_invalid), ORTIJD_OK when all pass; the values are
** a model function's arguments in order, e.g.
**   ORTIJD_CHECK_INPUTS(ortijd_fte_inputs, hours, week_hours, weeks). */
#define ORTIJD_CHECK_INPUTS(inputs, ...)                                     \
  ortijd_inputs_status((inputs), (const double[]){__VA_ARGS__},              \
                       sizeof((const double[]){__VA_ARGS__}) / sizeof(double))

static inline int ortijd_inputs_status(const ortijd_input *inputs,
                                       const double *values, size_t count)
{
  int status;
  ortijd_first_invalid(inputs, count, values, &status);
  return status;
}

#endif /* ORTIJD_CHECK_H */
