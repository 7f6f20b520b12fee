#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "accounts/book.h"
#include "core/err.h"
#include "base/money.h"

void
book_init(struct book *b)
{
	memset(b, 0, sizeof *b);
}

static void
goal_free(struct goal *g)
{
	size_t i;

	free(g->id);
	for (i = 0; i < g->nset; i++)
		free(g->set[i].unit);
	free(g->set);
	free(g->m);
	for (i = 0; i < g->npend; i++) {
		free(g->pend[i].file);
		free(g->pend[i].text);
	}
	free(g->pend);
}

static void
entry_free(struct book_entry *e)
{
	size_t i;

	free(e->id);
	free(e->name);
	free(e->m);
	for (i = 0; i < e->ngoals; i++)
		goal_free(&e->goals[i]);
	free(e->goals);
}

void
book_free(struct book *b)
{
	size_t i;

	for (i = 0; i < b->n; i++) {
		entry_free(b->e[i]);
		free(b->e[i]);
	}
	free(b->e);
	free(b->slot);
	memset(b, 0, sizeof *b);
}

/* FNV-1a: ids are short and few; any fair hash will do. */
static size_t
hash(const char *s)
{
	uint64_t h = 14695981039346656037ULL;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return (size_t)h;
}

static size_t *
lookup_slot(const struct book *b, const char *id)
{
	size_t i;

	for (i = hash(id) & (b->nslot - 1); b->slot[i] != 0;
	    i = (i + 1) & (b->nslot - 1))
		if (strcmp(b->e[b->slot[i] - 1]->id, id) == 0)
			break;
	return &b->slot[i];
}

struct book_entry *
book_find(const struct book *b, const char *id)
{
	size_t *s;

	if (b->nslot == 0)
		return NULL;
	s = lookup_slot(b, id);
	return *s ? b->e[*s - 1] : NULL;
}

static void
rehash(struct book *b)
{
	size_t i;

	free(b->slot);
	b->nslot = b->nslot ? b->nslot * 2 : 64;
	b->slot = xmalloc(b->nslot * sizeof *b->slot);
	memset(b->slot, 0, b->nslot * sizeof *b->slot);
	for (i = 0; i < b->n; i++)
		*lookup_slot(b, b->e[i]->id) = i + 1;
}

struct book_entry *
book_get(struct book *b, const char *id)
{
	struct book_entry *e;

	if ((e = book_find(b, id)) != NULL)
		return e;
	if (2 * (b->n + 1) > b->nslot)
		rehash(b);
	if (b->n == b->cap) {
		b->cap = b->cap ? 2 * b->cap : 16;
		b->e = xrealloc(b->e, b->cap * sizeof *b->e);
	}
	e = xmalloc(sizeof *e);
	memset(e, 0, sizeof *e);
	e->id = xstrdup(id);
	e->owned = -1;
	b->e[b->n++] = e;
	*lookup_slot(b, id) = b->n;
	return e;
}

/*
 * Widens the month array *arr (months *lo .. *lo + *n - 1) to hold month;
 * new elements are zero.  Returns the element for month.
 */
static void *
month_slot(void **arr, int *lo, int *n, int month, size_t size,
    void (*init)(void *))
{
	char *a = *arr;
	int nlo, nn, i;

	if (*n == 0) {
		nlo = month;
		nn = 1;
	} else if (month < *lo) {
		nlo = month;
		nn = *lo + *n - month;
	} else if (month >= *lo + *n) {
		nlo = *lo;
		nn = month - *lo + 1;
	} else
		return a + (size_t)(month - *lo) * size;
	a = xrealloc(a, (size_t)nn * size);
	if (*n > 0 && nlo < *lo)
		memmove(a + (size_t)(*lo - nlo) * size, a, (size_t)*n * size);
	for (i = 0; i < nn; i++)
		if (*n == 0 || nlo + i < *lo || nlo + i >= *lo + *n) {
			memset(a + (size_t)i * size, 0, size);
			if (init != NULL)
				init(a + (size_t)i * size);
		}
	*arr = a;
	*lo = nlo;
	*n = nn;
	return a + (size_t)(month - nlo) * size;
}

static void
month_init(void *p)
{
	struct acct_month *m = p;

	m->members = -1;
	m->plan_agreed = -1;
}

static struct acct_month *
entry_month(struct book_entry *e, int month)
{
	return month_slot((void **)&e->m, &e->lo, &e->n, month, sizeof *e->m,
	    month_init);
}

static struct goal_month *
goal_month(struct goal *g, int month)
{
	return month_slot((void **)&g->m, &g->lo, &g->n, month, sizeof *g->m,
	    NULL);
}

const struct acct_month *
book_month_at(const struct book_entry *e, int month)
{
	if (month < e->lo || month >= e->lo + e->n)
		return NULL;
	return &e->m[month - e->lo];
}

const struct goal_month *
goal_month_at(const struct goal *g, int month)
{
	if (month < g->lo || month >= g->lo + g->n)
		return NULL;
	return &g->m[month - g->lo];
}

static struct goal *
entry_goal(struct book_entry *e, const char *id)
{
	size_t i;

	for (i = 0; i < e->ngoals; i++)
		if (strcmp(e->goals[i].id, id) == 0)
			return &e->goals[i];
	if (e->ngoals == e->capgoals) {
		e->capgoals = e->capgoals ? 2 * e->capgoals : 4;
		e->goals = xrealloc(e->goals, e->capgoals * sizeof *e->goals);
	}
	memset(&e->goals[e->ngoals], 0, sizeof e->goals[0]);
	e->goals[e->ngoals].id = xstrdup(id);
	return &e->goals[e->ngoals++];
}

const struct goal_setting *
goal_in_force(const struct goal *g, int month)
{
	const struct goal_setting *best = NULL;
	size_t i;

	for (i = 0; i < g->nset && month_of(g->set[i].date) <= month; i++)
		best = &g->set[i];
	return best;
}

/* Orders two settings of one day so that the outcome does not depend on
 * the order they came in: the higher target, then per, then unit. */
static int
setting_cmp(const struct goal_setting *a, const struct goal_setting *b)
{
	int c = date_cmp(a->date, b->date);

	if (c != 0)
		return c;
	if (a->target != b->target)
		return a->target < b->target ? -1 : 1;
	if (a->per != b->per)
		return a->per < b->per ? -1 : 1;
	return strcmp(a->unit, b->unit);
}

static void
drop_pending(struct goal *g)
{
	size_t i;

	for (i = 0; i < g->npend; i++) {
		free(g->pend[i].file);
		free(g->pend[i].text);
	}
	free(g->pend);
	g->pend = NULL;
	g->npend = g->cappend = 0;
}

/* Keeps one setting per day: the greater by setting_cmp. */
static void
add_setting(struct goal *g, struct date date, int64_t target,
    const char *unit, enum period_kind per)
{
	struct goal_setting s = { date, target, (char *)unit, per };
	size_t i = g->nset;

	while (i > 0 && date_cmp(g->set[i - 1].date, date) > 0)
		i--;
	if (i > 0 && date_cmp(g->set[i - 1].date, date) == 0) {
		if (setting_cmp(&s, &g->set[i - 1]) > 0) {
			free(g->set[i - 1].unit);
			g->set[i - 1] = s;
			g->set[i - 1].unit = xstrdup(unit);
		}
		return;
	}
	if (g->nset == g->capset) {
		g->capset = g->capset ? 2 * g->capset : 4;
		g->set = xrealloc(g->set, g->capset * sizeof *g->set);
	}
	memmove(&g->set[i + 1], &g->set[i], (g->nset - i) * sizeof *g->set);
	g->set[i] = s;
	g->set[i].unit = xstrdup(unit);
	g->nset++;
	drop_pending(g);
}

static void
hold(struct goal *g, const char *file, unsigned long lineno,
    const char *text, size_t len)
{
	struct pending_line *p;

	if (g->npend == g->cappend) {
		g->cappend = g->cappend ? 2 * g->cappend : 4;
		g->pend = xrealloc(g->pend, g->cappend * sizeof *g->pend);
	}
	p = &g->pend[g->npend++];
	p->file = xstrdup(file);
	p->lineno = lineno;
	p->text = xmalloc(len + 1);
	memcpy(p->text, text, len);
	p->text[len] = '\0';
	p->len = len;
}

static int
add_money(struct book_entry *e, const struct ledger_event *ev, char *err,
    size_t errsize)
{
	struct acct_month *m;
	int64_t *total = ev->kind == LEDGER_INCOME ? &e->income_total :
	    &e->expense_total;

	if (money_add(total, ev->amount) != 0) {
		snprintf(err, errsize, "amount: %s total of '%s' would "
		    "overflow (beyond 92 233 720 368 547 758.07)",
		    ev->kind == LEDGER_INCOME ? "the income" : "the expense",
		    e->id);
		return -1;
	}
	m = entry_month(e, month_of(ev->date));
	if (ev->kind == LEDGER_INCOME)
		m->income[ev->source] += ev->amount;
	else
		m->expense[ev->category] += ev->amount;
	return 0;
}

static void
add_meeting(struct acct_month *m, const struct ledger_event *ev)
{
	m->meetings++;
	if (ev->attendees > 0)
		m->attendees += ev->attendees;
	if (ev->date.d > m->meeting_day) {
		m->meeting_day = ev->date.d;
		m->plan_agreed = ev->plan_agreed;
		m->members = ev->members;
	} else if (ev->date.d == m->meeting_day) {
		if (ev->plan_agreed > m->plan_agreed)
			m->plan_agreed = ev->plan_agreed;
		if (ev->members > m->members)
			m->members = ev->members;
	}
	if (ev->accounts_approved && ev->date.d > m->accounts_day)
		m->accounts_day = ev->date.d;
}

static int
add_goal_event(struct book_entry *e, const struct ledger_event *ev,
    const char *file, unsigned long lineno, const char *text, size_t len,
    char *err, size_t errsize)
{
	struct goal *g = entry_goal(e, ev->goal);
	struct goal_month *gm;
	int month = month_of(ev->date);

	if (ev->kind == LEDGER_GOAL) {
		add_setting(g, ev->date, ev->target, ev->unit, ev->per);
		(void)goal_month(g, month);
		return 0;
	}
	if (ev->kind == LEDGER_RESULT && money_add(&g->total, ev->value)) {
		snprintf(err, errsize, "value: the results of goal '%s' "
		    "would add up beyond what can be counted", g->id);
		return -1;
	}
	gm = goal_month(g, month);
	if (ev->kind == LEDGER_RESULT) {
		gm->sum += ev->value;
		gm->results++;
	} else
		gm->adjustments++;
	if (g->nset == 0)
		hold(g, file, lineno, text, len);
	return 0;
}

int
book_add_event(struct book *b, const struct ledger_event *ev,
    const char *file, unsigned long lineno, const char *text, size_t len,
    char *err, size_t errsize)
{
	struct book_entry *e = book_get(b, ev->initiative);
	struct acct_month *m;
	int month = month_of(ev->date);

	switch (ev->kind) {
	case LEDGER_INCOME:
	case LEDGER_EXPENSE:
		return add_money(e, ev, err, errsize);
	case LEDGER_GOAL:
	case LEDGER_RESULT:
		return add_goal_event(e, ev, file, lineno, text, len, err,
		    errsize);
	case LEDGER_ADJUSTMENT:
		if (ev->goal != NULL)
			return add_goal_event(e, ev, file, lineno, text, len,
			    err, errsize);
		break;
	case LEDGER_HOURS:
		if (money_add(&e->hours_total, ev->hours) != 0) {
			snprintf(err, errsize, "hours: the hours of '%s' would "
			    "add up beyond what can be counted", e->id);
			return -1;
		}
		break;
	default:
		break;
	}
	m = entry_month(e, month);
	switch (ev->kind) {
	case LEDGER_HOURS:
		m->hours[ev->by] += ev->hours;
		break;
	case LEDGER_REACH:
		if (ev->date.d > m->reach_day || (ev->date.d == m->reach_day &&
		    ev->participants > m->reach)) {
			m->reach_day = ev->date.d;
			m->reach = ev->participants;
		}
		break;
	case LEDGER_MEETING:
		add_meeting(m, ev);
		break;
	case LEDGER_ADJUSTMENT:
		m->adjustments++;
		break;
	default:
		break;
	}
	return 0;
}

int
book_add_initiative(struct book *b, const json_t *rec)
{
	const json_t *id = json_object_get(rec, "id");
	const json_t *name = json_object_get(rec, "name");
	const json_t *owned = json_object_get(rec, "owned_by_participants");
	struct book_entry *e;

	if (!json_is_string(id) || json_string_length(id) == 0)
		return -1;
	e = book_get(b, json_string_value(id));
	if (json_is_string(name)) {
		free(e->name);
		e->name = xstrdup(json_string_value(name));
	}
	if (json_is_boolean(owned))
		e->owned = json_is_true(owned);
	return 0;
}

static int
entry_cmp(const void *a, const void *b)
{
	return strcmp((*(struct book_entry *const *)a)->id,
	    (*(struct book_entry *const *)b)->id);
}

struct book_entry **
book_sorted(const struct book *b)
{
	struct book_entry **v = xmalloc((b->n + 1) * sizeof *v);

	if (b->n > 0)
		memcpy(v, b->e, b->n * sizeof *v);
	qsort(v, b->n, sizeof *v, entry_cmp);
	return v;
}

void
book_unresolved(const struct book *b, void (*fn)(void *,
    const struct book_entry *, const struct goal *,
    const struct pending_line *), void *ctx)
{
	struct book_entry **v = book_sorted(b);
	size_t i, j, k;

	for (i = 0; i < b->n; i++)
		for (j = 0; j < v[i]->ngoals; j++)
			if (v[i]->goals[j].nset == 0)
				for (k = 0; k < v[i]->goals[j].npend; k++)
					fn(ctx, v[i], &v[i]->goals[j],
					    &v[i]->goals[j].pend[k]);
	free(v);
}

/* --partial and --merge: the buckets as arrays of integers. */

static json_t *
month_label(int month)
{
	char buf[PERIOD_LABEL_MAX];

	return json_string(period_label(PERIOD_MONTH, month, buf));
}

#define MONTH_FIELDS (LEDGER_NSOURCES + LEDGER_NCATEGORIES + LEDGER_NBY + 9)

static json_t *
month_partial(const struct acct_month *m)
{
	json_t *a = json_array();
	int i;

	for (i = 0; i < LEDGER_NSOURCES; i++)
		json_array_append_new(a, json_integer(m->income[i]));
	for (i = 0; i < LEDGER_NCATEGORIES; i++)
		json_array_append_new(a, json_integer(m->expense[i]));
	for (i = 0; i < LEDGER_NBY; i++)
		json_array_append_new(a, json_integer(m->hours[i]));
	json_array_append_new(a, json_integer(m->reach));
	json_array_append_new(a, json_integer(m->reach_day));
	json_array_append_new(a, json_integer(m->meetings));
	json_array_append_new(a, json_integer(m->attendees));
	json_array_append_new(a, json_integer(m->members));
	json_array_append_new(a, json_integer(m->meeting_day));
	json_array_append_new(a, json_integer(m->plan_agreed));
	json_array_append_new(a, json_integer(m->accounts_day));
	json_array_append_new(a, json_integer(m->adjustments));
	return a;
}

static json_t *
goal_partial(const struct goal *g)
{
	json_t *o = json_object(), *a = json_array(), *s;
	char buf[DATE_STR_MAX];
	size_t i;
	int k;

	json_object_set_new(o, "goal", json_string(g->id));
	for (i = 0; i < g->nset; i++) {
		s = json_array();
		json_array_append_new(s, json_string(date_format(g->set[i].date,
		    buf)));
		json_array_append_new(s, json_integer(g->set[i].target));
		json_array_append_new(s, json_string(g->set[i].unit));
		json_array_append_new(s, json_string(period_kind_name(
		    g->set[i].per)));
		json_array_append_new(a, s);
	}
	json_object_set_new(o, "settings", a);
	json_object_set_new(o, "first", g->n ? month_label(g->lo) :
	    json_null());
	a = json_array();
	for (k = 0; k < g->n; k++)
		json_array_append_new(a, json_pack("[IIi]",
		    (json_int_t)g->m[k].sum, (json_int_t)g->m[k].results,
		    (int)g->m[k].adjustments));
	json_object_set_new(o, "months", a);
	a = json_array();
	for (i = 0; i < g->npend; i++)
		json_array_append_new(a, json_pack("[sIs%]", g->pend[i].file,
		    (json_int_t)g->pend[i].lineno, g->pend[i].text,
		    g->pend[i].len));
	json_object_set_new(o, "pending", a);
	return o;
}

json_t *
book_partial(const struct book_entry *e)
{
	json_t *o = json_object(), *a = json_array();
	size_t i;
	int k;

	json_object_set_new(o, "type", json_string("account_partial"));
	json_object_set_new(o, "initiative", json_string(e->id));
	json_object_set_new(o, "first", e->n ? month_label(e->lo) :
	    json_null());
	for (k = 0; k < e->n; k++)
		json_array_append_new(a, month_partial(&e->m[k]));
	json_object_set_new(o, "months", a);
	a = json_array();
	for (i = 0; i < e->ngoals; i++)
		json_array_append_new(a, goal_partial(&e->goals[i]));
	json_object_set_new(o, "goals", a);
	return o;
}

static int
int_at(const json_t *a, size_t i, int64_t lo, int64_t hi, int64_t *v)
{
	const json_t *x = json_array_get(a, i);

	if (!json_is_integer(x) || json_integer_value(x) < lo ||
	    json_integer_value(x) > hi)
		return -1;
	*v = json_integer_value(x);
	return 0;
}

static int
first_month(const json_t *o, int *month)
{
	const json_t *f = json_object_get(o, "first");
	const char *why;

	if (json_is_null(f) && json_array_size(json_object_get(o, "months"))
	    == 0) {
		*month = 0;
		return 0;
	}
	if (!json_is_string(f))
		return -1;
	return month_parse(json_string_value(f), month, &why);
}

/* The fields as month_partial writes them; members and plan_agreed may
 * be -1 (unknown), days run from 0 (none) to 31. */
static int
read_month(const json_t *a, struct acct_month *m)
{
	enum { REACH = LEDGER_NSOURCES + LEDGER_NCATEGORIES + LEDGER_NBY };
	int64_t v[MONTH_FIELDS];
	size_t i;
	int k;

	if (!json_is_array(a) || json_array_size(a) != MONTH_FIELDS)
		return -1;
	for (i = 0; i < MONTH_FIELDS; i++)
		if (int_at(a, i, i == REACH + 4 || i == REACH + 6 ? -1 : 0,
		    i >= REACH ? LONG_MAX : INT64_MAX, &v[i]) != 0)
			return -1;
	if (v[REACH + 1] > 31 || v[REACH + 5] > 31 || v[REACH + 6] > 1 ||
	    v[REACH + 7] > 31)
		return -1;
	for (k = 0; k < LEDGER_NSOURCES; k++)
		m->income[k] = v[k];
	for (k = 0; k < LEDGER_NCATEGORIES; k++)
		m->expense[k] = v[LEDGER_NSOURCES + k];
	for (k = 0; k < LEDGER_NBY; k++)
		m->hours[k] = v[LEDGER_NSOURCES + LEDGER_NCATEGORIES + k];
	m->reach = (long)v[REACH];
	m->reach_day = (int)v[REACH + 1];
	m->meetings = (long)v[REACH + 2];
	m->attendees = (long)v[REACH + 3];
	m->members = (long)v[REACH + 4];
	m->meeting_day = (int)v[REACH + 5];
	m->plan_agreed = (int)v[REACH + 6];
	m->accounts_day = (int)v[REACH + 7];
	m->adjustments = (long)v[REACH + 8];
	return 0;
}

static int
read_setting(const json_t *a, struct goal *g)
{
	const json_t *d = json_array_get(a, 0), *u = json_array_get(a, 2),
	    *p = json_array_get(a, 3);
	struct date date;
	enum period_kind per;
	int64_t target;
	const char *why;

	if (json_array_size(a) != 4 || !json_is_string(d) ||
	    date_parse(json_string_value(d), json_string_length(d), &date,
	    &why) != 0 || int_at(a, 1, 0, LEDGER_QUANTITY_MAX, &target) ||
	    !json_is_string(u) || !json_is_string(p) ||
	    period_kind_parse(json_string_value(p), &per) != 0)
		return -1;
	add_setting(g, date, target, json_string_value(u), per);
	return 0;
}

static int
read_goal(const json_t *o, struct book_entry *e)
{
	const json_t *id = json_object_get(o, "goal"), *x, *a;
	struct goal *g;
	struct goal_month *gm;
	int64_t v[3];
	size_t i;
	int lo;

	if (!json_is_string(id) || json_string_length(id) == 0 ||
	    first_month(o, &lo) != 0)
		return -1;
	g = entry_goal(e, json_string_value(id));
	json_array_foreach(json_object_get(o, "settings"), i, x)
		if (read_setting(x, g) != 0)
			return -1;
	json_array_foreach(json_object_get(o, "months"), i, a) {
		if (json_array_size(a) != 3 || int_at(a, 0, 0, INT64_MAX, &v[0])
		    || int_at(a, 1, 0, LONG_MAX, &v[1]) ||
		    int_at(a, 2, 0, LONG_MAX, &v[2]) ||
		    money_add(&g->total, v[0]) != 0)
			return -1;
		gm = goal_month(g, lo + (int)i);
		gm->sum = v[0];
		gm->results = (long)v[1];
		gm->adjustments = (long)v[2];
	}
	json_array_foreach(json_object_get(o, "pending"), i, a) {
		if (json_array_size(a) != 3 ||
		    !json_is_string(json_array_get(a, 0)) ||
		    int_at(a, 1, 1, LONG_MAX, &v[0]) ||
		    !json_is_string(x = json_array_get(a, 2)))
			return -1;
		if (g->nset == 0)
			hold(g, json_string_value(json_array_get(a, 0)),
			    (unsigned long)v[0], json_string_value(x),
			    json_string_length(x));
	}
	return 0;
}

/* A partial, read whole into e (a fresh entry) before anything merges. */
static int
read_partial(const json_t *o, struct book_entry *e)
{
	const json_t *a, *x;
	size_t i;
	int lo;

	if (first_month(o, &lo) != 0 ||
	    !json_is_array(json_object_get(o, "months")) ||
	    !json_is_array(json_object_get(o, "goals")))
		return -1;
	json_array_foreach(json_object_get(o, "months"), i, a) {
		struct acct_month *m = entry_month(e, lo + (int)i);
		int j;

		if (read_month(a, m) != 0)
			return -1;
		for (j = 0; j < LEDGER_NSOURCES; j++)
			if (money_add(&e->income_total, m->income[j]))
				return -1;
		for (j = 0; j < LEDGER_NCATEGORIES; j++)
			if (money_add(&e->expense_total, m->expense[j]))
				return -1;
		for (j = 0; j < LEDGER_NBY; j++)
			if (money_add(&e->hours_total, m->hours[j]))
				return -1;
	}
	json_array_foreach(json_object_get(o, "goals"), i, x)
		if (read_goal(x, e) != 0)
			return -1;
	return 0;
}

static void
merge_month(struct acct_month *d, const struct acct_month *s)
{
	int i;

	for (i = 0; i < LEDGER_NSOURCES; i++)
		d->income[i] += s->income[i];
	for (i = 0; i < LEDGER_NCATEGORIES; i++)
		d->expense[i] += s->expense[i];
	for (i = 0; i < LEDGER_NBY; i++)
		d->hours[i] += s->hours[i];
	if (s->reach_day > d->reach_day || (s->reach_day == d->reach_day &&
	    s->reach > d->reach)) {
		d->reach_day = s->reach_day;
		d->reach = s->reach;
	}
	d->meetings += s->meetings;
	d->attendees += s->attendees;
	if (s->meeting_day > d->meeting_day) {
		d->meeting_day = s->meeting_day;
		d->plan_agreed = s->plan_agreed;
		d->members = s->members;
	} else if (s->meeting_day == d->meeting_day) {
		if (s->plan_agreed > d->plan_agreed)
			d->plan_agreed = s->plan_agreed;
		if (s->members > d->members)
			d->members = s->members;
	}
	if (s->accounts_day > d->accounts_day)
		d->accounts_day = s->accounts_day;
	d->adjustments += s->adjustments;
}

static void
merge_goal(struct book_entry *e, const struct goal *s)
{
	struct goal *d = entry_goal(e, s->id);
	struct goal_month *gm;
	size_t i;
	int k;

	for (i = 0; i < s->nset; i++)
		add_setting(d, s->set[i].date, s->set[i].target,
		    s->set[i].unit, s->set[i].per);
	for (k = 0; k < s->n; k++) {
		gm = goal_month(d, s->lo + k);
		gm->sum += s->m[k].sum;
		gm->results += s->m[k].results;
		gm->adjustments += s->m[k].adjustments;
	}
	d->total += s->total;
	if (d->nset == 0)
		for (i = 0; i < s->npend; i++)
			hold(d, s->pend[i].file, s->pend[i].lineno,
			    s->pend[i].text, s->pend[i].len);
}

static int
would_overflow(const struct book_entry *d, const struct book_entry *s)
{
	int64_t t;
	size_t i, j;

	t = d->income_total;
	if (money_add(&t, s->income_total))
		return 1;
	t = d->expense_total;
	if (money_add(&t, s->expense_total))
		return 1;
	t = d->hours_total;
	if (money_add(&t, s->hours_total))
		return 1;
	for (i = 0; i < s->ngoals; i++)
		for (j = 0; j < d->ngoals; j++)
			if (strcmp(s->goals[i].id, d->goals[j].id) == 0) {
				t = d->goals[j].total;
				if (money_add(&t, s->goals[i].total))
					return 1;
			}
	return 0;
}

int
book_merge_partial(struct book *b, const json_t *o, char *err,
    size_t errsize)
{
	const json_t *id = json_object_get(o, "initiative");
	struct book_entry tmp, *d;
	size_t i;
	int k, rc = -1;

	if (!json_is_string(id) || json_string_length(id) == 0) {
		snprintf(err, errsize, "initiative: missing");
		return -1;
	}
	memset(&tmp, 0, sizeof tmp);
	tmp.id = xstrdup(json_string_value(id));
	tmp.owned = -1;
	if (read_partial(o, &tmp) != 0) {
		snprintf(err, errsize, "not an account_partial record as "
		    "account-report --partial writes it");
		goto out;
	}
	d = book_find(b, tmp.id);
	if (d != NULL && would_overflow(d, &tmp)) {
		snprintf(err, errsize, "the totals of '%s' would overflow",
		    tmp.id);
		goto out;
	}
	if (d == NULL)
		d = book_get(b, tmp.id);
	for (k = 0; k < tmp.n; k++)
		merge_month(entry_month(d, tmp.lo + k), &tmp.m[k]);
	d->income_total += tmp.income_total;
	d->expense_total += tmp.expense_total;
	d->hours_total += tmp.hours_total;
	for (i = 0; i < tmp.ngoals; i++)
		merge_goal(d, &tmp.goals[i]);
	rc = 0;
out:
	entry_free(&tmp);
	return rc;
}
