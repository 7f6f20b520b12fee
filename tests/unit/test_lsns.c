#include "survey/lsns.h"
#include "unit.h"

START_TEST(edges)
{
	int at11[6] = { 2, 2, 2, 2, 2, 1 }, at12[6] = { 2, 2, 2, 2, 2, 2 };
	int top[6] = { 5, 5, 5, 5, 5, 5 }, none[6] = { 0 };
	struct lsns_score r;

	lsns_score(at11, LSNS_AT_RISK_BELOW, &r);
	ck_assert_int_eq(r.score, 11);
	ck_assert_int_eq(r.family, 6);
	ck_assert_int_eq(r.friends, 5);
	ck_assert_int_eq(r.at_risk, 1);
	lsns_score(at12, LSNS_AT_RISK_BELOW, &r);
	ck_assert_int_eq(r.score, 12);
	ck_assert_int_eq(r.at_risk, 0);
	lsns_score(top, LSNS_AT_RISK_BELOW, &r);
	ck_assert_int_eq(r.score, 30);
	ck_assert_int_eq(r.at_risk, 0);
	lsns_score(none, LSNS_AT_RISK_BELOW, &r);
	ck_assert_int_eq(r.score, 0);
	ck_assert_int_eq(r.at_risk, 1);
	/* a configured cut-off */
	lsns_score(at12, 13, &r);
	ck_assert_int_eq(r.at_risk, 1);
}
END_TEST

START_TEST(family_first)
{
	int v[6] = { 5, 4, 3, 0, 1, 0 };
	struct lsns_score r;

	lsns_score(v, LSNS_AT_RISK_BELOW, &r);
	ck_assert_int_eq(r.family, 12);
	ck_assert_int_eq(r.friends, 1);
	ck_assert_int_eq(r.score, 13);
}
END_TEST

START_TEST(missing)
{
	int fam[6] = { 5, LSNS_MISSING, 3, 0, 1, 0 };
	int fr[6] = { 5, 4, 3, 0, 1, LSNS_MISSING };
	struct lsns_score r;

	lsns_score(fam, LSNS_AT_RISK_BELOW, &r);
	ck_assert_int_eq(r.family, -1);
	ck_assert_int_eq(r.friends, 1);
	ck_assert_int_eq(r.score, -1);
	ck_assert_int_eq(r.at_risk, -1);
	lsns_score(fr, LSNS_AT_RISK_BELOW, &r);
	ck_assert_int_eq(r.family, 12);
	ck_assert_int_eq(r.friends, -1);
	ck_assert_int_eq(r.at_risk, -1);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("lsns");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, edges);
	tcase_add_test(tc, family_first);
	tcase_add_test(tc, missing);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
