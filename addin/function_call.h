/*
** function_call.h - calling a function of the table (function_table.h)
** with the arguments as Calc passed them, stripped of UNO types
** (otfn_value, arg_decode.h): the one calling loop (function_call.c) that
** decodes every argument, evaluates and names the argument to blame, and
** the texts of its failures.
**
** The UNO border (uno_args.c), the unit tests and the fuzzer all call
** otfn_call, so what is tested is what Calc runs. No LibreOffice
** dependency.
*/
#ifndef ORTIJD_FUNCTION_CALL_H
#define ORTIJD_FUNCTION_CALL_H

#include <stddef.h>

#include "arg_decode.h"
#include "function_table.h"

/* Short English text for any status, core or add-in (static storage,
** never NULL; "unknown status" for other codes). */
const char *otfn_strerror(int status);

/* Calls `f` with values[0..count) (count may be below f->argc: the missing
** trailing arguments are omitted, VOID; values beyond f->argc are
** ignored): decodes every argument with otfn_decode_arg, then runs
** f->eval. Returns ORTIJD_OK with *out written (the member of f->result),
** or the status of the failure with *out untouched and *bad_arg the
** 0-based index of the argument to blame, -1 when no single argument is
** (e.g. a quotient that overflows). Blame: a decoding failure names its
** argument; an evaluation failure names the argument the evaluator passes
** on from the core (the first whose value fails its core input, the `bad`
** of ortijd.h; an omitted override is not checked) or names itself.
** ORTIJD_ENULL for NULL pointers or argc > OTFN_MAX_ARGS. */
int otfn_call(const otfn_function *f, const otfn_value *values, int count,
              otfn_result *out, int *bad_arg);

/* Writes the message of a failed call to buf (cap bytes, always
** NUL-terminated when cap > 0): "<NAME>: argument <n> (<Dutch argument
** name>): <status text>" with n 1-based as the user counts, or
** "<NAME>: <status text>" when bad_arg names no argument. Returns buf. */
const char *otfn_error_message(const otfn_function *f, int bad_arg,
                               int status, char *buf, size_t cap);

#endif /* ORTIJD_FUNCTION_CALL_H */
