/*
 * budget_records: the records a budget scenario reads (request, vote,
 * budget) and the areas' need and supply (see budget.h).
 */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "advice/budget_input.h"
#include "advice/needs.h"
#include "advice/strv.h"
#include "base/money.h"
#include "core/err.h"
#include "core/jsonval.h"
#include "core/opt.h"
#include "core/suggest.h"

const char *const budget_rules[] = { "need", "proportional", "greedy",
	"equal-shares", NULL };
/* The same, in the same order, with the Dutch a user may type after "|"
 * ("gulzig": the Dutch of a greedy algorithm; "gelijke-delen": the method
 * of equal shares, as the letter names it). */
const char *const budget_rule_words[] = { "need|behoefte",
	"proportional|evenredig", "greedy|gulzig", "equal-shares|gelijke-delen",
	NULL };

struct budget_input *
budget_new(void)
{
	struct budget_input *b = xmalloc(sizeof(*b));

	memset(b, 0, sizeof(*b));
	b->budget = -1;
	return b;
}

const char *const budget_leftovers[] = { "none|niets", "fund|financier",
	"partial|deels", NULL };

/* Pabulib's leftover_budget phrases, in enum budget_leftover's order. */
static const char *const leftover_phrases[] = { "",
	"Fund additional projects that fit within leftover budget ordered by "
	"score",
	"Partially fund one additional project with highest score" };

void
budget_set_leftover(struct budget_input *b, enum budget_leftover l)
{
	b->leftover = l;
	b->leftover_set = 1;
}

/* The leftover step a budget record's leftover_budget names (none when
 * it names none we know). */
static enum budget_leftover
record_leftover(const json_t *rec)
{
	const char *s = json_string_value(json_object_get(rec,
	    "leftover_budget"));
	size_t i;

	for (i = 1; s != NULL && i < NELEM(leftover_phrases); i++)
		if (strcmp(s, leftover_phrases[i]) == 0)
			return (enum budget_leftover)i;
	return LEFTOVER_NONE;
}

void
budget_set_completion(struct budget_input *b, int completion)
{
	if (completion < 0 || completion > ES_NONE)
		BUG("completion %d", completion);
	b->completion = (enum es_completion)completion;
}

static void
free_request(struct request *r)
{
	free(r->id);
	free(r->initiative);
	free(r->nbh);
	strv_free(r->areas, r->nareas);
	strv_free(r->cats, r->ncats);
}

static void
caps_free(struct caps *c)
{
	strmap_free(&c->ix);
	free(c->cents);
	memset(c, 0, sizeof *c);
}

void
budget_free(struct budget_input *b)
{
	size_t i;

	if (b == NULL)
		return;
	for (i = 0; i < b->nreq; i++)
		free_request(&b->req[i]);
	for (i = 0; i < b->nvot; i++)
		strv_free(b->vot[i].approved, b->vot[i].n);
	for (i = 0; i < b->narea; i++)
		free(b->area[i].code);
	free(b->req);
	free(b->vot);
	free(b->area);
	free(b->rule);
	strmap_free(&b->req_ix);
	strmap_free(&b->area_ix);
	caps_free(&b->cat_cap);
	caps_free(&b->nbh_cap);
	free(b);
}

/* An array of distinct non-empty strings (absent: none). */
static int
strings(const json_t *rec, const char *key, char ***out, size_t *n,
    char *err, size_t size)
{
	const json_t *a = json_object_get(rec, key), *v;
	struct strmap seen = { 0 };
	size_t i;
	int twice = 0;

	*out = NULL;
	*n = 0;
	if (json_absent(a))
		return 0;
	if (!json_is_array(a))
		return errorf(err, size, "\"%s\" is not an array", key);
	json_array_foreach(a, i, v)
		if (!json_is_string(v) || json_string_length(v) == 0)
			return errorf(err, size, "\"%s\" holds a non-string",
			    key);
	json_array_foreach(a, i, v)
		twice |= strmap_add(&seen, json_string_value(v), i, NULL) == 0;
	strmap_free(&seen);
	if (twice)
		return errorf(err, size, "\"%s\" names one twice", key);
	*out = xreallocarray(NULL, json_array_size(a) + 1, sizeof(char *));
	json_array_foreach(a, i, v)
		(*out)[i] = xstrdup(json_string_value(v));
	*n = json_array_size(a);
	return 0;
}

static char *
opt_strdup(const json_t *rec, const char *key)
{
	const json_t *v = json_object_get(rec, key);

	return json_is_string(v) ? xstrdup(json_string_value(v)) : NULL;
}

/* The most places a request may add: the need rules count in tenths of a
 * resident, in 64 bits. */
#define CAPACITY_MAX 1e12

/* A request's amount, capacity and votes. */
static int
request_numbers(struct request *r, const json_t *rec, char *err, size_t size)
{
	const json_t *v;
	const char *why;

	if (json_object_get(rec, "amount") == NULL)
		return errorf(err, size, "request without \"amount\"");
	if (money_from_json(json_object_get(rec, "amount"), &r->amount,
	    &why) == -1)
		return errorf(err, size, "amount: %s", why);
	if (r->amount <= 0)
		return errorf(err, size, "amount: not positive");
	r->capacity = NAN;
	v = json_object_get(rec, "capacity");
	if (!json_absent(v)) {
		if (!json_is_number(v) || json_number_value(v) < 0 ||
		    json_number_value(v) > CAPACITY_MAX)
			return errorf(err, size, "capacity: not a number from 0 "
			    "to %g", CAPACITY_MAX);
		r->capacity = json_number_value(v);
	}
	r->votes = -1;
	v = json_object_get(rec, "votes");
	if (!json_absent(v) && json_whole(v, 0, LONG_MAX, &r->votes) == -1)
		return errorf(err, size, "votes: not a whole number >= 0");
	return 0;
}

/*
 * A request's "forms" into r->forms; a name that is no form is left out,
 * with a warning in err (the record is kept: the rules that do not weigh
 * need are right without it).
 */
static int
request_forms(struct request *r, const json_t *rec, char *err, size_t size)
{
	const char *names[FORM_COUNT];
	enum isolation_form f;
	char **v, why[256];
	const char *first = NULL;
	size_t n, i, unknown = 0;
	int k;

	if (strings(rec, "forms", &v, &n, err, size) == -1)
		return -1;
	for (k = 0; k < FORM_COUNT; k++)
		names[k] = isolation_form_name((enum isolation_form)k);
	r->forms_named = n > 0;
	for (i = 0; i < n; i++) {
		if (isolation_form_parse(v[i], &f) == 0) {
			r->forms |= 1u << f;
			continue;
		}
		if (unknown++ == 0) {
			first = v[i];
			suggest_unknown(why, sizeof why, "form", v[i], names,
			    FORM_COUNT);
		}
	}
	if (unknown > 0)
		errorf(err, size, "request %s: forms: '%s': %s%s: the rules "
		    "need and proportional count no need of it",
		    json_string_value(json_object_get(rec, "id")), first, why,
		    unknown > 1 ? " (and more names that are no form)" : "");
	strv_free(v, n);
	return 0;
}

static int
add_request(struct budget_input *b, const json_t *rec, char *err,
    size_t size)
{
	const json_t *id = json_object_get(rec, "id");
	struct request r;

	memset(&r, 0, sizeof(r));
	if (!json_is_string(id) || json_string_length(id) == 0)
		return errorf(err, size, "request without \"id\"");
	if (strmap_get(&b->req_ix, json_string_value(id), NULL))
		return errorf(err, size, "request %s given twice",
		    json_string_value(id));
	if (request_numbers(&r, rec, err, size) == -1 ||
	    strings(rec, "areas", &r.areas, &r.nareas, err, size) == -1)
		return -1;
	if (strings(rec, "categories", &r.cats, &r.ncats, err, size) == -1 ||
	    request_forms(&r, rec, err, size) == -1) {
		strv_free(r.areas, r.nareas);
		strv_free(r.cats, r.ncats);
		return -1;
	}
	r.id = xstrdup(json_string_value(id));
	r.initiative = opt_strdup(rec, "initiative");
	r.nbh = opt_strdup(rec, "neighbourhood");
	XGROW(b->req, b->nreq, b->capreq);
	strmap_add(&b->req_ix, r.id, b->nreq, NULL);
	b->req[b->nreq++] = r;
	return 1;
}

static int
add_vote(struct budget_input *b, const json_t *rec, char *err, size_t size)
{
	const json_t *id = json_object_get(rec, "voter");
	struct voter v;

	if (!json_is_string(id) || json_string_length(id) == 0)
		return errorf(err, size, "vote without \"voter\"");
	if (json_object_get(rec, "approved") == NULL)
		return errorf(err, size, "vote without \"approved\"");
	if (strings(rec, "approved", &v.approved, &v.n, err, size) == -1)
		return -1;
	XGROW(b->vot, b->nvot, b->capvot);
	b->vot[b->nvot++] = v;
	return 1;
}

/* The caps under key, name -> money, into *c (absent: *c as it was). */
static int
caps_parse(const json_t *rec, const char *key, struct caps *c, char *err,
    size_t size)
{
	const json_t *o = json_object_get(rec, key), *v;
	const char *name, *why;
	int64_t cents;

	memset(c, 0, sizeof *c);
	if (json_absent(o))
		return 0;
	if (!json_is_object(o))
		return errorf(err, size, "\"%s\" is not an object", key);
	c->held = 1;
	json_object_foreach((json_t *)o, name, v) {
		if (money_from_json(v, &cents, &why) == -1) {
			caps_free(c);
			return errorf(err, size, "a cap: %s", why);
		}
		XGROW(c->cents, c->n, c->cap);
		strmap_add(&c->ix, name, c->n, NULL);
		c->cents[c->n++] = cents;
	}
	return 0;
}

/* The caps of a later budget record replace those of an earlier one. */
static void
caps_keep(struct caps *held, struct caps *c)
{
	if (!c->held)
		return;
	caps_free(held);
	*held = *c;
}

static int
add_budget(struct budget_input *b, const json_t *rec, char *err,
    size_t size)
{
	struct caps cat, nbh;
	const char *why;
	int64_t cents;

	if (json_object_get(rec, "budget") == NULL)
		return errorf(err, size, "budget record without \"budget\"");
	if (money_from_json(json_object_get(rec, "budget"), &cents,
	    &why) == -1)
		return errorf(err, size, "budget: %s", why);
	if (cents < 0)
		return errorf(err, size, "budget: negative");
	if (caps_parse(rec, "budget_per_category", &cat, err, size) == -1)
		return -1;
	if (caps_parse(rec, "budget_per_neighbourhood", &nbh, err,
	    size) == -1) {
		caps_free(&cat);
		return -1;
	}
	caps_keep(&b->cat_cap, &cat);
	caps_keep(&b->nbh_cap, &nbh);
	b->budget = cents;
	free(b->rule);
	b->rule = opt_strdup(rec, "rule");
	if (!b->leftover_set)
		b->leftover = record_leftover(rec);
	return 1;
}

int
budget_add_record(struct budget_input *b, const json_t *rec,
    const char *type, char *err, size_t size)
{
	if (size > 0)
		err[0] = '\0';
	if (type == NULL)
		return 0;
	if (strcmp(type, "request") == 0)
		return add_request(b, rec, err, size);
	if (strcmp(type, "vote") == 0)
		return add_vote(b, rec, err, size);
	if (strcmp(type, "budget") == 0)
		return add_budget(b, rec, err, size);
	return 0;
}

void
budget_set_area(struct budget_input *b, const char *code,
    const double need[FORM_COUNT], const double supply[FORM_COUNT],
    double isolation)
{
	struct area *a;
	unsigned long i;
	int f, known = 0;

	if (strmap_add(&b->area_ix, code, b->narea, &i) == 1) {
		a = XPUSH(b->area, b->narea, b->caparea);
		a->code = xstrdup(code);
	} else
		a = &b->area[i];
	a->need = a->supply = 0;
	for (f = 0; f < FORM_COUNT; f++) {
		a->form_need[f] = need[f];
		a->form_supply[f] = supply[f];
		if (isnan(need[f]))
			continue;
		known = 1;
		a->need += need[f];
		a->supply += supply[f];
	}
	if (!known)
		a->need = NAN;
	a->isolation = isolation;
}

void
budget_take_needs(struct budget_input *b, const struct needs *n)
{
	double need[FORM_COUNT], supply[FORM_COUNT], share;
	const struct needs_cell *c;
	size_t i;
	int f, known;

	for (i = 0; i + FORM_COUNT <= n->ncells; i += FORM_COUNT) {
		const struct needs_area *a = &n->areas[n->cells[i].area];

		share = 0;
		known = 0;
		for (f = 0; f < FORM_COUNT; f++) {
			c = &n->cells[i + (size_t)f];
			if (c->area != n->cells[i].area || (int)c->form != f)
				BUG("needs cells not in areas of %d forms",
				    FORM_COUNT);
			need[f] = c->need;
			supply[f] = c->supply;
			if (!isnan(c->need)) {
				known = 1;
				share += a->share[f];
			}
		}
		budget_set_area(b, a->code, need, supply, known ? share : NAN);
	}
}

int
budget_rule_parse(const char *s, enum budget_rule *r)
{
	int i = opt_word(budget_rules, s);

	if (i < 0)
		return -1;
	*r = (enum budget_rule)i;
	return 0;
}

const char *
budget_rule_name(enum budget_rule r)
{
	if ((size_t)r >= NELEM(budget_rules) - 1)
		BUG("budget rule %d", (int)r);
	return budget_rules[r];
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

const char *
budget_request_id(const struct budget_input *b, size_t i)
{
	return b->req[i].id;
}

long
budget_request_index(const struct budget_input *b, const char *id)
{
	unsigned long i;

	return strmap_get(&b->req_ix, id, &i) ? (long)i : -1;
}

struct area *
budget_area(const struct budget_input *b, const char *code)
{
	unsigned long i;

	return strmap_get(&b->area_ix, code, &i) ? &b->area[i] : NULL;
}

int
budget_known_need(const struct area *a)
{
	return a != NULL && !isnan(a->need);
}

void
budget_add_capacity(const struct budget_input *b, const struct request *r,
    double frac, double *added)
{
	size_t k;
	struct area *a;

	if (isnan(r->capacity) || r->nareas == 0)
		return;
	for (k = 0; k < r->nareas; k++)
		if ((a = budget_area(b, r->areas[k])) != NULL)
			added[a - b->area] += r->capacity * frac /
			    (double)r->nareas;
}
