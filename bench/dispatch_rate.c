/*
** dispatch_rate.c - benchmark only (bench/): the cost of ortijd's own
** binary-UNO dispatch, outside Calc. Calls the add-in object's dispatcher
** (addin/addin_object.c, unchanged) the way the C++->UNO bridge does for
** =ORUREN(A1) (a double and 11 void anys) and for a member that is not a
** Calc function (getServiceName's string path is skipped: "acquire"), and
** reports nanoseconds per call, next to a bare ortijd_hours call.
** The dispatcher reads the member's name and, for a Calc function, its
** parameter and result type classes (the signature check), so a hand-made
** method description with those fields suffices (no type library needed).
** Usage: dispatch_rate [calls]   (default 5,000,000)
*/
#define _POSIX_C_SOURCE 199309L /* clock_gettime under -std=c11 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "addin_object.h"
#include "ortijd.h"
#include "uno_util.h"

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Best of three: nanoseconds per dispatcher call of `member` with a
** seats double and `nany` void anys; *sum gets the results' sum. */
static double time_member(uno_Interface *obj, const char *member, int nany,
                          long calls, double *sum)
{
  typelib_InterfaceMethodTypeDescription td;
  memset(&td, 0, sizeof td);
  td.aBase.aBase.eTypeClass = typelib_TypeClass_INTERFACE_METHOD;
  td.aBase.pMemberName = otuno_string_new(member);
  typelib_MethodParameter params[12];
  memset(params, 0, sizeof params);
  for (int i = 0; i <= nany; i++) {
    params[i].pTypeRef = *typelib_static_type_getByTypeClass(
        i == 0 ? typelib_TypeClass_DOUBLE : typelib_TypeClass_ANY);
    params[i].bIn = 1;
  }
  td.nParams = 1 + nany;
  td.pParams = params;
  td.pReturnTypeRef = *typelib_static_type_getByTypeClass(typelib_TypeClass_DOUBLE);
  uno_Any anys[11];
  for (int i = 0; i < 11; i++)
    uno_any_construct(&anys[i], NULL, NULL, NULL); /* void: omitted */
  double best = 1e30;
  for (int run = 0; run < 3; run++) {
    double s = 0.0;
    double t0 = now();
    for (long i = 0; i < calls; i++) {
      double seats = (double)(5 + i % 11), ret = 0.0;
      void *args[12];
      args[0] = &seats;
      for (int k = 0; k < nany; k++)
        args[k + 1] = &anys[k];
      uno_Any exc_storage, *exc = &exc_storage;
      obj->pDispatcher(obj, (const typelib_TypeDescription *)&td, &ret, args,
                       &exc);
      if (exc != NULL) {
        fprintf(stderr, "dispatch_rate: %s raised an exception\n", member);
        exit(1);
      }
      s += ret;
    }
    double t = (now() - t0) / (double)calls * 1e9;
    if (t < best)
      best = t;
    *sum = s;
  }
  rtl_uString_release(td.aBase.pMemberName);
  return best;
}

int main(int argc, char **argv)
{
  long calls = argc > 1 ? atol(argv[1]) : 5000000L;
  uno_Interface *obj = otuno_addin_new();
  if (obj == NULL)
    return 1;
  double sum = 0.0;
  double hours = time_member(obj, "hours", 11, calls, &sum);
  printf("dispatch_hours_ns %.1f\nchecksum %.0f\n", hours, sum);

  double best = 1e30;
  for (int run = 0; run < 3; run++) {
    double s = 0.0, t0 = now();
    for (long i = 0; i < calls; i++) {
      ortijd_params p;
      ortijd_params_init(&p, (double)(5 + i % 11));
      ortijd_breakdown b;
      if (ortijd_hours(&p, &b, NULL) == ORTIJD_OK)
        s += b.total;
    }
    double t = (now() - t0) / (double)calls * 1e9;
    if (t < best)
      best = t;
    sum = s;
  }
  printf("core_hours_ns %.1f\nchecksum %.0f\n", best, sum);
  obj->release(obj);
  return 0;
}
