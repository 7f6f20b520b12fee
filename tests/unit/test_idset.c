#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/idset.h"
#include "unit.h"

START_TEST(empty)
{
	struct idset s = { 0 };

	ck_assert(!idset_has(&s, "a"));
	ck_assert(!idset_has(&s, ""));
	idset_free(&s);
	ck_assert(s.slot == NULL && s.n == 0 && s.cap == 0);
}
END_TEST

START_TEST(add_and_has)
{
	struct idset s = { 0 };
	unsigned long first = 99;

	ck_assert_int_eq(idset_add(&s, "koffie-uurtje", 3, &first), 1);
	ck_assert_uint_eq(first, 99);		/* untouched when new */
	ck_assert_int_eq(idset_add(&s, "zorgboerderij", 7, NULL), 1);
	ck_assert_int_eq(idset_add(&s, "", 8, NULL), 1);
	ck_assert_uint_eq(s.n, 3);
	ck_assert(idset_has(&s, "koffie-uurtje"));
	ck_assert(idset_has(&s, "zorgboerderij"));
	ck_assert(idset_has(&s, ""));
	ck_assert(!idset_has(&s, "koffie"));
	ck_assert(!idset_has(&s, "koffie-uurtje2"));
	ck_assert(!idset_has(&s, "Koffie-uurtje"));
	idset_free(&s);
}
END_TEST

/* A duplicate keeps the place of the first, not of the latest. */
START_TEST(duplicates)
{
	struct idset s = { 0 };
	unsigned long first = 0;
	char id[] = "r1";

	ck_assert_int_eq(idset_add(&s, id, 10, NULL), 1);
	id[1] = '2';			/* the set holds its own copy */
	ck_assert(idset_has(&s, "r1"));
	ck_assert(!idset_has(&s, "r2"));
	ck_assert_int_eq(idset_add(&s, "r1", 20, &first), 0);
	ck_assert_uint_eq(first, 10);
	ck_assert_int_eq(idset_add(&s, "r1", 30, &first), 0);
	ck_assert_uint_eq(first, 10);
	ck_assert_int_eq(idset_add(&s, "r1", 40, NULL), 0);
	ck_assert_uint_eq(s.n, 1);
	idset_free(&s);
}
END_TEST

/* 100k ids through many growths: every one found, with its own place,
 * and the table never more than half full. */
START_TEST(many)
{
	struct idset s = { 0 };
	unsigned long first, i, bad = 0;
	char id[32];

	/* plain tests in the loops: a ck_assert each would cost more
	 * than the set */
	for (i = 0; i < 100000; i++) {
		snprintf(id, sizeof id, "BU%08lu", i);
		if (idset_add(&s, id, i + 1, NULL) != 1 || 2 * s.n > s.cap)
			bad++;
	}
	ck_assert_uint_eq(bad, 0);
	ck_assert_uint_eq(s.n, 100000);
	ck_assert_uint_eq(s.cap, 262144);	/* 64 doubled to hold 2n */
	for (i = 0; i < 100000; i++) {
		snprintf(id, sizeof id, "BU%08lu", i);
		first = 0;
		if (!idset_has(&s, id) ||
		    idset_add(&s, id, 0, &first) != 0 || first != i + 1)
			bad++;
	}
	ck_assert_uint_eq(bad, 0);
	ck_assert(!idset_has(&s, "BU00100000"));
	ck_assert(!idset_has(&s, "BU0000000"));
	ck_assert_uint_eq(s.n, 100000);
	idset_free(&s);
	ck_assert(s.slot == NULL && s.n == 0 && s.cap == 0);
}
END_TEST

/* Growth: the first table has 64 slots and doubles at half full. */
START_TEST(growth)
{
	struct idset s = { 0 };
	char id[16];
	int i;

	idset_add(&s, "a", 1, NULL);
	ck_assert_uint_eq(s.cap, 64);
	for (i = 0; i < 31; i++) {
		snprintf(id, sizeof id, "x%d", i);
		idset_add(&s, id, 1, NULL);
	}
	ck_assert_uint_eq(s.n, 32);
	ck_assert_uint_eq(s.cap, 64);
	idset_add(&s, "b", 1, NULL);
	ck_assert_uint_eq(s.cap, 128);
	ck_assert(idset_has(&s, "a") && idset_has(&s, "b"));
	for (i = 0; i < 31; i++) {
		snprintf(id, sizeof id, "x%d", i);
		ck_assert(idset_has(&s, id));
	}
	idset_free(&s);
}
END_TEST

/* A freed set is empty and can be used again. */
START_TEST(reuse)
{
	struct idset s = { 0 };

	idset_add(&s, "a", 1, NULL);
	idset_free(&s);
	ck_assert(!idset_has(&s, "a"));
	ck_assert_int_eq(idset_add(&s, "a", 2, NULL), 1);
	ck_assert_uint_eq(s.n, 1);
	idset_free(&s);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("idset");
	TCase *t = tcase_create("idset");

	tcase_add_test(t, empty);
	tcase_add_test(t, add_and_has);
	tcase_add_test(t, duplicates);
	tcase_add_test(t, many);
	tcase_add_test(t, growth);
	tcase_add_test(t, reuse);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
