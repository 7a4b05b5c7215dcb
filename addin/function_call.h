/*
** function_call.h - calling a function of the table (function_table.h)
** with the arguments as Calc passed them, stripped of UNO types: decoding
** one argument (arg_decode.c) and the one calling loop (function_call.c)
** that decodes every argument, evaluates and names the first bad argument.
**
** The UNO layer (addin_object.c, uno_args.c), the unit tests and the
** fuzzer all call otfn_call, so what is tested is what Calc runs. No
** LibreOffice dependency.
*/
#ifndef ORTIJD_FUNCTION_CALL_H
#define ORTIJD_FUNCTION_CALL_H

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

/* Short English text for any status, core or add-in (static storage,
** never NULL; "unknown status" for other codes). */
const char *otfn_strerror(int status);

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
** otfn_omitted_value. Returns 1 with *out and *given written when it
** decided, 0 when otfn_decode_arg's general path must. */
static inline int otfn_decode_common(const otfn_arg *arg,
                                     const otfn_value *value, double *out,
                                     int *given)
{
  if (value->kind == OTFN_VALUE_NUMBER &&
      arg->kind != OTFN_ARG_OPTIONAL_ROLE &&
      arg->kind != OTFN_ARG_OPTIONAL_COURSE) {
    *out = value->number;
    *given = 1;
    return 1;
  }
  if (value->kind == OTFN_VALUE_VOID && arg->kind != OTFN_ARG_NUMBER) {
    *out = otfn_omitted_value(arg);
    *given = 0;
    return 1;
  }
  return 0;
}

/* Decodes one argument for parameter `arg` into a double: numbers pass
** (range checks are the core's job), VOID or empty/blank text gives
** otfn_omitted_value and *given = 0, numeric text counts as its number,
** role text is parsed with ortijd_role_parse and role numbers checked with
** ortijd_role_from_number, course kinds likewise (ortijd_course_parse). A
** required number that is VOID is an error (OTFN_ETYPE). Returns
** ORTIJD_OK, OTFN_ETEXT, OTFN_ETYPE or a core status; *out and *given are
** written only on success. */
int otfn_decode_arg(const otfn_arg *arg, const otfn_value *value,
                    double *out, int *given);

/* Calls `f` with values[0..count) (count may be below f->argc: the missing
** trailing arguments are omitted, VOID; values beyond f->argc are
** ignored): decodes every argument with otfn_decode_arg, then runs
** f->eval. Returns ORTIJD_OK with *out written (the member of f->result),
** or the status of the failure with *out untouched and *bad_arg the
** 0-based index of the argument to blame, -1 when no single argument is
** (e.g. a quotient that overflows). Blame: a decoding failure names its
** argument; an evaluation failure names the first argument whose value
** fails its core input (ortijd_input_check; an omitted override is not
** checked), and then reports that argument's status, unless the evaluator
** named one itself. ORTIJD_ENULL for NULL pointers or argc > OTFN_MAX_ARGS.
*/
int otfn_call(const otfn_function *f, const otfn_value *values, int count,
              otfn_result *out, int *bad_arg);

/* Writes the message of a failed call to buf (cap bytes, always
** NUL-terminated when cap > 0): "<NAME>: argument <n> (<Dutch argument
** name>): <status text>" with n 1-based as the user counts, or
** "<NAME>: <status text>" when bad_arg names no argument. Returns buf. */
const char *otfn_error_message(const otfn_function *f, int bad_arg,
                               int status, char *buf, size_t cap);

#endif /* ORTIJD_FUNCTION_CALL_H */
