/*
 * es_reference: Equal Shares the slow and obvious way (es_reference.h).
 */
#include <gmp.h>
#include <stdlib.h>
#include <string.h>

#include "es_reference.h"

struct ref {
	const struct es_problem *p;
	mpq_t *b;		/* voter v's budget */
	size_t **sup, *nsup;	/* project j's supporters */
	char *funded;
};

static const mpq_t *cmp_b;

static int
budget_cmp(const void *x, const void *y)
{
	return mpq_cmp(cmp_b[*(const size_t *)x], cmp_b[*(const size_t *)y]);
}

/* rho of project j, or 0 when its supporters hold less than its cost:
 * in ascending order of budget, each supporter pays the equal part of
 * what is left, or all he has when that is less. */
static int
ref_rho(struct ref *r, size_t j, mpq_t rho)
{
	size_t n = r->nsup[j], i, *s = malloc((n + 1) * sizeof(size_t));
	mpq_t left, k, all;
	int ok = 0;

	mpq_inits(left, k, all, NULL);
	memcpy(s, r->sup[j], n * sizeof(size_t));
	for (i = 0; i < n; i++)
		mpq_add(all, all, r->b[s[i]]);
	mpq_set_si(left, r->p->cost[j], 1);
	if (n > 0 && mpq_cmp(all, left) >= 0) {
		cmp_b = (const mpq_t *)r->b;
		qsort(s, n, sizeof(size_t), budget_cmp);
		for (i = 0; i < n; i++) {
			mpq_set_ui(k, n - i, 1);
			mpq_div(rho, left, k);
			if (mpq_cmp(rho, r->b[s[i]]) <= 0)
				break;
			mpq_sub(left, left, r->b[s[i]]);
		}
		ok = 1;
	}
	mpq_clears(left, k, all, NULL);
	free(s);
	return ok;
}

static int
ref_tie_better(const struct ref *r, size_t a, size_t b)
{
	const struct es_problem *p = r->p;

	if (p->cost[a] != p->cost[b])
		return p->cost[a] < p->cost[b];
	if (r->nsup[a] != r->nsup[b])
		return r->nsup[a] > r->nsup[b];
	return equal_shares_id_cmp(p->id[a], p->id[b]) < 0;
}

/* One run at endowment e: the winners in order, their number. */
static size_t
ref_run(struct ref *r, const mpq_t e, size_t *w)
{
	const struct es_problem *p = r->p;
	size_t nw = 0, j, v, i;
	long best;
	mpq_t rho, a, besta, bestrho;
	int c;

	mpq_inits(rho, a, besta, bestrho, NULL);
	for (v = 0; v < p->nvoters; v++)
		mpq_set(r->b[v], e);
	memset(r->funded, 0, p->nprojects);
	for (;;) {
		best = -1;
		for (j = 0; j < p->nprojects; j++) {
			if (r->funded[j] || p->cost[j] <= 0 ||
			    !ref_rho(r, j, rho))
				continue;
			mpq_set_si(a, p->cost[j], 1);
			mpq_div(a, rho, a);
			c = best < 0 ? -1 : mpq_cmp(a, besta);
			if (c < 0 || (c == 0 && ref_tie_better(r, j,
			    (size_t)best))) {
				best = (long)j;
				mpq_set(besta, a);
				mpq_set(bestrho, rho);
			}
		}
		if (best < 0)
			break;
		r->funded[best] = 1;
		w[nw++] = (size_t)best;
		for (i = 0; i < r->nsup[best]; i++) {
			v = r->sup[best][i];
			if (mpq_cmp(r->b[v], bestrho) <= 0)
				mpq_set_ui(r->b[v], 0, 1);
			else
				mpq_sub(r->b[v], r->b[v], bestrho);
		}
	}
	mpq_clears(rho, a, besta, bestrho, NULL);
	return nw;
}

static int64_t
ref_cost(const struct es_problem *p, const size_t *w, size_t n)
{
	int64_t s = 0;

	while (n-- > 0)
		s += p->cost[w[n]];
	return s;
}

/* Does any project outside w (only approved ones, if asked) still fit? */
static int
ref_exhaustive(const struct ref *r, const size_t *w, size_t n,
    int64_t budget, int approved_only)
{
	int64_t left = budget - ref_cost(r->p, w, n);
	size_t j, i;
	int in;

	for (j = 0; j < r->p->nprojects; j++) {
		for (in = 0, i = 0; i < n; i++)
			in |= w[i] == j;
		if (!in && r->p->cost[j] <= left &&
		    (!approved_only || r->nsup[j] > 0))
			return 0;
	}
	return 1;
}

/* Add1u's end: unfunded projects by more approvals, then lower id. */
static void
ref_utilitarian(const struct ref *r, int64_t budget, struct es_result *res)
{
	const struct es_problem *p = r->p;
	int64_t used = ref_cost(p, res->winners, res->nwinners);
	char *in = calloc(p->nprojects + 1, 1);
	size_t i, j;
	long best;

	for (i = 0; i < res->nwinners; i++)
		in[res->winners[i]] = 1;
	for (;;) {
		best = -1;
		for (j = 0; j < p->nprojects; j++)
			if (!in[j] && (best < 0 || r->nsup[j] >
			    r->nsup[best] || (r->nsup[j] == r->nsup[best] &&
			    equal_shares_id_cmp(p->id[j], p->id[best]) < 0)))
				best = (long)j;
		if (best < 0)
			break;
		in[best] = 1;
		if (p->cost[best] <= budget - used) {
			used += p->cost[best];
			res->winners[res->nwinners++] = (size_t)best;
		}
	}
	free(in);
}

static void
ref_setup(struct ref *r, const struct es_problem *p)
{
	size_t v, i, j;

	r->p = p;
	r->b = malloc((p->nvoters + 1) * sizeof(mpq_t));
	for (v = 0; v < p->nvoters; v++)
		mpq_init(r->b[v]);
	r->sup = calloc(p->nprojects + 1, sizeof(size_t *));
	r->nsup = calloc(p->nprojects + 1, sizeof(size_t));
	r->funded = calloc(p->nprojects + 1, 1);
	for (j = 0; j < p->nprojects; j++)
		r->sup[j] = malloc((p->nvoters + 1) * sizeof(size_t));
	for (v = 0; v < p->nvoters; v++)
		for (i = p->start[v]; i < p->start[v + 1]; i++) {
			j = p->ballot[i];
			r->sup[j][r->nsup[j]++] = v;
		}
}

static void
ref_free(struct ref *r)
{
	size_t v, j;

	for (v = 0; v < r->p->nvoters; v++)
		mpq_clear(r->b[v]);
	for (j = 0; j < r->p->nprojects; j++)
		free(r->sup[j]);
	free(r->b);
	free(r->sup);
	free(r->nsup);
	free(r->funded);
}

static void
ref_endowment(struct es_result *res, const mpq_t e)
{
	res->endowment_num = mpz_get_si(mpq_numref(e));
	res->endowment_den = mpz_get_si(mpq_denref(e));
}

/* The Add1 loop as equalshares.net and pabutools describe it. */
static void
ref_add1(struct ref *r, int64_t budget, enum es_completion c, int64_t unit,
    struct es_result *res)
{
	const struct es_problem *p = r->p;
	size_t *next = malloc((p->nprojects + 1) * sizeof(size_t)), n, j;
	size_t napproved = 0;
	mpq_t e, step;

	mpq_inits(e, step, NULL);
	for (j = 0; j < p->nprojects; j++)
		napproved += r->nsup[j] > 0 && p->cost[j] > 0;
	if (c == ES_ADD1_EXACT) {
		mpq_set_si(e, budget, p->nvoters);
		mpq_canonicalize(e);
	} else
		mpq_set_si(e, budget / (int64_t)p->nvoters / unit * unit, 1);
	mpq_set_si(step, unit, 1);
	res->nwinners = ref_run(r, e, res->winners);
	res->runs = 1;
	ref_endowment(res, e);
	while (res->nwinners < napproved) {
		if (c != ES_ADD1_NOSTOP && ref_exhaustive(r, res->winners,
		    res->nwinners, budget, c == ES_ADD1_EXACT))
			break;
		mpq_add(e, e, step);
		n = ref_run(r, e, next);
		res->runs++;
		if (ref_cost(p, next, n) > budget)
			break;
		memcpy(res->winners, next, n * sizeof(size_t));
		res->nwinners = n;
		res->steps++;
		ref_endowment(res, e);
	}
	mpq_clears(e, step, NULL);
	free(next);
}

int
es_reference_run(const struct es_problem *p, int64_t budget,
    const struct es_options *opt, struct es_result *res)
{
	enum es_completion c = opt->completion;
	int64_t unit = opt->unit_cents > 0 ? opt->unit_cents : 100;
	struct ref r;
	size_t j;
	int64_t all = 0;
	mpq_t e;

	res->nwinners = res->nmethod = 0;
	res->steps = res->runs = 0;
	if (p->nvoters == 0)
		return -1;
	ref_setup(&r, p);
	for (j = 0; j < p->nprojects; j++)
		all += p->cost[j];
	if (c == ES_NONE || (c != ES_ADD1_EXACT && all <= budget)) {
		mpq_init(e);
		mpq_set_si(e, budget, p->nvoters);
		mpq_canonicalize(e);
		res->nwinners = ref_run(&r, e, res->winners);
		res->runs = 1;
		ref_endowment(res, e);
		mpq_clear(e);
	} else
		ref_add1(&r, budget, c, unit, res);
	res->nmethod = res->nwinners;
	if (c == ES_ADD1U)
		ref_utilitarian(&r, budget, res);
	ref_free(&r);
	return 0;
}
