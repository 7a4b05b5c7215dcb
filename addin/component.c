/*
** component.c - the two symbols LibreOffice's shared-library loader looks
** for (cppuhelper/source/shlib.cxx), and the factory object they hand out.
**
** component_getImplementationEnvironment answers "uno": every interface
** this library exchanges is a binary-UNO uno_Interface*, mapped to C++ by
** LibreOffice's bridge. component_getFactory returns an acquired factory
** implementing XSingleComponentFactory; the loader releases it after
** mapping. These two are the only exported symbols (exports.map).
*/
#include <stdio.h>
#include <string.h>

#include "addin_object.h"
#include "function_table.h"
#include "uno_util.h"

/* The factory is a static object: its reference count is not needed, as
** the library is never unloaded while LibreOffice holds the factory. */
static void SAL_CALL factory_acquire(uno_Interface *iface) { (void)iface; }
static void SAL_CALL factory_release(uno_Interface *iface) { (void)iface; }

/* Dispatches XInterface and XSingleComponentFactory calls. */
static void SAL_CALL factory_dispatch(uno_Interface *iface,
                                      const typelib_TypeDescription *member_td,
                                      void *ret, void *args[], uno_Any **exc)
{
  uno_Any *storage = *exc;
  char member[64];
  otuno_string_to_utf8(
      ((const typelib_InterfaceMemberTypeDescription *)member_td)->pMemberName,
      member, sizeof member);
  *exc = NULL;
  if (strcmp(member, "queryInterface") == 0) {
    typelib_TypeDescriptionReference *type =
        *(typelib_TypeDescriptionReference **)args[0];
    if (otuno_string_equals_ascii(type->pTypeName,
                                  "com.sun.star.uno.XInterface") ||
        otuno_string_equals_ascii(
            type->pTypeName, "com.sun.star.lang.XSingleComponentFactory"))
      uno_type_any_construct((uno_Any *)ret, &iface, type, NULL);
    else
      uno_any_construct((uno_Any *)ret, NULL, NULL, NULL);
  } else if (strcmp(member, "acquire") == 0 ||
             strcmp(member, "release") == 0) {
    /* static object */
  } else if (strcmp(member, "createInstanceWithContext") == 0 ||
             strcmp(member, "createInstanceWithArgumentsAndContext") == 0) {
    uno_Interface *obj = otuno_addin_new();
    if (obj == NULL) {
      *exc = storage;
      otuno_raise_runtime(storage, "ortijd: out of memory");
      return;
    }
    *(uno_Interface **)ret = obj; /* the new reference goes to the caller */
  } else {
    char message[128];
    snprintf(message, sizeof message, "ortijd factory: unknown member %s",
             member);
    *exc = storage;
    otuno_raise_runtime(storage, message);
  }
}

/* The loader's entry points (cppuhelper/source/shlib.cxx). */
SAL_DLLPUBLIC_EXPORT void SAL_CALL component_getImplementationEnvironment(
    const char **env_type_name, void **env);
SAL_DLLPUBLIC_EXPORT void *SAL_CALL component_getFactory(
    const char *impl_name, void *service_manager, void *registry_key);

static uno_Interface factory = {factory_acquire, factory_release,
                                factory_dispatch};

/* Tells the loader this library speaks binary UNO ("uno", UNO_LB_UNO). */
SAL_DLLPUBLIC_EXPORT void SAL_CALL component_getImplementationEnvironment(
    const char **env_type_name, void **env)
{
  (void)env;
  *env_type_name = "uno";
}

/* Returns the factory for implementation `impl_name` (acquired; the caller
** releases it), or NULL for any other name or when LibreOffice's type
** library lacks a type this component needs. */
SAL_DLLPUBLIC_EXPORT void *SAL_CALL component_getFactory(
    const char *impl_name, void *service_manager, void *registry_key)
{
  (void)service_manager;
  (void)registry_key;
  if (impl_name == NULL || strcmp(impl_name, OTFN_IMPLEMENTATION_NAME) != 0)
    return NULL;
  if (!otuno_init())
    return NULL;
  factory.acquire(&factory);
  return &factory;
}
