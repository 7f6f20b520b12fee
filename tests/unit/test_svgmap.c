#include <stdlib.h>
#include <string.h>

#include "base/svgmap.h"
#include "unit.h"

static json_t *
geometry(const char *text)
{
	json_error_t e;
	json_t *g = json_loads(text, 0, &e);

	ck_assert_msg(g != NULL, "%s", e.text);
	return g;
}

/* What svgmap_path writes to standard output. */
static char *
path_of(const struct svgmap_view *v, const json_t *g)
{
	struct unit_capture cap;

	unit_capture_begin(&cap, 1);
	svgmap_path(v, g);
	fflush(stdout);
	return unit_capture_end(&cap, NULL);
}

/* Two areas side by side, 2 km by 1 km in RD New, fitted to 320 units
 * with a margin of 10: 0.15 units a metre, north up, a hole a subpath. */
START_TEST(fit_and_path)
{
	json_t *a = geometry("{\"type\":\"Polygon\",\"coordinates\":[[[150000,"
	    "410000],[151000,410000],[151000,411000],[150000,411000],[150000,"
	    "410000]],[[150200,410200],[150400,410200],[150400,410400],"
	    "[150200,410200]]]}");
	json_t *b = geometry("{\"type\":\"MultiPolygon\",\"coordinates\":"
	    "[[[[151000,410000],[152000,410000],[152000,410500],[151000,"
	    "410000]]]]}");
	struct svgmap_view v;
	double x, y;
	char *s;

	svgmap_init(&v);
	ck_assert_int_eq(svgmap_extend(&v, a), 0);
	ck_assert_int_eq(svgmap_extend(&v, b), 0);
	svgmap_fit(&v, 320, 10);
	ck_assert_double_eq_tol(v.scale, 0.15, 1e-12);
	ck_assert_double_eq_tol(v.h, 170, 1e-9);
	s = path_of(&v, a);
	ck_assert_str_eq(s, "M10.0 160.0L160.0 160.0L160.0 10.0L10.0 10.0"
	    "L10.0 160.0ZM40.0 130.0L70.0 130.0L70.0 100.0L40.0 130.0Z");
	free(s);
	s = path_of(&v, b);
	ck_assert_str_eq(s, "M160.0 160.0L310.0 160.0L310.0 85.0L160.0 160.0Z");
	free(s);
	/* the label of the square at its centre, of the triangle at its
	 * centroid */
	svgmap_anchor(&v, a, &x, &y);
	ck_assert_double_eq_tol(x, 85, 1e-6);
	ck_assert_double_eq_tol(y, 85, 1e-6);
	svgmap_anchor(&v, b, &x, &y);
	ck_assert_double_eq_tol(x, 160 + 150 * 2.0 / 3, 1e-6);
	ck_assert_double_eq_tol(y, 160 - 75.0 / 3, 1e-6);
	json_decref(a);
	json_decref(b);
}
END_TEST

/* What is no outline leaves the view as it was. */
START_TEST(refused)
{
	static const char *const bad[] = {
		"{\"type\":\"Point\",\"coordinates\":[150000,410000]}",
		"{\"type\":\"Polygon\",\"coordinates\":[[[150000,\"x\"]]]}",
		"{\"type\":\"Polygon\"}",
		"[1,2]",
	};
	struct svgmap_view v;
	size_t i;
	json_t *g;

	svgmap_init(&v);
	for (i = 0; i < 4; i++) {
		g = geometry(bad[i]);
		ck_assert_int_eq(svgmap_extend(&v, g), -1);
		json_decref(g);
	}
	ck_assert_int_eq(v.empty, 1);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("svgmap");
	TCase *t = tcase_create("svgmap");

	tcase_add_test(t, fit_and_path);
	tcase_add_test(t, refused);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
