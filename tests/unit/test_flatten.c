#include <string.h>

#include "core/flatten.h"
#include "unit.h"

static char *
joined(char *const *names, size_t n)
{
	static char buf[512];
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s",
		    i ? "," : "", names[i]);
	return buf;
}

/* Objects dotted, arrays numbered from 1, empties one column. */
START_TEST(cells)
{
	json_t *r = unit_json("{\"a\":1,\"b\":{\"c\":\"x\",\"d\":[true,null]},"
	    "\"e\":[],\"f\":{}}");
	struct flat f = { 0 };

	flatten(r, &f);
	ck_assert_str_eq(joined(f.key, f.n), "a,b.c,b.d.1,b.d.2,e,f");
	ck_assert(json_integer_value(f.value[0]) == 1);
	ck_assert(json_is_true(f.value[2]) && json_is_null(f.value[3]));
	ck_assert(f.value[4] == NULL && f.value[5] == NULL);
	flat_free(&f);
	json_decref(r);
}
END_TEST

/* A GeoJSON geometry is one cell: the object. */
START_TEST(geometry)
{
	json_t *r = unit_json("{\"area\":\"x\",\"geometry\":{\"type\":"
	    "\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,1],[0,0]]]}}");
	struct flat f = { 0 };

	flatten(r, &f);
	ck_assert_str_eq(joined(f.key, f.n), "area,geometry");
	ck_assert(f.value[1] == json_object_get(r, "geometry"));
	flat_free(&f);
	json_decref(r);
}
END_TEST

/* The union keeps each record's order: a late column goes after its
 * predecessor. */
START_TEST(union_order)
{
	json_t *a = unit_json("{\"area\":\"x\",\"n\":1,\"z\":0}");
	json_t *b = unit_json("{\"area\":\"y\",\"n\":2,\"name\":\"Y\",\"z\":0,"
	    "\"w\":1}");
	struct flat_columns c = { 0 };
	struct flat f = { 0 };

	flatten(a, &f);
	flat_columns_add(&c, &f);
	flatten(b, &f);
	flat_columns_add(&c, &f);
	ck_assert_str_eq(joined(c.name, c.n), "area,n,name,z,w");
	ck_assert_int_eq(flat_columns_find(&c, "z"), 3);
	ck_assert_int_eq(flat_columns_find(&c, "q"), -1);
	flat_free(&f);
	flat_columns_free(&c);
	json_decref(a);
	json_decref(b);
}
END_TEST

/* A name selects its column or those below it; a parent column that was
 * only ever null goes. */
START_TEST(select_prune)
{
	json_t *a = unit_json("{\"s\":null,\"t\":1}");
	json_t *b = unit_json("{\"s\":{\"p\":1,\"q\":2},\"t\":2,\"sx\":3}");
	const char *want[] = { "t", "s", NULL }, *bad[] = { "nope", NULL };
	const char *unknown = NULL;
	struct flat_columns c = { 0 };
	struct flat f = { 0 };
	struct strmap filled = { 0 };

	flatten(a, &f);
	flat_columns_add(&c, &f);
	flatten(b, &f);
	flat_columns_add(&c, &f);
	ck_assert_str_eq(joined(c.name, c.n), "s.p,s.q,s,t,sx");
	ck_assert_int_eq(flat_columns_select(&c, bad, &unknown), -1);
	ck_assert_str_eq(unknown, "nope");
	ck_assert_int_eq(flat_columns_select(&c, want, &unknown), 0);
	ck_assert_str_eq(joined(c.name, c.n), "t,s.p,s.q,s");
	flat_columns_prune(&c, &filled);
	ck_assert_str_eq(joined(c.name, c.n), "t,s.p,s.q");
	ck_assert_int_eq(flat_columns_find(&c, "s.q"), 2);
	ck_assert_int_eq(flat_columns_find(&c, "s"), -1);
	strmap_free(&filled);
	flat_free(&f);
	flat_columns_free(&c);
	json_decref(a);
	json_decref(b);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("flatten");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, cells);
	tcase_add_test(tc, geometry);
	tcase_add_test(tc, union_order);
	tcase_add_test(tc, select_prune);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
