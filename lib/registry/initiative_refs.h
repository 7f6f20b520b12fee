/*
 * initiative_refs: the initiatives that other records name (ledger events,
 * account partials, funding requests) against those the input's own
 * initiative records have, so that a mistyped id gets a warning instead
 * of an account or an allocation of its own without a word.
 *
 * The caller, for each record as it reads them and in any order:
 *	initiative_refs_define(&r, id);		a valid initiative record
 *	initiative_refs_use(&r, id, file, line);	a record naming id
 * and after the input, for i from 0 to r.n:
 *	if (initiative_refs_unknown(&r, i, msg, sizeof msg)) warn it;
 * which says, once per id and in the order the ids were first named, which
 * were named but never defined, with the file and line that named each
 * first, how many lines named it, and the closest defined id.  Nothing is
 * unknown when the input had no initiative record at all: a ledger read on
 * its own is no mistake.  Memory grows with the distinct ids, never with
 * the records.  A zeroed struct is empty; initiative_refs_free() makes it
 * empty again.
 */
#ifndef SAMEN_INITIATIVE_REFS_H
#define SAMEN_INITIATIVE_REFS_H

#include <stddef.h>

#include "core/strmap.h"

struct initiative_ref {
	char *id;
	char *file;			/* where first named; NULL: never */
	unsigned long line;
	unsigned long uses;		/* lines that named it */
	int defined;			/* an initiative record has it */
};

struct initiative_refs {
	struct initiative_ref *v;	/* in the order first seen */
	size_t n, cap;
	size_t ndefined;
	struct strmap ids;		/* id -> index into v */
};

void	initiative_refs_define(struct initiative_refs *, const char *id);
void	initiative_refs_use(struct initiative_refs *, const char *id,
	    const char *file, unsigned long line);
void	initiative_refs_free(struct initiative_refs *);

/* 1 when a record other than an initiative record named id. */
int	initiative_refs_used(const struct initiative_refs *, const char *id);

/*
 * 1, with "FILE:LINE: initiative 'x' is in no initiative record (did you
 * mean 'y'?)" in msg (and "; 3 lines name it, this the first" when more
 * than one did), when v[i] was named but never defined and the input had
 * initiative records; else 0.
 */
int	initiative_refs_unknown(const struct initiative_refs *, size_t i,
	    char *msg, size_t size);

/*
 * For an id given on the command line that no record used: "unknown
 * initiative (did you mean 'y'?)" in msg, the closest of the ids records
 * used (suggest_unknown), and -1.
 */
int	initiative_refs_suggest_used(const struct initiative_refs *,
	    const char *id, char *msg, size_t size);

#endif
