/*
** cppu_standin.c - a stand-in cppu3.dll for testing ortijd's Windows
** component under wine. It implements the cppu functions the component
** and the load test import, with cppu's value conventions:
**   - an any keeps values up to pointer size (numbers, string, type,
**     sequence and interface pointers) in pReserved with pData =
**     &pReserved; structs and exceptions are a heap copy;
**   - sequences are refcounted (nRefCount, nElements, elements); the last
**     release destructs the elements;
**   - interfaces are acquired/released through uno_Interface when no
**     acquire/release function is given;
**   - type descriptions: the simple types and com.sun.star.uno.XInterface,
**     "[]<element>" sequences made on request, structs/exceptions that the
**     caller registers (typelib_typedescription_new + _register, layout
**     computed here with Win64's sizes and alignments, at most 8), and
**     interface references by name (incomplete: getByName answers NULL
**     for them, as a bare cppu does).
**
** Simplification: every type is one registry entry that is both the
** description and its reference (cppu does this for all but a few classes)
** and lives as long as the process. standin_live_objects() counts the
** references others hold on registered types; heap blocks are counted by
** sal3.dll (everything here is allocated through rtl_allocateMemory).
**
** Build: like sal_standin.c with -DCPPU_DLLIMPLEMENTATION, linked against
** sal3.dll; output name cppu3.dll.
*/
#include <windows.h>

#include "standin.h"

#include <rtl/alloc.h>
#include <rtl/textenc.h>

/* Room for any class-specific description (placeholders are filled in
** place when their type is registered later). */
typedef union entry_mem {
  typelib_TypeDescription td;
  typelib_IndirectTypeDescription indirect;
  typelib_CompoundTypeDescription compound;
  typelib_StructTypeDescription structure;
  typelib_InterfaceTypeDescription iface;
} entry_mem;

#define MAX_TYPES 256
#define MAX_ALIGN 8
#define PTR ((sal_Int32)sizeof(void *))

static typelib_TypeDescription *registry[MAX_TYPES];
static int registry_count;
static CRITICAL_SECTION lock; /* guards the registry (recursive) */

static const struct simple_type {
  const char *name;
  typelib_TypeClass type_class;
  sal_Int32 size, align;
} simple_types[] = {
  {"void", typelib_TypeClass_VOID, 0, 1},
  {"char", typelib_TypeClass_CHAR, sizeof(sal_Unicode), _Alignof(sal_Unicode)},
  {"boolean", typelib_TypeClass_BOOLEAN, sizeof(sal_Bool), _Alignof(sal_Bool)},
  {"byte", typelib_TypeClass_BYTE, sizeof(sal_Int8), _Alignof(sal_Int8)},
  {"short", typelib_TypeClass_SHORT, sizeof(sal_Int16), _Alignof(sal_Int16)},
  {"unsigned short", typelib_TypeClass_UNSIGNED_SHORT, sizeof(sal_uInt16),
   _Alignof(sal_uInt16)},
  {"long", typelib_TypeClass_LONG, sizeof(sal_Int32), _Alignof(sal_Int32)},
  {"unsigned long", typelib_TypeClass_UNSIGNED_LONG, sizeof(sal_uInt32),
   _Alignof(sal_uInt32)},
  {"hyper", typelib_TypeClass_HYPER, sizeof(sal_Int64), _Alignof(sal_Int64)},
  {"unsigned hyper", typelib_TypeClass_UNSIGNED_HYPER, sizeof(sal_uInt64),
   _Alignof(sal_uInt64)},
  {"float", typelib_TypeClass_FLOAT, sizeof(float), _Alignof(float)},
  {"double", typelib_TypeClass_DOUBLE, sizeof(double), _Alignof(double)},
  {"string", typelib_TypeClass_STRING, PTR, PTR},
  {"type", typelib_TypeClass_TYPE, PTR, PTR},
  {"any", typelib_TypeClass_ANY, sizeof(uno_Any), _Alignof(uno_Any)},
  {"com.sun.star.uno.XInterface", typelib_TypeClass_INTERFACE, PTR, PTR},
};
#define SIMPLE_COUNT ((int)(sizeof simple_types / sizeof simple_types[0]))

BOOL WINAPI DllMain(HINSTANCE dll, DWORD reason, LPVOID reserved);

BOOL WINAPI DllMain(HINSTANCE dll, DWORD reason, LPVOID reserved)
{
  (void)dll;
  (void)reserved;
  if (reason == DLL_PROCESS_ATTACH)
    InitializeCriticalSection(&lock);
  return TRUE;
}

/* ---- The registry ------------------------------------------------------ */

static void td_acquire(typelib_TypeDescription *td)
{
  InterlockedIncrement((volatile LONG *)&td->nRefCount);
}

/* A reference the registry (or a registered type) holds for good. */
static void hold_forever(typelib_TypeDescription *td)
{
  td_acquire(td);
  InterlockedIncrement((volatile LONG *)&td->nStaticRefCount);
}

/* Every reference is its registry entry's description. */
static typelib_TypeDescription *desc_of(typelib_TypeDescriptionReference *r)
{
  return (typelib_TypeDescription *)r;
}

static int initialised(const typelib_TypeDescription *td)
{
  return td->pWeakRef != NULL;
}

SAL_DLLPUBLIC_EXPORT sal_Int32 SAL_CALL standin_live_objects(void)
{
  sal_Int32 held = 0;
  EnterCriticalSection(&lock);
  for (int i = 0; i < registry_count; i++)
    held += registry[i]->nRefCount - registry[i]->nStaticRefCount;
  LeaveCriticalSection(&lock);
  return held;
}

/* Copies `s` into buf as ASCII (type names are ASCII), NUL-terminated. */
static const char *ascii(const rtl_uString *s, char *buf, size_t cap)
{
  size_t n = 0;
  for (sal_Int32 i = 0; i < s->length && n + 1 < cap; i++)
    buf[n++] = s->buffer[i] < 0x80 ? (char)s->buffer[i] : '?';
  buf[n] = '\0';
  return buf;
}

/* A new unregistered description (refcount 0), zeroed past the header. */
static typelib_TypeDescription *new_desc(typelib_TypeClass tc,
                                         const char *name, sal_Int32 size,
                                         sal_Int32 align, int complete)
{
  entry_mem *m = rtl_allocateMemory(sizeof *m);
  memset(m, 0, sizeof *m);
  typelib_TypeDescription *td = &m->td;
  td->eTypeClass = tc;
  rtl_string2UString(&td->pTypeName, name, (sal_Int32)strlen(name),
                     RTL_TEXTENCODING_ASCII_US, 0);
  td->pSelf = td;
  td->bComplete = (sal_Bool)complete;
  td->nSize = size;
  td->nAlignment = align;
  td->pWeakRef = complete ? (typelib_TypeDescriptionReference *)td : NULL;
  return td;
}

static void registry_add(typelib_TypeDescription *td)
{
  if (registry_count == MAX_TYPES)
    abort();
  registry[registry_count++] = td;
  hold_forever(td);
}

/* The entry named `name`, or NULL. Caller holds the lock. */
static typelib_TypeDescription *find(const char *name)
{
  for (int i = 0; i < registry_count; i++)
    if (rtl_ustr_ascii_compare_WithLength(registry[i]->pTypeName->buffer,
                                          registry[i]->pTypeName->length,
                                          name) == 0)
      return registry[i];
  return NULL;
}

/* Finds or makes the entry `name`: simple types and sequences are made
** complete; another name becomes an incomplete placeholder of class
** `placeholder` (none if VOID). Returns NULL if it cannot. Caller holds
** the lock. */
static typelib_TypeDescription *obtain(const char *name,
                                       typelib_TypeClass placeholder)
{
  typelib_TypeDescription *td = find(name);
  if (td != NULL)
    return td;
  for (int i = 0; i < SIMPLE_COUNT; i++) {
    const struct simple_type *s = &simple_types[i];
    if (strcmp(name, s->name) == 0) {
      td = new_desc(s->type_class, name, s->size,
                    s->align > MAX_ALIGN ? MAX_ALIGN : s->align, 1);
      registry_add(td);
      return td;
    }
  }
  if (name[0] == '[' && name[1] == ']') {
    typelib_TypeDescription *element = obtain(name + 2, typelib_TypeClass_VOID);
    if (element == NULL)
      return NULL;
    td = new_desc(typelib_TypeClass_SEQUENCE, name, PTR, PTR, 1);
    hold_forever(element);
    ((typelib_IndirectTypeDescription *)td)->pType =
        (typelib_TypeDescriptionReference *)element;
    registry_add(td);
    return td;
  }
  if (placeholder == typelib_TypeClass_VOID)
    return NULL;
  td = new_desc(placeholder, name,
                placeholder == typelib_TypeClass_INTERFACE ? PTR : 0, 1, 0);
  registry_add(td);
  return td;
}

/* The void type's entry. */
static typelib_TypeDescription *void_desc(void)
{
  EnterCriticalSection(&lock);
  typelib_TypeDescription *td = obtain("void", typelib_TypeClass_VOID);
  LeaveCriticalSection(&lock);
  return td;
}

/* Frees an unregistered description whose last reference went. */
static void free_desc(typelib_TypeDescription *td)
{
  if (td->eTypeClass == typelib_TypeClass_STRUCT ||
      td->eTypeClass == typelib_TypeClass_EXCEPTION) {
    typelib_CompoundTypeDescription *c = (typelib_CompoundTypeDescription *)td;
    for (sal_Int32 i = 0; i < c->nMembers; i++) {
      if (c->ppTypeRefs != NULL && c->ppTypeRefs[i] != NULL)
        typelib_typedescriptionreference_release(c->ppTypeRefs[i]);
      if (c->ppMemberNames != NULL && c->ppMemberNames[i] != NULL)
        rtl_uString_release(c->ppMemberNames[i]);
    }
    rtl_freeMemory(c->ppTypeRefs);
    rtl_freeMemory(c->ppMemberNames);
    rtl_freeMemory(c->pMemberOffsets);
    if (c->pBaseTypeDescription != NULL)
      typelib_typedescription_release(&c->pBaseTypeDescription->aBase);
  }
  rtl_uString_release(td->pTypeName);
  rtl_freeMemory(td);
}

/* Makes the references a newly registered compound holds permanent. */
static void make_holds_permanent(typelib_TypeDescription *td)
{
  if (td->eTypeClass != typelib_TypeClass_STRUCT &&
      td->eTypeClass != typelib_TypeClass_EXCEPTION)
    return;
  typelib_CompoundTypeDescription *c = (typelib_CompoundTypeDescription *)td;
  for (sal_Int32 i = 0; i < c->nMembers; i++)
    InterlockedIncrement((volatile LONG *)&c->ppTypeRefs[i]->nStaticRefCount);
  if (c->pBaseTypeDescription != NULL)
    InterlockedIncrement(
        (volatile LONG *)&c->pBaseTypeDescription->aBase.nStaticRefCount);
}

/* ---- typelib ----------------------------------------------------------- */

void SAL_CALL typelib_typedescription_release(typelib_TypeDescription *td)
{
  if (InterlockedDecrement((volatile LONG *)&td->nRefCount) == 0 &&
      td->nStaticRefCount == 0)
    free_desc(td);
}

void SAL_CALL typelib_typedescriptionreference_release(
    typelib_TypeDescriptionReference *ref)
{
  typelib_typedescription_release(desc_of(ref));
}

void SAL_CALL typelib_typedescriptionreference_newByAsciiName(
    typelib_TypeDescriptionReference **ref, typelib_TypeClass tc,
    const char *name)
{
  EnterCriticalSection(&lock);
  typelib_TypeDescription *td = obtain(name, tc);
  if (td != NULL)
    td_acquire(td);
  LeaveCriticalSection(&lock);
  if (*ref != NULL)
    typelib_typedescriptionreference_release(*ref);
  *ref = (typelib_TypeDescriptionReference *)td;
}

void SAL_CALL typelib_typedescription_getByName(typelib_TypeDescription **ret,
                                                rtl_uString *name)
{
  char buf[256];
  if (*ret != NULL) {
    typelib_typedescription_release(*ret);
    *ret = NULL;
  }
  EnterCriticalSection(&lock);
  typelib_TypeDescription *td =
      obtain(ascii(name, buf, sizeof buf), typelib_TypeClass_VOID);
  if (td != NULL && !initialised(td))
    td = NULL;
  if (td != NULL)
    td_acquire(td);
  LeaveCriticalSection(&lock);
  *ret = td;
}

/* The static reference of a simple class or XInterface (held for good). */
typelib_TypeDescriptionReference **SAL_CALL
typelib_static_type_getByTypeClass(typelib_TypeClass tc)
{
  static typelib_TypeDescriptionReference *slots[32];
  if ((int)tc < 0 || (int)tc >= 32)
    abort();
  EnterCriticalSection(&lock);
  if (slots[tc] == NULL) {
    for (int i = 0; i < SIMPLE_COUNT && slots[tc] == NULL; i++)
      if (simple_types[i].type_class == tc) {
        typelib_TypeDescription *td =
            obtain(simple_types[i].name, typelib_TypeClass_VOID);
        hold_forever(td);
        slots[tc] = (typelib_TypeDescriptionReference *)td;
      }
  }
  LeaveCriticalSection(&lock);
  if (slots[tc] == NULL)
    abort(); /* a class this stand-in has no static type for */
  return &slots[tc];
}

/* Builds a struct or exception description (the only classes supported)
** with cppu's layout rules: members after the base, each at an offset
** aligned to min(its alignment, 8), size rounded to the largest. *ret is
** NULL when a member type is unknown. */
void SAL_CALL typelib_typedescription_new(typelib_TypeDescription **ret,
                                          typelib_TypeClass tc,
                                          rtl_uString *name,
                                          typelib_TypeDescriptionReference *base,
                                          sal_Int32 count,
                                          typelib_CompoundMember_Init *members)
{
  char buf[256];
  if (*ret != NULL) {
    typelib_typedescription_release(*ret);
    *ret = NULL;
  }
  if (tc != typelib_TypeClass_STRUCT && tc != typelib_TypeClass_EXCEPTION)
    return;
  EnterCriticalSection(&lock);
  typelib_TypeDescription *td = new_desc(tc, ascii(name, buf, sizeof buf), 0,
                                         1, 1);
  td->nRefCount = 1;
  typelib_CompoundTypeDescription *c = (typelib_CompoundTypeDescription *)td;
  sal_Int32 offset = 0, align = 1;
  int ok = 1;
  if (base != NULL) {
    if (initialised(desc_of(base))) {
      td_acquire(desc_of(base));
      c->pBaseTypeDescription = (typelib_CompoundTypeDescription *)base;
      offset = desc_of(base)->nSize;
      align = desc_of(base)->nAlignment;
    } else {
      ok = 0;
    }
  }
  if (ok && count > 0) {
    c->nMembers = count;
    c->pMemberOffsets = rtl_allocateMemory(sizeof(sal_Int32) * (size_t)count);
    c->ppTypeRefs = rtl_allocateMemory(sizeof(void *) * (size_t)count);
    c->ppMemberNames = rtl_allocateMemory(sizeof(void *) * (size_t)count);
    memset(c->ppTypeRefs, 0, sizeof(void *) * (size_t)count);
    memset(c->ppMemberNames, 0, sizeof(void *) * (size_t)count);
  }
  for (sal_Int32 i = 0; ok && i < count; i++) {
    typelib_TypeDescription *m = obtain(
        ascii(members[i].pTypeName, buf, sizeof buf), members[i].eTypeClass);
    if (m == NULL ||
        (!initialised(m) && m->eTypeClass != typelib_TypeClass_INTERFACE)) {
      ok = 0;
      break;
    }
    td_acquire(m);
    c->ppTypeRefs[i] = (typelib_TypeDescriptionReference *)m;
    rtl_uString_acquire(members[i].pMemberName);
    c->ppMemberNames[i] = members[i].pMemberName;
    sal_Int32 size = m->eTypeClass == typelib_TypeClass_INTERFACE ||
                             m->eTypeClass == typelib_TypeClass_SEQUENCE
                         ? PTR
                         : m->nSize;
    sal_Int32 a = m->eTypeClass == typelib_TypeClass_INTERFACE ||
                          m->eTypeClass == typelib_TypeClass_SEQUENCE
                      ? PTR
                      : m->nAlignment;
    if (a > MAX_ALIGN)
      a = MAX_ALIGN;
    offset = (offset + a - 1) / a * a;
    c->pMemberOffsets[i] = offset;
    offset += size;
    if (a > align)
      align = a;
  }
  LeaveCriticalSection(&lock);
  if (!ok) {
    td->nRefCount = 0;
    free_desc(td);
    return;
  }
  td->nAlignment = align;
  td->nSize = (offset + align - 1) / align * align;
  *ret = td;
}

/* Registers *desc under its name: a new name keeps it; an incomplete
** placeholder of that name takes over its contents (references to it stay
** valid); a complete one of that name wins. *desc then is the registered
** description, still holding the caller's reference. */
void SAL_CALL typelib_typedescription_register(typelib_TypeDescription **desc)
{
  char buf[256];
  typelib_TypeDescription *fresh = *desc;
  EnterCriticalSection(&lock);
  typelib_TypeDescription *old = find(ascii(fresh->pTypeName, buf, sizeof buf));
  if (old == NULL || old == fresh) {
    if (old == NULL) {
      registry_add(fresh);
      make_holds_permanent(fresh);
    }
    LeaveCriticalSection(&lock);
    return;
  }
  if (!initialised(old) && old->eTypeClass == fresh->eTypeClass) {
    const size_t head = sizeof(typelib_TypeDescription);
    memcpy((char *)old + head, (char *)fresh + head, sizeof(entry_mem) - head);
    memset((char *)fresh + head, 0, sizeof(entry_mem) - head);
    old->nSize = fresh->nSize;
    old->nAlignment = fresh->nAlignment;
    old->bComplete = sal_True;
    old->pWeakRef = (typelib_TypeDescriptionReference *)old;
    make_holds_permanent(old);
  }
  td_acquire(old);
  LeaveCriticalSection(&lock);
  typelib_typedescription_release(fresh);
  *desc = old;
}

/* ---- Values ------------------------------------------------------------- */

static void copy_construct(void *dest, void *src, typelib_TypeDescription *td,
                           uno_AcquireFunc acquire);
static void destruct(void *mem, typelib_TypeDescription *td,
                     uno_ReleaseFunc release);

/* A new sequence of type `seq` with `len` elements copied from `elements`
** (default-constructed if NULL); refcount 1. */
static uno_Sequence *seq_new(typelib_TypeDescription *seq, void *elements,
                             sal_Int32 len, uno_AcquireFunc acquire)
{
  typelib_TypeDescription *el =
      desc_of(((typelib_IndirectTypeDescription *)seq)->pType);
  uno_Sequence *s = rtl_allocateMemory(SAL_SEQUENCE_HEADER_SIZE +
                                       (size_t)len * (size_t)el->nSize);
  s->nRefCount = 1;
  s->nElements = len;
  for (sal_Int32 i = 0; i < len; i++)
    copy_construct(s->elements + (size_t)i * el->nSize,
                   elements ? (char *)elements + (size_t)i * el->nSize : NULL,
                   el, acquire);
  return s;
}

/* Drops a reference on sequence `s`; the last destructs and frees it. */
static void seq_release(uno_Sequence *s, typelib_TypeDescription *seq,
                        uno_ReleaseFunc release)
{
  if (InterlockedDecrement((volatile LONG *)&s->nRefCount) != 0)
    return;
  typelib_TypeDescription *el =
      desc_of(((typelib_IndirectTypeDescription *)seq)->pType);
  for (sal_Int32 i = 0; i < s->nElements; i++)
    destruct(s->elements + (size_t)i * el->nSize, el, release);
  rtl_freeMemory(s);
}

/* Constructs an any holding a copy of *src of type td (void if td is NULL;
** default value if src is NULL; an any's content if td is any). */
static void any_construct(uno_Any *a, void *src, typelib_TypeDescription *td,
                          uno_AcquireFunc acquire)
{
  if (td != NULL && td->eTypeClass == typelib_TypeClass_ANY) {
    uno_Any *inner = src;
    if (inner != NULL)
      any_construct(a, inner->pData, desc_of(inner->pType), acquire);
    else
      any_construct(a, NULL, NULL, NULL);
    return;
  }
  if (td == NULL)
    td = void_desc();
  td_acquire(td);
  a->pType = (typelib_TypeDescriptionReference *)td;
  a->pReserved = NULL;
  if (td->eTypeClass != typelib_TypeClass_STRUCT &&
      td->eTypeClass != typelib_TypeClass_EXCEPTION && td->nSize <= PTR)
    a->pData = &a->pReserved;
  else
    a->pData = rtl_allocateMemory((size_t)td->nSize);
  copy_construct(a->pData, src, td, acquire);
}

static void any_destruct(uno_Any *a, uno_ReleaseFunc release)
{
  typelib_TypeDescription *td = desc_of(a->pType);
  destruct(a->pData, td, release);
  if (a->pData != &a->pReserved)
    rtl_freeMemory(a->pData);
  typelib_typedescription_release(td);
}

/* Copy-constructs a value of type td at dest from src (NULL: default). */
static void copy_construct(void *dest, void *src, typelib_TypeDescription *td,
                           uno_AcquireFunc acquire)
{
  switch (td->eTypeClass) {
  case typelib_TypeClass_VOID:
    return;
  case typelib_TypeClass_STRING: {
    rtl_uString *s = src ? *(rtl_uString **)src : NULL;
    if (s != NULL)
      rtl_uString_acquire(s);
    else
      rtl_uString_new(&s);
    *(rtl_uString **)dest = s;
    return;
  }
  case typelib_TypeClass_TYPE: {
    typelib_TypeDescriptionReference *t =
        src ? *(typelib_TypeDescriptionReference **)src
            : (typelib_TypeDescriptionReference *)void_desc();
    td_acquire(desc_of(t));
    *(typelib_TypeDescriptionReference **)dest = t;
    return;
  }
  case typelib_TypeClass_ANY:
    if (src != NULL)
      any_construct(dest, ((uno_Any *)src)->pData,
                    desc_of(((uno_Any *)src)->pType), acquire);
    else
      any_construct(dest, NULL, NULL, NULL);
    return;
  case typelib_TypeClass_SEQUENCE: {
    uno_Sequence *s = src ? *(uno_Sequence **)src : NULL;
    if (s != NULL)
      InterlockedIncrement((volatile LONG *)&s->nRefCount);
    else
      s = seq_new(td, NULL, 0, acquire);
    *(uno_Sequence **)dest = s;
    return;
  }
  case typelib_TypeClass_INTERFACE: {
    void *p = src ? *(void **)src : NULL;
    if (p != NULL) {
      if (acquire != NULL)
        acquire(p);
      else
        ((uno_Interface *)p)->acquire(p);
    }
    *(void **)dest = p;
    return;
  }
  case typelib_TypeClass_STRUCT:
  case typelib_TypeClass_EXCEPTION: {
    typelib_CompoundTypeDescription *c = (typelib_CompoundTypeDescription *)td;
    if (c->pBaseTypeDescription != NULL)
      copy_construct(dest, src, &c->pBaseTypeDescription->aBase, acquire);
    for (sal_Int32 i = 0; i < c->nMembers; i++)
      copy_construct((char *)dest + c->pMemberOffsets[i],
                     src ? (char *)src + c->pMemberOffsets[i] : NULL,
                     desc_of(c->ppTypeRefs[i]), acquire);
    return;
  }
  default: /* numbers, boolean, char, enum */
    if (src != NULL)
      memcpy(dest, src, (size_t)td->nSize);
    else
      memset(dest, 0, (size_t)td->nSize);
    return;
  }
}

/* Destructs the value of type td at mem (its memory stays). */
static void destruct(void *mem, typelib_TypeDescription *td,
                     uno_ReleaseFunc release)
{
  switch (td->eTypeClass) {
  case typelib_TypeClass_STRING:
    rtl_uString_release(*(rtl_uString **)mem);
    return;
  case typelib_TypeClass_TYPE:
    typelib_typedescriptionreference_release(
        *(typelib_TypeDescriptionReference **)mem);
    return;
  case typelib_TypeClass_ANY:
    any_destruct(mem, release);
    return;
  case typelib_TypeClass_SEQUENCE:
    seq_release(*(uno_Sequence **)mem, td, release);
    return;
  case typelib_TypeClass_INTERFACE: {
    void *p = *(void **)mem;
    if (p != NULL) {
      if (release != NULL)
        release(p);
      else
        ((uno_Interface *)p)->release(p);
    }
    return;
  }
  case typelib_TypeClass_STRUCT:
  case typelib_TypeClass_EXCEPTION: {
    typelib_CompoundTypeDescription *c = (typelib_CompoundTypeDescription *)td;
    for (sal_Int32 i = c->nMembers; i-- > 0;)
      destruct((char *)mem + c->pMemberOffsets[i], desc_of(c->ppTypeRefs[i]),
               release);
    if (c->pBaseTypeDescription != NULL)
      destruct(mem, &c->pBaseTypeDescription->aBase, release);
    return;
  }
  default:
    return;
  }
}

/* ---- uno data, any, sequence ------------------------------------------- */

void SAL_CALL uno_constructData(void *mem, typelib_TypeDescription *td)
{
  copy_construct(mem, NULL, td, NULL);
}

void SAL_CALL uno_destructData(void *value, typelib_TypeDescription *td,
                               uno_ReleaseFunc release)
{
  destruct(value, td, release);
}

void SAL_CALL uno_any_construct(uno_Any *dest, void *src,
                                typelib_TypeDescription *td,
                                uno_AcquireFunc acquire)
{
  any_construct(dest, src, td, acquire);
}

void SAL_CALL uno_type_any_construct(uno_Any *dest, void *src,
                                     typelib_TypeDescriptionReference *type,
                                     uno_AcquireFunc acquire)
{
  any_construct(dest, src, type ? desc_of(type) : NULL, acquire);
}

void SAL_CALL uno_any_destruct(uno_Any *value, uno_ReleaseFunc release)
{
  any_destruct(value, release);
}

sal_Bool SAL_CALL uno_sequence_construct(uno_Sequence **seq,
                                         typelib_TypeDescription *td,
                                         void *elements, sal_Int32 len,
                                         uno_AcquireFunc acquire)
{
  *seq = seq_new(td, elements, len, acquire);
  return sal_True;
}
