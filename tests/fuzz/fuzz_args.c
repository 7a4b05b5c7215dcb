/*
** fuzz_args.c - libFuzzer target over the add-in's argument layer: picks a
** function of otfn_functions, builds an otfn_value for each argument from
** the input (VOID, NUMBER with any bit pattern, TEXT with arbitrary bytes in
** an exact-size heap buffer, OTHER), decodes every one with otfn_decode_arg
** on its own, then calls the function through otfn_call, the calling loop
** the UNO dispatcher runs. Checks:
**   - otfn_decode_arg returns ORTIJD_OK, a core status, OTFN_ETEXT or
**     OTFN_ETYPE; on failure *out and *given are untouched; on success
**     given is 0 or 1, an omitted value takes the default (0 for an
**     override), a given number passes unchanged, a choice is one of its
**     numbers 1..max;
**   - otfn_call fails with the first failing argument's decode status and
**     names it when an argument does not decode; otherwise it returns
**     ORTIJD_OK or a core status; on success the number (or every table
**     value) is finite and >= 0, the table's subtotal and total are the
**     sums of their rows (relative 1e-12, the core's row list) and every
**     label is set; on failure the result is untouched and bad_arg is -1
**     or a valid argument index: the first argument whose decoded value
**     fails its core input (an omitted override is not checked), with its
**     status, unless the evaluator names one for another reason (a range
**     reversed or too long).
*/
#include "fuzz_common.h"

#include "function_call.h"

/* The oracle of the blame for an evaluation failure: the first argument
** whose decoded value fails its core input (an override only when given),
** or -1; *status gets its status. (The calling loop does not validate
** again: the core's `bad` is passed on by each evaluator.) */
static int first_bad_arg(const otfn_function *f, const double *v,
                         unsigned given, int *status)
{
  for (int i = 0; i < f->argc; i++) {
    const otfn_arg *arg = &f->args[i];
    if (arg->kind == OTFN_ARG_OPTIONAL_OVERRIDE && !((given >> i) & 1u))
      continue;
    int s = ortijd_input_check(arg->input, v[i]);
    if (s != ORTIJD_OK) {
      *status = s;
      return i;
    }
  }
  return -1;
}

/* A status of the core or of the add-in layer (OTFN_STATUS_MAP). */
static int decode_status(int s)
{
  switch (s) {
#define FUZZ_ADDIN_CASE(name, code, text) case OTFN_##name:
    OTFN_STATUS_MAP(FUZZ_ADDIN_CASE)
#undef FUZZ_ADDIN_CASE
    return 1;
  default:
    return fuzz_core_status(s);
  }
}

static int is_blank(const char *text, size_t len)
{
  for (size_t i = 0; i < len; i++)
    if (text[i] != ' ' && text[i] != '\t')
      return 0;
  return 1;
}

static void check_table(const otfn_table *t)
{
  for (int r = 0; r < OTFN_TABLE_ROWS; r++)
    if (t->label[r] == NULL || t->label[r][0] == '\0')
      fuzz_fail("table row %d has no label", r);
  fuzz_check_hours_table(t->value);
}

/* A grid (ORSCENARIO): 1..OTFN_GRID_MAX_ROWS rows of the core's scenario
** columns, only the wage cost ever blank, seats consecutive whole numbers,
** every number finite and >= 0. */
static void check_grid(const otfn_grid *g)
{
  if (g->rows < 1 || g->rows > OTFN_GRID_MAX_ROWS ||
      g->cols != ORTIJD_SCENARIO_COL_COUNT ||
      (g->blank_cols & ~(1u << ORTIJD_SCENARIO_COL_WAGE_COST)) != 0)
    fuzz_fail("grid shape %d x %d, blank %#x", g->rows, g->cols,
              g->blank_cols);
  for (int r = 0; r < g->rows; r++) {
    for (int c = 0; c < g->cols; c++)
      if (!fuzz_good_result(g->value[r][c]))
        fuzz_fail("grid [%d][%d] = %g", r, c, g->value[r][c]);
    if (r > 0 && g->value[r][ORTIJD_SCENARIO_COL_SEATS] !=
                     g->value[r - 1][ORTIJD_SCENARIO_COL_SEATS] + 1.0)
      fuzz_fail("grid seats not consecutive at row %d", r);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  fuzz_input in = {data, size, 0};
  if (size > 0 && data[0] == 0xFF) {
    /* The lookups by IDL method and by display name, on any bytes (an
    ** exact-size heap copy, so that ASan sees any read past len). */
    size_t len = size - 1;
    char *name = malloc(len ? len : 1);
    if (name == NULL)
      return 0;
    memcpy(name, data + 1, len);
    const otfn_function *m = otfn_find_method(name, len);
    const otfn_function *d = otfn_find_display_name(name, len);
    if ((m && (strlen(m->method) != len || memcmp(m->method, name, len))) ||
        (d && strlen(d->name) != len))
      fuzz_fail("lookup of %zu bytes found the wrong function", len);
    free(name);
    double out;
    int given;
    if (otfn_decode_arg(NULL, NULL, &out, &given) != ORTIJD_ENULL ||
        otfn_decode_arg(&otfn_functions[0].args[0], NULL, &out, &given) !=
            ORTIJD_ENULL)
      fuzz_fail("otfn_decode_arg(NULL) did not give ORTIJD_ENULL");
    return 0;
  }
  const otfn_function *fn =
      &otfn_functions[fuzz_u8(&in) % otfn_function_count];
  if (fn->argc < 0 || fn->argc > OTFN_MAX_ARGS)
    fuzz_fail("%s: argc %d", fn->method, fn->argc);
  if (fn->eval == NULL)
    fuzz_fail("%s: no evaluator", fn->method);

  /* Calc may pass fewer arguments than declared (trailing ones omitted):
  ** those are VOID. */
  int passed = fuzz_u8(&in) & 0x80 ? fn->argc : fuzz_u8(&in) % (fn->argc + 1);
  otfn_value values[OTFN_MAX_ARGS];
  char *texts[OTFN_MAX_ARGS] = {NULL};
  int first_failed = -1, first_status = ORTIJD_OK;
  double decoded[OTFN_MAX_ARGS];
  unsigned given_mask = 0;
  for (int i = 0; i < fn->argc; i++) {
    const otfn_arg *arg = &fn->args[i];
    otfn_value v = {OTFN_VALUE_VOID, 0.0, NULL, 0};
    char *text = NULL;
    if (i < passed) {
      uint8_t kind = fuzz_u8(&in);
      switch (kind % 5) {
      case 0: v.kind = OTFN_VALUE_VOID; break;
      case 1: v.kind = OTFN_VALUE_NUMBER; v.number = fuzz_double(&in); break;
      case 2: /* a small whole number: reaches the valid region */
        v.kind = OTFN_VALUE_NUMBER;
        v.number = (double)(int8_t)fuzz_u8(&in);
        break;
      case 3: {
        size_t len;
        const char *bytes = fuzz_bytes(&in, 40, &len);
        v.kind = OTFN_VALUE_TEXT;
        if (len == 0 && (kind & 0x80)) {
          v.text = NULL; /* the UNO layer's empty string may come as NULL */
        } else {
          text = malloc(len ? len : 1); /* exact size: ASan sees overreads */
          if (text == NULL)
            return 0;
          if (len)
            memcpy(text, bytes, len);
          v.text = text;
          v.len = len;
        }
        break;
      }
      default: v.kind = OTFN_VALUE_OTHER; break;
      }
    }
    double out;
    int given;
    memset(&out, FUZZ_SENTINEL, sizeof out);
    memset(&given, FUZZ_SENTINEL, sizeof given);
    int s = otfn_decode_arg(arg, &v, &out, &given);
    if (!decode_status(s))
      fuzz_fail("%s arg %d: decode status %d", fn->method, i, s);
    const char *msg = otfn_strerror(s);
    if (msg == NULL || !*msg)
      fuzz_fail("otfn_strerror(%d) empty", s);
    int omitted = v.kind == OTFN_VALUE_VOID ||
                  (v.kind == OTFN_VALUE_TEXT &&
                   (v.text == NULL || is_blank(v.text, v.len)));
    if (s != ORTIJD_OK) {
      if (!fuzz_untouched(&out, sizeof out) ||
          !fuzz_untouched(&given, sizeof given))
        fuzz_fail("%s arg %d: decode wrote its outputs on failure %d",
                  fn->method, i, s);
      if (omitted && arg->kind != OTFN_ARG_NUMBER)
        fuzz_fail("%s arg %d: omitted optional failed with %d", fn->method,
                  i, s);
      if (first_failed < 0) {
        first_failed = i;
        first_status = s;
      }
    } else {
      if (given != 0 && given != 1)
        fuzz_fail("%s arg %d: given = %d", fn->method, i, given);
      if (omitted) {
        double def = arg->kind == OTFN_ARG_OPTIONAL_OVERRIDE
                         ? 0.0 : arg->input->default_value;
        if (arg->kind == OTFN_ARG_NUMBER)
          fuzz_fail("%s arg %d: omitted required decoded", fn->method, i);
        if (given != 0 || out != def)
          fuzz_fail("%s arg %d: omitted gave %g (given %d)", fn->method, i,
                    out, given);
      } else {
        if (given != 1)
          fuzz_fail("%s arg %d: a value not marked given", fn->method, i);
        if (v.kind == OTFN_VALUE_NUMBER &&
            memcmp(&out, &v.number, sizeof out) != 0)
          fuzz_fail("%s arg %d: number %.17g became %.17g", fn->method, i,
                    v.number, out);
        if (arg->kind == OTFN_ARG_OPTIONAL_CHOICE &&
            (out < 1.0 || out > arg->input->max || out != floor(out)))
          fuzz_fail("%s arg %d: choice %.17g", fn->method, i, out);
        /* Numbers and (numeric, role or course) text decode; no other
        ** kind of value does. */
        if (v.kind != OTFN_VALUE_NUMBER && v.kind != OTFN_VALUE_TEXT)
          fuzz_fail("%s arg %d: kind %d decoded to a number", fn->method, i,
                    (int)v.kind);
      }
    }
    values[i] = v;
    texts[i] = text;
    decoded[i] = s == ORTIJD_OK ? out : 0.0;
    given_mask |= (unsigned)(s == ORTIJD_OK && given == 1) << i;
  }

  /* The calling loop, as the dispatcher runs it: `passed` values, the
  ** rest omitted. */
  static otfn_result out;
  memset(&out, FUZZ_SENTINEL, sizeof out);
  int bad_arg = -1000;
  int s = otfn_call(fn, values, passed, &out, &bad_arg);
  for (int i = 0; i < fn->argc; i++)
    free(texts[i]);
  if (first_failed >= 0) {
    if (s != first_status || bad_arg != first_failed)
      fuzz_fail("%s: call gave %d at %d, decode %d at %d", fn->method, s,
                bad_arg, first_status, first_failed);
  } else if (!fuzz_core_status(s)) {
    fuzz_fail("%s: status %d", fn->method, s);
  } else if (s != ORTIJD_OK) {
    /* An evaluation failure: the core's blame, passed on. */
    int want_status = ORTIJD_OK;
    int want = first_bad_arg(fn, decoded, given_mask, &want_status);
    int named = bad_arg >= 0 && bad_arg < fn->argc &&
                ortijd_input_check(fn->args[bad_arg].input,
                                   decoded[bad_arg]) == ORTIJD_OK;
    if (!named && (bad_arg != want || (want >= 0 && s != want_status)))
      fuzz_fail("%s: status %d blames %d; first bad argument %d (%d)",
                fn->method, s, bad_arg, want, want_status);
  }
  if (s == ORTIJD_OK && fn->result == OTFN_RESULT_NUMBER &&
      !fuzz_good_result(out.number))
    fuzz_fail("%s = %g", fn->method, out.number);
  else if (s == ORTIJD_OK && fn->result == OTFN_RESULT_GRID)
    check_grid(&out.grid);
  else if (s == ORTIJD_OK && fn->result == OTFN_RESULT_TABLE)
    check_table(&out.table);
  else if (s != ORTIJD_OK && !fuzz_untouched(&out, sizeof out))
    fuzz_fail("%s wrote its result on failure %d", fn->method, s);
  if (s != ORTIJD_OK && (bad_arg < -1 || bad_arg >= fn->argc))
    fuzz_fail("%s: status %d with bad_arg %d", fn->method, s, bad_arg);
  if (s != ORTIJD_OK) {
    char message[256];
    otfn_error_message(fn, bad_arg, s, message, sizeof message);
    if (strncmp(message, fn->name, strlen(fn->name)) != 0)
      fuzz_fail("%s: message \"%s\"", fn->method, message);
  }
  return 0;
}
