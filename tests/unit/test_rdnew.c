#include <math.h>

#include "num/rdnew.h"
#include "unit.h"

/* The origin of the grid is the Amersfoort point, exactly. */
START_TEST(origin)
{
	double lat, lon, x, y;

	rdnew_to_wgs84(155000, 463000, &lat, &lon);
	ck_assert_double_eq(lat, RDNEW_LAT0);
	ck_assert_double_eq(lon, RDNEW_LON0);
	wgs84_to_rdnew(RDNEW_LAT0, RDNEW_LON0, &x, &y);
	ck_assert_double_eq(x, 155000);
	ck_assert_double_eq(y, 463000);
}
END_TEST

/*
 * A known point: the Westertoren in Amsterdam, RD 120700.723, 487525.501,
 * WGS84 52.37453253 N, 4.88352559 E (the test point of RDNAPTRANS).  The
 * approximation holds to about a metre: 1e-5 degrees is about 1.1 m of
 * latitude and 0.7 m of longitude here.
 */
START_TEST(westertoren)
{
	double lat, lon, x, y;

	rdnew_to_wgs84(120700.723, 487525.501, &lat, &lon);
	ck_assert_double_eq_tol(lat, 52.37453253, 1e-5);
	ck_assert_double_eq_tol(lon, 4.88352559, 1e-5);
	wgs84_to_rdnew(52.37453253, 4.88352559, &x, &y);
	ck_assert_double_eq_tol(x, 120700.723, 1);
	ck_assert_double_eq_tol(y, 487525.501, 1);
}
END_TEST

/* There and back again lands within a metre, all over the country. */
START_TEST(round_trip)
{
	double x, y, lat, lon, bx, by;

	for (x = 0; x <= 280000; x += 40000)
		for (y = 300000; y <= 620000; y += 40000) {
			rdnew_to_wgs84(x, y, &lat, &lon);
			wgs84_to_rdnew(lat, lon, &bx, &by);
			ck_assert_msg(hypot(bx - x, by - y) < 1, "%g %g", x, y);
		}
}
END_TEST

START_TEST(ranges)
{
	ck_assert(rdnew_in_range(155000, 463000));
	ck_assert(!rdnew_in_range(5.38, 52.15));
	ck_assert(wgs84_in_netherlands(52.15, 5.38));
	ck_assert(!wgs84_in_netherlands(48.85, 2.35));	/* Paris */
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("rdnew");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, origin);
	tcase_add_test(tc, westertoren);
	tcase_add_test(tc, round_trip);
	tcase_add_test(tc, ranges);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
