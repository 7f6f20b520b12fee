#include <string.h>

#include "num/exactsum.h"
#include "unit.h"

START_TEST(exact)
{
	struct exactsum s = { { 0 } };
	double naive = 0;
	char hex[EXACTSUM_HEX + 1];
	int i;

	/* ten times the double nearest 0.1 is 1 + 5.55e-17, which rounds
	 * to 1; adding in doubles gives 0.9999999999999999 */
	for (i = 0; i < 10; i++) {
		exactsum_add(&s, 0.1);
		naive += 0.1;
	}
	ck_assert(naive != 1.0);
	ck_assert(exactsum_value(&s) == 1.0);
	memset(&s, 0, sizeof s);
	ck_assert_str_eq(exactsum_hex(&s, hex), "0");
	ck_assert(exactsum_value(&s) == 0);
	exactsum_add(&s, 1);
	ck_assert_str_eq(exactsum_hex(&s, hex),
	    "100000000000000000000000000000000");
	exactsum_add_square(&s, 3);
	ck_assert(exactsum_value(&s) == 10);
	exactsum_add_square(&s, EXACTSUM_MIN);
	exactsum_add_square(&s, EXACTSUM_MAX);
	ck_assert(exactsum_value(&s) == 10 + 1e-6 + 1e12);
}
END_TEST

/* The same weights in any order and any grouping: the same bits. */
START_TEST(associative)
{
	struct exactsum a = { { 0 } }, b = { { 0 } }, parts[3], c, d;
	char ha[EXACTSUM_HEX + 1], hb[EXACTSUM_HEX + 1];
	double w[300];
	unsigned long x = 12345;
	int i;

	for (i = 0; i < 300; i++) {
		x = x * 6364136223846793005UL + 1442695040888963407UL;
		w[i] = EXACTSUM_MIN + (double)(x >> 11) / 9007199254740992.0 *
		    (i % 7 == 0 ? 900000 : 3);
	}
	memset(parts, 0, sizeof parts);
	for (i = 0; i < 300; i++) {
		exactsum_add(&a, w[i]);
		exactsum_add_square(&a, w[i]);
		exactsum_add(&parts[i % 3], w[299 - i]);
		exactsum_add_square(&parts[i % 3], w[299 - i]);
	}
	for (i = 2; i >= 0; i--)
		ck_assert_int_eq(exactsum_merge(&b, &parts[i]), 0);
	ck_assert_str_eq(exactsum_hex(&a, ha), exactsum_hex(&b, hb));
	ck_assert(exactsum_value(&a) == exactsum_value(&b));
	ck_assert_int_eq(exactsum_parse(ha, &c), 0);
	ck_assert(memcmp(&c, &a, sizeof c) == 0);
	ck_assert_int_eq(exactsum_parse("", &d), -1);
	ck_assert_int_eq(exactsum_parse("0x1", &d), -1);
	ck_assert_int_eq(exactsum_parse("01", &d), -1);
	ck_assert_int_eq(exactsum_parse("A", &d), -1);
}
END_TEST

/* Rounding to the nearest double, ties to even. */
START_TEST(rounding)
{
	struct exactsum s = { { 0 } }, t = { { 0 } };

	/* 2^53 + 1 is a tie between 2^53 and 2^53 + 2: even wins */
	s.limb[2] = (1ULL << 53) + 1;
	ck_assert(exactsum_value(&s) == 9007199254740992.0);
	/* and anything above the tie, however far down, rounds up */
	s.limb[0] = 1;
	ck_assert(exactsum_value(&s) == 9007199254740994.0);
	t.limb[1] = 1ULL << 62;	/* 2^-2 */
	ck_assert(exactsum_value(&t) == 0.25);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("exactsum");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, exact);
	tcase_add_test(tc, associative);
	tcase_add_test(tc, rounding);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
