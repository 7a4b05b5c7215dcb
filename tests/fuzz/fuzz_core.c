/*
** fuzz_core.c - libFuzzer target over every entry point of the ortijd core
** (core/include/ortijd.h). The first byte selects the entry point, the rest
** are raw doubles (any bit pattern: NaN, inf, denormals, huge, -0.0), ints
** and bytes. Checks the core's contract:
**   - every status is ORTIJD_OK or one of the ORTIJD_E* codes;
**   - on success every result is finite and >= 0, on failure *out is left
**     untouched (byte for byte);
**   - ortijd_hours succeeds iff ortijd_params_first_invalid gives -1, and
**     fails with that field's status otherwise;
**   - every model function blames (its `bad`) the first input that fails,
**     -1 when none does, and leaves `bad` alone on success;
**   - subtotal and total are the sums of their lines (relative 1e-12), in
**     the core's hours table as in its breakdown;
**   - strerror and the row labels never crash, and return NULL only where
**     the contract allows.
** Build: cmake -DORTIJD_FUZZ=ON with clang (tests/fuzz/CMakeLists.txt);
** run: tools/fuzz.sh.
*/
#include "fuzz_common.h"

enum {
  SEL_SEATS,
  SEL_ROLE_PARSE,
  SEL_ROLE_FROM_NUMBER,
  SEL_TRAINING_DAYS,
  SEL_HOURS,
  SEL_HOURS_DEFAULTS,
  SEL_FTE,
  SEL_MEMBER_WEEK_HOURS,
  SEL_STRERROR_LABELS,
  SEL_NULLS,
  SEL_COURSE_COST,
  SEL_COURSE_PARSE,
  SEL_SECRETARY_WAGE,
  SEL_SCENARIO_ROWS,
  SEL_COUNT
};

/* ortijd_course_cost_calc: succeeds iff first_invalid is -1, else fails
** with that field's status; parts finite, >= 0 and summing to the total;
** *out untouched on failure. */
static void fuzz_course_cost(fuzz_input *in)
{
  ortijd_course_params p;
  ortijd_course_params_init(&p, (double)(fuzz_u8(in) % 8) / 2.0,
                            (double)(fuzz_u8(in) * 10), 1.0 + fuzz_u8(in) % 30);
  int changes = fuzz_u8(in) % 6;
  for (int k = 0; k < changes; k++) {
    unsigned i = fuzz_u8(in) % (sizeof p / sizeof(double));
    double v = fuzz_u8(in) & 1 ? fuzz_double(in) : (double)(int8_t)fuzz_u8(in);
    memcpy((char *)&p + i * sizeof(double), &v, sizeof v);
  }
  ortijd_course_cost c;
  memset(&c, FUZZ_SENTINEL, sizeof c);
  int field_status = 0;
  int field = ortijd_course_params_first_invalid(&p, &field_status);
  int bad = FUZZ_NO_BLAME;
  int s = ortijd_course_cost_calc(&p, &c, &bad);
  if (!fuzz_core_status(s))
    fuzz_fail("ortijd_course_cost_calc status %d", s);
  double values[ORTIJD_COURSE_FIELD_COUNT];
  fuzz_check_blame("ortijd_course_cost_calc", ortijd_course_inputs,
                   ORTIJD_COURSE_FIELD_COUNT,
                   ortijd_course_params_to_values(&p, values), s, bad);
  if (field >= 0 && s != field_status)
    fuzz_fail("course field %d invalid (%d) but status %d", field,
              field_status, s);
  if (s == ORTIJD_OK) {
    if (field != -1)
      fuzz_fail("course cost ok with invalid field %d", field);
    double parts[] = {c.dagdelen, c.trainers, c.fee, c.travel, c.vat, c.total};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
      if (!fuzz_good_result(parts[i]))
        fuzz_fail("course cost part %zu = %g", i, parts[i]);
    if (!fuzz_close(c.total, c.fee + c.travel + c.vat))
      fuzz_fail("course total %.17g", c.total);
  } else if (!fuzz_untouched(&c, sizeof c)) {
    fuzz_fail("ortijd_course_cost_calc wrote *out on failure %d", s);
  }
}

static void fuzz_course_parse(fuzz_input *in)
{
  size_t len;
  const char *text = fuzz_bytes(in, 64, &len);
  char *copy = malloc(len ? len : 1); /* exact size for ASan */
  if (copy == NULL)
    return;
  if (len)
    memcpy(copy, text, len);
  ortijd_course course;
  memset(&course, FUZZ_SENTINEL, sizeof course);
  int s = ortijd_course_parse(copy, len, &course);
  if (s == ORTIJD_OK) {
    if (course != ORTIJD_COURSE_CUSTOM && course != ORTIJD_COURSE_OPEN)
      fuzz_fail("ortijd_course_parse gave %d", (int)course);
  } else if (s != ORTIJD_ECOURSE || !fuzz_untouched(&course, sizeof course)) {
    fuzz_fail("ortijd_course_parse status %d or wrote on failure", s);
  }
  free(copy);
  double v = fuzz_double(in);
  memset(&course, FUZZ_SENTINEL, sizeof course);
  s = ortijd_course_from_number(v, &course);
  if (!fuzz_core_status(s) ||
      (s != ORTIJD_OK && !fuzz_untouched(&course, sizeof course)))
    fuzz_fail("ortijd_course_from_number(%.17g) status %d", v, s);
}

static void fuzz_secretary_wage(fuzz_input *in)
{
  double a = fuzz_double(in), b = fuzz_double(in), c = fuzz_double(in);
  double out;
  memset(&out, FUZZ_SENTINEL, sizeof out);
  const double values[] = {a, b, c};
  int bad = FUZZ_NO_BLAME;
  int s = ortijd_secretary_hours(a, b, c, &out, &bad);
  if (!fuzz_core_status(s) || (s == ORTIJD_OK && !fuzz_good_result(out)) ||
      (s != ORTIJD_OK && !fuzz_untouched(&out, sizeof out)))
    fuzz_fail("ortijd_secretary_hours(%.17g, %.17g, %.17g) status %d", a, b,
              c, s);
  fuzz_check_blame("ortijd_secretary_hours", ortijd_secretary_hours_inputs, 3,
                   values, s, bad);
  memset(&out, FUZZ_SENTINEL, sizeof out);
  bad = FUZZ_NO_BLAME;
  s = ortijd_wage_cost(a, b, &out, &bad);
  if (!fuzz_core_status(s) || (s == ORTIJD_OK && !fuzz_good_result(out)) ||
      (s != ORTIJD_OK && !fuzz_untouched(&out, sizeof out)))
    fuzz_fail("ortijd_wage_cost(%.17g, %.17g) status %d", a, b, s);
  fuzz_check_blame("ortijd_wage_cost", ortijd_wage_cost_inputs, 2, values, s,
                   bad);
}

static void fuzz_scenario_rows(fuzz_input *in)
{
  double first = fuzz_u8(in) & 1 ? fuzz_double(in) : (double)fuzz_u8(in);
  double last = fuzz_u8(in) & 1 ? fuzz_double(in) : (double)fuzz_u8(in);
  int rows;
  int bad = -7;
  memset(&rows, FUZZ_SENTINEL, sizeof rows);
  int s = ortijd_scenario_rows(first, last, &rows, &bad);
  if (!fuzz_core_status(s))
    fuzz_fail("ortijd_scenario_rows status %d", s);
  if (s == ORTIJD_OK) {
    if (rows < 1 || rows > ORTIJD_MAX_SCENARIO_ROWS ||
        (double)rows != last - first + 1.0 || bad != -7)
      fuzz_fail("scenario %.17g..%.17g gave %d rows", first, last, rows);
  } else if (!fuzz_untouched(&rows, sizeof rows) || (bad != 0 && bad != 1)) {
    fuzz_fail("ortijd_scenario_rows failure %d: rows written or bad %d", s,
              bad);
  }
}

static void fuzz_seats(fuzz_input *in)
{
  double persons = fuzz_double(in);
  int has_override = fuzz_u8(in) & 1;
  double override_seats = fuzz_double(in);
  double out;
  memset(&out, FUZZ_SENTINEL, sizeof out);
  int bad = FUZZ_NO_BLAME;
  int s = ortijd_seats(persons, has_override, override_seats, &out, &bad);
  if (!fuzz_core_status(s))
    fuzz_fail("ortijd_seats status %d", s);
  const double values[] = {persons, override_seats};
  fuzz_check_blame("ortijd_seats", ortijd_seats_inputs, has_override ? 2 : 1,
                   values, s, bad);
  if (s != ORTIJD_OK) {
    if (!fuzz_untouched(&out, sizeof out))
      fuzz_fail("ortijd_seats wrote *out on failure %d", s);
    return;
  }
  if (!fuzz_good_result(out))
    fuzz_fail("ortijd_seats result %g", out);
  if (has_override) {
    if (out != override_seats || out < 1.0 || out > ORTIJD_MAX_SEATS ||
        out != floor(out))
      fuzz_fail("override %.17g gave %.17g", override_seats, out);
  } else {
    /* 3..25, odd, and non-decreasing in persons (WOR art. 6 lid 1). */
    if (out < 3.0 || out > 25.0 || fmod(out, 2.0) != 1.0)
      fuzz_fail("seats(%.17g) = %g", persons, out);
    double more;
    double bigger = persons + 1000.0;
    if (bigger <= ORTIJD_MAX_PERSONS &&
        ortijd_seats(bigger, 0, 0.0, &more, NULL) == ORTIJD_OK && more < out)
      fuzz_fail("seats not monotonic at %.17g", persons);
  }
  /* persons is validated first: a bad persons fails with or without an
  ** override, with the same status. */
  double a, b;
  int sa = ortijd_seats(persons, 0, 0.0, &a, NULL);
  int sb = ortijd_seats(persons, 1, 7.0, &b, NULL);
  if (sa != sb)
    fuzz_fail("persons %.17g: status %d without, %d with override", persons,
              sa, sb);
}

static void fuzz_role_parse(fuzz_input *in)
{
  size_t len;
  const char *text = fuzz_bytes(in, 64, &len);
  /* An exact-size heap copy, so that ASan sees any read past len. */
  char *copy = malloc(len ? len : 1);
  if (copy == NULL)
    return;
  if (len)
    memcpy(copy, text, len);
  ortijd_role role;
  memset(&role, FUZZ_SENTINEL, sizeof role);
  int s = ortijd_role_parse(copy, len, &role);
  if (s != ORTIJD_OK && s != ORTIJD_EROLE)
    fuzz_fail("ortijd_role_parse status %d", s);
  if (s == ORTIJD_OK) {
    if (role != ORTIJD_ROLE_COUNCIL && role != ORTIJD_ROLE_COMMITTEE &&
        role != ORTIJD_ROLE_BOTH)
      fuzz_fail("ortijd_role_parse gave role %d", (int)role);
    double days;
    if (ortijd_training_days(role, &days) != ORTIJD_OK)
      fuzz_fail("parsed role %d has no training days", (int)role);
  } else if (!fuzz_untouched(&role, sizeof role)) {
    fuzz_fail("ortijd_role_parse wrote *out on failure");
  }
  free(copy);
}

static void fuzz_role_from_number(fuzz_input *in)
{
  double value = fuzz_double(in);
  ortijd_role role;
  memset(&role, FUZZ_SENTINEL, sizeof role);
  int s = ortijd_role_from_number(value, &role);
  if (!fuzz_core_status(s))
    fuzz_fail("ortijd_role_from_number status %d", s);
  if (s == ORTIJD_OK) {
    if ((double)role != value || role < ORTIJD_ROLE_COUNCIL ||
        role > ORTIJD_ROLE_BOTH)
      fuzz_fail("role_from_number(%.17g) = %d", value, (int)role);
  } else {
    if (!fuzz_untouched(&role, sizeof role))
      fuzz_fail("ortijd_role_from_number wrote *out on failure");
    if (value == 1.0 || value == 2.0 || value == 3.0)
      fuzz_fail("role_from_number(%g) failed", value);
  }
}

static void fuzz_training_days(fuzz_input *in)
{
  int raw = fuzz_int(in);
  double out;
  memset(&out, FUZZ_SENTINEL, sizeof out);
  int s = ortijd_training_days((ortijd_role)raw, &out);
  int known = raw >= 1 && raw <= 3;
  if (known ? s != ORTIJD_OK : s != ORTIJD_EROLE)
    fuzz_fail("ortijd_training_days(%d) status %d", raw, s);
  if (s == ORTIJD_OK) {
    static const double expected[] = {0.0, 5.0, 3.0, 8.0};
    if (out != expected[raw])
      fuzz_fail("training days of %d = %g", raw, out);
  } else if (!fuzz_untouched(&out, sizeof out)) {
    fuzz_fail("ortijd_training_days wrote *out on failure");
  }
}

/* Runs ortijd_hours on *p and checks it against first_invalid. */
static void check_hours(const ortijd_params *p)
{
  ortijd_breakdown out;
  memset(&out, FUZZ_SENTINEL, sizeof out);
  int bad = FUZZ_NO_BLAME;
  int s = ortijd_hours(p, &out, &bad);
  int fi_status = 12345;
  int fi = ortijd_params_first_invalid(p, &fi_status);
  int fi_nostatus = ortijd_params_first_invalid(p, NULL);
  if (!fuzz_core_status(s) || !fuzz_core_status(fi_status))
    fuzz_fail("ortijd_hours status %d, first_invalid status %d", s,
              fi_status);
  if (fi != fi_nostatus)
    fuzz_fail("first_invalid %d with status, %d without", fi, fi_nostatus);
  if (fi < -1 || fi >= (int)(sizeof *p / sizeof(double)))
    fuzz_fail("first_invalid index %d", fi);
  if ((s == ORTIJD_OK) != (fi == -1))
    fuzz_fail("ortijd_hours status %d but first_invalid %d", s, fi);
  if (s != fi_status)
    fuzz_fail("ortijd_hours status %d, first_invalid says %d", s, fi_status);
  if (s == ORTIJD_OK ? bad != FUZZ_NO_BLAME : bad != fi)
    fuzz_fail("ortijd_hours status %d blames %d, first_invalid %d", s, bad,
              fi);
  if (s == ORTIJD_OK)
    fuzz_check_breakdown(&out);
  else if (!fuzz_untouched(&out, sizeof out))
    fuzz_fail("ortijd_hours wrote *out on failure %d", s);
}

static void fuzz_hours(fuzz_input *in)
{
  ortijd_params p;
  double *field = (double *)&p;
  for (size_t i = 0; i < sizeof p / sizeof(double); i++)
    field[i] = fuzz_double(in);
  check_hours(&p);
}

/* The defaults with a few fields replaced: reaches the valid region far
** more often than twelve random doubles. */
static void fuzz_hours_defaults(fuzz_input *in)
{
  ortijd_params p;
  ortijd_params_init(&p, (double)(fuzz_u8(in) % 40));
  double *field = (double *)&p;
  int changes = fuzz_u8(in) % 5;
  for (int k = 0; k < changes; k++) {
    unsigned i = fuzz_u8(in) % (sizeof p / sizeof(double));
    uint8_t how = fuzz_u8(in);
    if (how & 1)
      field[i] = fuzz_double(in);                   /* any bit pattern */
    else
      field[i] = (double)fuzz_int(in) / (double)((how >> 1) + 1); /* tame */
  }
  check_hours(&p);
}

static void fuzz_fte(fuzz_input *in)
{
  double hours = fuzz_double(in), week_hours = fuzz_double(in),
         weeks = fuzz_double(in);
  double out;
  memset(&out, FUZZ_SENTINEL, sizeof out);
  int bad = FUZZ_NO_BLAME;
  int s = ortijd_fte(hours, week_hours, weeks, &out, &bad);
  if (!fuzz_core_status(s))
    fuzz_fail("ortijd_fte status %d", s);
  const double values[] = {hours, week_hours, weeks};
  fuzz_check_blame("ortijd_fte", ortijd_fte_inputs, 3, values, s, bad);
  if (s == ORTIJD_OK) {
    if (!fuzz_good_result(out))
      fuzz_fail("ortijd_fte(%.17g, %.17g, %.17g) = %g", hours, week_hours,
                weeks, out);
  } else if (!fuzz_untouched(&out, sizeof out)) {
    fuzz_fail("ortijd_fte wrote *out on failure %d", s);
  }
}

static void fuzz_member_week_hours(fuzz_input *in)
{
  double total = fuzz_double(in), seats = fuzz_double(in),
         weeks = fuzz_double(in);
  if (fuzz_u8(in) & 1)
    seats = (double)(fuzz_u8(in)); /* often whole, so often valid */
  double out;
  memset(&out, FUZZ_SENTINEL, sizeof out);
  int bad = FUZZ_NO_BLAME;
  int s = ortijd_member_week_hours(total, seats, weeks, &out, &bad);
  if (!fuzz_core_status(s))
    fuzz_fail("ortijd_member_week_hours status %d", s);
  const double values[] = {total, seats, weeks};
  fuzz_check_blame("ortijd_member_week_hours",
                   ortijd_member_week_hours_inputs, 3, values, s, bad);
  if (s == ORTIJD_OK) {
    if (!fuzz_good_result(out))
      fuzz_fail("member_week_hours(%.17g, %.17g, %.17g) = %g", total, seats,
                weeks, out);
  } else if (!fuzz_untouched(&out, sizeof out)) {
    fuzz_fail("ortijd_member_week_hours wrote *out on failure %d", s);
  }
}

static void fuzz_strerror_labels(fuzz_input *in)
{
  int code = fuzz_int(in);
  const char *msg = ortijd_strerror(code);
  if (msg == NULL || strlen(msg) == 0)
    fuzz_fail("ortijd_strerror(%d) empty", code);
  if ((strcmp(msg, "unknown status") == 0) == fuzz_core_status(code))
    fuzz_fail("ortijd_strerror(%d) = %s", code, msg);
  int row = fuzz_int(in);
  const char *label = ortijd_hours_row_label((ortijd_hours_row)row);
  int in_range = row >= 0 && row < ORTIJD_HOURS_ROW_COUNT;
  if (in_range ? (label == NULL || !*label) : label != NULL)
    fuzz_fail("label of hours table row %d", row);
}

/* NULL pointers give ORTIJD_ENULL and no crash. */
static void fuzz_nulls(fuzz_input *in)
{
  double x = fuzz_double(in);
  ortijd_role role;
  int st, number;
  if (ortijd_seats(x, fuzz_u8(in) & 1, x, NULL, NULL) != ORTIJD_ENULL ||
      ortijd_role_parse(NULL, fuzz_u8(in), &role) != ORTIJD_ENULL ||
      ortijd_role_parse("OR", 2, NULL) != ORTIJD_ENULL ||
      ortijd_role_from_number(x, NULL) != ORTIJD_ENULL ||
      ortijd_training_days((ortijd_role)fuzz_int(in), NULL) != ORTIJD_ENULL ||
      ortijd_hours(NULL, NULL, NULL) != ORTIJD_ENULL ||
      ortijd_fte(x, x, x, NULL, NULL) != ORTIJD_ENULL ||
      ortijd_member_week_hours(x, x, x, NULL, NULL) != ORTIJD_ENULL ||
      ortijd_choice_parse(NULL, "OR", 2, &number) != ORTIJD_ENULL ||
      ortijd_choice_parse(&ortijd_role_choice, "OR", 2, NULL) != ORTIJD_ENULL)
    fuzz_fail("a NULL out did not give ORTIJD_ENULL");
  if (ortijd_choice_word(NULL, fuzz_int(in)) != NULL)
    fuzz_fail("the word of no choice");
  if (ortijd_params_first_invalid(NULL, &st) != -1 || st != ORTIJD_ENULL)
    fuzz_fail("first_invalid(NULL)");
  ortijd_params_init(NULL, x); /* ignored */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  fuzz_input in = {data, size, 0};
  switch (fuzz_u8(&in) % SEL_COUNT) {
  case SEL_SEATS: fuzz_seats(&in); break;
  case SEL_COURSE_COST: fuzz_course_cost(&in); break;
  case SEL_COURSE_PARSE: fuzz_course_parse(&in); break;
  case SEL_SECRETARY_WAGE: fuzz_secretary_wage(&in); break;
  case SEL_SCENARIO_ROWS: fuzz_scenario_rows(&in); break;
  case SEL_ROLE_PARSE: fuzz_role_parse(&in); break;
  case SEL_ROLE_FROM_NUMBER: fuzz_role_from_number(&in); break;
  case SEL_TRAINING_DAYS: fuzz_training_days(&in); break;
  case SEL_HOURS: fuzz_hours(&in); break;
  case SEL_HOURS_DEFAULTS: fuzz_hours_defaults(&in); break;
  case SEL_FTE: fuzz_fte(&in); break;
  case SEL_MEMBER_WEEK_HOURS: fuzz_member_week_hours(&in); break;
  case SEL_STRERROR_LABELS: fuzz_strerror_labels(&in); break;
  default: fuzz_nulls(&in); break;
  }
  return 0;
}
