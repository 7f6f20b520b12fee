#include <math.h>
#include <string.h>

#include "base/areashape.h"
#include "num/rdnew.h"
#include "unit.h"

static char path[UNIT_TEMP_SIZE];

static int
read_map(const char *text, double tol, struct areashape_map *m, char *err)
{
	int rc;

	unit_temp_file(path, text, strlen(text));
	rc = areashape_read(path, tol, m, err, 256);
	unlink(path);
	return rc;
}

/* RD New in, simplified: a square with a point on each side loses them;
 * a hole stays; codes come from statcode, padding dropped. */
START_TEST(rd_polygon)
{
	struct areashape_map m;
	char err[256], *s;

	ck_assert_int_eq(read_map("{\"type\":\"FeatureCollection\",\"features\":"
	    "[{\"type\":\"Feature\",\"properties\":{\"statcode\":\"BU99010101 \","
	    "\"statnaam\":\"Oude Kern\"},\"geometry\":{\"type\":\"Polygon\","
	    "\"coordinates\":[[[150000,410000],[150500,410001],[151000,410000],"
	    "[151000,411000],[150000,411000],[150000,410000]],[[150200,410200],"
	    "[150300,410200],[150300,410300],[150200,410200]]]}}]}", 5, &m, err),
	    0);
	ck_assert_uint_eq(m.n, 1);
	ck_assert_uint_eq(m.nreject, 0);
	ck_assert_str_eq(m.shape[0].code, "BU99010101");
	ck_assert_str_eq(m.shape[0].name, "Oude Kern");
	s = json_dumps(m.shape[0].geometry, JSON_COMPACT | JSON_PRESERVE_ORDER |
	    JSON_REAL_PRECISION(10));
	ck_assert_str_eq(s, "{\"type\":\"Polygon\",\"coordinates\":[[[150000.0,"
	    "410000.0],[151000.0,410000.0],[151000.0,411000.0],[150000.0,"
	    "411000.0],[150000.0,410000.0]],[[150200.0,410200.0],[150300.0,"
	    "410200.0],[150300.0,410300.0],[150200.0,410200.0]]]}");
	ck_assert(m.points_in == 10 && m.points_out == 9);
	free(s);
	areashape_free(&m);
}
END_TEST

/* WGS84 (no crs, degrees) becomes RD New within the approximation. */
START_TEST(wgs84)
{
	struct areashape_map m;
	char err[256], text[1024];
	double lat[4], lon[4];
	const json_t *p;
	static const double x[] = { 150000, 151000, 151000, 150000 };
	static const double y[] = { 410000, 410000, 411000, 411000 };
	int i;

	for (i = 0; i < 4; i++)
		rdnew_to_wgs84(x[i], y[i], &lat[i], &lon[i]);
	snprintf(text, sizeof text, "{\"type\":\"FeatureCollection\","
	    "\"features\":[{\"properties\":{\"buurtcode\":\"BU99010101\"},"
	    "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[[%.9f,"
	    "%.9f],[%.9f,%.9f],[%.9f,%.9f],[%.9f,%.9f],[%.9f,%.9f]]]]}}]}",
	    lon[0], lat[0], lon[1], lat[1], lon[2], lat[2], lon[3], lat[3],
	    lon[0], lat[0]);
	ck_assert_int_eq(read_map(text, 0, &m, err), 0);
	ck_assert(m.wgs84);
	ck_assert_uint_eq(m.n, 1);
	for (i = 0; i < 4; i++) {
		p = json_array_get(json_array_get(json_array_get(json_object_get(
		    m.shape[0].geometry, "coordinates"), 0), 0), (size_t)i);
		ck_assert(fabs(json_real_value(json_array_get(p, 0)) - x[i]) < 0.2);
		ck_assert(fabs(json_real_value(json_array_get(p, 1)) - y[i]) < 0.2);
	}
	areashape_free(&m);
}
END_TEST

START_TEST(refused)
{
	struct areashape_map m;
	char err[256];

	ck_assert_int_eq(read_map("{\"type\":\"FeatureCollection\",\"crs\":{"
	    "\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}},"
	    "\"features\":[]}", 5, &m, err), -1);
	ck_assert(strstr(err, "coordinates in EPSG:3857") == err);
	ck_assert_int_eq(read_map("[1]", 5, &m, err), -1);
	ck_assert_str_eq(err, "not a GeoJSON FeatureCollection");
	ck_assert_int_eq(read_map("{", 5, &m, err), -1);
	ck_assert_int_eq(read_map("{\"features\":[{\"properties\":{\"code\":"
	    "\"BU99010101\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
	    "[[[0,0],[1,0],[1,1],[0,1]]]}}]}", 5, &m, err), 0);
	ck_assert_uint_eq(m.nreject, 1);
	ck_assert_uint_eq(m.reject[0].feature, 1);
	ck_assert_str_eq(m.reject[0].why, "BU99010101: ring 1: position 1 (0, "
	    "0) lies outside the Netherlands");
	areashape_free(&m);
	/* a MultiPolygon of nothing is no outline, as a Polygon of no rings */
	ck_assert_int_eq(read_map("{\"features\":[{\"properties\":{\"code\":"
	    "\"BU99010101\"},\"geometry\":{\"type\":\"MultiPolygon\","
	    "\"coordinates\":[]}},{\"properties\":{\"code\":\"BU99010102\"},"
	    "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":5}},"
	    "{\"properties\":{\"code\":\"BU99010103\"},\"geometry\":{"
	    "\"type\":\"Polygon\",\"coordinates\":[]}}]}", 5, &m, err), 0);
	ck_assert_uint_eq(m.n, 0);
	ck_assert_uint_eq(m.nreject, 3);
	ck_assert_str_eq(m.reject[0].why, "BU99010101: a multipolygon without "
	    "polygons");
	ck_assert_str_eq(m.reject[1].why, "BU99010102: a multipolygon without "
	    "polygons");
	ck_assert_str_eq(m.reject[2].why, "BU99010103: a polygon without "
	    "rings");
	areashape_free(&m);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("areashape");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, rd_polygon);
	tcase_add_test(tc, wgs84);
	tcase_add_test(tc, refused);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
