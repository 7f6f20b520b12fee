/*
 * fayherriot: the area-level model of Fay and Herriot for small-area
 * estimation, fitted as R's sae package fits it.
 *
 * Sources: R. E. Fay and R. A. Herriot, "Estimates of income for small
 * places", JASA 74 (1979) 269-277; J. N. K. Rao and I. Molina, Small Area
 * Estimation, 2nd ed., Wiley 2015, ch. 6; I. Molina and Y. Marhuenda,
 * "sae: an R package for small area estimation", The R Journal 7/1 (2015)
 * 81-98, and the package's R/eblupFH.R and R/mseFH.R (version 1.3), whose
 * iteration, starting value, stopping rule and MSE terms these are.
 *
 * For m areas d with a direct estimate y_d of known sampling variance
 * psi_d and a row x_d of p covariates (the intercept a column of ones when
 * the caller wants one):
 *
 *   y_d = theta_d + e_d,  theta_d = x_d'beta + u_d,
 *   u_d ~ N(0, s2) and e_d ~ N(0, psi_d), all independent.
 *
 * s2 (sigma2_u) is found by Fisher scoring on the restricted (REML) or the
 * full (ML) likelihood, from the median of psi, until the relative change
 * of s2 is at most the tolerance; beta by generalised least squares at
 * that s2; the EBLUP is gamma_d y_d + (1 - gamma_d) x_d'beta with
 * gamma_d = s2 / (s2 + psi_d).  Its MSE is g1 + g2 + 2 g3 for REML
 * (Prasad & Rao, JASA 85, 1990) and g1 + g2 + 2 g3 - b B_d^2 for ML (Datta
 * & Lahiri, Statistica Sinica 10, 2000), with B_d = 1 - gamma_d:
 *
 *   g1 = gamma_d psi_d,  g2 = B_d^2 x_d'Q x_d,  g3 = B_d^2 V(s2) / (s2 + psi_d),
 *   Q = (X'V^-1 X)^-1,  V(s2) = 2 / sum 1/(s2 + psi_d)^2,
 *   b = -tr(Q X'V^-2 X) / sum 1/(s2 + psi_d)^2.
 *
 * Every sum is over the m areas and costs O(m p^2): the m-by-m matrix P of
 * the R code is never formed (its traces are written with p-by-p ones), so
 * a country's 14,000 neighbourhoods fit in milliseconds.
 *
 * Where sae lets an iterate of s2 go below 0, iterates on, and truncates
 * the result at 0, here the score at 0 is tested: when it is not positive
 * the likelihood falls from 0 on and s2 is 0, the same estimate in fewer
 * steps and without the risk of s2 + psi_d reaching 0; otherwise the step
 * is halved.  The functions are pure: they print nothing and keep nothing
 * but what they return.
 */
#ifndef SAMEN_FAYHERRIOT_H
#define SAMEN_FAYHERRIOT_H

#include <stddef.h>

enum fh_method { FH_REML, FH_ML };

/* The defaults of sae's eblupFH are MAXITER 100 and PRECISION 1e-4; a far
 * smaller tolerance costs a step or two and leaves s2 exact to the digits
 * printed. */
#define FH_MAX_ITER 100
#define FH_TOLERANCE 1e-10

enum fh_status {
	FH_OK,
	FH_TOO_FEW,		/* m < p + 1 */
	FH_BAD_DATA,		/* y or x not finite, or psi not > 0 */
	FH_COLLINEAR,		/* column .column is (nearly) a linear
				 * combination of the columns before it */
	FH_NOT_CONVERGED	/* max_iter steps and no convergence */
};

struct fh_model {
	size_t m, p;
	const double *x;	/* m rows of p */
	const double *y;	/* m direct estimates */
	const double *psi;	/* m sampling variances */
	enum fh_method method;
	int max_iter;
	double tolerance;
};

struct fh_fit {
	enum fh_method method;
	size_t p;
	double sigma2_u;
	double *beta;		/* p */
	double *cov;		/* p by p: Q, the covariance of beta */
	int iterations;
	size_t column;		/* FH_COLLINEAR: the first dependent column */
	double var_sigma2;	/* V(s2), the asymptotic variance of s2 */
	double ml_bias;		/* b; 0 under REML */
};

/*
 * Fits the model.  FH_OK: fit holds the estimates (free them with
 * fh_fit_free).  Otherwise fit holds nothing to free, only iterations and,
 * for FH_COLLINEAR, the column.  Collinearity is judged on X itself, by
 * Gram-Schmidt: a column whose part orthogonal to the columns before it
 * is below 1e-9 of its length is dependent.
 */
enum fh_status fh_fit(const struct fh_model *, struct fh_fit *);
void fh_fit_free(struct fh_fit *);

struct fh_estimate {
	double est;		/* the EBLUP, or the synthetic estimate */
	double mse;
	double gamma;		/* s2 / (s2 + psi); 0 for a synthetic */
};

/* The EBLUP and its MSE for an area in the sample: covariates x, direct
 * estimate y, sampling variance psi. */
struct fh_estimate fh_eblup(const struct fh_fit *, const double *x, double y,
    double psi);

/* Out of the sample: the synthetic x'beta with MSE s2 + x'Q x (Rao &
 * Molina, ch. 6). */
struct fh_estimate fh_synthetic(const struct fh_fit *, const double *x);

/*
 * Ratio benchmarking (Rao & Molina, ch. 6, on benchmarking): the factor
 * by which n estimates est, weighted by pop, must be multiplied for their
 * weighted mean to equal target.  1 when the weighted mean is 0 and so is
 * the target; -1 when the weighted mean is 0 and the target is not, or
 * when the weights add up to 0 (no factor can do it).
 */
double fh_ratio_factor(const double *est, const double *pop, size_t n,
    double target);

/*
 * Clips an estimate of a share to [0, 1] into *share and puts the 95%
 * interval share -+ z sqrt(mse) (clipped too) in *low and *high.  Returns
 * 1 when est itself lay outside [0, 1].
 */
int fh_share_interval(double est, double mse, double z, double *share,
    double *low, double *high);

#endif
