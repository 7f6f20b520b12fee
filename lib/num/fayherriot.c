/*
 * The Fay-Herriot model as sae::eblupFH and sae::mseFH fit it; see
 * fayherriot.h for the model, the sources and where this departs.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "num/fayherriot.h"

/* What one evaluation at a value of s2 leaves behind (p-by-p row-major). */
struct gls {
	size_t p;
	double *g1, *g2, *g3;	/* X'V^-1 X, X'V^-2 X, X'V^-3 X */
	double *xvy;		/* X'V^-1 y */
	double *q;		/* (X'V^-1 X)^-1 */
	double *beta;
	double *chol;		/* scratch for the factor */
	double sum_vi, sum_vi2;	/* sums of 1/v_d and 1/v_d^2 */
	double pyy;		/* y'P P y = sum (r_d / v_d)^2 */
};

static void
gls_init(struct gls *g, size_t p)
{
	g->p = p;
	g->g1 = xreallocarray(NULL, 5 * p * p + 2 * p, sizeof *g->g1);
	g->g2 = g->g1 + p * p;
	g->g3 = g->g2 + p * p;
	g->q = g->g3 + p * p;
	g->chol = g->q + p * p;
	g->xvy = g->chol + p * p;
	g->beta = g->xvy + p;
}

static void
gls_free(struct gls *g)
{
	free(g->g1);
}

/*
 * The inverse of the symmetric positive definite p-by-p a into inv, by
 * Cholesky; l is scratch.  -1 when a is not positive definite to working
 * precision.
 */
static int
spd_inverse(const double *a, size_t p, double *l, double *inv)
{
	size_t i, j, k;
	double s;

	for (j = 0; j < p; j++) {
		for (i = j; i < p; i++) {
			s = a[i * p + j];
			for (k = 0; k < j; k++)
				s -= l[i * p + k] * l[j * p + k];
			if (i == j) {
				if (!(s > 1e-14 * a[j * p + j]))
					return -1;
				l[j * p + j] = sqrt(s);
			} else
				l[i * p + j] = s / l[j * p + j];
		}
	}
	/* inv = L^-T L^-1, column by column: solve L z = e_c, L' w = z */
	for (k = 0; k < p; k++) {
		double *w = inv + k * p;	/* row k = column k: symmetric */

		for (i = 0; i < p; i++) {
			s = i == k;
			for (j = 0; j < i; j++)
				s -= l[i * p + j] * w[j];
			w[i] = s / l[i * p + i];
		}
		for (i = p; i-- > 0;) {
			s = w[i];
			for (j = i + 1; j < p; j++)
				s -= l[j * p + i] * w[j];
			w[i] = s / l[i * p + i];
		}
	}
	return 0;
}

static double
dot(const double *a, const double *b, size_t n)
{
	double s = 0;
	size_t i;

	for (i = 0; i < n; i++)
		s += a[i] * b[i];
	return s;
}

/* a'Qa for a p-vector a. */
static double
quad_form(const double *q, const double *a, size_t p)
{
	double s = 0;
	size_t i;

	for (i = 0; i < p; i++)
		s += a[i] * dot(q + i * p, a, p);
	return s;
}

/* tr(A B) of p-by-p A and symmetric B. */
static double
trace_prod(const double *a, const double *b, size_t p)
{
	return dot(a, b, p * p);
}

/*
 * GLS at s2: the sums over the areas, Q, beta and y'PPy, where
 * P = V^-1 - V^-1 X Q X' V^-1 and so P y = V^-1 (y - X beta).  -1 when
 * X'V^-1 X is singular.
 */
static int
gls_at(struct gls *g, const struct fh_model *mo, double s2)
{
	size_t d, i, j, p = mo->p;

	memset(g->g1, 0, 3 * p * p * sizeof *g->g1);	/* g1, g2, g3 */
	memset(g->xvy, 0, p * sizeof *g->xvy);
	g->sum_vi = g->sum_vi2 = 0;
	for (d = 0; d < mo->m; d++) {
		const double *x = mo->x + d * p;
		double vi = 1 / (s2 + mo->psi[d]), vi2 = vi * vi;

		g->sum_vi += vi;
		g->sum_vi2 += vi2;
		for (i = 0; i < p; i++) {
			g->xvy[i] += x[i] * vi * mo->y[d];
			for (j = 0; j <= i; j++) {
				double xx = x[i] * x[j];

				g->g1[i * p + j] += xx * vi;
				g->g2[i * p + j] += xx * vi2;
				g->g3[i * p + j] += xx * vi2 * vi;
			}
		}
	}
	for (i = 0; i < p; i++)
		for (j = 0; j < i; j++) {
			g->g1[j * p + i] = g->g1[i * p + j];
			g->g2[j * p + i] = g->g2[i * p + j];
			g->g3[j * p + i] = g->g3[i * p + j];
		}
	if (spd_inverse(g->g1, p, g->chol, g->q) == -1)
		return -1;
	for (i = 0; i < p; i++)
		g->beta[i] = dot(g->q + i * p, g->xvy, p);
	g->pyy = 0;
	for (d = 0; d < mo->m; d++) {
		double r = (mo->y[d] - dot(mo->x + d * p, g->beta, p)) /
		    (s2 + mo->psi[d]);

		g->pyy += r * r;
	}
	return 0;
}

/*
 * The score of the (restricted) log-likelihood in s2 and the Fisher
 * information, as in eblupFH:
 *   REML s = -tr(P)/2 + y'PPy/2,  F = tr(PP)/2;
 *   ML   s = -sum(1/v)/2 + y'PPy/2,  F = sum(1/v^2)/2;
 * with tr(P) = sum 1/v - tr(Q G2) and
 * tr(PP) = sum 1/v^2 - 2 tr(Q G3) + tr(Q G2 Q G2).
 */
static int
score_at(struct gls *g, const struct fh_model *mo, double s2, double *s,
    double *f)
{
	size_t p = mo->p, i, j;
	double qg2qg2 = 0;

	if (gls_at(g, mo, s2) == -1)
		return -1;
	if (mo->method == FH_ML) {
		*s = -0.5 * g->sum_vi + 0.5 * g->pyy;
		*f = 0.5 * g->sum_vi2;
		return 0;
	}
	/* tr((Q G2)^2) = sum_ij (Q G2)_ij (Q G2)_ji; Q G2 into chol */
	for (i = 0; i < p; i++)
		for (j = 0; j < p; j++) {
			size_t k;
			double t = 0;

			for (k = 0; k < p; k++)
				t += g->q[i * p + k] * g->g2[k * p + j];
			g->chol[i * p + j] = t;
		}
	for (i = 0; i < p; i++)
		for (j = 0; j < p; j++)
			qg2qg2 += g->chol[i * p + j] * g->chol[j * p + i];
	*s = -0.5 * (g->sum_vi - trace_prod(g->q, g->g2, p)) + 0.5 * g->pyy;
	*f = 0.5 * (g->sum_vi2 - 2 * trace_prod(g->q, g->g3, p) + qg2qg2);
	return 0;
}

static int
by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The median as R's median() gives it: the mean of the middle two of an
 * even count. */
static double
median(const double *v, size_t m)
{
	double *c = xreallocarray(NULL, m, sizeof *c), r;

	memcpy(c, v, m * sizeof *c);
	qsort(c, m, sizeof *c, by_value);
	r = m % 2 ? c[m / 2] : (c[m / 2 - 1] + c[m / 2]) / 2;
	free(c);
	return r;
}

/*
 * The first column of X (m by p) that is, to 1e-9 of its length, a
 * linear combination of the columns before it, by modified Gram-Schmidt
 * with one reorthogonalisation; -1 when X has full column rank.
 */
static long
dependent_column(const double *x, size_t m, size_t p)
{
	double *q = xreallocarray(NULL, m * p, sizeof *q);
	size_t i, j, d, pass;
	long bad = -1;

	for (j = 0; j < p && bad < 0; j++) {
		double *c = q + j * m, len, rest;

		for (d = 0; d < m; d++)
			c[d] = x[d * p + j];
		len = sqrt(dot(c, c, m));
		for (pass = 0; pass < 2; pass++)
			for (i = 0; i < j; i++) {
				double r = dot(q + i * m, c, m);

				for (d = 0; d < m; d++)
					c[d] -= r * q[i * m + d];
			}
		rest = sqrt(dot(c, c, m));
		if (!(rest > 1e-9 * len))
			bad = (long)j;
		else
			for (d = 0; d < m; d++)
				c[d] /= rest;
	}
	free(q);
	return bad;
}

static int
finite_data(const struct fh_model *mo)
{
	size_t d, i;

	for (d = 0; d < mo->m; d++) {
		if (!isfinite(mo->y[d]) || !isfinite(mo->psi[d]) ||
		    !(mo->psi[d] > 0))
			return 0;
		for (i = 0; i < mo->p; i++)
			if (!isfinite(mo->x[d * mo->p + i]))
				return 0;
	}
	return 1;
}

/*
 * Fisher scoring for s2 from the median of psi, as eblupFH; at a step
 * below 0 the boundary test of fayherriot.h.  -1: X'V^-1 X singular;
 * 0: not converged; 1: converged, s2 in *out.
 */
static int
scoring(struct gls *g, const struct fh_model *mo, double *out, int *iter)
{
	double s2 = median(mo->psi, mo->m), next, s, f;

	for (*iter = 1; *iter <= mo->max_iter; (*iter)++) {
		if (score_at(g, mo, s2, &s, &f) == -1)
			return -1;
		next = s2 + s / f;
		if (!(next > 0)) {
			if (score_at(g, mo, 0, &s, &f) == -1)
				return -1;
			if (s <= 0) {
				*out = 0;
				return 1;
			}
			next = s2 / 2;
		}
		if (fabs(next - s2) <= mo->tolerance * s2) {
			*out = next;
			return 1;
		}
		s2 = next;
	}
	*iter = mo->max_iter;
	return 0;
}

enum fh_status
fh_fit(const struct fh_model *mo, struct fh_fit *fit)
{
	struct gls g;
	long bad;
	double s2;
	int r;

	memset(fit, 0, sizeof *fit);
	fit->method = mo->method;
	fit->p = mo->p;
	if (mo->m < mo->p + 1)
		return FH_TOO_FEW;
	if (!finite_data(mo))
		return FH_BAD_DATA;
	if ((bad = dependent_column(mo->x, mo->m, mo->p)) >= 0) {
		fit->column = (size_t)bad;
		return FH_COLLINEAR;
	}
	gls_init(&g, mo->p);
	r = scoring(&g, mo, &s2, &fit->iterations);
	if (r == 1 && gls_at(&g, mo, s2) == -1)
		r = -1;
	if (r != 1) {
		gls_free(&g);
		fit->column = mo->p - 1;
		return r == 0 ? FH_NOT_CONVERGED : FH_COLLINEAR;
	}
	fit->sigma2_u = s2;
	fit->beta = xreallocarray(NULL, mo->p * (mo->p + 1), sizeof *fit->beta);
	fit->cov = fit->beta + mo->p;
	memcpy(fit->beta, g.beta, mo->p * sizeof *fit->beta);
	memcpy(fit->cov, g.q, mo->p * mo->p * sizeof *fit->cov);
	fit->var_sigma2 = 2 / g.sum_vi2;
	if (mo->method == FH_ML)
		fit->ml_bias = -trace_prod(g.q, g.g2, mo->p) / g.sum_vi2;
	gls_free(&g);
	return FH_OK;
}

void
fh_fit_free(struct fh_fit *fit)
{
	free(fit->beta);
	fit->beta = fit->cov = NULL;
}

struct fh_estimate
fh_eblup(const struct fh_fit *fit, const double *x, double y, double psi)
{
	struct fh_estimate e;
	double s2 = fit->sigma2_u, xb = dot(x, fit->beta, fit->p);
	double b = psi / (s2 + psi), g1, g2, g3;

	e.gamma = s2 / (s2 + psi);
	e.est = xb + e.gamma * (y - xb);
	g1 = psi * e.gamma;
	g2 = b * b * quad_form(fit->cov, x, fit->p);
	g3 = b * b * fit->var_sigma2 / (s2 + psi);
	e.mse = g1 + g2 + 2 * g3 - fit->ml_bias * b * b;
	return e;
}

struct fh_estimate
fh_synthetic(const struct fh_fit *fit, const double *x)
{
	struct fh_estimate e;

	e.est = dot(x, fit->beta, fit->p);
	e.mse = fit->sigma2_u + quad_form(fit->cov, x, fit->p);
	e.gamma = 0;
	return e;
}

double
fh_ratio_factor(const double *est, const double *pop, size_t n,
    double target)
{
	double sum = 0, total = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		sum += pop[i] * est[i];
		total += pop[i];
	}
	if (!(total > 0))
		return -1;
	if (sum == 0)
		return target == 0 ? 1 : -1;
	return target * total / sum;
}

static double
clip01(double v)
{
	return v < 0 ? 0 : v > 1 ? 1 : v;
}

int
fh_share_interval(double est, double mse, double z, double *share,
    double *low, double *high)
{
	double half = z * sqrt(mse > 0 ? mse : 0);

	*share = clip01(est);
	*low = clip01(*share - half);
	*high = clip01(*share + half);
	return *share != est;
}
