/*
** bootstrap_windows.h - the load test's --bootstrap run on Windows:
** a component context from LibreOffice's own cppuhelper3MSC.dll, and the
** component created by its service manager, which loads it through the
** shared-library loader (cppuhelper/source/shlib.cxx) as LibreOffice does.
** bootstrap_windows.c has the details.
*/
#ifndef ORTIJD_BOOTSTRAP_WINDOWS_H
#define ORTIJD_BOOTSTRAP_WINDOWS_H

#include "uno_c.h"

/* Reports an uncaught C++ exception (or another fatal exception) as text
** through `fail`, which must not return, instead of a silent crash. */
void ure_on_fatal(void (*fail)(const char *text));

/* defaultBootstrap_InitialComponentContext(ini_url) of cppuhelper3MSC.dll:
** the C++ XComponentContext (acquired), or NULL with a message on stdout
** (the DLL or its symbol missing). A C++ exception goes to ure_on_fatal. */
void *ure_bootstrap(const char *ini_url);

/* context->getServiceManager()->createInstanceWithContext(service,
** context), the result mapped to binary UNO as interface `iface` through
** cppu's "mscx" -> "uno" mapping: the uno_Interface (acquired), or NULL
** when the service manager answered a null reference. */
uno_Interface *ure_create_instance(void *context, const char *service,
                                   const char *iface);

/* Releases a C++ object (XInterface::release). */
void ure_release(void *cxx);

#endif /* ORTIJD_BOOTSTRAP_WINDOWS_H */
