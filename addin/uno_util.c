/*
** uno_util.c - helpers of the UNO layer: cached type descriptions, string
** conversion, []string construction and raising exceptions through the
** binary UNO dispatch convention (docs/uno-in-c.md, "The dispatcher": on
** a failed call the callee constructs the exception in the caller-owned
** any).
*/
#include "uno_util.h"

#include <stdatomic.h>
#include <string.h>

static const char *const type_names[OTUNO_T_COUNT] = {
  "string", "double", "[]string", "[]byte", "[]type", "[]any", "[][]any",
  "com.sun.star.lang.IllegalArgumentException",
  "com.sun.star.uno.RuntimeException",
  "com.sun.star.sheet.LocalizedName",
  "[]com.sun.star.sheet.LocalizedName",
};

static typelib_TypeDescription *types[OTUNO_T_COUNT];
static atomic_int types_loaded; /* set (release) once `types` is filled */

/* Fills `types` from LibreOffice's type manager; entries stay NULL when a
** name is unknown. Runs once. */
static void load_types(void)
{
  for (int i = 0; i < OTUNO_T_COUNT; i++) {
    rtl_uString *name = otuno_string_new(type_names[i]);
    typelib_typedescription_getByName(&types[i], name);
    rtl_uString_release(name);
  }
}

/* Runs load_types exactly once, under sal's global mutex: the same on every
** platform, and no pthread_once (which would tie the Linux build to glibc
** 2.34 and the Windows build to libwinpthread). */
static void load_types_once(void)
{
  if (atomic_load_explicit(&types_loaded, memory_order_acquire))
    return;
  oslMutex *global = osl_getGlobalMutex();
  osl_acquireMutex(*global);
  if (!atomic_load_explicit(&types_loaded, memory_order_relaxed)) {
    load_types();
    atomic_store_explicit(&types_loaded, 1, memory_order_release);
  }
  osl_releaseMutex(*global);
}

typelib_TypeDescription *otuno_type(otuno_type_id id)
{
  load_types_once();
  return (id >= 0 && id < OTUNO_T_COUNT) ? types[id] : NULL;
}

int otuno_init(void)
{
  for (int i = 0; i < OTUNO_T_COUNT; i++)
    if (otuno_type((otuno_type_id)i) == NULL)
      return 0;
  return 1;
}

rtl_uString *otuno_string_new(const char *utf8)
{
  rtl_uString *s = NULL;
  rtl_string2UString(&s, utf8, (sal_Int32)strlen(utf8),
                     RTL_TEXTENCODING_UTF8, OSTRING_TO_OUSTRING_CVTFLAGS);
  return s;
}

size_t otuno_string_to_utf8(const rtl_uString *s, char *buf, size_t cap)
{
  size_t n = 0;
  if (cap == 0)
    return 0;
  for (sal_Int32 i = 0; i < s->length; i++) {
    unsigned long c = s->buffer[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s->length &&
        s->buffer[i + 1] >= 0xDC00 && s->buffer[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (s->buffer[i + 1] - 0xDC00);
      i++;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD; /* lone surrogate */
    }
    char enc[4];
    size_t k;
    if (c < 0x80) {
      enc[0] = (char)c; k = 1;
    } else if (c < 0x800) {
      enc[0] = (char)(0xC0 | (c >> 6));
      enc[1] = (char)(0x80 | (c & 0x3F)); k = 2;
    } else if (c < 0x10000) {
      enc[0] = (char)(0xE0 | (c >> 12));
      enc[1] = (char)(0x80 | ((c >> 6) & 0x3F));
      enc[2] = (char)(0x80 | (c & 0x3F)); k = 3;
    } else {
      enc[0] = (char)(0xF0 | (c >> 18));
      enc[1] = (char)(0x80 | ((c >> 12) & 0x3F));
      enc[2] = (char)(0x80 | ((c >> 6) & 0x3F));
      enc[3] = (char)(0x80 | (c & 0x3F)); k = 4;
    }
    if (n + k + 1 > cap)
      break;
    memcpy(buf + n, enc, k);
    n += k;
  }
  buf[n] = '\0';
  return n;
}

int otuno_string_equals_ascii(const rtl_uString *s, const char *ascii)
{
  return rtl_ustr_ascii_compare_WithLength(s->buffer, s->length, ascii) == 0;
}

/* Finds the offset of member `name` in a compound (struct or exception)
** type, searching its base types too; -1 if absent. */
static sal_Int32 member_offset(typelib_TypeDescription *td, const char *name)
{
  for (typelib_CompoundTypeDescription *c =
           (typelib_CompoundTypeDescription *)td;
       c != NULL; c = c->pBaseTypeDescription) {
    for (sal_Int32 i = 0; i < c->nMembers; i++)
      if (otuno_string_equals_ascii(c->ppMemberNames[i], name))
        return c->pMemberOffsets[i];
  }
  return -1;
}

/* Constructs an exception of type `td` in *storage with Message `message`
** and, if `position` is not NULL, ArgumentPosition *position. */
static void raise(uno_Any *storage, typelib_TypeDescription *td,
                  const char *message, const sal_Int16 *position)
{
  /* Exceptions are a few pointers large; 16-byte aligned stack storage.
  ** Neither branch below is reachable: component_getFactory hands out no
  ** factory unless otuno_init() found both exception types, and both are
  ** under 64 bytes (Message, Context, ArgumentPosition). */
  _Alignas(16) unsigned char mem[128];
  if (td == NULL || td->nSize > (sal_Int32)sizeof mem) {
    uno_any_construct(storage, NULL, NULL, NULL); /* nothing better left */
    return;
  }
  uno_constructData(mem, td);
  sal_Int32 off = member_offset(td, "Message");
  if (off >= 0) {
    rtl_uString **msg = (rtl_uString **)(void *)(mem + off);
    rtl_uString *text = otuno_string_new(message);
    rtl_uString_assign(msg, text);
    rtl_uString_release(text);
  }
  if (position != NULL) {
    off = member_offset(td, "ArgumentPosition");
    if (off >= 0)
      memcpy(mem + off, position, sizeof *position);
  }
  uno_any_construct(storage, mem, td, NULL);
  uno_destructData(mem, td, NULL);
}

void otuno_raise_illegal_argument(uno_Any *storage, const char *message,
                                  sal_Int16 position)
{
  raise(storage, otuno_type(OTUNO_T_ILLEGAL_ARGUMENT), message, &position);
}

void otuno_raise_runtime(uno_Any *storage, const char *message)
{
  raise(storage, otuno_type(OTUNO_T_RUNTIME_EXCEPTION), message, NULL);
}

void otuno_string_sequence_new(uno_Sequence **out, const char *const *utf8,
                               int count)
{
  rtl_uString *strings[16];
  if (count > 16)
    count = 16;
  for (int i = 0; i < count; i++)
    strings[i] = otuno_string_new(utf8[i]);
  *out = NULL;
  uno_sequence_construct(out, otuno_type(OTUNO_T_SEQ_STRING), strings, count,
                         NULL);
  for (int i = 0; i < count; i++)
    rtl_uString_release(strings[i]);
}

/* Sets the string at byte offset `off` of the struct at `base` to `utf8`. */
static void set_string_member(unsigned char *base, sal_Int32 off,
                              const char *utf8)
{
  rtl_uString *text = otuno_string_new(utf8);
  rtl_uString_assign((rtl_uString **)(void *)(base + off), text);
  rtl_uString_release(text);
}

void otuno_localized_names_new(uno_Sequence **out,
                               const otuno_localized_name *names, int count)
{
  typelib_TypeDescription *td = otuno_type(OTUNO_T_LOCALIZED_NAME);
  /* The elements are constructed empty in the new sequence (which nobody
  ** else holds yet) and filled in place. Locale is a struct of three
  ** strings: Language, Country, Variant. */
  *out = NULL;
  uno_sequence_construct(out, otuno_type(OTUNO_T_SEQ_LOCALIZED_NAME), NULL,
                         count, NULL);
  sal_Int32 locale = member_offset(td, "Locale");
  sal_Int32 name = member_offset(td, "Name");
  if (locale < 0 || name < 0)
    return; /* not reachable: LibreOffice's type has both members */
  for (int i = 0; i < count; i++) {
    unsigned char *element =
        (unsigned char *)(*out)->elements + (size_t)i * (size_t)td->nSize;
    set_string_member(element, locale, names[i].language);
    set_string_member(element, locale + (sal_Int32)sizeof(rtl_uString *),
                      names[i].country);
    set_string_member(element, name, names[i].name);
  }
}
