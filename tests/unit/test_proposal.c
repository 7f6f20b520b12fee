/* proposal: every principle fires, from tags and from the data. */
#include <string.h>

#include "advice/proposal.h"
#include "unit.h"

static struct principles ps;
static struct needs needs;

/*
 * Two neighbourhoods: BU99010101 (1000 residents) with an individual
 * need of 200 and a drop-in of 50 (gap 150), societal 100 and group 50
 * with nothing (gaps 100, 50); BU99010102 (1000) with 10 in each form and
 * a resident group of 20 (societal gap 0; group 10, individual 10).
 * Total gap 320 over 6 cells.  The resident group's accounts fail.
 */
static void
setup(void)
{
	static const char *const recs[] = {
	    "{\"area\":\"BU99010101\",\"population\":1000}",
	    "{\"area\":\"BU99010102\",\"population\":1000}",
	    "{\"area\":\"BU99010101\",\"n\":100,\"weight_sum\":100,"
	    "\"suppressed\":false,\"shares\":{\"societal\":{\"share\":0.1,"
	    "\"low\":0.05,\"high\":0.2},\"group\":{\"share\":0.05,\"low\":0.02,"
	    "\"high\":0.1},\"individual\":{\"share\":0.2,\"low\":0.1,"
	    "\"high\":0.3}}}",
	    "{\"area\":\"BU99010102\",\"n\":100,\"weight_sum\":100,"
	    "\"suppressed\":false,\"shares\":{\"societal\":{\"share\":0.01,"
	    "\"low\":0.0,\"high\":0.05},\"group\":{\"share\":0.01,\"low\":0.0,"
	    "\"high\":0.05},\"individual\":{\"share\":0.01,\"low\":0.0,"
	    "\"high\":0.05}}}",
	    "{\"id\":\"di\",\"name\":\"DI\",\"kind\":\"drop-in\",\"areas\":"
	    "[\"BU99010101\"],\"capacity\":50}",
	    "{\"id\":\"bg\",\"name\":\"BG\",\"kind\":\"resident-group\","
	    "\"areas\":[\"BU99010102\"],\"capacity\":20}",
	    "{\"initiative\":\"bg\",\"to\":\"2026-10-31\",\"accountability\":"
	    "{\"accounts\":{\"verdict\":\"fail\"}}}",
	    "{\"initiative\":\"di\",\"to\":\"2026-10-31\",\"accountability\":"
	    "{\"accounts\":{\"verdict\":\"pass\"}}}",
	};
	char err[256];
	size_t i;

	principles_default(&ps);
	needs_init(&needs);
	for (i = 0; i < sizeof recs / sizeof recs[0]; i++) {
		json_t *r = unit_json(recs[i]);
		int rc;

		if (i < 2)
			rc = needs_add_area(&needs, r, err, sizeof err);
		else if (i < 4)
			rc = needs_add_isolation(&needs, r, err, sizeof err);
		else if (i < 6)
			rc = needs_add_initiative(&needs, r, err, sizeof err);
		else
			rc = needs_add_account(&needs, r, err, sizeof err);
		ck_assert_msg(rc == 0, "%s", err);
		json_decref(r);
	}
	needs_compute(&needs);
}

static void
teardown(void)
{
	needs_free(&needs);
	principles_free(&ps);
}

/* The assessment of a measure given as JSON. */
static json_t *
assess(const char *text)
{
	struct measure m;
	char err[256];
	json_t *d = unit_json(text), *a;

	ck_assert_msg(measure_parse(&m, d, &ps, err, sizeof err) == 0, "%s",
	    err);
	a = measure_assess(&m, &ps, &needs, LANG_EN);
	measure_free(&m);
	json_decref(d);
	return a;
}

static const char *
effect(const json_t *a, const char *principle)
{
	size_t i;
	json_t *r;

	json_array_foreach(json_object_get(a, "principles"), i, r)
		if (strcmp(json_string_value(json_object_get(r, "principle")),
		    principle) == 0)
			return json_string_value(json_object_get(r, "effect"));
	return NULL;
}

static const char *
verdict(const json_t *a)
{
	return json_string_value(json_object_get(a, "verdict"));
}

/* Each principle is served by one of its tags and breached by one. */
START_TEST(each_principle_by_tags)
{
	static const char *const cases[][3] = {
	    { "trust-over-control", "lump-sum", "kpi-monitoring" },
	    { "collective-self-reliance", "mutual-aid", "self-reliance" },
	    { "bottom-up", "citizen-procurement", "tender" },
	    { "integral", "cross-domain", "categorical" },
	    { "reach-the-most-isolated", "outreach", "first-come-first-served" },
	    { "accountability-to-participants", "members-meeting",
	      "accountability-to-funder-only" },
	};
	char text[256];
	size_t i;
	json_t *a;

	for (i = 0; i < 6; i++) {
		snprintf(text, sizeof text, "{\"id\":\"m\",\"text\":\"t\","
		    "\"approach\":[\"%s\"]}", cases[i][1]);
		a = assess(text);
		ck_assert_str_eq(effect(a, cases[i][0]), "served");
		ck_assert_str_eq(verdict(a), "support");
		json_decref(a);
		snprintf(text, sizeof text, "{\"id\":\"m\",\"text\":\"t\","
		    "\"approach\":[\"%s\"]}", cases[i][2]);
		a = assess(text);
		ck_assert_str_eq(effect(a, cases[i][0]), "breached");
		ck_assert_str_eq(verdict(a), "advise-against");
		ck_assert_uint_eq(json_array_size(json_object_get(a,
		    "conditions")), 1);
		json_decref(a);
		snprintf(text, sizeof text, "{\"id\":\"m\",\"text\":\"t\","
		    "\"approach\":[\"%s\",\"%s\"]}", cases[i][1], cases[i][2]);
		a = assess(text);
		ck_assert_str_eq(effect(a, cases[i][0]), "tension");
		ck_assert_str_eq(verdict(a), "support-with-conditions");
		json_decref(a);
	}
}
END_TEST

/* gap: BU99010101 individual holds 150 of 320 in 1 of 6 cells:
 * concentration (150/320)/(1/6) = 2.8125. */
START_TEST(gap_served)
{
	json_t *a = assess("{\"id\":\"m\",\"text\":\"t\",\"areas\":"
	    "[\"BU99010101\"],\"forms\":[\"individual\"]}");
	json_t *m = NULL, *r;
	size_t i;

	ck_assert_str_eq(effect(a, "reach-the-most-isolated"), "served");
	json_array_foreach(json_object_get(a, "principles"), i, r)
		if (strcmp(json_string_value(json_object_get(r, "principle")),
		    "reach-the-most-isolated") == 0)
			m = json_object_get(r, "measured");
	ck_assert_double_eq_tol(json_real_value(json_object_get(m,
	    "gap_share")), 0.469, 1e-9);
	ck_assert_double_eq_tol(json_real_value(json_object_get(m,
	    "concentration")), 2.813, 1e-9);
	json_decref(a);
}
END_TEST

/* BU99010102: 20 of 320 in 3 of 6 cells: 0.125 < 0.5, breached. */
START_TEST(gap_breached)
{
	json_t *a = assess("{\"id\":\"m\",\"text\":\"t\",\"areas\":"
	    "[\"BU99010102\"],\"approach\":[\"bottom-up\"]}");

	ck_assert_str_eq(effect(a, "reach-the-most-isolated"), "breached");
	ck_assert_str_eq(effect(a, "bottom-up"), "served");
	/* one served, one breached, and bg's failing accounts: tension */
	ck_assert_str_eq(effect(a, "accountability-to-participants"),
	    "tension");
	ck_assert_str_eq(verdict(a), "support-with-conditions");
	ck_assert_uint_eq(json_array_size(json_object_get(a, "conditions")),
	    2);
	json_decref(a);
}
END_TEST

START_TEST(gap_not_measured_everywhere)
{
	json_t *a = assess("{\"id\":\"m\",\"text\":\"t\"}");

	ck_assert_str_eq(effect(a, "reach-the-most-isolated"), "not-at-stake");
	ck_assert_str_eq(effect(a, "accountability-to-participants"),
	    "not-at-stake");
	ck_assert_str_eq(verdict(a), "support");
	json_decref(a);
}
END_TEST

START_TEST(accounts_and_integral)
{
	json_t *a = assess("{\"id\":\"m\",\"text\":\"t\",\"initiatives\":"
	    "[\"di\"],\"domains\":[\"zorg\",\"welfare\"]}");

	ck_assert_str_eq(effect(a, "accountability-to-participants"),
	    "served");
	ck_assert_str_eq(effect(a, "integral"), "served");
	json_decref(a);
	a = assess("{\"id\":\"m\",\"text\":\"t\",\"initiatives\":[\"bg\"]}");
	ck_assert_str_eq(effect(a, "accountability-to-participants"),
	    "tension");
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(a,
	    "conditions"), 0)), "Fund BG only after the participants have "
	    "approved the accounts at a meeting.");
	json_decref(a);
}
END_TEST

static void
refused(const char *text, const char *want)
{
	struct measure m;
	char err[256];
	json_t *d = unit_json(text);

	ck_assert_int_eq(measure_parse(&m, d, &ps, err, sizeof err), -1);
	ck_assert_msg(strstr(err, want) != NULL, "'%s' lacks '%s'", err, want);
	json_decref(d);
}

START_TEST(bad_measures)
{
	refused("{\"text\":\"t\"}", "id is missing");
	refused("{\"id\":\"m\"}", "text is missing");
	refused("{\"id\":\"m\",\"text\":\"t\",\"approach\":[\"outreech\"]}",
	    "approach 'outreech': unknown tag (did you mean 'outreach'?)");
	refused("{\"id\":\"m\",\"text\":\"t\",\"aproach\":[]}",
	    "aproach: unknown key (did you mean 'approach'?)");
	refused("{\"id\":\"m\",\"text\":\"t\",\"areas\":[\"BU1\"]}",
	    "areas: 'BU1' is not a CBS area code");
	refused("{\"id\":\"m\",\"text\":\"t\",\"forms\":[\"lonely\"]}",
	    "forms: 'lonely' is not a form");
	refused("{\"id\":\"m\",\"text\":\"t\",\"budget\":\"10.005\"}",
	    "budget:");
	refused("{\"id\":\"m\",\"text\":\"t\",\"domains\":[\"zorgg\"]}",
	    "domains: 'zorgg'");
}
END_TEST

START_TEST(policy_document)
{
	struct policy p;
	char err[256];
	json_t *d = unit_json("{\"title\":\"Nota\",\"measures\":[{\"id\":\"a\","
	    "\"text\":\"A\",\"budget\":\"1250.5\"},{\"id\":\"b\",\"text\":\"B\","
	    "\"approach\":\"tender\"}]}");

	policy_init(&p);
	ck_assert_int_eq(policy_load(&p, d, &ps, err, sizeof err), 0);
	ck_assert_str_eq(p.title, "Nota");
	ck_assert_uint_eq(p.n, 2);
	ck_assert_int_eq(p.m[0].budget, 125050);
	ck_assert_str_eq(p.m[1].approach[0], "tender");
	policy_free(&p);
	json_decref(d);
	d = unit_json("{\"measures\":[{\"id\":\"a\",\"text\":\"A\"},{\"id\":\"b\"}]}");
	policy_init(&p);
	ck_assert_int_eq(policy_load(&p, d, &ps, err, sizeof err), -1);
	ck_assert_str_eq(err, "measure 2: text is missing");
	policy_free(&p);
	json_decref(d);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("proposal");
	TCase *t = tcase_create("core");

	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, each_principle_by_tags);
	tcase_add_test(t, gap_served);
	tcase_add_test(t, gap_breached);
	tcase_add_test(t, gap_not_measured_everywhere);
	tcase_add_test(t, accounts_and_integral);
	tcase_add_test(t, bad_measures);
	tcase_add_test(t, policy_document);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
