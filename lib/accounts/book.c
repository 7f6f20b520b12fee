#include <stdlib.h>
#include <string.h>

#include "accounts/book.h"
#include "base/money.h"
#include "core/err.h"

void
book_init(struct book *b)
{
	memset(b, 0, sizeof *b);
}

void
book_entry_init(struct book_entry *e, const char *id)
{
	memset(e, 0, sizeof *e);
	e->id = xstrdup(id);
	e->owned = -1;
}

struct book_entry *
book_find(const struct book *b, const char *id)
{
	unsigned long i;

	return strmap_get(&b->ids, id, &i) ? b->e[i] : NULL;
}

/* The entry of id, made empty when the book has none yet. */
static struct book_entry *
book_get(struct book *b, const char *id)
{
	struct book_entry *e;
	unsigned long i;

	if (!strmap_add(&b->ids, id, b->n, &i))
		return b->e[i];
	XGROW(b->e, b->n, b->cap);
	e = xmalloc(sizeof *e);
	book_entry_init(e, id);
	b->e[b->n++] = e;
	return e;
}

/*
 * Widens the month array *arr (months *lo .. *lo + *n - 1) to hold month;
 * new elements are zero, then init()ed.  Returns the element for month.
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
	a = xreallocarray(a, (size_t)nn, size);
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

/* An empty month: nothing counted, members and the plan unknown. */
static void
month_init(void *p)
{
	struct acct_month *m = p;

	memset(m, 0, sizeof *m);
	m->members = -1;
	m->plan_agreed = -1;
}

struct acct_month *
book_entry_month(struct book_entry *e, int month)
{
	return month_slot((void **)&e->m, &e->lo, &e->n, month, sizeof *e->m,
	    month_init);
}

struct goal_month *
goal_month_get(struct goal *g, int month)
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

/*
 * The goal id of the entry, made in its place when new: goals are kept in
 * the byte order of their ids, not in the order they were first seen, so
 * that the pieces of a ledger give the same goals in the same order in
 * whatever order they are merged.
 */
struct goal *
book_entry_goal(struct book_entry *e, const char *id)
{
	size_t i;
	int c = 1;

	for (i = 0; i < e->ngoals; i++)
		if ((c = strcmp(e->goals[i].id, id)) >= 0)
			break;
	if (c == 0)
		return &e->goals[i];
	XGROW(e->goals, e->ngoals, e->capgoals);
	memmove(&e->goals[i + 1], &e->goals[i],
	    (e->ngoals - i) * sizeof e->goals[0]);
	memset(&e->goals[i], 0, sizeof e->goals[0]);
	e->goals[i].id = xstrdup(id);
	e->ngoals++;
	return &e->goals[i];
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

/* The order of held lines: by file name, then line, so that they are
 * rejected in one order however the pieces of a ledger were merged. */
static int
pending_cmp(const struct pending_line *a, const struct pending_line *b)
{
	int c = strcmp(a->file, b->file);

	if (c != 0)
		return c;
	return a->lineno < b->lineno ? -1 : a->lineno > b->lineno;
}

static void
drop_pending(struct goal *g)
{
	FREE_ARRAY(struct pending_line, g->pend, g->npend, p,
	    (free(p->file), free(p->text)));
	g->pend = NULL;
	g->npend = g->cappend = 0;
}

void
goal_hold(struct goal *g, const struct pending_line *line)
{
	struct pending_line *p;
	size_t i;

	XGROW(g->pend, g->npend, g->cappend);
	for (i = g->npend; i > 0 && pending_cmp(&g->pend[i - 1], line) > 0;
	    i--)
		;
	memmove(&g->pend[i + 1], &g->pend[i],
	    (g->npend - i) * sizeof g->pend[0]);
	g->npend++;
	p = &g->pend[i];
	p->file = xstrdup(line->file);
	p->lineno = line->lineno;
	p->text = xmalloc(line->len + 1);
	memcpy(p->text, line->text, line->len);
	p->text[line->len] = '\0';
	p->len = line->len;
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
	if ((c = strcmp(a->unit, b->unit)) != 0)
		return c;
	return strcmp(a->words, b->words);
}

static void
goal_setting_free(struct goal_setting *s)
{
	free(s->unit);
	free(s->words);
}

/* *d becomes s, with its own copies of the unit and the words. */
static void
goal_setting_copy(struct goal_setting *d, const struct goal_setting *s)
{
	*d = *s;
	d->unit = xstrdup(s->unit);
	d->words = xstrdup(s->words);
}

void
goal_set(struct goal *g, const struct goal_setting *s)
{
	size_t i = g->nset;

	while (i > 0 && date_cmp(g->set[i - 1].date, s->date) > 0)
		i--;
	if (i > 0 && date_cmp(g->set[i - 1].date, s->date) == 0) {
		if (setting_cmp(s, &g->set[i - 1]) > 0) {
			goal_setting_free(&g->set[i - 1]);
			goal_setting_copy(&g->set[i - 1], s);
		}
		return;
	}
	XGROW(g->set, g->nset, g->capset);
	memmove(&g->set[i + 1], &g->set[i], (g->nset - i) * sizeof *g->set);
	goal_setting_copy(&g->set[i], s);
	g->nset++;
	drop_pending(g);
}

static void
goal_free(struct goal *g)
{
	free(g->id);
	FREE_ARRAY(struct goal_setting, g->set, g->nset, s,
	    goal_setting_free(s));
	free(g->m);
	drop_pending(g);
}

void
book_entry_free(struct book_entry *e)
{
	free(e->id);
	free(e->name);
	free(e->m);
	FREE_ARRAY(struct goal, e->goals, e->ngoals, g, goal_free(g));
}

void
book_free(struct book *b)
{
	size_t i;

	for (i = 0; i < b->n; i++) {
		book_entry_free(b->e[i]);
		free(b->e[i]);
	}
	free(b->e);
	strmap_free(&b->ids);
	memset(b, 0, sizeof *b);
}

/*
 * The merge rule: what two buckets of one month make together.  Sums add,
 * the latest day wins, and of one day the greater value, so that the
 * order in which buckets (or events) come does not matter.
 */
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
merge_goal_month(struct goal_month *d, const struct goal_month *s)
{
	d->sum += s->sum;
	d->results += s->results;
	d->adjustments += s->adjustments;
}

/* The month one event of the entry's own (not a goal's) makes alone. */
static void
event_month(const struct ledger_event *ev, struct acct_month *m)
{
	month_init(m);
	switch (ev->kind) {
	case LEDGER_INCOME:
		m->income[ev->source] = ev->amount;
		break;
	case LEDGER_EXPENSE:
		m->expense[ev->category] = ev->amount;
		break;
	case LEDGER_HOURS:
		m->hours[ev->by] = ev->hours;
		break;
	case LEDGER_REACH:
		m->reach_day = ev->date.d;
		m->reach = ev->participants;
		break;
	case LEDGER_MEETING:
		m->meetings = 1;
		m->attendees = ev->attendees > 0 ? ev->attendees : 0;
		m->meeting_day = ev->date.d;
		m->plan_agreed = ev->plan_agreed;
		m->members = ev->members;
		m->accounts_day = ev->accounts_approved ? ev->date.d : 0;
		break;
	case LEDGER_ADJUSTMENT:
		m->adjustments = 1;
		break;
	default:
		BUG("event kind %d is not the entry's own", (int)ev->kind);
	}
}

/* Refuses an event that would take one of the entry's totals past
 * INT64_MAX; otherwise counts it in. */
static int
add_to_total(struct book_entry *e, const struct ledger_event *ev, char *err,
    size_t errsize)
{
	switch (ev->kind) {
	case LEDGER_INCOME:
	case LEDGER_EXPENSE:
		if (money_add(ev->kind == LEDGER_INCOME ? &e->income_total :
		    &e->expense_total, ev->amount) != 0)
			return errorf(err, errsize, "amount: %s total of '%s' "
			    "would overflow (beyond 92 233 720 368 547 758.07)",
			    ev->kind == LEDGER_INCOME ? "the income" :
			    "the expense", e->id);
		return 0;
	case LEDGER_HOURS:
		if (money_add(&e->hours_total, ev->hours) != 0)
			return errorf(err, errsize, "hours: the hours of '%s' "
			    "would add up beyond what can be counted", e->id);
		return 0;
	default:
		return 0;
	}
}

/* An event's label and unit per language as canonical JSON text, "" for
 * none (malloc'd). */
static char *
event_words(const struct ledger_event *ev)
{
	json_t *o;
	char *s;

	if (ev->label == NULL && ev->unit_lang == NULL)
		return xstrdup("");
	o = json_pack("{s:O*,s:O*}", "label", ev->label, "unit",
	    ev->unit_lang);
	if (o == NULL || (s = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS)) ==
	    NULL)
		BUG("goal words do not print");
	json_decref(o);
	return s;
}

json_t *
goal_word(const struct goal_setting *s, const char *key, const char *lang)
{
	json_t *o, *w;

	if (*s->words == '\0' || (o = json_loads(s->words, 0, NULL)) == NULL)
		return NULL;
	w = json_object_get(json_object_get(o, key), lang);
	w = json_is_string(w) ? json_incref(w) : NULL;
	json_decref(o);
	return w;
}

static int
add_goal_event(struct book_entry *e, const struct ledger_event *ev,
    const struct pending_line *line, char *err, size_t errsize)
{
	struct goal *g = book_entry_goal(e, ev->goal);
	struct goal_month one = { 0, 0, 0 };
	struct goal_setting s;

	if (ev->kind == LEDGER_GOAL) {
		s.date = ev->date;
		s.target = ev->target;
		s.unit = (char *)ev->unit;
		s.per = ev->per;
		s.words = event_words(ev);
		goal_set(g, &s);
		free(s.words);
	} else if (ev->kind == LEDGER_RESULT) {
		if (money_add(&g->total, ev->value) != 0)
			return errorf(err, errsize, "value: the results of goal "
			    "'%s' would add up beyond what can be counted",
			    g->id);
		one.sum = ev->value;
		one.results = 1;
	} else
		one.adjustments = 1;
	merge_goal_month(goal_month_get(g, month_of(ev->date)), &one);
	if (g->nset == 0)
		goal_hold(g, line);
	return 0;
}

int
book_add_event(struct book *b, const struct ledger_event *ev,
    const char *file, unsigned long lineno, const char *text, size_t len,
    char *err, size_t errsize)
{
	struct book_entry *e = book_get(b, ev->initiative);
	struct pending_line line = { (char *)file, lineno, (char *)text, len };
	struct acct_month one;

	if (ev->kind == LEDGER_GOAL || ev->kind == LEDGER_RESULT ||
	    (ev->kind == LEDGER_ADJUSTMENT && ev->goal != NULL))
		return add_goal_event(e, ev, &line, err, errsize);
	if (add_to_total(e, ev, err, errsize) != 0)
		return -1;
	event_month(ev, &one);
	merge_month(book_entry_month(e, month_of(ev->date)), &one);
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
	struct book_entry **v = xreallocarray(NULL, b->n + 1, sizeof *v);

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

static void
merge_goal(struct book_entry *e, const struct goal *s)
{
	struct goal *d = book_entry_goal(e, s->id);
	size_t i;
	int k;

	for (i = 0; i < s->nset; i++)
		goal_set(d, &s->set[i]);
	for (k = 0; k < s->n; k++)
		merge_goal_month(goal_month_get(d, s->lo + k), &s->m[k]);
	d->total += s->total;
	if (d->nset == 0)
		for (i = 0; i < s->npend; i++)
			goal_hold(d, &s->pend[i]);
}

/* 1 when a total of d, with s's added, would pass INT64_MAX. */
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
book_merge_entry(struct book *b, const struct book_entry *s)
{
	struct book_entry *d = book_find(b, s->id);
	size_t i;
	int k;

	if (d != NULL && would_overflow(d, s))
		return -1;
	if (d == NULL)
		d = book_get(b, s->id);
	for (k = 0; k < s->n; k++)
		merge_month(book_entry_month(d, s->lo + k), &s->m[k]);
	d->income_total += s->income_total;
	d->expense_total += s->expense_total;
	d->hours_total += s->hours_total;
	for (i = 0; i < s->ngoals; i++)
		merge_goal(d, &s->goals[i]);
	return 0;
}
