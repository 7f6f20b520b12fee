/*
 * book_partial: the book as account_partial records (--partial), and such
 * records read back and merged (--merge) by the book's own merge rule.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "accounts/book.h"
#include "base/money.h"
#include "core/err.h"

static json_t *
month_label(int month)
{
	char buf[PERIOD_LABEL_MAX];

	return json_string(period_label(PERIOD_MONTH, month, buf));
}

#define MONTH_FIELDS (LEDGER_NSOURCES + LEDGER_NCATEGORIES + LEDGER_NBY + 9)

/* A month as an array of integers, in the order read_month reads. */
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
setting_partial(const struct goal_setting *s)
{
	char buf[DATE_STR_MAX];
	json_t *a = json_pack("[sIss]", date_format(s->date, buf),
	    (json_int_t)s->target, s->unit, period_kind_name(s->per));

	/* the words per language, when the ledger gave them, fifth */
	if (*s->words != '\0')
		json_array_append_new(a, json_string(s->words));
	return a;
}

static json_t *
goal_partial(const struct goal *g)
{
	json_t *o = json_object(), *a = json_array();
	size_t i;
	int k;

	json_object_set_new(o, "goal", json_string(g->id));
	for (i = 0; i < g->nset; i++)
		json_array_append_new(a, setting_partial(&g->set[i]));
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

/* The words of a setting as a partial holds them: the canonical JSON
 * text of an object, as book.c writes it. */
static int
words_ok(const json_t *w)
{
	json_t *o;
	int ok;

	if (!json_is_string(w) || (o = json_loads(json_string_value(w), 0,
	    NULL)) == NULL)
		return 0;
	ok = json_is_object(o);
	json_decref(o);
	return ok;
}

static int
read_setting(const json_t *a, struct goal *g)
{
	const json_t *d = json_array_get(a, 0), *u = json_array_get(a, 2),
	    *p = json_array_get(a, 3), *w = json_array_get(a, 4);
	struct goal_setting s;
	const char *why;

	if ((json_array_size(a) != 4 && (json_array_size(a) != 5 ||
	    !words_ok(w))) || !json_is_string(d) ||
	    date_parse(json_string_value(d), json_string_length(d), &s.date,
	    &why) != 0 || int_at(a, 1, 0, LEDGER_QUANTITY_MAX, &s.target) ||
	    !json_is_string(u) || !json_is_string(p) ||
	    period_kind_parse(json_string_value(p), &s.per) != 0)
		return -1;
	s.unit = (char *)json_string_value(u);
	s.words = (char *)(w != NULL ? json_string_value(w) : "");
	goal_set(g, &s);
	return 0;
}

/* A goal's months and held lines, after its settings. */
static int
read_goal_months(const json_t *o, struct goal *g, int lo)
{
	const json_t *a, *x;
	struct goal_month *gm;
	struct pending_line p;
	int64_t v[3];
	size_t i;

	json_array_foreach(json_object_get(o, "months"), i, a) {
		if (json_array_size(a) != 3 || int_at(a, 0, 0, INT64_MAX, &v[0])
		    || int_at(a, 1, 0, LONG_MAX, &v[1]) ||
		    int_at(a, 2, 0, LONG_MAX, &v[2]) ||
		    money_add(&g->total, v[0]) != 0)
			return -1;
		gm = goal_month_get(g, lo + (int)i);
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
		p.file = (char *)json_string_value(json_array_get(a, 0));
		p.lineno = (unsigned long)v[0];
		p.text = (char *)json_string_value(x);
		p.len = json_string_length(x);
		if (g->nset == 0)
			goal_hold(g, &p);
	}
	return 0;
}

static int
read_goal(const json_t *o, struct book_entry *e)
{
	const json_t *id = json_object_get(o, "goal"), *x;
	struct goal *g;
	size_t i;
	int lo;

	if (!json_is_string(id) || json_string_length(id) == 0 ||
	    first_month(o, &lo) != 0)
		return -1;
	g = book_entry_goal(e, json_string_value(id));
	json_array_foreach(json_object_get(o, "settings"), i, x)
		if (read_setting(x, g) != 0)
			return -1;
	return read_goal_months(o, g, lo);
}

/* Counts a month read from a partial into the entry's totals. */
static int
add_totals(struct book_entry *e, const struct acct_month *m)
{
	int j;

	for (j = 0; j < LEDGER_NSOURCES; j++)
		if (money_add(&e->income_total, m->income[j]))
			return -1;
	for (j = 0; j < LEDGER_NCATEGORIES; j++)
		if (money_add(&e->expense_total, m->expense[j]))
			return -1;
	for (j = 0; j < LEDGER_NBY; j++)
		if (money_add(&e->hours_total, m->hours[j]))
			return -1;
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
		struct acct_month *m = book_entry_month(e, lo + (int)i);

		if (read_month(a, m) != 0 || add_totals(e, m) != 0)
			return -1;
	}
	json_array_foreach(json_object_get(o, "goals"), i, x)
		if (read_goal(x, e) != 0)
			return -1;
	return 0;
}

int
book_merge_partial(struct book *b, const json_t *o, char *err,
    size_t errsize)
{
	const json_t *id = json_object_get(o, "initiative");
	struct book_entry tmp;
	int rc = 0;

	if (!json_is_string(id) || json_string_length(id) == 0)
		return errorf(err, errsize, "initiative: missing");
	book_entry_init(&tmp, json_string_value(id));
	if (read_partial(o, &tmp) != 0)
		rc = errorf(err, errsize, "not an account_partial record as "
		    "account-report --partial writes it");
	else if (book_merge_entry(b, &tmp) != 0)
		rc = errorf(err, errsize, "the totals of '%s' would overflow",
		    tmp.id);
	book_entry_free(&tmp);
	return rc;
}
