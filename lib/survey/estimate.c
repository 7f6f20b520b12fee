/*
 * Model-based isolation shares per area: the records in, the Fay-Herriot
 * fits, the records out.  See estimate.h and isolation-estimate(1).
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "core/jsonval.h"
#include "core/out.h"
#include "num/proportion.h"
#include "survey/estimate.h"
#include "survey/isosummary.h"

void
estimate_init(struct estimate *e, const struct estimate_config *c)
{
	memset(e, 0, sizeof *e);
	e->config = *c;
}

/* The area of code, added (with no record and no partials) when new. */
static struct estimate_area *
area_get(struct estimate *e, const char *code)
{
	struct estimate_area *a;
	unsigned long held;

	if (!strmap_add(&e->index, code, e->n, &held))
		return &e->area[held];
	a = XPUSH(e->area, e->n, e->cap);
	snprintf(a->code, sizeof a->code, "%s", code);
	a->population = -1;
	a->cell = xreallocarray(NULL, e->config.nind ? e->config.nind : 1,
	    sizeof *a->cell);
	memset(a->cell, 0, e->config.nind * sizeof *a->cell);
	return a;
}

void
estimate_free(struct estimate *e)
{
	FREE_ARRAY(struct estimate_area, e->area, e->n, a,
	    (free(a->x), free(a->cell), free(a->result)));
	json_decref(e->settings);
	if (e->model != NULL)
		FREE_ARRAY(struct estimate_model, e->model, e->config.nind, m,
		    (fh_fit_free(&m->fit), json_decref(m->benchmark)));
	strmap_free(&e->index);
}

/* The covariates of an area record, after a 1 for the intercept. */
static int
read_covariates(const struct estimate_config *c, const json_t *rec,
    const char *code, double *x, char *err, size_t size)
{
	size_t i;

	x[0] = 1;
	for (i = 0; i < c->ncov; i++) {
		const json_t *v = json_object_get(rec, c->covariates[i]);

		if (json_absent(v))
			return errorf(err, size, "%s: covariate %s is missing; "
			    "every area of the model needs it as a number",
			    code, c->covariates[i]);
		if (!json_is_number(v) || !isfinite(json_number_value(v)))
			return errorf(err, size, "%s: covariate %s is not a "
			    "number; write it as one, such as 0.25", code,
			    c->covariates[i]);
		x[i + 1] = json_number_value(v);
	}
	return 0;
}

int
estimate_add_area(struct estimate *e, const json_t *rec, char *err,
    size_t size)
{
	const json_t *code = json_object_get(rec, "area");
	const json_t *pop = json_object_get(rec, "population");
	size_t p = e->config.ncov + 1;
	struct estimate_area *a;
	const char *c;
	double *x;
	long people = -1;		/* not given */

	if (!json_is_string(code) || area_level_of(c =
	    json_string_value(code)) == AREA_INVALID)
		return errorf(err, size, "area: %s; write a CBS area code (GM "
		    "and 4 digits, WK and 6, or BU and 8)", code == NULL ?
		    "missing" : "not a CBS area code");
	if (area_level_of(c) != e->config.level)
		return 0;
	if (!json_absent(pop) && json_whole(pop, 0, LONG_MAX, &people) == -1)
		return errorf(err, size, "%s: population must be a whole "
		    "number, 0 or more", c);
	if (strmap_get(&e->index, c, NULL) && area_get(e, c)->has_record)
		return errorf(err, size, "a second area record for %s", c);
	x = xreallocarray(NULL, p, sizeof *x);
	if (read_covariates(&e->config, rec, c, x, err, size) == -1) {
		free(x);
		return -1;
	}
	a = area_get(e, c);
	a->has_record = 1;
	a->x = x;
	if (people >= 0)
		a->population = people;
	return 1;
}

/* The sums of a partial (isosummary_read_partial) that the indicators
 * estimated need. */
static int
read_partial(const struct estimate_config *c, const json_t *rec,
    struct estimate_area *p)
{
	struct isosummary_group g;
	size_t k;

	if (isosummary_read_partial(rec, &g) == -1)
		return -1;
	p->n = g.n;
	p->w = g.w;
	p->w2 = g.w2;
	for (k = 0; k < c->nind; k++)
		p->cell[k] = g.cell[c->indicator[k]];
	return 0;
}

/* The key of a partial at the model's level, or -1 with the reason. */
static int
partial_key(const struct estimate *e, const json_t *key, char *code,
    char *err, size_t size)
{
	const char *k = json_string_value(key);
	enum area_level lvl = area_level_of(k);

	if (lvl == AREA_INVALID || strlen(k) != json_string_length(key))
		return errorf(err, size, "key '%s' is not a CBS area code; "
		    "make the partials with isolation-score --partial --by "
		    "area", k);
	if (area_rollup(k, e->config.level, code) == -1)
		return errorf(err, size, "%s is a %s, coarser than the %s "
		    "asked for; give --level %s", k, area_level_name(lvl),
		    area_level_name(e->config.level), area_level_name(lvl));
	return 0;
}

/* sum += p, for the area and each cell; 1 on overflow (sum then
 * undefined). */
static int
add_sums(struct estimate_area *sum, const struct estimate_area *p,
    size_t nind)
{
	int over = 0;
	size_t k;

	sum->n += p->n;
	over |= (sum->n < p->n) | exactsum_merge(&sum->w, &p->w) |
	    exactsum_merge(&sum->w2, &p->w2);
	for (k = 0; k < nind; k++)
		over |= isosummary_cell_merge(&sum->cell[k], &p->cell[k]);
	return over != 0;
}

/* 0 when a partial was made with the settings of the first one taken. */
static int
same_settings(struct estimate *e, const json_t *rec, char *err, size_t size)
{
	const json_t *got = json_object_get(rec, "settings");

	if (e->partials == 0) {
		e->settings = json_incref((json_t *)got);
		return 0;
	}
	if (e->settings == NULL)
		return got == NULL ? 0 : errorf(err, size, "a partial with "
		    "settings after partials without: make every partial with "
		    "one isolation-score");
	return isosummary_same_settings(e->settings, got, "the first "
	    "partial; make every partial with the same --config and --weight",
	    err, size);
}

int
estimate_add_partial(struct estimate *e, const json_t *rec, char *err,
    size_t size)
{
	size_t nind = e->config.nind;
	struct isosummary_cell cells[IND_COUNT], sums[IND_COUNT];
	struct estimate_area p, sum, *a;
	const json_t *key = json_object_get(rec, "key");
	char code[AREA_CODE_MAX];

	memset(&p, 0, sizeof p);
	memset(cells, 0, sizeof cells);
	p.cell = cells;
	if (!json_is_string(key) || read_partial(&e->config, rec, &p) == -1)
		return errorf(err, size, "not an isolation_partial record as "
		    "isolation-score --partial writes it");
	if (partial_key(e, key, code, err, size) == -1 ||
	    same_settings(e, rec, err, size) == -1)
		return -1;
	e->partials++;
	a = area_get(e, code);
	/* into a copy, so that a partial that overflows leaves no trace */
	sum = *a;
	memcpy(sums, a->cell, nind * sizeof *sums);
	sum.cell = sums;
	if (add_sums(&sum, &p, nind))
		return errorf(err, size, "%s: the sums overflow", code);
	a->n = sum.n;
	a->w = sum.w;
	a->w2 = sum.w2;
	memcpy(a->cell, sums, nind * sizeof *sums);
	a->has_partial = 1;
	return 0;
}

/* The direct estimate and its sampling variance from a cell; 0 when no
 * respondent of the area has a known value. */
static int
direct_of(const struct isosummary_cell *c, double pbar, double *y, double *psi)
{
	double w = exactsum_value(&c->w);

	if (c->n == 0 || !(w > 0))
		return 0;
	*y = exactsum_value(&c->w_true) / w;
	*psi = pbar * (1 - pbar) / kish_n_eff(w, exactsum_value(&c->w2));
	return 1;
}

static int
by_code(const void *a, const void *b)
{
	return strcmp(((const struct estimate_area *)a)->code,
	    ((const struct estimate_area *)b)->code);
}

/* pbar of indicator k: the weighted share over every respondent with a
 * known value, in every area with partials. */
static int
mean_share(const struct estimate *e, size_t k, double *pbar, char *err,
    size_t size)
{
	const char *name = isolation_indicator_names[e->config.indicator[k]];
	double w = 0, wt = 0;
	size_t i;

	for (i = 0; i < e->n; i++) {
		w += exactsum_value(&e->area[i].cell[k].w);
		wt += exactsum_value(&e->area[i].cell[k].w_true);
	}
	if (!(w > 0))
		return errorf(err, size, "%s: no respondent has a known value, "
		    "so there is nothing to estimate", name);
	*pbar = wt / w;
	if (*pbar <= 0 || *pbar >= 1)
		return errorf(err, size, "%s: the share is %g in every area; "
		    "a model needs respondents of both kinds", name, *pbar);
	return 0;
}

static const char *
method_name(enum fh_method m)
{
	return m == FH_ML ? "ml" : "reml";
}

/* 1 when column j of the m rows of x holds one value throughout. */
static int
constant_column(const struct fh_model *mo, size_t j)
{
	size_t d;

	for (d = 1; d < mo->m; d++)
		if (mo->x[d * mo->p + j] != mo->x[j])
			return 0;
	return 1;
}

/* Why the model of indicator k could not be fitted, into err; -1. */
static int
fit_error(const struct estimate *e, size_t k, enum fh_status st,
    const struct fh_model *mo, const struct fh_fit *fit, char *err,
    size_t size)
{
	const char *name = isolation_indicator_names[e->config.indicator[k]];
	const char *cov;

	switch (st) {
	case FH_TOO_FEW:
		return errorf(err, size, "%s: %zu areas in the sample (with "
		    "respondents and an area record), fewer than the %zu that "
		    "an intercept and %zu covariates need; use fewer "
		    "covariates or a coarser --level", name, mo->m, mo->p + 1,
		    mo->p - 1);
	case FH_COLLINEAR:
		if (fit->column == 0)
			BUG("the intercept cannot depend on nothing");
		cov = e->config.covariates[fit->column - 1];
		if (constant_column(mo, fit->column))
			return errorf(err, size, "%s: covariate %s is %g in "
			    "every area of the sample: it says nothing the "
			    "intercept does not; leave it out", name, cov,
			    mo->x[fit->column]);
		return errorf(err, size, "%s: covariate %s is collinear with "
		    "the intercept and the covariates before it (X'V^-1X is "
		    "singular); leave it, or one of those, out", name, cov);
	case FH_NOT_CONVERGED:
		return errorf(err, size, "%s: %s did not converge within "
		    "--max-iterations %d; give it more, try --method %s, or "
		    "use fewer covariates", name,
		    e->config.method == FH_ML ? "ML" : "REML", fit->iterations,
		    e->config.method == FH_ML ? "reml" : "ml");
	default:
		BUG("fh_fit status %d on checked data", (int)st);
	}
}

/* The areas in the sample of indicator k, as fh_fit takes them. */
struct sample {
	double *x, *y, *psi;
	size_t m;
};

static void
sample_build(const struct estimate *e, size_t k, double pbar,
    struct sample *s)
{
	size_t p = e->config.ncov + 1, i;

	s->x = xreallocarray(NULL, (p + 2) * (e->n ? e->n : 1), sizeof *s->x);
	s->y = s->x + p * e->n;
	s->psi = s->y + e->n;
	s->m = 0;
	for (i = 0; i < e->n; i++) {
		const struct estimate_area *a = &e->area[i];

		if (a->has_record && direct_of(&a->cell[k], pbar,
		    &s->y[s->m], &s->psi[s->m])) {
			memcpy(s->x + p * s->m, a->x, p * sizeof *s->x);
			s->m++;
		}
	}
}

/* The municipality an area is benchmarked in: its GM code, or "all" for
 * a model of municipalities. */
static void
municipality(const struct estimate *e, const char *code,
    char out[AREA_CODE_MAX])
{
	if (e->config.level == AREA_GEMEENTE ||
	    area_rollup(code, AREA_GEMEENTE, out) == -1)
		snprintf(out, AREA_CODE_MAX, "all");
}

/*
 * Ratio benchmarking of the areas from..to (one municipality, sorted
 * together): the population-weighted mean of their estimates is made the
 * direct estimate of their respondents, and each MSE grows by the square
 * of the change.  The factor, or null when no respondent lives there.
 */
static json_t *
benchmark_run(struct estimate *e, size_t k, size_t from, size_t to,
    char *err, size_t size)
{
	double w = 0, wt = 0, f, *est, *pop;
	size_t i, n = 0;

	for (i = from; i < to; i++)
		if (e->area[i].has_record) {
			w += exactsum_value(&e->area[i].cell[k].w);
			wt += exactsum_value(&e->area[i].cell[k].w_true);
		}
	if (!(w > 0))
		return json_null();
	est = xreallocarray(NULL, 2 * (to - from), sizeof *est);
	pop = est + (to - from);
	for (i = from; i < to; i++) {
		const struct estimate_area *a = &e->area[i];

		if (!a->has_record)
			continue;
		if (a->population < 0) {
			free(est);
			errorf(err, size, "--benchmark needs the population of "
			    "every area, and %s has none", a->code);
			return NULL;
		}
		est[n] = a->result[k].est;
		pop[n++] = (double)a->population;
	}
	f = fh_ratio_factor(est, pop, n, wt / w);
	free(est);
	if (f < 0) {
		errorf(err, size, "--benchmark: the estimates of %s add up to "
		    "0, or its areas to no population", e->area[from].code);
		return NULL;
	}
	for (i = from; i < to; i++) {
		struct estimate_result *r = &e->area[i].result[k];

		if (e->area[i].has_record) {
			double change = (f - 1) * r->est;

			r->est *= f;
			r->mse += change * change;
		}
	}
	return json_real(f);
}

static int
benchmark(struct estimate *e, size_t k, char *err, size_t size)
{
	struct estimate_model *mod = &e->model[k];
	char gm[AREA_CODE_MAX], next[AREA_CODE_MAX];
	size_t i = 0, j;
	json_t *f;

	mod->benchmark = json_object();
	while (i < e->n) {
		municipality(e, e->area[i].code, gm);
		for (j = i + 1; j < e->n; j++) {
			municipality(e, e->area[j].code, next);
			if (strcmp(gm, next) != 0)
				break;
		}
		if ((f = benchmark_run(e, k, i, j, err, size)) == NULL)
			return -1;
		json_object_set_new(mod->benchmark, gm, f);
		i = j;
	}
	return 0;
}

/* Every area's estimate of indicator k from its fitted model: the EBLUP in
 * the sample, the synthetic estimate out of it, the direct estimate where
 * there is no area record (no model). */
static void
predict(struct estimate *e, size_t k)
{
	struct estimate_model *mod = &e->model[k];
	size_t i;

	for (i = 0; i < e->n; i++) {
		struct estimate_area *a = &e->area[i];
		struct estimate_result *r = &a->result[k];
		struct fh_estimate f = { NAN, NAN, NAN };
		double y, psi;
		int known = direct_of(&a->cell[k], mod->pbar, &y, &psi);

		if (a->has_record && known) {
			f = fh_eblup(&mod->fit, a->x, y, psi);
			mod->in_sample++;
		} else if (a->has_record) {
			f = fh_synthetic(&mod->fit, a->x);
			mod->out_of_sample++;
		} else if (known) {
			f.est = y;
			f.mse = psi;
			mod->direct_only++;
		}
		r->est = f.est;
		r->mse = f.mse;
		r->gamma = f.gamma;
	}
}

/* The model of indicator k, fitted, and every area's estimate of it. */
static int
fit_indicator(struct estimate *e, size_t k, char *err, size_t size)
{
	struct estimate_model *mod = &e->model[k];
	struct sample s;
	struct fh_model mo;
	enum fh_status st;
	size_t i;

	if (mean_share(e, k, &mod->pbar, err, size) == -1)
		return -1;
	sample_build(e, k, mod->pbar, &s);
	mo = (struct fh_model){ s.m, e->config.ncov + 1, s.x, s.y, s.psi,
	    e->config.method, e->config.max_iter, FH_TOLERANCE };
	if ((st = fh_fit(&mo, &mod->fit)) != FH_OK) {
		fit_error(e, k, st, &mo, &mod->fit, err, size);
		free(s.x);
		return -1;
	}
	free(s.x);
	predict(e, k);
	if (e->config.benchmark && benchmark(e, k, err, size) == -1)
		return -1;
	for (i = 0; i < e->n; i++) {
		struct estimate_result *r = &e->area[i].result[k];

		r->clipped = e->area[i].has_record && (r->est < 0 ||
		    r->est > 1);
		mod->clipped += r->clipped;
	}
	return 0;
}

int
estimate_fit(struct estimate *e, char *err, size_t size)
{
	size_t i, k;

	if (e->n > 0)
		qsort(e->area, e->n, sizeof *e->area, by_code);
	strmap_free(&e->index);		/* its indexes are stale now */
	e->model = xreallocarray(NULL, e->config.nind ? e->config.nind : 1,
	    sizeof *e->model);
	memset(e->model, 0, e->config.nind * sizeof *e->model);
	for (i = 0; i < e->n; i++)
		e->area[i].result = xreallocarray(NULL, e->config.nind ?
		    e->config.nind : 1, sizeof *e->area[i].result);
	for (i = 0; i < e->n && !e->area[i].has_partial; i++)
		continue;
	if (i == e->n)
		return errorf(err, size, "no isolation_partial records to "
		    "estimate from; make them with isolation-score --partial");
	for (k = 0; k < e->config.nind; k++)
		if (fit_indicator(e, k, err, size) == -1)
			return -1;
	return 0;
}

const char *
estimate_unmatched(const struct estimate *e, size_t *pos)
{
	while (*pos < e->n) {
		const struct estimate_area *a = &e->area[(*pos)++];

		if (a->has_partial && !a->has_record)
			return a->code;
	}
	return NULL;
}

static json_t *
real_or_null(double v)
{
	return isfinite(v) ? json_real(v) : json_null();
}

/* An object with intercept and each covariate as keys, from p values. */
static json_t *
coefficients(const struct estimate *e, const double *v, size_t stride,
    int root)
{
	json_t *o = json_object();
	size_t i;

	for (i = 0; i <= e->config.ncov; i++)
		json_object_set_new(o, i == 0 ? "intercept" :
		    e->config.covariates[i - 1], json_real(root ?
		    sqrt(v[i * stride]) : v[i * stride]));
	return o;
}

static json_t *
model_record(const struct estimate *e, size_t k)
{
	const struct estimate_model *mod = &e->model[k];
	json_t *r = json_object(), *cov = json_array();
	size_t i;

	for (i = 0; i < e->config.ncov; i++)
		json_array_append_new(cov, json_string(e->config.covariates[i]));
	json_object_set_new(r, "type", json_string("isolation_model"));
	json_object_set_new(r, "indicator", json_string(
	    isolation_indicator_names[e->config.indicator[k]]));
	json_object_set_new(r, "method", json_string(
	    method_name(e->config.method)));
	json_object_set_new(r, "level", json_string(
	    area_level_name(e->config.level)));
	json_object_set_new(r, "covariates", cov);
	json_object_set_new(r, "beta", coefficients(e, mod->fit.beta, 1, 0));
	json_object_set_new(r, "beta_se", coefficients(e, mod->fit.cov,
	    e->config.ncov + 2, 1));
	json_object_set_new(r, "sigma2_u", json_real(mod->fit.sigma2_u));
	json_object_set_new(r, "iterations", json_integer(mod->fit.iterations));
	json_object_set_new(r, "converged", json_true());
	json_object_set_new(r, "areas_in_sample", json_integer(
	    (json_int_t)mod->in_sample));
	json_object_set_new(r, "areas_out_of_sample", json_integer(
	    (json_int_t)mod->out_of_sample));
	json_object_set_new(r, "areas_direct_only", json_integer(
	    (json_int_t)mod->direct_only));
	json_object_set_new(r, "clipped", json_integer(
	    (json_int_t)mod->clipped));
	json_object_set_new(r, "mean_share", json_real(mod->pbar));
	json_object_set_new(r, "benchmark", mod->benchmark != NULL ?
	    json_incref(mod->benchmark) : json_null());
	return r;
}

/* shares.<indicator> of an area: the estimate, its interval and MSE,
 * and what it was made of. */
static json_t *
share_object(const struct estimate *e, const struct estimate_area *a,
    size_t k)
{
	const struct estimate_result *r = &a->result[k];
	double y = NAN, psi = NAN, share = NAN, lo = NAN, hi = NAN;
	json_t *o = json_object();
	int known = direct_of(&a->cell[k], e->model[k].pbar, &y, &psi);

	if (isfinite(r->est))
		fh_share_interval(r->est, r->mse, PROPORTION_Z95, &share, &lo,
		    &hi);
	json_object_set_new(o, "share", real_or_null(share));
	json_object_set_new(o, "low", real_or_null(lo));
	json_object_set_new(o, "high", real_or_null(hi));
	json_object_set_new(o, "mse", real_or_null(r->mse));
	json_object_set_new(o, "direct", real_or_null(y));
	json_object_set_new(o, "direct_var", real_or_null(psi));
	json_object_set_new(o, "gamma", a->has_record && known ?
	    json_real(r->gamma) : json_null());
	json_object_set_new(o, "n", json_integer((json_int_t)a->cell[k].n));
	json_object_set_new(o, "clipped", json_boolean(r->clipped));
	return o;
}

static json_t *
area_record(const struct estimate *e, const struct estimate_area *a)
{
	json_t *r = json_object(), *shares = json_object();
	double w = exactsum_value(&a->w);
	size_t k;

	json_object_set_new(r, "type", json_string("isolation"));
	json_object_set_new(r, "area", json_string(a->code));
	json_object_set_new(r, "method", json_string(a->has_record ?
	    "fay-herriot" : "direct"));
	json_object_set_new(r, "n", json_integer((json_int_t)a->n));
	json_object_set_new(r, "weight_sum", json_real(w));
	json_object_set_new(r, "n_eff", json_real(kish_n_eff(w,
	    exactsum_value(&a->w2))));
	if (a->population >= 0)
		json_object_set_new(r, "population",
		    json_integer(a->population));
	json_object_set_new(r, "suppressed", json_false());
	for (k = 0; k < e->config.nind; k++)
		json_object_set_new(shares, isolation_indicator_names[
		    e->config.indicator[k]], share_object(e, a, k));
	json_object_set_new(r, "shares", shares);
	return r;
}

void
estimate_write(const struct estimate *e)
{
	json_t *r;
	size_t i;

	for (i = 0; i < e->config.nind; i++) {
		r = model_record(e, i);
		out_json(r);
		json_decref(r);
	}
	for (i = 0; i < e->n; i++) {
		r = area_record(e, &e->area[i]);
		out_json(r);
		json_decref(r);
	}
}
