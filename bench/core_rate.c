/*
** core_rate.c - benchmark only (bench/): calls of ortijd_hours per second,
** over varying valid inputs (seats 1..25, meetings and hours varied), so
** the compiler cannot hoist the call. Prints calls/s and a checksum.
** Usage: core_rate [calls]   (default 20,000,000)
*/
#define _POSIX_C_SOURCE 199309L /* clock_gettime under -std=c11 */

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ortijd.h"

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
  long calls = argc > 1 ? atol(argv[1]) : 20000000L;
  double best = 0.0, checksum = 0.0;
  for (int run = 0; run < 3; run++) {
    double sum = 0.0;
    long failures = 0;
    double t0 = now();
    for (long i = 0; i < calls; i++) {
      ortijd_params p;
      ortijd_params_init(&p, (double)(1 + i % 25));
      p.council_meetings = (double)(10 + i % 7);
      p.preparation_hours = (double)(i % 3);
      ortijd_breakdown b;
      if (ortijd_hours(&p, &b, NULL) == ORTIJD_OK)
        sum += b.total;
      else
        failures++;
    }
    double t = now() - t0;
    if (failures != 0) {
      fprintf(stderr, "core_rate: %ld failed calls\n", failures);
      return 1;
    }
    double rate = (double)calls / t;
    if (rate > best)
      best = rate;
    checksum = sum;
  }
  printf("calls_per_second %.0f\nns_per_call %.2f\nchecksum %.0f\n", best,
         1e9 / best, checksum);
  return 0;
}
