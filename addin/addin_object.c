/*
** addin_object.c - the ortijd add-in object in binary UNO (environment
** "uno"): reference counting, the interfaces (XInterface, XTypeProvider,
** XServiceInfo, XServiceName, XLocalizable, XAddIn, XCompatibilityNames)
** answered from the table in function_table.c, and one dispatcher for
** every method Calc calls. A call of a Calc function is handed whole to
** the UNO border (otuno_call, uno_args.c), which runs the calling loop.
**
** Dispatch convention (uno/dispatcher.h, docs/uno-in-c.md): pArgs[i] points
** at argument i's memory (double*, uno_Any*, rtl_uString**, struct*),
** pReturn at uninitialised memory for the result, and *ppException at
** caller-owned any storage: set *ppException = NULL on success, or
** construct an exception there and leave it pointing at it.
*/
#include "addin_object.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "uno_args.h"
#include "uno_util.h"

typedef struct otuno_addin {
  uno_Interface iface; /* first: the object is its own uno_Interface */
  atomic_long refs;
  oslMutex lock;          /* guards the locale below (sal mutex) */
  rtl_uString *language;  /* XLocalizable state */
  rtl_uString *country;
  rtl_uString *variant;
  int dutch;              /* help texts in Dutch (language "nl") */
} otuno_addin;

static atomic_long live_objects;

long otuno_addin_live_count(void)
{
  return atomic_load(&live_objects);
}

/* The interfaces an add-in object implements, in getTypes order. */
static const char *const interface_names[] = {
  "com.sun.star.sheet.XAddIn",
  "com.sun.star.lang.XServiceName",
  "com.sun.star.lang.XServiceInfo",
  "com.sun.star.lang.XTypeProvider",
  OTFN_INTERFACE_NAME,
  "com.sun.star.sheet.XCompatibilityNames",
  "com.sun.star.lang.XLocalizable",
  "com.sun.star.uno.XInterface",
};
#define INTERFACE_COUNT \
  ((int)(sizeof interface_names / sizeof interface_names[0]))
/* getTypes lists the first six; XLocalizable and XInterface are bases. */
#define TYPES_LISTED 6

static const char *const service_names[] = {
  "com.sun.star.sheet.AddIn", OTFN_SERVICE_NAME
};

/* ---- Reference counting ------------------------------------------------ */

static void SAL_CALL addin_acquire(uno_Interface *iface)
{
  atomic_fetch_add(&((otuno_addin *)iface)->refs, 1);
}

static void SAL_CALL addin_release(uno_Interface *iface)
{
  otuno_addin *self = (otuno_addin *)iface;
  if (atomic_fetch_sub(&self->refs, 1) != 1)
    return;
  rtl_uString_release(self->language);
  rtl_uString_release(self->country);
  rtl_uString_release(self->variant);
  osl_destroyMutex(self->lock);
  free(self);
  atomic_fetch_sub(&live_objects, 1);
}

/* ---- Small result writers ---------------------------------------------- */

/* Writes a new string result (ownership passes to the caller). */
static void return_string(void *ret, const char *utf8)
{
  *(rtl_uString **)ret = otuno_string_new(utf8 != NULL ? utf8 : "");
}

/* ---- XInterface, XTypeProvider, XServiceInfo, XServiceName ------------- */

/* queryInterface: answers every listed interface with this object (one
** uno_Interface serves all: members are told apart by name), else void. */
static void query_interface(otuno_addin *self, void *ret, void *args[])
{
  typelib_TypeDescriptionReference *type =
      *(typelib_TypeDescriptionReference **)args[0];
  for (int i = 0; i < INTERFACE_COUNT; i++) {
    if (otuno_string_equals_ascii(type->pTypeName, interface_names[i])) {
      uno_Interface *me = &self->iface;
      uno_type_any_construct((uno_Any *)ret, &me, type, NULL);
      return;
    }
  }
  uno_any_construct((uno_Any *)ret, NULL, NULL, NULL);
}

/* getTypes: the interfaces Calc's introspection should see. */
static void get_types(void *ret)
{
  typelib_TypeDescriptionReference *refs[TYPES_LISTED];
  for (int i = 0; i < TYPES_LISTED; i++) {
    refs[i] = NULL;
    typelib_typedescriptionreference_newByAsciiName(
        &refs[i], typelib_TypeClass_INTERFACE, interface_names[i]);
  }
  uno_Sequence *seq = NULL;
  uno_sequence_construct(&seq, otuno_type(OTUNO_T_SEQ_TYPE), refs,
                         TYPES_LISTED, NULL);
  for (int i = 0; i < TYPES_LISTED; i++)
    typelib_typedescriptionreference_release(refs[i]);
  *(uno_Sequence **)ret = seq;
}

static void supports_service(void *ret, void *args[])
{
  const rtl_uString *name = *(rtl_uString **)args[0];
  sal_Bool yes = sal_False;
  for (size_t i = 0; i < sizeof service_names / sizeof service_names[0]; i++)
    if (otuno_string_equals_ascii(name, service_names[i]))
      yes = sal_True;
  *(sal_Bool *)ret = yes;
}

/* ---- XLocalizable ------------------------------------------------------ */

/* Memory layout of com.sun.star.lang.Locale: three strings. */
typedef struct locale_struct {
  rtl_uString *language;
  rtl_uString *country;
  rtl_uString *variant;
} locale_struct;

static void set_locale(otuno_addin *self, void *args[])
{
  const locale_struct *loc = (const locale_struct *)args[0];
  osl_acquireMutex(self->lock);
  rtl_uString_assign(&self->language, loc->language);
  rtl_uString_assign(&self->country, loc->country);
  rtl_uString_assign(&self->variant, loc->variant);
  self->dutch = otuno_string_equals_ascii(loc->language, "nl");
  osl_releaseMutex(self->lock);
}

static void get_locale(otuno_addin *self, void *ret)
{
  locale_struct *out = (locale_struct *)ret;
  osl_acquireMutex(self->lock);
  out->language = self->language;
  out->country = self->country;
  out->variant = self->variant;
  rtl_uString_acquire(out->language);
  rtl_uString_acquire(out->country);
  rtl_uString_acquire(out->variant);
  osl_releaseMutex(self->lock);
}

static int is_dutch(otuno_addin *self)
{
  osl_acquireMutex(self->lock);
  int dutch = self->dutch;
  osl_releaseMutex(self->lock);
  return dutch;
}

/* ---- XAddIn ------------------------------------------------------------ */

/* The function named by the programmatic-name argument args[0], or NULL. */
static const otfn_function *function_arg(void *args[])
{
  char name[64];
  size_t len = otuno_string_to_utf8(*(rtl_uString **)args[0], name,
                                    sizeof name);
  return otfn_find_method(name, len);
}

/* The parameter of `f` at index *(sal_Int32 *)args[1], or NULL. */
static const otfn_arg *parameter_arg(const otfn_function *f, void *args[])
{
  sal_Int32 index = *(sal_Int32 *)args[1];
  if (f == NULL || index < 0 || index >= f->argc)
    return NULL;
  return &f->args[index];
}

/* Handles the XAddIn getters; returns 0 if `member` is not one of them. */
static int addin_getter(otuno_addin *self, const char *member, void *ret,
                        void *args[])
{
  if (strcmp(member, "getProgrammaticFuntionName") == 0) { /* sic, IDL */
    char name[64];
    size_t len = otuno_string_to_utf8(*(rtl_uString **)args[0], name,
                                      sizeof name);
    const otfn_function *f = otfn_find_display_name(name, len);
    return_string(ret, f ? f->method : "");
  } else if (strcmp(member, "getDisplayFunctionName") == 0) {
    const otfn_function *f = function_arg(args);
    return_string(ret, f ? f->name : "");
  } else if (strcmp(member, "getFunctionDescription") == 0) {
    const otfn_function *f = function_arg(args);
    return_string(ret, f ? (is_dutch(self) ? f->help_nl : f->help_en) : "");
  } else if (strcmp(member, "getDisplayArgumentName") == 0) {
    const otfn_arg *a = parameter_arg(function_arg(args), args);
    return_string(ret, a ? (is_dutch(self) ? a->nl_name : a->en_name) : "");
  } else if (strcmp(member, "getArgumentDescription") == 0) {
    const otfn_arg *a = parameter_arg(function_arg(args), args);
    return_string(ret, a ? (is_dutch(self) ? a->nl_help : a->en_help) : "");
  } else if (strcmp(member, "getProgrammaticCategoryName") == 0 ||
             strcmp(member, "getDisplayCategoryName") == 0) {
    return_string(ret, OTFN_CATEGORY);
  } else {
    return 0;
  }
  return 1;
}

/* ---- XCompatibilityNames ---------------------------------------------- */

/* Calc writes an add-in call into an .xls file under its compatibility
** name, as Excel stores add-in calls (an external name of the add-in), and
** maps that name back when the file is read: without one, the call is
** written as a macro name and comes back as #MACRO?. The names are stored
** in .xls files and so fixed once: each function's display name (ORUREN,
** ...), which is also what a user types in every UI language, for en-US
** (first: Calc's fallback for any other UI language) and nl-NL. */
static const char *const compat_locales[][2] = {{"en", "US"}, {"nl", "NL"}};
#define COMPAT_LOCALES \
  ((int)(sizeof compat_locales / sizeof compat_locales[0]))

/* getCompatibilityNames(programmatic name): []LocalizedName, empty for a
** name that is not one of the functions. */
static void get_compatibility_names(void *ret, void *args[])
{
  const otfn_function *f = function_arg(args);
  otuno_localized_name names[COMPAT_LOCALES];
  int count = f != NULL ? COMPAT_LOCALES : 0;
  for (int i = 0; i < count; i++) {
    names[i].language = compat_locales[i][0];
    names[i].country = compat_locales[i][1];
    names[i].name = f->name;
  }
  otuno_localized_names_new((uno_Sequence **)ret, names, count);
}

/* ---- Methods already matched ------------------------------------------ */

/* The member description of each Calc function once its name was found in
** the table and its signature matched (slot i for otfn_functions[i]). The
** bridge passes the same description on every call of a method, so a
** later call needs one pointer comparison and a short comparison of the
** UTF-16 name instead of the UTF-8 conversion, the table lookup and the
** signature check (issue 12: ortijd's own instructions per call). The name
** is compared again so that a description freed and its address reused
** for another member is never mistaken for a cached one. */
#define METHOD_SLOTS 32
static _Atomic(const typelib_TypeDescription *) method_slots[METHOD_SLOTS];

static const otfn_function *matched_function(const typelib_TypeDescription *td)
{
  size_t n = otfn_function_count < METHOD_SLOTS ? otfn_function_count
                                                : METHOD_SLOTS;
  for (size_t i = 0; i < n; i++) {
    if (atomic_load_explicit(&method_slots[i], memory_order_relaxed) == td) {
      const rtl_uString *name =
          ((const typelib_InterfaceMemberTypeDescription *)td)->pMemberName;
      if (otuno_string_equals_ascii(name, otfn_functions[i].method))
        return &otfn_functions[i];
    }
  }
  return NULL;
}

static void remember_function(const otfn_function *f,
                              const typelib_TypeDescription *td)
{
  size_t i = (size_t)(f - otfn_functions);
  if (i < METHOD_SLOTS)
    atomic_store_explicit(&method_slots[i], td, memory_order_relaxed);
}

/* ---- The dispatcher ---------------------------------------------------- */

static void SAL_CALL addin_dispatch(uno_Interface *iface,
                                    const typelib_TypeDescription *member_td,
                                    void *ret, void *args[], uno_Any **exc)
{
  otuno_addin *self = (otuno_addin *)iface;
  uno_Any *storage = *exc; /* caller-owned; NULL-ed below on success */
  /* The Calc functions first: they are the hot path. */
  const otfn_function *f = matched_function(member_td);
  if (f != NULL) {
    otuno_call(f, ret, args, exc);
    return;
  }
  char member[64];
  otuno_string_to_utf8(
      ((const typelib_InterfaceMemberTypeDescription *)member_td)->pMemberName,
      member, sizeof member);

  f = otfn_find_method(member, strlen(member));
  if (f != NULL) {
    if (otuno_signature_matches(f, member_td)) {
      remember_function(f, member_td);
      otuno_call(f, ret, args, exc);
    } else
      otuno_raise_runtime(storage, "ortijd: the type library does not match "
                                   "the function table; reinstall ortijd");
    return;
  }
  *exc = NULL;
  if (addin_getter(self, member, ret, args))
    return;
  if (strcmp(member, "getCompatibilityNames") == 0) {
    get_compatibility_names(ret, args);
    return;
  }
  if (strcmp(member, "queryInterface") == 0) {
    query_interface(self, ret, args);
  } else if (strcmp(member, "acquire") == 0) {
    addin_acquire(iface);
  } else if (strcmp(member, "release") == 0) {
    addin_release(iface);
  } else if (strcmp(member, "getTypes") == 0) {
    get_types(ret);
  } else if (strcmp(member, "getImplementationId") == 0) {
    *(uno_Sequence **)ret = NULL;
    uno_sequence_construct((uno_Sequence **)ret, otuno_type(OTUNO_T_SEQ_BYTE),
                           NULL, 0, NULL);
  } else if (strcmp(member, "getImplementationName") == 0) {
    return_string(ret, OTFN_IMPLEMENTATION_NAME);
  } else if (strcmp(member, "supportsService") == 0) {
    supports_service(ret, args);
  } else if (strcmp(member, "getSupportedServiceNames") == 0) {
    otuno_string_sequence_new((uno_Sequence **)ret, service_names, 2);
  } else if (strcmp(member, "getServiceName") == 0) {
    return_string(ret, OTFN_SERVICE_NAME);
  } else if (strcmp(member, "setLocale") == 0) {
    set_locale(self, args);
  } else if (strcmp(member, "getLocale") == 0) {
    get_locale(self, ret);
  } else {
    char message[128];
    snprintf(message, sizeof message, "ortijd: unknown member %s", member);
    *exc = storage;
    otuno_raise_runtime(storage, message);
  }
}

uno_Interface *otuno_addin_new(void)
{
  otuno_addin *self = calloc(1, sizeof *self);
  if (self == NULL)
    return NULL;
  self->lock = osl_createMutex();
  if (self->lock == NULL) {
    free(self);
    return NULL;
  }
  self->iface.acquire = addin_acquire;
  self->iface.release = addin_release;
  self->iface.pDispatcher = addin_dispatch;
  atomic_init(&self->refs, 1);
  self->language = otuno_string_new("nl");
  self->country = otuno_string_new("NL");
  self->variant = otuno_string_new("");
  self->dutch = 1;
  atomic_fetch_add(&live_objects, 1);
  return &self->iface;
}
