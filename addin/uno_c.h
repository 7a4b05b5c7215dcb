/*
** uno_c.h - includes the LibreOffice binary-UNO C headers from plain C, on
** every platform ortijd ships for. This is the only file that includes
** LibreOffice headers directly.
**
** - LibreOffice 7.4's typelib/typedescription.h ends with C++-only inline
**   helpers; in C they need <stdbool.h>, a typedef for the enum tag and
**   `inline` made static (docs/uno-in-c.md).
** - Linux: compile with -DUNX -DLINUX, as the SDK does.
** - Windows x64 with MinGW (docs/cross-platform.md): compile with
**   -DWIN32 -DWNT and put addin/platform/windows first on the include path
**   (its sal/typesizes.h is Win64's: long is 4 bytes). sal/types.h knows
**   only MSVC and Unix compilers, so it is included with _MSC_VER defined
**   for that one header: the export/import macros and SAL_CALL (__cdecl,
**   the only x64 convention) then take the values LibreOffice's own
**   Windows build uses. The C library and <intrin.h> come first, before the
**   `inline` trick below, which MinGW's own inline functions do not survive.
*/
#ifndef ORTIJD_UNO_C_H
#define ORTIJD_UNO_C_H

#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#if defined(_WIN32) && !defined(_MSC_VER)
#include <intrin.h>
#define _MSC_VER 1929 /* for sal/types.h only; undefined right after it */
#include <sal/types.h>
#undef _MSC_VER
#endif

#include <sal/types.h>
#include <osl/interlck.h>
#include <osl/mutex.h>
#include <typelib/typeclass.h>
typedef enum _typelib_TypeClass _typelib_TypeClass;
#define inline static inline
#include <typelib/typedescription.h>
#undef inline
#include <rtl/ustring.h>
#include <uno/any2.h>
#include <uno/data.h>
#include <uno/dispatcher.h>
#include <uno/sequence2.h>

#endif /* ORTIJD_UNO_C_H */
