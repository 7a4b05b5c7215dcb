/*
** table_values.h - helpers shared by the unit tests of the function table
** (test_function_table.c, test_new_functions.c): a function looked up by
** its IDL method, and argument values as the UNO layer hands them over
** (otfn_value in addin/function_table.h). Include after <cmocka.h>.
*/
#ifndef ORTIJD_TABLE_VALUES_H
#define ORTIJD_TABLE_VALUES_H

#include <string.h>

#include "function_table.h"

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

#endif /* ORTIJD_TABLE_VALUES_H */
