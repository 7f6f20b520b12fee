/*
 * exactsum: sums of weights and squared weights kept exactly, so that
 * partial sums merge to the last digit in any order.
 *
 * Floating-point addition is not associative: adding the same weights in
 * pieces (split input, --partial, --merge) and in one run may differ in the
 * last bit, and Kahan or long double sums do not fix that.  Here a sum is a
 * 256-bit unsigned fixed-point number with 128 fractional bits.  A weight
 * w with EXACTSUM_MIN <= w <= EXACTSUM_MAX has its lowest bit at or above
 * 2^-64 and w*w at or above 2^-128, both below 2^64, so each adds exactly
 * (integer addition) and more than 2^60 of them fit; only the final
 * conversion to double rounds, once, to nearest.
 */
#ifndef SAMEN_EXACTSUM_H
#define SAMEN_EXACTSUM_H

#include <stdint.h>

#define EXACTSUM_MIN 0.001	/* above 2^-12 */
#define EXACTSUM_MAX 1000000.0	/* below 2^32 */
#define EXACTSUM_HEX 64		/* digits of exactsum_hex */

struct exactsum {
	uint64_t limb[4];	/* little-endian; value = integer / 2^128 */
};

/* Add w, or w squared; w must lie in [EXACTSUM_MIN, EXACTSUM_MAX]. */
void exactsum_add(struct exactsum *, double w);
void exactsum_add_square(struct exactsum *, double w);
/* a += b; -1 on overflow (2^128 and more), a then undefined. */
int exactsum_merge(struct exactsum *a, const struct exactsum *b);
/* The sum, rounded once to the nearest double. */
double exactsum_value(const struct exactsum *);
/* The integer in hexadecimal, no leading zeros ("0" for zero); out must
 * hold EXACTSUM_HEX + 1 bytes.  exactsum_parse reads it back (-1 if
 * malformed). */
char *exactsum_hex(const struct exactsum *, char *out);
int exactsum_parse(const char *, struct exactsum *);

#endif
