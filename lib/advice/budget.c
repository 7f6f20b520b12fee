#include <stdarg.h>
/*
 * budget: the four allocation rules and the scenario metrics (see
 * budget.h).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "advice/budget.h"
#include "advice/equalshares.h"
#include "core/err.h"
#include "num/inequality.h"
#include "base/money.h"
#include "core/out.h"

struct request {
	char *id, *initiative, *nbh;
	int64_t amount;
	char **areas, **cats;
	size_t nareas, ncats;
	double capacity;	/* NAN: not given */
	long votes;		/* the record's own count; -1 none */
	long approvals;		/* counted from vote records */
};

struct voter {
	char **approved;
	size_t n;
};

struct area {
	char *code;
	double need, supply, isolation;
};

struct budget_input {
	struct request *req;
	size_t nreq, capreq;
	struct voter *vot;
	size_t nvot, capvot;
	struct area *area;
	size_t narea, caparea;
	json_t *index;		/* request id -> index */
	int64_t budget;		/* -1: no budget record */
	char *rule;
	json_t *cat_cap, *nbh_cap;	/* name -> money */
	char err[256];
	long add1_steps;
};

struct budget_input *
budget_new(void)
{
	struct budget_input *b = xmalloc(sizeof(*b));

	memset(b, 0, sizeof(*b));
	b->index = json_object();
	b->budget = -1;
	return b;
}

static void
free_strs(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void
budget_free(struct budget_input *b)
{
	size_t i;

	if (b == NULL)
		return;
	for (i = 0; i < b->nreq; i++) {
		free(b->req[i].id);
		free(b->req[i].initiative);
		free(b->req[i].nbh);
		free_strs(b->req[i].areas, b->req[i].nareas);
		free_strs(b->req[i].cats, b->req[i].ncats);
	}
	for (i = 0; i < b->nvot; i++)
		free_strs(b->vot[i].approved, b->vot[i].n);
	for (i = 0; i < b->narea; i++)
		free(b->area[i].code);
	free(b->req);
	free(b->vot);
	free(b->area);
	free(b->rule);
	json_decref(b->index);
	json_decref(b->cat_cap);
	json_decref(b->nbh_cap);
	free(b);
}

static void *
grow(void *v, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return v;
	*cap = *cap ? 2 * *cap : 16;
	return xrealloc(v, *cap * size);
}

static int fail(struct budget_input *b, const char **why, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Puts the reason in the reader's buffer, points *why at it, returns -1. */
static int
fail(struct budget_input *b, const char **why, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(b->err, sizeof(b->err), fmt, ap);
	va_end(ap);
	*why = b->err;
	return -1;
}

/* An array of distinct non-empty strings (absent: none). */
static int
strings(struct budget_input *b, const json_t *rec, const char *key,
    char ***out, size_t *n, const char **why)
{
	const json_t *a = json_object_get(rec, key), *v;
	size_t i, j;

	*out = NULL;
	*n = 0;
	if (a == NULL || json_is_null(a))
		return 0;
	if (!json_is_array(a))
		return fail(b, why, "\"%s\" is not an array", key);
	json_array_foreach(a, i, v)
		if (!json_is_string(v) || json_string_length(v) == 0)
			return fail(b, why, "\"%s\" holds a non-string", key);
	json_array_foreach(a, i, v)
		for (j = 0; j < i; j++)
			if (strcmp(json_string_value(v), json_string_value(
			    json_array_get(a, j))) == 0)
				return fail(b, why, "\"%s\" names one twice",
				    key);
	*out = xmalloc((json_array_size(a) + 1) * sizeof(char *));
	json_array_foreach(a, i, v)
		(*out)[i] = xstrdup(json_string_value(v));
	*n = json_array_size(a);
	return 0;
}

static const char *
opt_string(const json_t *rec, const char *key)
{
	const json_t *v = json_object_get(rec, key);

	return json_is_string(v) ? json_string_value(v) : NULL;
}

static int
add_request(struct budget_input *b, const json_t *rec, const char **why)
{
	struct request r;
	const char *id = opt_string(rec, "id"), *mwhy;
	const json_t *v;
	size_t i;

	memset(&r, 0, sizeof(r));
	if (id == NULL || *id == '\0')
		return fail(b, why, "request without %s", "\"id\"");
	if (json_object_get(b->index, id) != NULL)
		return fail(b, why, "request %s given twice", id);
	if (json_object_get(rec, "amount") == NULL)
		return fail(b, why, "request without %s", "\"amount\"");
	if (money_from_json(json_object_get(rec, "amount"), &r.amount,
	    &mwhy) == -1)
		return fail(b, why, "amount: %s", mwhy);
	if (r.amount <= 0)
		return fail(b, why, "amount: %s", "not positive");
	r.capacity = NAN;
	v = json_object_get(rec, "capacity");
	if (v != NULL && !json_is_null(v)) {
		if (!json_is_number(v) || json_number_value(v) < 0)
			return fail(b, why, "capacity: %s",
			    "not a number >= 0");
		r.capacity = json_number_value(v);
	}
	r.votes = -1;
	v = json_object_get(rec, "votes");
	if (v != NULL && !json_is_null(v)) {
		if (!json_is_integer(v) || json_integer_value(v) < 0)
			return fail(b, why, "votes: %s", "not a whole number "
			    ">= 0");
		r.votes = (long)json_integer_value(v);
	}
	if (strings(b, rec, "areas", &r.areas, &r.nareas, why) == -1)
		return -1;
	if (strings(b, rec, "categories", &r.cats, &r.ncats, why) == -1) {
		free_strs(r.areas, r.nareas);
		return -1;
	}
	r.id = xstrdup(id);
	if ((id = opt_string(rec, "initiative")) != NULL)
		r.initiative = xstrdup(id);
	if ((id = opt_string(rec, "neighbourhood")) != NULL)
		r.nbh = xstrdup(id);
	b->req = grow(b->req, &b->capreq, b->nreq, sizeof(*b->req));
	i = b->nreq++;
	b->req[i] = r;
	json_object_set_new(b->index, r.id, json_integer((json_int_t)i));
	return 1;
}

static int
add_vote(struct budget_input *b, const json_t *rec, const char **why)
{
	struct voter v;
	const char *id = opt_string(rec, "voter");

	if (id == NULL || *id == '\0')
		return fail(b, why, "vote without %s", "\"voter\"");
	if (json_object_get(rec, "approved") == NULL)
		return fail(b, why, "vote without %s", "\"approved\"");
	if (strings(b, rec, "approved", &v.approved, &v.n, why) == -1)
		return -1;
	b->vot = grow(b->vot, &b->capvot, b->nvot, sizeof(*b->vot));
	b->vot[b->nvot++] = v;
	return 1;
}

static int
caps(struct budget_input *b, const json_t *rec, const char *key,
    json_t **out, const char **why)
{
	const json_t *o = json_object_get(rec, key), *v;
	const char *k, *mwhy;
	int64_t cents;

	if (o == NULL || json_is_null(o))
		return 0;
	if (!json_is_object(o))
		return fail(b, why, "\"%s\" is not an object", key);
	json_object_foreach((json_t *)o, k, v)
		if (money_from_json(v, &cents, &mwhy) == -1)
			return fail(b, why, "a cap: %s", mwhy);
	json_decref(*out);
	*out = json_deep_copy(o);
	return 0;
}

static int
add_budget(struct budget_input *b, const json_t *rec, const char **why)
{
	const char *mwhy, *rule;
	int64_t cents;

	if (json_object_get(rec, "budget") == NULL)
		return fail(b, why, "budget record without %s", "\"budget\"");
	if (money_from_json(json_object_get(rec, "budget"), &cents,
	    &mwhy) == -1)
		return fail(b, why, "budget: %s", mwhy);
	if (cents < 0)
		return fail(b, why, "budget: %s", "negative");
	if (caps(b, rec, "budget_per_category", &b->cat_cap, why) == -1 ||
	    caps(b, rec, "budget_per_neighbourhood", &b->nbh_cap, why) == -1)
		return -1;
	b->budget = cents;
	free(b->rule);
	b->rule = (rule = opt_string(rec, "rule")) != NULL ? xstrdup(rule) :
	    NULL;
	return 1;
}

int
budget_add_record(struct budget_input *b, const json_t *rec,
    const char *type, const char **why)
{
	if (type == NULL)
		return 0;
	if (strcmp(type, "request") == 0)
		return add_request(b, rec, why);
	if (strcmp(type, "vote") == 0)
		return add_vote(b, rec, why);
	if (strcmp(type, "budget") == 0)
		return add_budget(b, rec, why);
	return 0;
}

void
budget_set_area(struct budget_input *b, const char *code, double need,
    double supply, double isolation)
{
	size_t i;

	for (i = 0; i < b->narea; i++)
		if (strcmp(b->area[i].code, code) == 0)
			break;
	if (i == b->narea) {
		b->area = grow(b->area, &b->caparea, b->narea,
		    sizeof(*b->area));
		b->area[b->narea++].code = xstrdup(code);
	}
	b->area[i].need = need;
	b->area[i].supply = supply;
	b->area[i].isolation = isolation;
}

static const char *const rule_names[] = {
	"need", "proportional", "greedy", "equal-shares"
};

int
budget_rule_parse(const char *s, enum budget_rule *r)
{
	size_t i;

	for (i = 0; i < sizeof(rule_names) / sizeof(rule_names[0]); i++)
		if (strcmp(s, rule_names[i]) == 0) {
			*r = (enum budget_rule)i;
			return 0;
		}
	return -1;
}

const char *
budget_rule_name(enum budget_rule r)
{
	return rule_names[r];
}

int
budget_default_rule(const struct budget_input *b, enum budget_rule *r)
{
	if (b->rule == NULL)
		return -1;
	if (strncmp(b->rule, "equalshares", 11) == 0 ||
	    strncmp(b->rule, "equal-shares", 12) == 0) {
		*r = BUDGET_EQUAL_SHARES;
		return 0;
	}
	if (strncmp(b->rule, "greedy", 6) == 0) {
		*r = BUDGET_GREEDY;
		return 0;
	}
	return budget_rule_parse(b->rule, r);
}

size_t
budget_nrequests(const struct budget_input *b)
{
	return b->nreq;
}

size_t
budget_nvotes(const struct budget_input *b)
{
	return b->nvot;
}

const char *
budget_request_id(const struct budget_input *b, size_t i)
{
	return b->req[i].id;
}

static long
request_index(const struct budget_input *b, const char *id)
{
	const json_t *v = json_object_get(b->index, id);

	return v == NULL ? -1 : (long)json_integer_value(v);
}

static struct area *
find_area(struct budget_input *b, const char *code)
{
	size_t i;

	for (i = 0; i < b->narea; i++)
		if (strcmp(b->area[i].code, code) == 0)
			return &b->area[i];
	return NULL;
}

static int
known_need(const struct area *a)
{
	return a != NULL && !isnan(a->need);
}

/* Counts approvals; -1 when a vote names an unknown request. */
static int
count_approvals(struct budget_input *b, const char **why)
{
	size_t i, j;
	long k;

	for (i = 0; i < b->nreq; i++)
		b->req[i].approvals = 0;
	for (i = 0; i < b->nvot; i++)
		for (j = 0; j < b->vot[i].n; j++) {
			if ((k = request_index(b, b->vot[i].approved[j])) < 0)
				return fail(b, why, "a vote names unknown "
				    "request %s", b->vot[i].approved[j]);
			b->req[k].approvals++;
		}
	return 0;
}

/* ---- the rules ---- */

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

/* Is there room under the cap named by key in caps? spent is name ->
 * cents so far. */
static int
under_cap(const json_t *capobj, json_t *spent, const char *key, int64_t amt)
{
	const json_t *c;
	int64_t cap, used;
	const char *why;

	if (capobj == NULL || key == NULL ||
	    (c = json_object_get(capobj, key)) == NULL)
		return 1;
	if (money_from_json(c, &cap, &why) == -1)
		return 0;
	used = json_integer_value(json_object_get(spent, key));
	return amt <= cap - used;
}

static void
spend(json_t *spent, const char *key, int64_t amt)
{
	if (key == NULL)
		return;
	json_object_set_new(spent, key, json_integer(
	    json_integer_value(json_object_get(spent, key)) + amt));
}

static int
rule_greedy(struct budget_input *b, int64_t B, int64_t *alloc, size_t *order,
    size_t *norder, const char **why)
{
	size_t *idx = xmalloc((b->nreq + 1) * sizeof(size_t)), i, k;
	json_t *cat_spent = json_object(), *nbh_spent = json_object();
	int64_t used = 0;
	int fits;
	struct request *r;

	if (b->nvot == 0) {
		/* no ballots: the requests' own counts, when all have one */
		for (i = 0; i < b->nreq; i++) {
			if (b->req[i].votes < 0) {
				free(idx);
				json_decref(cat_spent);
				json_decref(nbh_spent);
				return fail(b, why, "greedy needs votes%s", "");
			}
			b->req[i].approvals = b->req[i].votes;
		}
	}
	for (i = 0; i < b->nreq; i++)
		idx[i] = i;
	sort_b = b;
	qsort(idx, b->nreq, sizeof(size_t), greedy_cmp);
	for (i = 0; i < b->nreq; i++) {
		r = &b->req[idx[i]];
		if (r->approvals == 0 || r->amount > B - used)
			continue;
		fits = under_cap(b->nbh_cap, nbh_spent, r->nbh, r->amount);
		for (k = 0; k < r->ncats && fits; k++)
			fits = under_cap(b->cat_cap, cat_spent, r->cats[k],
			    r->amount);
		if (!fits)
			continue;
		used += r->amount;
		spend(nbh_spent, r->nbh, r->amount);
		for (k = 0; k < r->ncats; k++)
			spend(cat_spent, r->cats[k], r->amount);
		alloc[idx[i]] = r->amount;
		order[(*norder)++] = idx[i];
	}
	free(idx);
	json_decref(cat_spent);
	json_decref(nbh_spent);
	return 0;
}

static int
rule_equal_shares(struct budget_input *b, int64_t B, int64_t *alloc,
    size_t *order, size_t *norder, const char **why)
{
	struct es_problem p;
	int64_t *cost = xmalloc((b->nreq + 1) * sizeof(int64_t));
	const char **ids = xmalloc((b->nreq + 1) * sizeof(char *));
	size_t *start = xmalloc((b->nvot + 1) * sizeof(size_t)), *ballot;
	size_t nb = 0, i, j;
	int rc;

	for (i = 0; i < b->nvot; i++)
		nb += b->vot[i].n;
	ballot = xmalloc((nb + 1) * sizeof(size_t));
	for (i = 0; i < b->nreq; i++) {
		cost[i] = b->req[i].amount;
		ids[i] = b->req[i].id;
	}
	for (nb = i = 0; i < b->nvot; i++) {
		start[i] = nb;
		for (j = 0; j < b->vot[i].n; j++)
			ballot[nb++] = (size_t)request_index(b,
			    b->vot[i].approved[j]);
	}
	start[b->nvot] = nb;
	p.nprojects = b->nreq;
	p.cost = cost;
	p.id = ids;
	p.nvoters = b->nvot;
	p.start = start;
	p.ballot = ballot;
	rc = equal_shares(&p, B, 1, order, norder, &b->add1_steps, why);
	for (i = 0; rc == 0 && i < *norder; i++)
		alloc[order[i]] = b->req[order[i]].amount;
	free(cost);
	free(ids);
	free(start);
	free(ballot);
	return rc;
}

/* The gap a request answers: the sum of its areas' current gaps. */
static double
request_gap(struct budget_input *b, const struct request *r,
    const double *added)
{
	double g = 0;
	size_t k;
	struct area *a;

	for (k = 0; k < r->nareas; k++) {
		a = find_area(b, r->areas[k]);
		if (known_need(a) && a->need > a->supply + added[a - b->area])
			g += a->need - a->supply - added[a - b->area];
	}
	return g;
}

static void
add_capacity(struct budget_input *b, const struct request *r, double frac,
    double *added)
{
	size_t k;
	struct area *a;

	if (isnan(r->capacity) || r->nareas == 0)
		return;
	for (k = 0; k < r->nareas; k++)
		if ((a = find_area(b, r->areas[k])) != NULL)
			added[a - b->area] += r->capacity * frac /
			    (double)r->nareas;
}

static int
any_need(const struct budget_input *b)
{
	size_t i;

	for (i = 0; i < b->narea; i++)
		if (known_need(&b->area[i]))
			return 1;
	return 0;
}

static int
rule_need(struct budget_input *b, int64_t B, int64_t *alloc, size_t *order,
    size_t *norder)
{
	double *added = xmalloc((b->narea + 1) * sizeof(double)), g, bg;
	int64_t used = 0;
	size_t i;
	long best;

	memset(added, 0, (b->narea + 1) * sizeof(double));
	for (;;) {
		best = -1;
		bg = 0;
		for (i = 0; i < b->nreq; i++) {
			if (alloc[i] > 0 || b->req[i].amount > B - used)
				continue;
			g = request_gap(b, &b->req[i], added);
			if (g <= 0)
				continue;
			if (best < 0 || g > bg || (g == bg &&
			    (b->req[i].amount < b->req[best].amount ||
			    (b->req[i].amount == b->req[best].amount &&
			    equal_shares_id_cmp(b->req[i].id,
			    b->req[best].id) < 0)))) {
				best = (long)i;
				bg = g;
			}
		}
		if (best < 0)
			break;
		alloc[best] = b->req[best].amount;
		used += alloc[best];
		order[(*norder)++] = (size_t)best;
		add_capacity(b, &b->req[best], 1, added);
	}
	free(added);
	return 0;
}

/*
 * proportional: each request's weight is the sum over its areas of the
 * area's gap shared equally among the requests naming it; the budget is
 * split by weight, a request never getting more than it asks (what it
 * cannot take goes round again), and the cents by largest remainder.
 */
static int
rule_proportional(struct budget_input *b, int64_t B, int64_t *alloc,
    size_t *order, size_t *norder)
{
	double *w = xmalloc((b->nreq + 1) * sizeof(double)), W, rem;
	double *nreq = xmalloc((b->narea + 1) * sizeof(double));
	double *frac = xmalloc((b->nreq + 1) * sizeof(double)), best;
	char *capped = xmalloc(b->nreq + 1);
	int64_t R = B, base, left;
	size_t i, k, n;
	struct area *a;
	int changed;
	long bi;

	memset(nreq, 0, (b->narea + 1) * sizeof(double));
	for (i = 0; i < b->nreq; i++)
		for (k = 0; k < b->req[i].nareas; k++)
			if ((a = find_area(b, b->req[i].areas[k])) != NULL)
				nreq[a - b->area]++;
	for (i = 0; i < b->nreq; i++) {
		w[i] = 0;
		capped[i] = 0;
		for (k = 0; k < b->req[i].nareas; k++) {
			a = find_area(b, b->req[i].areas[k]);
			if (known_need(a) && a->need > a->supply)
				w[i] += (a->need - a->supply) /
				    nreq[a - b->area];
		}
	}
	do {
		changed = 0;
		W = 0;
		for (i = 0; i < b->nreq; i++)
			if (!capped[i])
				W += w[i];
		if (W <= 0)
			break;
		for (i = 0; i < b->nreq; i++)
			if (!capped[i] && w[i] > 0 &&
			    (double)R * w[i] / W >= (double)b->req[i].amount) {
				capped[i] = 1;
				alloc[i] = b->req[i].amount;
				R -= alloc[i];
				changed = 1;
			}
	} while (changed);
	if (W > 0) {
		left = R;
		for (i = 0; i < b->nreq; i++) {
			frac[i] = -1;
			if (capped[i] || w[i] <= 0)
				continue;
			rem = (double)R * w[i] / W;
			base = (int64_t)floor(rem);
			alloc[i] = base;
			frac[i] = rem - (double)base;
			left -= base;
		}
		/* largest remainder: the cents rounding left over */
		for (n = 0; left > 0 && n < b->nreq; n++, left--) {
			bi = -1;
			best = -1;
			for (i = 0; i < b->nreq; i++)
				if (frac[i] > best && alloc[i] <
				    b->req[i].amount) {
					best = frac[i];
					bi = (long)i;
				}
			if (bi < 0 || best < 0)
				break;
			alloc[bi]++;
			frac[bi] = -1;
		}
	}
	for (i = 0; i < b->nreq; i++)
		if (alloc[i] > 0)
			order[(*norder)++] = i;
	free(w);
	free(nreq);
	free(frac);
	free(capped);
	return 0;
}

int
budget_allocate(struct budget_input *b, enum budget_rule rule,
    int64_t amount, int64_t **allocp, size_t **orderp, size_t *norder,
    const char **why)
{
	int64_t *alloc;
	size_t *order;
	int rc = 0;

	*allocp = NULL;
	*orderp = NULL;
	*norder = 0;
	b->add1_steps = 0;
	if (amount < 0)
		amount = b->budget;
	if (amount < 0)
		return fail(b, why, "no budget: give --budget or a budget "
		    "record%s", "");
	if (count_approvals(b, why) == -1)
		return -1;
	if ((rule == BUDGET_NEED || rule == BUDGET_PROPORTIONAL) &&
	    !any_need(b))
		return fail(b, why, "rule %s needs the need of the areas "
		    "(area and isolation records)", budget_rule_name(rule));
	if (rule == BUDGET_EQUAL_SHARES && b->nvot == 0)
		return fail(b, why, "rule equal-shares needs votes%s", "");
	alloc = xmalloc((b->nreq + 1) * sizeof(int64_t));
	memset(alloc, 0, (b->nreq + 1) * sizeof(int64_t));
	order = xmalloc((b->nreq + 1) * sizeof(size_t));
	switch (rule) {
	case BUDGET_NEED:
		rc = rule_need(b, amount, alloc, order, norder);
		break;
	case BUDGET_PROPORTIONAL:
		rc = rule_proportional(b, amount, alloc, order, norder);
		break;
	case BUDGET_GREEDY:
		rc = rule_greedy(b, amount, alloc, order, norder, why);
		break;
	case BUDGET_EQUAL_SHARES:
		rc = rule_equal_shares(b, amount, alloc, order, norder, why);
		break;
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

static int
cap_holds(const json_t *capobj, const struct budget_input *b,
    const int64_t *alloc, int by_category)
{
	const char *name, *why;
	const json_t *v;
	int64_t cap, sum;
	size_t i, k;

	json_object_foreach((json_t *)capobj, name, v) {
		if (money_from_json(v, &cap, &why) == -1)
			return 0;
		sum = 0;
		for (i = 0; i < b->nreq; i++) {
			if (!by_category) {
				if (b->req[i].nbh != NULL &&
				    strcmp(b->req[i].nbh, name) == 0)
					sum += alloc[i];
				continue;
			}
			for (k = 0; k < b->req[i].ncats; k++)
				if (strcmp(b->req[i].cats[k], name) == 0)
					sum += alloc[i];
		}
		if (sum > cap)
			return 0;
	}
	return 1;
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
	return (b->cat_cap == NULL || cap_holds(b->cat_cap, b, alloc, 1)) &&
	    (b->nbh_cap == NULL || cap_holds(b->nbh_cap, b, alloc, 0));
}

/* ---- the scenario ---- */

/* Four decimals: metrics are read by people and compared in tests. */
static json_t *
real4(double x)
{
	if (isnan(x) || isinf(x))
		return json_null();
	return json_real(round(x * 1e4) / 1e4);
}

static int
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
	if (rule == BUDGET_GREEDY || rule == BUDGET_EQUAL_SHARES)
		json_object_set_new(o, "approvals",
		    json_integer(r->approvals));
	out_json(o);
	json_decref(o);
	return 0;
}

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

/* Money per area: each allocation shared equally among the request's
 * areas (those in the area table). */
static void
money_per_area(struct budget_input *b, const int64_t *alloc, double *m)
{
	size_t i, k;
	struct area *a;

	memset(m, 0, (b->narea + 1) * sizeof(double));
	for (i = 0; i < b->nreq; i++)
		for (k = 0; k < b->req[i].nareas && alloc[i] > 0; k++)
			if ((a = find_area(b, b->req[i].areas[k])) != NULL)
				m[a - b->area] += (double)alloc[i] / 100 /
				    (double)b->req[i].nareas;
}

static void
scenario_areas(struct budget_input *b, const int64_t *alloc, int64_t used,
    json_t *o)
{
	size_t n = b->narea, i, m = 0, top;
	double *added = xmalloc((n + 1) * sizeof(double));
	double *money = xmalloc((n + 1) * sizeof(double));
	double *cb = xmalloc((n + 1) * sizeof(double));
	double *ca = xmalloc((n + 1) * sizeof(double));
	double *mn = xmalloc((n + 1) * sizeof(double));
	double *nd = xmalloc((n + 1) * sizeof(double));
	double needsum = 0, covb = 0, cova = 0, minb = NAN, mina = NAN, iso;
	size_t *idx = xmalloc((n + 1) * sizeof(size_t)), ni = 0;
	json_t *per = json_object(), *cell;
	struct area *a;

	memset(added, 0, (n + 1) * sizeof(double));
	for (i = 0; i < b->nreq; i++)
		if (alloc[i] > 0)
			add_capacity(b, &b->req[i], (double)alloc[i] /
			    (double)b->req[i].amount, added);
	money_per_area(b, alloc, money);
	for (i = 0; i < n; i++) {
		a = &b->area[i];
		cell = json_object();
		if (!known_need(a)) {
			json_object_set_new(cell, "need", json_null());
			json_object_set_new(cell, "before", json_null());
			json_object_set_new(cell, "after", json_null());
		} else {
			idx[ni++] = i;
			mn[ni - 1] = money[i];
			nd[ni - 1] = a->need;
			needsum += a->need;
			covb += fmin(a->need, a->supply);
			cova += fmin(a->need, a->supply + added[i]);
			json_object_set_new(cell, "need", real4(a->need));
			if (a->need > 0) {
				cb[m] = a->supply / a->need;
				ca[m] = (a->supply + added[i]) / a->need;
				if (isnan(minb) || cb[m] < minb)
					minb = cb[m];
				if (isnan(mina) || ca[m] < mina)
					mina = ca[m];
				json_object_set_new(cell, "before",
				    real4(cb[m]));
				json_object_set_new(cell, "after",
				    real4(ca[m]));
				m++;
			} else {
				json_object_set_new(cell, "before",
				    json_null());
				json_object_set_new(cell, "after",
				    json_null());
			}
		}
		json_object_set_new(cell, "money", money_to_json(
		    (int64_t)llround(money[i] * 100)));
		json_object_set_new(per, a->code, cell);
	}
	json_object_set_new(o, "need_covered_before", real4(needsum > 0 ?
	    covb / needsum : NAN));
	json_object_set_new(o, "need_covered", real4(needsum > 0 ?
	    cova / needsum : NAN));
	json_object_set_new(o, "min_coverage_before", real4(minb));
	json_object_set_new(o, "min_coverage", real4(mina));
	json_object_set_new(o, "gini_before", real4(m > 0 ? gini(cb, m) :
	    NAN));
	json_object_set_new(o, "gini", real4(m > 0 ? gini(ca, m) : NAN));
	json_object_set_new(o, "hoover", real4(ni > 0 ? hoover(mn, nd, ni) :
	    NAN));
	/* the most isolated fifth: ceil(n / 5) of the areas of known need */
	iso = NAN;
	if (ni > 0 && used > 0) {
		sort_b = b;
		qsort(idx, ni, sizeof(size_t), iso_desc);
		top = (ni + 4) / 5;
		iso = 0;
		for (i = 0; i < top; i++)
			iso += money[idx[i]];
		iso /= (double)used / 100;
	}
	json_object_set_new(o, "isolated_fifth_share", real4(iso));
	json_object_set_new(o, "areas", per);
	free(added);
	free(money);
	free(cb);
	free(ca);
	free(mn);
	free(nd);
	free(idx);
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
			if ((k = request_index(b, b->vot[i].approved[j])) >= 0 &&
			    alloc[k] > 0) {
				served++;
				break;
			}
	return (double)served / (double)b->nvot;
}

int
budget_run(struct budget_input *b, enum budget_rule rule, int64_t amount,
    const char **why)
{
	int64_t *alloc, used = 0;
	size_t *order, norder, i;
	json_t *o;
	int voted = rule == BUDGET_GREEDY || rule == BUDGET_EQUAL_SHARES;

	if (budget_allocate(b, rule, amount, &alloc, &order, &norder,
	    why) == -1)
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
	json_object_set_new(o, "voters", voted ?
	    json_integer((json_int_t)b->nvot) : json_null());
	json_object_set_new(o, "voters_served", voted ?
	    real4(voters_served(b, alloc)) : json_null());
	if (rule == BUDGET_EQUAL_SHARES)
		json_object_set_new(o, "add1_steps",
		    json_integer(b->add1_steps));
	scenario_areas(b, alloc, used, o);
	out_json(o);
	json_decref(o);
	free(alloc);
	free(order);
	return 0;
}
