/*
** uno_args.h - the border between the UNO bridge and the calling loop
** (function_call.h) for a Calc function: one call of `f` as the bridge
** makes it, its arguments turned into otfn_value, the loop run, its result
** turned into UNO values or its failure into IllegalArgumentException
** (Err:502 in Calc). Prefix otuno_, as the rest of the UNO layer.
*/
#ifndef ORTIJD_UNO_ARGS_H
#define ORTIJD_UNO_ARGS_H

#include "function_table.h"
#include "uno_c.h"

/* True when the method the bridge called (`member_td`) has the parameters
** and result `f` is decoded and answered with: the UNO type of each
** argument's kind and of the result kind (otfn_arg_uno_type,
** otfn_result_uno_type in function_table.h), each parameter [in] only. A
** type library out of step with the table would otherwise make the
** conversion misread args[] and take the office down. More declared
** parameters than the table uses are allowed (the benchmark's varargs). */
int otuno_signature_matches(const otfn_function *f,
                            const typelib_TypeDescription *member_td);

/* Calls Calc function `f` (whose signature matched) the way the bridge
** dispatches it (uno/dispatcher.h): args[i] points at argument i's memory
** (a double for a required number, a uno_Any for an optional one), ret at
** uninitialised memory for the result, *exc at caller-owned any storage.
** The arguments are stripped of their UNO types (numbers of every width
** and booleans as numbers, strings as UTF-8 text, a 1x1 range unwrapped
** once) and handed to otfn_call. On success the result is written to ret
** (a double, or a new [][]any owned by the caller: table rows of label and
** hours, grid rows of numbers with blank columns as empty strings) and
** *exc set to NULL; on failure the IllegalArgumentException of
** otfn_error_message, ArgumentPosition the argument to blame, is
** constructed in the storage *exc points at. */
void otuno_call(const otfn_function *f, void *ret, void *args[],
                uno_Any **exc);

#endif /* ORTIJD_UNO_ARGS_H */
