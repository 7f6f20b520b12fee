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

static Suite *
suite(void)
{
	Suite *s = suite_create("report_fields");
	TCase *t = tcase_create("report_fields");

	tcase_add_test(t, fields);
	tcase_add_test(t, questions);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
