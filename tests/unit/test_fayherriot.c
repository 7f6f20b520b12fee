#include <math.h>

#include "num/fayherriot.h"
#include "prng.h"
#include "unit.h"

/*
 * The milk data of Arora & Lahiri (1997) as the sae package ships it, 43
 * areas, with sae 1.3's own EBLUPs and MSEs under REML and ML beside them
 * (eblupFH and mseFH, yi ~ as.factor(MajorArea), vardir = SD^2, MAXITER
 * 1000, PRECISION 1e-12): ../shared/testdata/sae/milk.tsv and its README,
 * whose sigma2_u and beta are below.
 */
#define MILK_AREAS 43
#define MILK_P 4

struct milk {
	double x[MILK_AREAS * MILK_P], y[MILK_AREAS], psi[MILK_AREAS];
	double eblup[2][MILK_AREAS], mse[2][MILK_AREAS];
};

static void
milk_read(struct milk *k)
{
	char path[1024], line[512];
	FILE *fp;
	int d = 0, ni, area, major, i;
	double cv, sd;

	snprintf(path, sizeof path, "%s/testdata/sae/milk.tsv",
	    unit_shared_dir());
	ck_assert_msg((fp = fopen(path, "r")) != NULL, "%s", path);
	ck_assert(fgets(line, sizeof line, fp) != NULL);	/* header */
	while (fgets(line, sizeof line, fp) != NULL) {
		ck_assert_int_lt(d, MILK_AREAS);
		ck_assert_int_eq(sscanf(line, "%d %d %lf %lf %lf %d %lf %lf "
		    "%lf %lf", &area, &ni, &k->y[d], &sd, &cv, &major,
		    &k->eblup[FH_REML][d], &k->mse[FH_REML][d],
		    &k->eblup[FH_ML][d], &k->mse[FH_ML][d]), 10);
		k->psi[d] = sd * sd;
		k->x[d * MILK_P] = 1;
		for (i = 1; i < MILK_P; i++)
			k->x[d * MILK_P + i] = major == i + 1;
		d++;
	}
	fclose(fp);
	ck_assert_int_eq(d, MILK_AREAS);
}

static void
milk_case(enum fh_method method, double sigma2_u, const double beta[MILK_P])
{
	struct milk k;
	struct fh_model mo;
	struct fh_fit fit;
	int d, i;

	milk_read(&k);
	mo = (struct fh_model){ MILK_AREAS, MILK_P, k.x, k.y, k.psi, method,
	    1000, 1e-12 };
	ck_assert_int_eq(fh_fit(&mo, &fit), FH_OK);
	ck_assert_double_eq_tol(fit.sigma2_u, sigma2_u, 1e-10);
	for (i = 0; i < MILK_P; i++)
		ck_assert_double_eq_tol(fit.beta[i], beta[i], 1e-10);
	for (d = 0; d < MILK_AREAS; d++) {
		struct fh_estimate e = fh_eblup(&fit, k.x + d * MILK_P, k.y[d],
		    k.psi[d]);

		ck_assert_double_eq_tol(e.est, k.eblup[method][d], 1e-9);
		ck_assert_double_eq_tol(e.mse, k.mse[method][d], 1e-10);
		ck_assert_double_eq_tol(e.gamma, sigma2_u / (sigma2_u +
		    k.psi[d]), 1e-9);
	}
	fh_fit_free(&fit);
}

START_TEST(milk_reml)
{
	static const double beta[MILK_P] = { 0.968188986975, 0.132780305457,
	    0.226946224521, -0.241301039945 };

	milk_case(FH_REML, 0.0185503347628, beta);
}
END_TEST

START_TEST(milk_ml)
{
	static const double beta[MILK_P] = { 0.967798625551, 0.127875517564,
	    0.226690886799, -0.242580426339 };

	milk_case(FH_ML, 0.0155175087124, beta);
}
END_TEST

/*
 * The default tolerance of samen (1e-10, not the 1e-12 above) still gives
 * the milk case to 1e-9, in a few steps.
 */
START_TEST(milk_default_tolerance)
{
	struct milk k;
	struct fh_model mo;
	struct fh_fit fit;

	milk_read(&k);
	mo = (struct fh_model){ MILK_AREAS, MILK_P, k.x, k.y, k.psi, FH_REML,
	    FH_MAX_ITER, FH_TOLERANCE };
	ck_assert_int_eq(fh_fit(&mo, &fit), FH_OK);
	ck_assert_double_eq_tol(fit.sigma2_u, 0.0185503347628, 1e-9);
	ck_assert_int_le(fit.iterations, 20);
	/* the covariance of beta is Q: the intercept's is positive */
	ck_assert(fit.cov[0] > 0);
	fh_fit_free(&fit);
}
END_TEST

/*
 * Out of the sample the synthetic estimate is x'beta and its MSE
 * s2 + x'Qx; a psi that is huge makes an area's EBLUP nearly synthetic
 * and its gamma nearly 0.
 */
START_TEST(synthetic)
{
	struct milk k;
	struct fh_model mo;
	struct fh_fit fit;
	struct fh_estimate s, e;
	double x[MILK_P] = { 1, 0, 1, 0 };

	milk_read(&k);
	mo = (struct fh_model){ MILK_AREAS, MILK_P, k.x, k.y, k.psi, FH_REML,
	    FH_MAX_ITER, FH_TOLERANCE };
	ck_assert_int_eq(fh_fit(&mo, &fit), FH_OK);
	s = fh_synthetic(&fit, x);
	ck_assert_double_eq_tol(s.est, fit.beta[0] + fit.beta[2], 1e-15);
	ck_assert_double_eq_tol(s.mse, fit.sigma2_u + fit.cov[0] +
	    2 * fit.cov[2] + fit.cov[2 * MILK_P + 2], 1e-15);
	ck_assert(s.gamma == 0);
	e = fh_eblup(&fit, x, 5.0, 1e9);
	ck_assert_double_eq_tol(e.est, s.est, 1e-9);
	ck_assert(e.gamma < 1e-9);
	fh_fit_free(&fit);
}
END_TEST

/*
 * Bad designs are named, not fitted: a constant column beside the
 * intercept, a column that is the sum of two others, too few areas, a
 * psi of 0; and a model that cannot converge in one step says so.
 */
START_TEST(bad_designs)
{
	struct milk k;
	struct fh_model mo;
	struct fh_fit fit;
	double x[MILK_AREAS * 3];
	int d;

	milk_read(&k);
	for (d = 0; d < MILK_AREAS; d++) {
		x[d * 3] = 1;
		x[d * 3 + 1] = k.x[d * MILK_P + 1];
		x[d * 3 + 2] = 0.25;
	}
	mo = (struct fh_model){ MILK_AREAS, 3, x, k.y, k.psi, FH_REML,
	    FH_MAX_ITER, FH_TOLERANCE };
	ck_assert_int_eq(fh_fit(&mo, &fit), FH_COLLINEAR);
	ck_assert_uint_eq(fit.column, 2);
	for (d = 0; d < MILK_AREAS; d++)
		x[d * 3 + 2] = 3 * x[d * 3] - 2 * x[d * 3 + 1];
	ck_assert_int_eq(fh_fit(&mo, &fit), FH_COLLINEAR);
	ck_assert_uint_eq(fit.column, 2);
	mo = (struct fh_model){ 4, MILK_P, k.x, k.y, k.psi, FH_REML,
	    FH_MAX_ITER, FH_TOLERANCE };
	ck_assert_int_eq(fh_fit(&mo, &fit), FH_TOO_FEW);
	mo = (struct fh_model){ MILK_AREAS, MILK_P, k.x, k.y, k.psi, FH_REML,
	    1, 1e-12 };
	ck_assert_int_eq(fh_fit(&mo, &fit), FH_NOT_CONVERGED);
	ck_assert_int_eq(fit.iterations, 1);
	k.psi[7] = 0;
	mo.max_iter = FH_MAX_ITER;
	ck_assert_int_eq(fh_fit(&mo, &fit), FH_BAD_DATA);
}
END_TEST

/*
 * Areas more alike than their sampling variances allow: the score at 0 is
 * negative and s2 is 0, so every EBLUP is the synthetic estimate (the
 * GLS mean) and the MSE is g2 + 2 g3.
 */
START_TEST(boundary)
{
	double x[20], y[20], psi[20];
	struct fh_model mo = { 20, 1, x, y, psi, FH_REML, FH_MAX_ITER,
	    FH_TOLERANCE };
	struct fh_fit fit;
	struct fh_estimate e;
	int d;

	for (d = 0; d < 20; d++) {
		x[d] = 1;
		y[d] = 0.3 + (d % 2 ? 0.001 : -0.001);
		psi[d] = 0.01;
	}
	ck_assert_int_eq(fh_fit(&mo, &fit), FH_OK);
	ck_assert(fit.sigma2_u == 0);
	e = fh_eblup(&fit, x, y[0], psi[0]);
	ck_assert(e.gamma == 0);
	ck_assert_double_eq_tol(e.est, 0.3, 1e-12);
	/* g2 = psi/20, g3 = (2 / (20/psi^2)) / psi = psi/10 */
	ck_assert_double_eq_tol(e.mse, 0.01 / 20 + 2 * 0.01 / 10, 1e-15);
	fh_fit_free(&fit);
}
END_TEST

START_TEST(benchmark_and_clipping)
{
	double est[3] = { 0.1, 0.2, 0.4 }, pop[3] = { 100, 200, 100 };
	double share, lo, hi;

	/* weighted mean 0.225; to reach 0.27 multiply by 1.2 */
	ck_assert_double_eq_tol(fh_ratio_factor(est, pop, 3, 0.27), 1.2,
	    1e-15);
	ck_assert(fh_ratio_factor(est, pop, 0, 0.27) == -1);
	est[0] = est[1] = est[2] = 0;
	ck_assert(fh_ratio_factor(est, pop, 3, 0) == 1);
	ck_assert(fh_ratio_factor(est, pop, 3, 0.1) == -1);
	ck_assert_int_eq(fh_share_interval(0.3, 0.0001, 1.96, &share, &lo,
	    &hi), 0);
	ck_assert_double_eq_tol(lo, 0.3 - 0.0196, 1e-15);
	ck_assert_double_eq_tol(hi, 0.3 + 0.0196, 1e-15);
	ck_assert_int_eq(fh_share_interval(-0.02, 0.0004, 1.96, &share, &lo,
	    &hi), 1);
	ck_assert(share == 0 && lo == 0);
	ck_assert_double_eq_tol(hi, 0.0392, 1e-15);
	ck_assert_int_eq(fh_share_interval(1.2, 0.01, 1.96, &share, &lo,
	    &hi), 1);
	ck_assert(share == 1 && hi == 1);
}
END_TEST

static double
uniform(uint64_t *st)
{
	return (double)(splitmix64(st) >> 11) / 9007199254740992.0;
}

/* A standard normal draw (Box-Muller). */
static double
normal(uint64_t *st)
{
	double u = uniform(st), v = uniform(st);

	return sqrt(-2 * log(1 - u)) * cos(2 * M_PI * v);
}

/*
 * A known truth: 2,000 areas, theta_d = 0.2 + 0.5 x_d + u_d with s2 = 0.0025,
 * sampling variances from 0.0005 to 0.01, seed fixed.  The REML and ML fits
 * find beta and s2 near the truth, the EBLUPs are nearer to the truth than
 * the direct estimates (a third of their squared error or less), and the
 * 95% intervals cover the truth in 94-96% of areas.
 */
START_TEST(known_truth)
{
	enum { M = 2000 };
	static double x[2 * M], y[M], psi[M], theta[M];
	uint64_t st = 20261201;
	struct fh_model mo = { M, 2, x, y, psi, FH_REML, FH_MAX_ITER,
	    FH_TOLERANCE };
	struct fh_fit fit;
	double se_direct = 0, se_eblup = 0;
	int d, covered = 0, method;

	for (d = 0; d < M; d++) {
		x[2 * d] = 1;
		x[2 * d + 1] = uniform(&st);
		theta[d] = 0.2 + 0.5 * x[2 * d + 1] + 0.05 * normal(&st);
		psi[d] = 0.0005 + 0.0095 * uniform(&st);
		y[d] = theta[d] + sqrt(psi[d]) * normal(&st);
	}
	for (method = FH_REML; method <= FH_ML; method++) {
		mo.method = method;
		ck_assert_int_eq(fh_fit(&mo, &fit), FH_OK);
		ck_assert_double_eq_tol(fit.beta[0], 0.2, 0.01);
		ck_assert_double_eq_tol(fit.beta[1], 0.5, 0.02);
		ck_assert_double_eq_tol(fit.sigma2_u, 0.0025, 0.0004);
		se_direct = se_eblup = 0;
		covered = 0;
		for (d = 0; d < M; d++) {
			struct fh_estimate e = fh_eblup(&fit, x + 2 * d, y[d],
			    psi[d]);

			se_direct += (y[d] - theta[d]) * (y[d] - theta[d]);
			se_eblup += (e.est - theta[d]) * (e.est - theta[d]);
			covered += fabs(e.est - theta[d]) <= 1.96 * sqrt(e.mse);
		}
		ck_assert_msg(se_eblup < se_direct / 2, "%g against %g",
		    se_eblup, se_direct);
		ck_assert_int_ge(covered, (int)(0.94 * M));
		ck_assert_int_le(covered, (int)(0.96 * M));
		fh_fit_free(&fit);
	}
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("fayherriot");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, milk_reml);
	tcase_add_test(tc, milk_ml);
	tcase_add_test(tc, milk_default_tolerance);
	tcase_add_test(tc, synthetic);
	tcase_add_test(tc, bad_designs);
	tcase_add_test(tc, boundary);
	tcase_add_test(tc, benchmark_and_clipping);
	tcase_add_test(tc, known_truth);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
