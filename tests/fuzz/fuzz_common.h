/*
** fuzz_common.h - helpers shared by the libFuzzer targets: a cursor over
** the input bytes (doubles, ints, byte strings) and the invariant checks of
** the core's contract (core/include/ortijd.h). A violated invariant calls
** fuzz_fail, which prints what failed and aborts, so libFuzzer saves the
** input as a crash.
*/
#ifndef ORTIJD_FUZZ_COMMON_H
#define ORTIJD_FUZZ_COMMON_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ortijd.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reads the input front to back; past the end every read gives zeros. */
typedef struct fuzz_input {
  const uint8_t *data;
  size_t size;
  size_t pos;
} fuzz_input;

static inline size_t fuzz_take(fuzz_input *in, void *dst, size_t n)
{
  size_t avail = in->size - in->pos;
  size_t k = n < avail ? n : avail;
  memset(dst, 0, n);
  if (k > 0)
    memcpy(dst, in->data + in->pos, k);
  in->pos += k;
  return k;
}

static inline uint8_t fuzz_u8(fuzz_input *in)
{
  uint8_t b;
  fuzz_take(in, &b, 1);
  return b;
}

static inline int fuzz_int(fuzz_input *in)
{
  int32_t v;
  fuzz_take(in, &v, sizeof v);
  return (int)v;
}

/* Any bit pattern: NaN payloads, infinities, denormals, huge, -0.0. */
static inline double fuzz_double(fuzz_input *in)
{
  double v;
  fuzz_take(in, &v, sizeof v);
  return v;
}

/* Up to max_len bytes; *len gets the count actually taken. Returns a
** pointer into the input (not NUL-terminated). */
static inline const char *fuzz_bytes(fuzz_input *in, size_t max_len,
                                     size_t *len)
{
  size_t want = fuzz_u8(in) % (max_len + 1);
  size_t avail = in->size - in->pos;
  if (want > avail)
    want = avail;
  const char *p = (const char *)(in->data + in->pos);
  in->pos += want;
  *len = want;
  return p;
}

#define fuzz_fail(...)                                                      \
  do {                                                                      \
    fprintf(stderr, "invariant violated at %s:%d: ", __FILE__, __LINE__);   \
    fprintf(stderr, __VA_ARGS__);                                           \
    fprintf(stderr, "\n");                                                  \
    abort();                                                                \
  } while (0)

/* A status of the core: one of ORTIJD_STATUS_MAP (ortijd.h). */
static inline int fuzz_core_status(int s)
{
  switch (s) {
#define FUZZ_STATUS_CASE(name, code, text) case ORTIJD_##name:
    ORTIJD_STATUS_MAP(FUZZ_STATUS_CASE)
#undef FUZZ_STATUS_CASE
    return 1;
  default:
    return 0;
  }
}

/* A result the core may return on success: finite and >= 0. */
static inline int fuzz_good_result(double x)
{
  return isfinite(x) && x >= 0.0;
}

/* |a - b| <= 1e-12 relative to the larger magnitude. */
static inline int fuzz_close(double a, double b)
{
  double scale = fabs(a) > fabs(b) ? fabs(a) : fabs(b);
  return fabs(a - b) <= 1e-12 * scale;
}

/* A byte pattern no core function writes, to see that a failing call left
** its output untouched. */
#define FUZZ_SENTINEL 0xA5

static inline int fuzz_untouched(const void *p, size_t n)
{
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++)
    if (b[i] != FUZZ_SENTINEL)
      return 0;
  return 1;
}

/* Checks the values of the hours table (ORTIJD_HOURS_ROWS, read from the
** core's own list): every value finite and >= 0, each subtotal and total
** row the sum of the line rows above it (relative 1e-12). */
static inline void fuzz_check_hours_table(
    const double value[ORTIJD_HOURS_ROW_COUNT])
{
  enum { LINE, SUM };
#define FUZZ_ROW_LINE(name, label) LINE,
#define FUZZ_ROW_SUM(name, label) SUM,
  static const int kind[ORTIJD_HOURS_ROW_COUNT] = {
    ORTIJD_HOURS_ROWS(FUZZ_ROW_LINE, FUZZ_ROW_SUM, FUZZ_ROW_SUM)};
#undef FUZZ_ROW_LINE
#undef FUZZ_ROW_SUM
  double sum = 0.0;
  for (int r = 0; r < ORTIJD_HOURS_ROW_COUNT; r++) {
    if (!fuzz_good_result(value[r]))
      fuzz_fail("hours table row %d = %g", r, value[r]);
    if (kind[r] == LINE)
      sum += value[r];
    else if (!fuzz_close(value[r], sum))
      fuzz_fail("hours table row %d = %.17g, the lines above give %.17g", r,
                value[r], sum);
  }
}

/* Checks a breakdown from a successful ortijd_hours: every line finite and
** >= 0, its hours table (ortijd_hours_table) with subtotal and total the
** sums of their lines, and the total row the breakdown's total. */
static inline void fuzz_check_breakdown(const ortijd_breakdown *b)
{
  for (int i = 0; i < ORTIJD_LINE_COUNT; i++)
    if (!fuzz_good_result(b->line[i]))
      fuzz_fail("line %d = %g", i, b->line[i]);
  double table[ORTIJD_HOURS_ROW_COUNT];
  ortijd_hours_table(b, table);
  fuzz_check_hours_table(table);
  if (table[ORTIJD_HOURS_ROW_TOTAL] != b->total ||
      table[ORTIJD_HOURS_ROW_MEETINGS_SUBTOTAL] != b->meetings_subtotal)
    fuzz_fail("hours table: subtotal %.17g, total %.17g; breakdown %.17g, "
              "%.17g", table[ORTIJD_HOURS_ROW_MEETINGS_SUBTOTAL],
              table[ORTIJD_HOURS_ROW_TOTAL], b->meetings_subtotal, b->total);
}

/* A `bad` no core function writes, to see that a successful call left it. */
#define FUZZ_NO_BLAME (-77)

/* The blame of a model function (ortijd.h, "Inputs") that returned `s` for
** values[0..count) of `inputs`: untouched on success; on a failure the
** index of the first value that fails its input, whose status is `s`, or
** -1 when every value passes (an overflow). */
static inline void fuzz_check_blame(const char *what,
                                    const ortijd_input *inputs, size_t count,
                                    const double *values, int s, int bad)
{
  int status = ORTIJD_OK;
  int first = ortijd_first_invalid(inputs, count, values, &status);
  if (s == ORTIJD_OK ? bad != FUZZ_NO_BLAME
                     : bad != first || (first >= 0 && s != status))
    fuzz_fail("%s: status %d blames %d; first invalid %d (status %d)", what,
              s, bad, first, status);
}

#endif /* ORTIJD_FUZZ_COMMON_H */
