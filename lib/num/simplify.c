#include <math.h>
#include <stdlib.h>

#include "core/err.h"
#include "num/simplify.h"

/* The distance from point p to the segment a-b (to a when a = b). */
static double
segment_distance(const double *p, const double *a, const double *b)
{
	double dx = b[0] - a[0], dy = b[1] - a[1], len2 = dx * dx + dy * dy;
	double t, cx, cy;

	if (len2 == 0)
		return hypot(p[0] - a[0], p[1] - a[1]);
	t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
	t = t < 0 ? 0 : t > 1 ? 1 : t;
	cx = a[0] + t * dx;
	cy = a[1] + t * dy;
	return hypot(p[0] - cx, p[1] - cy);
}

size_t
douglas_peucker(const double *xy, size_t n, double tol, unsigned char *keep)
{
	size_t *stack = NULL, top = 0, cap = 0, kept = 2, i;

	for (i = 0; i < n; i++)
		keep[i] = n < 3 || i == 0 || i == n - 1;
	if (n < 3)
		return n;
	XGROW(stack, top + 1, cap);
	stack[top++] = 0;
	stack[top++] = n - 1;
	while (top > 0) {
		size_t last = stack[--top], first = stack[--top], far = 0;
		double best = -1, d;

		for (i = first + 1; i < last; i++) {
			d = segment_distance(xy + 2 * i, xy + 2 * first,
			    xy + 2 * last);
			if (d > best) {
				best = d;
				far = i;
			}
		}
		if (best <= tol)
			continue;
		keep[far] = 1;
		kept++;
		XGROW(stack, top + 3, cap);
		stack[top++] = first;
		stack[top++] = far;
		stack[top++] = far;
		stack[top++] = last;
	}
	free(stack);
	return kept;
}
