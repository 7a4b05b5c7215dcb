/*
** check.h - internal to the ortijd core (prefix otcore_, so that nothing
** here is taken for the public ortijd_ interface of ortijd.h): the test
** that a value passes its input, the generators over the field lists, the
** typed readers of a choice and the failure convention of the model
** functions. The public checks (ortijd_input_check, ortijd_first_invalid,
** ortijd_choice_parse) live in check.c.
*/
#ifndef OTCORE_CHECK_H
#define OTCORE_CHECK_H

#include <stddef.h>
#include <stdint.h>

#include "ortijd.h"

/* True for a whole `value` that is >= 0 and not NaN: a cast below 2^52
** (where a double may have a fraction), every double from there on. No
** libm call, so a field list's checks stay a few instructions each. */
static inline int otcore_is_whole(double value)
{
  return value >= 0x1p52 || value == (double)(int64_t)value;
}

/* True when `value` passes an input with these limits: exactly the values
** for which ortijd_input_check gives ORTIJD_OK (ortijd.h), whose statuses
** say why the others fail. Inline so that with the constant limits of a
** field list (OTCORE_FIELD_PASSES) it compiles to a few comparisons; NaN
** fails every comparison, +inf is above max, -0.0 is zero. */
static inline int otcore_passes(double value, double max, unsigned flags,
                                const ortijd_choice *choice)
{
  if (choice != NULL)
    return value >= 1.0 && value <= max && otcore_is_whole(value);
  if ((flags & ORTIJD_CHECK_POSITIVE) ? !(value > 0.0) : !(value >= 0.0))
    return 0;
  return value <= max &&
         (!(flags & ORTIJD_CHECK_WHOLE) || otcore_is_whole(value)) &&
         (!(flags & ORTIJD_CHECK_HALVES) || otcore_is_whole(value * 2.0));
}

/* Generators over a field list of ortijd.h (ORTIJD_HOURS_FIELDS,
** ORTIJD_COURSE_FIELDS), so that each list is the one place where its
** fields, their order, defaults and ranges are written:
**   OTCORE_FIELD_INPUT       an initializer of its ortijd_input table
**   OTCORE_FIELD_DEFAULT     p->field = default
**   OTCORE_FIELD_TO_VALUE    values[n++] = p->field
**   OTCORE_FIELD_FROM_VALUE  p->field = values[n++]
**   OTCORE_FIELD_PASSES      && otcore_passes(p->field, its limits), for
**                            `1 LIST(OTCORE_FIELD_PASSES)`: every field
**                            passes, tested with the list's constants
** (p, values and a size_t n counting from 0 are the caller's names). */
#define OTCORE_FIELD_INPUT(field, index, def, max, flags, choice) \
  {#field, def, max, flags, choice},
#define OTCORE_FIELD_DEFAULT(field, index, def, max, flags, choice) \
  p->field = def;
#define OTCORE_FIELD_TO_VALUE(field, index, def, max, flags, choice) \
  values[n++] = p->field;
#define OTCORE_FIELD_FROM_VALUE(field, index, def, max, flags, choice) \
  p->field = values[n++];
#define OTCORE_FIELD_PASSES(field, index, def, max, flags, choice) \
  &&otcore_passes(p->field, max, flags, choice)

/* Defines the descriptor ortijd_<kind>_choice of a choice (ortijd.h) from
** its spellings `names` (a static array) and the status `unknown` of any
** other spelling or number. */
#define OTCORE_CHOICE(kind, names, unknown)                                  \
  const ortijd_choice ortijd_##kind##_choice = {                             \
    names, sizeof names / sizeof names[0], unknown};

/* Defines the two typed readers of a choice (ortijd.h): ortijd_<kind>_parse
** from user text (ortijd_choice_parse on input->choice), and
** ortijd_<kind>_from_number checked against `input` (its ortijd_input:
** 1..max). Both give ORTIJD_ENULL for a NULL out and write *out only on
** success. */
#define OTCORE_CHOICE_READERS(kind, type, input)                             \
  int ortijd_##kind##_parse(const char *text, size_t len, type *out)         \
  {                                                                          \
    int number = 0;                                                          \
    int status = out == NULL ? ORTIJD_ENULL                                  \
                 : ortijd_choice_parse((input)->choice, text, len, &number); \
    if (status == ORTIJD_OK)                                                 \
      *out = (type)number;                                                   \
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

/* x, with -0.0 turned into +0.0 so that a sheet never shows "-0" when a
** caller passed -0.0 (which validation accepts as zero). Sums of results
** cleaned this way are never -0.0 themselves. */
static inline double otcore_plus_zero(double x)
{
  return x == 0.0 ? 0.0 : x;
}

/* Returns `status` of a failed model function and writes `index`, the
** input to blame or -1, to *bad when bad is not NULL (the `bad` contract
** in ortijd.h, "Inputs"). */
static inline int otcore_fail(int status, int *bad, int index)
{
  if (bad != NULL)
    *bad = index;
  return status;
}

/* The status of the first of the listed values that fails its input in
** `inputs` (ortijd_first_invalid), ORTIJD_OK when all pass, with its index
** in *bad on a failure; the values are a model function's arguments in
** order, e.g.
**   OTCORE_CHECK_INPUTS(bad, ortijd_fte_inputs, hours, week_hours, weeks). */
#define OTCORE_CHECK_INPUTS(bad, inputs, ...)                                \
  otcore_inputs_status((inputs), (const double[]){__VA_ARGS__},              \
                       sizeof((const double[]){__VA_ARGS__}) / sizeof(double), \
                       (bad))

static inline int otcore_inputs_status(const ortijd_input *inputs,
                                       const double *values, size_t count,
                                       int *bad)
{
  int status;
  int index = ortijd_first_invalid(inputs, count, values, &status);
  return index < 0 ? status : otcore_fail(status, bad, index);
}

/* Defines `static int name(const type *p, int *bad)`: the status of the
** fields of *p, a struct of the field list LIST (ortijd.h) whose inputs
** are inputs[0..count): ORTIJD_OK when every field passes
** (OTCORE_FIELD_PASSES, a few comparisons a field), else the first failing
** one's status with its index in *bad, found by ortijd_first_invalid on
** to_values(p) (the table decides); ORTIJD_ENULL (*bad -1) for a NULL p. */
#define OTCORE_FIELDS_STATUS(name, type, LIST, inputs, count, to_values)    \
  static int name(const type *p, int *bad)                                 \
  {                                                                        \
    double values[count];                                                  \
    if (p == NULL)                                                         \
      return otcore_fail(ORTIJD_ENULL, bad, -1);                           \
    return (1 LIST(OTCORE_FIELD_PASSES))                                   \
               ? ORTIJD_OK                                                 \
               : otcore_inputs_status(inputs, to_values(p, values), count, \
                                      bad);                                \
  }

#endif /* OTCORE_CHECK_H */
