/*
** uno_args.c - one call of a Calc function at the UNO border (contracts in
** uno_args.h): its arguments from the UNO bridge to otfn_value, the
** calling loop (otfn_call, UNO-free: function_call.c), its result back to
** UNO values or its failure as an IllegalArgumentException.
**
** Bridge convention (uno/dispatcher.h): args[i] points at argument i's
** memory (double* for a required number, uno_Any* for an optional one),
** ret at uninitialised memory for the result.
*/
#include "uno_args.h"

#include <stdlib.h>

#include "function_call.h"
#include "uno_util.h"

/* Where the UTF-8 text of string arguments is kept while a call runs:
** a small buffer per argument, and a heap buffer for a longer text. */
#define ARG_TEXT_CAP 128
typedef struct arg_text {
  char small[OTFN_MAX_ARGS][ARG_TEXT_CAP];
  char *heap[OTFN_MAX_ARGS]; /* owned; freed by arg_text_free */
  int count;                 /* heap[0..count) were set */
} arg_text;

/* Strips the UNO types off an any argument. Text is converted to UTF-8 in
** buf when it fits in cap bytes, else in a buffer malloc'ed for it whole and
** stored in *heap (caller frees; on allocation failure the value is OTHER);
** a 1x1 range ([][]any) is unwrapped once. */
static void any_to_value(const uno_Any *a, otfn_value *v, char *buf,
                         size_t cap, char **heap, int unwrap)
{
  v->kind = OTFN_VALUE_OTHER;
  v->number = 0.0;
  v->text = NULL;
  v->len = 0;
  switch (a->pType->eTypeClass) {
  case typelib_TypeClass_VOID:
    v->kind = OTFN_VALUE_VOID;
    return;
  case typelib_TypeClass_DOUBLE:
    v->number = *(const double *)a->pData; break;
  case typelib_TypeClass_FLOAT:
    v->number = *(const float *)a->pData; break;
  case typelib_TypeClass_BOOLEAN:
    v->number = *(const sal_Bool *)a->pData ? 1.0 : 0.0; break;
  case typelib_TypeClass_BYTE:
    v->number = *(const sal_Int8 *)a->pData; break;
  case typelib_TypeClass_SHORT:
    v->number = *(const sal_Int16 *)a->pData; break;
  case typelib_TypeClass_UNSIGNED_SHORT:
    v->number = *(const sal_uInt16 *)a->pData; break;
  case typelib_TypeClass_LONG:
    v->number = *(const sal_Int32 *)a->pData; break;
  case typelib_TypeClass_UNSIGNED_LONG:
    v->number = *(const sal_uInt32 *)a->pData; break;
  case typelib_TypeClass_HYPER:
    v->number = (double)*(const sal_Int64 *)a->pData; break;
  case typelib_TypeClass_UNSIGNED_HYPER:
    v->number = (double)*(const sal_uInt64 *)a->pData; break;
  case typelib_TypeClass_STRING: {
    const rtl_uString *str = *(rtl_uString *const *)a->pData;
    /* At most 3 UTF-8 bytes per UTF-16 unit: the whole text always fits,
    ** so a long text is never judged by a truncated prefix. */
    size_t need = (size_t)str->length * 3 + 1;
    if (need > cap) {
      buf = malloc(need);
      if (buf == NULL)
        return;
      *heap = buf;
      cap = need;
    }
    v->kind = OTFN_VALUE_TEXT;
    v->len = otuno_string_to_utf8(str, buf, cap);
    v->text = buf;
    return;
  }
  case typelib_TypeClass_SEQUENCE:
    if (unwrap && otuno_string_equals_ascii(a->pType->pTypeName, "[][]any")) {
      const uno_Sequence *rows = *(uno_Sequence *const *)a->pData;
      if (rows->nElements == 1) {
        const uno_Sequence *row = ((uno_Sequence *const *)rows->elements)[0];
        if (row->nElements == 1)
          any_to_value((const uno_Any *)row->elements, v, buf, cap, heap, 0);
      }
    }
    return;
  default:
    return;
  }
  v->kind = OTFN_VALUE_NUMBER;
}

/* Constructs in `storage` the IllegalArgumentException of a failed call:
** the message of otfn_error_message, ArgumentPosition bad_arg. */
static void raise_call_error(uno_Any *storage, const otfn_function *f,
                             int bad_arg, int status)
{
  char message[256];
  otfn_error_message(f, bad_arg, status, message, sizeof message);
  otuno_raise_illegal_argument(storage, message, (sal_Int16)bad_arg);
}

/* Builds the [][]any result of a table function: rows of (label, hours). */
static void write_table(void *ret, const otfn_table *table)
{
  typelib_TypeDescription *t_string = otuno_type(OTUNO_T_STRING);
  typelib_TypeDescription *t_double = otuno_type(OTUNO_T_DOUBLE);
  typelib_TypeDescription *t_row = otuno_type(OTUNO_T_SEQ_ANY);
  uno_Sequence *rows[OTFN_TABLE_ROWS];
  for (int r = 0; r < OTFN_TABLE_ROWS; r++) {
    uno_Any cells[OTFN_TABLE_COLS];
    rtl_uString *label = otuno_string_new(table->label[r]);
    uno_any_construct(&cells[0], &label, t_string, NULL);
    uno_any_construct(&cells[1], (void *)&table->value[r], t_double, NULL);
    rtl_uString_release(label);
    rows[r] = NULL;
    uno_sequence_construct(&rows[r], t_row, cells, OTFN_TABLE_COLS, NULL);
    uno_any_destruct(&cells[0], NULL);
    uno_any_destruct(&cells[1], NULL);
  }
  uno_Sequence *result = NULL;
  uno_sequence_construct(&result, otuno_type(OTUNO_T_SEQ_SEQ_ANY), rows,
                         OTFN_TABLE_ROWS, NULL);
  for (int r = 0; r < OTFN_TABLE_ROWS; r++)
    uno_destructData(&rows[r], t_row, NULL);
  *(uno_Sequence **)ret = result;
}

/* Builds the [][]any result of a grid function: rows x cols doubles, the
** columns in blank_cols as empty strings. */
static void write_grid(void *ret, const otfn_grid *grid)
{
  typelib_TypeDescription *t_string = otuno_type(OTUNO_T_STRING);
  typelib_TypeDescription *t_double = otuno_type(OTUNO_T_DOUBLE);
  typelib_TypeDescription *t_row = otuno_type(OTUNO_T_SEQ_ANY);
  rtl_uString *empty = otuno_string_new("");
  uno_Sequence *rows[OTFN_GRID_MAX_ROWS];
  for (int r = 0; r < grid->rows; r++) {
    uno_Any cells[OTFN_GRID_MAX_COLS];
    for (int c = 0; c < grid->cols; c++) {
      if ((grid->blank_cols >> c) & 1u)
        uno_any_construct(&cells[c], &empty, t_string, NULL);
      else
        uno_any_construct(&cells[c], (void *)&grid->value[r][c], t_double,
                          NULL);
    }
    rows[r] = NULL;
    uno_sequence_construct(&rows[r], t_row, cells, grid->cols, NULL);
    for (int c = 0; c < grid->cols; c++)
      uno_any_destruct(&cells[c], NULL);
  }
  rtl_uString_release(empty);
  uno_Sequence *result = NULL;
  uno_sequence_construct(&result, otuno_type(OTUNO_T_SEQ_SEQ_ANY), rows,
                         grid->rows, NULL);
  for (int r = 0; r < grid->rows; r++)
    uno_destructData(&rows[r], t_row, NULL);
  *(uno_Sequence **)ret = result;
}

/* Parameter and result types against the table (contract in uno_args.h). */
int otuno_signature_matches(const otfn_function *f,
                            const typelib_TypeDescription *member_td)
{
  if (member_td->eTypeClass != typelib_TypeClass_INTERFACE_METHOD)
    return 0;
  const typelib_InterfaceMethodTypeDescription *m =
      (const typelib_InterfaceMethodTypeDescription *)member_td;
  if (m->nParams < f->argc)
    return 0;
  for (int i = 0; i < f->argc; i++) {
    const typelib_MethodParameter *param = &m->pParams[i];
    if (!otuno_string_equals_ascii(param->pTypeRef->pTypeName,
                                   otfn_arg_uno_type(f->args[i].kind)) ||
        !param->bIn || param->bOut)
      return 0;
  }
  return otuno_string_equals_ascii(m->pReturnTypeRef->pTypeName,
                                   otfn_result_uno_type(f->result).name);
}

/* Fills values[0..f->argc) from the bridge's args[] (otuno_call): a
** required number is read as a double, an any is stripped of its UNO type
** (any_to_value). A required number and an omitted optional argument (a
** void any), the common cases, are taken without the general conversion.
** The text stays valid until arg_text_free(text). */
static void args_to_values(const otfn_function *f, void *args[],
                           otfn_value *values, arg_text *text)
{
  text->count = 0;
  for (int i = 0; i < f->argc; i++) {
    otfn_value *v = &values[i];
    if (f->args[i].kind == OTFN_ARG_NUMBER) {
      v->kind = OTFN_VALUE_NUMBER; /* kind and number: all the decoder */
      v->number = *(const double *)args[i]; /* reads of a number */
    } else if (((const uno_Any *)args[i])->pType->eTypeClass ==
               typelib_TypeClass_VOID) {
      v->kind = OTFN_VALUE_VOID; /* all the decoder reads of an omitted one */
    } else {
      /* heap[count..i) were not set: clear them before this one */
      while (text->count <= i)
        text->heap[text->count++] = NULL;
      any_to_value((const uno_Any *)args[i], v, text->small[i], ARG_TEXT_CAP,
                   &text->heap[i], 1);
    }
  }
}

/* Frees what args_to_values allocated in *text. */
static void arg_text_free(arg_text *text)
{
  for (int i = 0; i < text->count; i++)
    free(text->heap[i]);
}

/* Writes the result of a successful call of `f` to the bridge's ret. */
static void write_result(const otfn_function *f, const otfn_result *result,
                         void *ret)
{
  switch (f->result) {
  case OTFN_RESULT_TABLE:
    write_table(ret, &result->table);
    break;
  case OTFN_RESULT_GRID:
    write_grid(ret, &result->grid);
    break;
  default:
    *(double *)ret = result->number;
  }
}

/* One call of a Calc function (contract in uno_args.h). */
void otuno_call(const otfn_function *f, void *ret, void *args[],
                uno_Any **exc)
{
  otfn_value values[OTFN_MAX_ARGS];
  arg_text text;
  args_to_values(f, args, values, &text);
  otfn_result result;
  int bad_arg = -1;
  int status = otfn_call(f, values, f->argc, &result, &bad_arg);
  arg_text_free(&text);
  if (status != ORTIJD_OK) {
    raise_call_error(*exc, f, bad_arg, status);
    return;
  }
  write_result(f, &result, ret);
  *exc = NULL;
}
