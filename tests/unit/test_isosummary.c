#include "survey/isosummary.h"
#include "unit.h"

/* The settings of the defaults with the weight field w. */
static json_t *
settings_of(const struct isolation_config *c, const char *w)
{
	struct isosummary s;
	json_t *r;

	isosummary_init(&s, "area", AREA_INVALID);
	isosummary_set_settings(&s, c, w);
	r = json_incref(s.settings);
	isosummary_free(&s);
	return r;
}

START_TEST(settings_equal_when_rules_are)
{
	struct isolation_config a, b;
	json_t *x, *y;
	char err[512];

	isolation_config_default(&a);
	b = a;
	b.min_n = 7;		/* hides cells only: not a setting */
	x = settings_of(&a, "weight");
	y = settings_of(&b, "weight");
	ck_assert(json_equal(x, y));
	ck_assert_int_eq(isosummary_same_settings(x, y, "here", err,
	    sizeof err), 0);
	json_decref(x);
	json_decref(y);
}
END_TEST

START_TEST(first_difference_named)
{
	struct isolation_config a, b;
	json_t *x, *y;
	char err[512];

	isolation_config_default(&a);
	b = a;
	b.djg[1].severe = 4;
	x = settings_of(&a, "weight");
	y = settings_of(&b, "weight");
	ck_assert_int_eq(isosummary_same_settings(x, y, "this run", err,
	    sizeof err), -1);
	ck_assert_str_eq(err, "a partial made with other settings: "
	    "djg_short.severe is 4 in the partial and 5 in this run");
	json_decref(y);
	y = settings_of(&a, "w");
	ck_assert_int_eq(isosummary_same_settings(x, y, "this run", err,
	    sizeof err), -1);
	ck_assert_str_eq(err, "a partial made with other settings: "
	    "weight is \"w\" in the partial and \"weight\" in this run");
	json_decref(x);
	json_decref(y);
}
END_TEST

START_TEST(missing_and_extra_keys)
{
	struct isolation_config a;
	json_t *x, *y;
	char err[512];

	isolation_config_default(&a);
	x = settings_of(&a, "weight");
	y = json_deep_copy(x);
	json_object_del(json_object_get(y, "lsns"), "at_risk_below");
	ck_assert_int_eq(isosummary_same_settings(x, y, "here", err,
	    sizeof err), -1);
	ck_assert_str_eq(err, "a partial made with other settings: "
	    "lsns.at_risk_below is absent in the partial and 12 in here");
	json_decref(y);
	y = json_deep_copy(x);
	json_object_set_new(y, "language", json_string("nl"));
	ck_assert_int_eq(isosummary_same_settings(x, y, "here", err,
	    sizeof err), -1);
	ck_assert_str_eq(err, "a partial made with other settings: "
	    "language is \"nl\" in the partial and absent in here");
	ck_assert_int_eq(isosummary_same_settings(x, NULL, "here", err,
	    sizeof err), -1);
	ck_assert(strstr(err, "without the settings") != NULL);
	json_decref(x);
	json_decref(y);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("isosummary");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, settings_equal_when_rules_are);
	tcase_add_test(tc, first_difference_named);
	tcase_add_test(tc, missing_and_extra_keys);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
