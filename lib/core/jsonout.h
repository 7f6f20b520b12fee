/*
 * jsonout: compact JSON text.
 *
 * Keys come out in the object's insertion order (jansson keeps it), with no
 * spaces.  Reals print in the shortest form that reads back as the same
 * double (0.1, not 0.10000000000000001) and always look like reals (1.0).
 * Strings are escaped as RFC 8259 requires and no more ("/" and non-ASCII
 * stay as they are).
 */
#ifndef SAMEN_JSONOUT_H
#define SAMEN_JSONOUT_H

#include <stdio.h>
#include <jansson.h>

#define JSONOUT_REAL_MAX 32

/* Shortest round-trip form of a finite double, e.g. "0.1", "1.0", "1e+300". */
char *jsonout_real(double, char buf[JSONOUT_REAL_MAX]);
/* As jsonout_real but "1" for 1.0: for text meant for people. */
char *jsonout_number(double, char buf[JSONOUT_REAL_MAX]);

int jsonout_fprint(FILE *, const json_t *);	/* -1 on a write error */
/* The same text in a malloc'd string (free it). */
char *jsonout_string(const json_t *);
/* Escapes len bytes of UTF-8 as a JSON string, quotes included. */
int jsonout_fstring(FILE *, const char *s, size_t len);

#endif
