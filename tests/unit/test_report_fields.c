#include <stdio.h>
#include <string.h>

#include "accounts/report.h"
#include "unit.h"

START_TEST(fields)
{
	json_error_t e;
	json_t *a = json_loads("{\"initiative\":\"x\",\"name\":null,"
	    "\"period\":\"2026-Q4\",\"means\":{\"income\":\"1250.05\","
	    "\"hours\":{\"total\":12.5}}}", 0, &e);
	char buf[LANG_BUF];

	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(rf_name(a), "x");
	ck_assert(rf_cents(rf_get(a, "means", "income")) == 125005);
	ck_assert(rf_cents(rf_get(a, "means", "nothing")) == 0);
	ck_assert(rf_hundredths(rf_get(rf_get(a, "means", "hours"), "total",
	    NULL)) == 1250);
	ck_assert_str_eq(rf_period(a, LANG_NL, buf), "4e kwartaal 2026");
	json_object_set_new(a, "period", json_string("2026-10"));
	ck_assert_str_eq(rf_period(a, LANG_NL, buf), "oktober 2026");
	json_object_set_new(a, "period", json_string("2026"));
	ck_assert_str_eq(rf_period(a, LANG_EN, buf), "2026");
	json_object_set_new(a, "name", json_string("Buurtkamer"));
	ck_assert_str_eq(rf_name(a), "Buurtkamer");
	json_decref(a);
}
END_TEST

/* Collects the rows rf_means_rows hands out, as "label=cents*". */
static void
collect(void *ctx, enum lang l, const char *label, int64_t cents, int total)
{
	char *out = ctx;
	size_t n = strlen(out);

	(void)l;
	snprintf(out + n, 256 - n, "%s=%lld%s;", label, (long long)cents,
	    total ? "*" : "");
}

START_TEST(means_rows_and_met)
{
	json_error_t e;
	json_t *m = json_loads("{\"income\":\"10.00\",\"expenses\":\"4.00\","
	    "\"balance\":\"6.00\",\"by_source\":{\"municipality\":\"0.00\","
	    "\"fund\":\"10.00\"},\"by_category\":{\"staff\":\"4.00\"}}", 0,
	    &e);
	json_t *g = json_pack("{s:b,s:i}", "met", 1, "results", 2);
	char rows[256] = "";

	ck_assert_ptr_nonnull(m);
	rf_means_rows(m, LANG_EN, collect, rows);
	ck_assert_str_eq(rows, "Income=1000*;funds=1000;Expenses=400*;"
	    "staff=400;Balance=600*;");
	ck_assert_str_eq(rf_met_word(g, LANG_EN), "yes");
	json_object_set_new(g, "met", json_false());
	ck_assert_str_eq(rf_met_word(g, LANG_NL), "nee");
	json_object_set_new(g, "met", json_null());
	ck_assert_str_eq(rf_met_word(g, LANG_EN),
	    lang_word(LANG_EN, W_NOT_YET));
	json_object_set_new(g, "results", json_integer(0));
	ck_assert_str_eq(rf_met_word(g, LANG_EN),
	    lang_word(LANG_EN, W_NO_RESULT));
	json_object_set_new(m, "reach", json_pack("{s:i,s:s}", "participants",
	    34, "date", "2026-01-31"));
	ck_assert_str_eq(rf_reach(m, LANG_EN, rows, sizeof rows),
	    "34 participants (31 January 2026)");
	json_object_set_new(m, "reach", json_null());
	ck_assert_str_eq(rf_reach(m, LANG_NL, rows, sizeof rows),
	    lang_word(LANG_NL, W_NO_REACH));
	json_decref(m);
	json_decref(g);
}
END_TEST

START_TEST(questions)
{
	ck_assert_str_eq(rf_questions[0], "value");
	ck_assert_str_eq(rf_questions[4], "agreement");
	ck_assert_str_eq(lang_word(LANG_NL, rf_question_name(2)),
	    "Verantwoording");
	ck_assert_int_eq(rf_verdict_word("pass"), W_PASS);
	ck_assert_int_eq(rf_verdict_word("fail"), W_FAIL);
	ck_assert_int_eq(rf_verdict_word(NULL), W_UNKNOWN);
}
END_TEST

/* A goal is named by its label when the account has one, else its id. */
START_TEST(goal_names)
{
	json_t *g = json_loads("{\"goal\":\"repairs\",\"label\":"
	    "\"reparaties\",\"unit\":\"reparaties gedaan\"}", 0, NULL);
	json_t *bare = json_loads("{\"goal\":\"repairs\"}", 0, NULL);

	ck_assert_str_eq(rf_goal_name(g), "reparaties");
	ck_assert_str_eq(rf_goal_unit(g), "reparaties gedaan");
	ck_assert_str_eq(rf_goal_name(bare), "repairs");
	ck_assert_str_eq(rf_goal_unit(bare), "");
	json_decref(g);
	json_decref(bare);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("report_fields");
	TCase *t = tcase_create("report_fields");

	tcase_add_test(t, fields);
	tcase_add_test(t, questions);
	tcase_add_test(t, means_rows_and_met);
	tcase_add_test(t, goal_names);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
