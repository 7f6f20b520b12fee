#include <string.h>

#include "core/out.h"
#include "survey/surveymap.h"
#include "unit.h"

static const struct tablabel djg_labels[] = {
	{ 0, 1, "1", "ja" }, { 0, 2, "2", "min of meer" }, { 0, 3, "3", "nee" },
	{ 0, 9, "9", "weet niet" }
};
static const struct tabvar vars[] = {
	{ "nr", "Respondent", 0, NULL, 0, "" },
	{ "bu", "Buurtcode", 1, NULL, 0, "" },
	{ "w", "Weegfactor", 0, NULL, 0, "" },
	{ "d3", "Ik ervaar een leegte om me heen", 0, djg_labels, 4, "9" },
	{ "werk", "Heeft u betaald werk?", 0, NULL, 0, "" }
};

static void
load(struct survey_map *m, const char *doc_text)
{
	char err[256];
	json_t *doc = unit_json(doc_text);

	ck_assert_msg(survey_map_apply(m, doc, err, sizeof err) == 0, "%s", err);
	ck_assert_msg(survey_map_bind(m, vars, 5, err, sizeof err) == 0, "%s",
	    err);
	json_decref(doc);
}

/* A row of cells: numbers (with labels) or text. */
static char *
response(const struct survey_map *m, const struct tabcell *cells, char *err)
{
	struct tab_row r = { 7, cells, 5, "", 0 };
	json_t *rec = survey_map_response(m, vars, &r, err, 256);
	char *s;

	if (rec == NULL)
		return NULL;
	s = json_dumps(rec, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(rec);
	return s;
}

static const char map_text[] = "{\"id\":\"nr\",\"area\":\"bu\",\"weight\":"
    "\"w\",\"unpaid_work\":\"d3\",\"paid_work\":\"werk\",\"values\":{\"werk\":"
    "{\"1\":\"regular\",\"2\":null}}}";

START_TEST(cells)
{
	struct survey_map m;
	char err[256], *s;
	struct tabcell c[5] = {
		{ TAB_PRESENT, 1, 12, "12", NULL },
		{ TAB_PRESENT, 0, 0, " BU99010101 ", NULL },
		{ TAB_PRESENT, 0, 0, "1,5", NULL },
		{ TAB_PRESENT, 1, 1, "1", "ja" },
		{ TAB_PRESENT, 1, 1, "1", NULL }
	};

	load(&m, map_text);
	s = response(&m, c, err);
	ck_assert_str_eq(s, "{\"type\":\"response\",\"id\":\"12\",\"area\":"
	    "\"BU99010101\",\"weight\":1.5,\"paid_work\":\"regular\","
	    "\"unpaid_work\":true}");
	free(s);
	/* user-missing, a missing label, a values: null: all null */
	c[3].missing = TAB_USERMIS;
	c[4].text = "2";
	s = response(&m, c, err);
	ck_assert(strstr(s, "\"paid_work\":null,\"unpaid_work\":null") != NULL);
	free(s);
	c[3].missing = TAB_PRESENT;
	c[3].label = "Weet niet";
	s = response(&m, c, err);
	ck_assert(strstr(s, "\"unpaid_work\":null") != NULL);
	free(s);
	survey_map_free(&m);
}
END_TEST

/* Every refusal names the variable, the field and the value. */
START_TEST(refusals)
{
	struct survey_map m;
	char err[256];
	struct tabcell c[5] = {
		{ TAB_PRESENT, 1, 12, "12", NULL },
		{ TAB_PRESENT, 0, 0, "BU99010101", NULL },
		{ TAB_PRESENT, 0, 0, "1", NULL },
		{ TAB_PRESENT, 1, 4, "4", "soms" },
		{ TAB_PRESENT, 1, 1, "1", NULL }
	};

	load(&m, map_text);
	ck_assert(response(&m, c, err) == NULL);
	ck_assert(strstr(err, "d3 (unpaid_work): 4 'soms' is not one of true "
	    "(ja), false (nee)") == err);
	c[3].label = "ja";
	c[1].text = "BU9901";
	ck_assert(response(&m, c, err) == NULL);
	ck_assert(strstr(err, "bu (area): 'BU9901' is not a CBS code") == err);
	c[1].text = "BU99010101";
	c[2].text = "0";
	ck_assert(response(&m, c, err) == NULL);
	ck_assert(strstr(err, "w (weight): '0' is not a weight") == err);
	survey_map_free(&m);
}
END_TEST

START_TEST(map_errors)
{
	struct survey_map m;
	char err[256];
	json_t *doc = unit_json("{\"id\":\"nr\",\"djg\":[\"a\",\"b\"]}");

	ck_assert_int_eq(survey_map_apply(&m, doc, err, sizeof err), -1);
	ck_assert(strstr(err, "djg: must be a list of 11") == err);
	survey_map_free(&m);
	json_decref(doc);
	doc = unit_json("{\"weigth\":\"w\"}");
	ck_assert_int_eq(survey_map_apply(&m, doc, err, sizeof err), -1);
	ck_assert_str_eq(err, "weigth: unknown field (did you mean 'weight'?)");
	survey_map_free(&m);
	json_decref(doc);
	doc = unit_json("{\"paid_work\":\"wrk\"}");
	ck_assert_int_eq(survey_map_apply(&m, doc, err, sizeof err), 0);
	ck_assert_int_eq(survey_map_bind(&m, vars, 5, err, sizeof err), -1);
	ck_assert_str_eq(err, "map: paid_work names variable 'wrk', which the "
	    "file does not have (did you mean 'werk'?)");
	survey_map_free(&m);
	json_decref(doc);
}
END_TEST

static void
template(void *arg)
{
	(void)arg;
	out_init();
	survey_map_template(vars, 5);
	out_close();
}

/* The template guesses by name and by label, and says what it missed. */
START_TEST(guesses)
{
	struct unit_child c = unit_run_child(template, NULL, NULL);

	ck_assert(strstr(c.out, "\nid: nr    # review: Respondent\n") != NULL);
	ck_assert(strstr(c.out, "\nweight: w    # review: Weegfactor\n") != NULL);
	ck_assert(strstr(c.out, "\ndjg:\n  # - ?") != NULL);
	ck_assert(strstr(c.out, "\n  - d3    # review: Ik ervaar") != NULL);
	ck_assert(strstr(c.out, "\n# lsns: ?") != NULL);
	ck_assert(strstr(c.out, "\npaid_work: werk") != NULL);
	unit_child_free(&c);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("surveymap");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, cells);
	tcase_add_test(tc, refusals);
	tcase_add_test(tc, map_errors);
	tcase_add_test(tc, guesses);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
