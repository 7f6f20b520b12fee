/*
 * slug: identifiers made from names, as initiative ids are.
 *
 * A slug holds only a-z, 0-9 and single hyphens, neither first nor last.
 * Latin letters with diacritics fold to their base letters (ö to o, ß to
 * ss, ĳ to ij); every other run of characters becomes one hyphen.
 */
#ifndef SAMEN_SLUG_H
#define SAMEN_SLUG_H

#include <stddef.h>

/* The slug of s into out (at most outsize - 1 bytes); returns its length,
 * 0 when s has no letter or digit to keep. */
size_t slugify(const char *s, char *out, size_t outsize);

/* True when s is a slug. */
int slug_valid(const char *s);

#endif
