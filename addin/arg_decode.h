/*
** arg_decode.h - one argument of a Calc function as Calc passed it,
** stripped of UNO types (otfn_value), and its decoding into the double an
** evaluator takes (arg_decode.c): the input rule of docs/rules.md,
** "Invoer", for a parameter of the function table (function_table.h).
** The calling loop (function_call.h) decodes every argument with it. No
** LibreOffice dependency.
*/
#ifndef ORTIJD_ARG_DECODE_H
#define ORTIJD_ARG_DECODE_H

#include <stddef.h>

#include "function_table.h"

/* Statuses of the add-in layer beyond the core's ORTIJD_STATUS_MAP, in the
** same form: XX(name, code, text). */
#define OTFN_STATUS_MAP(XX)                                                  \
  XX(ETEXT, -20, "text where a number was expected")                         \
  XX(ETYPE, -21,                                                             \
     "unusable value (missing, or a range of more than one cell)")

enum otfn_status {
#define OTFN_STATUS_ENUM(name, code, text) OTFN_##name = code,
  OTFN_STATUS_MAP(OTFN_STATUS_ENUM)
#undef OTFN_STATUS_ENUM
};

typedef enum otfn_value_kind {
  OTFN_VALUE_VOID,   /* argument omitted, or an empty cell */
  OTFN_VALUE_NUMBER, /* any numeric or boolean value */
  OTFN_VALUE_TEXT,   /* a string: text/len, UTF-8, not NUL-terminated */
  OTFN_VALUE_OTHER   /* anything else */
} otfn_value_kind;

/* One argument as Calc passed it, stripped of UNO types. Borrowed: the
** text belongs to the caller. */
typedef struct otfn_value {
  otfn_value_kind kind;
  double number;
  const char *text;
  size_t len;
} otfn_value;

/* The value an omitted optional argument of `arg` decodes to: its input's
** default, or 0 for an override (which has none; the evaluator sees it is
** absent). */
static inline double otfn_omitted_value(const otfn_arg *arg)
{
  return arg->kind == OTFN_ARG_OPTIONAL_OVERRIDE ? 0.0
                                                 : arg->input->default_value;
}

/* The two common cases of otfn_decode_arg, inline so that the calling loop
** spends a few instructions on them (issue 12: ortijd's own instructions
** per call): a number for an argument that is not a choice passes as it
** is (its range is the core's), an omitted optional argument takes
** otfn_omitted_value. Returns 1 (given) or 0 (omitted) with *out written
** when it decided, -1 when otfn_decode_arg's general path must. */
static inline int otfn_decode_common(const otfn_arg *arg,
                                     const otfn_value *value, double *out)
{
  if (value->kind == OTFN_VALUE_NUMBER &&
      arg->kind != OTFN_ARG_OPTIONAL_CHOICE) {
    *out = value->number;
    return 1;
  }
  if (value->kind == OTFN_VALUE_VOID && arg->kind != OTFN_ARG_NUMBER) {
    *out = otfn_omitted_value(arg);
    return 0;
  }
  return -1;
}

/* Decodes one argument for parameter `arg` into a double: numbers pass
** (range checks are the core's job), VOID or empty/blank text gives
** otfn_omitted_value and *given = 0, numeric text counts as its number; a
** choice takes the words of its input's choice (ortijd_choice_parse) and
** its numbers 1..max (ortijd_input_check), so a wrong one is named at
** once. A required number that is VOID is an error (OTFN_ETYPE). Returns
** ORTIJD_OK, OTFN_ETEXT, OTFN_ETYPE or a core status; *out and *given are
** written only on success. */
int otfn_decode_arg(const otfn_arg *arg, const otfn_value *value,
                    double *out, int *given);

#endif /* ORTIJD_ARG_DECODE_H */
