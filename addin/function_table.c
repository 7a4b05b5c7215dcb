/*
** function_table.c - the table of ortijd's Calc functions and the small
** evaluators that connect each to the core (core/include/ortijd.h).
**
** Everything a user sees of a function (name, help, argument names and
** defaults) is written here once; addin_object.c answers Calc's XAddIn
** questions from it and gen_config.c writes the IDL, CalcAddIns.xcu and the
** README reference from it. Dutch first, English beside it.
** Sources of every rule: ../shared/spec/rules.md (WOR articles, seed 002).
*/
#include "function_table.h"

/* ---- Evaluators --------------------------------------------------------- */

/* Builds ortijd_params from the 12 arguments of ORUREN/ORURENSTAAT, in
** the order of HOURS_ARGS below (the order of ortijd_params' fields). */
static void params_from_argv(const double *argv, ortijd_params *p)
{
  p->seats = argv[0];
  p->joint_meetings = argv[1];
  p->joint_meeting_hours = argv[2];
  p->council_meetings = argv[3];
  p->council_meeting_hours = argv[4];
  p->preparation_hours = argv[5];
  p->other_hours = argv[6];
  p->training_days = argv[7];
  p->training_day_hours = argv[8];
  p->chair_week_hours = argv[9];
  p->secretary_week_hours = argv[10];
  p->weeks_per_year = argv[11];
}

/* Runs the hours model (seed 002) on argv; on failure names the first
** invalid argument. */
static int hours_breakdown(const double *argv, ortijd_breakdown *bd,
                           int *bad_arg)
{
  ortijd_params p;
  params_from_argv(argv, &p);
  int status = ortijd_hours(&p, bd);
  if (status != ORTIJD_OK)
    *bad_arg = ortijd_params_first_invalid(&p, NULL);
  return status;
}

/* ORUREN: total annual hours (seed 002's "Totaal"). */
static int eval_hours(const double *argv, unsigned given, double *out,
                      int *bad_arg)
{
  (void)given;
  ortijd_breakdown bd;
  int status = hours_breakdown(argv, &bd, bad_arg);
  if (status == ORTIJD_OK)
    *out = bd.total;
  return status;
}

/* ORURENSTAAT: the seed's table, with its subtotal and total rows. */
static int eval_hours_table(const double *argv, unsigned given,
                            otfn_table *out, int *bad_arg)
{
  (void)given;
  ortijd_breakdown bd;
  int status = hours_breakdown(argv, &bd, bad_arg);
  if (status != ORTIJD_OK)
    return status;
  static const ortijd_line order[] = {
    ORTIJD_LINE_JOINT_MEETINGS, ORTIJD_LINE_COUNCIL_MEETINGS,
    ORTIJD_LINE_PREPARATION, ORTIJD_LINE_COUNT /* subtotal */,
    ORTIJD_LINE_OTHER, ORTIJD_LINE_TRAINING, ORTIJD_LINE_EXECUTIVE,
    ORTIJD_LINE_COUNT /* total */
  };
  for (int row = 0; row < OTFN_TABLE_ROWS; row++) {
    ortijd_line line = order[row];
    if (line != ORTIJD_LINE_COUNT) {
      out->label[row] = ortijd_line_label_nl(line);
      out->value[row] = bd.line[line];
    }
  }
  out->label[3] = "Subtotaal overleg";
  out->value[3] = bd.meetings_subtotal;
  out->label[7] = "Totaal";
  out->value[7] = bd.total;
  return ORTIJD_OK;
}

/* ORFTE: hours to fte (seed 002: 1264 h at 36 h x 52 -> 0.6752). */
static int eval_fte(const double *argv, unsigned given, double *out,
                      int *bad_arg)
{
  (void)given;
  int status = ortijd_fte(argv[0], argv[1], argv[2], out);
  if (status != ORTIJD_OK) {
    double ignored;
    /* Blame the first argument that fails on its own. */
    *bad_arg = ortijd_fte(argv[0], 36.0, 52.0, &ignored) != ORTIJD_OK ? 0
             : ortijd_fte(0.0, argv[1], 52.0, &ignored) != ORTIJD_OK ? 1
             : ortijd_fte(0.0, 36.0, argv[2], &ignored) != ORTIJD_OK ? 2 : -1;
  }
  return status;
}

/* SCHOLINGSDAGEN: statutory training days of a role (WOR art. 18 lid 3). */
static int eval_training_days(const double *argv, unsigned given,
                              double *out, int *bad_arg)
{
  (void)given;
  ortijd_role role;
  int status = ortijd_role_from_number(argv[0], &role);
  if (status == ORTIJD_OK)
    status = ortijd_training_days(role, out);
  if (status != ORTIJD_OK)
    *bad_arg = 0;
  return status;
}

/* ORZETELS: seats by headcount (WOR art. 6), or the reglement's number
** when argument 1 is given (art. 6 lid 1, third sentence). */
static int eval_seats(const double *argv, unsigned given, double *out,
                      int *bad_arg)
{
  int has_override = (given >> 1) & 1u;
  int status = ortijd_seats(argv[0], has_override, argv[1], out);
  if (status != ORTIJD_OK) {
    double ignored;
    *bad_arg = ortijd_seats(argv[0], 0, 0.0, &ignored) != ORTIJD_OK ? 0 : 1;
  }
  return status;
}

/* ORWEEKUREN: hours per member per week (seed 002's rule of thumb). */
static int eval_member_week_hours(const double *argv, unsigned given,
                                  double *out, int *bad_arg)
{
  (void)given;
  int status = ortijd_member_week_hours(argv[0], argv[1], argv[2], out);
  if (status != ORTIJD_OK) {
    double ignored;
    *bad_arg =
        ortijd_member_week_hours(argv[0], 1.0, 52.0, &ignored) != ORTIJD_OK ? 0
      : ortijd_member_week_hours(0.0, argv[1], 52.0, &ignored) != ORTIJD_OK ? 1
      : ortijd_member_week_hours(0.0, 1.0, argv[2], &ignored) != ORTIJD_OK ? 2
      : -1;
  }
  return status;
}

/* ---- The table ---------------------------------------------------------- */

#define REQ OTFN_ARG_NUMBER
#define OPT OTFN_ARG_OPTIONAL_NUMBER

/* The twelve arguments of ORUREN and ORURENSTAAT: the fields of
** ortijd_params, with the defaults of seed 002's worked example. */
#define HOURS_ARGS                                                          \
  {"seats", REQ, 0, "zetels",                                               \
   "Aantal OR-leden (zetels), een geheel getal vanaf 1. Zie ORZETELS "      \
   "(WOR art. 6).",                                                         \
   "seats", "Number of OR members (seats), a whole number from 1. See "     \
   "ORZETELS (WOR art. 6)."},                                               \
  {"jointMeetings", OPT, 6, "overlegvergaderingen",                         \
   "Overlegvergaderingen (OR en bestuurder) per jaar; standaard 6 "         \
   "(WOR art. 24: minimaal 2).",                                            \
   "joint_meetings", "Joint meetings with the director per year; default "  \
   "6 (WOR art. 24: at least 2)."},                                         \
  {"jointMeetingHours", OPT, 2, "duur_overleg",                             \
   "Duur van een overlegvergadering in uren; standaard 2.",                 \
   "joint_meeting_hours", "Length of a joint meeting in hours; default 2."},\
  {"councilMeetings", OPT, 12, "vergaderingen",                             \
   "OR-vergaderingen per jaar; standaard 12.",                              \
   "council_meetings", "OR meetings per year; default 12."},                \
  {"councilMeetingHours", OPT, 2, "vergaderduur",                           \
   "Duur van een OR-vergadering in uren; standaard 2.",                     \
   "council_meeting_hours", "Length of an OR meeting in hours; default 2."},\
  {"preparationHours", OPT, 2, "voorbereiding",                             \
   "Voorbereidingstijd in uren per vergadering per OR-lid; standaard 2 "    \
   "(vergadertijd incl. voorbereiding is werktijd, WOR art. 17).",          \
   "preparation_hours", "Preparation hours per meeting per member; "        \
   "default 2 (meetings incl. preparation are working time, WOR art. 17)."},\
  {"otherHours", OPT, 60, "overige_uren",                                   \
   "Overige OR-tijd per lid per jaar (onderling beraad, achterban); "       \
   "standaard 60, het wettelijk minimum (WOR art. 18 lid 3).",              \
   "other_hours", "Other OR time per member per year; default 60, the "     \
   "statutory minimum (WOR art. 18(3))."},                                  \
  {"trainingDays", OPT, 5, "scholingsdagen",                                \
   "Scholingsdagen per lid per jaar; standaard 5, het minimum voor een "    \
   "OR-lid (WOR art. 18 lid 3). Zie SCHOLINGSDAGEN.",                       \
   "training_days", "Training days per member per year; default 5, the "    \
   "minimum for an OR member (WOR art. 18(3)). See SCHOLINGSDAGEN."},       \
  {"trainingDayHours", OPT, 8, "uren_per_dag",                              \
   "Uren per scholingsdag; standaard 8.",                                   \
   "training_day_hours", "Hours per training day; default 8."},             \
  {"chairWeekHours", OPT, 2, "voorzitter",                                  \
   "Extra uren per week voor de voorzitter (dagelijks bestuur); "            \
   "standaard 2.",                                                          \
   "chair_hours", "Extra hours per week for the chair; default 2."},        \
  {"secretaryWeekHours", OPT, 4, "secretaris",                              \
   "Extra uren per week voor de secretaris (dagelijks bestuur); "            \
   "standaard 4.",                                                          \
   "secretary_hours", "Extra hours per week for the secretary; default 4."},\
  {"weeksPerYear", OPT, 52, "weken",                                        \
   "Weken per jaar voor het dagelijks bestuur; standaard 52.",              \
   "weeks", "Weeks per year for the executive committee; default 52."}

const otfn_function otfn_functions[] = {
  {"hours", "ORUREN",
   "Benodigde OR-tijd in uren per jaar: overleg- en OR-vergaderingen met "
   "voorbereiding, overige tijd (WOR art. 18 lid 1 en 3), scholing (art. "
   "18 lid 2 en 3) en het dagelijks bestuur. Voorbeeld: =ORUREN(7) geeft "
   "1516.",
   "Annual OR time in hours: joint and OR meetings with preparation, "
   "other time (WOR art. 18(1),(3)), training (art. 18(2),(3)) and the "
   "executive committee. Example: =ORUREN(7) gives 1516.",
   OTFN_RESULT_NUMBER, eval_hours, NULL, 12, {HOURS_ARGS}},
  {"hoursBreakdown", "ORURENSTAAT",
   "De urenberekening als tabel van 8 rijen en 2 kolommen (omschrijving, "
   "uren), met subtotaal en totaal; invoeren als matrixformule "
   "(Ctrl+Shift+Enter).",
   "The hours calculation as a table of 8 rows and 2 columns (label, "
   "hours) with subtotal and total; enter as an array formula "
   "(Ctrl+Shift+Enter).",
   OTFN_RESULT_TABLE, NULL, eval_hours_table, 12, {HOURS_ARGS}},
  {"fte", "ORFTE",
   "Zet uren per jaar om in fte: uren / (uren_per_week x weken). "
   "Voorbeeld: =ORFTE(1264) geeft afgerond 0,6752.",
   "Converts hours per year to fte: hours / (hours_per_week x weeks). "
   "Example: =ORFTE(1264) gives 0.6752 (rounded).",
   OTFN_RESULT_NUMBER, eval_fte, NULL, 3,
   {{"hours", REQ, 0, "uren", "Uren per jaar, bijvoorbeeld ORUREN(...).",
     "hours", "Hours per year, e.g. ORUREN(...)."},
    {"weekHours", OPT, 36, "uren_per_week",
     "Werktijd van een voltijder in uren per week; standaard 36 "
     "(gebruikelijk 36 tot 40).",
     "hours_per_week", "Full-time working hours per week; default 36."},
    {"weeksPerYear", OPT, 52, "weken",
     "Weken per jaar; standaard 52 (gebruik minder voor netto uren).",
     "weeks", "Weeks per year; default 52 (fewer for net hours)."}}},
  {"trainingDays", "SCHOLINGSDAGEN",
   "Wettelijk minimum aantal dagen scholing en vorming per jaar (WOR art. 18 "
   "lid 3): OR-lid dat geen lid is van een vaste commissie of "
   "onderdeelcommissie 5; lid van zo'n commissie dat geen OR-lid is 3; "
   "OR-lid dat ook lid is van zo'n commissie 8.",
   "Statutory minimum days of training per year (WOR art. 18(3)): OR "
   "member who is not on a standing committee or sub-council 5; member of "
   "such a committee who is not on the OR 3; OR member who is also on such "
   "a committee 8.",
   OTFN_RESULT_NUMBER, eval_training_days, NULL, 1,
   {{"role", OTFN_ARG_OPTIONAL_ROLE, ORTIJD_ROLE_COUNCIL, "rol",
     "\"OR\" (standaard), \"commissie\" (lid van een vaste commissie of "
     "onderdeelcommissie, geen OR-lid) of \"beide\"; of 1, 2, 3.",
     "role", "\"OR\" (default), \"commissie\" (member of a standing "
     "committee or sub-council, not on the OR) or \"beide\" (both); or 1, "
     "2, 3."}}},
  {"seats", "ORZETELS",
   "Aantal OR-zetels naar het aantal in de onderneming werkzame personen "
   "(WOR art. 6 lid 1): minder dan 50: 3, 50-99: 5, 100-199: 7, 200-399: "
   "9, 400-599: 11, 600-999: 13, 1000-1999: 15, daarna 2 meer per volle "
   "1000, ten hoogste 25.",
   "Number of OR seats for the persons working in the enterprise (WOR "
   "art. 6(1)): below 50: 3, 50-99: 5, 100-199: 7, 200-399: 9, 400-599: "
   "11, 600-999: 13, 1000-1999: 15, then 2 more per full 1000, at most 25.",
   OTFN_RESULT_NUMBER, eval_seats, NULL, 2,
   {{"persons", REQ, 0, "personen",
     "Aantal in de onderneming werkzame personen (mag een gemiddelde zijn).",
     "persons", "Persons working in the enterprise (may be an average)."},
    {"reglementSeats", OTFN_ARG_OPTIONAL_OVERRIDE, 0, "reglement",
     "Optioneel: het afwijkende aantal leden dat de OR in zijn reglement "
     "heeft vastgesteld (WOR art. 6 lid 1, met toestemming van de "
     "ondernemer); dit aantal wordt dan gebruikt.",
     "rules_seats", "Optional: the number of seats set in the OR's rules "
     "(WOR art. 6(1), with the employer's consent); returned as is."}}},
  {"memberWeekHours", "ORWEEKUREN",
   "OR-uren per lid per week: totaal_uren / (zetels x weken). Vuistregel "
   "uit de praktijk (geen wettelijke norm): minimaal 4 uur, bij zware "
   "belasting 6 tot 8.",
   "OR hours per member per week: total_hours / (seats x weeks). Rule of "
   "thumb from practice (not a statutory norm): at least 4 hours, 6 to 8 "
   "when the workload is heavy.",
   OTFN_RESULT_NUMBER, eval_member_week_hours, NULL, 3,
   {{"totalHours", REQ, 0, "totaal_uren",
     "OR-uren per jaar, bijvoorbeeld ORUREN(...).",
     "total_hours", "OR hours per year, e.g. ORUREN(...)."},
    {"seats", REQ, 0, "zetels", "Aantal OR-leden (zetels).",
     "seats", "Number of OR members (seats)."},
    {"weeksPerYear", OPT, 52, "weken", "Weken per jaar; standaard 52.",
     "weeks", "Weeks per year; default 52."}}},
};

const size_t otfn_function_count =
    sizeof otfn_functions / sizeof otfn_functions[0];
