/*
** status.c - the texts of the ortijd status codes (ortijd_strerror). The
** codes themselves and their meaning are defined in ortijd.h, "Status
** codes"; the texts here repeat those comments for users and logs.
*/
#include "ortijd.h"

/* Short English description of `status` (ortijd.h); static storage, never
** NULL; "unknown status" for a code ortijd.h does not define. */
const char *ortijd_strerror(int status)
{
  switch (status) {
  case ORTIJD_OK:
    return "success";
  case ORTIJD_ENULL:
    return "a required pointer argument was NULL";
  case ORTIJD_ENOTFINITE:
    return "a number was NaN or infinite";
  case ORTIJD_ENEGATIVE:
    return "a number was below zero";
  case ORTIJD_ENOTWHOLE:
    return "a count that must be whole had a fraction";
  case ORTIJD_ETOOLARGE:
    return "a number exceeded its documented limit";
  case ORTIJD_EZERO:
    return "a number that must be above zero was zero";
  case ORTIJD_EROLE:
    return "unknown role (use council, committee or both; 1, 2 or 3)";
  case ORTIJD_ECOURSE:
    return "unknown course kind (use maatwerk or open; 1 or 2)";
  case ORTIJD_ERANGE:
    return "the first value of a range is above the last";
  default:
    return "unknown status";
  }
}
