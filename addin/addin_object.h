/*
** addin_object.h - the ortijd add-in object: one binary-UNO interface that
** answers XInterface, XTypeProvider, XServiceInfo, XServiceName,
** XLocalizable, XAddIn and nl.ortijd.XOrTijd (the Calc functions).
*/
#ifndef ORTIJD_ADDIN_OBJECT_H
#define ORTIJD_ADDIN_OBJECT_H

#include "uno_c.h"

/* Creates an add-in object with one reference owned by the caller, or
** returns NULL when memory runs out. Release it with iface->release. */
uno_Interface *otuno_addin_new(void);

/* Number of add-in objects alive (for leak checks in tests). */
long otuno_addin_live_count(void);

#endif /* ORTIJD_ADDIN_OBJECT_H */
