#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/strmap.h"
#include "unit.h"

START_TEST(empty)
{
	struct strmap s = { 0 };

	ck_assert(!strmap_get(&s, "a", NULL));
	ck_assert(!strmap_get(&s, "", NULL));
	strmap_free(&s);
	ck_assert(s.slot == NULL && s.n == 0 && s.cap == 0);
}
END_TEST

START_TEST(add_and_has)
{
	struct strmap s = { 0 };
	unsigned long first = 99;

	ck_assert_int_eq(strmap_add(&s, "koffie-uurtje", 3, &first), 1);
	ck_assert_uint_eq(first, 99);		/* untouched when new */
	ck_assert_int_eq(strmap_add(&s, "zorgboerderij", 7, NULL), 1);
	ck_assert_int_eq(strmap_add(&s, "", 8, NULL), 1);
	ck_assert_uint_eq(s.n, 3);
	ck_assert(strmap_get(&s, "koffie-uurtje", NULL));
	ck_assert(strmap_get(&s, "zorgboerderij", NULL));
	ck_assert(strmap_get(&s, "", NULL));
	ck_assert(!strmap_get(&s, "koffie", NULL));
	ck_assert(!strmap_get(&s, "koffie-uurtje2", NULL));
	ck_assert(!strmap_get(&s, "Koffie-uurtje", NULL));
	strmap_free(&s);
}
END_TEST

/* A duplicate keeps the place of the first, not of the latest. */
START_TEST(duplicates)
{
	struct strmap s = { 0 };
	unsigned long first = 0;
	char id[] = "r1";

	ck_assert_int_eq(strmap_add(&s, id, 10, NULL), 1);
	id[1] = '2';			/* the set holds its own copy */
	ck_assert(strmap_get(&s, "r1", NULL));
	ck_assert(!strmap_get(&s, "r2", NULL));
	ck_assert_int_eq(strmap_add(&s, "r1", 20, &first), 0);
	ck_assert_uint_eq(first, 10);
	ck_assert_int_eq(strmap_add(&s, "r1", 30, &first), 0);
	ck_assert_uint_eq(first, 10);
	ck_assert_int_eq(strmap_add(&s, "r1", 40, NULL), 0);
	ck_assert_uint_eq(s.n, 1);
	strmap_free(&s);
}
END_TEST

/* 100k ids through many growths: every one found, with its own place,
 * and the table never more than half full. */
START_TEST(many)
{
	struct strmap s = { 0 };
	unsigned long first, i, bad = 0;
	char id[32];

	/* plain tests in the loops: a ck_assert each would cost more
	 * than the set */
	for (i = 0; i < 100000; i++) {
		snprintf(id, sizeof id, "BU%08lu", i);
		if (strmap_add(&s, id, i + 1, NULL) != 1 || 2 * s.n > s.cap)
			bad++;
	}
	ck_assert_uint_eq(bad, 0);
	ck_assert_uint_eq(s.n, 100000);
	ck_assert_uint_eq(s.cap, 262144);	/* 64 doubled to hold 2n */
	for (i = 0; i < 100000; i++) {
		snprintf(id, sizeof id, "BU%08lu", i);
		first = 0;
		if (!strmap_get(&s, id, NULL) ||
		    strmap_add(&s, id, 0, &first) != 0 || first != i + 1)
			bad++;
	}
	ck_assert_uint_eq(bad, 0);
	ck_assert(!strmap_get(&s, "BU00100000", NULL));
	ck_assert(!strmap_get(&s, "BU0000000", NULL));
	ck_assert_uint_eq(s.n, 100000);
	strmap_free(&s);
	ck_assert(s.slot == NULL && s.n == 0 && s.cap == 0);
}
END_TEST

/* Growth: the first table has 64 slots and doubles at half full. */
START_TEST(growth)
{
	struct strmap s = { 0 };
	char id[16];
	int i;

	strmap_add(&s, "a", 1, NULL);
	ck_assert_uint_eq(s.cap, 64);
	for (i = 0; i < 31; i++) {
		snprintf(id, sizeof id, "x%d", i);
		strmap_add(&s, id, 1, NULL);
	}
	ck_assert_uint_eq(s.n, 32);
	ck_assert_uint_eq(s.cap, 64);
	strmap_add(&s, "b", 1, NULL);
	ck_assert_uint_eq(s.cap, 128);
	ck_assert(strmap_get(&s, "a", NULL) && strmap_get(&s, "b", NULL));
	for (i = 0; i < 31; i++) {
		snprintf(id, sizeof id, "x%d", i);
		ck_assert(strmap_get(&s, id, NULL));
	}
	strmap_free(&s);
}
END_TEST

/* A freed set is empty and can be used again. */
START_TEST(reuse)
{
	struct strmap s = { 0 };

	strmap_add(&s, "a", 1, NULL);
	strmap_free(&s);
	ck_assert(!strmap_get(&s, "a", NULL));
	ck_assert_int_eq(strmap_add(&s, "a", 2, NULL), 1);
	ck_assert_uint_eq(s.n, 1);
	strmap_free(&s);
}
END_TEST

/* Keys are bytes with a length: a NUL inside a key is part of it, and
 * strmap_get gives the value the key leads to. */
START_TEST(byte_keys_and_values)
{
	struct strmap s = { 0 };
	unsigned long v = 0;

	ck_assert_int_eq(strmap_addn(&s, "a\0b", 3, 7, NULL), 1);
	ck_assert_int_eq(strmap_addn(&s, "a", 1, 8, NULL), 1);
	ck_assert_int_eq(strmap_addn(&s, "a\0c", 3, 9, NULL), 1);
	ck_assert(strmap_getn(&s, "a\0b", 3, &v) && v == 7);
	ck_assert(strmap_get(&s, "a", &v) && v == 8);
	ck_assert(strmap_getn(&s, "a\0c", 3, &v) && v == 9);
	ck_assert(!strmap_getn(&s, "a\0", 2, &v));
	ck_assert_uint_eq(s.n, 3);
	strmap_free(&s);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("strmap");
	TCase *t = tcase_create("strmap");

	tcase_add_test(t, empty);
	tcase_add_test(t, add_and_has);
	tcase_add_test(t, duplicates);
	tcase_add_test(t, many);
	tcase_add_test(t, growth);
	tcase_add_test(t, reuse);
	tcase_add_test(t, byte_keys_and_values);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
