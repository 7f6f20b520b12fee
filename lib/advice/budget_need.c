/*
 * budget_need: the rules need and proportional (budget.h), over what each
 * request claims: the cells (area, form) of known need that it names, in
 * tenths of a resident, compared and shared in exact fractions.
 */
#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "advice/budget_input.h"
#include "advice/equalshares.h"
#include "core/err.h"

unsigned
budget_claimed_forms(const struct request *r)
{
	return r->forms_named ? r->forms : (1u << FORM_COUNT) - 1;
}

/* x in tenths of a resident, the unit the need rules count in (needs are
 * whole residents, supply is rounded to 0.1, capacity is bounded). */
static int64_t
tenths(double x)
{
	return (int64_t)llround(x * 10);
}

/* One cell a request claims: area index * FORM_COUNT + form, and the
 * request's capacity share it gets, 1 / part. */
struct claim {
	size_t cell;
	long part;
};

/*
 * What every request claims: request i's claims are claim[start[i] ..
 * start[i + 1]); gap[c] is cell c's need minus supply (never below 0),
 * in tenths; nclaims[c] how many requests claim it.
 */
struct claims {
	struct claim *claim;
	size_t n, cap;
	size_t *start;
	int64_t *gap;
	size_t *nclaims;
	size_t ncells;
};

/* The forms of mask that area a knows the need of. */
static unsigned
known_forms(const struct area *a, unsigned mask)
{
	unsigned known = 0;
	int f;

	for (f = 0; f < FORM_COUNT; f++)
		if ((mask & 1u << f) && !isnan(a->form_need[f]))
			known |= 1u << f;
	return known;
}

static int
nbits(unsigned x)
{
	int n = 0;

	for (; x != 0; x &= x - 1)
		n++;
	return n;
}

/* Request r's claims in area a, its capacity shared by the r->nareas
 * areas and, within a, by the known forms it claims there. */
static void
claim_area(struct claims *cl, const struct budget_input *b,
    const struct request *r, const struct area *a)
{
	unsigned known = known_forms(a, budget_claimed_forms(r));
	long part = (long)r->nareas * nbits(known);
	int f;

	for (f = 0; f < FORM_COUNT; f++) {
		if (!(known & 1u << f))
			continue;
		XGROW(cl->claim, cl->n, cl->cap);
		cl->claim[cl->n].cell = (size_t)(a - b->area) * FORM_COUNT +
		    (size_t)f;
		cl->claim[cl->n++].part = part;
		cl->nclaims[cl->claim[cl->n - 1].cell]++;
	}
}

static void
claims_build(struct claims *cl, const struct budget_input *b)
{
	const struct area *a;
	size_t i, k;
	int f;

	memset(cl, 0, sizeof *cl);
	cl->ncells = b->narea * FORM_COUNT;
	cl->start = xreallocarray(NULL, b->nreq + 1, sizeof *cl->start);
	cl->gap = budget_zeroed(cl->ncells + 1, sizeof *cl->gap);
	cl->nclaims = budget_zeroed(cl->ncells + 1, sizeof *cl->nclaims);
	for (i = 0; i < b->narea; i++)
		for (f = 0; f < FORM_COUNT; f++) {
			a = &b->area[i];
			if (!isnan(a->form_need[f]) && tenths(a->form_need[f]) >
			    tenths(a->form_supply[f]))
				cl->gap[i * FORM_COUNT + (size_t)f] =
				    tenths(a->form_need[f]) -
				    tenths(a->form_supply[f]);
		}
	for (i = 0; i < b->nreq; i++) {
		cl->start[i] = cl->n;
		for (k = 0; k < b->req[i].nareas; k++)
			if ((a = budget_area(b, b->req[i].areas[k])) != NULL)
				claim_area(cl, b, &b->req[i], a);
	}
	cl->start[b->nreq] = cl->n;
}

static void
claims_free(struct claims *cl)
{
	free(cl->claim);
	free(cl->start);
	free(cl->gap);
	free(cl->nclaims);
}

/* ---- need: the largest claimed gap first ---- */

/*
 * The state of the rule need: each request's claimed gap (a bound when
 * stale: capacity funded since lowered it), the capacity added to each
 * cell, the requests claiming each cell (by_cell[cell_start[c] ..
 * cell_start[c + 1])), and a heap of the requests still in the running,
 * the largest bound on top.  Each gap also as a double, a filter for the
 * comparisons: the exact fractions decide only where the doubles are too
 * close to.
 */
struct need_run {
	const struct budget_input *b;
	struct claims cl;
	mpq_t *gap, *added, t;
	double *approx;			/* mpq_get_d of each gap */
	char *stale;
	size_t *cell_start, *by_cell;
	size_t *heap, nheap;
};

/* Request i's gap now: over its claims, max(0, gap - added). */
static void
current_gap(struct need_run *nr, size_t i)
{
	const struct claim *c;
	size_t k;

	mpq_set_ui(nr->gap[i], 0, 1);
	for (k = nr->cl.start[i]; k < nr->cl.start[i + 1]; k++) {
		c = &nr->cl.claim[k];
		mpq_set_si(nr->t, nr->cl.gap[c->cell], 1);
		mpq_sub(nr->t, nr->t, nr->added[c->cell]);
		if (mpq_sgn(nr->t) > 0)
			mpq_add(nr->gap[i], nr->gap[i], nr->t);
	}
	nr->approx[i] = mpq_get_d(nr->gap[i]);
	nr->stale[i] = 0;
}

/*
 * Is gap x surely larger than gap y, from their doubles a and q alone?
 * mpq_get_d truncates: a <= x < a (1 + 2^-52), likewise q and y (gaps
 * are >= 0).  When a > q (1 + 2^-50), rounding of the product included,
 * x >= a > y.
 */
static int
surely_larger(double a, double q)
{
	return a > q * (1 + 0x1p-50);
}

/* Does request i go before j: a larger gap, then the lower amount, then
 * the lower id? */
static int
goes_before(const struct need_run *nr, size_t i, size_t j)
{
	const struct request *r = &nr->b->req[i], *q = &nr->b->req[j];
	int c;

	if (surely_larger(nr->approx[i], nr->approx[j]))
		return 1;
	if (surely_larger(nr->approx[j], nr->approx[i]))
		return 0;
	if ((c = mpq_cmp(nr->gap[i], nr->gap[j])) != 0)
		return c > 0;
	if (r->amount != q->amount)
		return r->amount < q->amount;
	return equal_shares_id_cmp(r->id, q->id) < 0;
}

/* Restores the heap below position k, whose key may have fallen. */
static void
sift_down(struct need_run *nr, size_t k)
{
	size_t c, x;

	for (; (c = 2 * k + 1) < nr->nheap; k = c) {
		if (c + 1 < nr->nheap && goes_before(nr, nr->heap[c + 1],
		    nr->heap[c]))
			c++;
		if (!goes_before(nr, nr->heap[c], nr->heap[k]))
			break;
		x = nr->heap[k];
		nr->heap[k] = nr->heap[c];
		nr->heap[c] = x;
	}
}

static void
heap_pop(struct need_run *nr)
{
	nr->heap[0] = nr->heap[--nr->nheap];
	sift_down(nr, 0);
}

/* The requests claiming each cell, for marking them stale. */
static void
index_cells(struct need_run *nr)
{
	const struct claims *cl = &nr->cl;
	size_t *fill, c, i, k;

	nr->cell_start = budget_zeroed(cl->ncells + 1, sizeof(size_t));
	nr->by_cell = xreallocarray(NULL, cl->n + 1, sizeof(size_t));
	for (c = 0; c < cl->ncells; c++)
		nr->cell_start[c + 1] = nr->cell_start[c] + cl->nclaims[c];
	fill = xreallocarray(NULL, cl->ncells + 1, sizeof(size_t));
	memcpy(fill, nr->cell_start, cl->ncells * sizeof(size_t));
	for (i = 0; i < nr->b->nreq; i++)
		for (k = cl->start[i]; k < cl->start[i + 1]; k++)
			nr->by_cell[fill[cl->claim[k].cell]++] = i;
	free(fill);
}

static void
need_run_init(struct need_run *nr, const struct budget_input *b)
{
	size_t i, k;

	memset(nr, 0, sizeof *nr);
	nr->b = b;
	claims_build(&nr->cl, b);
	index_cells(nr);
	nr->gap = xreallocarray(NULL, b->nreq + 1, sizeof(mpq_t));
	nr->approx = xreallocarray(NULL, b->nreq + 1, sizeof(double));
	nr->added = xreallocarray(NULL, nr->cl.ncells + 1, sizeof(mpq_t));
	nr->stale = budget_zeroed(b->nreq + 1, 1);
	nr->heap = xreallocarray(NULL, b->nreq + 1, sizeof(size_t));
	mpq_init(nr->t);
	for (k = 0; k < nr->cl.ncells; k++)
		mpq_init(nr->added[k]);
	for (i = 0; i < b->nreq; i++) {
		mpq_init(nr->gap[i]);
		current_gap(nr, i);
		if (mpq_sgn(nr->gap[i]) > 0)
			nr->heap[nr->nheap++] = i;
	}
	for (k = nr->nheap / 2; k-- > 0; )
		sift_down(nr, k);
}

static void
need_run_free(struct need_run *nr)
{
	size_t k;

	for (k = 0; k < nr->b->nreq; k++)
		mpq_clear(nr->gap[k]);
	for (k = 0; k < nr->cl.ncells; k++)
		mpq_clear(nr->added[k]);
	mpq_clear(nr->t);
	free(nr->gap);
	free(nr->approx);
	free(nr->added);
	free(nr->stale);
	free(nr->heap);
	free(nr->cell_start);
	free(nr->by_cell);
	claims_free(&nr->cl);
}

/* Funded request i's capacity goes to the cells it claims; the requests
 * claiming them now hold a bound. */
static void
add_capacity(struct need_run *nr, size_t i)
{
	const struct request *r = &nr->b->req[i];
	const struct claim *c;
	size_t k, j;

	if (isnan(r->capacity) || r->capacity <= 0)
		return;
	for (k = nr->cl.start[i]; k < nr->cl.start[i + 1]; k++) {
		c = &nr->cl.claim[k];
		mpq_set_si(nr->t, tenths(r->capacity), (unsigned long)c->part);
		mpq_canonicalize(nr->t);
		mpq_add(nr->added[c->cell], nr->added[c->cell], nr->t);
		for (j = nr->cell_start[c->cell]; j < nr->cell_start[c->cell +
		    1]; j++)
			nr->stale[nr->by_cell[j]] = 1;
	}
}

/*
 * The heap holds bounds: a gap only falls (capacity is only added) and a
 * request that does not fit never will (the money used only grows), so
 * the top, once its gap is fresh, is the request the rule wants.  Every
 * turn funds, drops or refreshes the top, and a refreshed request is
 * fresh until the next funding: the loop ends.
 */
void
budget_rule_need(const struct budget_input *b, int64_t B, int64_t *alloc,
    size_t *order, size_t *norder)
{
	struct need_run nr;
	int64_t used = 0;
	size_t i;

	need_run_init(&nr, b);
	while (nr.nheap > 0) {
		i = nr.heap[0];
		if (b->req[i].amount > B - used)
			heap_pop(&nr);
		else if (nr.stale[i]) {
			current_gap(&nr, i);
			if (mpq_sgn(nr.gap[i]) > 0)
				sift_down(&nr, 0);
			else
				heap_pop(&nr);
		} else {
			heap_pop(&nr);
			alloc[i] = b->req[i].amount;
			used += alloc[i];
			order[(*norder)++] = i;
			add_capacity(&nr, i);
		}
	}
	need_run_free(&nr);
}

/* ---- proportional: the budget split by claimed need ---- */

static const struct budget_input *sort_b;
static mpq_t *sort_q;
static int sort_sign;		/* 1: the smaller q first; -1: the larger */

/* Requests by sort_q, as sort_sign says, then the lower id: by amount per
 * weight (1), or by remainder (-1). */
static int
by_q(const void *x, const void *y)
{
	size_t i = *(const size_t *)x, j = *(const size_t *)y;
	int c = mpq_cmp(sort_q[i], sort_q[j]);

	c = sort_sign * ((c > 0) - (c < 0));	/* mpq_cmp's sign only */
	return c != 0 ? c : equal_shares_id_cmp(sort_b->req[i].id,
	    sort_b->req[j].id);
}

/* Sorts n requests by q (see by_q). */
static void
sort_by(const struct budget_input *b, size_t *idx, size_t n, mpq_t *q,
    int sign)
{
	sort_b = b;
	sort_q = q;
	sort_sign = sign;
	qsort(idx, n, sizeof *idx, by_q);
}

/* Each request's weight: over its claims, the cell's gap shared equally
 * among the requests claiming it; the total in W. */
static void
weigh(const struct budget_input *b, const struct claims *cl, mpq_t *w,
    mpq_t W)
{
	const struct claim *c;
	mpq_t t;
	size_t i, k;

	mpq_init(t);
	mpq_set_ui(W, 0, 1);
	for (i = 0; i < b->nreq; i++) {
		mpq_set_ui(w[i], 0, 1);
		for (k = cl->start[i]; k < cl->start[i + 1]; k++) {
			c = &cl->claim[k];
			mpq_set_si(t, cl->gap[c->cell],
			    (unsigned long)cl->nclaims[c->cell]);
			mpq_canonicalize(t);
			mpq_add(w[i], w[i], t);
		}
		mpq_add(W, W, w[i]);
	}
	mpq_clear(t);
}

/*
 * Funds in full, the lowest amount per weight first, each request whose
 * share of *R by weight is at least what it asks: funding one never
 * lowers R / W for the rest, so those funded are a prefix of that order.
 * Returns how many; R and W are what is left for the others.
 */
static size_t
fund_whole(const struct budget_input *b, mpq_t *w, size_t *cand, size_t m,
    int64_t *R, mpq_t W, int64_t *alloc)
{
	mpq_t lhs, rhs;
	size_t k;

	mpq_inits(lhs, rhs, NULL);
	for (k = 0; k < m; k++) {
		/* amount / w <= R / W, as amount W <= R w */
		mpq_set_si(lhs, b->req[cand[k]].amount, 1);
		mpq_mul(lhs, lhs, W);
		mpq_set_si(rhs, *R, 1);
		mpq_mul(rhs, rhs, w[cand[k]]);
		if (mpq_cmp(lhs, rhs) > 0)
			break;
		alloc[cand[k]] = b->req[cand[k]].amount;
		*R -= alloc[cand[k]];
		mpq_sub(W, W, w[cand[k]]);
	}
	mpq_clears(lhs, rhs, NULL);
	return k;
}

/*
 * Shares R by weight W among cand[0 .. m): whole cents down, then the
 * cents left one each to the largest remainders.  The shares sum to R and
 * each is below what its request asks (else fund_whole would have funded
 * it), so the cents left are fewer than m and a share raised by one cent
 * is still at most what it asks.
 */
static void
share_cents(const struct budget_input *b, mpq_t *w, size_t *cand, size_t m,
    int64_t R, mpq_t W, int64_t *alloc, mpq_t *rem)
{
	mpz_t whole;
	int64_t left = R;
	size_t k;

	mpz_init(whole);
	for (k = 0; k < m; k++) {
		mpq_set_si(rem[cand[k]], R, 1);
		mpq_mul(rem[cand[k]], rem[cand[k]], w[cand[k]]);
		mpq_div(rem[cand[k]], rem[cand[k]], W);
		mpz_fdiv_q(whole, mpq_numref(rem[cand[k]]),
		    mpq_denref(rem[cand[k]]));
		alloc[cand[k]] = mpz_get_si(whole);
		left -= alloc[cand[k]];
		mpz_mul(whole, whole, mpq_denref(rem[cand[k]]));
		mpz_sub(mpq_numref(rem[cand[k]]), mpq_numref(rem[cand[k]]),
		    whole);
		mpq_canonicalize(rem[cand[k]]);
	}
	if (left < 0 || (size_t)left > m)
		BUG("proportional: %lld cents left for %zu requests",
		    (long long)left, m);
	sort_by(b, cand, m, rem, -1);
	for (k = 0; k < (size_t)left; k++)
		if (++alloc[cand[k]] > b->req[cand[k]].amount)
			BUG("proportional: request %s over its amount",
			    b->req[cand[k]].id);
	mpz_clear(whole);
}

void
budget_rule_proportional(const struct budget_input *b, int64_t B,
    int64_t *alloc, size_t *order, size_t *norder)
{
	struct claims cl;
	mpq_t *w = xreallocarray(NULL, b->nreq + 1, sizeof(mpq_t));
	mpq_t *q = xreallocarray(NULL, b->nreq + 1, sizeof(mpq_t)), W;
	size_t *cand = xreallocarray(NULL, b->nreq + 1, sizeof(size_t));
	size_t i, m = 0, whole;
	int64_t R = B;

	claims_build(&cl, b);
	mpq_init(W);
	for (i = 0; i < b->nreq; i++)
		mpq_inits(w[i], q[i], NULL);
	weigh(b, &cl, w, W);
	for (i = 0; i < b->nreq; i++)
		if (mpq_sgn(w[i]) > 0) {
			cand[m++] = i;
			mpq_set_si(q[i], b->req[i].amount, 1);
			mpq_div(q[i], q[i], w[i]);
		}
	sort_by(b, cand, m, q, 1);
	whole = fund_whole(b, w, cand, m, &R, W, alloc);
	if (whole < m)
		share_cents(b, w, cand + whole, m - whole, R, W, alloc, q);
	for (i = 0; i < b->nreq; i++)
		if (alloc[i] > 0)
			order[(*norder)++] = i;
	for (i = 0; i < b->nreq; i++)
		mpq_clears(w[i], q[i], NULL);
	mpq_clear(W);
	free(w);
	free(q);
	free(cand);
	claims_free(&cl);
}

/* ---- the warning: named forms of unknown need ---- */

int
budget_unknown_need(const struct budget_input *b, size_t i, char *err,
    size_t size)
{
	const struct request *r = &b->req[i];
	const struct area *a;
	char list[512];
	size_t k, len = 0, n = 0;
	int f;

	if (!r->forms_named || r->forms == 0)
		return 0;
	list[0] = '\0';
	for (k = 0; k < r->nareas; k++) {
		a = budget_area(b, r->areas[k]);
		for (f = 0; f < FORM_COUNT; f++) {
			if (!(r->forms & 1u << f) || (a != NULL &&
			    !isnan(a->form_need[f])))
				continue;
			if (n++ > 0 && len < sizeof list)
				len += (size_t)snprintf(list + len,
				    sizeof list - len, ", ");
			if (len < sizeof list)
				len += (size_t)snprintf(list + len,
				    sizeof list - len, "%s in %s",
				    isolation_form_name((enum isolation_form)f),
				    r->areas[k]);
		}
	}
	if (n == 0)
		return 0;
	errorf(err, size, "request %s: no known need of %s: the rules need "
	    "and proportional count none of it (measure it, or leave the "
	    "form out of \"forms\")", r->id, list);
	return 1;
}
