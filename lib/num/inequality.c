/*
 * inequality: Gini and Hoover (sources in inequality.h).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "num/inequality.h"

static int
dbl_cmp(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;

	return a < b ? -1 : a > b;
}

/*
 * On sorted values sum_i sum_j |x_i - x_j| = 2 sum_i (2i - n + 1) x_(i)
 * (i from 0), which takes n log n instead of n^2.
 */
double
gini(const double *x, size_t n)
{
	double *s, sum = 0, diff = 0;
	size_t i;

	if (n == 0)
		return NAN;
	s = xmalloc(n * sizeof(double));
	memcpy(s, x, n * sizeof(double));
	qsort(s, n, sizeof(double), dbl_cmp);
	for (i = 0; i < n; i++) {
		sum += s[i];
		diff += (2.0 * (double)i - (double)n + 1) * s[i];
	}
	free(s);
	if (sum <= 0)
		return NAN;
	/* 2 diff / (2 n^2 (sum / n)) */
	return diff / ((double)n * sum);
}

double
hoover(const double *a, const double *b, size_t n)
{
	double ta = 0, tb = 0, h = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		ta += a[i];
		tb += b[i];
	}
	if (ta <= 0 || tb <= 0)
		return NAN;
	for (i = 0; i < n; i++)
		h += fabs(a[i] / ta - b[i] / tb);
	return h / 2;
}
