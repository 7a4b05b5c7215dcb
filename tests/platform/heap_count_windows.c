/*
** heap_count_windows.c - live heap block counting for the load test under
** wine, against LibreOffice's own sal3.dll/cppu3.dll (heap_count_windows.h).
**
** How: import interposition. Every DLL named by the caller gets the heap
** entries of its import address table replaced by counting wrappers that
** forward to the original function:
**   UCRT (api-ms-win-crt-heap-l1-1-0.dll, ucrtbase.dll; LibreOffice's
**     DLLs, whose rtl_allocateMemory and operator new end in malloc):
**     malloc calloc realloc free _aligned_malloc _aligned_realloc
**     _aligned_free _recalloc
**   msvcrt.dll (MinGW code: the component): malloc calloc realloc free
**   KERNEL32.dll (sal3 calls the Win32 heap directly too): HeapAlloc
**     HeapReAlloc HeapFree
** A module may also keep copies of those addresses in its writable data
** (sal3 allocates strings through the function pointers rtl_allocateString
** and rtl_freeString, set to malloc and free when it starts): every
** pointer-sized value there that equals a hooked original is replaced too.
** Each wrapper records the block's address in a table (with its size and
** an allocation number), so a block allocated before its module was hooked
** and freed later changes nothing, and what is left over can be shown.
** Only the hooked modules are seen: a block that wine's own DLLs allocate
** for themselves is not counted, which is what a leak check of the URE and
** the component wants.
*/
#include "heap_count_windows.h"

#include <windows.h>

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ---- The table of live blocks ------------------------------------------ */

#define SLOTS (1u << 18) /* power of two, far above what a test holds */

typedef struct block {
  void *p; /* NULL: free slot */
  size_t size;
  unsigned long seq;
} block;

static block table[SLOTS];
static long live;
static unsigned long seq;
static int overflow; /* the table filled up: counting stopped */
static SRWLOCK lock = SRWLOCK_INIT;

static size_t slot_of(const void *p)
{
  uintptr_t h = (uintptr_t)p;
  h ^= h >> 17;
  h *= (uintptr_t)0x9E3779B97F4A7C15ull;
  return (size_t)(h >> 40) & (SLOTS - 1);
}

static void track_add(void *p, size_t size)
{
  if (p == NULL)
    return;
  AcquireSRWLockExclusive(&lock);
  if (live >= (long)(SLOTS / 2)) {
    overflow = 1;
  } else {
    size_t i = slot_of(p);
    while (table[i].p != NULL && table[i].p != p)
      i = (i + 1) & (SLOTS - 1);
    if (table[i].p == NULL)
      live++;
    table[i].p = p;
    table[i].size = size;
    table[i].seq = ++seq;
  }
  ReleaseSRWLockExclusive(&lock);
}

/* Forgets p; returns 1 when it was counted. Linear probing with backward
** shift deletion: no tombstones. */
static int track_remove(void *p)
{
  if (p == NULL)
    return 0;
  int found = 0;
  AcquireSRWLockExclusive(&lock);
  size_t i = slot_of(p);
  while (table[i].p != NULL && table[i].p != p)
    i = (i + 1) & (SLOTS - 1);
  if (table[i].p == p) {
    found = 1;
    live--;
    size_t hole = i;
    for (size_t j = (i + 1) & (SLOTS - 1); table[j].p != NULL;
         j = (j + 1) & (SLOTS - 1)) {
      size_t home = slot_of(table[j].p);
      /* j's entry may move into the hole when its home is not in (hole, j] */
      int stays = hole <= j ? (home > hole && home <= j)
                            : (home > hole || home <= j);
      if (!stays) {
        table[hole] = table[j];
        hole = j;
      }
    }
    table[hole].p = NULL;
  }
  ReleaseSRWLockExclusive(&lock);
  return found;
}

long heap_count_live(void)
{
  AcquireSRWLockShared(&lock);
  long n = overflow ? -1 : live;
  ReleaseSRWLockShared(&lock);
  return n;
}

unsigned long heap_count_mark(void)
{
  AcquireSRWLockShared(&lock);
  unsigned long s = seq;
  ReleaseSRWLockShared(&lock);
  return s;
}

/* The text of block b when it has the shape of an rtl_uString
** (refCount, length, buffer[length + 1]) of printable ASCII; else "". */
static void string_text(const block *b, char *out, size_t cap)
{
  out[0] = '\0';
  if (b->size < 10)
    return;
  int32_t ref, len;
  memcpy(&ref, b->p, 4);
  memcpy(&len, (const char *)b->p + 4, 4);
  if (ref < 1 || ref > 0xFFFF || len < 0 ||
      (b->size != 10 + 2 * (size_t)len && b->size != 12 + 2 * (size_t)len))
    return;
  const uint16_t *text = (const uint16_t *)((const char *)b->p + 8);
  size_t n = 0;
  for (int32_t k = 0; k < len && n + 1 < cap; k++) {
    if (text[k] < 0x20 || text[k] > 0x7E) {
      out[0] = '\0';
      return;
    }
    out[n++] = (char)text[k];
  }
  out[n] = '\0';
  snprintf(out + n, cap - n, "\" (refCount %d)", (int)ref);
}

void heap_count_print_since(unsigned long mark, int max)
{
  AcquireSRWLockShared(&lock);
  int shown = 0;
  for (size_t i = 0; i < SLOTS && shown < max; i++) {
    if (table[i].p == NULL || table[i].seq <= mark)
      continue;
    char text[96];
    string_text(&table[i], text, sizeof text);
    printf("  live block #%lu: %lu bytes%s%s\n", table[i].seq,
           (unsigned long)table[i].size, text[0] ? ", rtl_uString \"" : "",
           text);
    shown++;
  }
  ReleaseSRWLockShared(&lock);
}

/* ---- The wrappers ------------------------------------------------------- */

typedef void *(__cdecl *malloc_fn)(size_t);
typedef void *(__cdecl *calloc_fn)(size_t, size_t);
typedef void *(__cdecl *realloc_fn)(void *, size_t);
typedef void(__cdecl *free_fn)(void *);
typedef void *(__cdecl *aligned_malloc_fn)(size_t, size_t);
typedef void *(__cdecl *aligned_realloc_fn)(void *, size_t, size_t);
typedef void *(__cdecl *recalloc_fn)(void *, size_t, size_t);
typedef LPVOID(WINAPI *heap_alloc_fn)(HANDLE, DWORD, SIZE_T);
typedef LPVOID(WINAPI *heap_realloc_fn)(HANDLE, DWORD, LPVOID, SIZE_T);
typedef BOOL(WINAPI *heap_free_fn)(HANDLE, DWORD, LPVOID);

/* The originals, as found in the first hooked import table. */
static struct {
  malloc_fn malloc;
  calloc_fn calloc;
  realloc_fn realloc;
  free_fn free;
  aligned_malloc_fn aligned_malloc;
  aligned_realloc_fn aligned_realloc;
  free_fn aligned_free;
  recalloc_fn recalloc;
} ucrt, msvcrt;
static heap_alloc_fn real_heap_alloc;
static heap_realloc_fn real_heap_realloc;
static heap_free_fn real_heap_free;

/* realloc-like: p == NULL allocates, size 0 frees (UCRT, msvcrt), a
** failure keeps the old block. */
static void *tracked_realloc(void *old, size_t size, void *p)
{
  if (old != NULL && p == NULL && size != 0)
    return NULL; /* failed: old stays, and stays counted */
  if (old != NULL)
    track_remove(old);
  track_add(p, size);
  return p;
}

#define CRT_WRAPPERS(crt)                                                     \
  static void *__cdecl crt##_malloc(size_t n)                                 \
  {                                                                           \
    void *p = crt.malloc(n);                                                  \
    track_add(p, n);                                                          \
    return p;                                                                 \
  }                                                                           \
  static void *__cdecl crt##_calloc(size_t n, size_t s)                       \
  {                                                                           \
    void *p = crt.calloc(n, s);                                               \
    track_add(p, n * s);                                                      \
    return p;                                                                 \
  }                                                                           \
  static void *__cdecl crt##_realloc(void *old, size_t n)                     \
  {                                                                           \
    return tracked_realloc(old, n, crt.realloc(old, n));                      \
  }                                                                           \
  static void __cdecl crt##_free(void *p)                                     \
  {                                                                           \
    track_remove(p);                                                          \
    crt.free(p);                                                              \
  }
CRT_WRAPPERS(ucrt)
CRT_WRAPPERS(msvcrt)

static void *__cdecl ucrt_aligned_malloc(size_t n, size_t align)
{
  void *p = ucrt.aligned_malloc(n, align);
  track_add(p, n);
  return p;
}

static void *__cdecl ucrt_aligned_realloc(void *old, size_t n, size_t align)
{
  return tracked_realloc(old, n, ucrt.aligned_realloc(old, n, align));
}

static void __cdecl ucrt_aligned_free(void *p)
{
  track_remove(p);
  ucrt.aligned_free(p);
}

static void *__cdecl ucrt_recalloc(void *old, size_t n, size_t s)
{
  return tracked_realloc(old, n * s, ucrt.recalloc(old, n, s));
}

static LPVOID WINAPI hook_heap_alloc(HANDLE heap, DWORD flags, SIZE_T n)
{
  LPVOID p = real_heap_alloc(heap, flags, n);
  track_add(p, n);
  return p;
}

static LPVOID WINAPI hook_heap_realloc(HANDLE heap, DWORD flags, LPVOID old,
                                       SIZE_T n)
{
  LPVOID p = real_heap_realloc(heap, flags, old, n);
  if (p != NULL && p != old) {
    track_remove(old);
    track_add(p, n);
  }
  return p;
}

static BOOL WINAPI hook_heap_free(HANDLE heap, DWORD flags, LPVOID p)
{
  int counted = track_remove(p);
  BOOL ok = real_heap_free(heap, flags, p);
  if (!ok && counted)
    track_add(p, 0); /* not freed after all */
  return ok;
}

/* ---- Patching import tables ------------------------------------------- */

typedef struct hook {
  const char *dll;  /* import DLL family: "ucrt", "msvcrt", "kernel32" */
  const char *name; /* imported function */
  void *wrapper;
  void **original;
} hook;

#define H(dll, name, wrapper, orig) {dll, name, (void *)wrapper, (void **)&orig}
static const hook hooks[] = {
  H("ucrt", "malloc", ucrt_malloc, ucrt.malloc),
  H("ucrt", "calloc", ucrt_calloc, ucrt.calloc),
  H("ucrt", "realloc", ucrt_realloc, ucrt.realloc),
  H("ucrt", "free", ucrt_free, ucrt.free),
  H("ucrt", "_aligned_malloc", ucrt_aligned_malloc, ucrt.aligned_malloc),
  H("ucrt", "_aligned_realloc", ucrt_aligned_realloc, ucrt.aligned_realloc),
  H("ucrt", "_aligned_free", ucrt_aligned_free, ucrt.aligned_free),
  H("ucrt", "_recalloc", ucrt_recalloc, ucrt.recalloc),
  H("msvcrt", "malloc", msvcrt_malloc, msvcrt.malloc),
  H("msvcrt", "calloc", msvcrt_calloc, msvcrt.calloc),
  H("msvcrt", "realloc", msvcrt_realloc, msvcrt.realloc),
  H("msvcrt", "free", msvcrt_free, msvcrt.free),
  H("kernel32", "HeapAlloc", hook_heap_alloc, real_heap_alloc),
  H("kernel32", "HeapReAlloc", hook_heap_realloc, real_heap_realloc),
  H("kernel32", "HeapFree", hook_heap_free, real_heap_free),
};
#undef H
#define HOOK_COUNT (sizeof hooks / sizeof hooks[0])

/* The family of an imported DLL name, or NULL when none is hooked. */
static const char *family_of(const char *dll)
{
  if (_stricmp(dll, "api-ms-win-crt-heap-l1-1-0.dll") == 0 ||
      _stricmp(dll, "ucrtbase.dll") == 0)
    return "ucrt";
  if (_stricmp(dll, "msvcrt.dll") == 0)
    return "msvcrt";
  if (_stricmp(dll, "kernel32.dll") == 0)
    return "kernel32";
  return NULL;
}

/* Points one import slot at `wrapper`, keeping the original. Returns 0 when
** the slot had another original than the one kept already (two CRTs under
** one name: the wrapper would forward to the wrong one). */
static int patch_slot(void **slot, const hook *h)
{
  if (*slot == h->wrapper)
    return 1;
  if (*h->original == NULL)
    *h->original = *slot;
  else if (*h->original != *slot)
    return 0;
  DWORD old;
  if (!VirtualProtect(slot, sizeof *slot, PAGE_READWRITE, &old))
    return 0;
  *slot = h->wrapper;
  VirtualProtect(slot, sizeof *slot, old, &old);
  return 1;
}

/* Replaces, in module m's writable sections, each pointer-sized value
** that is the original of a hooked function by its wrapper; returns the
** number replaced. */
static int patch_data(char *base, const IMAGE_NT_HEADERS64 *nt)
{
  int patched = 0;
  const IMAGE_SECTION_HEADER *sec = IMAGE_FIRST_SECTION(nt);
  for (WORD k = 0; k < nt->FileHeader.NumberOfSections; k++) {
    DWORD flags = sec[k].Characteristics;
    if (!(flags & IMAGE_SCN_MEM_WRITE) || (flags & IMAGE_SCN_MEM_EXECUTE))
      continue;
    void **p = (void **)(base + sec[k].VirtualAddress);
    size_t n = sec[k].Misc.VirtualSize / sizeof *p;
    for (size_t i = 0; i < n; i++)
      for (size_t h = 0; h < HOOK_COUNT; h++)
        if (*hooks[h].original != NULL && p[i] == *hooks[h].original) {
          p[i] = hooks[h].wrapper;
          patched++;
        }
  }
  return patched;
}

/* Hooks module m's heap imports and their copies in its data; returns the
** number of slots patched, -1 on an error (printed). */
static int hook_module(HMODULE m, const wchar_t *name)
{
  char *base = (char *)m;
  const IMAGE_DOS_HEADER *dos = (const IMAGE_DOS_HEADER *)base;
  const IMAGE_NT_HEADERS64 *nt =
      (const IMAGE_NT_HEADERS64 *)(base + dos->e_lfanew);
  const IMAGE_DATA_DIRECTORY *dir =
      &nt->OptionalHeader.DataDirectory[IMAGE_DIRECTORY_ENTRY_IMPORT];
  if (dir->VirtualAddress == 0)
    return 0;
  int patched = 0;
  for (const IMAGE_IMPORT_DESCRIPTOR *d =
           (const IMAGE_IMPORT_DESCRIPTOR *)(base + dir->VirtualAddress);
       d->Name != 0; d++) {
    const char *family = family_of(base + d->Name);
    if (family == NULL || d->OriginalFirstThunk == 0)
      continue;
    const IMAGE_THUNK_DATA64 *names =
        (const IMAGE_THUNK_DATA64 *)(base + d->OriginalFirstThunk);
    void **slots = (void **)(base + d->FirstThunk);
    for (size_t k = 0; names[k].u1.AddressOfData != 0; k++) {
      if (IMAGE_SNAP_BY_ORDINAL64(names[k].u1.Ordinal))
        continue;
      const char *fn =
          ((const IMAGE_IMPORT_BY_NAME *)(base + names[k].u1.AddressOfData))
              ->Name;
      for (size_t h = 0; h < HOOK_COUNT; h++) {
        if (strcmp(hooks[h].dll, family) != 0 || strcmp(hooks[h].name, fn) != 0)
          continue;
        if (!patch_slot(&slots[k], &hooks[h])) {
          printf("heap count: cannot hook %s of %ls (%s)\n", fn, name,
                 base + d->Name);
          return -1;
        }
        patched++;
      }
    }
  }
  return patched + patch_data(base, nt);
}

int heap_count_hook(const wchar_t *const *modules, int count)
{
  static HMODULE done[32];
  static int ndone;
  for (int i = 0; i < count; i++) {
    HMODULE m = GetModuleHandleW(modules[i]);
    int seen = 0;
    for (int k = 0; k < ndone; k++)
      seen |= done[k] == m;
    if (m == NULL || seen)
      continue;
    int n = hook_module(m, modules[i]);
    if (n < 0)
      return -1;
    if (n == 0) {
      printf("heap count: %ls imports no heap function this test knows\n",
             modules[i]);
      return -1;
    }
    if (ndone < (int)(sizeof done / sizeof done[0]))
      done[ndone++] = m;
  }
  return ndone;
}
