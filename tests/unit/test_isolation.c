#include <string.h>

#include "survey/isolation.h"
#include "unit.h"
#include "core/yamlload.h"

static struct isolation_config cfg;

static void
person(struct isolation_input *in, enum djg_answer a, int lsns_item,
    int ladder, enum contacts c)
{
	int i;

	memset(in, 0, sizeof *in);
	in->djg_n = 11;
	for (i = 0; i < 11; i++)
		in->djg[i] = a;
	in->has_lsns = 1;
	for (i = 0; i < 6; i++)
		in->lsns[i] = lsns_item;
	in->ladder = ladder;
	in->part.paid_work = PAID_UNKNOWN;
	in->part.unpaid_work = in->part.organised_activity =
	    in->part.contact_outside_home = -1;
	in->contacts = c;
}

START_TEST(forms)
{
	struct isolation_input in;
	struct isolation_result r;

	isolation_config_default(&cfg);
	/* all yes: emotional 6, lonely; LSNS 6 at risk; step 1; own group */
	person(&in, DJG_YES, 1, 1, CONTACTS_OWN_GROUP);
	isolation_evaluate(&cfg, &in, &r);
	ck_assert(r.form[FORM_INDIVIDUAL] == 1 && r.form[FORM_GROUP] == 1 &&
	    r.form[FORM_SOCIETAL] == 1);
	ck_assert_int_eq(r.primary, FORM_INDIVIDUAL);
	ck_assert_int_eq(r.severity, SEVERITY_PERSISTENT);
	/* not at risk: no individual isolation; group comes first */
	person(&in, DJG_YES, 2, 2, CONTACTS_OWN_GROUP);
	isolation_evaluate(&cfg, &in, &r);
	ck_assert_int_eq(r.form[FORM_INDIVIDUAL], 0);
	ck_assert_int_eq(r.primary, FORM_GROUP);
	person(&in, DJG_YES, 2, 3, CONTACTS_MIXED);
	isolation_evaluate(&cfg, &in, &r);
	ck_assert_int_eq(r.form[FORM_SOCIETAL], 0);
	ck_assert_int_eq(r.primary, -1);
	person(&in, DJG_NO, 2, 2, CONTACTS_MIXED);
	isolation_evaluate(&cfg, &in, &r);
	ck_assert_int_eq(r.primary, FORM_SOCIETAL);
	/* all more or less: very severe */
	person(&in, DJG_MORE_OR_LESS, 5, 6, CONTACTS_MIXED);
	isolation_evaluate(&cfg, &in, &r);
	ck_assert_int_eq(r.severity, SEVERITY_SEVERE);
	ck_assert_int_eq(r.form[FORM_INDIVIDUAL], 0);	/* LSNS 30 */
}
END_TEST

START_TEST(unknowns)
{
	struct isolation_input in;
	struct isolation_result r;
	int ind[IND_COUNT];

	isolation_config_default(&cfg);
	/* contacts unknown: group unknown, so no primary below it */
	person(&in, DJG_NO, 2, 1, CONTACTS_UNKNOWN);
	isolation_evaluate(&cfg, &in, &r);
	ck_assert_int_eq(r.form[FORM_GROUP], -1);
	ck_assert_int_eq(r.form[FORM_INDIVIDUAL], 0);
	ck_assert_int_eq(r.primary, -1);
	/* no LSNS: individual unknown when emotionally lonely, false when
	 * not */
	person(&in, DJG_YES, 2, 6, CONTACTS_MIXED);
	in.has_lsns = 0;
	isolation_evaluate(&cfg, &in, &r);
	ck_assert_int_eq(r.form[FORM_INDIVIDUAL], -1);
	person(&in, DJG_NO, 2, 6, CONTACTS_MIXED);
	in.has_lsns = 0;
	isolation_evaluate(&cfg, &in, &r);
	ck_assert_int_eq(r.form[FORM_INDIVIDUAL], 0);
	/* nothing at all */
	memset(&in, 0, sizeof in);
	in.part.paid_work = PAID_UNKNOWN;
	in.part.unpaid_work = in.part.organised_activity =
	    in.part.contact_outside_home = -1;
	in.contacts = CONTACTS_UNKNOWN;
	isolation_evaluate(&cfg, &in, &r);
	isolation_indicators(&r, ind);
	for (int i = 0; i < IND_COUNT; i++)
		ck_assert_int_eq(ind[i], -1);
	ck_assert_int_eq(r.severity, SEVERITY_UNKNOWN);
}
END_TEST

START_TEST(json)
{
	struct isolation_input in;
	struct isolation_result r;
	char buf[ISOLATION_JSON_MAX];
	int ind[IND_COUNT];

	isolation_config_default(&cfg);
	person(&in, DJG_YES, 1, 0, CONTACTS_OWN_GROUP);
	in.part.paid_work = PAID_NONE;
	in.part.unpaid_work = 0;
	in.part.organised_activity = 0;
	in.part.contact_outside_home = 1;
	in.lsns[0] = LSNS_MISSING;
	isolation_evaluate(&cfg, &in, &r);
	isolation_json(&r, buf);
	ck_assert_str_eq(buf, "{\"djg\":{\"items\":11,\"score\":6,"
	    "\"emotional\":6,\"social\":0,\"missing\":0,\"level\":\"moderate\"},"
	    "\"emotionally_lonely\":true,\"socially_lonely\":false,"
	    "\"lsns\":{\"score\":null,\"family\":null,\"friends\":3,"
	    "\"at_risk\":null},\"ladder\":2,\"forms\":{\"societal\":true,"
	    "\"group\":true,\"individual\":null},\"any_form\":true,"
	    "\"primary\":null,"
	    "\"severity\":\"persistent\",\"response\":null}");
	isolation_indicators(&r, ind);
	ck_assert_int_eq(ind[IND_LONELY], 1);
	ck_assert_int_eq(ind[IND_SEVERELY_LONELY], 0);
	ck_assert_int_eq(ind[IND_LADDER_1 + 1], 1);
	ck_assert_int_eq(ind[IND_LADDER_1], 0);
	ck_assert_int_eq(ind[IND_LSNS_AT_RISK], -1);
	ck_assert_int_eq(ind[IND_ANY_FORM], 1);
}
END_TEST

/* In any form: one true form is enough; every form false is needed for
 * false; else unknown.  Counted per person, so never the sum of forms. */
START_TEST(any_form)
{
	struct isolation_input in;
	struct isolation_result r;
	int ind[IND_COUNT];

	isolation_config_default(&cfg);
	/* in all three forms: one person in any form */
	person(&in, DJG_YES, 1, 1, CONTACTS_OWN_GROUP);
	isolation_evaluate(&cfg, &in, &r);
	isolation_indicators(&r, ind);
	ck_assert_int_eq(ind[IND_SOCIETAL] + ind[IND_GROUP] +
	    ind[IND_INDIVIDUAL], 3);
	ck_assert_int_eq(ind[IND_ANY_FORM], 1);
	/* group unknown, societal true: true */
	person(&in, DJG_NO, 2, 1, CONTACTS_UNKNOWN);
	isolation_evaluate(&cfg, &in, &r);
	ck_assert_int_eq(r.any_form, 1);
	/* group unknown, the others false: unknown, not false */
	person(&in, DJG_NO, 2, 6, CONTACTS_UNKNOWN);
	isolation_evaluate(&cfg, &in, &r);
	ck_assert_int_eq(r.form[FORM_SOCIETAL], 0);
	ck_assert_int_eq(r.form[FORM_INDIVIDUAL], 0);
	ck_assert_int_eq(r.any_form, -1);
	/* every form known false: false */
	person(&in, DJG_NO, 2, 6, CONTACTS_MIXED);
	isolation_evaluate(&cfg, &in, &r);
	isolation_indicators(&r, ind);
	ck_assert_int_eq(ind[IND_ANY_FORM], 0);
}
END_TEST

static int
apply(const char *yaml, char *err, size_t size)
{
	json_t *doc = yaml_load_string(yaml, strlen(yaml), "t.yaml", err, size);
	int r;

	ck_assert_ptr_nonnull(doc);
	isolation_config_default(&cfg);
	r = isolation_config_apply(&cfg, doc, err, size);
	json_decref(doc);
	return r;
}

START_TEST(config)
{
	char err[256];
	struct isolation_input in;
	struct isolation_result r;

	ck_assert_int_eq(apply("djg:\n  max_missing: 2\n  severe: 8\n"
	    "djg_short:\n  emotional_threshold: 2\nlsns:\n  at_risk_below: 13\n"
	    "forms:\n  societal_max_step: 1\n  group_contacts: [mostly-own-group,"
	    " mixed]\n  individual: [lonely]\nmin_n: 20\n", err, sizeof err), 0);
	ck_assert_int_eq(cfg.djg[0].max_missing, 2);
	ck_assert_int_eq(cfg.djg[0].severe, 8);
	ck_assert_int_eq(cfg.djg[1].emotional_threshold, 2);
	ck_assert_int_eq(cfg.lsns_at_risk_below, 13);
	ck_assert_int_eq(cfg.societal_max_step, 1);
	ck_assert_int_eq(cfg.min_n, 20);
	person(&in, DJG_YES, 5, 2, CONTACTS_MIXED);
	isolation_evaluate(&cfg, &in, &r);
	ck_assert_int_eq(r.form[FORM_SOCIETAL], 0);
	ck_assert_int_eq(r.form[FORM_GROUP], 1);
	ck_assert_int_eq(r.form[FORM_INDIVIDUAL], 1);	/* lonely enough */
	ck_assert_int_eq(apply("djg:\n  max_mising: 2\n", err, sizeof err), -1);
	ck_assert_str_eq(err, "djg.max_mising: unknown key (did you mean "
	    "'max_missing'?)");
	ck_assert_int_eq(apply("djg:\n  severe: 13\n", err, sizeof err), -1);
	ck_assert_str_eq(err, "djg.severe: must be a whole number from 0 to 12");
	ck_assert_int_eq(apply("djg:\n  severe: 2\n", err, sizeof err), -1);
	ck_assert_str_eq(err, "djg: the cut-offs must rise: moderate <= severe "
	    "<= very_severe");
	ck_assert_int_eq(apply("forms:\n  individual: [lonly]\n", err,
	    sizeof err), -1);
	ck_assert_str_eq(err, "forms.individual: 'lonly': unknown condition "
	    "(did you mean 'lonely'?)");
	ck_assert_int_eq(apply("forms:\n  group_contacts: [mixed, all]\n",
	    err, sizeof err), -1);
	ck_assert_str_eq(err, "forms.group_contacts: 'all': unknown kind of "
	    "contacts (one of: mostly-own-group, mixed, mostly-other-groups)");
	ck_assert_int_eq(apply("forms:\n  group_contacts: [mixed, 3]\n",
	    err, sizeof err), -1);
	ck_assert_str_eq(err, "forms.group_contacts: item 2 is not a string");
	/* each section but min_n is a mapping, said with the section's name */
	ck_assert_int_eq(apply("djg_short: 3\n", err, sizeof err), -1);
	ck_assert_str_eq(err, "djg_short: must be a mapping");
	ck_assert_int_eq(apply("lsns: [1]\n", err, sizeof err), -1);
	ck_assert_str_eq(err, "lsns: must be a mapping");
	ck_assert_int_eq(apply("forms: yes\n", err, sizeof err), -1);
	ck_assert_str_eq(err, "forms: must be a mapping");
	ck_assert_int_eq(apply("min_n: 0\n", err, sizeof err), 0);
	ck_assert_int_eq(apply("min_n: {a: 1}\n", err, sizeof err), -1);
	ck_assert_str_eq(err, "min_n: must be a whole number from 0 to "
	    "1000000000");
	ck_assert_int_eq(apply("min-n: 3\n", err, sizeof err), -1);
	ck_assert_int_eq(apply("", err, sizeof err), 0);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("isolation");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, forms);
	tcase_add_test(tc, unknowns);
	tcase_add_test(tc, json);
	tcase_add_test(tc, any_form);
	tcase_add_test(tc, config);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
