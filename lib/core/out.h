/*
 * out: standard output, the one place that checks it.
 *
 * Every program writes its records through here.  Output is fully
 * buffered; out_close() (called by stream_finish) flushes it.  Any write
 * error but a closed pipe ends the program with "PROG: write error: ..."
 * and exit 2; a closed pipe ends it quietly, as SIGPIPE ends cat(1).
 */
#ifndef SAMEN_OUT_H
#define SAMEN_OUT_H

#include <stddef.h>
#include <jansson.h>

void out_init(void);
void out_write(const void *, size_t);
void out_puts(const char *);
void out_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* One record: compact JSON as jsonout_fprint writes it, then "\n". */
void out_json(const json_t *);
/*
 * Until out_capture_end(), what out_* write goes into memory instead of
 * standard output: for a module that renders what another one writes (the
 * advice page shows the letter).  Captures do not nest.  out_capture_end()
 * returns what was written, NUL-terminated, malloc'd (free it), its length
 * in *len unless len is NULL, and standard output is the sink again.
 */
void out_capture_begin(void);
char *out_capture_end(size_t *len);
/* Flushes and closes standard output; calling it again does nothing. */
void out_close(void);

#endif
