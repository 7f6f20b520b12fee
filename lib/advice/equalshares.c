/*
 * equalshares: the Method of Equal Shares with Add1, in exact arithmetic
 * (see equalshares.h for the method and its sources).
 */
#include <stdlib.h>
#include <string.h>

#include "advice/equalshares.h"
#include "num/bigint.h"
#include "core/err.h"

/*
 * All money is kept over one common denominator D: voter group g holds
 * R[g] / D cents each.  D starts at n (so B/n is exact) and is multiplied
 * by the denominator of each payment, reduced; numerators grow with it,
 * in bigints, and no value is ever rounded.
 */
struct es {
	const struct es_problem *p;
	size_t ngroups;
	uint64_t *count;	/* voters in group g */
	size_t *gstart, *gproj;	/* group g's ballot */
	size_t *sstart, *sgroup; /* project j's supporter groups */
	uint64_t *approvals;	/* voters approving project j */
	struct bigint D, *R;
	struct bigint *effn, *effd; /* project j's last effective vote count */
	size_t *scratch;	/* ballots, each sorted */
	size_t *order;		/* projects still in the running */
	char *rich;		/* supporters paying the equal share */
	int overflow;
};

/* Zeroed memory for n items. */
static void *
zalloc(size_t n, size_t size)
{
	void *v;

	if (size != 0 && n > SIZE_MAX / size)
		die("equal shares: out of memory");
	v = xmalloc(n * size);
	memset(v, 0, n * size);
	return v;
}

static uint64_t
gcd64(uint64_t a, uint64_t b)
{
	while (b != 0) {
		uint64_t t = a % b;

		a = b;
		b = t;
	}
	return a;
}

/* Compares the rationals an/ad and bn/bd exactly. */
static int
ratio_cmp(struct es *e, const struct bigint *an, const struct bigint *ad,
    const struct bigint *bn, const struct bigint *bd)
{
	static struct bigint x, y;

	if (bigint_mul(&x, an, bd) == -1 || bigint_mul(&y, bn, ad) == -1)
		e->overflow = 1;
	return bigint_cmp(&x, &y);
}

static int
all_digits(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* Ids compare as numbers when both are digits (Pabulib's are), else as
 * strings. */
int
equal_shares_id_cmp(const char *a, const char *b)
{
	size_t la, lb;

	if (all_digits(a) && all_digits(b)) {
		while (*a == '0' && a[1] != '\0')
			a++;
		while (*b == '0' && b[1] != '\0')
			b++;
		la = strlen(a);
		lb = strlen(b);
		if (la != lb)
			return la < lb ? -1 : 1;
	}
	return strcmp(a, b);
}

static const struct es *sort_es;

static int
same_ballot(const struct es *e, size_t a, size_t b)
{
	const struct es_problem *p = e->p;
	size_t na = p->start[a + 1] - p->start[a];

	return na == p->start[b + 1] - p->start[b] &&
	    memcmp(e->scratch + p->start[a], e->scratch + p->start[b],
	    na * sizeof(size_t)) == 0;
}

static int
ballot_cmp(const void *x, const void *y)
{
	const struct es_problem *p = sort_es->p;
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	size_t na = p->start[a + 1] - p->start[a];
	size_t nb = p->start[b + 1] - p->start[b];
	const size_t *ba = sort_es->scratch + p->start[a];
	const size_t *bb = sort_es->scratch + p->start[b];
	size_t i;

	for (i = 0; i < na && i < nb; i++)
		if (ba[i] != bb[i])
			return ba[i] < bb[i] ? -1 : 1;
	if (na != nb)
		return na < nb ? -1 : 1;
	return a < b ? -1 : a > b;
}

static int
size_cmp(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;

	return a < b ? -1 : a > b;
}

static void
es_free(struct es *e)
{
	free(e->count);
	free(e->gstart);
	free(e->gproj);
	free(e->sstart);
	free(e->sgroup);
	free(e->approvals);
	free(e->R);
	free(e->effn);
	free(e->effd);
	free(e->scratch);
	free(e->order);
	free(e->rich);
}

/* Groups voters by ballot and indexes each project's supporter groups. */
static int
es_setup(struct es *e, const struct es_problem *p, const char **why)
{
	size_t nv = p->nvoters, np = p->nprojects, nb = p->start[nv];
	size_t *order, v, i, j, g, k;

	memset(e, 0, sizeof(*e));
	e->p = p;
	e->scratch = zalloc(nb + 1, sizeof(size_t));
	memcpy(e->scratch, p->ballot, nb * sizeof(size_t));
	for (v = 0; v < nv; v++) {
		qsort(e->scratch + p->start[v], p->start[v + 1] -
		    p->start[v], sizeof(size_t), size_cmp);
		for (i = p->start[v]; i < p->start[v + 1]; i++)
			if (e->scratch[i] >= np || (i > p->start[v] &&
			    e->scratch[i] == e->scratch[i - 1])) {
				*why = "a ballot names a project twice or "
				    "an unknown project";
				return -1;
			}
	}
	order = zalloc(nv + 1, sizeof(size_t));
	for (v = 0; v < nv; v++)
		order[v] = v;
	sort_es = e;
	qsort(order, nv, sizeof(size_t), ballot_cmp);
	e->count = zalloc(nv + 1, sizeof(uint64_t));
	e->gstart = zalloc(nv + 2, sizeof(size_t));
	e->gproj = zalloc(nb + 1, sizeof(size_t));
	for (g = k = i = 0; i < nv; i++) {
		v = order[i];
		if (i == 0 || !same_ballot(e, order[i - 1], v)) {
			e->gstart[g++] = k;
			for (j = p->start[v]; j < p->start[v + 1]; j++)
				e->gproj[k++] = e->scratch[j];
		}
		e->count[g - 1]++;
	}
	e->gstart[g] = k;
	e->ngroups = g;
	free(order);

	/* supporters of each project, as groups */
	e->sstart = zalloc(np + 2, sizeof(size_t));
	e->sgroup = zalloc(k + 1, sizeof(size_t));
	e->approvals = zalloc(np + 1, sizeof(uint64_t));
	for (i = 0; i < k; i++)
		e->sstart[e->gproj[i] + 1]++;
	for (j = 0; j < np; j++)
		e->sstart[j + 1] += e->sstart[j];
	order = zalloc(np + 1, sizeof(size_t));
	for (g = 0; g < e->ngroups; g++)
		for (i = e->gstart[g]; i < e->gstart[g + 1]; i++) {
			j = e->gproj[i];
			e->sgroup[e->sstart[j] + order[j]++] = g;
			e->approvals[j] += e->count[g];
		}
	free(order);
	e->R = zalloc(e->ngroups + 1, sizeof(struct bigint));
	e->effn = zalloc(np + 1, sizeof(struct bigint));
	e->effd = zalloc(np + 1, sizeof(struct bigint));
	e->order = zalloc(np + 1, sizeof(size_t));
	e->rich = zalloc(e->ngroups + 1, 1);
	return 0;
}

static struct es *sort_e;

static int
eff_desc(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	int c = ratio_cmp(sort_e, &sort_e->effn[b], &sort_e->effd[b],
	    &sort_e->effn[a], &sort_e->effd[a]);

	return c != 0 ? c : (a < b ? -1 : a > b);
}

/*
 * The payment for project j: rho = X / (d D), the most one supporter
 * pays when the cost is split as equally as possible; those who cannot
 * pay their part pay all they have.  0 when the supporters together hold
 * less than the cost.  rho is the unique solution of sum min(r_i, rho)
 * = cost, found by dropping supporters below the current equal part
 * until none is (the part only rises as they go, so none comes back).
 */
static int
payment(struct es *e, size_t j, struct bigint *X, uint64_t *d)
{
	static struct bigint target, money, t, paid;
	size_t i, g, lo = e->sstart[j], hi = e->sstart[j + 1];
	uint64_t denom = e->approvals[j], pass;
	int changed;

	if (bigint_mul_small(&target, &e->D, (uint64_t)e->p->cost[j]) == -1)
		e->overflow = 1;
	bigint_set(&money, 0);
	for (i = lo; i < hi; i++) {
		g = e->sgroup[i];
		e->rich[g] = 1;
		if (bigint_mul_small(&t, &e->R[g], e->count[g]) == -1 ||
		    bigint_add(&money, &money, &t) == -1)
			e->overflow = 1;
	}
	if (bigint_cmp(&money, &target) < 0)
		return 0;
	bigint_set(&paid, 0);
	do {
		changed = 0;
		if (bigint_sub(X, &target, &paid) == -1)
			e->overflow = 1;
		/* the share at the start of the pass, X / pass, is a lower
		 * bound of the final one */
		pass = denom;
		for (i = lo; i < hi; i++) {
			g = e->sgroup[i];
			if (!e->rich[g])
				continue;
			/* R/D < X/(pass D) */
			if (bigint_mul_small(&t, &e->R[g], pass) == -1)
				e->overflow = 1;
			if (bigint_cmp(&t, X) < 0) {
				e->rich[g] = 0;
				if (bigint_mul_small(&t, &e->R[g],
				    e->count[g]) == -1 ||
				    bigint_add(&paid, &paid, &t) == -1)
					e->overflow = 1;
				denom -= e->count[g];
				changed = 1;
			}
		}
	} while (changed && denom > 0 && !e->overflow);
	if (bigint_sub(X, &target, &paid) == -1 || denom == 0)
		e->overflow = 1;
	*d = denom;
	return !e->overflow;
}

/* Is project a better than b at the same effective vote count? */
static int
tie_better(const struct es *e, size_t a, size_t b)
{
	const struct es_problem *p = e->p;

	if (p->cost[a] != p->cost[b])
		return p->cost[a] < p->cost[b];
	if (e->approvals[a] != e->approvals[b])
		return e->approvals[a] > e->approvals[b];
	return equal_shares_id_cmp(p->id[a], p->id[b]) < 0;
}

/* Every supporter of project j pays min(what it holds, X / (d D)). */
static void
charge(struct es *e, size_t j, struct bigint *X, uint64_t d)
{
	static struct bigint q;
	uint64_t gd;
	size_t g, i;

	gd = gcd64(bigint_div_small(&q, X, d), d);
	if (gd > 1) {
		bigint_div_small(X, X, gd);
		d /= gd;
	}
	if (d > 1) {
		for (g = 0; g < e->ngroups; g++)
			if (bigint_mul_small(&e->R[g], &e->R[g], d) == -1)
				e->overflow = 1;
		if (bigint_mul_small(&e->D, &e->D, d) == -1)
			e->overflow = 1;
	}
	for (i = e->sstart[j]; i < e->sstart[j + 1]; i++) {
		g = e->sgroup[i];
		if (bigint_cmp(&e->R[g], X) > 0)
			bigint_sub(&e->R[g], &e->R[g], X);
		else
			bigint_set(&e->R[g], 0);
	}
}

/* One run of the method at budget_cents; the winners in choice order. */
static int
es_fixed(struct es *e, int64_t budget_cents, size_t *winners,
    size_t *nwinners)
{
	const struct es_problem *p = e->p;
	size_t np = p->nprojects, nrem = 0, i, j, g, best = 0, nkeep;
	struct bigint X, bX;
	uint64_t d, bd = 1;
	int have, c;

	bigint_set(&e->D, p->nvoters);
	for (g = 0; g < e->ngroups; g++)
		bigint_set(&e->R[g], (uint64_t)budget_cents);
	for (j = 0; j < np; j++)
		if (p->cost[j] > 0 && e->approvals[j] > 0) {
			bigint_set(&e->effn[j], e->approvals[j]);
			bigint_set(&e->effd[j], 1);
			e->order[nrem++] = j;
		}
	*nwinners = 0;
	for (;;) {
		sort_e = e;
		qsort(e->order, nrem, sizeof(size_t), eff_desc);
		have = 0;
		for (i = 0; i < nrem; i++) {
			j = e->order[i];
			/* an effective vote count never rises: none after
			 * this one can beat the best */
			if (have && ratio_cmp(e, &e->effn[j], &e->effd[j],
			    &e->effn[best], &e->effd[best]) < 0)
				break;
			if (!payment(e, j, &X, &d)) {
				e->order[i] = SIZE_MAX;
				continue;
			}
			/* cost / rho = cost d D / X */
			if (bigint_mul_small(&e->effn[j], &e->D,
			    (uint64_t)p->cost[j]) == -1 ||
			    bigint_mul_small(&e->effn[j], &e->effn[j], d) == -1)
				e->overflow = 1;
			e->effd[j] = X;
			c = have ? ratio_cmp(e, &e->effn[j], &e->effd[j],
			    &e->effn[best], &e->effd[best]) : 1;
			if (c > 0 || (c == 0 && tie_better(e, j, best))) {
				have = 1;
				best = j;
				bX = X;
				bd = d;
			}
		}
		if (e->overflow)
			return -1;
		for (i = nkeep = 0; i < nrem; i++)
			if (e->order[i] != SIZE_MAX && e->order[i] != best)
				e->order[nkeep++] = e->order[i];
		if (!have)
			break;
		nrem = nkeep;
		winners[(*nwinners)++] = best;
		charge(e, best, &bX, bd);
		if (e->overflow)
			return -1;
	}
	return 0;
}

static int64_t
total_cost(const struct es_problem *p, const size_t *w, size_t n)
{
	int64_t sum = 0;
	size_t i;

	for (i = 0; i < n; i++)
		sum += p->cost[w[i]];
	return sum;
}

/* No project left out would still fit in the budget. */
static int
exhaustive(const struct es_problem *p, const size_t *w, size_t n,
    int64_t budget_cents, char *chosen)
{
	int64_t used = total_cost(p, w, n);
	size_t j;
	int ok = 1;

	memset(chosen, 0, p->nprojects);
	for (j = 0; j < n; j++)
		chosen[w[j]] = 1;
	for (j = 0; j < p->nprojects && ok; j++)
		if (!chosen[j] && p->cost[j] <= budget_cents - used)
			ok = 0;
	return ok;
}

int
equal_shares(const struct es_problem *p, int64_t budget_cents, int add1,
    size_t *winners, size_t *nwinners, long *add1_steps, const char **why)
{
	struct es e;
	size_t *next, nnext;
	char *chosen;
	int64_t step, cur;
	int rc = 0;

	*add1_steps = 0;
	*nwinners = 0;
	if (p->nvoters == 0) {
		*why = "equal shares needs votes";
		return -1;
	}
	if (es_setup(&e, p, why) == -1) {
		es_free(&e);
		return -1;
	}
	next = zalloc(p->nprojects + 1, sizeof(size_t));
	chosen = zalloc(p->nprojects + 1, 1);
	if (es_fixed(&e, budget_cents, winners, nwinners) == -1)
		goto overflow;
	if (add1) {
		/* the reference implementation's Add1: from the integral
		 * per-voter budget, one euro per voter at a time */
		step = 100 * (int64_t)p->nvoters;
		cur = budget_cents / step * step;
		while (!exhaustive(p, winners, *nwinners, budget_cents,
		    chosen)) {
			if (cur > INT64_MAX - step)
				break;
			cur += step;
			e.overflow = 0;
			if (es_fixed(&e, cur, next, &nnext) == -1)
				goto overflow;
			if (total_cost(p, next, nnext) > budget_cents)
				break;
			memcpy(winners, next, nnext * sizeof(size_t));
			*nwinners = nnext;
			*add1_steps = (cur - budget_cents / step * step) / 100 /
			    (int64_t)p->nvoters;
		}
	}
	goto done;
overflow:
	*why = "equal shares: a rational left the exact range";
	rc = -1;
done:
	free(next);
	free(chosen);
	es_free(&e);
	return rc;
}
