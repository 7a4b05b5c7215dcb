/*
** load_component.c - loads the built ortijd component the way LibreOffice's
** shared-library loader does (cppuhelper/source/shlib.cxx) and drives it
** through binary UNO, on every platform ortijd ships for, against real
** URE libraries:
**   Linux (x86_64 native, aarch64 under qemu): libuno_sal.so.3 and
**   libuno_cppu.so.3 (the host's, Debian's arm64 ones);
**   Windows x64 under wine: LibreOffice 7.3.2.2's own sal3.dll, cppu3.dll
**   and salhelper3MSC.dll, staged by windows_ure.py from the folder
**   ORTIJD_WIN_URE_DIR names after checking their hashes and signatures.
**
** Usage: load_component [--selftest-leak | --selftest-typeref]
**                       [--bootstrap <uno.ini URL>] <component library>
**
** Checks: the loader symbols, the "uno" environment, component_getFactory
** (NULL for an unknown name), createInstanceWithContext through the
** factory's dispatcher, queryInterface, hours(7) = 1516, hoursBreakdown(7)
** (8x2, total 1516), hours(0) -> IllegalArgumentException(ArgumentPosition
** 0, Message naming ORUREN), getCompatibilityNames (when implemented), an
** unknown member -> RuntimeException, getServiceName, and that the caller
** holds the only reference of each string handed out (rtl_uString's
** refCount is 1). The whole cycle runs twice; the second must leave the
** number of live heap blocks and the reference counts of the type
** descriptions the component uses unchanged (the first warms the
** component's lifetime type cache). Heap blocks are counted by
** interposition: on Linux malloc & co. are defined in this executable
** (they also serve the dlopen'ed URE and component); on Windows the heap
** imports of the URE DLLs and of the component are hooked
** (heap_count_windows.c). --selftest-leak holds one returned string over
** the second cycle and --selftest-typeref one type reference: the check
** must catch it (exit 1, with a line saying so).
**
** --bootstrap (Windows): instead of registering the types itself and
** calling component_getFactory, the test bootstraps a component context
** with cppuhelper3MSC.dll from the uno.ini given (types.rdb, offapi.rdb and
** ortijd.rdb; a services file naming the component), and each cycle asks
** its service manager for nl.ortijd.AddIn, which loads the component
** through the shared-library loader (bootstrap_windows.c). The calls then
** pass the type manager's method descriptions, as a bridge does.
**
** Stand-ins: one, for the one thing the real DLLs under wine cannot do
** here: bridge to C++. cppu3.dll needs the C++ environment bridge
** mscx_uno.dll for a cppuhelper context, and it is not among the URE DLLs
** at hand; standin/mscx_uno_standin.c is the smallest that lets the
** bootstrap and the loader run, and says what it does not prove. sal3 and
** cppu3 themselves are LibreOffice's (the former stand-ins of them, and
** their live-object counters, are gone: the real DLLs do what they did).
**
** Output: one line per check ("PASS ..." / "FAIL ..."), then exactly
** "N passed, M failed". Exit 0 when all passed and N > 0, 1 on a failure,
** 2 when the test could not run (usage, library not loadable, types not
** registrable).
*/
#ifndef _WIN32
#define _POSIX_C_SOURCE 200809L /* dlopen, posix_memalign under -std=c11 */
#endif

#include "uno_c.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32
#include <windows.h>

#include "bootstrap_windows.h"
#include "heap_count_windows.h"
#else
#include <dlfcn.h>
#endif

#define IMPL_NAME "nl.ortijd.OrTijdAddIn"
#define IFACE_NAME "nl.ortijd.XOrTijd"
#define EXPECTED_HOURS 1516.0

/* ---- Live object counting -------------------------------------------- */

#if defined(__SANITIZE_ADDRESS__)
#define NO_MALLOC_COUNT 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NO_MALLOC_COUNT 1
#endif
#endif

#if !defined(_WIN32) && !defined(NO_MALLOC_COUNT)
/* glibc's own entry points; the definitions below replace malloc & co. for
** the whole process (the executable comes first in symbol lookup, also for
** libraries loaded later with dlopen) and forward to these. */
extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t n, size_t size);
extern void *__libc_realloc(void *p, size_t size);
extern void *__libc_memalign(size_t alignment, size_t size);
extern void __libc_free(void *p);
void *memalign(size_t alignment, size_t size);

static atomic_long heap_live; /* blocks allocated and not yet freed */

void *malloc(size_t size)
{
  void *p = __libc_malloc(size);
  if (p != NULL)
    atomic_fetch_add(&heap_live, 1);
  return p;
}

void *calloc(size_t n, size_t size)
{
  void *p = __libc_calloc(n, size);
  if (p != NULL)
    atomic_fetch_add(&heap_live, 1);
  return p;
}

/* realloc(NULL, n) allocates; realloc(p, 0) frees (glibc) and returns NULL. */
void *realloc(void *old, size_t size)
{
  void *p = __libc_realloc(old, size);
  if (old == NULL && p != NULL)
    atomic_fetch_add(&heap_live, 1);
  else if (old != NULL && size == 0 && p == NULL)
    atomic_fetch_sub(&heap_live, 1);
  return p;
}

void *memalign(size_t alignment, size_t size)
{
  void *p = __libc_memalign(alignment, size);
  if (p != NULL)
    atomic_fetch_add(&heap_live, 1);
  return p;
}

void *aligned_alloc(size_t alignment, size_t size)
{
  return memalign(alignment, size);
}

int posix_memalign(void **out, size_t alignment, size_t size)
{
  if (alignment < sizeof(void *) || (alignment & (alignment - 1)) != 0)
    return 22; /* EINVAL */
  void *p = memalign(alignment, size);
  if (p == NULL)
    return 12; /* ENOMEM */
  *out = p;
  return 0;
}

void free(void *p)
{
  if (p != NULL)
    atomic_fetch_sub(&heap_live, 1);
  __libc_free(p);
}
#endif

#ifdef _WIN32
/* The DLLs whose heap imports are hooked: the URE (those not loaded are
** skipped), the C++ bridge stand-in and the component. */
static const wchar_t *const counted_modules[] = {
  L"sal3.dll",      L"cppu3.dll",       L"salhelper3MSC.dll",
  L"cppuhelper3MSC.dll", L"reglo.dll",  L"storelo.dll",
  L"unoidllo.dll",  L"xmlreaderlo.dll", L"mscx_uno.dll",
  L"ortijd.uno.dll",
};
#define COUNTED_MODULES                                                       \
  ((int)(sizeof counted_modules / sizeof counted_modules[0]))
#endif

/* The number of live heap blocks the leak check compares, or -1 when it
** cannot be counted (a sanitizer build; on Windows, when the heap imports
** could not be hooked, which the test reports as a failure). */
static long live_objects(void)
{
#if defined(_WIN32)
  return heap_count_live();
#elif defined(NO_MALLOC_COUNT)
  return -1;
#else
  return atomic_load(&heap_live);
#endif
}

/* ---- Reporting --------------------------------------------------------- */

static int passed, failed;

/* Prints one check's line and counts it. */
static int check(int ok, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  fputs(ok ? "PASS " : "FAIL ", stdout);
  vprintf(fmt, ap);
  fputc('\n', stdout);
  fflush(stdout);
  va_end(ap);
  if (ok)
    passed++;
  else
    failed++;
  return ok;
}

/* ---- Small URE helpers ------------------------------------------------- */

/* A new rtl_uString from ASCII text (caller releases). */
static rtl_uString *ustr(const char *ascii)
{
  rtl_uString *s = NULL;
  rtl_string2UString(&s, ascii, (sal_Int32)strlen(ascii),
                     RTL_TEXTENCODING_ASCII_US, OSTRING_TO_OUSTRING_CVTFLAGS);
  return s;
}

/* Copies `s` into buf as ASCII ('?' for anything else), NUL-terminated. */
static const char *ascii(const rtl_uString *s, char *buf, size_t cap)
{
  size_t n = 0;
  for (sal_Int32 i = 0; s != NULL && i < s->length && n + 1 < cap; i++)
    buf[n++] = s->buffer[i] < 0x80 ? (char)s->buffer[i] : '?';
  buf[n] = '\0';
  return buf;
}

/* True when the type's name is `name`. */
static int type_is(const typelib_TypeDescriptionReference *t, const char *name)
{
  char buf[128];
  return t != NULL && strcmp(ascii(t->pTypeName, buf, sizeof buf), name) == 0;
}

/* The offset of member `name` in compound type `td` or its bases; -1. */
static sal_Int32 member_offset(const typelib_TypeDescription *td,
                               const char *name)
{
  char buf[64];
  for (const typelib_CompoundTypeDescription *c =
           (const typelib_CompoundTypeDescription *)td;
       c != NULL; c = c->pBaseTypeDescription)
    for (sal_Int32 i = 0; i < c->nMembers; i++)
      if (strcmp(ascii(c->ppMemberNames[i], buf, sizeof buf), name) == 0)
        return c->pMemberOffsets[i];
  return -1;
}

/* A registered type description by name (acquired), or NULL. */
static typelib_TypeDescription *type_by_name(const char *name)
{
  typelib_TypeDescription *td = NULL;
  rtl_uString *n = ustr(name);
  typelib_typedescription_getByName(&td, n);
  rtl_uString_release(n);
  return td;
}

/* ---- Type registration --------------------------------------------------
** A bare cppu has no type manager: LibreOffice's would answer from
** types.rdb. The component needs the exceptions it raises (and their base)
** and the structs of XCompatibilityNames; their members are the IDL's
** (udkapi, offapi). */

typedef struct member_spec {
  typelib_TypeClass type_class;
  const char *type_name;
  const char *name;
} member_spec;

/* Registers struct or exception `name` (class tc) with base `base` (NULL:
** none) and the given members; returns 1 when getByName then finds it. */
static int register_compound(typelib_TypeClass tc, const char *name,
                             const char *base, const member_spec *members,
                             int count)
{
  typelib_CompoundMember_Init init[4];
  for (int i = 0; i < count; i++) {
    init[i].eTypeClass = members[i].type_class;
    init[i].pTypeName = ustr(members[i].type_name);
    init[i].pMemberName = ustr(members[i].name);
  }
  typelib_TypeDescriptionReference *base_ref = NULL;
  if (base != NULL)
    typelib_typedescriptionreference_newByAsciiName(&base_ref, tc, base);
  rtl_uString *type_name = ustr(name);
  typelib_TypeDescription *td = NULL;
  typelib_typedescription_new(&td, tc, type_name, base_ref, count, init);
  if (td != NULL) {
    typelib_typedescription_register(&td); /* the registry keeps it */
    typelib_typedescription_release(td);
  }
  rtl_uString_release(type_name);
  if (base_ref != NULL)
    typelib_typedescriptionreference_release(base_ref);
  for (int i = 0; i < count; i++) {
    rtl_uString_release(init[i].pTypeName);
    rtl_uString_release(init[i].pMemberName);
  }
  typelib_TypeDescription *found = type_by_name(name);
  if (found == NULL)
    return 0;
  typelib_typedescription_release(found);
  return 1;
}

/* Registers com.sun.star.uno.Exception, RuntimeException,
** lang.IllegalArgumentException, lang.Locale and sheet.LocalizedName;
** returns 1 on success. */
static int register_types(void)
{
  /* Exception.Context is an XInterface: the static getter registers
  ** XInterface's description, which laying out Exception needs. */
  typelib_static_type_getByTypeClass(typelib_TypeClass_INTERFACE);
  static const member_spec exception[] = {
    {typelib_TypeClass_STRING, "string", "Message"},
    {typelib_TypeClass_INTERFACE, "com.sun.star.uno.XInterface", "Context"},
  };
  static const member_spec illegal_argument[] = {
    {typelib_TypeClass_SHORT, "short", "ArgumentPosition"},
  };
  static const member_spec locale[] = {
    {typelib_TypeClass_STRING, "string", "Language"},
    {typelib_TypeClass_STRING, "string", "Country"},
    {typelib_TypeClass_STRING, "string", "Variant"},
  };
  static const member_spec localized_name[] = {
    {typelib_TypeClass_STRUCT, "com.sun.star.lang.Locale", "Locale"},
    {typelib_TypeClass_STRING, "string", "Name"},
  };
  const typelib_TypeClass exc = typelib_TypeClass_EXCEPTION;
  const typelib_TypeClass st = typelib_TypeClass_STRUCT;
  return register_compound(exc, "com.sun.star.uno.Exception", NULL, exception,
                           2) &&
         register_compound(exc, "com.sun.star.uno.RuntimeException",
                           "com.sun.star.uno.Exception", NULL, 0) &&
         register_compound(exc, "com.sun.star.lang.IllegalArgumentException",
                           "com.sun.star.uno.Exception", illegal_argument,
                           1) &&
         register_compound(st, "com.sun.star.lang.Locale", NULL, locale, 3) &&
         register_compound(st, "com.sun.star.sheet.LocalizedName", NULL,
                           localized_name, 2);
}

/* Names the component looks up (addin/uno_util.c), then the others the
** test and the component hand around: the reference counts of all of them
** are compared between the cycles. */
static const char *const watched_types[] = {
  "string", "double", "[]string", "[]byte", "[]type", "[]any", "[][]any",
  "com.sun.star.lang.IllegalArgumentException",
  "com.sun.star.uno.RuntimeException", "com.sun.star.sheet.LocalizedName",
  "[]com.sun.star.sheet.LocalizedName",
  /* not looked up by the component: */
  "com.sun.star.uno.Exception", "com.sun.star.lang.Locale",
  "com.sun.star.uno.XInterface", "com.sun.star.lang.XSingleComponentFactory",
  IFACE_NAME, "any", "type", "void",
};
#define COMPONENT_TYPES 11
#define WATCHED_TYPES ((int)(sizeof watched_types / sizeof watched_types[0]))

/* On a NULL factory the missing ones are printed, so a new type shows what
** to register here. */
static void print_missing_types(void)
{
  for (int i = 0; i < COMPONENT_TYPES; i++) {
    typelib_TypeDescription *td = type_by_name(watched_types[i]);
    if (td == NULL)
      printf("  type %s: not found by getByName\n", watched_types[i]);
    else
      typelib_typedescription_release(td);
  }
}

/* The references others hold on each watched type description (its
** nRefCount less the one taken here to read it; -1 for a type cppu does not
** know). A reference to a type of these classes is its description in
** cppu, so this counts references too. */
static void type_refs(sal_Int32 refs[WATCHED_TYPES])
{
  for (int i = 0; i < WATCHED_TYPES; i++) {
    typelib_TypeDescription *td = type_by_name(watched_types[i]);
    refs[i] = td != NULL ? td->nRefCount - 1 : -1;
    if (td != NULL)
      typelib_typedescription_release(td);
  }
}

/* ---- Method descriptions ------------------------------------------------
** What the C++->UNO bridge passes as member_td: a method description with
** the member's name, parameter types and result type (hand-filled: the
** component reads only these fields). */

typedef struct method {
  typelib_InterfaceMethodTypeDescription td;
  typelib_MethodParameter params[12];
  typelib_TypeDescriptionReference *owned_return; /* released by method_done */
  typelib_TypeDescription *real; /* the type manager's, when used (acquired) */
} method;

/* --bootstrap: calls pass the type manager's method descriptions (from
** the .rdb files, as LibreOffice's bridge does) instead of hand-filled
** ones; method_init checks that the two agree. */
static int methods_from_type_manager;
static int current_cycle; /* 1 or 2: the agreement is checked in cycle 1 */

/* A static type reference of a simple class (never released). */
static typelib_TypeDescriptionReference *simple(typelib_TypeClass tc)
{
  return *typelib_static_type_getByTypeClass(tc);
}

/* Sets m->real to the type manager's description of `full` (a member of
** `iface`) and checks it has the hand-filled one's parameters and result;
** a member the type manager does not know stays hand-filled. */
static void use_real_method(method *m, const char *iface, const char *full)
{
  typelib_TypeDescription *td = type_by_name(iface);
  if (td != NULL && !td->bComplete)
    typelib_typedescription_complete(&td);
  const typelib_InterfaceTypeDescription *it =
      (const typelib_InterfaceTypeDescription *)td;
  for (sal_Int32 i = 0; td != NULL && i < it->nAllMembers && !m->real; i++)
    if (type_is(it->ppAllMembers[i], full))
      typelib_typedescriptionreference_getDescription(&m->real,
                                                      it->ppAllMembers[i]);
  if (td != NULL)
    typelib_typedescription_release(td);
  if (m->real == NULL)
    return;
  const typelib_InterfaceMethodTypeDescription *r =
      (const typelib_InterfaceMethodTypeDescription *)m->real;
  int same = r->nParams == m->td.nParams &&
             r->pReturnTypeRef->eTypeClass == m->td.pReturnTypeRef->eTypeClass;
  for (sal_Int32 i = 0; same && i < r->nParams; i++)
    same = r->pParams[i].pTypeRef->eTypeClass ==
               m->params[i].pTypeRef->eTypeClass &&
           r->pParams[i].bIn && !r->pParams[i].bOut;
  if (current_cycle == 1 || !same)
    check(same, "%s: the type manager's description (%d parameter%s) is "
                "the one the test calls with", full, (int)r->nParams,
          r->nParams == 1 ? "" : "s");
}

/* Fills `m` for interface method `iface`::`name` with in-parameters of
** the given classes and the result `ret` (or, if ret_seq_name is not NULL,
** that sequence type). */
static void method_init(method *m, const char *iface, const char *name,
                        typelib_TypeClass ret, const char *ret_seq_name,
                        int nparams, const typelib_TypeClass *params)
{
  char full[128];
  memset(m, 0, sizeof *m);
  snprintf(full, sizeof full, "%s::%s", iface, name);
  typelib_TypeDescription *base = &m->td.aBase.aBase;
  base->nRefCount = 1;
  base->eTypeClass = typelib_TypeClass_INTERFACE_METHOD;
  base->pTypeName = ustr(full);
  base->pSelf = base;
  base->bComplete = sal_True;
  m->td.aBase.pMemberName = ustr(name);
  for (int i = 0; i < nparams; i++) {
    m->params[i].pName = NULL;
    m->params[i].pTypeRef = simple(params[i]);
    m->params[i].bIn = sal_True;
    m->params[i].bOut = sal_False;
  }
  m->td.nParams = nparams;
  m->td.pParams = m->params;
  if (ret_seq_name != NULL) {
    typelib_typedescriptionreference_newByAsciiName(
        &m->owned_return, typelib_TypeClass_SEQUENCE, ret_seq_name);
    m->td.pReturnTypeRef = m->owned_return;
  } else {
    m->td.pReturnTypeRef = simple(ret);
  }
  if (methods_from_type_manager)
    use_real_method(m, iface, full);
}

/* Releases what method_init created. */
static void method_done(method *m)
{
  rtl_uString_release(m->td.aBase.aBase.pTypeName);
  rtl_uString_release(m->td.aBase.pMemberName);
  if (m->owned_return != NULL)
    typelib_typedescriptionreference_release(m->owned_return);
  if (m->real != NULL)
    typelib_typedescription_release(m->real);
}

/* Calls `m` on `obj` through its dispatcher; returns the exception (in
** *storage, to be destructed by the caller) or NULL. */
static uno_Any *dispatch(uno_Interface *obj, method *m, void *ret,
                         void *args[], uno_Any *storage)
{
  uno_Any *exc = storage;
  obj->pDispatcher(obj, m->real ? m->real : &m->td.aBase.aBase, ret, args,
                   &exc);
  return exc;
}

/* ---- One cycle ---------------------------------------------------------- */

typedef void *(SAL_CALL *get_factory_fn)(const char *, void *, void *);

/* The parameter list of ORUREN/ORURENSTAAT: a double and 11 anys. */
static const typelib_TypeClass hours_params[12] = {
  typelib_TypeClass_DOUBLE, typelib_TypeClass_ANY, typelib_TypeClass_ANY,
  typelib_TypeClass_ANY,    typelib_TypeClass_ANY, typelib_TypeClass_ANY,
  typelib_TypeClass_ANY,    typelib_TypeClass_ANY, typelib_TypeClass_ANY,
  typelib_TypeClass_ANY,    typelib_TypeClass_ANY, typelib_TypeClass_ANY,
};

/* Calls hours or hoursBreakdown with `seats` and 11 void anys; returns the
** exception or NULL, the result in *ret. */
static uno_Any *call_hours(uno_Interface *obj, method *m, double seats,
                           void *ret, uno_Any *storage)
{
  uno_Any voids[11];
  void *args[12];
  args[0] = &seats;
  for (int i = 0; i < 11; i++) {
    uno_any_construct(&voids[i], NULL, NULL, NULL);
    args[i + 1] = &voids[i];
  }
  uno_Any *exc = dispatch(obj, m, ret, args, storage);
  for (int i = 0; i < 11; i++)
    uno_any_destruct(&voids[i], NULL);
  return exc;
}

/* Checks the 8x2 [][]any table of hoursBreakdown(7). */
static void check_table(int cyc, uno_Sequence *rows)
{
  int shape = rows != NULL && rows->nElements == 8;
  int labels = shape;
  double total = -1.0;
  int inline_values = shape;
  sal_Int32 label_refs = 1; /* a label's refCount other than 1, if any */
  for (sal_Int32 r = 0; shape && r < rows->nElements; r++) {
    const uno_Sequence *row = ((uno_Sequence *const *)rows->elements)[r];
    if (row->nElements != 2) {
      shape = 0;
      break;
    }
    const uno_Any *cells = (const uno_Any *)row->elements;
    if (cells[0].pType->eTypeClass != typelib_TypeClass_STRING ||
        (*(rtl_uString *const *)cells[0].pData)->length == 0)
      labels = 0;
    else if ((*(rtl_uString *const *)cells[0].pData)->refCount != 1)
      label_refs = (*(rtl_uString *const *)cells[0].pData)->refCount;
    if (cells[1].pType->eTypeClass != typelib_TypeClass_DOUBLE)
      shape = 0;
    else if (r == 7)
      total = *(const double *)cells[1].pData;
    /* cppu keeps values up to pointer size in the any itself. */
    for (int c = 0; c < 2; c++)
      if (cells[c].pData != &cells[c].pReserved)
        inline_values = 0;
  }
  check(shape, "c%d hoursBreakdown(7) is 8 rows of (label, number)", cyc);
  check(shape && labels, "c%d hoursBreakdown(7) labels are non-empty strings",
        cyc);
  check(total == EXPECTED_HOURS, "c%d hoursBreakdown(7) total row = %.17g",
        cyc, total);
  check(shape && inline_values,
        "c%d the cells' string and double live in pReserved (cppu's "
        "convention)", cyc);
  check(shape && labels && label_refs == 1,
        "c%d each label string's only reference is the table's (refCount "
        "%d)", cyc, (int)label_refs);
}

/* Checks that `exc` is an IllegalArgumentException with ArgumentPosition 0
** and a Message naming ORUREN, reading it through the type's offsets. */
static void check_illegal_argument(int cyc, const uno_Any *exc)
{
  static const char *const name = "com.sun.star.lang.IllegalArgumentException";
  if (!check(exc != NULL && type_is(exc->pType, name),
             "c%d hours(0) raises %s", cyc, name))
    return;
  typelib_TypeDescription *td = type_by_name(name);
  if (!check(td != NULL, "c%d the exception's type description", cyc))
    return;
  sal_Int32 msg_off = member_offset(td, "Message");
  sal_Int32 ctx_off = member_offset(td, "Context");
  sal_Int32 pos_off = member_offset(td, "ArgumentPosition");
  /* The layout the C compiler gives the same members (SDK's pack rules). */
  struct iae_layout {
    rtl_uString *Message;
    uno_Interface *Context;
    sal_Int16 ArgumentPosition;
  };
  check(msg_off == (sal_Int32)offsetof(struct iae_layout, Message) &&
            ctx_off == (sal_Int32)offsetof(struct iae_layout, Context) &&
            pos_off == (sal_Int32)offsetof(struct iae_layout, ArgumentPosition) &&
            td->nSize == (sal_Int32)sizeof(struct iae_layout),
        "c%d exception layout (Message %d, Context %d, ArgumentPosition %d, "
        "size %d) is the C compiler's",
        cyc, (int)msg_off, (int)ctx_off, (int)pos_off, (int)td->nSize);
  if (msg_off >= 0 && pos_off >= 0) {
    const char *data = (const char *)exc->pData;
    sal_Int16 pos;
    memcpy(&pos, data + pos_off, sizeof pos);
    char text[256];
    ascii(*(rtl_uString *const *)(const void *)(data + msg_off), text,
          sizeof text);
    const rtl_uString *message =
        *(rtl_uString *const *)(const void *)(data + msg_off);
    check(pos == 0, "c%d ArgumentPosition = %d", cyc, (int)pos);
    check(strstr(text, "ORUREN") != NULL, "c%d Message names ORUREN: \"%s\"",
          cyc, text);
    check(message->refCount == 1,
          "c%d the Message string's only reference is the exception's "
          "(refCount %d)", cyc, (int)message->refCount);
  }
  typelib_typedescription_release(td);
}

/* getCompatibilityNames("hours") (XCompatibilityNames): when the component
** implements it, a []LocalizedName whose names are ORUREN, the first for
** en-US; read through the struct types' offsets. Skipped (not counted)
** when the component answers RuntimeException (not implemented). */
static void check_compatibility_names(int cyc, uno_Interface *obj,
                                      uno_Any *storage)
{
  static const char *const seq_name = "[]com.sun.star.sheet.LocalizedName";
  method m;
  typelib_TypeClass string_param = typelib_TypeClass_STRING;
  method_init(&m, "com.sun.star.sheet.XCompatibilityNames",
              "getCompatibilityNames", typelib_TypeClass_SEQUENCE, seq_name, 1,
              &string_param);
  rtl_uString *fn = ustr("hours");
  void *args[1] = {&fn};
  uno_Sequence *names = NULL;
  uno_Any *exc = dispatch(obj, &m, &names, args, storage);
  rtl_uString_release(fn);
  method_done(&m);
  if (exc != NULL) {
    if (type_is(exc->pType, "com.sun.star.uno.RuntimeException"))
      printf("SKIP c%d getCompatibilityNames: not implemented by this "
             "component\n", cyc);
    else
      check(0, "c%d getCompatibilityNames(hours) raised", cyc);
    uno_any_destruct(exc, NULL);
    return;
  }
  typelib_TypeDescription *td = type_by_name("com.sun.star.sheet.LocalizedName");
  typelib_TypeDescription *locale_td = type_by_name("com.sun.star.lang.Locale");
  typelib_TypeDescription *seq_td = type_by_name(seq_name);
  sal_Int32 loc = member_offset(td, "Locale");
  sal_Int32 name = member_offset(td, "Name");
  sal_Int32 lang = member_offset(locale_td, "Language");
  int ok = names != NULL && names->nElements >= 1 && loc >= 0 && name >= 0 &&
           lang >= 0;
  char first_lang[16] = "", text[64] = "";
  for (sal_Int32 i = 0; ok && i < names->nElements; i++) {
    const char *el = names->elements + (size_t)i * (size_t)td->nSize;
    ascii(*(rtl_uString *const *)(const void *)(el + name), text, sizeof text);
    if (strcmp(text, "ORUREN") != 0)
      ok = 0;
    if (i == 0)
      ascii(*(rtl_uString *const *)(const void *)(el + loc + lang), first_lang,
            sizeof first_lang);
  }
  check(ok && strcmp(first_lang, "en") == 0,
        "c%d getCompatibilityNames(hours): %d names \"ORUREN\", first for "
        "\"%s\"",
        cyc, names ? (int)names->nElements : -1, first_lang);
  uno_destructData(&names, seq_td, NULL);
  typelib_typedescription_release(seq_td);
  typelib_typedescription_release(locale_td);
  typelib_typedescription_release(td);
}

/* A new instance from the component's own factory, as the loader gets it
** (component_getFactory, then createInstanceWithContext), or NULL. */
static uno_Interface *instance_from_factory(int cyc, get_factory_fn get_factory)
{
  check(get_factory("nl.ortijd.NoSuchAddIn", NULL, NULL) == NULL,
        "c%d component_getFactory(unknown name) = NULL", cyc);
  uno_Interface *factory =
      (uno_Interface *)get_factory(IMPL_NAME, NULL, NULL);
  if (!check(factory != NULL, "c%d component_getFactory(%s)", cyc, IMPL_NAME)) {
    print_missing_types();
    return NULL;
  }

  /* XSingleComponentFactory::createInstanceWithContext(XComponentContext) */
  method create;
  typelib_TypeClass iface_param = typelib_TypeClass_INTERFACE;
  method_init(&create, "com.sun.star.lang.XSingleComponentFactory",
              "createInstanceWithContext", typelib_TypeClass_INTERFACE, NULL,
              1, &iface_param);
  uno_Interface *context = NULL, *obj = NULL;
  void *create_args[1] = {&context};
  uno_Any storage;
  uno_Any *exc = dispatch(factory, &create, &obj, create_args, &storage);
  if (exc != NULL)
    uno_any_destruct(exc, NULL);
  method_done(&create);
  factory->release(factory);
  if (!check(exc == NULL && obj != NULL, "c%d createInstanceWithContext",
             cyc))
    return NULL;
  return obj;
}

#ifdef _WIN32
/* A new instance from the bootstrapped service manager, which loads the
** component through the shared-library loader on the first request. */
static uno_Interface *instance_from_service_manager(int cyc, void *context)
{
  check(ure_create_instance(context, "nl.ortijd.NoSuchService", IFACE_NAME) ==
            NULL,
        "c%d the service manager answers null for nl.ortijd.NoSuchService",
        cyc);
  uno_Interface *obj = ure_create_instance(context, "nl.ortijd.AddIn",
                                           IFACE_NAME);
  check(obj != NULL,
        "c%d the service manager creates nl.ortijd.AddIn (shared-library "
        "loader), mapped to binary UNO as %s", cyc, IFACE_NAME);
  return obj;
}
#endif

/* The calls of one cycle on a new instance `obj`, which it releases. With
** `keep` set, the getServiceName result is not released but stored there
** (the leak self-test); with `hold` set, a reference to the [][]any type
** is taken and stored there (the type reference self-test). */
static void check_object(int cyc, uno_Interface *obj, rtl_uString **keep,
                         typelib_TypeDescriptionReference **hold)
{
  uno_Any storage, *exc;
  /* queryInterface(nl.ortijd.XOrTijd) -> this object; XDesktop -> void. */
  method query;
  typelib_TypeClass type_param = typelib_TypeClass_TYPE;
  method_init(&query, "com.sun.star.uno.XInterface", "queryInterface",
              typelib_TypeClass_ANY, NULL, 1, &type_param);
  const char *asked[2] = {IFACE_NAME, "com.sun.star.frame.XDesktop"};
  for (int i = 0; i < 2; i++) {
    typelib_TypeDescriptionReference *t = NULL;
    typelib_typedescriptionreference_newByAsciiName(
        &t, typelib_TypeClass_INTERFACE, asked[i]);
    void *args[1] = {&t};
    uno_Any result;
    exc = dispatch(obj, &query, &result, args, &storage);
    if (exc != NULL) {
      uno_any_destruct(exc, NULL);
      check(0, "c%d queryInterface(%s) raised", cyc, asked[i]);
    } else if (i == 0) {
      check(result.pType->eTypeClass == typelib_TypeClass_INTERFACE &&
                type_is(result.pType, IFACE_NAME) &&
                *(uno_Interface **)result.pData == obj,
            "c%d queryInterface(%s) answers the object", cyc, asked[i]);
      uno_any_destruct(&result, NULL); /* releases the object's reference */
    } else {
      check(result.pType->eTypeClass == typelib_TypeClass_VOID,
            "c%d queryInterface(%s) answers void", cyc, asked[i]);
      uno_any_destruct(&result, NULL);
    }
    typelib_typedescriptionreference_release(t);
  }
  method_done(&query);

  /* hours(7) = 1516; hours(0) -> IllegalArgumentException. */
  method hours;
  method_init(&hours, IFACE_NAME, "hours", typelib_TypeClass_DOUBLE, NULL, 12,
              hours_params);
  double h = -1.0;
  exc = call_hours(obj, &hours, 7.0, &h, &storage);
  if (exc != NULL)
    uno_any_destruct(exc, NULL);
  check(exc == NULL && h == EXPECTED_HOURS, "c%d hours(7) = %.17g", cyc, h);
  exc = call_hours(obj, &hours, 0.0, &h, &storage);
  check_illegal_argument(cyc, exc);
  if (exc != NULL)
    uno_any_destruct(exc, NULL);
  method_done(&hours);

  /* hoursBreakdown(7): sequence<sequence<any>>, 8 rows x 2. */
  method breakdown;
  method_init(&breakdown, IFACE_NAME, "hoursBreakdown",
              typelib_TypeClass_SEQUENCE, "[][]any", 12, hours_params);
  uno_Sequence *rows = NULL;
  exc = call_hours(obj, &breakdown, 7.0, &rows, &storage);
  if (hold != NULL)
    typelib_typedescriptionreference_newByAsciiName(
        hold, typelib_TypeClass_SEQUENCE, "[][]any");
  if (exc != NULL) {
    uno_any_destruct(exc, NULL);
    check(0, "c%d hoursBreakdown(7) raised", cyc);
  } else {
    check_table(cyc, rows);
    typelib_TypeDescription *seq_td = type_by_name("[][]any");
    uno_destructData(&rows, seq_td, NULL);
    typelib_typedescription_release(seq_td);
  }
  method_done(&breakdown);

  check_compatibility_names(cyc, obj, &storage);

  /* An unknown member -> RuntimeException. */
  method unknown;
  method_init(&unknown, IFACE_NAME, "noSuchMember", typelib_TypeClass_VOID,
              NULL, 0, NULL);
  exc = dispatch(obj, &unknown, NULL, NULL, &storage);
  check(exc != NULL && type_is(exc->pType, "com.sun.star.uno.RuntimeException"),
        "c%d an unknown member raises RuntimeException", cyc);
  if (exc != NULL)
    uno_any_destruct(exc, NULL);
  method_done(&unknown);

  /* getServiceName: a string from the URE's allocator. Holding it must
  ** show in the live count, so the leak check really sees the URE. */
  method service;
  method_init(&service, "com.sun.star.lang.XServiceName", "getServiceName",
              typelib_TypeClass_STRING, NULL, 0, NULL);
  long before = live_objects();
  rtl_uString *name = NULL;
  exc = dispatch(obj, &service, &name, NULL, &storage);
  long held = live_objects();
  char text[64];
  check(exc == NULL && name != NULL &&
            strcmp(ascii(name, text, sizeof text), "nl.ortijd.AddIn") == 0,
        "c%d getServiceName = \"%s\"", cyc, name ? text : "");
  if (exc != NULL)
    uno_any_destruct(exc, NULL);
  if (name != NULL)
    check(name->refCount == 1,
          "c%d getServiceName's string: the caller holds its only reference "
          "(refCount %d)", cyc, (int)name->refCount);
  if (keep != NULL) {
    *keep = name;
  } else if (name != NULL) {
    rtl_uString_release(name);
    if (before >= 0)
      check(held > before && live_objects() == before,
            "c%d the live count sees the URE's string (%ld -> %ld -> %ld)",
            cyc, before, held, live_objects());
  }
  method_done(&service);

  obj->release(obj);
}

/* ---- Loading ------------------------------------------------------------ */

#ifdef _WIN32
typedef HMODULE lib_t;
#define LIB_SYMBOL(lib, name) ((void *)(void (*)(void))GetProcAddress(lib, name))
#else
typedef void *lib_t;
#define LIB_SYMBOL(lib, name) dlsym(lib, name)
#endif

/* Loads the component as osl_loadModule does; NULL (and a message) on
** failure. */
#ifdef _WIN32
static lib_t load(const wchar_t *path)
{
  lib_t lib = LoadLibraryW(path);
  if (lib == NULL)
    printf("cannot load %ls: error %lu\n", path, (unsigned long)GetLastError());
  return lib;
}
#else
static lib_t load(const char *path)
{
  lib_t lib = dlopen(path, RTLD_LAZY | RTLD_GLOBAL);
  if (lib == NULL)
    printf("cannot load %s: %s\n", path, dlerror());
  return lib;
}
#endif

/* ---- Two cycles and the leak checks ------------------------------------ */

typedef struct options {
  int selftest_leak, selftest_typeref;
  const char *bootstrap_ini; /* --bootstrap: the uno.ini URL (Windows) */
} options;

/* Where a cycle's instance comes from: the component's factory getter, or
** (Windows, --bootstrap) the C++ component context's service manager. */
typedef struct source {
  get_factory_fn get_factory;
  void *context;
} source;

static void run_cycle(int cyc, const source *src, rtl_uString **keep,
                      typelib_TypeDescriptionReference **hold)
{
  current_cycle = cyc;
  uno_Interface *obj =
#ifdef _WIN32
      src->context != NULL ? instance_from_service_manager(cyc, src->context) :
#endif
      instance_from_factory(cyc, src->get_factory);
  if (obj != NULL)
    check_object(cyc, obj, keep, hold);
}

/* Runs the two cycles and compares heap blocks and type references after
** each; the self-tests hold one string or type reference over cycle 2. */
static void run_cycles(const source *src, const options *opt)
{
#ifdef _WIN32
  heap_count_hook(counted_modules, COUNTED_MODULES);
#endif
  run_cycle(1, src, NULL, NULL); /* warms the component's type cache */
#ifdef _WIN32
  /* again: the service manager may have loaded the component in cycle 1 */
  int hooked = heap_count_hook(counted_modules, COUNTED_MODULES);
  check(hooked > 0 && GetModuleHandleW(L"ortijd.uno.dll") != NULL,
        "heap count: the heap imports of %d DLLs (URE and component) hooked",
        hooked);
  unsigned long mark = heap_count_mark();
#endif
  long live1 = live_objects();
  sal_Int32 refs1[WATCHED_TYPES], refs2[WATCHED_TYPES];
  type_refs(refs1);
  rtl_uString *kept = NULL;
  typelib_TypeDescriptionReference *held = NULL;
  run_cycle(2, src, opt->selftest_leak ? &kept : NULL,
            opt->selftest_typeref ? &held : NULL);
  long live2 = live_objects();
  type_refs(refs2);

  int leak_ok = 1;
  if (live1 < 0) {
#ifdef _WIN32
    leak_ok = check(0, "c2 leak check: heap blocks could not be counted (see "
                       "the heap count lines above)");
#else
    printf("SKIP leak check: heap blocks are not counted in a sanitizer "
           "build (LeakSanitizer checks at exit)\n");
#endif
  } else {
    leak_ok = check(live2 == live1,
                    "c2 leak check: live heap blocks %ld after cycle 1, %ld "
                    "after cycle 2", live1, live2);
#ifdef _WIN32
    if (!leak_ok)
      heap_count_print_since(mark, 10);
#endif
  }
  int known = 0, same = 1;
  for (int i = 0; i < WATCHED_TYPES; i++) {
    known += refs1[i] >= 0;
    if (refs1[i] != refs2[i]) {
      printf("  type %s: %d references after cycle 1, %d after cycle 2\n",
             watched_types[i], (int)refs1[i], (int)refs2[i]);
      same = 0;
    }
  }
  int refs_ok = check(same && known >= COMPONENT_TYPES,
                      "c2 reference check: the references held on %d type "
                      "descriptions are the same after both cycles", known);
  if (kept != NULL)
    rtl_uString_release(kept);
  if (held != NULL)
    typelib_typedescriptionreference_release(held);
  if (opt->selftest_leak && !leak_ok && failed == 1)
    printf("selftest-leak: the held string was detected as a leak, and "
           "nothing else failed\n");
  if (opt->selftest_typeref && !refs_ok && failed == 1)
    printf("selftest-typeref: the held type reference was detected, and "
           "nothing else failed\n");
}

static int finish(void)
{
  printf("%d passed, %d failed\n", passed, failed);
  fflush(stdout);
  return (failed == 0 && passed > 0) ? 0 : 1;
}

/* ---- The two ways in ---------------------------------------------------- */

/* Loads the component itself, as shlib.cxx does, registers the types it
** needs and runs the cycles on its factory; returns the exit status. */
static int run_loaded(lib_t lib, const options *opt)
{
  /* shlib.cxx: the Ext variant first (optional), then the plain one. */
  void *env_ext = LIB_SYMBOL(lib, "component_getImplementationEnvironmentExt");
  check(1, "component_getImplementationEnvironmentExt %s",
        env_ext ? "present" : "absent (fine: the plain one is used)");
  void (SAL_CALL *get_env)(const char **, void **) =
      (void (SAL_CALL *)(const char **, void **))LIB_SYMBOL(
          lib, "component_getImplementationEnvironment");
  get_factory_fn get_factory =
      (get_factory_fn)LIB_SYMBOL(lib, "component_getFactory");
  if (!check(get_env != NULL && get_factory != NULL,
             "component_getImplementationEnvironment and component_getFactory"
             " exported"))
    return finish();
  const char *env_name = NULL;
  void *env = NULL;
  get_env(&env_name, &env);
  if (!check(env_name != NULL && strcmp(env_name, "uno") == 0,
             "environment is \"%s\"", env_name ? env_name : "(null)"))
    return finish();

  if (!register_types()) {
    printf("cannot register the exception types with cppu\n");
    return 2;
  }
  check(1, "exception types registered with cppu");
  source src = {get_factory, NULL};
  run_cycles(&src, opt);
  return finish();
}

#ifdef _WIN32
/* An uncaught C++ exception of the URE: counted, and the run ends. */
static void fail_fatal(const char *text)
{
  check(0, "%s", text);
  ExitProcess((UINT)finish());
}

/* Bootstraps a component context with cppuhelper3MSC and runs the cycles
** on instances its service manager creates; returns the exit status. */
static int run_bootstrapped(const wchar_t *component, const options *opt)
{
  ure_on_fatal(fail_fatal);
  void *context = ure_bootstrap(opt->bootstrap_ini);
  if (!check(context != NULL,
             "bootstrap: a component context from cppuhelper3MSC.dll (%s)",
             opt->bootstrap_ini))
    return finish();
  /* No type is registered by the test: they come from the .rdb files. */
  typelib_TypeDescription *own = type_by_name(IFACE_NAME);
  if (own != NULL && !own->bComplete)
    typelib_typedescription_complete(&own);
  check(own != NULL && own->bComplete,
        "type %s from the type manager (ortijd.rdb): %d members", IFACE_NAME,
        own ? (int)((typelib_InterfaceTypeDescription *)own)->nMembers : -1);
  if (own != NULL)
    typelib_typedescription_release(own);
  typelib_TypeDescription *iae =
      type_by_name("com.sun.star.lang.IllegalArgumentException");
  check(iae != NULL && iae->bComplete,
        "type com.sun.star.lang.IllegalArgumentException from the type "
        "manager (offapi.rdb/types.rdb), none registered by the test");
  if (iae != NULL)
    typelib_typedescription_release(iae);
  methods_from_type_manager = 1;
  source src = {NULL, context};
  run_cycles(&src, opt);
  check(GetModuleHandleW(component) != NULL,
        "the shared-library loader loaded %ls", component);
  return finish();
}
#endif

/* Reads the options before the component library's path; returns the
** index of that path in argv, or -1 on a usage error. */
#define PARSE_OPTIONS(argc, argv, opt, eq, to_ascii)                          \
  do {                                                                        \
    for (i = 1; i < argc - 1; i++) {                                          \
      if (eq(argv[i], "--selftest-leak"))                                     \
        (opt)->selftest_leak = 1;                                             \
      else if (eq(argv[i], "--selftest-typeref"))                             \
        (opt)->selftest_typeref = 1;                                          \
      else if (eq(argv[i], "--bootstrap") && i + 2 < argc)                    \
        (opt)->bootstrap_ini = to_ascii(argv[++i]);                           \
      else                                                                    \
        break;                                                                \
    }                                                                         \
  } while (0)

static const char usage[] =
    "usage: load_component [--selftest-leak | --selftest-typeref] "
    "[--bootstrap <uno.ini URL>] <component library>\n";

#ifdef _WIN32
static int wide_eq(const wchar_t *w, const char *a)
{
  while (*a != '\0' && *w == (wchar_t)(unsigned char)*a)
    w++, a++;
  return *w == 0 && *a == '\0';
}

/* An ASCII copy of a wide argument (never freed: lives as long as the run). */
static const char *wide_to_ascii(const wchar_t *w)
{
  size_t n = wcslen(w);
  char *a = malloc(n + 1);
  for (size_t k = 0; a != NULL && k <= n; k++)
    a[k] = w[k] < 0x80 ? (char)w[k] : '?';
  return a;
}

int wmain(int argc, wchar_t **argv);
int wmain(int argc, wchar_t **argv)
{
  options opt = {0, 0, NULL};
  int i;
  PARSE_OPTIONS(argc, argv, &opt, wide_eq, wide_to_ascii);
  if (i != argc - 1 || argc < 2 || (opt.selftest_leak && opt.selftest_typeref)) {
    fputs(usage, stdout);
    return 2;
  }
  if (opt.bootstrap_ini != NULL)
    return run_bootstrapped(argv[i], &opt);
#else
static int narrow_eq(const char *s, const char *a) { return strcmp(s, a) == 0; }
static const char *same(const char *s) { return s; }

int main(int argc, char **argv)
{
  options opt = {0, 0, NULL};
  int i;
  PARSE_OPTIONS(argc, argv, &opt, narrow_eq, same);
  if (i != argc - 1 || argc < 2 || opt.bootstrap_ini != NULL ||
      (opt.selftest_leak && opt.selftest_typeref)) {
    fputs(usage, stdout);
    return 2;
  }
#endif
  lib_t lib = load(argv[i]);
  if (lib == NULL)
    return 2;
  /* Never unloaded, as in LibreOffice: the component keeps its cache. */
  return run_loaded(lib, &opt);
}
