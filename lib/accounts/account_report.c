#include <stdio.h>
#include <string.h>

#include "accounts/account_report.h"
#include "base/money.h"

int
account_span(const struct book_entry *e, int *first, int *last)
{
	size_t i;
	int lo = 0, hi = -1;

	if (e->n > 0) {
		lo = e->lo;
		hi = e->lo + e->n - 1;
	}
	for (i = 0; i < e->ngoals; i++) {
		const struct goal *g = &e->goals[i];

		if (g->nset == 0 || g->n == 0)
			continue;
		if (hi < 0 || g->lo < lo)
			lo = g->lo;
		if (g->lo + g->n - 1 > hi)
			hi = g->lo + g->n - 1;
	}
	*first = lo;
	*last = hi;
	return hi < 0 ? -1 : 0;
}

/* Hundredths as a JSON number: 12.5, 40. */
static json_t *
hundredths(int64_t v)
{
	if (v % 100 == 0)
		return json_integer(v / 100);
	return json_real((double)v / 100.0);
}

static json_t *
date_json(struct date d)
{
	char buf[DATE_STR_MAX];

	return json_string(date_format(d, buf));
}

static json_t *
day_json(int month, int day)
{
	struct date d = month_first(month);

	d.d = day;
	return date_json(d);
}

static json_t *
tri(int v)
{
	return v < 0 ? json_null() : json_boolean(v);
}

static json_t *
means(const struct book_entry *e, int s, int end, struct acc_facts *f)
{
	int64_t src[LEDGER_NSOURCES] = { 0 }, cat[LEDGER_NCATEGORIES] = { 0 };
	int64_t hrs[LEDGER_NBY] = { 0 }, in = 0, out = 0, h = 0;
	const struct acct_month *m;
	json_t *o = json_object(), *a, *b;
	int k, i;

	for (k = s; k <= end; k++) {
		if ((m = book_month_at(e, k)) == NULL)
			continue;
		for (i = 0; i < LEDGER_NSOURCES; i++)
			src[i] += m->income[i];
		for (i = 0; i < LEDGER_NCATEGORIES; i++)
			cat[i] += m->expense[i];
		for (i = 0; i < LEDGER_NBY; i++)
			hrs[i] += m->hours[i];
	}
	/* No overflow: each sum is at most the entry's checked total. */
	a = json_object();
	for (i = 0; i < LEDGER_NSOURCES; i++) {
		in += src[i];
		json_object_set_new(a, ledger_sources[i], money_to_json(src[i]));
	}
	b = json_object();
	for (i = 0; i < LEDGER_NCATEGORIES; i++) {
		out += cat[i];
		json_object_set_new(b, ledger_categories[i],
		    money_to_json(cat[i]));
	}
	json_object_set_new(o, "income", money_to_json(in));
	json_object_set_new(o, "expenses", money_to_json(out));
	json_object_set_new(o, "balance", money_to_json(in - out));
	json_object_set_new(o, "by_source", a);
	json_object_set_new(o, "by_category", b);
	json_object_set_new(o, "municipality_share", in > 0 ?
	    json_real((double)src[SRC_MUNICIPALITY] / (double)in) :
	    json_null());
	a = json_object();
	for (i = 0; i < LEDGER_NBY; i++) {
		h += hrs[i];
		json_object_set_new(a, ledger_by[i], hundredths(hrs[i]));
	}
	json_object_set_new(a, "total", hundredths(h));
	json_object_set_new(o, "hours", a);
	f->hours_participants = hrs[BY_VOLUNTEER] + hrs[BY_MEMBER];
	f->hours_total = h;
	return o;
}

struct goal_eval {
	const struct goal_setting *set;
	int64_t target, actual;
	long results;
	int met;		/* -1 not to be judged (yet), 0, 1 */
	int until;		/* the goal period's last month, past end */
};

static void
results(const struct goal *g, int s, int end, int64_t *sum, long *n)
{
	const struct goal_month *gm;
	int k;

	*sum = 0;
	*n = 0;
	for (k = s; k <= end; k++)
		if ((gm = goal_month_at(g, k)) != NULL) {
			*sum += gm->sum;
			*n += gm->results;
		}
}

/* 0: the goal is not in force at the period's end. */
static int
evaluate(const struct goal *g, int s, int end, struct goal_eval *ev)
{
	const struct goal_setting *set = goal_in_force(g, end), *x;
	int per, gs, ge;

	memset(ev, 0, sizeof *ev);
	ev->until = -1;
	if ((ev->set = set) == NULL)
		return 0;
	per = (int)set->per;
	if (per <= end - s + 1) {
		for (gs = s; gs <= end; gs += per)
			if ((x = goal_in_force(g, gs + per - 1)) != NULL)
				ev->target += x->target;
		results(g, s, end, &ev->actual, &ev->results);
		ev->met = ev->results == 0 ? -1 : ev->actual >= ev->target;
		return 1;
	}
	gs = period_start(set->per, s);
	ge = gs + per - 1;
	ev->target = set->target;
	results(g, gs, end, &ev->actual, &ev->results);
	if (ev->results > 0 && ev->actual >= ev->target)
		ev->met = 1;
	else if (end == ge && ev->results > 0)
		ev->met = 0;
	else
		ev->met = -1;
	if (end < ge)
		ev->until = ge;
	return 1;
}

/* The goal's label and unit in the report's language where the ledger
 * gave them so; else no label, and the unit as it was given. */
static void
goal_words(json_t *o, const struct goal_setting *set, enum lang l)
{
	const char *lang = l == LANG_NL ? "nl" : "en";
	json_t *label = goal_word(set, "label", lang);
	json_t *unit = goal_word(set, "unit", lang);

	if (label != NULL)
		json_object_set_new(o, "label", label);
	json_object_set_new(o, "unit", unit ? unit : json_string(set->unit));
}

static json_t *
goals(const struct book_entry *e, int s, int end, struct acc_facts *f,
    enum lang l)
{
	json_t *a = json_array(), *o;
	struct goal_eval ev;
	size_t i;

	for (i = 0; i < e->ngoals; i++) {
		if (!evaluate(&e->goals[i], s, end, &ev))
			continue;
		o = json_object();
		json_object_set_new(o, "goal", json_string(e->goals[i].id));
		goal_words(o, ev.set, l);
		json_object_set_new(o, "per", json_string(
		    period_kind_name(ev.set->per)));
		json_object_set_new(o, "since", date_json(ev.set->date));
		json_object_set_new(o, "target", hundredths(ev.target));
		json_object_set_new(o, "actual", hundredths(ev.actual));
		json_object_set_new(o, "results", json_integer(ev.results));
		json_object_set_new(o, "progress", ev.target > 0 ?
		    json_real((double)ev.actual / (double)ev.target) :
		    json_null());
		json_object_set_new(o, "met", tri(ev.met));
		if (ev.until >= 0)
			json_object_set_new(o, "until",
			    date_json(month_last(ev.until)));
		json_array_append_new(a, o);
		f->goals_in_force++;
		if (ev.met >= 0) {
			f->goals_decided++;
			f->goals_met += ev.met;
		}
	}
	return a;
}

static json_t *
reach(const struct book_entry *e, int s, int end)
{
	const struct acct_month *m;
	int k;

	for (k = end; k >= s; k--)
		if ((m = book_month_at(e, k)) != NULL && m->reach_day > 0)
			return json_pack("{s:I,s:o}", "participants",
			    (json_int_t)m->reach, "date",
			    day_json(k, m->reach_day));
	return json_null();
}

/* Meetings held in the period, and the facts the questions look back
 * for: approvals and the last meeting within their windows. */
static json_t *
meetings(const struct book_entry *e, int s, int end,
    const struct acc_config *c, struct acc_facts *f)
{
	const struct acct_month *m;
	long held = 0, attendees = 0;
	int k;

	for (k = s; k <= end; k++)
		if ((m = book_month_at(e, k)) != NULL) {
			held += m->meetings;
			attendees += m->attendees;
		}
	for (k = end; k >= e->lo; k--) {
		if ((m = book_month_at(e, k)) == NULL || m->accounts_day == 0)
			continue;
		/* a month's latest approval is its best for the window */
		if (acc_in_window(k, m->accounts_day, end,
		    c->accounts_window_months)) {
			f->has_approval = 1;
			f->approval = month_first(k);
			f->approval.d = m->accounts_day;
		} else {
			f->has_earlier_approval = 1;
			f->earlier_approval = month_first(k);
			f->earlier_approval.d = m->accounts_day;
		}
		break;
	}
	for (k = end; k >= e->lo && k >= end - c->agreement_window_months;
	    k--)
		if ((m = book_month_at(e, k)) != NULL && m->meeting_day > 0 &&
		    acc_in_window(k, m->meeting_day, end,
		    c->agreement_window_months)) {
			f->has_meeting = 1;
			f->meeting = month_first(k);
			f->meeting.d = m->meeting_day;
			f->plan_agreed = m->plan_agreed;
			break;
		}
	return json_pack("{s:i,s:i,s:o,s:o,s:o}", "held", (int)held,
	    "attendees", (int)attendees,
	    "last", f->has_meeting ? date_json(f->meeting) : json_null(),
	    "plan_agreed", f->has_meeting ? tri(f->plan_agreed) : json_null(),
	    "accounts_approved", f->has_approval ? date_json(f->approval) :
	    json_null());
}

static int
adjusted(const struct goal *g, int gs, int ge, int end,
    const struct acc_config *c)
{
	const struct goal_month *gm;
	size_t i;
	int k;

	for (k = gs; k <= end; k++)
		if ((gm = goal_month_at(g, k)) != NULL && gm->adjustments > 0)
			return 1;
	if (c->adjusts_new_target_counts)
		for (i = 0; i < g->nset; i++)
			if (month_of(g->set[i].date) > ge &&
			    month_of(g->set[i].date) <= end)
				return 1;
	return 0;
}

/* Goals missed in the window before the period, each judged over its
 * own period (a month, quarter or year). */
static void
misses(const struct book_entry *e, int s, int end,
    const struct acc_config *c, struct acc_facts *f, enum lang l)
{
	json_t *label;
	const struct goal_setting *set;
	const struct goal *g;
	int64_t sum;
	long n;
	size_t i;
	int ge, gs;

	for (i = 0; i < e->ngoals; i++) {
		g = &e->goals[i];
		for (ge = s - c->adjusts_window_months; ge < s; ge++) {
			if ((set = goal_in_force(g, ge)) == NULL ||
			    period_start(set->per, ge) + (int)set->per - 1 != ge)
				continue;
			gs = ge - (int)set->per + 1;
			results(g, gs, ge, &sum, &n);
			if (n == 0 || sum >= set->target)
				continue;
			f->misses++;
			if (adjusted(g, gs, ge, end, c))
				f->misses_adjusted++;
			else if (end - ge <= c->adjusts_grace_months)
				f->misses_waiting++;
			else if (f->misses - f->misses_adjusted -
			    f->misses_waiting == 1) {
				label = goal_word(set, "label", l == LANG_NL ?
				    "nl" : "en");
				snprintf(f->unadjusted_goal,
				    sizeof f->unadjusted_goal, "%s", label ?
				    json_string_value(label) : g->id);
				json_decref(label);
				f->unadjusted_kind = set->per;
				f->unadjusted_start = gs;
			}
		}
	}
}

static long
adjustments(const struct book_entry *e, int s, int end)
{
	const struct acct_month *m;
	const struct goal_month *gm;
	long n = 0;
	size_t i;
	int k;

	for (k = s; k <= end; k++) {
		if ((m = book_month_at(e, k)) != NULL)
			n += m->adjustments;
		for (i = 0; i < e->ngoals; i++)
			if (e->goals[i].nset > 0 &&
			    (gm = goal_month_at(&e->goals[i], k)) != NULL)
				n += gm->adjustments;
	}
	return n;
}

json_t *
account_record(const struct book_entry *e, enum period_kind kind,
    int start, const struct acc_config *c, enum lang l)
{
	char label[PERIOD_LABEL_MAX];
	struct acc_facts f;
	int end = start + (int)kind - 1, last;
	json_t *o = json_object();

	memset(&f, 0, sizeof f);
	f.end_month = end;
	f.owned = e->owned;
	f.plan_agreed = -1;
	account_span(e, &f.first_month, &last);
	json_object_set_new(o, "type", json_string("account"));
	json_object_set_new(o, "initiative", json_string(e->id));
	json_object_set_new(o, "name", e->name ? json_string(e->name) :
	    json_null());
	json_object_set_new(o, "period", json_string(period_label(kind, start,
	    label)));
	json_object_set_new(o, "from", date_json(month_first(start)));
	json_object_set_new(o, "to", date_json(month_last(end)));
	json_object_set_new(o, "means", means(e, start, end, &f));
	json_object_set_new(o, "goals", goals(e, start, end, &f, l));
	json_object_set_new(o, "reach", reach(e, start, end));
	json_object_set_new(o, "meetings", meetings(e, start, end, c, &f));
	json_object_set_new(o, "adjustments", json_integer(adjustments(e,
	    start, end)));
	json_object_set_new(o, "owned_by_participants", tri(e->owned));
	misses(e, start, end, c, &f, l);
	json_object_set_new(o, "accountability", acc_evaluate(&f, c, l));
	return o;
}
