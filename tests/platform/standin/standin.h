/*
** standin.h - what the Windows stand-ins sal3.dll and cppu3.dll add to the
** URE's C API: a live-object counter for leak checks. The load test
** (../load_component.c) reads it with GetProcAddress and sums both DLLs.
**
** sal3.dll:  heap blocks alive that sal3/cppu3 allocated for others
**            (strings, mutexes, sequences, any and exception values, type
**            descriptions; everything goes through rtl_allocateMemory).
** cppu3.dll: references held on type descriptions, beyond the type
**            registry's own (which holds every type for the process life).
*/
#ifndef ORTIJD_STANDIN_H
#define ORTIJD_STANDIN_H

#include "uno_c.h"

SAL_DLLPUBLIC_EXPORT sal_Int32 SAL_CALL standin_live_objects(void);

#endif /* ORTIJD_STANDIN_H */
