#include <math.h>

#include "num/exactsum.h"
#include "num/fayherriot.h"
#include "survey/estimate.h"
#include "unit.h"

/* A partial as isolation-score --partial writes it: n respondents of
 * weight w each in key, t of them with the indicator "individual" (the
 * other cells empty). */
static json_t *
partial(const char *key, int n, double w, int t)
{
	struct exactsum sw = { { 0 } }, sw2 = { { 0 } }, st = { { 0 } };
	char a[EXACTSUM_HEX + 1], b[EXACTSUM_HEX + 1], c[EXACTSUM_HEX + 1];
	json_t *cells = json_object(), *r;
	int i;

	for (i = 0; i < n; i++) {
		exactsum_add(&sw, w);
		exactsum_add_square(&sw2, w);
		if (i < t)
			exactsum_add(&st, w);
	}
	for (i = 0; i < IND_COUNT; i++)
		json_object_set_new(cells, isolation_indicator_names[i],
		    i == IND_INDIVIDUAL ? json_pack("[isss]", n,
		    exactsum_hex(&sw, a), exactsum_hex(&sw2, b),
		    exactsum_hex(&st, c)) : json_pack("[isss]", 0, "0", "0",
		    "0"));
	r = json_pack("{s:s,s:s,s:s,s:i,s:s,s:s,s:o}", "type",
	    "isolation_partial", "by", "area", "key", key, "n", n, "w",
	    exactsum_hex(&sw, a), "w2", exactsum_hex(&sw2, b), "cells", cells);
	return r;
}

static const char *const covs[] = { "old" };

static void
setup(struct estimate *e, int ncov)
{
	struct estimate_config c;

	memset(&c, 0, sizeof c);
	c.covariates = covs;
	c.ncov = (size_t)ncov;
	c.indicator[0] = IND_INDIVIDUAL;
	c.nind = 1;
	c.method = FH_REML;
	c.max_iter = FH_MAX_ITER;
	c.level = AREA_BUURT;
	estimate_init(e, &c);
}

static void
add_area(struct estimate *e, const char *text, int want)
{
	char err[256];
	json_t *r = unit_json(text);

	ck_assert_int_eq(estimate_add_area(e, r, err, sizeof err), want);
	json_decref(r);
}

static void
add_partial(struct estimate *e, json_t *p)
{
	char err[256];

	ck_assert_msg(estimate_add_partial(e, p, err, sizeof err) == 0, "%s",
	    err);
	json_decref(p);
}

/*
 * Four areas, intercept only: the direct estimates are t/n, pbar the
 * pooled share, psi_d = pbar (1 - pbar) / n_d (equal weights), and every
 * estimate is fh_eblup's on those; an area of another level is not kept,
 * and partials of one area in two pieces add up.
 */
START_TEST(direct_and_model)
{
	static const int n[4] = { 10, 20, 30, 40 }, t[4] = { 1, 6, 6, 12 };
	static const char *const codes[4] = { "BU00010001", "BU00010002",
	    "BU00010003", "BU00010004" };
	struct estimate e;
	struct fh_model mo;
	struct fh_fit fit;
	double x[4] = { 1, 1, 1, 1 }, y[4], psi[4], pbar = 25.0 / 100;
	char err[256], text[128];
	size_t pos = 0;
	int d;

	setup(&e, 0);
	add_area(&e, "{\"type\":\"area\",\"area\":\"GM0001\"}", 0);
	for (d = 0; d < 4; d++) {
		snprintf(text, sizeof text, "{\"area\":\"%s\",\"population\":"
		    "100}", codes[d]);
		add_area(&e, text, 1);
		add_partial(&e, partial(codes[d], n[d] / 2, 1.5, t[d] / 2));
		add_partial(&e, partial(codes[d], n[d] - n[d] / 2, 1.5,
		    t[d] - t[d] / 2));
		y[d] = (double)t[d] / n[d];
		psi[d] = pbar * (1 - pbar) / n[d];
	}
	ck_assert_int_eq(estimate_fit(&e, err, sizeof err), 0);
	ck_assert_double_eq_tol(e.model[0].pbar, pbar, 1e-15);
	mo = (struct fh_model){ 4, 1, x, y, psi, FH_REML, FH_MAX_ITER,
	    FH_TOLERANCE };
	ck_assert_int_eq(fh_fit(&mo, &fit), FH_OK);
	ck_assert_double_eq_tol(e.model[0].fit.sigma2_u, fit.sigma2_u, 1e-15);
	for (d = 0; d < 4; d++) {
		struct fh_estimate f = fh_eblup(&fit, x, y[d], psi[d]);

		ck_assert_str_eq(e.area[d].code, codes[d]);
		ck_assert_double_eq_tol(e.area[d].result[0].est, f.est, 1e-12);
		ck_assert_double_eq_tol(e.area[d].result[0].mse, f.mse, 1e-12);
	}
	ck_assert(estimate_unmatched(&e, &pos) == NULL);
	fh_fit_free(&fit);
	estimate_free(&e);
}
END_TEST

/* Bad area records are refused with the area and the covariate named;
 * partials without an area record are found by estimate_unmatched. */
START_TEST(bad_records)
{
	struct estimate e;
	char err[256];
	json_t *r;
	size_t pos = 0;
	int d;

	setup(&e, 1);
	r = unit_json("{\"area\":\"BU00010001\",\"old\":\"0.2\"}");
	ck_assert_int_eq(estimate_add_area(&e, r, err, sizeof err), -1);
	ck_assert_str_eq(err, "BU00010001: covariate old is not a number; "
	    "write it as one, such as 0.25");
	json_decref(r);
	r = unit_json("{\"area\":\"BU00010001\",\"population\":-4,"
	    "\"old\":0.2}");
	ck_assert_int_eq(estimate_add_area(&e, r, err, sizeof err), -1);
	json_decref(r);
	r = unit_json("{\"area\":\"BU00010001\"}");
	ck_assert_int_eq(estimate_add_area(&e, r, err, sizeof err), -1);
	ck_assert_str_eq(err, "BU00010001: covariate old is missing; every "
	    "area of the model needs it as a number");
	json_decref(r);
	r = partial("WK000100", 5, 1, 1);
	ck_assert_int_eq(estimate_add_partial(&e, r, err, sizeof err), -1);
	ck_assert_str_eq(err, "WK000100 is a wijk, coarser than the buurt "
	    "asked for; give --level wijk");
	json_decref(r);
	add_area(&e, "{\"area\":\"BU00010002\",\"old\":0.1}", 1);
	add_area(&e, "{\"area\":\"BU00010003\",\"old\":0.3}", 1);
	add_area(&e, "{\"area\":\"BU00010004\",\"old\":0.2}", 1);
	for (d = 1; d <= 4; d++) {
		char key[16];

		snprintf(key, sizeof key, "BU0001000%d", d);
		add_partial(&e, partial(key, 10 * d, 1, 3 * d));
	}
	ck_assert_int_eq(estimate_fit(&e, err, sizeof err), 0);
	ck_assert_str_eq(estimate_unmatched(&e, &pos), "BU00010001");
	ck_assert(estimate_unmatched(&e, &pos) == NULL);
	ck_assert_uint_eq(e.model[0].in_sample, 3);
	ck_assert_uint_eq(e.model[0].direct_only, 1);
	/* the direct-only area keeps its direct estimate and psi */
	ck_assert_double_eq_tol(e.area[0].result[0].est, 0.3, 1e-15);
	estimate_free(&e);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("estimate");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, direct_and_model);
	tcase_add_test(tc, bad_records);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
