/*
** uno_c.h - includes the LibreOffice binary-UNO C headers from plain C.
**
** LibreOffice 7.4's typelib/typedescription.h ends with C++-only inline
** helpers (TYPELIB_DANGER_GET and friends); in C they need <stdbool.h>, a
** typedef for the enum tag and `inline` made static (uno-c-notes.md). This
** is the only file that includes LibreOffice headers directly; compile with
** -DUNX -DLINUX.
*/
#ifndef ORTIJD_UNO_C_H
#define ORTIJD_UNO_C_H

#include <stdbool.h>

#include <sal/types.h>
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
