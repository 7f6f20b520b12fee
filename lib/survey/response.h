/*
 * response: the fields of a survey response (samen-formats(5)), read from a
 * scanned line without building a tree.
 *
 * An absent field and a null one are the same: missing.  A value that is
 * no answer (an unknown DJG answer, an LSNS item of 7, a 9-item DJG array,
 * a ladder of 0) makes the whole response invalid, with a message that
 * names the field and, for the item arrays, the item (1-based).  Every
 * mode of isolation-score reads a response through both functions (and
 * response_read checks that "area", when given, is a string), so a
 * response is valid or not whatever the mode.
 */
#ifndef SAMEN_RESPONSE_H
#define SAMEN_RESPONSE_H

#include <stddef.h>

#include "survey/isolation.h"
#include "core/jsonscan.h"

int response_read(const struct jsonscan *, struct isolation_input *,
    char *err, size_t errsize);

/* The weight in field: 1 when absent or null; -1 with a reason when it is
 * not a number from EXACTSUM_MIN to EXACTSUM_MAX. */
int response_weight(const struct jsonscan *, const char *field, double *,
    char *err, size_t errsize);

#endif
