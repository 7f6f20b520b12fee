/*
 * idset: a set of strings (ids), each with the place that first named it.
 * Memory is proportional to the ids held; lookups take constant time on
 * average (open addressing, FNV-1a, grown at half full).
 */
#ifndef SAMEN_IDSET_H
#define SAMEN_IDSET_H

#include <stddef.h>

struct idset {
	struct idset_slot {
		char *id;
		unsigned long where;
	} *slot;
	size_t n, cap;
};

/* Adds id; returns 1 when new, 0 (and *where of the first) when held. */
int idset_add(struct idset *, const char *id, unsigned long where,
    unsigned long *first);
int idset_has(const struct idset *, const char *id);
void idset_free(struct idset *);

#endif
