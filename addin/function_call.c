/*
** function_call.c - the one calling loop of ortijd's Calc functions
** (contract in function_call.h): decode every argument, evaluate, and pass
** on the argument to blame. Used by the UNO border (uno_args.c), the unit
** tests and the fuzzer alike, so every one of them runs this code.
*/
#include "function_call.h"

#include <stdio.h>

/* Text of any status: the add-in's own (OTFN_STATUS_MAP) or the core's. */
const char *otfn_strerror(int status)
{
#define OTFN_STATUS_TEXT(name, code, text) \
  if (status == OTFN_##name)               \
    return text;
  OTFN_STATUS_MAP(OTFN_STATUS_TEXT)
#undef OTFN_STATUS_TEXT
  return ortijd_strerror(status);
}

int otfn_call(const otfn_function *f, const otfn_value *values, int count,
              otfn_result *out, int *bad_arg)
{
  if (f == NULL || out == NULL || bad_arg == NULL ||
      (values == NULL && count > 0) || f->argc > OTFN_MAX_ARGS)
    return ORTIJD_ENULL;
  *bad_arg = -1;
  static const otfn_value omitted = {OTFN_VALUE_VOID, 0.0, NULL, 0};
  const otfn_arg *args = f->args; /* in locals: the stores to a.v below */
  const int argc = f->argc;       /* cannot change them */
  otfn_args a;
  unsigned given = 0;
  for (int i = 0; i < argc; i++) {
    const otfn_value *value = i < count ? &values[i] : &omitted;
    int was_given = otfn_decode_common(&args[i], value, &a.v[i]);
    if (was_given < 0) {
      int status = otfn_decode_arg(&args[i], value, &a.v[i], &was_given);
      if (status != ORTIJD_OK) {
        *bad_arg = i;
        return status;
      }
    }
    given |= (unsigned)was_given << i;
  }
  a.given = given;
  a.blame = -1;
  int status = f->eval(&a, out);
  if (status != ORTIJD_OK)
    *bad_arg = a.blame;
  return status;
}

const char *otfn_error_message(const otfn_function *f, int bad_arg,
                               int status, char *buf, size_t cap)
{
  if (buf == NULL || cap == 0)
    return buf;
  if (f == NULL)
    snprintf(buf, cap, "ortijd: %s", otfn_strerror(status));
  else if (bad_arg >= 0 && bad_arg < f->argc)
    snprintf(buf, cap, "%s: argument %d (%s): %s", f->name, bad_arg + 1,
             f->args[bad_arg].nl_name, otfn_strerror(status));
  else
    snprintf(buf, cap, "%s: %s", f->name, otfn_strerror(status));
  return buf;
}
