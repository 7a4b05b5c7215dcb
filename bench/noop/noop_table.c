/*
** noop_table.c - benchmark only (bench/): the function table of the no-op
** add-in. Linked with the unchanged UNO layer and calling loop of addin/
** (all but function_table.c; names overridden by -DOTFN_*), so ORNOOP
** measures Calc's add-in path plus ortijd's own dispatch and decoding, and
** nothing else. ORNOOP12 has ORUREN's 12-argument shape and defaults, so
** ORUREN / ORNOOP12 is the cost of the core call alone; ORNOOPVA shows what
** Calc's varargs form (one sequence<any>) would cost instead of 11 anys.
*/
#include "function_table.h"

/* Returns its first argument: no work. */
static int eval_noop(otfn_args *a, otfn_result *out)
{
  out->number = a->v[0];
  return ORTIJD_OK;
}

#define REQ OTFN_ARG_NUMBER
#define OPT OTFN_ARG_OPTIONAL_NUMBER
#define IN(X) (&ortijd_hours_inputs[ORTIJD_HOURS_##X])
#define SEATS {"seats", REQ, IN(SEATS), "zetels", "Geeft dit getal terug.", \
               "seats", "Returned as is."}
#define O(n, X) {n, OPT, IN(X), n, "Genegeerd.", n, "Ignored."}

static const otfn_arg seats_only[] = {SEATS};
/* ORUREN's shape and defaults (the core's inputs). */
static const otfn_arg hours_shape[] = {
  SEATS, O("jointMeetings", JOINT_MEETINGS),
  O("jointMeetingHours", JOINT_MEETING_HOURS),
  O("councilMeetings", COUNCIL_MEETINGS),
  O("councilMeetingHours", COUNCIL_MEETING_HOURS),
  O("preparationHours", PREPARATION_HOURS), O("otherHours", OTHER_HOURS),
  O("trainingDays", TRAINING_DAYS), O("trainingDayHours", TRAINING_DAY_HOURS),
  O("chairWeekHours", CHAIR_WEEK_HOURS),
  O("secretaryWeekHours", SECRETARY_WEEK_HOURS),
  O("weeksPerYear", WEEKS_PER_YEAR)};

const otfn_function otfn_functions[] = {
  {"noop", "ORNOOP", "Doet niets: geeft het argument terug (benchmark).",
   "Does nothing: returns its argument (benchmark).",
   OTFN_RESULT_NUMBER, eval_noop, OTFN_ARGS(seats_only)},
  {"noop12", "ORNOOP12",
   "Doet niets met de argumentvorm van ORUREN (benchmark).",
   "Does nothing, with ORUREN's argument shape (benchmark).",
   OTFN_RESULT_NUMBER, eval_noop, OTFN_ARGS(hours_shape)},
  /* IDL: noopVarArgs(double seats, sequence<any> rest); only `seats` is
  ** declared here, so the calling loop decodes args[0] alone. */
  {"noopVarArgs", "ORNOOPVA",
   "Doet niets; optionele argumenten als varargs (benchmark).",
   "Does nothing; optional arguments as varargs (benchmark).",
   OTFN_RESULT_NUMBER, eval_noop, OTFN_ARGS(seats_only)},
};

const size_t otfn_function_count =
    sizeof otfn_functions / sizeof otfn_functions[0];
