/*
 * vocab: closed vocabularies with aliases.
 *
 * A term has a canonical name (stored and written) and aliases (accepted
 * on input: Dutch names, other spellings).  Input matches a term when the
 * slugs of the two are equal, so case, spaces and diacritics do not matter:
 * "Zorg Coöperatie" finds "zorgcoöperatie" only if spelt alike, but
 * "interculturele kookgroep" finds "interculturele-kookgroep".
 */
#ifndef SAMEN_VOCAB_H
#define SAMEN_VOCAB_H

#include <stddef.h>

struct term {
	const char *name;	/* canonical */
	const char *dutch;	/* the Dutch name people use, or NULL */
	const char *aliases;	/* more accepted names, "|"-separated, or NULL */
};

struct vocab {
	const char *what;	/* "kind", "form", ... for messages */
	const struct term *terms;
	size_t n;
};

/* Index of the term that s names, or -1. */
int vocab_find(const struct vocab *, const char *s);

/*
 * A message for a word that names no term, into buf:
 * "unknown kind (did you mean 'care-farm' / zorgboerderij?)" or, with no
 * close match, "unknown kind (one of: a, b, c)".
 */
const char *vocab_unknown(const struct vocab *, const char *s, char *buf,
    size_t size);

#endif
