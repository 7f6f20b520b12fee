#include <string.h>

#include "accounts/ledger.h"
#include "unit.h"

static int
parse(const char *text, struct ledger_event *ev, char *err)
{
	json_error_t e;
	json_t *j = json_loads(text, 0, &e);
	int rc;

	ck_assert_ptr_nonnull(j);
	rc = ledger_parse(j, ev, err, 256);
	/* the event's strings live in the record: test only numbers */
	json_decref(j);
	return rc;
}

#define EV(rest) "{\"initiative\":\"x\",\"date\":\"2026-10-03\"," rest "}"

START_TEST(money_exact)
{
	struct ledger_event ev;
	char err[256];

	ck_assert_int_eq(parse(EV("\"event\":\"income\",\"amount\":\"1250.00\","
	    "\"source\":\"municipality\""), &ev, err), 0);
	ck_assert_int_eq(ev.kind, LEDGER_INCOME);
	ck_assert(ev.amount == 125000);
	ck_assert_int_eq(ev.source, SRC_MUNICIPALITY);
	ck_assert_int_eq(parse(EV("\"event\":\"expense\",\"amount\":80.5"), &ev,
	    err), 0);
	ck_assert(ev.amount == 8050);
	ck_assert_int_eq(ev.category, CAT_OTHER);
	ck_assert_int_eq(parse(EV("\"event\":\"expense\",\"amount\":0.1"), &ev,
	    err), 0);
	ck_assert(ev.amount == 10);
	ck_assert_int_ne(parse(EV("\"event\":\"income\",\"amount\":\"1.005\""),
	    &ev, err), 0);
	/* "1.005" may be a Dutch thousand and five: the hint says so */
	ck_assert_str_eq(err, "amount: has more than two decimals (a point is "
	    "the decimal point: write thousands without a separator, \"1.250\" "
	    "as \"1250\")");
	ck_assert_int_ne(parse(EV("\"event\":\"income\",\"amount\":\"-3\""),
	    &ev, err), 0);
	ck_assert_ptr_nonnull(strstr(err, "negative"));
	ck_assert_int_ne(parse(EV("\"event\":\"income\",\"amount\":"
	    "\"92233720368547758.08\""), &ev, err), 0);
	ck_assert_str_eq(err, "amount: is too large");
	ck_assert_int_ne(parse(EV("\"event\":\"income\",\"amount\":\"1e3\""),
	    &ev, err), 0);
	ck_assert_int_ne(parse(EV("\"event\":\"income\",\"amount\":\"€5\""),
	    &ev, err), 0);
	ck_assert_int_ne(parse(EV("\"event\":\"income\",\"amount\":\"5\","
	    "\"currency\":\"USD\""), &ev, err), 0);
	ck_assert_str_eq(err, "currency: only euros (EUR) are accepted");
	ck_assert_int_eq(parse(EV("\"event\":\"income\",\"amount\":\"5\","
	    "\"currency\":\"EUR\""), &ev, err), 0);
}
END_TEST

START_TEST(vocabulary)
{
	struct ledger_event ev;
	char err[256];

	ck_assert_int_ne(parse(EV("\"event\":\"donation\""), &ev, err), 0);
	ck_assert_ptr_nonnull(strstr(err, "event 'donation': unknown event kind"));
	ck_assert_int_ne(parse(EV("\"event\":\"incom\",\"amount\":1"), &ev,
	    err), 0);
	ck_assert_str_eq(err, "event 'incom': unknown event kind (did you "
	    "mean 'income'?)");
	ck_assert_int_ne(parse(EV("\"event\":\"income\",\"amount\":1,"
	    "\"source\":\"fnd\""), &ev, err), 0);
	ck_assert_str_eq(err, "source 'fnd': unknown source (did you mean "
	    "'fund'?)");
	ck_assert_int_ne(parse(EV("\"event\":\"hours\",\"hours\":2"), &ev,
	    err), 0);
	ck_assert_str_eq(err, "by: missing");
	ck_assert_int_eq(parse(EV("\"event\":\"hours\",\"hours\":12.5,"
	    "\"by\":\"member\""), &ev, err), 0);
	ck_assert(ev.hours == 1250);
	ck_assert_int_eq(ev.by, BY_MEMBER);
}
END_TEST

START_TEST(dates_and_fields)
{
	struct ledger_event ev;
	char err[256];

	ck_assert_int_ne(parse("{\"initiative\":\"x\",\"date\":\"2026-02-30\","
	    "\"event\":\"reach\",\"participants\":3}", &ev, err), 0);
	ck_assert_str_eq(err, "date: '2026-02-30' is no day of the calendar");
	ck_assert_int_ne(parse("{\"initiative\":\"x\",\"date\":\"31-10-2026\","
	    "\"event\":\"reach\",\"participants\":3}", &ev, err), 0);
	ck_assert_int_ne(parse("{\"date\":\"2026-10-31\",\"event\":\"reach\","
	    "\"participants\":3}", &ev, err), 0);
	ck_assert_str_eq(err, "initiative: missing");
	ck_assert_int_ne(parse(EV("\"event\":\"reach\",\"participants\":2.5"),
	    &ev, err), 0);
	ck_assert_int_eq(parse(EV("\"event\":\"goal\",\"goal\":\"meals\","
	    "\"target\":40,\"per\":\"quarter\""), &ev, err), 0);
	ck_assert(ev.target == 4000);
	ck_assert_int_eq(ev.per, PERIOD_QUARTER);
	ck_assert_int_ne(parse(EV("\"event\":\"goal\",\"goal\":\"meals\","
	    "\"target\":40,\"per\":\"week\""), &ev, err), 0);
	ck_assert_int_ne(parse(EV("\"event\":\"result\",\"value\":3"), &ev,
	    err), 0);
	ck_assert_str_eq(err, "goal: missing");
	ck_assert_int_ne(parse(EV("\"event\":\"result\",\"goal\":\"m\","
	    "\"value\":-1"), &ev, err), 0);
	ck_assert_int_eq(parse(EV("\"event\":\"adjustment\""), &ev, err), 0);
	ck_assert(ev.goal == NULL);
	ck_assert_int_eq(parse(EV("\"event\":\"meeting\",\"attendees\":21,"
	    "\"accounts_approved\":true"), &ev, err), 0);
	ck_assert_int_eq(ev.accounts_approved, 1);
	ck_assert_int_eq(ev.plan_agreed, -1);
	ck_assert_int_ne(parse(EV("\"event\":\"meeting\",\"plan_agreed\":"
	    "\"yes\""), &ev, err), 0);
	ck_assert_str_eq(err, "plan_agreed: not true or false");
}
END_TEST

/* A goal's name and unit per language: kept as given, checked whole. */
START_TEST(goal_labels)
{
	struct ledger_event ev;
	json_error_t e;
	json_t *j;
	char err[256];

	j = json_loads(EV("\"event\":\"goal\",\"goal\":\"repairs\","
	    "\"target\":40,\"label\":{\"en\":\"repairs\",\"nl\":"
	    "\"reparaties\"},\"unit\":{\"nl\":\"reparaties gedaan\"}"), 0, &e);
	ck_assert_int_eq(ledger_parse(j, &ev, err, sizeof err), 0);
	ck_assert_str_eq(json_string_value(json_object_get(ev.label, "nl")),
	    "reparaties");
	ck_assert_str_eq(json_string_value(json_object_get(ev.unit_lang,
	    "nl")), "reparaties gedaan");
	ck_assert_str_eq(ev.unit, "");
	json_decref(j);
	ck_assert_int_eq(parse(EV("\"event\":\"goal\",\"goal\":\"r\","
	    "\"target\":4,\"unit\":\"repairs done\""), &ev, err), 0);
	ck_assert_int_ne(parse(EV("\"event\":\"goal\",\"goal\":\"r\","
	    "\"target\":4,\"label\":{\"de\":\"Reparaturen\"}"), &ev, err), 0);
	ck_assert_str_eq(err, "label: language 'de': not en or nl");
	ck_assert_int_ne(parse(EV("\"event\":\"goal\",\"goal\":\"r\","
	    "\"target\":4,\"label\":\"repairs\""), &ev, err), 0);
	ck_assert_ptr_nonnull(strstr(err, "label: not an object of names by "
	    "language"));
	ck_assert_int_ne(parse(EV("\"event\":\"goal\",\"goal\":\"r\","
	    "\"target\":4,\"unit\":{\"nl\":\"\"}"), &ev, err), 0);
	ck_assert_str_eq(err, "unit.nl: not a non-empty string");
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("ledger");
	TCase *t = tcase_create("ledger");

	tcase_add_test(t, money_exact);
	tcase_add_test(t, vocabulary);
	tcase_add_test(t, dates_and_fields);
	tcase_add_test(t, goal_labels);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
