/*
** arg_decode.c - turns one Calc argument, already stripped of UNO types by
** the UNO layer (otfn_value), into the double the evaluators take.
**
** Policy (the same for every function): numbers pass unchanged (range
** checks are the core's), an omitted optional argument or empty text takes
** the parameter's default, role text goes through ortijd_role_parse, and
** any other text or value type is an error. No LibreOffice dependency, so
** it is unit-tested and fuzzed directly.
*/
#include "function_table.h"

/* True when text[0..len) holds only spaces and tabs (or nothing). */
static int is_blank(const char *text, size_t len)
{
  for (size_t i = 0; i < len; i++)
    if (text[i] != ' ' && text[i] != '\t')
      return 0;
  return 1;
}

int otfn_decode_arg(const otfn_arg *arg, const otfn_value *value,
                    double *out, int *given)
{
  if (arg == NULL || value == NULL || out == NULL || given == NULL)
    return ORTIJD_ENULL;
  int optional = arg->kind != OTFN_ARG_NUMBER;
  int omitted = value->kind == OTFN_VALUE_VOID ||
                (value->kind == OTFN_VALUE_TEXT &&
                 (value->text == NULL || is_blank(value->text, value->len)));
  if (omitted) {
    if (!optional)
      return OTFN_ETYPE;
    *out = arg->kind == OTFN_ARG_OPTIONAL_OVERRIDE ? 0.0
                                                   : arg->default_value;
    *given = 0;
    return ORTIJD_OK;
  }

  double number;
  int status = ORTIJD_OK;
  if (value->kind == OTFN_VALUE_NUMBER) {
    number = value->number;
    if (arg->kind == OTFN_ARG_OPTIONAL_ROLE) {
      ortijd_role role; /* only validated here; the number is kept */
      status = ortijd_role_from_number(number, &role);
    }
  } else if (value->kind == OTFN_VALUE_TEXT) {
    if (arg->kind != OTFN_ARG_OPTIONAL_ROLE)
      return OTFN_ETEXT;
    ortijd_role role = ORTIJD_ROLE_COUNCIL;
    status = ortijd_role_parse(value->text, value->len, &role);
    number = (double)role;
  } else {
    return OTFN_ETYPE;
  }
  if (status != ORTIJD_OK)
    return status;
  *out = number;
  *given = 1;
  return ORTIJD_OK;
}

const char *otfn_strerror(int status)
{
  switch (status) {
  case OTFN_ETEXT:
    return "text where a number was expected";
  case OTFN_ETYPE:
    return "unusable value (missing, or a range of more than one cell)";
  default:
    return ortijd_strerror(status);
  }
}
