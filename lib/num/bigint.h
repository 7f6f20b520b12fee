/*
 * bigint: non-negative integers of fixed capacity (BIGINT_LIMBS 64-bit
 * limbs, 2560 bits), for exact arithmetic whose values outgrow __int128
 * (the voters' budgets in lib/equalshares).
 *
 * Invariants: n is the number of limbs in use and l[n - 1] != 0 (n == 0
 * is zero); limbs at n and above are not read.  An operation whose
 * result would not fit, or a subtraction below zero, sets the result to
 * zero and returns -1, never a wrapped value.
 */
#ifndef SAMEN_BIGINT_H
#define SAMEN_BIGINT_H

#include <stdint.h>

#define BIGINT_LIMBS 40

struct bigint {
	uint32_t n;
	uint64_t l[BIGINT_LIMBS];
};

void bigint_set(struct bigint *, uint64_t);
int bigint_cmp(const struct bigint *, const struct bigint *);
int bigint_is_zero(const struct bigint *);
/* r = a + b; r may be a or b. */
int bigint_add(struct bigint *r, const struct bigint *a,
    const struct bigint *b);
/* r = a - b, a >= b; r may be a or b. */
int bigint_sub(struct bigint *r, const struct bigint *a,
    const struct bigint *b);
/* r = a * k; r may be a. */
int bigint_mul_small(struct bigint *r, const struct bigint *a, uint64_t k);
/* r = a * b; r must be neither. */
int bigint_mul(struct bigint *r, const struct bigint *a,
    const struct bigint *b);
/* r = a / k (k > 0), returning a mod k; r may be a. */
uint64_t bigint_div_small(struct bigint *r, const struct bigint *a,
    uint64_t k);

#endif
