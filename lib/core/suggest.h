/*
 * suggest: "did you mean" for closed vocabularies.
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

#endif
