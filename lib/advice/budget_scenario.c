/*
 * budget_scenario: an allocation written as allocation records and its
 * scenario record, with what it does for the areas (see budget.h).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "advice/budget_input.h"
#include "base/money.h"
#include "core/err.h"
#include "core/out.h"
#include "num/inequality.h"

/* Four decimals: metrics are read by people and compared in tests. */
static json_t *
real4(double x)
{
	if (isnan(x) || isinf(x))
		return json_null();
	return json_real(round(x * 1e4) / 1e4);
}

static int
voted(enum budget_rule rule)
{
	return rule == BUDGET_GREEDY || rule == BUDGET_EQUAL_SHARES;
}

static void
allocation_record(const struct budget_input *b, enum budget_rule rule,
    size_t i, size_t rank, int64_t amt)
{
	const struct request *r = &b->req[i];
	json_t *o = json_object();

	json_object_set_new(o, "type", json_string("allocation"));
	json_object_set_new(o, "rule", json_string(budget_rule_name(rule)));
	json_object_set_new(o, "rank", json_integer((json_int_t)rank));
	json_object_set_new(o, "request", json_string(r->id));
	if (r->initiative != NULL)
		json_object_set_new(o, "initiative",
		    json_string(r->initiative));
	json_object_set_new(o, "amount", money_to_json(amt));
	json_object_set_new(o, "requested", money_to_json(r->amount));
	json_object_set_new(o, "share", real4((double)amt /
	    (double)r->amount));
	if (voted(rule))
		json_object_set_new(o, "approvals",
		    json_integer(r->approvals));
	out_json(o);
	json_decref(o);
}

static const struct budget_input *sort_b;

static int
iso_desc(const void *x, const void *y)
{
	const struct area *a = &sort_b->area[*(const size_t *)x];
	const struct area *c = &sort_b->area[*(const size_t *)y];
	double ka = isnan(a->isolation) ? a->need : a->isolation;
	double kc = isnan(c->isolation) ? c->need : c->isolation;

	if (ka != kc)
		return ka > kc ? -1 : 1;
	return strcmp(a->code, c->code);
}

/* Money per area in euros: each allocation shared equally among the
 * request's areas (those in the area table). */
static void
money_per_area(const struct budget_input *b, const int64_t *alloc,
    double *m)
{
	size_t i, k;
	struct area *a;

	for (i = 0; i < b->nreq; i++)
		for (k = 0; k < b->req[i].nareas && alloc[i] > 0; k++)
			if ((a = budget_area(b, b->req[i].areas[k])) != NULL)
				m[a - b->area] += (double)alloc[i] / 100 /
				    (double)b->req[i].nareas;
}

/* The areas of known need and what is summed over them, for the
 * scenario's metrics; arrays indexed as the areas of known need. */
struct area_sums {
	size_t *idx, ni;	/* area indices of known need */
	double *money, *need;	/* of each of them */
	double *cb, *ca;	/* coverage before and after, need > 0 */
	size_t m;
	double needsum, covb, cova, minb, mina;
};

/* Room for n areas: the four arrays of doubles in one block. */
static void
sums_init(struct area_sums *s, size_t n)
{
	memset(s, 0, sizeof *s);
	s->idx = xreallocarray(NULL, n + 1, sizeof *s->idx);
	s->money = xreallocarray(NULL, 4 * (n + 1), sizeof *s->money);
	s->need = s->money + (n + 1);
	s->cb = s->need + (n + 1);
	s->ca = s->cb + (n + 1);
	s->minb = s->mina = NAN;
}

static void
sums_free(struct area_sums *s)
{
	free(s->idx);
	free(s->money);
}

/* One area of the "areas" object; its figures added to s. */
static json_t *
area_cell(const struct area *a, size_t i, double added, double money,
    struct area_sums *s)
{
	json_t *cell = json_object();
	double before, after;

	if (budget_known_need(a)) {
		s->idx[s->ni] = i;
		s->money[s->ni] = money;
		s->need[s->ni++] = a->need;
		s->needsum += a->need;
		s->covb += fmin(a->need, a->supply);
		s->cova += fmin(a->need, a->supply + added);
	}
	json_object_set_new(cell, "need", budget_known_need(a) ?
	    real4(a->need) : json_null());
	if (budget_known_need(a) && a->need > 0) {
		before = s->cb[s->m] = a->supply / a->need;
		after = s->ca[s->m++] = (a->supply + added) / a->need;
		if (isnan(s->minb) || before < s->minb)
			s->minb = before;
		if (isnan(s->mina) || after < s->mina)
			s->mina = after;
		json_object_set_new(cell, "before", real4(before));
		json_object_set_new(cell, "after", real4(after));
	} else {
		json_object_set_new(cell, "before", json_null());
		json_object_set_new(cell, "after", json_null());
	}
	json_object_set_new(cell, "money", money_to_json(
	    (int64_t)llround(money * 100)));
	return cell;
}

/* The share of the money used that goes to the most isolated fifth:
 * ceil(n / 5) of the areas of known need. */
static double
isolated_fifth(const struct budget_input *b, struct area_sums *s,
    const double *money, int64_t used)
{
	double iso = 0;
	size_t i, top;

	if (s->ni == 0 || used <= 0)
		return NAN;
	sort_b = b;
	qsort(s->idx, s->ni, sizeof(size_t), iso_desc);
	top = (s->ni + 4) / 5;
	for (i = 0; i < top; i++)
		iso += money[s->idx[i]];
	return iso / ((double)used / 100);
}

static void
scenario_areas(const struct budget_input *b, const int64_t *alloc,
    int64_t used, json_t *o)
{
	size_t n = b->narea, i;
	double *added = budget_zeroed(n + 1, sizeof(double));
	double *money = budget_zeroed(n + 1, sizeof(double));
	json_t *per = json_object();
	struct area_sums s;

	sums_init(&s, n);
	for (i = 0; i < b->nreq; i++)
		if (alloc[i] > 0)
			budget_add_capacity(b, &b->req[i], (double)alloc[i] /
			    (double)b->req[i].amount, added);
	money_per_area(b, alloc, money);
	for (i = 0; i < n; i++)
		json_object_set_new(per, b->area[i].code, area_cell(
		    &b->area[i], i, added[i], money[i], &s));
	json_object_set_new(o, "need_covered_before", real4(s.needsum > 0 ?
	    s.covb / s.needsum : NAN));
	json_object_set_new(o, "need_covered", real4(s.needsum > 0 ?
	    s.cova / s.needsum : NAN));
	json_object_set_new(o, "min_coverage_before", real4(s.minb));
	json_object_set_new(o, "min_coverage", real4(s.mina));
	json_object_set_new(o, "gini_before", real4(s.m > 0 ?
	    gini(s.cb, s.m) : NAN));
	json_object_set_new(o, "gini", real4(s.m > 0 ? gini(s.ca, s.m) : NAN));
	json_object_set_new(o, "hoover", real4(s.ni > 0 ?
	    hoover(s.money, s.need, s.ni) : NAN));
	json_object_set_new(o, "isolated_fifth_share",
	    real4(isolated_fifth(b, &s, money, used)));
	json_object_set_new(o, "areas", per);
	sums_free(&s);
	free(added);
	free(money);
}

static double
voters_served(const struct budget_input *b, const int64_t *alloc)
{
	size_t i, j, served = 0;
	long k;

	if (b->nvot == 0)
		return NAN;
	for (i = 0; i < b->nvot; i++)
		for (j = 0; j < b->vot[i].n; j++)
			if ((k = budget_request_index(b,
			    b->vot[i].approved[j])) >= 0 && alloc[k] > 0) {
				served++;
				break;
			}
	return (double)served / (double)b->nvot;
}

/* How equal-shares got its outcome, to replay it: the completion, the
 * raises above its start, the final endowment of each voter. */
static void
completion_fields(const struct budget_input *b, json_t *o)
{
	char e[64];

	json_object_set_new(o, "completion",
	    json_string(es_completion_names[b->completion]));
	json_object_set_new(o, "add1_steps", json_integer(b->es.steps));
	if (b->es.endowment_den == 0)	/* beyond int64: not written */
		json_object_set_new(o, "endowment", json_null());
	else {
		equal_shares_endowment(&b->es, e, sizeof e);
		json_object_set_new(o, "endowment", json_string(e));
	}
}

int
budget_run(struct budget_input *b, enum budget_rule rule, int64_t amount,
    char *err, size_t size)
{
	int64_t *alloc, used = 0;
	size_t *order, norder, i;
	json_t *o;

	if (budget_allocate(b, rule, amount, &alloc, &order, &norder, err,
	    size) == -1)
		return -1;
	if (amount < 0)
		amount = b->budget;
	for (i = 0; i < norder; i++) {
		used += alloc[order[i]];
		allocation_record(b, rule, order[i], i + 1, alloc[order[i]]);
	}
	o = json_object();
	json_object_set_new(o, "type", json_string("scenario"));
	json_object_set_new(o, "rule", json_string(budget_rule_name(rule)));
	json_object_set_new(o, "budget", money_to_json(amount));
	json_object_set_new(o, "used", money_to_json(used));
	json_object_set_new(o, "left", money_to_json(amount - used));
	json_object_set_new(o, "requests", json_integer((json_int_t)b->nreq));
	json_object_set_new(o, "funded", json_integer((json_int_t)norder));
	json_object_set_new(o, "voters", voted(rule) ?
	    json_integer((json_int_t)b->nvot) : json_null());
	json_object_set_new(o, "voters_served", voted(rule) ?
	    real4(voters_served(b, alloc)) : json_null());
	if (rule == BUDGET_EQUAL_SHARES)
		completion_fields(b, o);
	scenario_areas(b, alloc, used, o);
	out_json(o);
	json_decref(o);
	free(alloc);
	free(order);
	return 0;
}
