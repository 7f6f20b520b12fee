#include <string.h>

#include "accounts/account_report.h"
#include "core/jsonout.h"
#include "unit.h"

static struct book b;

static void
add(const char *text)
{
	struct ledger_event ev;
	json_error_t e;
	json_t *j = json_loads(text, 0, &e);
	char err[256];

	ck_assert_ptr_nonnull(j);
	ck_assert_int_eq(ledger_parse(j, &ev, err, sizeof err), 0);
	ck_assert_int_eq(book_add_event(&b, &ev, "t", 1, text, strlen(text),
	    err, sizeof err), 0);
	json_decref(j);
}

#define L(date, rest) "{\"initiative\":\"a\",\"date\":\"" date "\"," rest "}"

static json_t *
report(enum period_kind k, int y, int m)
{
	struct acc_config c;

	acc_config_default(&c);
	return account_record(book_find(&b, "a"), k, y * 12 + m - 1, &c,
	    LANG_EN);
}

static const json_t *
goal0(const json_t *r, const char *key)
{
	return json_object_get(json_array_get(json_object_get(r, "goals"), 0),
	    key);
}

static const char *
verdict(const json_t *r, const char *q)
{
	return json_string_value(json_object_get(json_object_get(
	    json_object_get(r, "accountability"), q), "verdict"));
}

static void
setup(void)
{
	book_init(&b);
	add(L("2026-01-01", "\"event\":\"goal\",\"goal\":\"meals\","
	    "\"target\":40"));
	add(L("2026-01-31", "\"event\":\"result\",\"goal\":\"meals\","
	    "\"value\":41"));
	add(L("2026-02-28", "\"event\":\"result\",\"goal\":\"meals\","
	    "\"value\":30"));		/* missed */
	add(L("2026-03-31", "\"event\":\"result\",\"goal\":\"meals\","
	    "\"value\":40"));
	add(L("2026-01-01", "\"event\":\"goal\",\"goal\":\"members\","
	    "\"target\":100,\"per\":\"year\""));
	add(L("2026-02-10", "\"event\":\"result\",\"goal\":\"members\","
	    "\"value\":60"));
	add(L("2026-05-10", "\"event\":\"income\",\"amount\":\"100.00\","
	    "\"source\":\"municipality\""));
	add(L("2026-05-11", "\"event\":\"income\",\"amount\":\"300.00\","
	    "\"source\":\"members\""));
	add(L("2026-05-12", "\"event\":\"expense\",\"amount\":\"500.00\""));
}

static void
teardown(void)
{
	book_free(&b);
}

START_TEST(month_and_quarter)
{
	json_t *r = report(PERIOD_MONTH, 2026, 2);

	ck_assert_int_eq(json_integer_value(goal0(r, "target")), 40);
	ck_assert_int_eq(json_integer_value(goal0(r, "actual")), 30);
	ck_assert(json_is_false(goal0(r, "met")));
	ck_assert(json_real_value(goal0(r, "progress")) == 0.75);
	ck_assert_str_eq(verdict(r, "value"), "fail");
	json_decref(r);
	/* a monthly goal adds up over a quarter */
	r = report(PERIOD_QUARTER, 2026, 1);
	ck_assert_int_eq(json_integer_value(goal0(r, "target")), 120);
	ck_assert_int_eq(json_integer_value(goal0(r, "actual")), 111);
	ck_assert(json_is_false(goal0(r, "met")));
	json_decref(r);
}
END_TEST

START_TEST(year_goal_in_months)
{
	json_t *r = report(PERIOD_MONTH, 2026, 3), *g;

	g = json_array_get(json_object_get(r, "goals"), 1);
	ck_assert_str_eq(json_string_value(json_object_get(g, "goal")),
	    "members");
	ck_assert_int_eq(json_integer_value(json_object_get(g, "actual")), 60);
	ck_assert(json_is_null(json_object_get(g, "met")));	/* not due */
	ck_assert_str_eq(json_string_value(json_object_get(g, "until")),
	    "2026-12-31");
	json_decref(r);
}
END_TEST

START_TEST(adjustments_and_means)
{
	json_t *r = report(PERIOD_MONTH, 2026, 3);

	/* February's miss: March is still within the month of grace */
	ck_assert_str_eq(verdict(r, "adjusts"), "unknown");
	json_decref(r);
	r = report(PERIOD_MONTH, 2026, 5);
	ck_assert_str_eq(verdict(r, "adjusts"), "fail");
	ck_assert_str_eq(json_string_value(json_object_get(json_object_get(
	    r, "means"), "balance")), "-100.00");
	ck_assert(json_real_value(json_object_get(json_object_get(r, "means"),
	    "municipality_share")) == 0.25);
	json_decref(r);
	add(L("2026-04-02", "\"event\":\"adjustment\",\"goal\":\"meals\""));
	r = report(PERIOD_MONTH, 2026, 5);
	ck_assert_str_eq(verdict(r, "adjusts"), "pass");
	ck_assert_int_eq(json_integer_value(json_object_get(r, "adjustments")),
	    0);
	json_decref(r);
	r = report(PERIOD_MONTH, 2026, 4);
	ck_assert_int_eq(json_integer_value(json_object_get(r, "adjustments")),
	    1);
	/* no goal result in April: in force, not judged */
	ck_assert(json_is_null(goal0(r, "met")));
	json_decref(r);
}
END_TEST

START_TEST(span)
{
	int first, last;

	ck_assert_int_eq(account_span(book_find(&b, "a"), &first, &last), 0);
	ck_assert_int_eq(first, 2026 * 12);
	ck_assert_int_eq(last, 2026 * 12 + 4);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("account_report");
	TCase *t = tcase_create("account_report");

	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, month_and_quarter);
	tcase_add_test(t, year_goal_in_months);
	tcase_add_test(t, adjustments_and_means);
	tcase_add_test(t, span);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
