/*
 * suggest: "did you mean" for closed vocabularies, in one shape for every
 * unknown word, key or setting samen meets:
 *
 *	unknown setting (did you mean 'min_n'?)
 *	unknown rule (one of: need, proportional, greedy, equal-shares)
 *
 * The caller puts the word itself in front ("section.key: ", "kind 'x': ")
 * as its messages do.
 */
#ifndef SAMEN_SUGGEST_H
#define SAMEN_SUGGEST_H

#include <stddef.h>

/* Levenshtein distance, bytes. */
size_t edit_distance(const char *, const char *);

/*
 * The candidate closest to word, or NULL when none is close enough (an edit
 * distance of at most a third of the word's length, and at least 1 allowed).
 * Case is ignored.
 */
const char *suggest(const char *word, const char *const *candidates, size_t n);

/*
 * The message above for word, which names none of the n candidates, into
 * err; returns -1, as errorf() does.  With no close candidate it lists
 * them all (when they fit).
 */
int suggest_unknown(char *err, size_t size, const char *what,
    const char *word, const char *const *candidates, size_t n);

/*
 * The same hint alone, for a message of another shape ("no column X"):
 * " (did you mean 'Y'?)" into buf, or "" when no candidate is close.
 * Returns buf.
 */
const char *suggest_hint(const char *word, const char *const *candidates,
    size_t n, char *buf, size_t size);

#endif
