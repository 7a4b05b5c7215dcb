/*
** noop_table.c - benchmark only (bench/): the function table of the no-op
** add-in. Linked with the unchanged addin/component.c, addin_object.c,
** uno_util.c, arg_decode.c and function_lookup.c (names overridden by -DOTFN_*), so ORNOOP
** measures Calc's add-in path plus ortijd's own dispatch and decoding, and
** nothing else. ORNOOP12 has ORUREN's 12-argument shape and defaults, so
** ORUREN / ORNOOP12 is the cost of the core call alone; ORNOOPVA shows what
** Calc's varargs form (one sequence<any>) would cost instead of 11 anys.
*/
#include "function_table.h"

/* Returns its first argument: no work. */
static int eval_noop(const double *argv, unsigned given, double *out,
                     int *bad_arg)
{
  (void)given;
  (void)bad_arg;
  *out = argv[0];
  return ORTIJD_OK;
}

#define REQ OTFN_ARG_NUMBER
#define OPT OTFN_ARG_OPTIONAL_NUMBER
#define SEATS {"seats", REQ, 0, "zetels", "Geeft dit getal terug.", \
               "seats", "Returned as is."}
#define O(n, d) {n, OPT, d, n, "Genegeerd.", n, "Ignored."}

const otfn_function otfn_functions[] = {
  {"noop", "ORNOOP", "Doet niets: geeft het argument terug (benchmark).",
   "Does nothing: returns its argument (benchmark).",
   OTFN_RESULT_NUMBER, eval_noop, NULL, 1, {SEATS}},
  {"noop12", "ORNOOP12",
   "Doet niets met de argumentvorm van ORUREN (benchmark).",
   "Does nothing, with ORUREN's argument shape (benchmark).",
   OTFN_RESULT_NUMBER, eval_noop, NULL, 12,
   {SEATS, O("jointMeetings", 6), O("jointMeetingHours", 2),
    O("councilMeetings", 12), O("councilMeetingHours", 2),
    O("preparationHours", 2), O("otherHours", 60), O("trainingDays", 5),
    O("trainingDayHours", 8), O("chairWeekHours", 2),
    O("secretaryWeekHours", 4), O("weeksPerYear", 52)}},
  /* IDL: noopVarArgs(double seats, sequence<any> rest); only `seats` is
  ** declared here, so call_function decodes args[0] alone. */
  {"noopVarArgs", "ORNOOPVA",
   "Doet niets; optionele argumenten als varargs (benchmark).",
   "Does nothing; optional arguments as varargs (benchmark).",
   OTFN_RESULT_NUMBER, eval_noop, NULL, 1, {SEATS}},
};

const size_t otfn_function_count =
    sizeof otfn_functions / sizeof otfn_functions[0];
