/*
 * equalshares: the Method of Equal Shares and its completions, exact
 * (see equalshares.h for the method, the completions and the sources).
 *
 * One run keeps every group's budget as a double f[g] with a bound
 * ferr[g] on |f[g] - exact|.  A decision is taken in
 * floating point only when its margin exceeds the error bounds; else the
 * exact budgets (GMP rationals q[g]) are brought up to date by replaying
 * the run's winners so far exactly, the doubles are set from them (their
 * bounds fall back to one rounding) and the decision is taken exactly.  So the
 * outcome is the exact one, and exact arithmetic is paid for only where
 * two values are too close to call.
 *
 * Projects wait in a heap keyed by a lower bound of their rho / cost:
 * budgets only fall within a run, so rho / cost only rises and a bound
 * once true stays true; a round evaluates projects in key order until the
 * next key exceeds the best value found (the lazy evaluation of the
 * reference code).  Only the winner's supporters' budgets change.
 */
#include <float.h>
#include <gmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "advice/equalshares.h"
#include "core/err.h"

const char *const es_completion_names[] = {
	"add1", "add1u", "add1-nostop", "add1-exact", "none", NULL
};

/* Twice the relative error of one rounding: the error bounds below are
 * sums of such terms, each counted at least twice over. */
#define EPS DBL_EPSILON

/* A payment found in floating point: rho within err of the exact one;
 * exact when it was found in rationals (then not certified for the float
 * charge); equal when all nvoters supporters with money pay the same,
 * so that rho / cost is exactly 1 / nvoters. */
struct pay {
	double rho, err;
	int exact, equal;
	uint64_t nvoters;
};

struct es {
	const struct es_problem *p;
	size_t ng;
	uint64_t *count;	/* voters in group g */
	size_t *gstart, *gproj;	/* group g's ballot */
	size_t *sstart, *sgroup; /* project j's supporter groups */
	uint64_t *approvals;	/* voters approving project j */
	size_t napproved;	/* projects with cost and approvals */
	size_t *scratch;	/* ballots, each sorted (setup only) */

	/* one run */
	double e, *f, *ferr;
	size_t *live, *nlive;	/* j's groups with money: live[sstart[j]..] */
	size_t *heap, nheap;
	double *key;		/* lower bound of j's rho / cost */
	size_t *back;		/* evaluated this round, back to the heap */
	size_t *hist, nhist;	/* the run's winners so far */

	/* the exact state: q[g] after hist[0 .. qdone - 1] */
	mpq_t qe, *q, qrho[2], t, u, money;
	int qfresh;		/* q[] holds this run's state */
	size_t qdone;
	struct fgroup { double f; size_t g; } *fs;
};

/* Zeroed memory for n items. */
static void *
zalloc(size_t n, size_t size)
{
	void *v = xreallocarray(NULL, n + 1, size);

	memset(v, 0, (n + 1) * size);
	return v;
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

/* ---- setup: groups of equal ballots, supporters of each project ---- */

static const struct es *sort_es;

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
	return 0;
}

static int
size_cmp(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;

	return a < b ? -1 : a > b;
}

/* Sorts each ballot into scratch; -1 if one repeats or names no project. */
static int
sort_ballots(struct es *e)
{
	const struct es_problem *p = e->p;
	size_t v, i, nb = p->start[p->nvoters];

	e->scratch = zalloc(nb, sizeof(size_t));
	memcpy(e->scratch, p->ballot, nb * sizeof(size_t));
	for (v = 0; v < p->nvoters; v++) {
		qsort(e->scratch + p->start[v], p->start[v + 1] -
		    p->start[v], sizeof(size_t), size_cmp);
		for (i = p->start[v]; i < p->start[v + 1]; i++)
			if (e->scratch[i] >= p->nprojects || (i >
			    p->start[v] && e->scratch[i] == e->scratch[i - 1]))
				return -1;
	}
	return 0;
}

/* Groups the voters by ballot: count, gstart, gproj. */
static void
group_voters(struct es *e)
{
	const struct es_problem *p = e->p;
	size_t nv = p->nvoters, *order = zalloc(nv, sizeof(size_t));
	size_t g, k, i, j, v;

	for (v = 0; v < nv; v++)
		order[v] = v;
	sort_es = e;
	qsort(order, nv, sizeof(size_t), ballot_cmp);
	e->count = zalloc(nv, sizeof(uint64_t));
	e->gstart = zalloc(nv + 1, sizeof(size_t));
	e->gproj = zalloc(p->start[nv], sizeof(size_t));
	for (g = k = i = 0; i < nv; i++) {
		v = order[i];
		if (i == 0 || ballot_cmp(&order[i - 1], &order[i]) != 0) {
			e->gstart[g++] = k;
			for (j = p->start[v]; j < p->start[v + 1]; j++)
				e->gproj[k++] = e->scratch[j];
		}
		e->count[g - 1]++;
	}
	e->gstart[g] = k;
	e->ng = g;
	free(order);
}

/* Indexes each project's supporter groups and approvals. */
static void
index_supporters(struct es *e)
{
	size_t np = e->p->nprojects, k = e->gstart[e->ng], *fill, i, j, g;

	e->sstart = zalloc(np + 1, sizeof(size_t));
	e->sgroup = zalloc(k, sizeof(size_t));
	e->approvals = zalloc(np, sizeof(uint64_t));
	for (i = 0; i < k; i++)
		e->sstart[e->gproj[i] + 1]++;
	for (j = 0; j < np; j++)
		e->sstart[j + 1] += e->sstart[j];
	fill = zalloc(np, sizeof(size_t));
	for (g = 0; g < e->ng; g++)
		for (i = e->gstart[g]; i < e->gstart[g + 1]; i++) {
			j = e->gproj[i];
			e->sgroup[e->sstart[j] + fill[j]++] = g;
			e->approvals[j] += e->count[g];
		}
	free(fill);
	for (j = 0; j < np; j++)
		if (e->p->cost[j] > 0 && e->approvals[j] > 0)
			e->napproved++;
}

static int
es_setup(struct es *e, const struct es_problem *p)
{
	size_t np = p->nprojects, g;

	memset(e, 0, sizeof(*e));
	e->p = p;
	if (sort_ballots(e) == -1)
		return -1;
	group_voters(e);
	index_supporters(e);
	e->f = zalloc(e->ng, sizeof(double));
	e->ferr = zalloc(e->ng, sizeof(double));
	e->live = zalloc(e->gstart[e->ng], sizeof(size_t));
	e->nlive = zalloc(np, sizeof(size_t));
	e->heap = zalloc(np, sizeof(size_t));
	e->key = zalloc(np, sizeof(double));
	e->back = zalloc(np, sizeof(size_t));
	e->hist = zalloc(np, sizeof(size_t));
	e->fs = zalloc(e->ng, sizeof(struct fgroup));
	e->q = zalloc(e->ng, sizeof(mpq_t));
	for (g = 0; g < e->ng; g++)
		mpq_init(e->q[g]);
	mpq_inits(e->qe, e->qrho[0], e->qrho[1], e->t, e->u, e->money, NULL);
	return 0;
}

static void
es_free(struct es *e)
{
	size_t g;

	if (e->q != NULL) {
		for (g = 0; g < e->ng; g++)
			mpq_clear(e->q[g]);
		mpq_clears(e->qe, e->qrho[0], e->qrho[1], e->t, e->u,
		    e->money, NULL);
	}
	free(e->scratch);
	free(e->count);
	free(e->gstart);
	free(e->gproj);
	free(e->sstart);
	free(e->sgroup);
	free(e->approvals);
	free(e->f);
	free(e->ferr);
	free(e->live);
	free(e->nlive);
	free(e->heap);
	free(e->key);
	free(e->back);
	free(e->hist);
	free(e->fs);
	free(e->q);
}

/* ---- the exact path ---- */

static int
fgroup_cmp(const void *x, const void *y)
{
	const struct fgroup *a = x, *b = y;

	return a->f < b->f ? -1 : a->f > b->f;
}

/*
 * j's supporters with money, in exact ascending order of budget, into
 * e->fs; their count.  Sorted by their doubles first, then put right in
 * rationals by insertion (the doubles are within a rounding, so little
 * moves).
 */
static size_t
exact_sorted_supporters(struct es *e, size_t j)
{
	size_t i, k, n = 0, g;
	struct fgroup x;

	for (i = e->sstart[j]; i < e->sstart[j + 1]; i++) {
		g = e->sgroup[i];
		if (mpq_sgn(e->q[g]) > 0) {
			e->fs[n].f = mpq_get_d(e->q[g]);
			e->fs[n++].g = g;
		}
	}
	qsort(e->fs, n, sizeof(e->fs[0]), fgroup_cmp);
	for (i = 1; i < n; i++)
		for (k = i; k > 0 && mpq_cmp(e->q[e->fs[k - 1].g],
		    e->q[e->fs[k].g]) > 0; k--) {
			x = e->fs[k];
			e->fs[k] = e->fs[k - 1];
			e->fs[k - 1] = x;
		}
	return n;
}

/*
 * The exact payment rho of project j from q[]: 0 when its supporters
 * hold less than its cost.  In ascending order of budget, a supporter who
 * holds less than the equal part of what is left pays all he has.
 */
static int
exact_pay(struct es *e, size_t j, mpq_t rho)
{
	size_t n = exact_sorted_supporters(e, j), i;
	uint64_t rich = 0;

	mpq_set_ui(e->money, 0, 1);
	for (i = 0; i < n; i++) {
		mpq_set_ui(e->t, e->count[e->fs[i].g], 1);
		mpq_mul(e->t, e->t, e->q[e->fs[i].g]);
		mpq_add(e->money, e->money, e->t);
		rich += e->count[e->fs[i].g];
	}
	mpq_set_si(e->u, e->p->cost[j], 1);
	if (mpq_cmp(e->money, e->u) < 0)
		return 0;
	/* e->u: what is left to pay; rich: voters not yet paying all */
	for (i = 0; i < n; i++) {
		mpq_set_ui(e->t, rich, 1);
		mpq_div(rho, e->u, e->t);
		if (mpq_cmp(rho, e->q[e->fs[i].g]) <= 0)
			return 1;
		mpq_set_ui(e->t, e->count[e->fs[i].g], 1);
		mpq_mul(e->t, e->t, e->q[e->fs[i].g]);
		mpq_sub(e->u, e->u, e->t);
		rich -= e->count[e->fs[i].g];
	}
	BUG("equal shares: money enough but no one pays the rest");
}

/* Every supporter of w pays min(what it holds, rho), exactly. */
static void
exact_charge(struct es *e, size_t w, const mpq_t rho)
{
	size_t i, g;

	for (i = e->sstart[w]; i < e->sstart[w + 1]; i++) {
		g = e->sgroup[i];
		if (mpq_cmp(e->q[g], rho) <= 0)
			mpq_set_ui(e->q[g], 0, 1);
		else
			mpq_sub(e->q[g], e->q[g], rho);
	}
}

/* Brings q[] up to the run's winners so far and sets the doubles from
 * it, which leaves them within one rounding. */
static void
exact_sync(struct es *e)
{
	size_t g;

	if (!e->qfresh) {
		for (g = 0; g < e->ng; g++)
			mpq_set(e->q[g], e->qe);
		e->qdone = 0;
		e->qfresh = 1;
	}
	if (e->qdone == e->nhist)
		return;
	for (; e->qdone < e->nhist; e->qdone++) {
		if (!exact_pay(e, e->hist[e->qdone], e->qrho[0]))
			BUG("equal shares: a winner was not affordable");
		exact_charge(e, e->hist[e->qdone], e->qrho[0]);
	}
	for (g = 0; g < e->ng; g++) {
		e->f[g] = mpq_get_d(e->q[g]);
		if (e->f[g] == 0 && mpq_sgn(e->q[g]) > 0)
			e->f[g] = DBL_MIN;
		e->ferr[g] = EPS * e->f[g];
	}
}

/* ---- the floating-point filter ---- */

/* Drops j's groups that have paid all they had; the money of the rest
 * in *money, the bound of its error from their budgets' in *err, their
 * voters in *nvoters; how many groups are left. */
static size_t
live_supporters(struct es *e, size_t j, double *money, double *err,
    uint64_t *nvoters)
{
	size_t *L = e->live + e->sstart[j], n = e->nlive[j], i, k, g;

	*money = *err = 0;
	*nvoters = 0;
	for (i = k = 0; i < n; i++)
		if (e->f[g = L[i]] > 0) {
			L[k++] = g;
			*money += (double)e->count[g] * e->f[g];
			*err += (double)e->count[g] * e->ferr[g];
			*nvoters += e->count[g];
		}
	return e->nlive[j] = k;
}

/* Are the poor L[0 .. lo - 1] below rho and the rich above it by more
 * than the errors of both?  Then the exact choice is this one. */
static int
certified(const struct es *e, const size_t *L, size_t n, size_t lo,
    const struct pay *py)
{
	size_t i, g;

	for (i = 0; i < n; i++) {
		g = L[i];
		if (i < lo ? e->f[g] + e->ferr[g] >= py->rho - py->err :
		    e->f[g] - e->ferr[g] <= py->rho + py->err)
			return 0;
	}
	return 1;
}

/*
 * Splits L[lo .. n - 1] by budget below rho, the poor first, until no
 * one is below the equal part of what is left; after three passes the
 * rest is sorted and walked once.  *lo, *paid and *rich follow.
 */
static double
float_rho(struct es *e, size_t *L, size_t n, double c, size_t *lo,
    double *paid, uint64_t *rich)
{
	double rho;
	size_t i, x;
	int pass, moved;

	for (pass = 0; *rich > 0; pass++) {
		rho = (c - *paid) / (double)*rich;
		if (pass == 3) {
			for (i = *lo; i < n; i++) {
				e->fs[i - *lo].f = e->f[L[i]];
				e->fs[i - *lo].g = L[i];
			}
			qsort(e->fs, n - *lo, sizeof(e->fs[0]), fgroup_cmp);
			for (i = *lo; i < n; i++)
				L[i] = e->fs[i - *lo].g;
		}
		for (moved = 0, i = *lo; i < n && *rich > 0; i++) {
			if (e->f[L[i]] >= rho) {
				if (pass == 3)
					break;
				continue;
			}
			*paid += (double)e->count[L[i]] * e->f[L[i]];
			*rich -= e->count[L[i]];
			x = L[i], L[i] = L[*lo], L[(*lo)++] = x;
			moved = 1;
			if (pass == 3)
				rho = (c - *paid) / (double)*rich;
		}
		if (!moved || pass == 3)
			return rho;
	}
	return 0;
}

/*
 * j's payment in floating point: 1 with *py certified (the float choice
 * of who pays all is the exact one, rho within py->err), 0 unaffordable
 * for certain, -1 too close to call.
 */
static int
float_pay(struct es *e, size_t j, struct pay *py)
{
	size_t *L = e->live + e->sstart[j], n, lo = 0, i;
	double c = (double)e->p->cost[j], money, paid = 0, err, perr = 0;
	uint64_t all, rich;

	n = live_supporters(e, j, &money, &err, &all);
	err += (double)(n + 2) * EPS * money;
	if (money + err < c)
		return 0;
	if (money - err < c)
		return -1;
	rich = all;
	py->rho = float_rho(e, L, n, c, &lo, &paid, &rich);
	if (rich == 0)
		return -1;
	for (i = 0; i < lo; i++)
		perr += (double)e->count[L[i]] * e->ferr[L[i]];
	py->err = 2 * ((perr + (double)(lo + 2) * EPS * (paid + c)) /
	    (double)rich + EPS * py->rho);
	py->exact = 0;
	py->equal = lo == 0;
	py->nvoters = all;
	return certified(e, L, n, lo, py) ? 1 : -1;
}

/* j's payment, in floating point where it can be certified, else exactly;
 * 0 when j is no longer affordable. */
static int
evaluate(struct es *e, size_t j, struct pay *py)
{
	int r = float_pay(e, j, py);

	if (r >= 0)
		return r;
	exact_sync(e);
	if (!exact_pay(e, j, e->qrho[0]))
		return 0;
	py->rho = mpq_get_d(e->qrho[0]);
	py->err = EPS * py->rho;
	py->exact = 1;
	py->equal = 0;
	return 1;
}

/* Is project a better than b at the same rho / cost? */
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

static double
alpha_hi(const struct es *e, size_t j, const struct pay *py)
{
	return (py->rho + py->err) / (double)e->p->cost[j] * (1 + EPS);
}

static double
alpha_lo(const struct es *e, size_t j, const struct pay *py)
{
	return (py->rho - py->err) / (double)e->p->cost[j] * (1 - EPS);
}

/* Does a (payment pa) beat b (pb)?  Exactly when the bounds overlap. */
static int
better(struct es *e, size_t a, const struct pay *pa, size_t b,
    const struct pay *pb)
{
	int c;

	if (alpha_hi(e, a, pa) < alpha_lo(e, b, pb))
		return 1;
	if (alpha_lo(e, a, pa) > alpha_hi(e, b, pb))
		return 0;
	/* 1 / n against 1 / m: no rounding to fear */
	if (pa->equal && pb->equal)
		return pa->nvoters > pb->nvoters || (pa->nvoters ==
		    pb->nvoters && tie_better(e, a, b));
	exact_sync(e);
	if (!exact_pay(e, a, e->qrho[0]) || !exact_pay(e, b, e->qrho[1]))
		BUG("equal shares: an affordable project is not");
	/* rho_a / cost_a against rho_b / cost_b */
	mpq_set_si(e->t, e->p->cost[b], 1);
	mpq_mul(e->qrho[0], e->qrho[0], e->t);
	mpq_set_si(e->t, e->p->cost[a], 1);
	mpq_mul(e->qrho[1], e->qrho[1], e->t);
	c = mpq_cmp(e->qrho[0], e->qrho[1]);
	return c < 0 || (c == 0 && tie_better(e, a, b));
}

/* ---- the heap of projects by key ---- */

static int
key_less(const struct es *e, size_t a, size_t b)
{
	return e->key[a] < e->key[b] || (e->key[a] == e->key[b] && a < b);
}

static void
heap_push(struct es *e, size_t j)
{
	size_t i = e->nheap++, up;

	while (i > 0 && key_less(e, j, e->heap[up = (i - 1) / 2])) {
		e->heap[i] = e->heap[up];
		i = up;
	}
	e->heap[i] = j;
}

static size_t
heap_pop(struct es *e)
{
	size_t top = e->heap[0], last = e->heap[--e->nheap], i = 0, c;

	while ((c = 2 * i + 1) < e->nheap) {
		if (c + 1 < e->nheap && key_less(e, e->heap[c + 1],
		    e->heap[c]))
			c++;
		if (!key_less(e, e->heap[c], last))
			break;
		e->heap[i] = e->heap[c];
		i = c;
	}
	if (e->nheap > 0)
		e->heap[i] = last;
	return top;
}

/* ---- one run ---- */

/* The project this round funds, its payment in *best_pay; -1: none. */
static long
pick(struct es *e, struct pay *bp)
{
	struct pay py = { 0, 0, 0, 0, 0 };
	size_t nback = 0, j, i;
	long best = -1;

	while (e->nheap > 0) {
		j = e->heap[0];
		if (best >= 0 && e->key[j] > alpha_hi(e, (size_t)best, bp))
			break;
		heap_pop(e);
		if (!evaluate(e, j, &py))
			continue;	/* never again this run */
		e->key[j] = alpha_lo(e, j, &py);
		if (best < 0 || better(e, j, &py, (size_t)best, bp)) {
			if (best >= 0)
				e->back[nback++] = (size_t)best;
			best = (long)j;
			*bp = py;
		} else
			e->back[nback++] = j;
	}
	for (i = 0; i < nback; i++)
		heap_push(e, e->back[i]);
	return best;
}

/* Every live supporter of w pays min(f, rho) in floating point: the
 * payment is certified, so who pays all is as in exact arithmetic. */
static void
float_charge(struct es *e, size_t w, const struct pay *py)
{
	size_t *L = e->live + e->sstart[w], i, g;

	for (i = 0; i < e->nlive[w]; i++) {
		g = L[i];
		if (e->f[g] < py->rho) {
			e->f[g] = 0;
			e->ferr[g] = 0;
		} else {
			e->f[g] -= py->rho;
			e->ferr[g] += py->err + EPS * e->f[g];
		}
	}
}

/* Starts a run at endowment q (cents per voter). */
static void
run_start(struct es *e, const mpq_t q)
{
	size_t j, g;

	mpq_set(e->qe, q);
	e->qfresh = 0;
	e->e = mpq_get_d(q);
	for (g = 0; g < e->ng; g++) {
		e->f[g] = e->e;
		e->ferr[g] = EPS * e->e;
	}
	memcpy(e->live, e->sgroup, e->gstart[e->ng] * sizeof(size_t));
	e->nheap = e->nhist = 0;
	for (j = 0; j < e->p->nprojects; j++) {
		e->nlive[j] = e->sstart[j + 1] - e->sstart[j];
		if (e->p->cost[j] <= 0 || e->approvals[j] == 0 || e->e <= 0)
			continue;
		/* all pay equally at first: rho / cost = 1 / approvals */
		e->key[j] = 1 / (double)e->approvals[j] * (1 - 4 * EPS);
		heap_push(e, j);
	}
}

/* One run at endowment q: the winners in order into w, their number. */
static size_t
run(struct es *e, const mpq_t q, size_t *w)
{
	struct pay py = { 0, 0, 0, 0, 0 };
	long best;

	run_start(e, q);
	while ((best = pick(e, &py)) >= 0) {
		e->hist[e->nhist++] = (size_t)best;
		if (py.exact)
			exact_sync(e);
		else
			float_charge(e, (size_t)best, &py);
	}
	memcpy(w, e->hist, e->nhist * sizeof(size_t));
	return e->nhist;
}

/* ---- the completions ---- */

static int64_t
total_cost(const struct es_problem *p, const size_t *w, size_t n)
{
	int64_t sum = 0;
	size_t i;

	for (i = 0; i < n; i++)
		sum += p->cost[w[i]];
	return sum;
}

/* No project left out (with approved_only, no approved one) still fits. */
static int
exhaustive(const struct es *e, const size_t *w, size_t n, int64_t budget,
    int approved_only, char *chosen)
{
	const struct es_problem *p = e->p;
	int64_t left = budget - total_cost(p, w, n);
	size_t j;

	memset(chosen, 0, p->nprojects);
	for (j = 0; j < n; j++)
		chosen[w[j]] = 1;
	for (j = 0; j < p->nprojects; j++)
		if (!chosen[j] && p->cost[j] <= left &&
		    (!approved_only || e->approvals[j] > 0))
			return 0;
	return 1;
}

static const struct es *util_es;

static int
util_cmp(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;

	if (util_es->approvals[a] != util_es->approvals[b])
		return util_es->approvals[a] > util_es->approvals[b] ? -1 : 1;
	return equal_shares_id_cmp(util_es->p->id[a], util_es->p->id[b]);
}

/* Add1u's last step: the projects left out by more approvals, then the
 * lower id, each that still fits (the compute tool's order). */
static void
utilitarian(const struct es *e, int64_t budget, struct es_result *res,
    char *chosen)
{
	const struct es_problem *p = e->p;
	size_t *order = zalloc(p->nprojects, sizeof(size_t)), j, n = 0;
	int64_t used = total_cost(p, res->winners, res->nwinners);

	memset(chosen, 0, p->nprojects);
	for (j = 0; j < res->nwinners; j++)
		chosen[res->winners[j]] = 1;
	for (j = 0; j < p->nprojects; j++)
		if (!chosen[j])
			order[n++] = j;
	util_es = e;
	qsort(order, n, sizeof(size_t), util_cmp);
	for (j = 0; j < n; j++)
		if (p->cost[order[j]] <= budget - used) {
			used += p->cost[order[j]];
			res->winners[res->nwinners++] = order[j];
		}
	free(order);
}

/* The endowment q = the start + k units, as a reduced fraction. */
static void
set_endowment(struct es_result *res, const mpq_t q)
{
	if (mpz_fits_slong_p(mpq_numref(q)) &&
	    mpz_fits_slong_p(mpq_denref(q))) {
		res->endowment_num = mpz_get_si(mpq_numref(q));
		res->endowment_den = mpz_get_si(mpq_denref(q));
	} else
		res->endowment_num = res->endowment_den = 0;
}

/* Where the completion starts: floor(B / n) whole units, or B / n. */
static void
start_endowment(mpq_t q, int64_t budget, const struct es_problem *p,
    int integral, int64_t unit)
{
	int64_t whole = budget / (int64_t)p->nvoters / unit * unit;

	if (integral)
		mpq_set_si(q, whole, 1);
	else {
		mpq_set_si(q, budget, p->nvoters);
		mpq_canonicalize(q);
	}
}

/*
 * The Add1 loop: from the start, one unit per voter at a time, keeping
 * each outcome that fits; ends when every approved project is funded,
 * at an exhaustive outcome unless nostop, or when the next outcome would
 * not fit.
 */
static void
add1(struct es *e, int64_t budget, enum es_completion c, int64_t unit,
    struct es_result *res, size_t *next, char *chosen)
{
	mpq_t q, step;
	size_t n;

	mpq_inits(q, step, NULL);
	start_endowment(q, budget, e->p, c != ES_ADD1_EXACT, unit);
	mpq_set_si(step, unit, 1);
	res->nwinners = run(e, q, res->winners);
	res->runs = 1;
	set_endowment(res, q);
	while (res->nwinners < e->napproved && (c == ES_ADD1_NOSTOP ||
	    !exhaustive(e, res->winners, res->nwinners, budget,
	    c == ES_ADD1_EXACT, chosen))) {
		mpq_add(q, q, step);
		n = run(e, q, next);
		res->runs++;
		if (total_cost(e->p, next, n) > budget)
			break;
		memcpy(res->winners, next, n * sizeof(size_t));
		res->nwinners = n;
		res->steps++;
		set_endowment(res, q);
	}
	mpq_clears(q, step, NULL);
}

int
equal_shares_run(const struct es_problem *p, int64_t budget_cents,
    const struct es_options *opt, struct es_result *res, const char **why)
{
	enum es_completion c = opt != NULL ? opt->completion : ES_ADD1;
	int64_t unit = opt != NULL && opt->unit_cents > 0 ?
	    opt->unit_cents : 100;
	size_t *next;
	char *chosen;
	struct es e;
	size_t j;
	mpq_t q;

	res->nwinners = res->nmethod = 0;
	res->steps = res->runs = 0;
	res->endowment_num = 0;
	res->endowment_den = 1;
	if (p->nvoters == 0) {
		*why = "equal shares needs votes";
		return -1;
	}
	if (es_setup(&e, p) == -1) {
		es_free(&e);
		*why = "a ballot names a project twice or an unknown project";
		return -1;
	}
	next = zalloc(p->nprojects, sizeof(size_t));
	chosen = zalloc(p->nprojects, 1);
	for (j = 0; j < p->nprojects; j++)
		next[j] = j;
	/* the compute tool: when everything fits, one run at B / n */
	if (c == ES_NONE || (c != ES_ADD1_EXACT && total_cost(p, next,
	    p->nprojects) <= budget_cents)) {
		mpq_init(q);
		start_endowment(q, budget_cents, p, 0, unit);
		res->nwinners = run(&e, q, res->winners);
		res->runs = 1;
		set_endowment(res, q);
		mpq_clear(q);
	} else
		add1(&e, budget_cents, c, unit, res, next, chosen);
	res->nmethod = res->nwinners;
	if (c == ES_ADD1U)
		utilitarian(&e, budget_cents, res, chosen);
	free(next);
	free(chosen);
	es_free(&e);
	return 0;
}

int
equal_shares(const struct es_problem *p, int64_t budget_cents, int add1_on,
    size_t *winners, size_t *nwinners, long *add1_steps, const char **why)
{
	struct es_options opt = { add1_on ? ES_ADD1 : ES_NONE, 100 };
	struct es_result res;
	int rc;

	res.winners = winners;
	rc = equal_shares_run(p, budget_cents, &opt, &res, why);
	*nwinners = res.nwinners;
	*add1_steps = res.steps;
	return rc;
}

void
equal_shares_endowment(const struct es_result *res, char *buf, size_t size)
{
	int64_t n = res->endowment_num, d = res->endowment_den;

	if (d == 1)
		snprintf(buf, size, "%lld.%02lld", (long long)(n / 100),
		    (long long)(n % 100));
	else {
		mpq_t q;

		mpq_init(q);
		mpq_set_si(q, n, (unsigned long)d * 100);
		mpq_canonicalize(q);
		gmp_snprintf(buf, size, "%Qd", q);
		mpq_clear(q);
	}
}
