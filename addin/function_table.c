/*
** function_table.c - the table of ortijd's Calc functions and the small
** evaluators that connect each to the core (core/include/ortijd.h).
**
** Everything a user sees of a function (name, help, argument names and
** defaults) is written here once; addin_object.c answers Calc's XAddIn
** and XCompatibilityNames questions from it and gen_config.c writes the IDL
** and the README reference from it. Dutch first, English beside it.
** Sources of every rule: docs/rules.md (WOR articles, the worked example).
*/
#include "function_table.h"

/* ---- Evaluators --------------------------------------------------------- */
/* Each connects one function to the core and passes on the core's blame:
** the `bad` index of a core function (ortijd.h, "Inputs"), which is the
** argument index where the function's arguments are the core function's
** inputs in order. */

/* The hours model (the worked example) on a->v[0..ORTIJD_HOURS_COUNT), in
** the order of ortijd_hours_inputs: ORUREN's and ORURENSTAAT's arguments;
** a failure blames the field's argument. */
static int hours_of(otfn_args *a, ortijd_breakdown *bd)
{
  ortijd_params p;
  ortijd_params_from_values(a->v, &p);
  return ortijd_hours(&p, bd, &a->blame);
}

/* ORUREN: total annual hours (the worked example's "Totaal"). */
static int eval_hours(otfn_args *a, otfn_result *out)
{
  ortijd_breakdown bd;
  int status = hours_of(a, &bd);
  if (status == ORTIJD_OK)
    out->number = bd.total;
  return status;
}

/* ORURENSTAAT: the core's hours table (ORTIJD_HOURS_ROWS: the worked
** example's lines with its subtotal and total), a label and hours a row. */
static int eval_hours_table(otfn_args *a, otfn_result *out)
{
  ortijd_breakdown bd;
  int status = hours_of(a, &bd);
  if (status != ORTIJD_OK)
    return status;
  otfn_table *t = &out->table;
  ortijd_hours_table(&bd, t->value);
  for (int row = 0; row < OTFN_TABLE_ROWS; row++)
    t->label[row] = ortijd_hours_row_label((ortijd_hours_row)row);
  return ORTIJD_OK;
}

/* ORFTE: hours to fte (the worked example: 1264 h at 36 h x 52 -> 0.6752). */
static int eval_fte(otfn_args *a, otfn_result *out)
{
  return ortijd_fte(a->v[0], a->v[1], a->v[2], &out->number, &a->blame);
}

/* SCHOLINGSDAGEN: statutory training days of a role (WOR art. 18 lid 3). */
static int eval_training_days(otfn_args *a, otfn_result *out)
{
  ortijd_role role;
  int status = ortijd_role_from_number(a->v[0], &role);
  if (status != ORTIJD_OK) {
    a->blame = 0; /* the role, the one input */
    return status;
  }
  return ortijd_training_days(role, &out->number);
}

/* ORZETELS: seats by headcount (WOR art. 6), or the reglement's number
** when argument 1 is given (art. 6 lid 1, third sentence). */
static int eval_seats(otfn_args *a, otfn_result *out)
{
  int has_override = (a->given >> 1) & 1u;
  return ortijd_seats(a->v[0], has_override, a->v[1], &out->number,
                      &a->blame);
}

/* ORWEEKUREN: hours per member per week (the worked example's rule of
** thumb). */
static int eval_member_week_hours(otfn_args *a, otfn_result *out)
{
  return ortijd_member_week_hours(a->v[0], a->v[1], a->v[2], &out->number,
                                  &a->blame);
}

/* The arguments of ORSCENARIO: the range, the eleven optional ORUREN
** arguments (HOURS_OPTIONAL_ARGS), the fte basis and the hourly cost. */
enum {
  SCENARIO_FROM,
  SCENARIO_TO,
  SCENARIO_HOURS, /* first of the ORTIJD_HOURS_COUNT - 1 fields after seats */
  SCENARIO_FTE_WEEK_HOURS = SCENARIO_HOURS + ORTIJD_HOURS_COUNT - 1,
  SCENARIO_FTE_WEEKS,
  SCENARIO_HOURLY_COST,
  SCENARIO_ARGC
};

/* The ORSCENARIO argument of input `bad` of a core function whose inputs
** from `first_input` on are the arguments from `first_arg` on; -1 for an
** input that is no argument (the seats, the hours total of a row). */
static int scenario_blame(int bad, int first_input, int first_arg)
{
  return bad >= first_input ? first_arg + bad - first_input : -1;
}

/* One row of ORSCENARIO, for p->seats, into cell[ortijd_scenario_col]; a
** failure sets *blame to the argument at fault. Every input of the row is
** checked before an overflow is passed on (as in every function, an input
** at fault is named first): a quotient that overflows (a tiny fte or week
** basis, no input to blame) is reported only once the hourly cost, the
** last argument, has been checked by the wage cost. */
static int scenario_row(const double *v, int has_cost, const ortijd_params *p,
                        double *cell, int *blame)
{
  int bad = -1;
  ortijd_breakdown bd;
  cell[ORTIJD_SCENARIO_COL_SEATS] = p->seats;
  cell[ORTIJD_SCENARIO_COL_WAGE_COST] = 0.0;
  int status = ortijd_hours(p, &bd, &bad);
  if (status != ORTIJD_OK) {
    *blame = scenario_blame(bad, 1, SCENARIO_HOURS);
    return status;
  }
  cell[ORTIJD_SCENARIO_COL_HOURS] = bd.total;
  int overflow = ortijd_fte(bd.total, v[SCENARIO_FTE_WEEK_HOURS],
                            v[SCENARIO_FTE_WEEKS],
                            &cell[ORTIJD_SCENARIO_COL_FTE], &bad);
  if (overflow != ORTIJD_OK && bad >= 0) {
    *blame = scenario_blame(bad, 1, SCENARIO_FTE_WEEK_HOURS);
    return overflow;
  }
  if (overflow == ORTIJD_OK) {
    /* weeks: the hours' own argument, which ortijd_hours has checked */
    overflow = ortijd_member_week_hours(
        bd.total, p->seats, p->weeks_per_year,
        &cell[ORTIJD_SCENARIO_COL_MEMBER_WEEK_HOURS], &bad);
    if (overflow != ORTIJD_OK && bad >= 0) {
      *blame = scenario_blame(bad, 2,
                              SCENARIO_HOURS + ORTIJD_HOURS_WEEKS_PER_YEAR - 1);
      return overflow;
    }
  }
  if (has_cost) {
    status = ortijd_wage_cost(bd.total, v[SCENARIO_HOURLY_COST],
                              &cell[ORTIJD_SCENARIO_COL_WAGE_COST], &bad);
    if (status != ORTIJD_OK) {
      *blame = scenario_blame(bad, 1, SCENARIO_HOURLY_COST);
      return status;
    }
  }
  return overflow;
}

/* ORSCENARIO: for seats from..to a row of seats, hours (ORUREN), fte
** (ORFTE), hours per member per week (ORWEEKUREN) and wage cost (empty
** text when no hourly cost is given): the columns of ortijd_scenario_col.
** The range is checked first (a reversed or too long range blames 'to');
** any other failure blames the argument of the core input at fault
** (scenario_row). When a row fails, nothing is written. */
static int eval_scenario(otfn_args *a, otfn_result *out)
{
  const double *v = a->v;
  int rows = 0;
  int status = ortijd_scenario_rows(v[SCENARIO_FROM], v[SCENARIO_TO], &rows,
                                    &a->blame);
  if (status != ORTIJD_OK)
    return status;
  double fields[ORTIJD_HOURS_COUNT];
  fields[ORTIJD_HOURS_SEATS] = v[SCENARIO_FROM];
  for (int i = 1; i < ORTIJD_HOURS_COUNT; i++)
    fields[i] = v[SCENARIO_HOURS + i - 1];
  ortijd_params p;
  ortijd_params_from_values(fields, &p);
  int has_cost = (a->given >> SCENARIO_HOURLY_COST) & 1u;
  double row[OTFN_GRID_MAX_ROWS][OTFN_GRID_MAX_COLS];
  for (int r = 0; r < rows && status == ORTIJD_OK; r++) {
    p.seats = v[SCENARIO_FROM] + r;
    status = scenario_row(v, has_cost, &p, row[r], &a->blame);
  }
  if (status != ORTIJD_OK)
    return status;
  otfn_grid *g = &out->grid;
  g->rows = rows;
  g->cols = ORTIJD_SCENARIO_COL_COUNT;
  g->blank_cols = has_cost ? 0u : 1u << ORTIJD_SCENARIO_COL_WAGE_COST;
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < ORTIJD_SCENARIO_COL_COUNT; c++)
      g->value[r][c] = row[r][c];
  return ORTIJD_OK;
}

/* SCHOLINGSKOSTEN: course fee at SER-style rates plus separately charged
** trainer travel and btw (WOR art. 22 lid 3); a->v in the field order of
** ortijd_course_params (ortijd_course_inputs). */
static int eval_training_cost(otfn_args *a, otfn_result *out)
{
  ortijd_course_params p;
  ortijd_course_params_from_values(a->v, &p);
  ortijd_course_cost cost;
  int status = ortijd_course_cost_calc(&p, &cost, &a->blame);
  if (status == ORTIJD_OK)
    out->number = cost.total;
  return status;
}

/* ORSECRETARIAAT: ambtelijk secretaris hours per year (practice in
** collective agreements: 1.5 to 2 h per seat per week). */
static int eval_secretary_hours(otfn_args *a, otfn_result *out)
{
  return ortijd_secretary_hours(a->v[0], a->v[1], a->v[2], &out->number,
                                &a->blame);
}

/* ---- The table ---------------------------------------------------------- */

/* The core input of ORUREN field X (ortijd.h, ORTIJD_HOURS_FIELDS). */
#define HOURS_IN(X) (&ortijd_hours_inputs[ORTIJD_HOURS_##X])
/* The core input of SCHOLINGSKOSTEN field X (ORTIJD_COURSE_FIELDS). */
#define COURSE_IN(X) (&ortijd_course_inputs[ORTIJD_COURSE_##X])
#define REQ OTFN_ARG_NUMBER
#define OPT OTFN_ARG_OPTIONAL_NUMBER

/* The twelve arguments of ORUREN and ORURENSTAAT: the fields of
** ortijd_params, whose defaults and ranges are the core's (HOURS_IN: the
** worked example, docs/rules.md; ortijd.h, "Limits"); the input rule
** they share is in docs/rules.md, "Invoer". Display names have no
** underscore (the gtk3 function wizard would eat it as a mnemonic) and
** stay as they are from now on. */
#define HOURS_SEATS_ARG                                                     \
  {"seats", REQ, HOURS_IN(SEATS), "zetels",                                 \
   "Aantal OR-leden (zetels): een geheel getal van 1 tot en met 1000. Zie " \
   "ORZETELS (WOR art. 6 lid 1).",                                          \
   "seats", "Number of works-council (OR) members (seats): a whole number " \
   "from 1 to 1000. See ORZETELS (WOR art. 6(1))."}
/* The eleven optional arguments of ORUREN, also those of ORSCENARIO. */
#define HOURS_OPTIONAL_ARGS                                                 \
  {"jointMeetings", OPT, HOURS_IN(JOINT_MEETINGS), "overlegvergaderingen",  \
   "Overlegvergaderingen (OR en bestuurder) per jaar, 0 tot en met 1000; "  \
   "standaard 6 (WOR art. 24 lid 1: ten minste twee keer per jaar over de " \
   "algemene gang van zaken).",                                             \
   "jointMeetings", "Consultation meetings with the employer "              \
   "(overlegvergaderingen) per year, 0 to 1000; default 6 (WOR art. "       \
   "24(1): at least twice a year on the general course of business)."},     \
  {"jointMeetingHours", OPT, HOURS_IN(JOINT_MEETING_HOURS), "overlegduur",  \
   "Duur van een overlegvergadering in uren, 0 tot en met 24; standaard 2.",\
   "jointMeetingHours", "Length of a consultation meeting with the "        \
   "employer in hours, 0 to 24; default 2."},                               \
  {"councilMeetings", OPT, HOURS_IN(COUNCIL_MEETINGS), "vergaderingen",     \
   "OR-vergaderingen per jaar, 0 tot en met 1000; standaard 12.",           \
   "councilMeetings", "Works-council (OR) meetings per year, 0 to 1000; "   \
   "default 12."},                                                          \
  {"councilMeetingHours", OPT, HOURS_IN(COUNCIL_MEETING_HOURS), "vergaderduur",\
   "Duur van een OR-vergadering in uren, 0 tot en met 24; standaard 2.",    \
   "councilMeetingHours", "Length of an OR meeting in hours, 0 to 24; "     \
   "default 2."},                                                           \
  {"preparationHours", OPT, HOURS_IN(PREPARATION_HOURS), "voorbereiding",   \
   "Voorbereiding in uren per vergadering per OR-lid, 0 tot en met 24; "    \
   "standaard 2. De OR vergadert zoveel mogelijk in werktijd, met behoud "  \
   "van loon (WOR art. 17 lid 2 en 3); dat de voorbereiding meetelt, volgt "\
   "uit rechtspraak en praktijk.",                                          \
   "preparationHours", "Preparation hours per meeting per member, 0 to "    \
   "24; default 2. The council meets in working time as far as possible, "  \
   "with pay (WOR art. 17(2) and (3)); that preparation counts follows "    \
   "from case law and practice."},                                          \
  {"otherHours", OPT, HOURS_IN(OTHER_HOURS), "overigeuren",                 \
   "Overige OR-tijd per lid per jaar (onderling beraad, achterban), 0 tot " \
   "en met 8784; standaard 60, het wettelijk minimum (WOR art. 18 lid 1 "   \
   "en 3).",                                                                \
   "otherHours", "Other OR time per member per year (consultation, "        \
   "constituency), 0 to 8784; default 60, the statutory minimum (WOR "      \
   "art. 18(1) and (3))."},                                                 \
  {"trainingDays", OPT, HOURS_IN(TRAINING_DAYS), "scholingsdagen",          \
   "Scholingsdagen per lid per jaar, 0 tot en met 366; standaard 5, het "   \
   "minimum voor een OR-lid (WOR art. 18 lid 2 en 3). Zie SCHOLINGSDAGEN.", \
   "trainingDays", "Training days per member per year, 0 to 366; default "  \
   "5, the minimum for an OR member (WOR art. 18(2) and (3)). See "         \
   "SCHOLINGSDAGEN."},                                                      \
  {"trainingDayHours", OPT, HOURS_IN(TRAINING_DAY_HOURS), "urenperdag",     \
   "Uren per scholingsdag, 0 tot en met 24; standaard 8.",                  \
   "hoursPerDay", "Hours per training day, 0 to 24; default 8."},           \
  {"chairWeekHours", OPT, HOURS_IN(CHAIR_WEEK_HOURS), "voorzitter",         \
   "Extra uren per week voor de voorzitter (dagelijks bestuur), 0 tot en "  \
   "met 168; standaard 2.",                                                 \
   "chairHours", "Extra hours per week for the chair (voorzitter), one of " \
   "the council's officers, 0 to 168; default 2."},                         \
  {"secretaryWeekHours", OPT, HOURS_IN(SECRETARY_WEEK_HOURS), "secretaris", \
   "Extra uren per week voor de secretaris (dagelijks bestuur), 0 tot en "  \
   "met 168; standaard 4.",                                                 \
   "secretaryHours", "Extra hours per week for the elected secretary "      \
   "(secretaris), one of the council's officers, 0 to 168; default 4."},    \
  {"weeksPerYear", OPT, HOURS_IN(WEEKS_PER_YEAR), "weken",                  \
   "Weken per jaar voor het dagelijks bestuur, meer dan 0 en ten hoogste "  \
   "53; standaard 52.",                                                     \
   "weeks", "Weeks per year for the council's officers' extra hours (chair "\
   "and secretary), above 0 and at most 53; default 52."}


/* One sentence on the input rule, at the end of every function's help
** (docs/rules.md, "Invoer"). */
#define RULE_NL                                                             \
  " Getallen als tekst (\"6\", \"7.5\") tellen als getal; een lege cel "    \
  "telt als 0; een argument weglaten geeft de standaardwaarde."
#define RULE_EN                                                             \
  " Numbers written as text (\"6\", \"7.5\") count as numbers; an empty "   \
  "cell counts as 0; leaving an argument out gives its default."

/* The arguments of each function, in order. */
static const otfn_arg hours_args[] = {HOURS_SEATS_ARG, HOURS_OPTIONAL_ARGS};

static const otfn_arg scenario_args[] = {
  {"fromSeats", REQ, &ortijd_scenario_inputs[0], "van",
   "Kleinste aantal zetels, een geheel getal van 1 tot en met 1000.",
   "from", "Smallest number of seats, a whole number from 1 to 1000."},
  {"toSeats", REQ, &ortijd_scenario_inputs[1], "tot",
   "Grootste aantal zetels, een geheel getal van 'van' tot en met 1000; "
   "ten hoogste 100 rijen (tot - van + 1).",
   "to", "Largest number of seats, a whole number from 'from' to 1000; "
   "at most 100 rows (to - from + 1)."},
  HOURS_OPTIONAL_ARGS,
  {"fteWeekHours", OPT, &ortijd_fte_inputs[1], "urenperweek",
   "Werktijd van een voltijder in uren per week voor de fte-kolom, meer "
   "dan 0 en ten hoogste 168; standaard 36 (als ORFTE).",
   "hoursPerWeek", "Full-time hours per week for the fte column, above 0 "
   "and at most 168; default 36 (as ORFTE)."},
  {"fteWeeks", OPT, &ortijd_fte_inputs[2], "fteweken",
   "Weken per jaar voor de fte-kolom, meer dan 0 en ten hoogste 53; "
   "standaard 52 (als ORFTE).",
   "fteWeeks", "Weeks per year for the fte column, above 0 and at most "
   "53; default 52 (as ORFTE)."},
  {"hourlyCost", OTFN_ARG_OPTIONAL_OVERRIDE, &ortijd_wage_cost_inputs[1],
   "uurtarief",
   "Optioneel: loonkosten per uur in euro: brutoloon plus werkgeverslasten "
   "per jaar, gedeeld door de jaaruren van een voltijder (urenperweek x "
   "fteweken), zonder overhead; 0 tot en met 1 miljard. De kolom is de "
   "loonwaarde van de OR-uren, geen extra uitgave. Weglaten of lege tekst "
   "geeft een lege kolom.",
   "hourlyCost", "Optional: wage cost per hour in euros: gross wage plus "
   "employer's charges per year, divided by a full-timer's annual hours "
   "(hoursPerWeek x fteWeeks), without overhead; 0 to 1 billion. The "
   "column is the wage value of the OR hours, not an extra outlay. Left "
   "out or empty text gives an empty column."},
};

static const otfn_arg fte_args[] = {
  {"hours", REQ, &ortijd_fte_inputs[0], "uren",
   "Uren per jaar, 0 tot en met 1 miljard; bijvoorbeeld ORUREN(...).",
   "hours", "Hours per year, 0 to 1 billion; e.g. ORUREN(...)."},
  {"weekHours", OPT, &ortijd_fte_inputs[1], "urenperweek",
   "Werktijd van een voltijder in uren per week, meer dan 0 en ten "
   "hoogste 168; standaard 36 (gebruikelijk 36 tot 40).",
   "hoursPerWeek", "Full-time working hours per week, above 0 and at "
   "most 168; default 36 (usually 36 to 40)."},
  {"weeksPerYear", OPT, &ortijd_fte_inputs[2], "weken",
   "Weken per jaar, meer dan 0 en ten hoogste 53; standaard 52 (minder "
   "voor netto uren).",
   "weeks", "Weeks per year, above 0 and at most 53; default 52 (fewer "
   "for net hours)."},
};

static const otfn_arg training_days_args[] = {
  {"role", OTFN_ARG_OPTIONAL_CHOICE, &ortijd_training_days_inputs[0], "rol",
   "\"OR\" (standaard), \"commissie\" (lid van een vaste commissie of "
   "een onderdeelcommissie, geen OR-lid) of \"beide\"; hoofdletters en "
   "spaties eromheen tellen niet. Of het getal 1, 2 of 3 (ook als tekst).",
   "role", "\"OR\" (default, works-council member), \"commissie\" "
   "(member of a standing committee or a divisional committee, "
   "onderdeelcommissie, not on the council) or \"beide\" (both); case "
   "and surrounding spaces do not matter. Or the number 1, 2 or 3 (also "
   "as text)."},
};

static const otfn_arg seats_args[] = {
  {"persons", REQ, &ortijd_seats_inputs[0], "personen",
   "Aantal in de onderneming werkzame personen: meer dan 0, ten hoogste "
   "1 miljard; een gemiddelde (met decimalen) mag. Uitzendkrachten tellen "
   "mee na 15 maanden in de onderneming (WOR art. 1 lid 3, sinds 2022).",
   "persons", "Persons working in the enterprise: above 0, at most 1 "
   "billion; an average (with decimals) is allowed. Temporary agency "
   "workers count after 15 months in the enterprise (WOR art. 1(3), since "
   "2022)."},
  {"reglementSeats", OTFN_ARG_OPTIONAL_OVERRIDE, &ortijd_seats_inputs[1],
   "reglement",
   "Optioneel: het afwijkende aantal leden dat de OR in zijn reglement "
   "heeft vastgesteld (WOR art. 6 lid 1, met toestemming van de "
   "ondernemer), een geheel getal van 1 tot en met 1000; dit aantal "
   "wordt dan gebruikt.",
   "rulesSeats", "Optional: the number of seats set in the works "
   "council's rules (reglement; WOR art. 6(1), with the employer's "
   "consent), a whole number from 1 to 1000; returned as is."},
};

static const otfn_arg member_week_hours_args[] = {
  {"totalHours", REQ, &ortijd_member_week_hours_inputs[0], "totaaluren",
   "OR-uren per jaar, 0 tot en met 1 miljard; bijvoorbeeld ORUREN(...).",
   "totalHours", "Works-council (OR) hours per year, 0 to 1 billion; e.g. "
   "ORUREN(...)."},
  {"seats", REQ, &ortijd_member_week_hours_inputs[1], "zetels",
   "Aantal OR-leden (zetels): een geheel getal van 1 tot en met 1000.",
   "seats", "Number of works-council (OR) members (seats): a whole number "
   "from 1 to 1000."},
  {"weeksPerYear", OPT, &ortijd_member_week_hours_inputs[2], "weken",
   "Weken per jaar, meer dan 0 en ten hoogste 53; standaard 52 "
   "(kalenderweken, zoals het rekenvoorbeeld); netto werkweken, zonder "
   "vakantie en feestdagen, geven een hoger en eerlijker weekcijfer.",
   "weeks", "Weeks per year, above 0 and at most 53; default 52 (calendar "
   "weeks, as the worked example); net working weeks, without holidays, "
   "give a higher and fairer weekly figure."},
};

static const otfn_arg training_cost_args[] = {
  {"days", REQ, COURSE_IN(DAYS), "dagen",
   "Cursusdagen, 0 tot en met 366 in stappen van een halve dag (een dag "
   "is 2 dagdelen).",
   "days", "Course days, 0 to 366 in steps of half a day (a day is 2 "
   "half-days)."},
  {"rate", REQ, COURSE_IN(RATE), "tarief",
   "Tarief per dagdeel in euro excl. btw: het SER-richtbedrag van het "
   "jaar (maatwerk: per OR per trainer; open inschrijving: per "
   "deelnemer) of het tarief uit een offerte; 0 tot en met 1 miljard.",
   "rate", "Rate per half-day in euros excl. VAT: the SER guideline rate "
   "of the year (custom: per OR per trainer; open: per participant) or "
   "a quote's rate; 0 to 1 billion."},
  {"participants", REQ, COURSE_IN(PARTICIPANTS), "deelnemers",
   "Aantal deelnemers (OR-leden en leden van een vaste commissie of een "
   "onderdeelcommissie), een geheel getal van 1 tot en met 1000.",
   "participants", "Number of participants (works-council members and "
   "members of a standing or divisional committee), a whole number from "
   "1 to 1000."},
  {"courseKind", OTFN_ARG_OPTIONAL_CHOICE, COURSE_IN(COURSE), "soort",
   "\"maatwerk\" (standaard, cursus voor de hele OR) of \"open\" (open "
   "inschrijving); hoofdletters en spaties eromheen tellen niet. Of het "
   "getal 1 of 2.",
   "kind", "\"maatwerk\" (default, custom course for the whole OR) or "
   "\"open\" (open enrolment); case and surrounding spaces do not "
   "matter. Or the number 1 or 2."},
  {"secondTrainerFrom", OPT, COURSE_IN(SECOND_TRAINER_FROM), "tweedetrainer",
   "Alleen maatwerk: vanaf dit aantal deelnemers een tweede trainer "
   "(dubbel tarief); geheel getal van 0 tot en met 1000, 0 = nooit, 1 = "
   "altijd. Standaard 13, een benadering: de SER verdubbelt het "
   "richtbedrag als er echt met twee trainers wordt gewerkt, 'doorgaans "
   "bij groepen die groter zijn dan 13 personen' (SER 2013; SER 2017: "
   "'13 of meer leden'; later niet bevestigd). Weet u het aantal "
   "trainers, geef dan 1 bij twee trainers en 0 bij een enkele trainer.",
   "secondTrainerFrom", "Custom course only: from this many participants "
   "a second trainer (double rate); whole number 0 to 1000, 0 = never, "
   "1 = always. Default 13, an approximation: the SER doubles the "
   "guideline rate when two trainers actually work, 'usually for groups "
   "larger than 13' (SER 2013; SER 2017: '13 or more'; not confirmed "
   "since). If you know the number of trainers, give 1 for two trainers "
   "and 0 for a single trainer."},
  {"km", OPT, COURSE_IN(KM), "km",
   "Reiskilometers van de trainer die de offerte apart rekent, 0 tot en "
   "met 1 miljoen; standaard 0, want het richtbedrag bevat de reiskosten "
   "al. Rekent een aanbieder ze toch apart, zoals OR-ondersteuning, dan "
   "hoort het bedrag in de begroting en ligt de prijs boven het "
   "richtbedrag.",
   "km", "Trainer travel in km charged apart by the quote, 0 to 1 "
   "million; default 0, as the guideline rate already includes travel. "
   "If a supplier charges it on top, as OR-ondersteuning does, the amount "
   "belongs in the budget and the price is above the guideline rate."},
  {"kmRate", OPT, COURSE_IN(KM_RATE), "kmtarief",
   "Euro per kilometer, 0 tot en met 1 miljard; standaard 0,40 (schatting "
   "van OR-ondersteuning).",
   "kmRate", "Euros per km, 0 to 1 billion; default 0.40 (OR-ondersteuning's "
   "estimate)."},
  {"vatPercent", OPT, COURSE_IN(VAT_PERCENT), "btw",
   "Btw-percentage over cursus en reiskosten, 0 tot en met 100; standaard "
   "0 (excl. btw, zoals de richtbedragen); bijvoorbeeld 21. Trainers met "
   "CRKBO-registratie rekenen vaak geen btw.",
   "vatPercent", "VAT percentage on fee and travel, 0 to 100; default 0 "
   "(excl. VAT, as the guideline rates); e.g. 21. CRKBO-registered "
   "trainers often charge no VAT."},
};

_Static_assert(sizeof scenario_args / sizeof scenario_args[0] == SCENARIO_ARGC,
               "ORSCENARIO's arguments are those eval_scenario reads");

static const otfn_arg secretary_hours_args[] = {
  {"seats", REQ, &ortijd_secretary_hours_inputs[0], "zetels",
   "Aantal OR-leden (zetels): een geheel getal van 1 tot en met 1000.",
   "seats", "Number of OR members (seats): a whole number from 1 to "
   "1000."},
  {"seatWeekHours", OPT, &ortijd_secretary_hours_inputs[1], "urenperzetel",
   "Uren ambtelijke ondersteuning per zetel per week, 0 tot en met 168; "
   "standaard 2 (praktijk in cao's: 1,5 tot 2).",
   "hoursPerSeat", "Support hours per seat per week, 0 to 168; default 2 "
   "(practice in collective agreements: 1.5 to 2)."},
  {"weeksPerYear", OPT, &ortijd_secretary_hours_inputs[2], "weken",
   "Weken per jaar, meer dan 0 en ten hoogste 53; standaard 52.",
   "weeks", "Weeks per year, above 0 and at most 53; default 52."},
};

const otfn_function otfn_functions[] = {
  {"hours", "ORUREN",
   "Benodigde OR-tijd in uren per jaar: overleg- en OR-vergaderingen met "
   "voorbereiding, overige tijd (WOR art. 18 lid 1 en 3), scholing (art. "
   "18 lid 2 en 3) en het dagelijks bestuur. Voorbeeld: =ORUREN(7) geeft "
   "1516." RULE_NL,
   "Annual works-council (OR) time in hours: consultation meetings with "
   "the employer and council meetings with preparation, other time (WOR "
   "art. 18(1),(3)), training (art. 18(2),(3)) and the extra hours of the "
   "council's officers (chair and secretary). Example: =ORUREN(7) gives "
   "1516." RULE_EN,
   OTFN_RESULT_NUMBER, eval_hours, OTFN_ARGS(hours_args)},
  {"hoursBreakdown", "ORURENSTAAT",
   "De urenberekening als tabel van 8 rijen en 2 kolommen (omschrijving, "
   "uren), met subtotaal en totaal; invoeren als matrixformule "
   "(Ctrl+Shift+Enter)." RULE_NL,
   "The hours calculation as a table of 8 rows and 2 columns (label, "
   "hours) with subtotal and total; enter as an array formula "
   "(Ctrl+Shift+Enter)." RULE_EN,
   OTFN_RESULT_TABLE, eval_hours_table, OTFN_ARGS(hours_args)},
  {"fte", "ORFTE",
   "Zet uren per jaar om in fte: uren / (urenperweek x weken). "
   "Voorbeeld: =ORFTE(1264) geeft afgerond 0,6752." RULE_NL,
   "Converts hours per year to fte: hours / (hoursPerWeek x weeks). "
   "Example: =ORFTE(1264) gives 0.6752 (rounded)." RULE_EN,
   OTFN_RESULT_NUMBER, eval_fte, OTFN_ARGS(fte_args)},
  {"trainingDays", "SCHOLINGSDAGEN",
   "Wettelijk minimum aantal dagen scholing en vorming per jaar (WOR art. 18 "
   "lid 3): OR-lid dat geen lid is van een vaste commissie of een "
   "onderdeelcommissie 5; lid van zo'n commissie dat geen OR-lid is 3; "
   "OR-lid dat ook lid is van zo'n commissie 8. Een lege cel telt als 0 "
   "en is geen rol; het argument weglaten geeft \"OR\".",
   "Statutory minimum days of training per year (WOR art. 18(3)): "
   "works-council member who is not on a standing committee or a "
   "divisional committee (onderdeelcommissie) 5; member of such a "
   "committee who is not on the council 3; council member who is also on "
   "such a committee 8. An empty cell counts as 0 and is no role; leaving "
   "the argument out gives \"OR\".",
   OTFN_RESULT_NUMBER, eval_training_days, OTFN_ARGS(training_days_args)},
  {"seats", "ORZETELS",
   "Aantal OR-zetels naar het aantal in de onderneming werkzame personen "
   "(WOR art. 6 lid 1): minder dan 50: 3, 50-99: 5, 100-199: 7, 200-399: "
   "9, 400-599: 11, 600-999: 13, 1000-1999: 15, daarna 2 meer per volle "
   "1000, ten hoogste 25. 0 personen is een fout: zonder personen geen OR."
   RULE_NL,
   "Number of OR seats for the persons working in the enterprise (WOR "
   "art. 6(1)): below 50: 3, 50-99: 5, 100-199: 7, 200-399: 9, 400-599: "
   "11, 600-999: 13, 1000-1999: 15, then 2 more per full 1000, at most 25. "
   "0 persons is an error: no persons, no works council." RULE_EN,
   OTFN_RESULT_NUMBER, eval_seats, OTFN_ARGS(seats_args)},
  {"memberWeekHours", "ORWEEKUREN",
   "OR-uren per lid per week: totaaluren / (zetels x weken). Vuistregel "
   "uit de praktijk (geen wettelijke norm): minimaal 4 uur, bij zware "
   "belasting 6 tot 8." RULE_NL,
   "OR hours per member per week: totalHours / (seats x weeks). Rule of "
   "thumb from practice (not a statutory norm): at least 4 hours, 6 to 8 "
   "when the workload is heavy." RULE_EN,
   OTFN_RESULT_NUMBER, eval_member_week_hours,
   OTFN_ARGS(member_week_hours_args)},
  {.method = "scenario", .name = "ORSCENARIO",
   .help_nl =
   "Scenario's in een matrixformule: voor elk aantal zetels van 'van' tot "
   "en met 'tot' een rij met zetels, uren per jaar (als ORUREN), fte (als "
   "ORFTE), uren per lid per week (als ORWEEKUREN) en de loonwaarde (uren x "
   "uurtarief; lege tekst als er geen uurtarief is). 5 kolommen, tot - van "
   "+ 1 rijen (ten hoogste 100); invoeren als matrixformule "
   "(Ctrl+Shift+Enter). Voorbeeld: =ORSCENARIO(5;15) in A5:E15." RULE_NL,
   .help_en =
   "Scenarios in one array formula: for every number of seats from 'from' "
   "to 'to' a row with seats, hours per year (as ORUREN), fte (as ORFTE), "
   "hours per member per week (as ORWEEKUREN) and the wage value (hours x "
   "hourly cost; empty text without an hourly cost). 5 columns, to - from "
   "+ 1 rows (at most 100); enter as an array formula (Ctrl+Shift+Enter). "
   "Example: =ORSCENARIO(5;15) in A5:E15." RULE_EN,
   .result = OTFN_RESULT_GRID, .eval = eval_scenario,
   OTFN_ARGS(scenario_args)},
  {"trainingCost", "SCHOLINGSKOSTEN",
   "Cursuskosten van OR-scholing tegen SER-richtbedragen (WOR art. 22 lid "
   "3), excl. btw tenzij een btw-percentage is gegeven. Maatwerk (cursus "
   "voor de hele OR): dagdelen x tarief x trainers, dubbel tarief als er "
   "met twee trainers wordt gewerkt (standaard benaderd met een "
   "groepsgrootte, zie tweedetrainer); open inschrijving: dagdelen x "
   "tarief x deelnemers. Een dag is 2 dagdelen. Het richtbedrag is all-in "
   "voor de trainer (honorarium, voorbereiding, uitvoering, nazorg, "
   "materiaal en reiskosten van de trainer) en excl. btw; bij maatwerk is "
   "de accommodatie niet inbegrepen, bij open inschrijving wel. Reiskosten "
   "van de trainer tellen alleen mee als de offerte ze apart rekent "
   "(km > 0). Niet inbegrepen: zaalhuur en verblijf bij maatwerk, de "
   "loonkosten van de deelnemers. De SER stelt de tarieven elk jaar vast: "
   "geef het tarief van het jaar mee (2023: maatwerk 1160, open 190; 2024: "
   "1250 en 200). Voorbeeld: =SCHOLINGSKOSTEN(2;1250;7) geeft 5000."
   RULE_NL,
   "Course fee of OR training at SER guideline rates (richtbedragen, WOR "
   "art. 22(3)), excl. VAT unless a VAT percentage is given. Custom course "
   "(maatwerk, the whole OR): half-days x rate x trainers, double rate when "
   "two trainers work (approximated by a group size by default, see "
   "secondTrainerFrom); open course: half-days x rate x "
   "participants. A day is 2 half-days (dagdelen). The guideline rate is "
   "all-in for the trainer (fee, preparation, delivery, follow-up, "
   "material and the trainer's travel) and excl. VAT; a custom course "
   "excludes the venue, an open course includes accommodation. Trainer "
   "travel counts only when a quote charges it apart (km > 0). Not "
   "included: venue and stay for a custom course, the participants' wage "
   "cost. The SER sets the rates every year: pass the year's rate (2023: "
   "custom 1160, open 190; 2024: 1250 and 200). Example: "
   "=SCHOLINGSKOSTEN(2;1250;7) gives 5000." RULE_EN,
   OTFN_RESULT_NUMBER, eval_training_cost, OTFN_ARGS(training_cost_args)},
  {"secretaryHours", "ORSECRETARIAAT",
   "Uren per jaar voor een ambtelijk secretaris: zetels x uren per zetel "
   "per week x weken. Praktijk in cao's, geen wettelijke norm: meestal 1,5 "
   "tot 2 uur per OR-zetel per week (bijvoorbeeld cao GGZ: ten minste 2). "
   "Voorbeeld: =ORSECRETARIAAT(7) geeft 728." RULE_NL,
   "Hours per year for a works council clerk (ambtelijk secretaris: an "
   "administrative secretary, not an elected member): "
   "seats x hours per seat per week x weeks. Practice in collective "
   "agreements, not a statutory norm: usually 1.5 to 2 hours per seat per "
   "week (e.g. the GGZ collective agreement: at least 2). Example: "
   "=ORSECRETARIAAT(7) gives 728." RULE_EN,
   OTFN_RESULT_NUMBER, eval_secretary_hours, OTFN_ARGS(secretary_hours_args)},
};

const size_t otfn_function_count =
    sizeof otfn_functions / sizeof otfn_functions[0];
