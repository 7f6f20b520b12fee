/*
 * strmap: a map from strings to unsigned long, the one hash table of samen.
 *
 * The value is whatever the caller needs a key to lead to: an index into
 * its own array (areas, groups, initiatives), or the line that first named
 * an id.  Keys are copied, may hold any bytes (the *n functions take a
 * length; the others a NUL-terminated string) and are compared bytewise.
 * Memory is proportional to the keys held; lookups and insertions take
 * constant time on average (open addressing, FNV-1a, grown at half full).
 * A zeroed struct strmap is an empty map; strmap_free() makes it one again.
 */
#ifndef SAMEN_STRMAP_H
#define SAMEN_STRMAP_H

#include <stddef.h>

struct strmap {
	struct strmap_slot {
		char *key;		/* NULL: free */
		size_t len;
		unsigned long value;
	} *slot;
	size_t n, cap;
};

/* Adds key with value: 1 when it is new; 0 when it was held already, with
 * the value held put in *held (when not NULL) and left as it was. */
int strmap_add(struct strmap *, const char *key, unsigned long value,
    unsigned long *held);
int strmap_addn(struct strmap *, const char *key, size_t len,
    unsigned long value, unsigned long *held);
/* 1 and the value in *value (when not NULL) when key is held, else 0. */
int strmap_get(const struct strmap *, const char *key, unsigned long *value);
int strmap_getn(const struct strmap *, const char *key, size_t len,
    unsigned long *value);
void strmap_free(struct strmap *);

#endif
