/*
** uno_util.h - small helpers of the UNO layer (prefix otuno_): the type
** descriptions the component needs, strings, sequences and exceptions.
**
** Ownership: functions named *_new return a new reference the caller must
** release; otuno_type() returns a borrowed description that lives as long
** as the library (it is acquired once and never released).
*/
#ifndef ORTIJD_UNO_UTIL_H
#define ORTIJD_UNO_UTIL_H

#include "uno_c.h"

/* The type descriptions used by the component, looked up once. */
typedef enum otuno_type_id {
  OTUNO_T_STRING,            /* string */
  OTUNO_T_DOUBLE,            /* double */
  OTUNO_T_SEQ_STRING,        /* []string */
  OTUNO_T_SEQ_BYTE,          /* []byte */
  OTUNO_T_SEQ_TYPE,          /* []type */
  OTUNO_T_SEQ_ANY,           /* []any */
  OTUNO_T_SEQ_SEQ_ANY,       /* [][]any */
  OTUNO_T_ILLEGAL_ARGUMENT,  /* com.sun.star.lang.IllegalArgumentException */
  OTUNO_T_RUNTIME_EXCEPTION, /* com.sun.star.uno.RuntimeException */
  OTUNO_T_LOCALIZED_NAME,    /* com.sun.star.sheet.LocalizedName */
  OTUNO_T_SEQ_LOCALIZED_NAME, /* []com.sun.star.sheet.LocalizedName */
  OTUNO_T_COUNT
} otuno_type_id;

/* Looks up (once, thread-safely) and returns a type description; NULL only
** if LibreOffice's type library lacks it, which otuno_init reports. */
typelib_TypeDescription *otuno_type(otuno_type_id id);

/* Looks up every type description; returns 0 if one is missing. Called by
** component_getFactory before any object is handed out. */
int otuno_init(void);

/* A new rtl_uString from UTF-8 text (never NULL: on memory failure rtl
** aborts, as all of LibreOffice does). */
rtl_uString *otuno_string_new(const char *utf8);

/* Writes the UTF-8 form of `s` into buf (cap bytes incl. NUL), truncating
** at a character boundary; returns the length written. */
size_t otuno_string_to_utf8(const rtl_uString *s, char *buf, size_t cap);

/* True when `s` equals the ASCII text exactly. */
int otuno_string_equals_ascii(const rtl_uString *s, const char *ascii);

/* Constructs, in the uninitialised storage *ppException points at, an
** IllegalArgumentException with `message` (UTF-8) and ArgumentPosition
** `position` (-1: none). Calc shows it as Err:502. */
void otuno_raise_illegal_argument(uno_Any *storage, const char *message,
                                  sal_Int16 position);

/* As above, a RuntimeException (Calc shows #VALUE!): for a member this
** component does not know or an internal failure. */
void otuno_raise_runtime(uno_Any *storage, const char *message);

/* Builds a []string of `count` UTF-8 strings into *out (new reference). */
void otuno_string_sequence_new(uno_Sequence **out, const char *const *utf8,
                               int count);

/* One com.sun.star.sheet.LocalizedName, as UTF-8 text: a locale
** (language, country) and the name valid for it. */
typedef struct otuno_localized_name {
  const char *language; /* e.g. "en" */
  const char *country;  /* e.g. "US" */
  const char *name;
} otuno_localized_name;

/* Builds a []com.sun.star.sheet.LocalizedName of `count` entries into *out
** (new reference; count 0 gives an empty sequence). */
void otuno_localized_names_new(uno_Sequence **out,
                               const otuno_localized_name *names, int count);

#endif /* ORTIJD_UNO_UTIL_H */
