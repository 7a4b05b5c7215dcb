/*
** table_values.h - helpers shared by the unit tests of the function table
** (test_function_table.c, test_new_functions.c): a function looked up by
** its IDL method, argument values as the UNO layer hands them over
** (otfn_value in addin/function_call.h), and calls through the one calling
** loop the UNO layer runs (otfn_call). Include after <cmocka.h>.
*/
#ifndef ORTIJD_TABLE_VALUES_H
#define ORTIJD_TABLE_VALUES_H

#include <string.h>

#include "function_call.h"

/* The table row of IDL method `method`; fails the test if there is none. */
static inline const otfn_function *must_find(const char *method)
{
  const otfn_function *f = otfn_find_method(method, strlen(method));
  assert_non_null(f);
  return f;
}

/* A number argument, as Calc passes a cell value. */
static inline otfn_value number(double x)
{
  otfn_value v = {OTFN_VALUE_NUMBER, x, NULL, 0};
  return v;
}

/* A text argument (borrowed: `s` must outlive the value). */
static inline otfn_value text(const char *s)
{
  otfn_value v = {OTFN_VALUE_TEXT, 0.0, s, strlen(s)};
  return v;
}

/* An omitted argument (or an empty cell). */
static const otfn_value omitted = {OTFN_VALUE_VOID, 0.0, NULL, 0};

/* Calls `f` with numbers: argument i is argv[i] when bit i of `passed` is
** set, else omitted. On ORTIJD_OK *out is the number result. */
static inline int call_numbers(const otfn_function *f, const double *argv,
                               unsigned passed, double *out, int *bad)
{
  otfn_value v[OTFN_MAX_ARGS];
  for (int i = 0; i < f->argc; i++)
    v[i] = ((passed >> i) & 1u) ? number(argv[i]) : omitted;
  otfn_result r;
  int status = otfn_call(f, v, f->argc, &r, bad);
  if (status == ORTIJD_OK)
    *out = r.number;
  return status;
}

/* Calls `f` with values[0..n) (the rest omitted); asserts success and
** returns the result. */
static inline otfn_result call_ok(const otfn_function *f,
                                  const otfn_value *values, int n)
{
  otfn_result r;
  int bad = -2;
  assert_int_equal(otfn_call(f, values, n, &r, &bad), ORTIJD_OK);
  return r;
}

#endif /* ORTIJD_TABLE_VALUES_H */
