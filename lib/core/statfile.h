/*
 * statfile: the ReadStat half of tabread (tabread.h says what a reader
 * hands out); only tabread.c calls it.
 *
 * ReadStat parses a whole file in one call, handing out values through
 * callbacks.  Stata and SAS keep their value labels after the data, so a
 * file is read twice: once for its variables and value labels, once for
 * its cases, which go to the sink one case at a time.
 */
#ifndef SAMEN_STATFILE_H
#define SAMEN_STATFILE_H

#include <stddef.h>

#include "core/tabread.h"

/* format: "sav" (also .zsav), "por", "dta", "sas7bdat" or "xpt". */
int statfile_read(const char *path, const char *format,
    const struct tabread_opts *, const struct tab_sink *, void *ctx,
    char *err, size_t errsize);

#endif
