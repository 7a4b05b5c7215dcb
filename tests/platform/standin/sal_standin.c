/*
** sal_standin.c - a stand-in sal3.dll for testing ortijd's Windows
** component under wine (there is no LibreOffice for Windows on this
** machine). It implements the sal functions the component and the load
** test import, plus what cppu_standin.c needs, with sal's conventions:
** rtl_uString { refCount, length, buffer[] } with sal_Unicode = wchar_t
** (2 bytes), a static empty string, recursive osl mutexes (CRITICAL_
** SECTION) and one process-wide global mutex. Every heap block goes
** through rtl_allocateMemory/rtl_freeMemory, which count live blocks for
** standin_live_objects().
**
** Build: x86_64-w64-mingw32-gcc -DWIN32 -DWNT -DSAL_DLLIMPLEMENTATION,
** addin/platform/windows and addin before the SDK include directory,
** -static-libgcc; output name sal3.dll.
*/
#include <windows.h>

#include "standin.h"

#include <rtl/alloc.h>
#include <rtl/textenc.h>

/* Set on static strings (sal/rtl/strimp.hxx): never counted or freed. */
#define STATIC_FLAG 0x40000000

static volatile LONG live_blocks;
static struct _oslMutexImpl *global_mutex;

struct _oslMutexImpl {
  CRITICAL_SECTION cs;
};

static struct _oslMutexImpl global_mutex_impl;
static struct {
  sal_Int32 refCount, length;
  sal_Unicode buffer[1];
} empty_string = {STATIC_FLAG | 1, 0, {0}};

BOOL WINAPI DllMain(HINSTANCE dll, DWORD reason, LPVOID reserved);

/* Sets up the global mutex when the DLL is loaded (no sal calls here: the
** loader lock is held). */
BOOL WINAPI DllMain(HINSTANCE dll, DWORD reason, LPVOID reserved)
{
  (void)dll;
  (void)reserved;
  if (reason == DLL_PROCESS_ATTACH) {
    InitializeCriticalSection(&global_mutex_impl.cs);
    global_mutex = &global_mutex_impl;
  }
  return TRUE;
}

SAL_DLLPUBLIC_EXPORT sal_Int32 SAL_CALL standin_live_objects(void)
{
  return (sal_Int32)live_blocks;
}

/* ---- Memory ------------------------------------------------------------ */

/* A counted heap block (never NULL: aborts when memory runs out, as sal). */
void *SAL_CALL rtl_allocateMemory(sal_Size bytes)
{
  void *p = malloc(bytes != 0 ? bytes : 1);
  if (p == NULL)
    abort();
  InterlockedIncrement(&live_blocks);
  return p;
}

/* Frees a block from rtl_allocateMemory; NULL is ignored. */
void SAL_CALL rtl_freeMemory(void *p)
{
  if (p == NULL)
    return;
  InterlockedDecrement(&live_blocks);
  free(p);
}

/* ---- Mutexes ----------------------------------------------------------- */

oslMutex SAL_CALL osl_createMutex(void)
{
  struct _oslMutexImpl *m = rtl_allocateMemory(sizeof *m);
  InitializeCriticalSection(&m->cs);
  return m;
}

void SAL_CALL osl_destroyMutex(oslMutex m)
{
  if (m == NULL)
    return;
  DeleteCriticalSection(&m->cs);
  rtl_freeMemory(m);
}

sal_Bool SAL_CALL osl_acquireMutex(oslMutex m)
{
  if (m == NULL)
    return sal_False;
  EnterCriticalSection(&m->cs);
  return sal_True;
}

sal_Bool SAL_CALL osl_releaseMutex(oslMutex m)
{
  if (m == NULL)
    return sal_False;
  LeaveCriticalSection(&m->cs);
  return sal_True;
}

/* The process-wide recursive mutex (set up in DllMain). */
oslMutex *SAL_CALL osl_getGlobalMutex(void)
{
  return &global_mutex;
}

/* ---- Strings ----------------------------------------------------------- */

/* A new string of `length` units, refCount 1, terminated; buffer unset. */
static rtl_uString *string_alloc(sal_Int32 length)
{
  rtl_uString *s = rtl_allocateMemory(offsetof(rtl_uString, buffer) +
                                      ((size_t)length + 1) * sizeof(sal_Unicode));
  s->refCount = 1;
  s->length = length;
  s->buffer[length] = 0;
  return s;
}

void SAL_CALL rtl_uString_acquire(rtl_uString *s)
{
  if ((s->refCount & STATIC_FLAG) == 0)
    InterlockedIncrement((volatile LONG *)&s->refCount);
}

void SAL_CALL rtl_uString_release(rtl_uString *s)
{
  if ((s->refCount & STATIC_FLAG) == 0 &&
      InterlockedDecrement((volatile LONG *)&s->refCount) == 0)
    rtl_freeMemory(s);
}

/* *str becomes the (static) empty string; a previous value is released. */
void SAL_CALL rtl_uString_new(rtl_uString **str)
{
  if (*str != NULL)
    rtl_uString_release(*str);
  *str = (rtl_uString *)(void *)&empty_string;
}

void SAL_CALL rtl_uString_assign(rtl_uString **str, rtl_uString *right)
{
  rtl_uString_acquire(right);
  if (*str != NULL)
    rtl_uString_release(*str);
  *str = right;
}

/* Compares `len` units with NUL-terminated ASCII `second`, as sal does:
** <0, 0 or >0. */
sal_Int32 SAL_CALL rtl_ustr_ascii_compare_WithLength(const sal_Unicode *first,
                                                     sal_Int32 len,
                                                     const char *second)
{
  for (sal_Int32 i = 0;; i++) {
    sal_Int32 b = (unsigned char)second[i];
    if (i == len)
      return -b;
    if (b == 0)
      return 1;
    sal_Int32 d = (sal_Int32)first[i] - b;
    if (d != 0)
      return d;
  }
}

/* Decodes one UTF-8 sequence at s[*i] (n bytes); returns the code point,
** U+FFFD for a malformed one, and advances *i. */
static sal_uInt32 utf8_next(const unsigned char *s, sal_Int32 n, sal_Int32 *i)
{
  unsigned c = s[(*i)++];
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  if (c >= 0x80 && extra == 0)
    return 0xFFFD;
  sal_uInt32 cp = extra ? (c & (0x3Fu >> extra)) : c;
  for (int k = 0; k < extra; k++) {
    if (*i >= n || (s[*i] & 0xC0) != 0x80)
      return 0xFFFD;
    cp = (cp << 6) | (s[(*i)++] & 0x3Fu);
  }
  return cp <= 0x10FFFF ? cp : 0xFFFD;
}

/* Converts `len` bytes in `encoding` (UTF-8; any other as Latin-1, which
** covers ASCII) into a new string; a previous *newStr is released. */
void SAL_CALL rtl_string2UString(rtl_uString **newStr, const char *str,
                                 sal_Int32 len, rtl_TextEncoding encoding,
                                 sal_uInt32 convertFlags)
{
  (void)convertFlags;
  const unsigned char *s = (const unsigned char *)str;
  sal_Int32 units = 0;
  for (sal_Int32 i = 0; i < len;) {
    sal_uInt32 cp = encoding == RTL_TEXTENCODING_UTF8 ? utf8_next(s, len, &i)
                                                      : s[i++];
    units += cp > 0xFFFF ? 2 : 1;
  }
  rtl_uString *out = string_alloc(units);
  sal_Int32 u = 0;
  for (sal_Int32 i = 0; i < len;) {
    sal_uInt32 cp = encoding == RTL_TEXTENCODING_UTF8 ? utf8_next(s, len, &i)
                                                      : s[i++];
    if (cp > 0xFFFF) {
      out->buffer[u++] = (sal_Unicode)(0xD800 + ((cp - 0x10000) >> 10));
      out->buffer[u++] = (sal_Unicode)(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      out->buffer[u++] = (sal_Unicode)cp;
    }
  }
  if (*newStr != NULL)
    rtl_uString_release(*newStr);
  *newStr = out;
}
