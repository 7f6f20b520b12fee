/*
 * budget_rules: the rules greedy and equal-shares, the caps greedy keeps,
 * and the choice of rule (see budget.h; need and proportional are in
 * budget_need.c).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "advice/budget_input.h"
#include "advice/equalshares.h"
#include "core/err.h"

/* Counts approvals; -1 when a vote names an unknown request. */
static int
count_approvals(struct budget_input *b, char *err, size_t size)
{
	size_t i, j;
	long k;

	for (i = 0; i < b->nreq; i++)
		b->req[i].approvals = 0;
	for (i = 0; i < b->nvot; i++)
		for (j = 0; j < b->vot[i].n; j++) {
			if ((k = budget_request_index(b,
			    b->vot[i].approved[j])) < 0)
				return errorf(err, size, "a vote names unknown "
				    "request %s", b->vot[i].approved[j]);
			b->req[k].approvals++;
		}
	return 0;
}

static const struct budget_input *sort_b;

/* greedy: more approvals, then lower amount, then id */
static int
greedy_cmp(const void *x, const void *y)
{
	const struct request *a = &sort_b->req[*(const size_t *)x];
	const struct request *c = &sort_b->req[*(const size_t *)y];

	if (a->approvals != c->approvals)
		return a->approvals > c->approvals ? -1 : 1;
	if (a->amount != c->amount)
		return a->amount < c->amount ? -1 : 1;
	return equal_shares_id_cmp(a->id, c->id);
}

/* The index of name's cap, or -1 when it has none (no cap). */
static long
cap_index(const struct caps *c, const char *name)
{
	unsigned long i;

	if (name == NULL || !strmap_get(&c->ix, name, &i))
		return -1;
	return (long)i;
}

/* What the caps have spent so far, in the order of their cents. */
struct spent {
	int64_t *cat, *nbh;
};

/* Is there room for amt under the cap of name (none: room)? */
static int
under_cap(const struct caps *c, const int64_t *spent, const char *name,
    int64_t amt)
{
	long k = cap_index(c, name);

	return k < 0 || amt <= c->cents[k] - spent[k];
}

static void
spend(const struct caps *c, int64_t *spent, const char *name, int64_t amt)
{
	long k = cap_index(c, name);

	if (k >= 0)
		spent[k] += amt;
}

/* Does r fit under its neighbourhood's cap and every category's? */
static int
fits_caps(const struct budget_input *b, const struct spent *s,
    const struct request *r)
{
	size_t k;

	if (!under_cap(&b->nbh_cap, s->nbh, r->nbh, r->amount))
		return 0;
	for (k = 0; k < r->ncats; k++)
		if (!under_cap(&b->cat_cap, s->cat, r->cats[k], r->amount))
			return 0;
	return 1;
}

/*
 * Greedy's step after the capped pass (b->leftover): in the same order
 * idx, the approved requests not funded get what is left, outside the
 * caps: each that fits whole, or part of the first.
 */
static void
spend_leftover(const struct budget_input *b, const size_t *idx,
    int64_t left, int64_t *alloc, size_t *order, size_t *norder)
{
	const struct request *r;
	size_t i;

	for (i = 0; b->leftover != LEFTOVER_NONE && i < b->nreq &&
	    left > 0; i++) {
		r = &b->req[idx[i]];
		if (alloc[idx[i]] > 0 || r->approvals == 0)
			continue;
		if (b->leftover == LEFTOVER_PARTIAL) {
			alloc[idx[i]] = r->amount < left ? r->amount : left;
			order[(*norder)++] = idx[i];
			return;
		}
		if (r->amount <= left) {
			alloc[idx[i]] = r->amount;
			left -= r->amount;
			order[(*norder)++] = idx[i];
		}
	}
}

static int
rule_greedy(struct budget_input *b, int64_t B, int64_t *alloc, size_t *order,
    size_t *norder, char *err, size_t size)
{
	struct spent s;
	size_t *idx, i, k;
	int64_t used = 0;
	struct request *r;

	if (b->nvot == 0) {
		/* no ballots: the requests' own counts, when all have one */
		for (i = 0; i < b->nreq; i++)
			if (b->req[i].votes < 0)
				return errorf(err, size, "greedy needs votes");
		for (i = 0; i < b->nreq; i++)
			b->req[i].approvals = b->req[i].votes;
	}
	idx = xreallocarray(NULL, b->nreq + 1, sizeof(size_t));
	s.cat = budget_zeroed(b->cat_cap.n + 1, sizeof(int64_t));
	s.nbh = budget_zeroed(b->nbh_cap.n + 1, sizeof(int64_t));
	for (i = 0; i < b->nreq; i++)
		idx[i] = i;
	sort_b = b;
	qsort(idx, b->nreq, sizeof(size_t), greedy_cmp);
	for (i = 0; i < b->nreq; i++) {
		r = &b->req[idx[i]];
		if (r->approvals == 0 || r->amount > B - used ||
		    !fits_caps(b, &s, r))
			continue;
		used += r->amount;
		spend(&b->nbh_cap, s.nbh, r->nbh, r->amount);
		for (k = 0; k < r->ncats; k++)
			spend(&b->cat_cap, s.cat, r->cats[k], r->amount);
		alloc[idx[i]] = r->amount;
		order[(*norder)++] = idx[i];
	}
	spend_leftover(b, idx, B - used, alloc, order, norder);
	free(idx);
	free(s.cat);
	free(s.nbh);
	return 0;
}

static int
rule_equal_shares(struct budget_input *b, int64_t B, int64_t *alloc,
    size_t *order, size_t *norder, char *err, size_t size)
{
	struct es_problem p;
	int64_t *cost = xreallocarray(NULL, b->nreq + 1, sizeof(int64_t));
	const char **ids = xreallocarray(NULL, b->nreq + 1, sizeof(char *));
	size_t *start = xreallocarray(NULL, b->nvot + 1, sizeof(size_t));
	size_t nb = 0, i, j, *ballot;
	struct es_options opt = { b->completion, 100 };
	const char *why;
	int rc;

	for (i = 0; i < b->nvot; i++)
		nb += b->vot[i].n;
	ballot = xreallocarray(NULL, nb + 1, sizeof(size_t));
	for (i = 0; i < b->nreq; i++) {
		cost[i] = b->req[i].amount;
		ids[i] = b->req[i].id;
	}
	for (nb = i = 0; i < b->nvot; i++) {
		start[i] = nb;
		for (j = 0; j < b->vot[i].n; j++)
			ballot[nb++] = (size_t)budget_request_index(b,
			    b->vot[i].approved[j]);
	}
	start[b->nvot] = nb;
	p.nprojects = b->nreq;
	p.cost = cost;
	p.id = ids;
	p.nvoters = b->nvot;
	p.start = start;
	p.ballot = ballot;
	b->es.winners = order;
	rc = equal_shares_run(&p, B, &opt, &b->es, &why);
	*norder = b->es.nwinners;
	b->es.winners = NULL;
	if (rc != 0)
		errorf(err, size, "%s", why);
	for (i = 0; rc == 0 && i < *norder; i++)
		alloc[order[i]] = b->req[order[i]].amount;
	free(cost);
	free(ids);
	free(start);
	free(ballot);
	return rc;
}

static int
any_need(const struct budget_input *b)
{
	size_t i;

	for (i = 0; i < b->narea; i++)
		if (budget_known_need(&b->area[i]))
			return 1;
	return 0;
}

/* What the rule needs that the input does not give; 0 when nothing. */
static int
check_input(struct budget_input *b, enum budget_rule rule, int64_t amount,
    char *err, size_t size)
{
	if (amount < 0)
		return errorf(err, size, "no budget: give --budget or a budget "
		    "record");
	if (count_approvals(b, err, size) == -1)
		return -1;
	if ((rule == BUDGET_NEED || rule == BUDGET_PROPORTIONAL) &&
	    !any_need(b))
		return errorf(err, size, "rule %s needs the need of the areas "
		    "(area and isolation records)", budget_rule_name(rule));
	if (rule == BUDGET_EQUAL_SHARES && b->nvot == 0)
		return errorf(err, size, "rule equal-shares needs votes");
	return 0;
}

int
budget_allocate(struct budget_input *b, enum budget_rule rule,
    int64_t amount, int64_t **allocp, size_t **orderp, size_t *norder,
    char *err, size_t size)
{
	int64_t *alloc;
	size_t *order;
	int rc = 0;

	*allocp = NULL;
	*orderp = NULL;
	*norder = 0;
	memset(&b->es, 0, sizeof b->es);
	if (amount < 0)
		amount = b->budget;
	if (check_input(b, rule, amount, err, size) == -1)
		return -1;
	alloc = budget_zeroed(b->nreq + 1, sizeof(int64_t));
	order = xreallocarray(NULL, b->nreq + 1, sizeof(size_t));
	switch (rule) {
	case BUDGET_NEED:
		budget_rule_need(b, amount, alloc, order, norder);
		break;
	case BUDGET_PROPORTIONAL:
		budget_rule_proportional(b, amount, alloc, order, norder);
		break;
	case BUDGET_GREEDY:
		rc = rule_greedy(b, amount, alloc, order, norder, err, size);
		break;
	case BUDGET_EQUAL_SHARES:
		rc = rule_equal_shares(b, amount, alloc, order, norder, err,
		    size);
		break;
	default:
		BUG("budget rule %d", (int)rule);
	}
	if (rc == -1) {
		free(alloc);
		free(order);
		*norder = 0;
		return -1;
	}
	*allocp = alloc;
	*orderp = order;
	return 0;
}

/* Does every cap of c hold the sum of the allocations under its name? */
static int
cap_holds(const struct budget_input *b, const struct caps *c,
    const int64_t *alloc, int by_category)
{
	int64_t *sum = budget_zeroed(c->n + 1, sizeof(int64_t));
	size_t i, k;
	long j;
	int ok = 1;

	for (i = 0; i < b->nreq; i++) {
		const struct request *r = &b->req[i];

		if (!by_category && (j = cap_index(c, r->nbh)) >= 0)
			sum[j] += alloc[i];
		for (k = 0; by_category && k < r->ncats; k++)
			if ((j = cap_index(c, r->cats[k])) >= 0)
				sum[j] += alloc[i];
	}
	for (i = 0; i < c->n; i++)
		ok &= sum[i] <= c->cents[i];
	free(sum);
	return ok;
}

int
budget_caps_hold(const struct budget_input *b, const int64_t *alloc)
{
	int64_t sum = 0;
	size_t i;

	for (i = 0; i < b->nreq; i++)
		sum += alloc[i];
	if (b->budget >= 0 && sum > b->budget)
		return 0;
	return cap_holds(b, &b->cat_cap, alloc, 1) &&
	    cap_holds(b, &b->nbh_cap, alloc, 0);
}
