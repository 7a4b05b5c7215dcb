/*
** sal/typesizes.h for Windows x64 (LLP64), found before the Debian SDK's
** Linux copy when addin/platform/windows is first on the include path.
** The values are those of LibreOffice's own Windows x64 build
** (config_host/config_typesizes.h): long is 4 bytes, pointers 8.
*/
#ifndef CONFIG_TYPESIZES_H
#define CONFIG_TYPESIZES_H

#define SAL_TYPES_ALIGNMENT2 2
#define SAL_TYPES_ALIGNMENT4 4
#define SAL_TYPES_ALIGNMENT8 8
#define SAL_TYPES_SIZEOFSHORT 2
#define SAL_TYPES_SIZEOFINT 4
#define SAL_TYPES_SIZEOFLONG 4
#define SAL_TYPES_SIZEOFLONGLONG 8
#define SAL_TYPES_SIZEOFPOINTER 8

#endif
