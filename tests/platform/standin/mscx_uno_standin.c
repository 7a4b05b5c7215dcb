/*
** mscx_uno_standin.c - the smallest stand-in for LibreOffice's C++
** environment bridge, mscx_uno.dll (bridges/source/cpp_uno/
** msvc_win32_x86-64), which the URE fixture does not have. cppu3.dll loads
** it from its own folder when the C++ environment "mscx" is first used
** (cppuhelper3MSC's bootstrap does), and again for a mapping between
** "mscx" and "uno" (the shared-library loader, for a component that
** answers "uno" as ortijd does). Used only by the load test's --bootstrap
** run (../bootstrap_windows.c).
**
** What it does:
**   uno_initEnvironment: the C++ environment's object functions, through
**     the MSVC x64 vtable of com.sun.star.uno.XInterface (slot 0
**     queryInterface, 1 acquire, 2 release): object identifier, acquire,
**     release.
**   uno_ext_getMapping: the two mappings, registered with cppu as the real
**     bridge does (uno_registerMapping; revoked on the last release):
**     - C++ -> uno: a uno_Interface that holds the C++ object (acquire and
**       release go to its vtable); any call through its dispatcher raises
**       RuntimeException "not bridged". That is enough for ortijd, which
**       never calls the service manager or the context it is handed. A C++
**       object made by the other mapping maps back to its uno object,
**       queried for the asked type.
**     - uno -> C++: a C++ object whose vtable answers queryInterface,
**       acquire and release (any interface type) and createInstance-
**       WithContext (XSingleComponentFactory), by dispatching to the uno
**       object with the real type manager's method descriptions. Any other
**       slot (up to 15; beyond, the vtable ends and the call crashes, which
**       the test reports as an exception), and a uno exception (which would
**       have to be thrown as an MSVC C++ exception), stop the process with
**       a FAIL line naming it.
** What it does not do, so what the test does not prove: call arbitrary C++
** methods with arguments (no general uno2cpp/cpp2uno marshalling), throw
** or catch C++ exceptions, map structs, sequences or anys holding
** interfaces, register proxies with the environments (object identity over
** several mappings is by unwrapping only). Calc's own calls reach the
** component through the real bridge, which only a Windows LibreOffice has.
**
** Build: x86_64-w64-mingw32-gcc -shared, like the load test (uno_c.h),
** linked against sal3/cppu3 import libraries; output name mscx_uno.dll.
*/
#include "uno_c.h"

#include <rtl/alloc.h>
#include <uno/environment.h>
#include <uno/mapping.h>

#include <windows.h>

#include <stdio.h>

SAL_DLLPUBLIC_EXPORT void SAL_CALL uno_initEnvironment(uno_Environment *env);
SAL_DLLPUBLIC_EXPORT void SAL_CALL uno_ext_getMapping(uno_Mapping **mapping,
                                                      uno_Environment *from,
                                                      uno_Environment *to);

/* ---- C++ objects (MSVC x64: this in rcx, a returned class by hidden
** pointer right after it, slots in IDL order) -------------------------- */

typedef struct cxx_object {
  void *const *vtbl;
} cxx_object;

static void SAL_CALL cxx_acquire(void *p)
{
  ((void(SAL_CALL *)(void *))((cxx_object *)p)->vtbl[1])(p);
}

static void SAL_CALL cxx_release(void *p)
{
  ((void(SAL_CALL *)(void *))((cxx_object *)p)->vtbl[2])(p);
}

/* C++ queryInterface(type) into *ret (a C++ Any is a uno_Any). */
static void cxx_query(void *p, uno_Any *ret,
                      typelib_TypeDescriptionReference *type)
{
  ((void *(SAL_CALL *)(void *, uno_Any *, typelib_TypeDescriptionReference **))
       ((cxx_object *)p)->vtbl[0])(p, ret, &type);
}

/* Stops the test: something this stand-in cannot bridge was asked for. */
static void stop(const char *what, const rtl_uString *name)
{
  printf("FAIL mscx_uno stand-in: %s", what);
  for (sal_Int32 i = 0; name != NULL && i < name->length; i++)
    putchar(name->buffer[i] < 0x80 ? (char)name->buffer[i] : '?');
  printf(" (not bridged by the stand-in)\n");
  fflush(stdout);
  ExitProcess(1);
}

/* ---- The C++ environment ------------------------------------------------ */

static void SAL_CALL env_acquire(uno_ExtEnvironment *env, void *p)
{
  (void)env;
  cxx_acquire(p);
}

static void SAL_CALL env_release(uno_ExtEnvironment *env, void *p)
{
  (void)env;
  cxx_release(p);
}

/* "<address of the XInterface>;mscx[<context>];ortijd-standin", the shape
** of the real bridge's identifiers. */
static void SAL_CALL env_oid(uno_ExtEnvironment *env, rtl_uString **oid,
                             void *p)
{
  if (*oid != NULL) {
    rtl_uString_release(*oid);
    *oid = NULL;
  }
  uno_Any home;
  cxx_query(p, &home,
            *typelib_static_type_getByTypeClass(typelib_TypeClass_INTERFACE));
  if (home.pType->eTypeClass == typelib_TypeClass_INTERFACE) {
    char text[80];
    snprintf(text, sizeof text, "%p;mscx[%p];ortijd-standin",
             *(void **)home.pData, env->aBase.pContext);
    rtl_string2UString(oid, text, (sal_Int32)strlen(text),
                       RTL_TEXTENCODING_ASCII_US, OSTRING_TO_OUSTRING_CVTFLAGS);
  }
  uno_any_destruct(&home, cxx_release);
}

static void SAL_CALL env_disposing(uno_Environment *env) { (void)env; }

/* Called by cppu3 for a new "mscx" environment. */
SAL_DLLPUBLIC_EXPORT void SAL_CALL uno_initEnvironment(uno_Environment *env)
{
  env->pExtEnv->computeObjectIdentifier = env_oid;
  env->pExtEnv->acquireInterface = env_acquire;
  env->pExtEnv->releaseInterface = env_release;
  env->environmentDisposing = env_disposing;
}

/* ---- Method descriptions from the type manager ------------------------- */

/* The description of method `index` (among all members) of `iface`
** (acquired), or NULL. */
static typelib_TypeDescription *method_of(const char *iface, int index)
{
  typelib_TypeDescription *td = NULL, *m = NULL;
  rtl_uString *name = NULL;
  rtl_string2UString(&name, iface, (sal_Int32)strlen(iface),
                     RTL_TEXTENCODING_ASCII_US, OSTRING_TO_OUSTRING_CVTFLAGS);
  typelib_typedescription_getByName(&td, name);
  rtl_uString_release(name);
  if (td != NULL && (td->bComplete || typelib_typedescription_complete(&td)) &&
      index < ((typelib_InterfaceTypeDescription *)td)->nAllMembers)
    typelib_typedescriptionreference_getDescription(
        &m, ((typelib_InterfaceTypeDescription *)td)->ppAllMembers[index]);
  if (td != NULL)
    typelib_typedescription_release(td);
  return m;
}

/* ---- uno -> C++ ---------------------------------------------------------- */

typedef struct cxx_proxy {
  void *const *vtbl; /* the C++ object starts here */
  volatile LONG refs;
  uno_Interface *target; /* acquired */
  typelib_TypeDescriptionReference *type; /* acquired */
} cxx_proxy;

/* A uno object standing for a C++ one (C++ -> uno, below). */
typedef struct uno_proxy {
  uno_Interface base;
  void *cxx; /* acquired */
  volatile LONG refs;
  typelib_TypeDescriptionReference *type; /* acquired */
} uno_proxy;

static void *cxx_of(uno_Interface *obj, typelib_TypeDescriptionReference *type);
static uno_Interface *uno_of(void *cxx, typelib_TypeDescriptionReference *type);
static void SAL_CALL uno_proxy_acquire(uno_Interface *obj);

/* Dispatches method `m` to the uno object; a uno exception stops the test. */
static void call_uno(uno_Interface *obj, typelib_TypeDescription *m, void *ret,
                     void *args[])
{
  uno_Any storage, *exc = &storage;
  if (m == NULL)
    stop("no method description for a call", NULL);
  obj->pDispatcher(obj, m, ret, args, &exc);
  if (exc != NULL) {
    rtl_uString *type = exc->pType->pTypeName;
    rtl_uString_acquire(type);
    uno_any_destruct(exc, NULL);
    stop("a uno exception would have to be thrown to C++: ", type);
  }
}

static uno_Any *SAL_CALL proxy_query(cxx_proxy *self, uno_Any *ret,
                                     typelib_TypeDescriptionReference *const *type)
{
  static typelib_TypeDescription *query;
  if (query == NULL)
    query = method_of("com.sun.star.uno.XInterface", 0);
  uno_Any result;
  void *args[1] = {(void *)type};
  call_uno(self->target, query, &result, args);
  uno_Interface *found = result.pType->eTypeClass == typelib_TypeClass_INTERFACE
                             ? *(uno_Interface **)result.pData
                             : NULL;
  void *cxx = found != NULL ? cxx_of(found, result.pType) : NULL;
  if (cxx != NULL) {
    uno_type_any_construct(ret, &cxx, result.pType, cxx_acquire);
    cxx_release(cxx);
  } else {
    uno_any_construct(ret, NULL, NULL, NULL);
  }
  uno_any_destruct(&result, NULL);
  return ret;
}

static void SAL_CALL proxy_acquire(cxx_proxy *self)
{
  InterlockedIncrement(&self->refs);
}

static void SAL_CALL proxy_release(cxx_proxy *self)
{
  if (InterlockedDecrement(&self->refs) != 0)
    return;
  self->target->release(self->target);
  typelib_typedescriptionreference_release(self->type);
  rtl_freeMemory(self);
}

/* XSingleComponentFactory::createInstanceWithContext(context) */
static void **SAL_CALL proxy_create(cxx_proxy *self, void **ret,
                                    void *const *context)
{
  static typelib_TypeDescription *create;
  if (create == NULL)
    create = method_of("com.sun.star.lang.XSingleComponentFactory", 3);
  typelib_TypeDescriptionReference *ctx_type = NULL;
  typelib_typedescriptionreference_newByAsciiName(
      &ctx_type, typelib_TypeClass_INTERFACE,
      "com.sun.star.uno.XComponentContext");
  uno_Interface *ctx = uno_of(*context, ctx_type);
  typelib_typedescriptionreference_release(ctx_type);
  uno_Interface *made = NULL;
  void *args[1] = {&ctx};
  call_uno(self->target, create, &made, args);
  if (ctx != NULL)
    ctx->release(ctx);
  *ret = made != NULL ? cxx_of(made, *typelib_static_type_getByTypeClass(
                                         typelib_TypeClass_INTERFACE))
                      : NULL;
  if (made != NULL)
    made->release(made);
  return ret;
}

/* Slots nothing here implements: each names its index. */
#define NOT_BRIDGED(n)                                                        \
  static void SAL_CALL not_bridged_##n(cxx_proxy *self)                       \
  {                                                                           \
    char what[64];                                                            \
    snprintf(what, sizeof what, "C++ call to vtable slot %d of ", n);         \
    stop(what, self->type->pTypeName);                                        \
  }
NOT_BRIDGED(3)
NOT_BRIDGED(4)
NOT_BRIDGED(5)
NOT_BRIDGED(6)
NOT_BRIDGED(7)
NOT_BRIDGED(8)
NOT_BRIDGED(9)
NOT_BRIDGED(10)
NOT_BRIDGED(11)
NOT_BRIDGED(12)
NOT_BRIDGED(13)
NOT_BRIDGED(14)
NOT_BRIDGED(15)
#undef NOT_BRIDGED

#define FN(f) ((void *)(f))
static void *const generic_vtbl[] = {
  FN(proxy_query), FN(proxy_acquire), FN(proxy_release), FN(not_bridged_3),
  FN(not_bridged_4), FN(not_bridged_5), FN(not_bridged_6), FN(not_bridged_7),
  FN(not_bridged_8), FN(not_bridged_9), FN(not_bridged_10),
  FN(not_bridged_11), FN(not_bridged_12), FN(not_bridged_13),
  FN(not_bridged_14), FN(not_bridged_15),
};
static void *const factory_vtbl[] = {
  FN(proxy_query), FN(proxy_acquire), FN(proxy_release), FN(proxy_create),
  FN(not_bridged_4),
};
#undef FN

/* A C++ object for uno object `obj` as interface `type` (acquired). */
static void *cxx_of(uno_Interface *obj, typelib_TypeDescriptionReference *type)
{
  if (obj->acquire == uno_proxy_acquire) {
    /* a C++ object this stand-in wrapped: hand out the original */
    uno_Any a;
    cxx_query(((uno_proxy *)obj)->cxx, &a, type);
    void *p = a.pType->eTypeClass == typelib_TypeClass_INTERFACE
                  ? *(void **)a.pData
                  : NULL;
    if (p != NULL)
      cxx_acquire(p);
    uno_any_destruct(&a, cxx_release);
    return p;
  }
  cxx_proxy *proxy = rtl_allocateMemory(sizeof *proxy);
  int factory = rtl_ustr_ascii_compare_WithLength(
                    type->pTypeName->buffer, type->pTypeName->length,
                    "com.sun.star.lang.XSingleComponentFactory") == 0;
  proxy->vtbl = factory ? factory_vtbl : generic_vtbl;
  proxy->refs = 1;
  obj->acquire(obj);
  proxy->target = obj;
  typelib_typedescriptionreference_acquire(type);
  proxy->type = type;
  return proxy;
}

/* ---- C++ -> uno ---------------------------------------------------------- */

static void SAL_CALL uno_proxy_acquire(uno_Interface *obj)
{
  InterlockedIncrement(&((uno_proxy *)obj)->refs);
}

static void SAL_CALL uno_proxy_release(uno_Interface *obj)
{
  uno_proxy *self = (uno_proxy *)obj;
  if (InterlockedDecrement(&self->refs) != 0)
    return;
  cxx_release(self->cxx);
  typelib_typedescriptionreference_release(self->type);
  rtl_freeMemory(self);
}

/* Every call raises RuntimeException("... not bridged"). */
static void SAL_CALL uno_proxy_dispatch(uno_Interface *obj,
                                        const typelib_TypeDescription *member,
                                        void *ret, void *args[], uno_Any **exc)
{
  (void)obj;
  (void)ret;
  (void)args;
  typelib_TypeDescription *td = NULL;
  rtl_uString *name = NULL;
  rtl_string2UString(&name, "com.sun.star.uno.RuntimeException", 33,
                     RTL_TEXTENCODING_ASCII_US, OSTRING_TO_OUSTRING_CVTFLAGS);
  typelib_typedescription_getByName(&td, name);
  rtl_uString_release(name);
  if (td == NULL)
    stop("no RuntimeException type for a call to ", member->pTypeName);
  /* RuntimeException: Message, Context (udkapi), laid out by cppu */
  struct {
    rtl_uString *message;
    void *context;
  } value = {NULL, NULL};
  const char *text = "ortijd mscx_uno stand-in: this call is not bridged";
  rtl_string2UString(&value.message, text, (sal_Int32)strlen(text),
                     RTL_TEXTENCODING_ASCII_US, OSTRING_TO_OUSTRING_CVTFLAGS);
  uno_any_construct(*exc, &value, td, NULL);
  rtl_uString_release(value.message);
  typelib_typedescription_release(td);
}

/* A uno object for C++ object `cxx` as interface `type` (acquired). */
static uno_Interface *uno_of(void *cxx, typelib_TypeDescriptionReference *type)
{
  if (cxx == NULL)
    return NULL;
  const cxx_object *o = cxx;
  if (o->vtbl == generic_vtbl || o->vtbl == factory_vtbl) {
    /* a uno object this stand-in wrapped: hand out the original */
    static typelib_TypeDescription *query;
    if (query == NULL)
      query = method_of("com.sun.star.uno.XInterface", 0);
    uno_Any result;
    void *args[1] = {&type};
    call_uno(((cxx_proxy *)cxx)->target, query, &result, args);
    uno_Interface *found =
        result.pType->eTypeClass == typelib_TypeClass_INTERFACE
            ? *(uno_Interface **)result.pData
            : NULL;
    if (found != NULL)
      found->acquire(found);
    uno_any_destruct(&result, NULL);
    return found;
  }
  uno_proxy *proxy = rtl_allocateMemory(sizeof *proxy);
  proxy->base.acquire = uno_proxy_acquire;
  proxy->base.release = uno_proxy_release;
  proxy->base.pDispatcher = uno_proxy_dispatch;
  cxx_acquire(cxx);
  proxy->cxx = cxx;
  proxy->refs = 1;
  typelib_typedescriptionreference_acquire(type);
  proxy->type = type;
  return &proxy->base;
}

/* ---- The mappings -------------------------------------------------------- */

typedef struct bridge {
  uno_Mapping base;
  volatile LONG refs;
  int to_uno; /* 1: C++ -> uno; 0: uno -> C++ */
  uno_Environment *from, *to; /* acquired */
} bridge;

static void SAL_CALL bridge_free(uno_Mapping *m)
{
  bridge *b = (bridge *)m;
  b->from->release(b->from);
  b->to->release(b->to);
  rtl_freeMemory(b);
}

static void SAL_CALL bridge_acquire(uno_Mapping *m)
{
  InterlockedIncrement(&((bridge *)m)->refs);
}

static void SAL_CALL bridge_release(uno_Mapping *m)
{
  if (InterlockedDecrement(&((bridge *)m)->refs) == 0)
    uno_revokeMapping(m); /* cppu then calls bridge_free */
}

static void SAL_CALL bridge_map(uno_Mapping *m, void **out, void *in,
                                typelib_InterfaceTypeDescription *type)
{
  bridge *b = (bridge *)m;
  if (*out != NULL) {
    uno_ExtEnvironment *to = b->to->pExtEnv;
    to->releaseInterface(to, *out);
    *out = NULL;
  }
  if (in == NULL)
    return;
  typelib_TypeDescriptionReference *ref = type->aBase.pWeakRef;
  *out = b->to_uno ? (void *)uno_of(in, ref) : cxx_of(in, ref);
}

/* Answers cppu3's request for a mapping between "mscx" and "uno" (either
** way, no purpose); leaves *mapping NULL for anything else. */
SAL_DLLPUBLIC_EXPORT void SAL_CALL uno_ext_getMapping(uno_Mapping **mapping,
                                                      uno_Environment *from,
                                                      uno_Environment *to)
{
  if (*mapping != NULL) {
    (*mapping)->release(*mapping);
    *mapping = NULL;
  }
  rtl_uString *f = from->pTypeName, *t = to->pTypeName;
  int cxx_to_uno =
      rtl_ustr_ascii_compare_WithLength(f->buffer, f->length, "mscx") == 0 &&
      rtl_ustr_ascii_compare_WithLength(t->buffer, t->length, "uno") == 0;
  int uno_to_cxx =
      rtl_ustr_ascii_compare_WithLength(f->buffer, f->length, "uno") == 0 &&
      rtl_ustr_ascii_compare_WithLength(t->buffer, t->length, "mscx") == 0;
  if (!cxx_to_uno && !uno_to_cxx)
    return;
  bridge *b = rtl_allocateMemory(sizeof *b);
  b->base.acquire = bridge_acquire;
  b->base.release = bridge_release;
  b->base.mapInterface = bridge_map;
  b->refs = 1;
  b->to_uno = cxx_to_uno;
  from->acquire(from);
  to->acquire(to);
  b->from = from;
  b->to = to;
  uno_Mapping *m = &b->base;
  uno_registerMapping(&m, bridge_free, from, to, NULL);
  *mapping = m;
}
