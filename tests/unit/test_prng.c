#include <stdint.h>

#include "prng.h"
#include "unit.h"

/*
 * Reference outputs of splitmix64 as Vigna publishes it
 * (https://prng.di.unimi.it/splitmix64.c); 1234567 is the seed the rand
 * crate's tests use (6457827717110365317 first).
 */
START_TEST(reference_values)
{
	static const uint64_t from0[] = {
		0xe220a8397b1dcdafULL, 0x6e789e6aa1b965f4ULL,
		0x06c45d188009454fULL,
	};
	static const uint64_t from1234567[] = {
		0x599ed017fb08fc85ULL, 0x2c73f08458540fa5ULL,
		0x883ebce5a3f27c77ULL,
	};
	uint64_t s = 0;
	int i;

	for (i = 0; i < 3; i++)
		ck_assert_uint_eq(splitmix64(&s), from0[i]);
	ck_assert_uint_eq(s, 3 * 0x9e3779b97f4a7c15ULL);
	s = 1234567;
	for (i = 0; i < 3; i++)
		ck_assert_uint_eq(splitmix64(&s), from1234567[i]);
}
END_TEST

/* The state is all there is: a copy goes on with the same sequence. */
START_TEST(state_is_the_sequence)
{
	uint64_t a = 42, b;
	int i;

	splitmix64(&a);
	b = a;
	for (i = 0; i < 1000; i++)
		ck_assert_uint_eq(splitmix64(&a), splitmix64(&b));
}
END_TEST

static Suite *
prng_suite(void)
{
	Suite *s = suite_create("prng");
	TCase *t = tcase_create("splitmix64");

	tcase_add_test(t, reference_values);
	tcase_add_test(t, state_is_the_sequence);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(prng_suite)
