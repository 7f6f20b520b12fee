#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "core/jsonval.h"
#include "core/suggest.h"
#include "advice/needs.h"

static const char *const action_names[] = { "start", "support", "connect",
	"maintain", "measure" };
static const char *const basis_names[] = { "population", "weighted-count",
	"suppressed", "no-summary", "not-measured" };
static const char *const method_names[] = { "direct", "fay-herriot" };

void
needs_init(struct needs *n)
{
	memset(n, 0, sizeof *n);
}

/* The area with code, added (unnamed, no population) when new. */
static struct needs_area *
area_get(struct needs *n, const char *code)
{
	unsigned long first;
	struct needs_area *a;

	if (strmap_add(&n->area_ix, code, n->nareas, &first) == 0)
		return &n->areas[first];
	a = XPUSH(n->areas, n->nareas, n->areas_cap);
	snprintf(a->code, sizeof a->code, "%s", code);
	a->population = -1;
	return a;
}

static int
area_code(const json_t *rec, const char *key, const char **code, char *err,
    size_t size)
{
	const json_t *j = json_object_get(rec, key);

	if (j == NULL)
		return errorf(err, size, "%s is missing", key);
	if (!json_is_string(j) || area_level_of(json_string_value(j)) ==
	    AREA_INVALID)
		return errorf(err, size, "%s is not a CBS area code (GM and 4 "
		    "digits, WK and 6, or BU and 8)", key);
	*code = json_string_value(j);
	return 0;
}

int
needs_add_area(struct needs *n, const json_t *rec, char *err, size_t size)
{
	const json_t *name = json_object_get(rec, "name");
	const json_t *pop = json_object_get(rec, "population");
	long people = -1;		/* not given */
	const char *code;
	struct needs_area *a;

	if (area_code(rec, "area", &code, err, size) == -1)
		return -1;
	if (!json_absent(name) && (!json_is_string(name) ||
	    json_string_length(name) == 0))
		return errorf(err, size, "name must be a non-empty string");
	if (!json_absent(pop) && json_whole(pop, 0, LONG_MAX, &people) == -1)
		return errorf(err, size, "population must be a whole number, 0 "
		    "or more");
	a = area_get(n, code);
	a->recorded = 1;
	if (json_is_string(name)) {
		free(a->name);
		a->name = xstrdup(json_string_value(name));
	}
	if (people >= 0)
		a->population = people;
	return 0;
}

/* A share object {"share","low","high","n"}; *known 0 for a null share. */
static int
share_of(const json_t *shares, int f, struct needs_area *a, char *err,
    size_t size)
{
	const char *form = f == NEEDS_ANY_FORM ? "any_form" :
	    isolation_form_name((enum isolation_form)f);
	const json_t *o = json_object_get(shares, form);
	const json_t *s, *lo, *hi;

	a->known[f] = 0;
	if (json_absent(o))
		return 0;
	s = json_object_get(o, "share");
	lo = json_object_get(o, "low");
	hi = json_object_get(o, "high");
	if (!json_is_object(o))
		return errorf(err, size, "shares.%s must be an object", form);
	if (json_absent(s))
		return 0;
	if (!json_is_number(s) || !json_is_number(lo) || !json_is_number(hi))
		return errorf(err, size, "shares.%s needs share, low and high as "
		    "numbers", form);
	a->share[f] = json_number_value(s);
	a->low[f] = json_number_value(lo);
	a->high[f] = json_number_value(hi);
	if (!(a->low[f] >= 0 && a->low[f] <= a->share[f] &&
	    a->share[f] <= a->high[f] && a->high[f] <= 1))
		return errorf(err, size, "shares.%s: expected 0 <= low <= share "
		    "<= high <= 1", form);
	a->known[f] = 1;
	return 0;
}

/* The summary's "method"; absent, it is isolation-score's: direct. */
static int
method_of(const json_t *rec, enum needs_method *m, char *err, size_t size)
{
	const json_t *j = json_object_get(rec, "method");
	size_t i;

	*m = METHOD_DIRECT;
	if (json_absent(j))
		return 0;
	for (i = 0; i < NELEM(method_names); i++)
		if (json_is_string(j) &&
		    strcmp(json_string_value(j), method_names[i]) == 0) {
			*m = (enum needs_method)i;
			return 0;
		}
	return errorf(err, size, "method must be direct or fay-herriot");
}

int
needs_add_isolation(struct needs *n, const json_t *rec, char *err,
    size_t size)
{
	const json_t *sup = json_object_get(rec, "suppressed");
	const json_t *shares = json_object_get(rec, "shares");
	const json_t *cnt = json_object_get(rec, "n");
	const json_t *ws = json_object_get(rec, "weight_sum");
	struct needs_area tmp, *a;
	enum needs_method method;
	enum area_level lvl;
	const char *code;
	int f;

	if (json_object_get(rec, "area") == NULL)
		return errorf(err, size, "isolation summary without an area "
		    "(make it with isolation-score --by area)");
	if (area_code(rec, "area", &code, err, size) == -1)
		return -1;
	if (!json_is_boolean(sup))
		return errorf(err, size, "suppressed must be true or false");
	if (!json_is_integer(cnt) || json_integer_value(cnt) < 0)
		return errorf(err, size, "n must be a whole number, 0 or more");
	if (!json_is_number(ws) || json_number_value(ws) < 0)
		return errorf(err, size, "weight_sum must be a number, 0 or more");
	if (!json_absent(shares) && !json_is_object(shares))
		return errorf(err, size, "shares must be an object");
	if (method_of(rec, &method, err, size) == -1)
		return -1;
	lvl = area_level_of(code);
	if (n->level != AREA_INVALID && lvl != n->level)
		return errorf(err, size, "summary for a %s, but earlier ones are "
		    "for a %s: use one --level", area_level_name(lvl),
		    area_level_name(n->level));
	memset(&tmp, 0, sizeof tmp);
	for (f = 0; f < NEEDS_SHARES; f++)
		if (!json_is_true(sup) && json_is_object(shares) &&
		    share_of(shares, f, &tmp, err, size) == -1)
			return -1;
	if (strmap_get(&n->area_ix, code, NULL) && area_get(n, code)->summary)
		return errorf(err, size, "a second isolation summary for %s",
		    code);
	n->level = lvl;
	a = area_get(n, code);
	a->summary = 1;
	a->method = method;
	a->suppressed = json_is_true(sup);
	a->n = (long)json_integer_value(cnt);
	a->weight_sum = json_number_value(ws);
	memcpy(a->known, tmp.known, sizeof a->known);
	memcpy(a->share, tmp.share, sizeof a->share);
	memcpy(a->low, tmp.low, sizeof a->low);
	memcpy(a->high, tmp.high, sizeof a->high);
	return 0;
}

static void
apply_account(struct needs_initiative *in, struct needs *n)
{
	unsigned long first;

	in->accounts = -1;
	if (strmap_get(&n->acct_ix, in->id, &first))
		in->accounts = n->accts[first].verdict;
}

static void
initiative_free(struct needs_initiative *in)
{
	free(in->id);
	free(in->name);
	free(in->areas);
}

int
needs_add_initiative(struct needs *n, const json_t *rec, char *err,
    size_t size)
{
	json_t *c = initiative_normalise(rec, err, size), *j;
	struct needs_initiative *in;
	unsigned long first;
	size_t i;

	if (c == NULL)
		return -1;
	if (strmap_add(&n->init_ix, json_string_value(json_object_get(c, "id")),
	    n->ninits, &first) == 1)
		in = XPUSH(n->inits, n->ninits, n->inits_cap);
	else {
		/* a later record of the same initiative replaces it, as
		 * initiative-add --replace does in a registry */
		in = &n->inits[first];
		initiative_free(in);
		memset(in, 0, sizeof *in);
	}
	in->id = xstrdup(json_string_value(json_object_get(c, "id")));
	in->name = xstrdup(json_string_value(json_object_get(c, "name")));
	in->kind = (size_t)vocab_find(&initiative_kinds,
	    json_string_value(json_object_get(c, "kind")));
	in->form = initiative_kind_form(in->kind);
	j = json_object_get(c, "areas");
	in->nareas = json_array_size(j);
	in->areas = xmalloc(in->nareas * sizeof *in->areas);
	for (i = 0; i < in->nareas; i++)
		snprintf(in->areas[i], AREA_CODE_MAX, "%s",
		    json_string_value(json_array_get(j, i)));
	in->capacity = (long)json_integer_value(json_object_get(c,
	    "capacity"));
	in->owned = json_is_true(json_object_get(c, "owned_by_participants"));
	apply_account(in, n);
	json_decref(c);
	return 0;
}

/* The end of an account's period, however account-report spells it. */
static const char *
period_end(const json_t *rec)
{
	const json_t *p = json_object_get(rec, "period");
	static const char *const keys[] = { "to", "end" };
	size_t i;

	for (i = 0; i < 2; i++) {
		if (json_is_string(json_object_get(rec, keys[i])))
			return json_string_value(json_object_get(rec, keys[i]));
		if (json_is_string(json_object_get(p, keys[i])))
			return json_string_value(json_object_get(p, keys[i]));
	}
	if (json_is_string(p))
		return json_string_value(p);
	return NULL;
}

int
needs_add_account(struct needs *n, const json_t *rec, char *err, size_t size)
{
	const json_t *id = json_object_get(rec, "initiative");
	const json_t *acc = json_object_get(rec, "accountability");
	const json_t *v = json_object_get(json_object_get(acc, "accounts"),
	    "verdict");
	const char *end = period_end(rec), *vs;
	struct needs_account *a;
	unsigned long first;
	int verdict;

	if (!json_is_string(id))
		return errorf(err, size, "initiative is missing");
	if (end == NULL)
		return errorf(err, size, "the account's period has no end date");
	if (!json_is_string(v))
		return errorf(err, size, "accountability.accounts.verdict is "
		    "missing");
	vs = json_string_value(v);
	if (strcmp(vs, "pass") == 0)
		verdict = 1;
	else if (strcmp(vs, "fail") == 0)
		verdict = 0;
	else if (strcmp(vs, "unknown") == 0)
		verdict = -1;
	else
		return errorf(err, size, "accountability.accounts.verdict '%s' "
		    "is not pass, fail or unknown", vs);
	if (strmap_add(&n->acct_ix, json_string_value(id), n->naccts,
	    &first) == 1) {
		a = XPUSH(n->accts, n->naccts, n->accts_cap);
		a->initiative = xstrdup(json_string_value(id));
	} else
		a = &n->accts[first];
	/* the latest period counts; ISO dates compare as strings */
	if (a->end != NULL && strcmp(end, a->end) < 0)
		return 0;
	free(a->end);
	a->end = xstrdup(end);
	a->verdict = verdict;
	if (strmap_get(&n->init_ix, a->initiative, &first))
		n->inits[first].accounts = verdict;
	return 0;
}

int
needs_area_within(const char *area, const char *target)
{
	enum area_level la = area_level_of(area), lt = area_level_of(target);
	char up[AREA_CODE_MAX];

	if (la == AREA_INVALID || lt == AREA_INVALID || la < lt)
		return 0;
	return area_rollup(area, lt, up) == 0 && strcmp(up, target) == 0;
}

const char *
needs_area_name(const struct needs *n, size_t i)
{
	return n->areas[i].name != NULL ? n->areas[i].name : n->areas[i].code;
}

const char *
needs_municipality(const struct needs *n)
{
	size_t i;

	for (i = 0; i < n->nareas; i++)
		if (area_level_of(n->areas[i].code) == AREA_GEMEENTE &&
		    n->areas[i].name != NULL)
			return n->areas[i].name;
	return NULL;
}

/* x to the nearest 1/per (10: tenths), as the double nearest that
 * decimal, so that it prints as 3.3 and not 3.3000000000000003. */
static double
round_to(double x, double per)
{
	return round(x * per) / per;
}

/* Adds v to a cell's list (each initiative comes by once a cell). */
static void
push(size_t **list, size_t *n, size_t *cap, size_t v)
{
	XGROW(*list, *n, *cap);
	(*list)[(*n)++] = v;
}

static void
cell_need(struct needs_cell *c, const struct needs_area *a)
{
	double base;
	enum isolation_form f = c->form;

	c->need = c->need_low = c->need_high = NAN;
	if (!a->summary)
		c->basis = BASIS_NO_SUMMARY;
	else if (a->suppressed)
		c->basis = BASIS_SUPPRESSED;
	else if (!a->known[f])
		c->basis = BASIS_NOT_MEASURED;
	else {
		c->basis = a->population >= 0 ? BASIS_POPULATION :
		    BASIS_WEIGHTED;
		base = a->population >= 0 ? (double)a->population :
		    a->weight_sum;
		c->need = round(a->share[f] * base);
		c->need_low = round(a->low[f] * base);
		c->need_high = round(a->high[f] * base);
	}
}

/* Local supply: the initiatives of the cell's form with an area in it. */
static void
cell_supply(struct needs *n, struct needs_cell *c)
{
	const struct needs_area *a = &n->areas[c->area];
	enum area_level up = n->level == AREA_WIJK ? AREA_GEMEENTE : AREA_WIJK;
	char near[AREA_CODE_MAX];
	double supply = 0;
	size_t i, k;

	if (area_rollup(a->code, up, near) == -1)
		snprintf(near, sizeof near, "%s", a->code);
	for (i = 0; i < n->ninits; i++) {
		const struct needs_initiative *in = &n->inits[i];
		int here = 0, close = 0;

		if (in->form != c->form)
			continue;
		for (k = 0; k < in->nareas; k++) {
			if (area_level_of(in->areas[k]) >=
			    area_level_of(a->code) &&
			    needs_area_within(in->areas[k], a->code)) {
				here = 1;
				supply += (double)in->capacity /
				    (double)in->nareas;
			} else if (needs_area_within(in->areas[k], near) ||
			    needs_area_within(a->code, in->areas[k]))
				close = 1;
		}
		if (here) {
			push(&c->local, &c->nlocal, &c->local_cap, i);
			if (in->accounts == 0)
				c->nflagged++;
		} else if (close)
			push(&c->nearby, &c->nnearby, &c->nearby_cap, i);
	}
	c->supply_exact = supply;
	c->supply = round_to(supply, 10);
}

static void
cell_judge(struct needs_cell *c)
{
	if (isnan(c->need)) {
		c->coverage = c->gap = NAN;
		c->action = ACT_MEASURE;
		return;
	}
	c->coverage = c->need > 0 ? round_to(c->supply_exact / c->need,
	    1000) : NAN;
	c->gap = c->need > c->supply ? round_to(c->need - c->supply, 10) : 0;
	if (c->gap == 0)
		c->action = ACT_MAINTAIN;
	else if (c->nlocal > 0)
		c->action = ACT_SUPPORT;
	else if (c->nnearby > 0)
		c->action = ACT_CONNECT;
	else
		c->action = ACT_START;
}

static const struct needs *sort_ctx;

static int
by_priority(const void *pa, const void *pb)
{
	const struct needs_cell *a = &sort_ctx->cells[*(const size_t *)pa];
	const struct needs_cell *b = &sort_ctx->cells[*(const size_t *)pb];
	double ca = isnan(a->coverage) ? INFINITY : a->coverage;
	double cb = isnan(b->coverage) ? INFINITY : b->coverage;
	int d;

	if (a->gap != b->gap)
		return a->gap > b->gap ? -1 : 1;
	if (ca != cb)
		return ca < cb ? -1 : 1;
	if (a->need != b->need)
		return a->need > b->need ? -1 : 1;
	d = strcmp(sort_ctx->areas[a->area].code, sort_ctx->areas[b->area].code);
	if (d != 0)
		return d;
	return (int)a->form - (int)b->form;
}

static int
by_code(const void *pa, const void *pb)
{
	return strcmp(sort_ctx->areas[*(const size_t *)pa].code,
	    sort_ctx->areas[*(const size_t *)pb].code);
}

/* Whether the gaps' 95% intervals of two cells overlap by more than half
 * the narrower one (needs.h): their order is then uncertain. */
static int
overlap_widely(const struct needs_cell *a, const struct needs_cell *b)
{
	double lo = fmax(a->need_low - a->supply, b->need_low - b->supply);
	double hi = fmin(a->need_high - a->supply, b->need_high - b->supply);
	double narrow = fmin(a->need_high - a->need_low,
	    b->need_high - b->need_low);

	return narrow > 0 && hi - lo > narrow / 2;
}

/* Ranks the cells of known need, and marks the uncertain neighbours. */
static void
rank_cells(struct needs *n)
{
	size_t i;

	sort_ctx = n;
	qsort(n->by_rank, n->nranked, sizeof *n->by_rank, by_priority);
	for (i = 0; i < n->nranked; i++) {
		struct needs_cell *c = &n->cells[n->by_rank[i]];

		c->rank = (long)i + 1;
		if (i > 0 && overlap_widely(c, &n->cells[n->by_rank[i - 1]])) {
			c->uncertain_above = 1;
			n->cells[n->by_rank[i - 1]].uncertain_below = 1;
		}
	}
}

int
needs_unknown_area(const struct needs *n, size_t i, char *err, size_t size)
{
	const struct needs_area *a = &n->areas[i];
	const char **known, *close;
	size_t k, m = 0;

	if (!a->summary || a->recorded)
		return 0;
	known = xreallocarray(NULL, n->nareas + 1, sizeof *known);
	for (k = 0; k < n->nareas; k++)
		if (n->areas[k].recorded && area_level_of(n->areas[k].code) ==
		    area_level_of(a->code))
			known[m++] = n->areas[k].code;
	close = m > 0 ? suggest(a->code, known, m) : NULL;
	if (m > 0)
		snprintf(err, size, "%s: survey results for an area that no "
		    "area record knows%s%s%s; its need is counted in "
		    "respondents", a->code, close ? " (did you mean " : "",
		    close ? close : "", close ? "?)" : "");
	free(known);
	return m > 0;
}

void
needs_compute(struct needs *n)
{
	enum area_level lvl = n->level != AREA_INVALID ? n->level : AREA_BUURT;
	size_t *order, i, k, m = 0;
	int f;

	order = xmalloc((n->nareas + 1) * sizeof *order);
	for (i = 0; i < n->nareas; i++)
		if (n->areas[i].summary ||
		    area_level_of(n->areas[i].code) == lvl)
			order[m++] = i;
	sort_ctx = n;
	qsort(order, m, sizeof *order, by_code);
	n->ncells = m * FORM_COUNT;
	n->cells = xmalloc((n->ncells + 1) * sizeof *n->cells);
	n->by_rank = xmalloc((n->ncells + 1) * sizeof *n->by_rank);
	n->nranked = 0;
	for (i = 0, k = 0; i < m; i++)
		for (f = 0; f < FORM_COUNT; f++, k++) {
			struct needs_cell *c = &n->cells[k];

			memset(c, 0, sizeof *c);
			c->area = order[i];
			c->form = (enum isolation_form)f;
			cell_need(c, &n->areas[order[i]]);
			cell_supply(n, c);
			cell_judge(c);
			if (!isnan(c->need))
				n->by_rank[n->nranked++] = k;
			if (c->basis <= BASIS_WEIGHTED)
				n->nbasis[c->basis]++;
		}
	free(order);
	rank_cells(n);
}

void
needs_free(struct needs *n)
{
	FREE_ARRAY(struct needs_area, n->areas, n->nareas, a, free(a->name));
	FREE_ARRAY(struct needs_initiative, n->inits, n->ninits, in,
	    initiative_free(in));
	FREE_ARRAY(struct needs_account, n->accts, n->naccts, a,
	    (free(a->initiative), free(a->end)));
	FREE_ARRAY(struct needs_cell, n->cells, n->ncells, c,
	    (free(c->local), free(c->nearby)));
	free(n->by_rank);
	strmap_free(&n->area_ix);
	strmap_free(&n->init_ix);
	strmap_free(&n->acct_ix);
	memset(n, 0, sizeof *n);
}

/* ---- the advice record (its reasons: needs_text.c) ---- */

static json_t *
real_or_null(double v)
{
	return isnan(v) ? json_null() : json_real(v);
}

/* Whole numbers as integers, so that 264 does not print as 264.0. */
static json_t *
count_or_null(double v)
{
	if (isnan(v))
		return json_null();
	if (v == floor(v) && fabs(v) < 9e15)
		return json_integer((json_int_t)v);
	return json_real(v);
}

static json_t *
ids(const struct needs *n, const size_t *ix, size_t k, int only_flagged)
{
	json_t *a = json_array();
	size_t i;

	for (i = 0; i < k; i++)
		if (!only_flagged || n->inits[ix[i]].accounts == 0)
			json_array_append_new(a, json_string(n->inits[ix[i]].id));
	return a;
}

static json_t *
kinds_of(const struct needs *n, const struct needs_cell *c)
{
	json_t *a = json_array();
	size_t i, k;
	int want[64] = { 0 };

	if (c->action == ACT_START)
		for (i = 0; i < initiative_kinds.n; i++)
			want[i] = initiative_kind_form(i) == c->form;
	else if (c->action == ACT_SUPPORT)
		for (k = 0; k < c->nlocal; k++)
			want[n->inits[c->local[k]].kind] = 1;
	else if (c->action == ACT_CONNECT)
		for (k = 0; k < c->nnearby; k++)
			want[n->inits[c->nearby[k]].kind] = 1;
	for (i = 0; i < initiative_kinds.n && i < 64; i++)
		if (want[i])
			json_array_append_new(a,
			    json_string(initiative_kinds.terms[i].name));
	return a;
}

json_t *
needs_advice(const struct needs *n, size_t i, enum lang l)
{
	const struct needs_cell *c = &n->cells[i];
	const struct needs_area *a = &n->areas[c->area];
	json_t *o = json_object();

	json_object_set_new(o, "type", json_string("advice"));
	json_object_set_new(o, "area", json_string(a->code));
	json_object_set_new(o, "name", a->name ? json_string(a->name) :
	    json_null());
	json_object_set_new(o, "form", json_string(isolation_form_name(c->form)));
	json_object_set_new(o, "response",
	    json_string(isolation_form_response(c->form)));
	json_object_set_new(o, "population", a->population >= 0 ?
	    json_integer(a->population) : json_null());
	json_object_set_new(o, "share", c->basis <= BASIS_WEIGHTED ?
	    json_real(a->share[c->form]) : json_null());
	json_object_set_new(o, "need", count_or_null(c->need));
	json_object_set_new(o, "need_low", count_or_null(c->need_low));
	json_object_set_new(o, "need_high", count_or_null(c->need_high));
	json_object_set_new(o, "need_basis", json_string(basis_names[c->basis]));
	json_object_set_new(o, "method", c->basis <= BASIS_WEIGHTED ?
	    json_string(method_names[a->method]) : json_null());
	json_object_set_new(o, "supply", count_or_null(c->supply));
	json_object_set_new(o, "coverage", real_or_null(c->coverage));
	json_object_set_new(o, "gap", count_or_null(c->gap));
	json_object_set_new(o, "rank", c->rank > 0 ? json_integer(c->rank) :
	    json_null());
	json_object_set_new(o, "rank_uncertain", json_boolean(c->uncertain_above ||
	    c->uncertain_below));
	json_object_set_new(o, "action", json_string(action_names[c->action]));
	json_object_set_new(o, "kinds", kinds_of(n, c));
	json_object_set_new(o, "initiatives", ids(n, c->local, c->nlocal, 0));
	json_object_set_new(o, "flagged", ids(n, c->local, c->nlocal, 1));
	json_object_set_new(o, "nearby", ids(n, c->nearby, c->nnearby, 0));
	json_object_set_new(o, "reasons", needs_reasons(n, i, l));
	return o;
}
