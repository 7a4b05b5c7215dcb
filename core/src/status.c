/*
** status.c - the texts of the ortijd status codes (ortijd_strerror), taken
** from ORTIJD_STATUS_MAP in ortijd.h, where each code is written once with
** its number and its text.
*/
#include "ortijd.h"

/* Text of `status` from ORTIJD_STATUS_MAP (ortijd.h); static storage,
** never NULL; "unknown status" for a code the map does not define. */
const char *ortijd_strerror(int status)
{
  switch (status) {
#define ORTIJD_STATUS_TEXT(name, code, text) \
  case ORTIJD_##name:                        \
    return text;
    ORTIJD_STATUS_MAP(ORTIJD_STATUS_TEXT)
#undef ORTIJD_STATUS_TEXT
  default:
    return "unknown status";
  }
}
