#include <math.h>

#include "num/simplify.h"
#include "unit.h"

/* Points on a straight line all go but the ends. */
START_TEST(straight)
{
	double xy[] = { 0, 0, 1, 0.01, 2, -0.01, 3, 0, 4, 0 };
	unsigned char keep[5];

	ck_assert_uint_eq(douglas_peucker(xy, 5, 0.1, keep), 2);
	ck_assert(keep[0] && !keep[1] && !keep[2] && !keep[3] && keep[4]);
}
END_TEST

/*
 * The published example's shape: a spike beyond the tolerance stays, a
 * bump within it goes; with tolerance 0 every point that is off the line
 * stays.
 */
START_TEST(spike)
{
	double xy[] = { 0, 0, 1, 0.05, 2, 5, 3, 0.05, 4, 0 };
	unsigned char keep[5];

	ck_assert_uint_eq(douglas_peucker(xy, 5, 1, keep), 3);
	ck_assert(keep[0] && !keep[1] && keep[2] && !keep[3] && keep[4]);
	ck_assert_uint_eq(douglas_peucker(xy, 5, 0, keep), 5);
}
END_TEST

/* A closed ring keeps its farthest corner and grows from there: a
 * square with points along its sides keeps its 4 corners and the end. */
START_TEST(ring)
{
	double xy[] = { 0, 0, 5, 0, 10, 0, 10, 5, 10, 10, 5, 10, 0, 10, 0, 5,
	    0, 0 };
	unsigned char keep[9];
	size_t i, kept = douglas_peucker(xy, 9, 0.5, keep);

	ck_assert_uint_eq(kept, 5);
	for (i = 0; i < 9; i++)
		ck_assert_int_eq(keep[i], i % 2 == 0);
}
END_TEST

/* The distance from p to the segment a-b, by hand. */
static double
distance(const double *p, const double *a, const double *b)
{
	double dx = b[0] - a[0], dy = b[1] - a[1];
	double t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) /
	    (dx * dx + dy * dy);

	t = t < 0 ? 0 : t > 1 ? 1 : t;
	return hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/* Every dropped point lies within the tolerance of the kept line. */
START_TEST(within_tolerance)
{
	enum { N = 400 };
	double xy[2 * N];
	unsigned char keep[N];
	size_t i, a = 0, b;

	for (i = 0; i < N; i++) {
		xy[2 * i] = (double)i;
		xy[2 * i + 1] = 10 * sin(i / 20.0) + sin(i * 1.7);
	}
	douglas_peucker(xy, N, 2, keep);
	for (b = 1; b < N; b++) {
		if (!keep[b])
			continue;
		for (i = a + 1; i < b; i++)
			ck_assert(distance(xy + 2 * i, xy + 2 * a, xy + 2 * b) <=
			    2 + 1e-9);
		a = b;
	}
}
END_TEST

START_TEST(short_lines)
{
	double xy[] = { 0, 0, 1, 1 };
	unsigned char keep[2];

	ck_assert_uint_eq(douglas_peucker(xy, 2, 5, keep), 2);
	ck_assert(keep[0] && keep[1]);
	ck_assert_uint_eq(douglas_peucker(xy, 0, 5, keep), 0);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("simplify");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, straight);
	tcase_add_test(tc, spike);
	tcase_add_test(tc, ring);
	tcase_add_test(tc, within_tolerance);
	tcase_add_test(tc, short_lines);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
