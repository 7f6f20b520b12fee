#include <stdio.h>
#include <string.h>

#include "accounts/accountability.h"
#include "core/err.h"
#include "unit.h"

static const char *
verdict(const json_t *o, const char *q)
{
	return json_string_value(json_object_get(json_object_get(o, q),
	    "verdict"));
}

static const char *
reason(const json_t *o, const char *q)
{
	return json_string_value(json_object_get(json_object_get(o, q),
	    "reason"));
}

static void
facts(struct acc_facts *f)
{
	memset(f, 0, sizeof *f);
	f->first_month = 2025 * 12;
	f->end_month = 2026 * 12 + 9;
	f->owned = -1;
	f->plan_agreed = -1;
}

START_TEST(defaults)
{
	struct acc_config c;
	struct acc_facts f;
	json_t *o;

	acc_config_default(&c);
	facts(&f);
	o = acc_evaluate(&f, &c, LANG_EN);
	ck_assert_str_eq(verdict(o, "value"), "unknown");
	ck_assert_str_eq(verdict(o, "pride"), "unknown");
	ck_assert_str_eq(verdict(o, "accounts"), "fail");
	ck_assert_str_eq(reason(o, "accounts"), "no meeting approved the "
	    "accounts from 31 October 2025 to 31 October 2026 (12 months)");
	ck_assert_str_eq(verdict(o, "adjusts"), "unknown");
	ck_assert_str_eq(verdict(o, "agreement"), "fail");
	json_decref(o);

	f.goals_in_force = f.goals_decided = 4;
	f.goals_met = 2;		/* half: at least half passes */
	f.hours_participants = 4999;
	f.hours_total = 10000;
	f.has_approval = 1;
	f.approval = (struct date){ 2026, 3, 15 };
	f.misses = 2;
	f.misses_adjusted = 1;
	f.misses_waiting = 1;
	f.has_meeting = 1;
	f.meeting = f.approval;
	f.plan_agreed = 0;
	o = acc_evaluate(&f, &c, LANG_NL);
	ck_assert_str_eq(verdict(o, "value"), "pass");
	ck_assert_str_eq(verdict(o, "pride"), "fail");
	ck_assert_str_eq(reason(o, "pride"), "vrijwilligers en leden gaven "
	    "maar 50% van de 100 uur (verwacht: minstens 50%)");
	ck_assert_str_eq(verdict(o, "accounts"), "pass");
	ck_assert_str_eq(reason(o, "accounts"), "de jaarrekening is "
	    "goedgekeurd op de bijeenkomst van 15 maart 2026");
	ck_assert_str_eq(verdict(o, "adjusts"), "pass");
	ck_assert_str_eq(verdict(o, "agreement"), "fail");
	json_decref(o);
}
END_TEST

START_TEST(short_ledger)
{
	struct acc_config c;
	struct acc_facts f;
	json_t *o;

	acc_config_default(&c);
	facts(&f);
	f.first_month = f.end_month - 2;	/* three months of ledger */
	f.misses = 1;
	f.misses_waiting = 1;
	o = acc_evaluate(&f, &c, LANG_EN);
	ck_assert_str_eq(verdict(o, "accounts"), "unknown");
	ck_assert_str_eq(reason(o, "accounts"), "no meeting has approved the "
	    "accounts yet, but the ledger covers only 3 of the 12 months "
	    "looked back over");
	ck_assert_str_eq(verdict(o, "agreement"), "unknown");
	ck_assert_str_eq(verdict(o, "adjusts"), "unknown");
	json_decref(o);
	f.misses = 2;
	f.misses_waiting = 1;
	snprintf(f.unadjusted_goal, sizeof f.unadjusted_goal, "meals");
	f.unadjusted_kind = PERIOD_MONTH;
	f.unadjusted_start = 2026 * 12 + 7;
	o = acc_evaluate(&f, &c, LANG_EN);
	ck_assert_str_eq(reason(o, "adjusts"), "goal 'meals' was missed in "
	    "August 2026 and not adjusted afterwards (0 of 2 shortfalls "
	    "followed up)");
	json_decref(o);
}
END_TEST

static int
load(struct acc_config *c, const char *text, char *err)
{
	json_error_t e;
	json_t *j = json_loads(text, 0, &e);
	int rc;

	ck_assert_ptr_nonnull(j);
	rc = acc_config_load(c, j, err, 256);
	json_decref(j);
	return rc;
}

START_TEST(config)
{
	struct acc_config c;
	struct acc_facts f;
	char err[256];
	json_t *o;

	acc_config_default(&c);
	ck_assert_int_eq(load(&c, "{\"value\":{\"min_share_met\":1},"
	    "\"pride\":{\"require_ownership\":true},\"accounts\":"
	    "{\"window_months\":24}}", err), 0);
	ck_assert(c.value_min_share_met == 1.0);
	ck_assert_int_eq(c.pride_require_ownership, 1);
	ck_assert_int_eq(c.accounts_window_months, 24);
	ck_assert_int_ne(load(&c, "{\"pride\":{\"min_share_hour\":0.4}}", err),
	    0);
	ck_assert_str_eq(err, "pride.min_share_hour: unknown setting (did "
	    "you mean 'min_share_hours'?)");
	ck_assert_int_ne(load(&c, "{\"vlue\":{}}", err), 0);
	ck_assert_str_eq(err, "vlue: unknown question (did you mean "
	    "'value'?)");
	ck_assert_int_ne(load(&c, "{\"value\":{\"min_share_met\":1.5}}", err),
	    0);
	ck_assert_int_ne(load(&c, "{\"adjusts\":{\"grace_months\":-1}}", err),
	    0);
	facts(&f);
	f.goals_in_force = f.goals_decided = 4;
	f.goals_met = 3;
	f.hours_participants = f.hours_total = 100;
	f.owned = 0;
	o = acc_evaluate(&f, &c, LANG_EN);
	ck_assert_str_eq(verdict(o, "value"), "fail");
	ck_assert_str_eq(verdict(o, "pride"), "fail");
	json_decref(o);
}
END_TEST

#define M(y, m) ((y) * 12 + (m) - 1)

/* The window of 12 months up to a period's end runs from the same day a
 * year before, both days included, across year ends and leap days. */
START_TEST(window)
{
	static const struct {
		int end, w;
		int y, m, d;		/* the window's first day */
	} c[] = {
		{ M(2026, 10), 12, 2025, 10, 31 },
		{ M(2026, 12), 12, 2025, 12, 31 },
		{ M(2027, 1), 12, 2026, 1, 31 },
		{ M(2026, 11), 12, 2025, 11, 30 },
		{ M(2025, 2), 12, 2024, 2, 28 },	/* not the 29th */
		{ M(2024, 2), 12, 2023, 2, 28 },
		{ M(2024, 3), 1, 2024, 2, 29 },		/* 31 March: clipped */
		{ M(2027, 3), 3, 2026, 12, 31 },
	};
	struct date d;
	size_t i;

	for (i = 0; i < NELEM(c); i++) {
		d = acc_window_start(c[i].end, c[i].w);
		ck_assert_int_eq(d.y, c[i].y);
		ck_assert_int_eq(d.m, c[i].m);
		ck_assert_int_eq(d.d, c[i].d);
	}
	/* December 2026: from 31 December 2025 on */
	ck_assert(acc_in_window(M(2025, 12), 31, M(2026, 12), 12));
	ck_assert(!acc_in_window(M(2025, 12), 30, M(2026, 12), 12));
	ck_assert(acc_in_window(M(2026, 1), 1, M(2026, 12), 12));
	ck_assert(!acc_in_window(M(2025, 11), 30, M(2026, 12), 12));
	/* January 2027: from 31 January 2026 on */
	ck_assert(acc_in_window(M(2026, 1), 31, M(2027, 1), 12));
	ck_assert(!acc_in_window(M(2026, 1), 30, M(2027, 1), 12));
	ck_assert(!acc_in_window(M(2025, 12), 31, M(2027, 1), 12));
	/* February 2025: 28 and 29 February 2024 both in */
	ck_assert(acc_in_window(M(2024, 2), 28, M(2025, 2), 12));
	ck_assert(!acc_in_window(M(2024, 2), 27, M(2025, 2), 12));
}
END_TEST

/* A failed question names its window's first and last day, in both
 * languages, so an approval just before it is plainly outside. */
START_TEST(window_in_the_reason)
{
	struct acc_config c;
	struct acc_facts f;
	json_t *o;

	acc_config_default(&c);
	facts(&f);
	f.end_month = M(2026, 12);
	f.has_earlier_approval = 1;
	f.earlier_approval = (struct date){ 2025, 12, 30 };
	o = acc_evaluate(&f, &c, LANG_EN);
	ck_assert_str_eq(reason(o, "accounts"), "no meeting approved the "
	    "accounts from 31 December 2025 to 31 December 2026 (12 months); "
	    "the last approval was on 30 December 2025");
	ck_assert_str_eq(reason(o, "agreement"), "no meeting was held from "
	    "31 December 2025 to 31 December 2026 (12 months)");
	json_decref(o);
	o = acc_evaluate(&f, &c, LANG_NL);
	ck_assert_str_eq(reason(o, "accounts"), "van 31 december 2025 tot en "
	    "met 31 december 2026 (12 maanden) heeft geen bijeenkomst de "
	    "jaarrekening goedgekeurd; de laatste keer was op 30 december "
	    "2025");
	json_decref(o);
}
END_TEST

/* Every finding is said in both languages, and not in the same words. */
START_TEST(every_finding_in_both_languages)
{
	struct acc_config c;
	struct acc_facts f;
	char en[512], nl[512];
	int k;

	acc_config_default(&c);
	facts(&f);
	f.hours_participants = 3;
	f.hours_total = 4;
	f.approval = f.earlier_approval = f.meeting = (struct date){ 2026, 3,
	    15 };
	f.goals_in_force = f.goals_decided = f.misses = 2;
	snprintf(f.unadjusted_goal, sizeof f.unadjusted_goal, "meals");
	f.unadjusted_kind = PERIOD_MONTH;
	f.unadjusted_start = 2026 * 12;
	for (k = 0; k < ACC_NFINDINGS; k++) {
		acc_reason((enum acc_finding)k, &f, &c, LANG_EN, en, sizeof en);
		acc_reason((enum acc_finding)k, &f, &c, LANG_NL, nl, sizeof nl);
		ck_assert_msg(strlen(en) > 10 && strlen(nl) > 10 &&
		    strcmp(en, nl) != 0, "finding %d: '%s' / '%s'", k, en, nl);
	}
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("accountability");
	TCase *t = tcase_create("accountability");

	tcase_add_test(t, defaults);
	tcase_add_test(t, short_ledger);
	tcase_add_test(t, config);
	tcase_add_test(t, window);
	tcase_add_test(t, window_in_the_reason);
	tcase_add_test(t, every_finding_in_both_languages);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
