/*
** bootstrap_windows.c - calls LibreOffice's C++ URE (cppuhelper3MSC.dll)
** from C for the load test's --bootstrap run (bootstrap_windows.h).
**
** C++ calls from C, as MSVC x64 makes them: `this` first, a returned class
** (Reference<>, Any) through a hidden pointer right after it, references
** as pointers. A Reference<X> is one pointer to a C++ X; a C++ Any is a
** uno_Any; an OUString is one rtl_uString*. The vtable slot of a method is
** its function index in the interface's type description, which the
** type manager bootstrapped here reads from types.rdb (the same rule
** LibreOffice's C++ bridge uses).
**
** cppu3 needs the C++ environment bridge mscx_uno.dll for this, which the
** URE fixture lacks: standin/mscx_uno_standin.c says what its stand-in
** does.
*/
#include "bootstrap_windows.h"

#include <uno/environment.h>
#include <uno/mapping.h>

#include <windows.h>

#include <stdio.h>

/* cppu::defaultBootstrap_InitialComponentContext(rtl::OUString const &) */
#define BOOTSTRAP_SYMBOL                                                      \
  "?defaultBootstrap_InitialComponentContext@cppu@@YA?AV?$Reference@"       \
  "VXComponentContext@uno@star@sun@com@@@uno@star@sun@com@@AEBVOUString@"   \
  "rtl@@@Z"
#define MSVC_EXCEPTION 0xE06D7363u /* 'msc' | 0xE0000000 */

static void (*fatal)(const char *text);

static rtl_uString *ustr(const char *ascii)
{
  rtl_uString *s = NULL;
  rtl_string2UString(&s, ascii, (sal_Int32)strlen(ascii),
                     RTL_TEXTENCODING_ASCII_US, OSTRING_TO_OUSTRING_CVTFLAGS);
  return s;
}

/* Appends `s` as ASCII to buf (length n so far, capacity cap). */
static size_t append(char *buf, size_t n, size_t cap, const rtl_uString *s)
{
  for (sal_Int32 i = 0; s != NULL && i < s->length && n + 1 < cap; i++)
    buf[n++] = s->buffer[i] < 0x80 ? (char)s->buffer[i] : '?';
  buf[n] = '\0';
  return n;
}

/* An MSVC C++ exception: ExceptionInformation[1] is the object, [2] its
** ThrowInfo and [3] the image base its RVAs count from. A UNO exception's
** C++ object starts with its Message (the IDL members in order). */
static LONG WINAPI on_unhandled(EXCEPTION_POINTERS *e)
{
  const EXCEPTION_RECORD *r = e->ExceptionRecord;
  char text[600];
  size_t n;
  if (r->ExceptionCode == MSVC_EXCEPTION && r->NumberParameters >= 4) {
    const char *base = (const char *)r->ExceptionInformation[3];
    const int *throw_info = (const int *)r->ExceptionInformation[2];
    const int *types = (const int *)(base + throw_info[3]);
    const int *first = (const int *)(base + types[1]);
    const char *name = base + first[1] + 16; /* TypeDescriptor.name */
    n = (size_t)snprintf(text, sizeof text,
                         "uncaught C++ exception %s, Message: ", name);
    if (n < sizeof text)
      append(text, n, sizeof text,
             *(const rtl_uString *const *)r->ExceptionInformation[1]);
  } else {
    HMODULE m = NULL;
    wchar_t module[MAX_PATH] = L"?";
    GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS |
                           GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                       (LPCWSTR)r->ExceptionAddress, &m);
    if (m != NULL)
      GetModuleFileNameW(m, module, MAX_PATH);
    snprintf(text, sizeof text, "exception 0x%08lx in %ls at +0x%llx",
             (unsigned long)r->ExceptionCode, module,
             (unsigned long long)((const char *)r->ExceptionAddress -
                                  (const char *)m));
  }
  if (fatal != NULL)
    fatal(text);
  printf("FAIL %s\n", text);
  ExitProcess(1);
}

void ure_on_fatal(void (*fail)(const char *text))
{
  fatal = fail;
  SetUnhandledExceptionFilter(on_unhandled);
}

/* The vtable slot of iface::member (its function index), or -1. */
static int slot_of(const char *iface, const char *member)
{
  typelib_TypeDescription *td = NULL;
  rtl_uString *name = ustr(iface);
  typelib_typedescription_getByName(&td, name);
  rtl_uString_release(name);
  if (td == NULL || (!td->bComplete && !typelib_typedescription_complete(&td))) {
    printf("no type description of %s from the type manager\n", iface);
    return -1;
  }
  const typelib_InterfaceTypeDescription *it =
      (const typelib_InterfaceTypeDescription *)td;
  int slot = -1;
  char full[160];
  snprintf(full, sizeof full, "%s::%s", iface, member);
  for (sal_Int32 i = 0; i < it->nAllMembers && slot < 0; i++) {
    char got[160];
    append(got, 0, sizeof got, it->ppAllMembers[i]->pTypeName);
    if (strcmp(got, full) == 0)
      slot = it->pMapMemberIndexToFunctionIndex[i];
  }
  typelib_typedescription_release(td);
  if (slot < 0)
    printf("no member %s in the type manager's %s\n", member, iface);
  return slot;
}

static void *const *vtable(void *cxx)
{
  return *(void *const *const *)cxx;
}

void ure_release(void *cxx)
{
  ((void(SAL_CALL *)(void *))vtable(cxx)[2])(cxx);
}

void *ure_bootstrap(const char *ini_url)
{
  HMODULE helper = LoadLibraryW(L"cppuhelper3MSC.dll");
  if (helper == NULL) {
    printf("cannot load cppuhelper3MSC.dll: error %lu\n",
           (unsigned long)GetLastError());
    return NULL;
  }
  typedef void **(SAL_CALL * bootstrap_fn)(void **ret, rtl_uString *const *ini);
  bootstrap_fn bootstrap =
      (bootstrap_fn)(void (*)(void))GetProcAddress(helper, BOOTSTRAP_SYMBOL);
  if (bootstrap == NULL) {
    printf("cppuhelper3MSC.dll has no %s\n", BOOTSTRAP_SYMBOL);
    return NULL;
  }
  rtl_uString *ini = ustr(ini_url);
  void *context = NULL;
  bootstrap(&context, &ini);
  rtl_uString_release(ini);
  return context;
}

uno_Interface *ure_create_instance(void *context, const char *service,
                                   const char *iface)
{
  int get_smgr = slot_of("com.sun.star.uno.XComponentContext",
                         "getServiceManager");
  int create = slot_of("com.sun.star.lang.XMultiComponentFactory",
                       "createInstanceWithContext");
  if (get_smgr < 0 || create < 0)
    return NULL;
  void *smgr = NULL;
  ((void **(SAL_CALL *)(void *, void **))vtable(context)[get_smgr])(context,
                                                                    &smgr);
  if (smgr == NULL) {
    printf("the context has no service manager\n");
    return NULL;
  }
  rtl_uString *name = ustr(service);
  void *made = NULL;
  ((void **(SAL_CALL *)(void *, void **, rtl_uString *const *, void *const *))
       vtable(smgr)[create])(smgr, &made, &name, &context);
  rtl_uString_release(name);
  ure_release(smgr);
  if (made == NULL)
    return NULL;

  /* The C++ object into binary UNO, as a C client of the URE maps it. */
  uno_Environment *cxx_env = NULL, *uno_env = NULL;
  rtl_uString *cxx_name = ustr("mscx"), *uno_name = ustr("uno");
  uno_getEnvironment(&cxx_env, cxx_name, NULL);
  uno_getEnvironment(&uno_env, uno_name, NULL);
  rtl_uString_release(cxx_name);
  rtl_uString_release(uno_name);
  uno_Mapping *to_uno = NULL;
  if (cxx_env != NULL && uno_env != NULL)
    uno_getMapping(&to_uno, cxx_env, uno_env, NULL);
  typelib_TypeDescription *td = NULL;
  rtl_uString *iface_name = ustr(iface);
  typelib_typedescription_getByName(&td, iface_name);
  rtl_uString_release(iface_name);
  uno_Interface *obj = NULL;
  if (to_uno != NULL && td != NULL)
    to_uno->mapInterface(to_uno, (void **)&obj, made,
                         (typelib_InterfaceTypeDescription *)td);
  else
    printf("no mapping mscx -> uno, or no type %s\n", iface);
  if (td != NULL)
    typelib_typedescription_release(td);
  if (to_uno != NULL)
    to_uno->release(to_uno);
  if (cxx_env != NULL)
    cxx_env->release(cxx_env);
  if (uno_env != NULL)
    uno_env->release(uno_env);
  ure_release(made);
  return obj;
}
