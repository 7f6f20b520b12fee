/*
 * bigint: schoolbook arithmetic on fixed-capacity integers (Knuth,
 * TAOCP vol. 2, 4.3.1, algorithms A, S, M and the short division).
 */
#include <string.h>

#include "num/bigint.h"

typedef unsigned __int128 u128;

static void
trim(struct bigint *r)
{
	while (r->n > 0 && r->l[r->n - 1] == 0)
		r->n--;
}

static int
overflow(struct bigint *r)
{
	r->n = 0;
	return -1;
}

void
bigint_set(struct bigint *r, uint64_t v)
{
	r->l[0] = v;
	r->n = v != 0;
}

int
bigint_is_zero(const struct bigint *a)
{
	return a->n == 0;
}

int
bigint_cmp(const struct bigint *a, const struct bigint *b)
{
	uint32_t i;

	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (i = a->n; i-- > 0;)
		if (a->l[i] != b->l[i])
			return a->l[i] < b->l[i] ? -1 : 1;
	return 0;
}

int
bigint_add(struct bigint *r, const struct bigint *a, const struct bigint *b)
{
	uint32_t n = a->n > b->n ? a->n : b->n, i;
	u128 carry = 0;

	for (i = 0; i < n; i++) {
		carry += (u128)(i < a->n ? a->l[i] : 0) +
		    (i < b->n ? b->l[i] : 0);
		r->l[i] = (uint64_t)carry;
		carry >>= 64;
	}
	if (carry != 0) {
		if (n == BIGINT_LIMBS)
			return overflow(r);
		r->l[n++] = (uint64_t)carry;
	}
	r->n = n;
	return 0;
}

int
bigint_sub(struct bigint *r, const struct bigint *a, const struct bigint *b)
{
	uint32_t n = a->n, i;
	uint64_t borrow = 0, x, y;

	if (bigint_cmp(a, b) < 0)
		return overflow(r);
	for (i = 0; i < n; i++) {
		x = a->l[i];
		y = (i < b->n ? b->l[i] : 0);
		r->l[i] = x - y - borrow;
		borrow = (x < y || (x == y && borrow)) ? 1 : 0;
	}
	r->n = n;
	trim(r);
	return 0;
}

int
bigint_mul_small(struct bigint *r, const struct bigint *a, uint64_t k)
{
	uint32_t n = a->n, i;
	u128 carry = 0;

	for (i = 0; i < n; i++) {
		carry += (u128)a->l[i] * k;
		r->l[i] = (uint64_t)carry;
		carry >>= 64;
	}
	if (carry != 0) {
		if (n == BIGINT_LIMBS)
			return overflow(r);
		r->l[n++] = (uint64_t)carry;
	}
	r->n = n;
	trim(r);
	return 0;
}

int
bigint_mul(struct bigint *r, const struct bigint *a, const struct bigint *b)
{
	uint32_t i, j;
	u128 carry;

	if (a->n == 0 || b->n == 0) {
		r->n = 0;
		return 0;
	}
	if (a->n + b->n > BIGINT_LIMBS + 1)
		return overflow(r);
	memset(r->l, 0, sizeof(r->l));
	for (i = 0; i < a->n; i++) {
		carry = 0;
		for (j = 0; j < b->n; j++) {
			if (i + j >= BIGINT_LIMBS) {
				if (a->l[i] != 0 && b->l[j] != 0)
					return overflow(r);
				continue;
			}
			carry += (u128)a->l[i] * b->l[j] + r->l[i + j];
			r->l[i + j] = (uint64_t)carry;
			carry >>= 64;
		}
		if (carry != 0) {
			if (i + b->n >= BIGINT_LIMBS)
				return overflow(r);
			r->l[i + b->n] = (uint64_t)carry;
		}
	}
	r->n = a->n + b->n > BIGINT_LIMBS ? BIGINT_LIMBS : a->n + b->n;
	trim(r);
	return 0;
}

uint64_t
bigint_div_small(struct bigint *r, const struct bigint *a, uint64_t k)
{
	uint32_t i;
	u128 rem = 0;

	r->n = a->n;
	for (i = a->n; i-- > 0;) {
		rem = (rem << 64) | a->l[i];
		r->l[i] = (uint64_t)(rem / k);
		rem %= k;
	}
	trim(r);
	return (uint64_t)rem;
}
