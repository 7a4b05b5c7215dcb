/*
** ortijd.h - the public interface of the ortijd calculation core.
**
** The core turns the rules of the Dutch Works Councils Act (Wet op de
** ondernemingsraden, WOR) and the worked example ("Voorbeeldberekening")
** of the article "Hoeveel tijd heb ik nodig voor OR-werk?"
** (docs/sources.md) into pure functions. It has no LibreOffice
** dependency, allocates nothing, never aborts and never prints.
**
** Error convention (one for the whole core, libuv style): every function
** that can fail returns an int status, ORTIJD_OK (0) on success or one of
** the negative ORTIJD_E* codes below. Results are written through out
** pointers, and only on success; on failure *out is left untouched.
**
** Sources: docs/rules.md, which cites the WOR articles and the two source
** documents (docs/sources.md). Every default below can be overridden by
** the caller.
*/
#ifndef ORTIJD_H
#define ORTIJD_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Status codes ------------------------------------------------------ */
/* The one list of statuses (libuv's UV_ERRNO_MAP): XX(name, code, text).
** The codes are the ORTIJD_<name> constants below; ortijd_strerror gives
** the text; tests and fuzzers iterate this list instead of restating it. */
#define ORTIJD_STATUS_MAP(XX)                                                \
  XX(OK, 0, "success")                                                       \
  XX(ENULL, -1, "a required pointer argument was NULL")                      \
  XX(ENOTFINITE, -2, "a number was NaN or infinite")                         \
  XX(ENEGATIVE, -3, "a number was below zero")                               \
  XX(ENOTWHOLE, -4, "a count that must be whole had a fraction")             \
  XX(ETOOLARGE, -5, "a number exceeded its documented limit")                \
  XX(EZERO, -6, "a number that must be above zero was zero")                 \
  XX(EROLE, -7, "unknown role (use council, committee or both; 1, 2 or 3)")  \
  XX(ECOURSE, -8, "unknown course kind (use maatwerk or open; 1 or 2)")      \
  XX(ERANGE, -9, "the first value of a range is above the last")

enum ortijd_status {
#define ORTIJD_STATUS_ENUM(name, code, text) ORTIJD_##name = code,
  ORTIJD_STATUS_MAP(ORTIJD_STATUS_ENUM)
#undef ORTIJD_STATUS_ENUM
};

/* Returns the text of a status code from ORTIJD_STATUS_MAP (static
** storage, never NULL). Unknown codes give "unknown status". */
const char *ortijd_strerror(int status);

/* ---- Limits (inclusive upper bounds on inputs) -------------------------- */
#define ORTIJD_MAX_PERSONS       1.0e9  /* persons in the enterprise */
#define ORTIJD_MAX_SEATS         1000.0 /* OR seats, also via reglement */
#define ORTIJD_MAX_MEETINGS      1000.0 /* meetings of one kind per year */
#define ORTIJD_MAX_DAY_HOURS     24.0   /* one meeting or training day */
#define ORTIJD_MAX_YEAR_HOURS    8784.0 /* hours in a leap year */
#define ORTIJD_MAX_YEAR_DAYS     366.0  /* days in a leap year */
#define ORTIJD_MAX_WEEK_HOURS    168.0  /* hours in a week */
#define ORTIJD_MAX_WEEKS         53.0   /* weeks in a year */
#define ORTIJD_MAX_TOTAL_HOURS   1.0e9  /* any hours total passed in */

/* ---- Statutory numbers (WOR) ------------------------------------------- */
/* Art. 18 lid 3: minimum hours per year for other OR work (onderling
** beraad), one minimum for OR and commission members. */
#define ORTIJD_MIN_OTHER_HOURS 60.0
/* Art. 18 lid 3 sub a, b, c: minimum training days per year. */
#define ORTIJD_MIN_DAYS_COMMITTEE 3.0
#define ORTIJD_MIN_DAYS_COUNCIL   5.0
#define ORTIJD_MIN_DAYS_BOTH      8.0

/* ---- Inputs: the range and default of every argument ------------------- */

/* Flags of an input's range (ortijd_input.flags). */
#define ORTIJD_CHECK_POSITIVE 1u /* zero is refused (ORTIJD_EZERO) */
#define ORTIJD_CHECK_WHOLE    2u /* a fraction is refused (ORTIJD_ENOTWHOLE) */
#define ORTIJD_CHECK_HALVES   4u /* only multiples of 0.5 (ORTIJD_ENOTWHOLE) */

/* ---- Choices: arguments that name one of a few things ------------------ */

/* One spelling of a choice (a role, a course kind) and the number it
** stands for (1..count, as the enums below are numbered). */
typedef struct ortijd_choice_name {
  const char *text;
  int number;
} ortijd_choice_name;

/* A choice argument: every spelling a user may write, numbered 1..count
** (its input's max). The first spelling of a number is that number's word,
** e.g. "OR" for the role 1 (ortijd_choice_word); a table of spellings and
** this descriptor is all a new choice argument needs. */
typedef struct ortijd_choice {
  const ortijd_choice_name *names;
  size_t name_count;
  int unknown; /* the status of any other spelling or number:
                  ORTIJD_EROLE, ORTIJD_ECOURSE */
} ortijd_choice;

/* Looks `len` bytes of user text (UTF-8, need not be NUL-terminated) up in
** choice->names: spaces and tabs around it and ASCII case are ignored,
** nothing else (locale-free on purpose: a text is matched the same on
** every machine). On a match *number gets its number and ORTIJD_OK is
** returned; else choice->unknown, or ORTIJD_ENULL for a NULL pointer. */
int ortijd_choice_parse(const ortijd_choice *choice, const char *text,
                        size_t len, int *number);

/* The word of `number`: its first spelling in choice->names, e.g. "OR"
** for the role 1 and "maatwerk" for the course kind 1; NULL if there is
** none. */
const char *ortijd_choice_word(const ortijd_choice *choice, int number);

/* The two choices of the model (training.c, costs.c): a role (ortijd_role,
** SCHOLINGSDAGEN) and a course kind (ortijd_course, SCHOLINGSKOSTEN). */
extern const ortijd_choice ortijd_role_choice;
extern const ortijd_choice ortijd_course_choice;

/* ---- Inputs: the range and default of every argument ------------------- */

/* Flags of an input's range (ortijd_input.flags). */
#define ORTIJD_CHECK_POSITIVE 1u /* zero is refused (ORTIJD_EZERO) */
#define ORTIJD_CHECK_WHOLE    2u /* a fraction is refused (ORTIJD_ENOTWHOLE) */
#define ORTIJD_CHECK_HALVES   4u /* only multiples of 0.5 (ORTIJD_ENOTWHOLE) */

/* One input (argument or field) of a model function: what it may be and
** what a caller may take when the user leaves it out. Every model function
** below has a table of these, ortijd_<function>_inputs, in argument order;
** the function itself validates with that table and, on a failure, names
** the input at fault by its index in it (the `bad` argument below), so the
** table is the contract that a caller (the add-in) reads. */
typedef struct ortijd_input {
  const char *name;     /* the argument's or field's C name */
  double default_value; /* ORTIJD_DEFAULT_*; 0 for an input without one */
  double max;           /* inclusive upper bound; of a choice: its count */
  unsigned flags;       /* ORTIJD_CHECK_* */
  const ortijd_choice *choice; /* NULL for a number; for a choice numbered
                                  1..max its spellings and the status of
                                  any other number (ortijd_role_choice,
                                  ortijd_course_choice) */
} ortijd_input;

/* Status of `value` for `input`. A number: the first failing test decides,
** in this order: ORTIJD_ENOTFINITE (NaN, +/-inf), ORTIJD_ENEGATIVE (< 0;
** -0.0 counts as zero), ORTIJD_EZERO (CHECK_POSITIVE), ORTIJD_ENOTWHOLE
** (CHECK_WHOLE, CHECK_HALVES), ORTIJD_ETOOLARGE (> max). A choice:
** ORTIJD_ENOTFINITE, ORTIJD_ENOTWHOLE, then choice->unknown outside
** 1..max. ORTIJD_ENULL for a NULL input. */
int ortijd_input_check(const ortijd_input *input, double value);

/* The first-invalid-argument contract of every model function: the index
** of the first of values[0..count) that fails its input (inputs[i]), or -1
** if all pass; *status (if not NULL) gets that value's status, ORTIJD_OK if
** all pass. NULL inputs or values give -1 with ORTIJD_ENULL.
** Every model function below that takes `int *bad` keeps this contract
** itself: on a failure *bad (if bad is not NULL) gets the index, in the
** function's inputs table, of the first input that fails, or -1 when no
** input is at fault (a NULL pointer, a result that would overflow); on
** success *bad is left as it is. */
int ortijd_first_invalid(const ortijd_input *inputs, size_t count,
                         const double *values, int *status);

/* Defaults, each written once (docs/rules.md has their sources). */
#define ORTIJD_DEFAULT_JOINT_MEETINGS   6.0  /* the worked example */
#define ORTIJD_DEFAULT_MEETING_HOURS    2.0  /* per OV and per OR meeting */
#define ORTIJD_DEFAULT_COUNCIL_MEETINGS 12.0 /* the worked example */
#define ORTIJD_DEFAULT_PREPARATION      2.0  /* per meeting per member */
#define ORTIJD_DEFAULT_TRAINING_DAY_HOURS 8.0
#define ORTIJD_DEFAULT_CHAIR_WEEK_HOURS 2.0  /* voorzitter */
#define ORTIJD_DEFAULT_SECRETARY_WEEK_HOURS 4.0 /* secretaris */
#define ORTIJD_DEFAULT_WEEKS            52.0 /* weeks per year */
#define ORTIJD_DEFAULT_FTE_WEEK_HOURS   36.0 /* full-time hours a week */
#define ORTIJD_DEFAULT_SEAT_WEEK_HOURS  2.0  /* ambtelijk secretaris per seat
                                                (cao practice: 1.5 to 2) */
#define ORTIJD_DEFAULT_SECOND_TRAINER_FROM 13.0 /* SER 2017/2018: "13 of meer
                                                   leden" */
#define ORTIJD_DEFAULT_KM_RATE          0.40 /* OR-ondersteuning's estimate */

/* ---- Seats: WOR art. 6 ------------------------------------------------- */

/* Number of OR seats for an enterprise with `persons` persons working in
** it (WOR art. 6 lid 1, first sentences; "tot" is an exclusive upper
** bound):
**   <50: 3, 50-99: 5, 100-199: 7, 200-399: 9, 400-599: 11, 600-999: 13,
**   1000-1999: 15, then +2 per further full 1000, at most 25 (from 6000).
** `persons` may have a fraction (an average headcount); it must be finite,
** above 0 (ORTIJD_EZERO for 0: an enterprise without persons has no OR)
** and <= ORTIJD_MAX_PERSONS.
** If has_override is non-zero, `override_seats` is the number the OR set in
** its reglement with the ondernemer's consent (art. 6 lid 1, "afwijkend
** aantal leden"): it is accepted, not refused, when it is a whole number
** from 1 to ORTIJD_MAX_SEATS (even numbers too), and returned as the
** result; `persons` is still validated, and first. *bad: 0 for persons,
** 1 for override_seats (ortijd_first_invalid). */
int ortijd_seats(double persons, int has_override, double override_seats,
                 double *out, int *bad);
/* Inputs of ortijd_seats: persons, override_seats (checked only when
** has_override). */
extern const ortijd_input ortijd_seats_inputs[2];

/* ---- Training days: WOR art. 18 lid 3 ---------------------------------- */

typedef enum ortijd_role {
  ORTIJD_ROLE_COUNCIL = 1,   /* OR member, not on a commission: 5 days */
  ORTIJD_ROLE_COMMITTEE = 2, /* vaste commissie/onderdeelcommissie member,
                                not on the OR: 3 days */
  ORTIJD_ROLE_BOTH = 3       /* OR member who is also commission member: 8 */
} ortijd_role;

/* Parses a role written by a user (ortijd_choice_parse on
** ortijd_role_choice): `text` of `len` bytes (UTF-8, need not be
** NUL-terminated). ASCII case and surrounding spaces and tabs are
** ignored; nothing else is (no inner spaces, no other spellings). Accepted
** (the first of each role is its word):
**   council:   "OR", "OR-lid", "lid", "council", "member", "1"
**   committee: "commissie", "commissielid", "committee", "2"
**   both:      "beide", "OR+commissie", "both", "3"
** Returns ORTIJD_EROLE for anything else, ORTIJD_ENULL if text or out is
** NULL. */
int ortijd_role_parse(const char *text, size_t len, ortijd_role *out);

/* Converts a role given as a number (1, 2 or 3, see ortijd_role) to a role.
** Returns ORTIJD_ENOTFINITE, ORTIJD_ENOTWHOLE or ORTIJD_EROLE for other
** values. */
int ortijd_role_from_number(double value, ortijd_role *out);

/* Statutory minimum training days per year for `role` (art. 18 lid 3):
** council 5, committee 3, both 8. ORTIJD_EROLE for an unknown role. */
int ortijd_training_days(ortijd_role role, double *out);
/* The one input of SCHOLINGSDAGEN: a role as its number, a choice 1..3
** (ortijd_role_choice), default ORTIJD_ROLE_COUNCIL. */
extern const ortijd_input ortijd_training_days_inputs[1];

/* ---- The annual hours model (the article's "Voorbeeldberekening") ---- */

/* The fields of the model, in order, the one list behind ortijd_params,
** its defaults (ortijd_params_init), its validation (ortijd_hours) and
** ortijd_hours_inputs: XX(field, INDEX, default, max, flags, choice), choice
** NULL for a number (ortijd_input). The worked example is the defaults
** with seats = 7. */
#define ORTIJD_HOURS_FIELDS(XX)                                             \
  /* n, whole; no default */                                                \
  XX(seats, SEATS, 0.0, ORTIJD_MAX_SEATS,                                   \
     ORTIJD_CHECK_POSITIVE | ORTIJD_CHECK_WHOLE, NULL)                      \
  /* overlegvergaderingen (OV) per year, hours per OV */                    \
  XX(joint_meetings, JOINT_MEETINGS, ORTIJD_DEFAULT_JOINT_MEETINGS,         \
     ORTIJD_MAX_MEETINGS, 0u, NULL)                                         \
  XX(joint_meeting_hours, JOINT_MEETING_HOURS, ORTIJD_DEFAULT_MEETING_HOURS, \
     ORTIJD_MAX_DAY_HOURS, 0u, NULL)                                        \
  /* OR-vergaderingen per year, hours per meeting */                        \
  XX(council_meetings, COUNCIL_MEETINGS, ORTIJD_DEFAULT_COUNCIL_MEETINGS,   \
     ORTIJD_MAX_MEETINGS, 0u, NULL)                                         \
  XX(council_meeting_hours, COUNCIL_MEETING_HOURS,                          \
     ORTIJD_DEFAULT_MEETING_HOURS, ORTIJD_MAX_DAY_HOURS, 0u, NULL)          \
  /* per meeting per member */                                              \
  XX(preparation_hours, PREPARATION_HOURS, ORTIJD_DEFAULT_PREPARATION,      \
     ORTIJD_MAX_DAY_HOURS, 0u, NULL)                                        \
  /* art. 18 lid 1/3 other time per member: the statutory minimum */        \
  XX(other_hours, OTHER_HOURS, ORTIJD_MIN_OTHER_HOURS,                      \
     ORTIJD_MAX_YEAR_HOURS, 0u, NULL)                                       \
  /* per member per year: an OR member's minimum (art. 18 lid 3 sub b) */   \
  XX(training_days, TRAINING_DAYS, ORTIJD_MIN_DAYS_COUNCIL,                 \
     ORTIJD_MAX_YEAR_DAYS, 0u, NULL)                                        \
  XX(training_day_hours, TRAINING_DAY_HOURS,                                \
     ORTIJD_DEFAULT_TRAINING_DAY_HOURS, ORTIJD_MAX_DAY_HOURS, 0u, NULL)     \
  /* voorzitter and secretaris, hours per week */                           \
  XX(chair_week_hours, CHAIR_WEEK_HOURS, ORTIJD_DEFAULT_CHAIR_WEEK_HOURS,   \
     ORTIJD_MAX_WEEK_HOURS, 0u, NULL)                                       \
  XX(secretary_week_hours, SECRETARY_WEEK_HOURS,                            \
     ORTIJD_DEFAULT_SECRETARY_WEEK_HOURS, ORTIJD_MAX_WEEK_HOURS, 0u, NULL)  \
  XX(weeks_per_year, WEEKS_PER_YEAR, ORTIJD_DEFAULT_WEEKS, ORTIJD_MAX_WEEKS, \
     ORTIJD_CHECK_POSITIVE, NULL)

/* A struct member of a field list (ORTIJD_HOURS_FIELDS,
** ORTIJD_COURSE_FIELDS): every field is a double. */
#define ORTIJD_FIELD_MEMBER(field, index, def, max, flags, choice) \
  double field;

/* Inputs of the model (ORTIJD_HOURS_FIELDS). */
typedef struct ortijd_params {
  ORTIJD_HOURS_FIELDS(ORTIJD_FIELD_MEMBER)
} ortijd_params;

/* Field indexes, ORTIJD_HOURS_SEATS (0) .. ORTIJD_HOURS_WEEKS_PER_YEAR,
** and their count ORTIJD_HOURS_COUNT. */
enum ortijd_hours_field {
#define ORTIJD_HOURS_INDEX(field, index, def, max, flags, choice) \
  ORTIJD_HOURS_##index,
  ORTIJD_HOURS_FIELDS(ORTIJD_HOURS_INDEX)
#undef ORTIJD_HOURS_INDEX
  ORTIJD_HOURS_COUNT
};

/* The inputs of the model, indexed by ortijd_hours_field. */
extern const ortijd_input ortijd_hours_inputs[ORTIJD_HOURS_COUNT];

/* The fields of *p as values[0..ORTIJD_HOURS_COUNT), and back: the order
** of ortijd_hours_inputs (and of ORUREN's arguments). to_values returns
** `values`, or NULL (writing nothing) for a NULL p. */
double *ortijd_params_to_values(const ortijd_params *p, double *values);
void ortijd_params_from_values(const double *values, ortijd_params *p);

/* Fills *p with the worked example's defaults and the given seats. No
** validation. */
void ortijd_params_init(ortijd_params *p, double seats);

/* The hours table (ORURENSTAAT), its rows in the worked example's order,
** each written once: line(NAME, label) a line of the breakdown, computed
** by hours.c (ortijd_line ORTIJD_LINE_<NAME>); subtotal(NAME, label) the
** sum of the lines above it (ortijd_breakdown.meetings_subtotal: one such
** row); total(NAME, label) the sum of all lines, the last row. The labels
** are Dutch, in the words of the article and the WOR articles each line
** rests on; a result in a sheet is the same in every UI language. With the
** defaults and 7 seats the rows are 84, 168, 252, 504, 420, 280, 312, 1516. */
#define ORTIJD_HOURS_ROWS(line, subtotal, total)                             \
  line(JOINT_MEETINGS, "Overlegvergaderingen")   /* n x OV x hours per OV */ \
  line(COUNCIL_MEETINGS, "OR-vergaderingen")     /* n x meetings x hours */  \
  line(PREPARATION, "Voorbereiding")             /* n x (OV + M) x prep */   \
  subtotal(MEETINGS_SUBTOTAL, "Subtotaal overleg")                           \
  line(OTHER, "Overige tijd (art. 18 WOR)")      /* n x other hours */       \
  line(TRAINING, "Scholing (art. 18 WOR)")       /* n x days x hours/day */  \
  line(EXECUTIVE, "Dagelijks bestuur")           /* (chair + secr.) x wks */ \
  total(TOTAL, "Totaal")

/* An ORTIJD_HOURS_ROWS entry that a generator leaves out. */
#define ORTIJD_ROW_NONE(name, label)

/* The lines of the breakdown, ORTIJD_LINE_JOINT_MEETINGS (0) ..
** ORTIJD_LINE_EXECUTIVE, and their count: the line rows of
** ORTIJD_HOURS_ROWS. */
typedef enum ortijd_line {
#define ORTIJD_LINE_ENUM(name, label) ORTIJD_LINE_##name,
  ORTIJD_HOURS_ROWS(ORTIJD_LINE_ENUM, ORTIJD_ROW_NONE, ORTIJD_ROW_NONE)
#undef ORTIJD_LINE_ENUM
  ORTIJD_LINE_COUNT
} ortijd_line;

/* The rows of the hours table, ORTIJD_HOURS_ROW_JOINT_MEETINGS (0) ..
** ORTIJD_HOURS_ROW_TOTAL, and their count. */
typedef enum ortijd_hours_row {
#define ORTIJD_HOURS_ROW_ENUM(name, label) ORTIJD_HOURS_ROW_##name,
  ORTIJD_HOURS_ROWS(ORTIJD_HOURS_ROW_ENUM, ORTIJD_HOURS_ROW_ENUM,
                    ORTIJD_HOURS_ROW_ENUM)
#undef ORTIJD_HOURS_ROW_ENUM
  ORTIJD_HOURS_ROW_COUNT
} ortijd_hours_row;

typedef struct ortijd_breakdown {
  double line[ORTIJD_LINE_COUNT];
  double meetings_subtotal; /* the lines above the subtotal row (504) */
  double total;             /* all lines (1516) */
} ortijd_breakdown;

/* Computes the annual OR hours for *p into *out. Every field is checked
** against its input in ORTIJD_HOURS_FIELDS, in field order; the first
** invalid field decides the status and is *bad (ortijd_first_invalid;
** index 0 = seats). Only seats must be whole (an agreed average such as
** 6.5 meetings is allowed). No minimum (e.g. the 60 hours) is enforced:
** agreed numbers may differ (a PVT has none). */
int ortijd_hours(const ortijd_params *p, ortijd_breakdown *out, int *bad);

/* ortijd_first_invalid for the fields of *p (0 = seats); a NULL p gives -1
** with ORTIJD_ENULL. */
int ortijd_params_first_invalid(const ortijd_params *p, int *status);

/* The Dutch label of a row of the hours table (ORTIJD_HOURS_ROWS), e.g.
** "Overlegvergaderingen"; NULL for a row out of range. Static storage. */
const char *ortijd_hours_row_label(ortijd_hours_row row);

/* The value of every row of the hours table for the breakdown *b, in row
** order: values[ORTIJD_HOURS_ROW_<NAME>]. */
void ortijd_hours_table(const ortijd_breakdown *b,
                        double values[ORTIJD_HOURS_ROW_COUNT]);

/* ---- FTE and hours per member ------------------------------------------ */

/* fte = hours / (week_hours x weeks). The article's example: 1264 h at
** 36 h x 52 weeks (1872 h) -> 0.6752. hours 0..ORTIJD_MAX_TOTAL_HOURS; week_hours
** >0..ORTIJD_MAX_WEEK_HOURS; weeks >0..ORTIJD_MAX_WEEKS. ORTIJD_ETOOLARGE
** if the result would not be finite (tiny week_hours x weeks), with *bad
** -1; else *bad is the index of the argument at fault (0 = hours). */
int ortijd_fte(double hours, double week_hours, double weeks, double *out,
               int *bad);
/* Inputs of ortijd_fte: hours, week_hours (default 36), weeks (52). */
extern const ortijd_input ortijd_fte_inputs[3];

/* Hours per member per week = total_hours / (seats x weeks). The rule of
** thumb of the article ([Artikel], docs/sources.md): at least 4 h for an
** average OR, 6 to 8 when busy.
** total_hours 0..ORTIJD_MAX_TOTAL_HOURS; seats whole 1..ORTIJD_MAX_SEATS;
** weeks >0..ORTIJD_MAX_WEEKS. ORTIJD_ETOOLARGE if the result would not be
** finite (tiny weeks), with *bad -1; else *bad as ortijd_fte. */
int ortijd_member_week_hours(double total_hours, double seats, double weeks,
                             double *out, int *bad);
/* Inputs of ortijd_member_week_hours: total_hours, seats, weeks (52). */
extern const ortijd_input ortijd_member_week_hours_inputs[3];

/* ---- Costs and support (WOR art. 22; costs.c) ------------------------ */

#define ORTIJD_MAX_AMOUNT        1.0e9  /* euros: a rate, a fee, hourly cost */
#define ORTIJD_MAX_KM            1.0e6  /* trainer travel, km */
#define ORTIJD_MAX_PERCENT       100.0  /* a btw percentage */
#define ORTIJD_MAX_SCENARIO_ROWS 100    /* seats in one scenario range */

/* The two kinds of course of the SER richtbedragen for OR training (WOR
** art. 22 lid 3; research in docs/sources.md):
**   maatwerk: a course for the whole OR, rate per dagdeel per OR per
**     trainer, accommodation NOT included;
**   open inschrijving: a public course, rate per dagdeel per participant,
**     accommodation included.
** Both rates are all-in for the trainer (fee, preparation, delivery,
** follow-up, material, the trainer's travel) and exclude btw. */
typedef enum ortijd_course {
  ORTIJD_COURSE_CUSTOM = 1, /* maatwerk (in-company, whole OR) */
  ORTIJD_COURSE_OPEN = 2    /* open inschrijving (per participant) */
} ortijd_course;

/* Parses a course kind written by a user, like ortijd_role_parse
** (ortijd_choice_parse on ortijd_course_choice; ASCII case and surrounding
** spaces and tabs ignored, nothing else; the first of each kind is its
** word):
**   custom: "maatwerk", "incompany", "in-company", "custom", "1"
**   open:   "open", "open inschrijving", "openinschrijving", "2"
** ORTIJD_ECOURSE for anything else, ORTIJD_ENULL for NULL pointers. */
int ortijd_course_parse(const char *text, size_t len, ortijd_course *out);

/* Course kind from its number 1 or 2: ORTIJD_ENOTFINITE, ORTIJD_ENOTWHOLE
** or ORTIJD_ECOURSE for other values. */
int ortijd_course_from_number(double value, ortijd_course *out);

/* The fields of a course-fee calculation at SER-style rates, in order, the
** one list behind ortijd_course_params, its defaults, its validation and
** ortijd_course_inputs; XX(field, INDEX, default, max, flags, choice) as
** ORTIJD_HOURS_FIELDS. Defaults: maatwerk, second trainer from 13, 0 km
** at EUR 0.40, excl. btw. */
#define ORTIJD_COURSE_FIELDS(XX)                                            \
  /* course days in steps of 0.5 (a day is 2 dagdelen); required */         \
  XX(days, DAYS, 0.0, ORTIJD_MAX_YEAR_DAYS, ORTIJD_CHECK_HALVES, NULL)      \
  /* euros per dagdeel excl. btw: the SER richtbedrag of the year, or a     \
  ** quote; required */                                                     \
  XX(rate, RATE, 0.0, ORTIJD_MAX_AMOUNT, 0u, NULL)                          \
  /* OR members on the course; required */                                  \
  XX(participants, PARTICIPANTS, 0.0, ORTIJD_MAX_SEATS,                     \
     ORTIJD_CHECK_POSITIVE | ORTIJD_CHECK_WHOLE, NULL)                      \
  /* ortijd_course as a number: 1 maatwerk or 2 open inschrijving */        \
  XX(course, COURSE, (double)ORTIJD_COURSE_CUSTOM,                          \
     (double)ORTIJD_COURSE_OPEN, 0u, &ortijd_course_choice)                 \
  /* maatwerk: group size from which a second trainer doubles the rate      \
  ** (SER 2017/2018: "13 of meer"); 0 = never */                            \
  XX(second_trainer_from, SECOND_TRAINER_FROM,                              \
     ORTIJD_DEFAULT_SECOND_TRAINER_FROM, ORTIJD_MAX_SEATS,                  \
     ORTIJD_CHECK_WHOLE, NULL)                                              \
  /* trainer travel charged apart; 0 when the rate is all-in (SER) */       \
  XX(km, KM, 0.0, ORTIJD_MAX_KM, 0u, NULL)                                  \
  /* euros per km */                                                        \
  XX(km_rate, KM_RATE, ORTIJD_DEFAULT_KM_RATE, ORTIJD_MAX_AMOUNT, 0u, NULL) \
  /* btw on fee and travel; 0 = excl. */                                    \
  XX(vat_percent, VAT_PERCENT, 0.0, ORTIJD_MAX_PERCENT, 0u, NULL)

/* Inputs of a course-fee calculation (ORTIJD_COURSE_FIELDS). */
typedef struct ortijd_course_params {
  ORTIJD_COURSE_FIELDS(ORTIJD_FIELD_MEMBER)
} ortijd_course_params;

/* Field indexes, ORTIJD_COURSE_DAYS (0) .. ORTIJD_COURSE_VAT_PERCENT, and
** their count ORTIJD_COURSE_FIELD_COUNT. */
enum ortijd_course_field {
#define ORTIJD_COURSE_INDEX(field, index, def, max, flags, choice) \
  ORTIJD_COURSE_##index,
  ORTIJD_COURSE_FIELDS(ORTIJD_COURSE_INDEX)
#undef ORTIJD_COURSE_INDEX
  ORTIJD_COURSE_FIELD_COUNT
};

/* The inputs of ortijd_course_params, indexed by ortijd_course_field. */
extern const ortijd_input ortijd_course_inputs[ORTIJD_COURSE_FIELD_COUNT];

/* The fields of *p as values[0..ORTIJD_COURSE_FIELD_COUNT) and back, as
** ortijd_params_to_values and ortijd_params_from_values. */
double *ortijd_course_params_to_values(const ortijd_course_params *p,
                                       double *values);
void ortijd_course_params_from_values(const double *values,
                                      ortijd_course_params *p);

/* Fills *p with the defaults of ortijd_course_inputs and the three
** required inputs. No validation. */
void ortijd_course_params_init(ortijd_course_params *p, double days,
                               double rate, double participants);

typedef struct ortijd_course_cost {
  double dagdelen;   /* days x 2 */
  double trainers;   /* maatwerk: 1 or 2; open inschrijving: 0 */
  double fee;        /* maatwerk dagdelen x rate x trainers; open
                        dagdelen x rate x participants (excl. btw) */
  double travel;     /* km x km_rate (excl. btw) */
  double vat;        /* (fee + travel) x vat_percent / 100 */
  double total;      /* fee + travel + vat */
} ortijd_course_cost;

/* The course cost for *p (WOR art. 22 lid 3; SER richtbedragen). Fields
** are validated in declaration order, the first invalid one decides (see
** ortijd_course_params_first_invalid; *bad is its index, 0 = days); days
** must be a multiple of 0.5 (ORTIJD_ENOTWHOLE otherwise), course 1 or 2
** (ORTIJD_ECOURSE). Venue, overnight stay and the members' wage cost are
** not included. */
int ortijd_course_cost_calc(const ortijd_course_params *p,
                            ortijd_course_cost *out, int *bad);

/* ortijd_first_invalid for the fields of *p (0 = days); a NULL p gives -1
** with ORTIJD_ENULL. */
int ortijd_course_params_first_invalid(const ortijd_course_params *p,
                                       int *status);

/* Ambtelijk secretaris (official OR secretary) hours per year = seats x
** hours per seat per week x weeks. Practice in collective agreements, not
** the WOR: "meestal 1,5 tot 2 uur per OR-zetel" per week (GGZ CAO: at
** least 2). seats whole 1..ORTIJD_MAX_SEATS; seat_week_hours
** 0..ORTIJD_MAX_WEEK_HOURS; weeks >0..ORTIJD_MAX_WEEKS; *bad 0, 1 or 2. */
int ortijd_secretary_hours(double seats, double seat_week_hours,
                           double weeks, double *out, int *bad);
/* Inputs of ortijd_secretary_hours: seats, seat_week_hours (2), weeks (52). */
extern const ortijd_input ortijd_secretary_hours_inputs[3];

/* Wage cost = hours x hourly cost (the employer's cost per hour, e.g.
** gross wage plus employer charges). hours 0..ORTIJD_MAX_TOTAL_HOURS;
** hourly_cost 0..ORTIJD_MAX_AMOUNT; checked in that order (*bad 0 or 1). */
int ortijd_wage_cost(double hours, double hourly_cost, double *out,
                     int *bad);
/* Inputs of ortijd_wage_cost: hours, hourly_cost. */
extern const ortijd_input ortijd_wage_cost_inputs[2];

/* Validates a scenario range of seats first..last: both whole 1..
** ORTIJD_MAX_SEATS (first checked first), first <= last (ORTIJD_ERANGE),
** at most ORTIJD_MAX_SCENARIO_ROWS seats (ORTIJD_ETOOLARGE). *rows gets
** last - first + 1; on a failure *bad (if not NULL) 0 or 1 for the
** argument to blame: a range that is reversed or too long blames last
** (-1 for a NULL rows). */
int ortijd_scenario_rows(double first, double last, int *rows, int *bad);
/* Inputs of ortijd_scenario_rows: first, last (each on its own). */
extern const ortijd_input ortijd_scenario_inputs[2];

/* The columns of a scenario row (ORSCENARIO), in order: the seats, the
** hours of ortijd_hours, their fte (ortijd_fte), the hours per member per
** week (ortijd_member_week_hours) and the wage cost (ortijd_wage_cost). */
typedef enum ortijd_scenario_col {
  ORTIJD_SCENARIO_COL_SEATS,
  ORTIJD_SCENARIO_COL_HOURS,
  ORTIJD_SCENARIO_COL_FTE,
  ORTIJD_SCENARIO_COL_MEMBER_WEEK_HOURS,
  ORTIJD_SCENARIO_COL_WAGE_COST,
  ORTIJD_SCENARIO_COL_COUNT
} ortijd_scenario_col;

#ifdef __cplusplus
}
#endif

#endif /* ORTIJD_H */
