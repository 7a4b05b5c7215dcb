/*
** hours_table.c - the hours table of ORURENSTAAT (ORTIJD_HOURS_ROWS in
** ortijd.h): the Dutch label of each row, in the words of the article's
** "Voorbeeldberekening" and the WOR articles each line rests on, and the
** value of each row for a breakdown (ortijd_hours).
*/
#include "ortijd.h"

#include <stddef.h>

#define ROW_LABEL(name, label) label,
/* Dutch labels, indexed by ortijd_hours_row. */
static const char *const row_labels[ORTIJD_HOURS_ROW_COUNT] = {
  ORTIJD_HOURS_ROWS(ROW_LABEL, ROW_LABEL, ROW_LABEL)
};
#undef ROW_LABEL

/* Label of a row; NULL if it is not a row of the table. The comparison is
** done on an unsigned value so that negative enum values are refused too. */
const char *ortijd_hours_row_label(ortijd_hours_row row)
{
  unsigned index = (unsigned)row;
  return index < (unsigned)ORTIJD_HOURS_ROW_COUNT ? row_labels[index] : NULL;
}

/* The rows' values in row order: a line, the subtotal or the total. */
void ortijd_hours_table(const ortijd_breakdown *b,
                        double values[ORTIJD_HOURS_ROW_COUNT])
{
  size_t n = 0;
#define LINE_VALUE(name, label) values[n++] = b->line[ORTIJD_LINE_##name];
#define SUBTOTAL_VALUE(name, label) values[n++] = b->meetings_subtotal;
#define TOTAL_VALUE(name, label) values[n++] = b->total;
  ORTIJD_HOURS_ROWS(LINE_VALUE, SUBTOTAL_VALUE, TOTAL_VALUE)
#undef LINE_VALUE
#undef SUBTOTAL_VALUE
#undef TOTAL_VALUE
}
