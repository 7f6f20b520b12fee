/* principles: the built-in set and --principles files. */
#include <string.h>

#include "advice/principles.h"
#include "unit.h"

START_TEST(builtin)
{
	static const char *const ids[] = { "trust-over-control",
	    "collective-self-reliance", "bottom-up", "integral",
	    "reach-the-most-isolated", "accountability-to-participants" };
	struct principles ps;
	char err[256];
	size_t i;

	principles_default(&ps);
	ck_assert_uint_eq(ps.n, 6);
	for (i = 0; i < ps.n; i++) {
		ck_assert_str_eq(ps.p[i].id, ids[i]);
		ck_assert(ps.p[i].nserves > 0);
		ck_assert(ps.p[i].nbreaches > 0);
		ck_assert(ps.p[i].name[LANG_NL] != NULL);
	}
	ck_assert(ps.p[4].test == PTEST_GAP);
	ck_assert(ps.p[5].test == PTEST_ACCOUNTS);
	ck_assert(ps.p[3].test == PTEST_INTEGRAL);
	ck_assert_int_eq(principle_tag_effect(&ps.p[0], "kpi-monitoring"), -1);
	ck_assert_int_eq(principle_tag_effect(&ps.p[0], "lump-sum"), 1);
	ck_assert_int_eq(principle_tag_effect(&ps.p[0], "outreach"), 0);
	ck_assert(principles_has_tag(&ps, "tender"));
	ck_assert(!principles_has_tag(&ps, "tendr"));
	ck_assert_int_eq(principles_unknown_tag(&ps, "tendr", err,
	    sizeof err), -1);
	ck_assert_str_eq(err, "unknown tag (did you mean 'tender'?)");
	ck_assert_str_eq(principles_tag_label("outreach", LANG_NL),
	    "outreachend werken");
	ck_assert_str_eq(principles_tag_label("home-made", LANG_EN),
	    "home-made");
	principles_free(&ps);
}
END_TEST

START_TEST(load_file)
{
	struct principles ps;
	char err[256];
	json_t *d = unit_json("{\"principles\":[{\"id\":\"nearby\",\"name\":"
	    "{\"en\":\"Close to home\",\"nl\":\"Dichtbij\"},\"condition\":"
	    "\"work in the neighbourhood\",\"serves\":[\"local\"],"
	    "\"breaches\":[\"central\"],\"test\":\"gap\"}]}");

	ck_assert_int_eq(principles_load(&ps, d, err, sizeof err), 0);
	ck_assert_uint_eq(ps.n, 1);
	ck_assert_str_eq(ps.p[0].name[LANG_NL], "Dichtbij");
	ck_assert_str_eq(ps.p[0].condition[LANG_NL],
	    "work in the neighbourhood");
	ck_assert(ps.p[0].test == PTEST_GAP);
	ck_assert(principles_has_tag(&ps, "central"));
	principles_free(&ps);
	json_decref(d);
}
END_TEST

static void
refused(const char *text, const char *want)
{
	struct principles ps;
	char err[256];
	json_t *d = unit_json(text);

	ck_assert_int_eq(principles_load(&ps, d, err, sizeof err), -1);
	ck_assert_msg(strstr(err, want) != NULL, "'%s' lacks '%s'", err, want);
	ck_assert_uint_eq(ps.n, 0);
	json_decref(d);
}

START_TEST(bad_files)
{
	refused("[]", "expected a list of principles");
	refused("[{\"id\":\"a\",\"name\":\"A\",\"condition\":\"c\","
	    "\"serve\":[\"x\"]}]", "serve: unknown key (did you mean "
	    "'serves'?)");
	refused("[{\"id\":\"a\",\"name\":\"A\",\"condition\":\"c\","
	    "\"serves\":[\"x\"],\"breaches\":[\"x\"]}]",
	    "tag 'x' both serves and breaches it");
	refused("[{\"id\":\"a\",\"name\":\"A\",\"condition\":\"c\","
	    "\"serves\":[\"x\"]},{\"id\":\"a\",\"name\":\"B\","
	    "\"condition\":\"c\",\"serves\":[\"y\"]}]", "principle 2: id 'a' "
	    "is used twice");
	refused("[{\"id\":\"a\",\"name\":\"A\",\"condition\":\"c\"}]",
	    "names no tags and no test");
	refused("[{\"id\":\"a\",\"name\":\"A\",\"condition\":\"c\","
	    "\"test\":\"vibes\"}]", "test 'vibes': unknown test (one of: "
	    "none, gap, accounts, integral)");
	refused("[{\"id\":\"a\",\"name\":{\"en\":\"A\"},\"condition\":\"c\","
	    "\"serves\":[\"x\"]}]", "name must be a string or a mapping");
	refused("[{\"id\":\"a\",\"name\":\"A\",\"condition\":\"c\","
	    "\"serves\":[\"Not A Tag\"]}]", "is not a tag");
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("principles");
	TCase *t = tcase_create("core");

	tcase_add_test(t, builtin);
	tcase_add_test(t, load_file);
	tcase_add_test(t, bad_files);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
