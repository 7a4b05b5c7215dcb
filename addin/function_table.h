/*
** function_table.h - the one table that describes every Calc function of
** ortijd: programmatic (IDL) names, display names, Dutch and English help,
** help, parameters with their defaults, and the core call behind each.
**
** This table is the single source for the calling loop (function_call.c),
** the UNO dispatcher (addin_object.c: XAddIn, XCompatibilityNames) and its
** border (uno_args.c), the generated IDL, names manifest and README
** function reference (gen_config.c). It has no LibreOffice dependency.
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

/* The most arguments a function may have (ORSCENARIO has 16; the given
** bits of otfn_eval are an unsigned). Checked by the unit tests. */
#define OTFN_MAX_ARGS 16

/* How a parameter is passed by Calc and decoded (arg_decode.h). */
typedef enum otfn_arg_kind {
  OTFN_ARG_NUMBER,  /* required: IDL double; Calc converts the cell */
  OTFN_ARG_OPTIONAL_NUMBER, /* IDL any: omitted/empty -> default */
  OTFN_ARG_OPTIONAL_CHOICE, /* IDL any: a word of the input's choice
                               (ortijd_choice_parse) or its number 1..max;
                               omitted -> default */
  OTFN_ARG_OPTIONAL_OVERRIDE /* IDL any: a number or nothing; there is no
                               default, the evaluator sees it is absent and
                               its input is checked only when given */
} otfn_arg_kind;

/* The UNO type of a parameter of `kind`, as the IDL writes it and the type
** library names it: "double" for a required number, "any" for every
** optional kind. The one mapping: gen_config.c writes the IDL with it,
** uno_args.c checks the bridge's method description against it. */
static inline const char *otfn_arg_uno_type(otfn_arg_kind kind)
{
  return kind == OTFN_ARG_NUMBER ? "double" : "any";
}

/* One parameter of a Calc function. Its range and default are the core's:
** `input` points into one of the core's ortijd_*_inputs tables (for a
** choice also its spellings, input->choice). */
typedef struct otfn_arg {
  const char *name;     /* IDL parameter name */
  otfn_arg_kind kind;
  const ortijd_input *input; /* range and default_value (ortijd.h) */
  const char *nl_name;  /* function-wizard name, Dutch */
  const char *nl_help;  /* function-wizard description, Dutch */
  const char *en_name;  /* function-wizard name, English */
  const char *en_help;  /* function-wizard description, English */
} otfn_arg;

/* What a function returns. */
typedef enum otfn_result_kind {
  OTFN_RESULT_NUMBER, /* IDL double: otfn_result.number */
  OTFN_RESULT_TABLE,  /* IDL sequence<sequence<any>>: labels and hours,
                         otfn_result.table */
  OTFN_RESULT_GRID    /* IDL sequence<sequence<any>>: rows x cols numbers,
                         otfn_result.grid */
} otfn_result_kind;

/* The UNO type of a result of `kind`: `idl` as the IDL writes it, `name`
** as the type library names it. The one mapping, as otfn_arg_uno_type. */
typedef struct otfn_uno_type {
  const char *idl;
  const char *name;
} otfn_uno_type;
static inline otfn_uno_type otfn_result_uno_type(otfn_result_kind kind)
{
  otfn_uno_type number = {"double", "double"};
  otfn_uno_type rows = {"sequence< sequence< any > >", "[][]any"};
  return kind == OTFN_RESULT_NUMBER ? number : rows;
}

/* A numeric table of a variable number of rows (ORSCENARIO): cols columns
** of numbers, at most the core's scenario columns (ortijd_scenario_col); a
** column whose bit is set in blank_cols is returned as empty text (e.g.
** the wage cost when no hourly cost was given). */
#define OTFN_GRID_MAX_ROWS ORTIJD_MAX_SCENARIO_ROWS
#define OTFN_GRID_MAX_COLS ORTIJD_SCENARIO_COL_COUNT
typedef struct otfn_grid {
  int rows;
  int cols;
  unsigned blank_cols;
  double value[OTFN_GRID_MAX_ROWS][OTFN_GRID_MAX_COLS];
} otfn_grid;

/* The core's hours table (ORURENSTAAT; ORTIJD_HOURS_ROWS in ortijd.h): a
** row of label and hours for each of its rows. */
#define OTFN_TABLE_ROWS ORTIJD_HOURS_ROW_COUNT
#define OTFN_TABLE_COLS 2
typedef struct otfn_table {
  const char *label[OTFN_TABLE_ROWS]; /* Dutch labels, static storage */
  double value[OTFN_TABLE_ROWS];
} otfn_table;

/* The result of a call; the member named by the function's result kind. */
typedef struct otfn_result {
  double number;
  otfn_table table;
  otfn_grid grid;
} otfn_result;

/* The decoded arguments of one call, as an evaluator sees them. */
typedef struct otfn_args {
  double v[OTFN_MAX_ARGS]; /* defaults applied, choices as their numbers */
  unsigned given;          /* bit i: argument i was given, not defaulted */
  int blame;               /* -1; on a failure the evaluator sets the
                              argument to blame: the core's `bad` (the
                              first input that fails, ortijd.h "Inputs")
                              turned into this function's argument index,
                              or one the evaluator names itself (a range
                              whose first end is above its last) */
} otfn_args;

/* Evaluates a function on *args. Returns an ORTIJD_* status and writes
** *out (the member of its result kind) only on success; on a failure it
** leaves args->blame as the argument to blame (-1: none is). */
typedef int (*otfn_eval)(otfn_args *args, otfn_result *out);

/* One Calc function. */
typedef struct otfn_function {
  const char *method;  /* IDL method: stored in .ods files, never rename */
  const char *name;    /* display name typed in Calc; the same in every UI
                          language (the product's Dutch names), so a
                          formula from the manual works everywhere */
  const char *help_nl; /* function-wizard description, Dutch */
  const char *help_en; /* function-wizard description, English */
  otfn_result_kind result;
  otfn_eval eval;
  const otfn_arg *args; /* argc parameters, in order */
  int argc;
} otfn_function;

/* .args and .argc of a table row from one array of otfn_arg. */
#define OTFN_ARGS(array) \
  .args = (array), .argc = (int)(sizeof(array) / sizeof((array)[0]))

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

#endif /* ORTIJD_FUNCTION_TABLE_H */
