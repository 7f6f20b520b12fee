#include <math.h>

#include "num/proportion.h"

double
kish_n_eff(double sum_w, double sum_w2)
{
	return sum_w2 > 0 ? sum_w * sum_w / sum_w2 : 0;
}

void
wilson_interval(double p, double n, double z, double *low, double *high)
{
	double z2 = z * z;
	double centre = p + z2 / (2 * n);
	double half = z * sqrt(p * (1 - p) / n + z2 / (4 * n * n));
	double denom = 1 + z2 / n;

	/* at p = 0 (p = 1) the low (high) end is 0 (1) exactly; the
	 * formula gets there only up to rounding */
	*low = p <= 0 ? 0 : fmax(0, (centre - half) / denom);
	*high = p >= 1 ? 1 : fmin(1, (centre + half) / denom);
}
