/*
** uno_args.h - the border between the UNO bridge and the calling loop
** (function_call.h) for a Calc function: its arguments as the bridge
** passes them turned into otfn_value, its result turned into UNO values,
** and a failed call turned into IllegalArgumentException (Err:502 in
** Calc). Prefix otuno_, as the rest of the UNO layer.
*/
#ifndef ORTIJD_UNO_ARGS_H
#define ORTIJD_UNO_ARGS_H

#include "function_call.h"
#include "uno_c.h"

/* Where the UTF-8 text of string arguments is kept while a call runs:
** a small buffer per argument, and a heap buffer for a longer text. */
#define OTUNO_ARG_TEXT_CAP 128
typedef struct otuno_arg_text {
  char small[OTFN_MAX_ARGS][OTUNO_ARG_TEXT_CAP];
  char *heap[OTFN_MAX_ARGS]; /* owned; freed by otuno_arg_text_free */
  int count;                 /* heap[0..count) were set */
} otuno_arg_text;

/* True when the method the bridge called (`member_td`) has the parameters
** and result `f` is decoded and answered with: a double for each required
** number, an any for each optional argument, a double or a sequence
** result. A type library out of step with the table would otherwise make
** the conversion misread args[] and take the office down. More declared
** parameters than the table uses are allowed (the benchmark's varargs). */
int otuno_signature_matches(const otfn_function *f,
                            const typelib_TypeDescription *member_td);

/* Fills values[0..f->argc) from the bridge's args[] of a call of `f`
** (whose signature matched): a required number is read as a double, an
** any is stripped of its UNO type (numbers of every width and booleans as
** numbers, strings as UTF-8 text in *text, a 1x1 range unwrapped once).
** The text stays valid until otuno_arg_text_free(text). */
void otuno_args_to_values(const otfn_function *f, void *args[],
                          otfn_value *values, otuno_arg_text *text);

/* Frees what otuno_args_to_values allocated in *text. */
void otuno_arg_text_free(otuno_arg_text *text);

/* Writes the result of a successful call of `f` to the bridge's ret: a
** double, or a new [][]any (table rows of label and hours; grid rows of
** numbers, blank columns as empty strings) owned by the caller. */
void otuno_write_result(const otfn_function *f, const otfn_result *result,
                        void *ret);

/* Constructs in `storage` the IllegalArgumentException of a failed call:
** the message of otfn_error_message, ArgumentPosition bad_arg. */
void otuno_raise_call_error(uno_Any *storage, const otfn_function *f,
                            int bad_arg, int status);

#endif /* ORTIJD_UNO_ARGS_H */
