/*
** function_lookup.c - finding a function in the table by IDL method name or
** by display name.
**
** Kept apart from function_table.c so that any table (ortijd's, or the
** benchmark's no-op table in bench/noop/) is searched by the same code: it
** only reads otfn_functions and otfn_function_count (function_table.h).
*/
#include "function_table.h"

#include <string.h>

const otfn_function *otfn_find_method(const char *method, size_t len)
{
  for (size_t i = 0; i < otfn_function_count; i++) {
    const char *m = otfn_functions[i].method;
    if (strlen(m) == len && memcmp(m, method, len) == 0)
      return &otfn_functions[i];
  }
  return NULL;
}

/* ASCII-only case folding, so the result never depends on the C locale. */
static char ascii_upper(char c)
{
  return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
}

const otfn_function *otfn_find_display_name(const char *name, size_t len)
{
  for (size_t i = 0; i < otfn_function_count; i++) {
    const char *n = otfn_functions[i].name;
    if (strlen(n) != len)
      continue;
    size_t k = 0;
    while (k < len && ascii_upper(n[k]) == ascii_upper(name[k]))
      k++;
    if (k == len)
      return &otfn_functions[i];
  }
  return NULL;
}
