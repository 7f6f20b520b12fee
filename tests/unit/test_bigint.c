#include <stdint.h>

#include "num/bigint.h"
#include "unit.h"

/* 2^64 - 1 squared is 2^128 - 2^65 + 1: limbs 1, 2^64 - 2. */
START_TEST(mul_carry)
{
	struct bigint a, r;

	bigint_set(&a, UINT64_MAX);
	ck_assert_int_eq(bigint_mul(&r, &a, &a), 0);
	ck_assert_uint_eq(r.n, 2);
	ck_assert_uint_eq(r.l[0], 1);
	ck_assert_uint_eq(r.l[1], UINT64_MAX - 1);
	/* times 3 by the short multiply: 3 * 2^128 - 3 * 2^65 + 3 */
	ck_assert_int_eq(bigint_mul_small(&r, &r, 3), 0);
	ck_assert_uint_eq(r.n, 3);
	ck_assert_uint_eq(r.l[0], 3);
	ck_assert_uint_eq(r.l[1], UINT64_MAX - 5);
	ck_assert_uint_eq(r.l[2], 2);
	/* and back: divide by 3, no remainder */
	ck_assert_uint_eq(bigint_div_small(&r, &r, 3), 0);
	ck_assert_uint_eq(r.l[0], 1);
	ck_assert_uint_eq(r.l[1], UINT64_MAX - 1);
	ck_assert_uint_eq(r.n, 2);
}
END_TEST

/* 2^64 - 1 = 2^64 - 1: a borrow across a limb; below zero is refused. */
START_TEST(add_sub)
{
	struct bigint a, b, r;

	bigint_set(&a, UINT64_MAX);
	bigint_set(&b, 1);
	ck_assert_int_eq(bigint_add(&r, &a, &b), 0);
	ck_assert_uint_eq(r.n, 2);
	ck_assert_uint_eq(r.l[0], 0);
	ck_assert_uint_eq(r.l[1], 1);
	ck_assert_int_eq(bigint_sub(&r, &r, &b), 0);
	ck_assert_int_eq(bigint_cmp(&r, &a), 0);
	ck_assert_int_eq(bigint_sub(&r, &b, &a), -1);
	ck_assert(bigint_is_zero(&r));
	ck_assert_int_eq(bigint_cmp(&a, &b), 1);
	ck_assert_uint_eq(bigint_div_small(&r, &a, 10), UINT64_MAX % 10);
}
END_TEST

/* Doubling 2^64 - 1 past the capacity is an error, not a wrap. */
START_TEST(overflow)
{
	struct bigint a;
	int i, rc = 0;

	bigint_set(&a, UINT64_MAX);
	for (i = 0; i < 64 * BIGINT_LIMBS && rc == 0; i++)
		rc = bigint_mul_small(&a, &a, 2);
	ck_assert_int_eq(rc, -1);
	ck_assert(bigint_is_zero(&a));
	ck_assert_int_eq(i, 64 * (BIGINT_LIMBS - 1) + 1);
}
END_TEST

static Suite *
bigint_suite(void)
{
	Suite *s = suite_create("bigint");
	TCase *tc = tcase_create("bigint");

	tcase_add_test(tc, mul_carry);
	tcase_add_test(tc, add_sub);
	tcase_add_test(tc, overflow);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(bigint_suite)
