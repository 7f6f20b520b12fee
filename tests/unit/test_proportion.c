#include <math.h>

#include "num/proportion.h"
#include "unit.h"

/*
 * Wilson (1927) by hand, z = 1.959963984540054, z^2 = 3.841458820694124:
 * p = 0.5, n = 100: centre 0.5 + z^2/200 = 0.5192073, half-width
 * z sqrt(0.0025 + z^2/40000) = 0.0998627, over 1 + z^2/100 = 1.0384146:
 * 0.4038315 .. 0.5961685.  p = 0, n = 10: 0 .. (z^2/10)/(1 + z^2/10) =
 * 0.2775328.  p = 0.2, n = 20: 0.0806577 .. 0.4160174.  p = 1, n = 5:
 * 0.5655175 .. 1.
 */
START_TEST(wilson)
{
	double lo, hi;

	wilson_interval(0.5, 100, PROPORTION_Z95, &lo, &hi);
	ck_assert_double_eq_tol(lo, 0.4038315, 1e-7);
	ck_assert_double_eq_tol(hi, 0.5961685, 1e-7);
	wilson_interval(0, 10, PROPORTION_Z95, &lo, &hi);
	ck_assert(lo == 0);
	ck_assert_double_eq_tol(hi, 0.2775328, 1e-7);
	wilson_interval(0.2, 20, PROPORTION_Z95, &lo, &hi);
	ck_assert_double_eq_tol(lo, 0.0806577, 1e-7);
	ck_assert_double_eq_tol(hi, 0.4160174, 1e-7);
	wilson_interval(1, 5, PROPORTION_Z95, &lo, &hi);
	ck_assert_double_eq_tol(lo, 0.5655175, 1e-7);
	ck_assert(hi == 1);
}
END_TEST

START_TEST(kish)
{
	/* equal weights: n itself */
	ck_assert_double_eq(kish_n_eff(4 * 1.5, 4 * 2.25), 4);
	/* weights 1, 1, 2, 4: 64 / 22 */
	ck_assert_double_eq_tol(kish_n_eff(8, 22), 64.0 / 22, 1e-15);
	ck_assert_double_eq(kish_n_eff(0, 0), 0);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("proportion");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, wilson);
	tcase_add_test(tc, kish);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
