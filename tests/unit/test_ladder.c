#include "survey/ladder.h"
#include "unit.h"

static int
step(enum paid_work w, int unpaid, int organised, int contact)
{
	struct participation p = { w, unpaid, organised, contact };

	return ladder_step(&p);
}

START_TEST(every_step)
{
	ck_assert_int_eq(step(PAID_NONE, 0, 0, 0), 1);
	ck_assert_int_eq(step(PAID_NONE, 0, 0, 1), 2);
	ck_assert_int_eq(step(PAID_NONE, 0, 1, 0), 3);
	ck_assert_int_eq(step(PAID_NONE, 0, 1, 1), 3);
	ck_assert_int_eq(step(PAID_NONE, 1, 0, 0), 4);
	ck_assert_int_eq(step(PAID_NONE, 1, 1, 1), 4);
	ck_assert_int_eq(step(PAID_SUPPORTED, 0, 0, 0), 5);
	ck_assert_int_eq(step(PAID_SUPPORTED, 1, 1, 1), 5);
	ck_assert_int_eq(step(PAID_REGULAR, 0, 0, 0), 6);
	ck_assert_int_eq(step(PAID_REGULAR, 1, 1, 1), 6);
}
END_TEST

/* A missing field above the highest step shown leaves the step unknown;
 * below it, it does not matter. */
START_TEST(missing)
{
	ck_assert_int_eq(step(PAID_REGULAR, -1, -1, -1), 6);
	ck_assert_int_eq(step(PAID_SUPPORTED, -1, -1, -1), 5);
	ck_assert_int_eq(step(PAID_NONE, 1, -1, -1), 4);
	ck_assert_int_eq(step(PAID_NONE, 0, 1, -1), 3);
	ck_assert_int_eq(step(PAID_UNKNOWN, 1, 1, 1), 0);
	ck_assert_int_eq(step(PAID_NONE, -1, 1, 1), 0);
	ck_assert_int_eq(step(PAID_NONE, 0, -1, 1), 0);
	ck_assert_int_eq(step(PAID_NONE, 0, 0, -1), 0);
}
END_TEST

START_TEST(words)
{
	enum paid_work w;

	ck_assert(paid_work_parse("none", &w) == 0 && w == PAID_NONE);
	ck_assert(paid_work_parse("supported", &w) == 0 && w == PAID_SUPPORTED);
	ck_assert(paid_work_parse("regular", &w) == 0 && w == PAID_REGULAR);
	ck_assert_int_eq(paid_work_parse("Regular", &w), -1);
	ck_assert_int_eq(paid_work_parse("", &w), -1);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("ladder");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, every_step);
	tcase_add_test(tc, missing);
	tcase_add_test(tc, words);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
