/*
** heap_count_windows.h - counts the heap blocks that LibreOffice's real
** Windows URE DLLs (and the component) hold, for the load test's leak
** check under wine. There is no counter inside sal3.dll/cppu3.dll: the
** count comes from import interposition, as a debugger's heap hook would.
** heap_count_windows.c has the details.
*/
#ifndef ORTIJD_HEAP_COUNT_WINDOWS_H
#define ORTIJD_HEAP_COUNT_WINDOWS_H

#include <stddef.h>

/* Hooks the heap imports (malloc & co. of the UCRT and of msvcrt.dll,
** HeapAlloc/HeapFree/HeapReAlloc) of every module named in `modules` that
** is loaded and not hooked yet; modules not loaded are skipped (call again
** once they are). Returns the number of modules hooked so far, or -1 (and
** a message on stdout) when a module's import table cannot be patched. */
int heap_count_hook(const wchar_t *const *modules, int count);

/* The number of blocks allocated through a hooked import since it was
** hooked and not freed yet. Blocks from before the hook are not counted,
** and freeing them does not change the count. */
long heap_count_live(void);

/* Prints (on stdout, indented) up to `max` of the blocks allocated after
** `mark` (a heap_count_mark() value) and still live: size, and the text
** when the block looks like an rtl_uString. */
void heap_count_print_since(unsigned long mark, int max);

/* The allocation sequence number so far (for heap_count_print_since). */
unsigned long heap_count_mark(void);

#endif /* ORTIJD_HEAP_COUNT_WINDOWS_H */
