/*
** function_table.h - the one table that describes every Calc function of
** ortijd: programmatic (IDL) names, display names, Dutch and English help,
** help, parameters with their defaults, and the core call behind each.
**
** This table is the single source for the UNO dispatcher (addin_object.c:
** XAddIn, XCompatibilityNames), the generated IDL and the README's function
** reference (gen_config.c). It has no LibreOffice dependency.
**
** Stability: method names (otfn_function.method) and the service name are
** written into every saved .ods and .xlsx as NL.ORTIJD.ADDIN.<METHOD>(...),
** and the function display names (otfn_function.name) into every .xls as
** compatibility names: none of them may ever be renamed. Argument display
** names and help may change freely.
*/
#ifndef ORTIJD_FUNCTION_TABLE_H
#define ORTIJD_FUNCTION_TABLE_H

#include <stddef.h>

#include "ortijd.h"

/* Names that end up in saved documents and in the .oxt: never rename.
** (Only the benchmark build, bench/, compiles the component with other
** names and another table, to measure Calc's bare add-in call.) */
#ifndef OTFN_SERVICE_NAME
#define OTFN_SERVICE_NAME        "nl.ortijd.AddIn"
#define OTFN_IMPLEMENTATION_NAME "nl.ortijd.OrTijdAddIn"
#define OTFN_INTERFACE_NAME      "nl.ortijd.XOrTijd"
#define OTFN_EXTENSION_ID        "nl.ortijd.calc"
#endif

#define OTFN_MAX_ARGS 16

/* How a parameter is passed by Calc and decoded. */
typedef enum otfn_arg_kind {
  OTFN_ARG_NUMBER,  /* required: IDL double; Calc converts the cell */
  OTFN_ARG_OPTIONAL_NUMBER, /* IDL any: omitted/empty -> default */
  OTFN_ARG_OPTIONAL_ROLE,   /* IDL any: role text or 1/2/3; omitted ->
                               default (see ortijd_role_parse) */
  OTFN_ARG_OPTIONAL_OVERRIDE, /* IDL any: a number or nothing; there is no
                               default, the evaluator sees it is absent */
  OTFN_ARG_OPTIONAL_COURSE  /* IDL any: course kind text or 1/2; omitted ->
                               default (see ortijd_course_parse) */
} otfn_arg_kind;

/* One parameter of a Calc function. */
typedef struct otfn_arg {
  const char *name;     /* IDL parameter name, also the xcu node name */
  otfn_arg_kind kind;
  double default_value; /* used when an optional argument is omitted */
  const char *nl_name;  /* function-wizard name, Dutch */
  const char *nl_help;  /* function-wizard description, Dutch */
  const char *en_name;  /* function-wizard name, English */
  const char *en_help;  /* function-wizard description, English */
} otfn_arg;

/* What a function returns. */
typedef enum otfn_result_kind {
  OTFN_RESULT_NUMBER, /* IDL double */
  OTFN_RESULT_TABLE,  /* IDL sequence<sequence<any>>: labels and hours */
  OTFN_RESULT_GRID    /* IDL sequence<sequence<any>>: rows x cols numbers,
                         in otfn_table.grid (same evaluator type) */
} otfn_result_kind;

/* A numeric table of a variable number of rows (ORSCENARIO): cols columns
** of numbers; a column whose bit is set in blank_cols is returned as empty
** text (e.g. the wage cost when no hourly cost was given). */
#define OTFN_GRID_MAX_ROWS ORTIJD_MAX_SCENARIO_ROWS
#define OTFN_GRID_MAX_COLS 5
typedef struct otfn_grid {
  int rows;
  int cols;
  unsigned blank_cols;
  double value[OTFN_GRID_MAX_ROWS][OTFN_GRID_MAX_COLS];
} otfn_grid;

/* A breakdown table: row labels and numbers, produced by table functions;
** grid functions (OTFN_RESULT_GRID) fill only .grid. */
#define OTFN_TABLE_ROWS 8
typedef struct otfn_table {
  const char *label[OTFN_TABLE_ROWS]; /* Dutch labels, static storage */
  double value[OTFN_TABLE_ROWS];
  otfn_grid grid;
} otfn_table;

/* Evaluates a number function. argv holds the decoded arguments (defaults
** already applied, roles as 1/2/3); bit i of `given` is set when argument
** i was given rather than defaulted. Returns an ORTIJD_* status; on
** failure *bad_arg is the 0-based index of the offending argument, or -1
** when no single argument is to blame. */
typedef int (*otfn_eval_number)(const double *argv, unsigned given,
                                double *out, int *bad_arg);
/* Evaluates a table function; same conventions as otfn_eval_number. */
typedef int (*otfn_eval_table)(const double *argv, unsigned given,
                               otfn_table *out, int *bad_arg);

/* One Calc function. */
typedef struct otfn_function {
  const char *method;  /* IDL method: stored in .ods files, never rename */
  const char *name;    /* display name typed in Calc; the same in every UI
                          language (the product's Dutch names), so a
                          formula from the manual works everywhere */
  const char *help_nl; /* function-wizard description, Dutch */
  const char *help_en; /* function-wizard description, English */
  otfn_result_kind result;
  otfn_eval_number eval_number; /* set when result is NUMBER */
  otfn_eval_table eval_table;   /* set when result is TABLE or GRID */
  int argc;
  otfn_arg args[OTFN_MAX_ARGS];
} otfn_function;

/* The table, in the order shown to users, and its length. */
extern const otfn_function otfn_functions[];
extern const size_t otfn_function_count;

/* Finds a function by IDL method name (exact, ASCII, `len` bytes); NULL if
** there is none. */
const otfn_function *otfn_find_method(const char *method, size_t len);

/* Finds a function by display name (ASCII case ignored); NULL if there is
** none. */
const otfn_function *otfn_find_display_name(const char *name, size_t len);

/* The Calc category of every ortijd function (programmatic name). */
#define OTFN_CATEGORY "Add-In"

/* ---- Argument decoding (no UNO types: the UNO layer fills otfn_value) -- */

/* Statuses of the add-in layer, beyond the core's ORTIJD_E* codes. */
#define OTFN_ETEXT  -20 /* text where a number was expected */
#define OTFN_ETYPE  -21 /* a value of an unusable type (e.g. a range of more
                           than one cell, an interface) */

typedef enum otfn_value_kind {
  OTFN_VALUE_VOID,   /* argument omitted, or an empty cell */
  OTFN_VALUE_NUMBER, /* any numeric or boolean value */
  OTFN_VALUE_TEXT,   /* a string: text/len, UTF-8, not NUL-terminated */
  OTFN_VALUE_OTHER   /* anything else */
} otfn_value_kind;

/* One argument as Calc passed it, stripped of UNO types. Borrowed: the
** text belongs to the caller. */
typedef struct otfn_value {
  otfn_value_kind kind;
  double number;
  const char *text;
  size_t len;
} otfn_value;

/* The value an omitted optional argument of `arg` decodes to: its default,
** or 0 for an override (which has none; the evaluator sees it is absent).
** otfn_decode_arg and the dispatcher's fast path both use it. */
double otfn_omitted_value(const otfn_arg *arg);

/* Decodes one argument for parameter `arg` into a double: numbers pass
** (range checks are the core's job), VOID or empty/blank text gives
** otfn_omitted_value and *given = 0, numeric text counts as its number,
** role text is parsed with ortijd_role_parse and role numbers checked with
** ortijd_role_from_number, course kinds likewise (ortijd_course_parse). A
** required number that is VOID is an error (OTFN_ETYPE). Returns
** ORTIJD_OK, OTFN_ETEXT, OTFN_ETYPE or a core status; *out and *given are
** written only on success. */
int otfn_decode_arg(const otfn_arg *arg, const otfn_value *value,
                    double *out, int *given);

/* Short English text for any status, core or add-in (static storage). */
const char *otfn_strerror(int status);

#endif /* ORTIJD_FUNCTION_TABLE_H */
