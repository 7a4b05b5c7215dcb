/*
** labels.c - the Dutch and English names of the lines of the annual hours
** breakdown (ortijd_line in ortijd.h), in the words of the article's
** "Voorbeeldberekening" and the WOR articles each line rests on.
*/
#include "ortijd.h"

/* Dutch labels, indexed by ortijd_line (the article's wording). */
static const char *const labels_nl[ORTIJD_LINE_COUNT] = {
  "Overlegvergaderingen",
  "OR-vergaderingen",
  "Voorbereiding",
  "Overige tijd (art. 18 WOR)",
  "Scholing (art. 18 WOR)",
  "Dagelijks bestuur",
};

/* English labels, indexed by ortijd_line. */
static const char *const labels_en[ORTIJD_LINE_COUNT] = {
  "Joint meetings (overlegvergaderingen)",
  "Council meetings",
  "Preparation",
  "Other OR time (WOR art. 18)",
  "Training (WOR art. 18)",
  "Executive committee (chair, secretary)",
};

/* Looks `line` up in `table`; NULL if it is not a breakdown line
** (ortijd_line in ortijd.h). The comparison is done on an unsigned value
** so that negative enum values are refused too. */
static const char *label(const char *const table[ORTIJD_LINE_COUNT],
                         ortijd_line line)
{
  unsigned index = (unsigned)line;
  if (index >= (unsigned)ORTIJD_LINE_COUNT)
    return NULL;
  return table[index];
}

/* Dutch label of a breakdown line; NULL if out of range. */
const char *ortijd_line_label_nl(ortijd_line line)
{
  return label(labels_nl, line);
}

/* English label of a breakdown line; NULL if out of range. */
const char *ortijd_line_label_en(ortijd_line line)
{
  return label(labels_en, line);
}
