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

/* Checks a breakdown from a successful ortijd_hours: every figure finite
** and >= 0, subtotal and total the sums of their lines. */
static inline void fuzz_check_breakdown(const ortijd_breakdown *b)
{
  double sum = 0.0;
  for (int i = 0; i < ORTIJD_LINE_COUNT; i++) {
    if (!fuzz_good_result(b->line[i]))
      fuzz_fail("line %d = %g", i, b->line[i]);
    sum += b->line[i];
  }
  double sub = b->line[0] + b->line[1] + b->line[2];
  if (!fuzz_good_result(b->meetings_subtotal) ||
      !fuzz_close(b->meetings_subtotal, sub))
    fuzz_fail("subtotal %.17g, lines give %.17g", b->meetings_subtotal, sub);
  if (!fuzz_good_result(b->total) || !fuzz_close(b->total, sum))
    fuzz_fail("total %.17g, lines give %.17g", b->total, sum);
}

#endif /* ORTIJD_FUZZ_COMMON_H */
