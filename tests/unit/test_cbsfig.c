#include <string.h>

#include "base/cbsfig.h"
#include "unit.h"

START_TEST(values)
{
	double d = -1;

	ck_assert_int_eq(cbs_value("  2140", &d), CBS_NUMBER);
	ck_assert(d == 2140);
	ck_assert_int_eq(cbs_value("34,2 ", &d), CBS_NUMBER);
	ck_assert(d == 34.2);
	ck_assert_int_eq(cbs_value(".", &d), CBS_MISSING);
	ck_assert_int_eq(cbs_value("   ", &d), CBS_MISSING);
	ck_assert_int_eq(cbs_value(" x ", &d), CBS_SECRET);
	ck_assert_int_eq(cbs_value("12a", &d), -1);
}
END_TEST

START_TEST(codes)
{
	char c[AREA_CODE_MAX];

	ck_assert_int_eq(cbs_code("BU99010101  ", c), AREA_BUURT);
	ck_assert_str_eq(c, "BU99010101");
	ck_assert_int_eq(cbs_code("  WK990101", c), AREA_WIJK);
	ck_assert_int_eq(cbs_code("GM9901    ", c), AREA_GEMEENTE);
	ck_assert_int_eq(cbs_code("BU9901039A", c), AREA_BUURT);
	ck_assert_int_eq(cbs_code("BU123", c), AREA_INVALID);
	ck_assert_int_eq(cbs_code("NL01", c), AREA_INVALID);
}
END_TEST

static const char *const header[] = { "gwb_code_10", "regio", "recs",
	"a_inw", "p_65_eo_jr", "g_ink_pi" };

static void
columns(struct cbs_columns *c, const char *yaml_json)
{
	char err[256];
	json_t *doc = unit_json(yaml_json);

	cbs_columns_default(c);
	ck_assert_int_eq(cbs_columns_apply(c, doc, err, sizeof err), 0);
	ck_assert_int_eq(cbs_columns_bind(c, header, 6, err, sizeof err), 0);
	json_decref(doc);
}

/* A row as a record: parents, population, the map's fields divided, and
 * "x" and "." null and counted. */
START_TEST(record)
{
	const char *row[] = { "BU99010101  ", "Oude Kern ", "Buurt", "2140",
	    "16", "x" };
	struct cbs_columns c;
	struct cbs_counts n = { 0, 0, 0 };
	char err[256], *s;
	json_t *rec;
	int skip;

	columns(&c, "{\"fields\":{\"share_65plus\":{\"column\":\"p_65_eo_jr\","
	    "\"divide\":100},\"income\":\"g_ink_pi\"}}");
	rec = cbs_area(&c, row, 6, NULL, &n, &skip, err, sizeof err);
	ck_assert(rec != NULL);
	s = json_dumps(rec, JSON_COMPACT | JSON_PRESERVE_ORDER);
	ck_assert_str_eq(s, "{\"type\":\"area\",\"area\":\"BU99010101\","
	    "\"name\":\"Oude Kern\",\"level\":\"buurt\",\"gemeente\":\"GM9901\","
	    "\"wijk\":\"WK990101\",\"population\":2140,\"share_65plus\":0.16,"
	    "\"income\":null}");
	ck_assert(n.secret == 1 && n.missing == 0 && n.rows == 1);
	free(s);
	json_decref(rec);
	cbs_columns_free(&c);
}
END_TEST

/* The country is skipped, another municipality too; a bad cell is named. */
START_TEST(skips_and_errors)
{
	const char *nl[] = { "NL01", "Nederland", "Land", "1", "1", "1" };
	const char *other[] = { "GM9902", "Andersdorp", "Gemeente", "1", "1",
	    "1" };
	const char *bad[] = { "WK990101", "Centrum", "Buurt", "1", "1", "1" };
	const char *num[] = { "WK990101", "Centrum", "Wijk", "1", "1,2,3",
	    "1" };
	struct cbs_columns c;
	struct cbs_counts n = { 0, 0, 0 };
	char err[256];
	int skip;

	columns(&c, "{\"fields\":{\"p\":\"p_65_eo_jr\"}}");
	ck_assert(cbs_area(&c, nl, 6, NULL, &n, &skip, err, 256) == NULL);
	ck_assert(skip);
	ck_assert(cbs_area(&c, other, 6, "GM9901", &n, &skip, err, 256) == NULL);
	ck_assert(skip);
	ck_assert(cbs_area(&c, bad, 6, NULL, &n, &skip, err, 256) == NULL);
	ck_assert(!skip);
	ck_assert_str_eq(err, "recs: 'Buurt' is not the level of code "
	    "WK990101 (wijk)");
	ck_assert(cbs_area(&c, num, 6, NULL, &n, &skip, err, 256) == NULL);
	ck_assert_str_eq(err, "p_65_eo_jr: '1,2,3' is not a number, '.' "
	    "(missing) or 'x' (secret)");
	cbs_columns_free(&c);
}
END_TEST

START_TEST(map_errors)
{
	struct cbs_columns c;
	char err[256];
	json_t *doc = unit_json("{\"feilds\":{}}");

	cbs_columns_default(&c);
	ck_assert_int_eq(cbs_columns_apply(&c, doc, err, sizeof err), -1);
	ck_assert_str_eq(err, "feilds: unknown key (did you mean 'fields'?)");
	json_decref(doc);
	doc = unit_json("{\"fields\":{\"x\":\"p_65\"}}");
	ck_assert_int_eq(cbs_columns_apply(&c, doc, err, sizeof err), 0);
	ck_assert_int_eq(cbs_columns_bind(&c, header, 6, err, sizeof err), -1);
	ck_assert_str_eq(err, "fields.x: no column p_65");
	json_decref(doc);
	cbs_columns_free(&c);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("cbsfig");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, values);
	tcase_add_test(tc, codes);
	tcase_add_test(tc, record);
	tcase_add_test(tc, skips_and_errors);
	tcase_add_test(tc, map_errors);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
