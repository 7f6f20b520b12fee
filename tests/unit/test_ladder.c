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
	/* the words stand in the order of the enum */
	ck_assert_str_eq(paid_work_names[PAID_NONE], "none");
	ck_assert_str_eq(paid_work_names[PAID_SUPPORTED], "supported");
	ck_assert_str_eq(paid_work_names[PAID_REGULAR], "regular");
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
