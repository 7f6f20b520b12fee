/*
 * proposal_assess: a measure weighed against each principle, and the
 * verdict (see proposal.h).  The sentences are in proposal_text.c.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "advice/proposal.h"
#include "advice/proposal_text.h"
#include "base/money.h"
#include "core/err.h"

#define TEXT_MAX 1024

enum effect { EFF_NONE, EFF_SERVED, EFF_BREACHED, EFF_TENSION };

static const char *const effect_names[] = { "not-at-stake", "served",
	"breached", "tension" };

struct verdict_of {
	enum effect eff;
	json_t *serving, *breaching;	/* tags */
	json_t *measured;		/* or NULL */
	json_t *reasons;
	char condition[TEXT_MAX];	/* a specific one, or "" */
};

/* The strings of list (tags by their labels) as "a, b and c". */
static char *
joined(const json_t *list, int tags, enum lang l, char *out, size_t size)
{
	size_t i, n = json_array_size(list);
	const char **w = xreallocarray(NULL, n + 1, sizeof *w);

	for (i = 0; i < n; i++) {
		w[i] = json_string_value(json_array_get(list, i));
		if (tags)
			w[i] = principles_tag_label(w[i], l);
	}
	lang_join(l, LANG_AND, w, n, out, size);
	free(w);
	return out;
}

/* Is cell c one of the measure's (its areas x its forms)? */
static int
in_measure(const struct measure *m, const struct needs *n,
    const struct needs_cell *c)
{
	size_t i;

	if (m->nforms > 0 && !m->form[c->form])
		return 0;
	if (m->nareas == 0)
		return 1;
	for (i = 0; i < m->nareas; i++)
		if (needs_area_within(n->areas[c->area].code, m->areas[i]))
			return 1;
	return 0;
}

static enum effect
test_gap(const struct measure *m, const struct needs *n, enum lang l,
    struct verdict_of *v)
{
	double total = 0, mine = 0, gs, cs, conc;
	size_t i, cells = 0, ncells = n->nranked;

	if (m->nareas == 0 && m->nforms == 0) {
		proposal_say_gap_unmeasured(v->reasons, l, GAP_NOWHERE);
		return EFF_NONE;
	}
	for (i = 0; i < ncells; i++) {
		const struct needs_cell *c = &n->cells[n->by_rank[i]];

		total += c->gap;
		if (in_measure(m, n, c)) {
			mine += c->gap;
			cells++;
		}
	}
	if (cells == 0 || total == 0) {
		proposal_say_gap_unmeasured(v->reasons, l, cells == 0 ?
		    GAP_NEED_UNKNOWN : GAP_NONE_ANYWHERE);
		return EFF_NONE;
	}
	gs = mine / total;
	cs = (double)cells / (double)ncells;
	conc = round(gs / cs * 1000) / 1000;
	v->measured = json_pack("{s:s,s:f,s:f,s:f}", "test", "gap",
	    "gap_share", round(gs * 1000) / 1000, "cell_share",
	    round(cs * 1000) / 1000, "concentration", conc);
	proposal_say_gap(v->reasons, l, gs, cs, conc);
	if (conc >= 1)
		return EFF_SERVED;
	if (conc < 0.5)
		return EFF_BREACHED;
	return EFF_NONE;
}

/* Does the measure reach initiative i: named by it, or else in one of
 * its cells? */
static int
reaches(const struct measure *m, const struct needs *n, size_t i)
{
	size_t j, k;

	if (m->ninitiatives > 0) {
		for (j = 0; j < m->ninitiatives; j++)
			if (strcmp(m->initiatives[j], n->inits[i].id) == 0)
				return 1;
		return 0;
	}
	for (k = 0; k < n->ncells; k++) {
		const struct needs_cell *c = &n->cells[k];

		if (!in_measure(m, n, c))
			continue;
		for (j = 0; j < c->nlocal; j++)
			if (c->local[j] == i)
				return 1;
	}
	return 0;
}

static enum effect
test_accounts(const struct measure *m, const struct needs *n, enum lang l,
    struct verdict_of *v)
{
	json_t *reached, *failing, *names;
	char list[TEXT_MAX / 2];
	size_t i, npass = 0;
	enum effect e = EFF_NONE;

	/* a measure for the whole municipality reaches no initiative in
	 * particular: there is nothing to measure */
	if (m->ninitiatives == 0 && m->nareas == 0)
		return EFF_NONE;
	reached = json_array();
	failing = json_array();
	names = json_array();
	for (i = 0; i < n->ninits; i++) {
		const struct needs_initiative *in = &n->inits[i];

		if (!reaches(m, n, i))
			continue;
		json_array_append_new(reached, json_string(in->id));
		npass += in->accounts == 1;
		if (in->accounts == 0) {
			json_array_append_new(failing, json_string(in->id));
			json_array_append_new(names, json_string(in->name));
		}
	}
	if (json_array_size(failing) > 0) {
		proposal_say_accounts_failing(v->reasons, l, joined(names, 0,
		    l, list, sizeof list), v->condition, sizeof v->condition);
		e = EFF_TENSION;
	} else if (m->ninitiatives > 0 && npass == m->ninitiatives) {
		proposal_say_accounts_served(v->reasons, l);
		e = EFF_SERVED;
	}
	v->measured = json_pack("{s:s,s:o,s:o}", "test", "accounts",
	    "initiatives", reached, "failing", failing);
	json_decref(names);
	return e;
}

static enum effect
test_integral(const struct measure *m, enum lang l, struct verdict_of *v)
{
	json_t *d = json_array();
	char list[TEXT_MAX / 2];
	size_t i;

	for (i = 0; i < m->ndomains; i++) {
		int t = vocab_find(&initiative_domains, m->domains[i]);

		json_array_append_new(d, json_string(LANG_PICK(l,
		    m->domains[i], initiative_domains.terms[t].dutch)));
	}
	joined(d, 0, l, list, sizeof list);
	json_decref(d);
	v->measured = json_pack("{s:s,s:i}", "test", "integral", "domains",
	    (int)m->ndomains);
	if (m->ndomains < 2)
		return EFF_NONE;
	proposal_say_integral(v->reasons, l, m->ndomains, list);
	return EFF_SERVED;
}

static enum effect
combine(enum effect a, enum effect b)
{
	if (a == EFF_NONE)
		return b;
	if (b == EFF_NONE || a == b)
		return a;
	return EFF_TENSION;
}

/* What the measure's approach tags do for principle p. */
static enum effect
weigh_tags(const struct principle *p, const struct measure *m, enum lang l,
    struct verdict_of *v)
{
	char list[TEXT_MAX / 2];
	enum effect tags = EFF_NONE;
	size_t i;

	for (i = 0; i < m->napproach; i++) {
		int e = principle_tag_effect(p, m->approach[i]);

		if (e > 0)
			json_array_append_new(v->serving,
			    json_string(m->approach[i]));
		else if (e < 0)
			json_array_append_new(v->breaching,
			    json_string(m->approach[i]));
	}
	if (json_array_size(v->serving) > 0) {
		proposal_say_approach(v->reasons, l, 1, joined(v->serving, 1,
		    l, list, sizeof list));
		tags = EFF_SERVED;
	}
	if (json_array_size(v->breaching) > 0) {
		proposal_say_approach(v->reasons, l, 0, joined(v->breaching,
		    1, l, list, sizeof list));
		tags = combine(tags, EFF_BREACHED);
	}
	return tags;
}

static void
weigh(const struct principle *p, const struct measure *m,
    const struct needs *n, enum lang l, struct verdict_of *v)
{
	enum effect tags, test = EFF_NONE;

	memset(v, 0, sizeof *v);
	v->serving = json_array();
	v->breaching = json_array();
	v->reasons = json_array();
	tags = weigh_tags(p, m, l, v);
	if (p->test == PTEST_GAP)
		test = test_gap(m, n, l, v);
	else if (p->test == PTEST_ACCOUNTS)
		test = test_accounts(m, n, l, v);
	else if (p->test == PTEST_INTEGRAL)
		test = test_integral(m, l, v);
	v->eff = combine(tags, test);
}

/* The principle's condition as a sentence: capital first, full stop. */
static void
sentence(const char *s, char *out, size_t size)
{
	size_t len;

	snprintf(out, size, "%s", s);
	if (out[0] != '\0')
		out[0] = (char)toupper((unsigned char)out[0]);
	len = strlen(out);
	if (len > 0 && len + 1 < size && out[len - 1] != '.') {
		out[len] = '.';
		out[len + 1] = '\0';
	}
}

/* The conditions a principle breached or in tension sets: the test's
 * own, and the principle's when a tag breaches it too (or alone). */
static void
add_conditions(const struct principle *p, const struct verdict_of *v,
    enum lang l, json_t *conditions)
{
	char cond[TEXT_MAX];

	if (v->eff != EFF_BREACHED && v->eff != EFF_TENSION)
		return;
	sentence(v->condition[0] != '\0' ? v->condition :
	    p->condition[l], cond, sizeof cond);
	json_array_append_new(conditions, json_string(cond));
	if (v->condition[0] != '\0' && json_array_size(v->breaching) > 0) {
		sentence(p->condition[l], cond, sizeof cond);
		json_array_append_new(conditions, json_string(cond));
	}
}

json_t *
measure_assess(const struct measure *m, const struct principles *ps,
    const struct needs *n, enum lang l)
{
	json_t *o = json_object(), *list = json_array(), *by[4],
	    *conditions = json_array(), *tags = json_array();
	size_t i, ns, nb, nt;
	const char *verdict;

	for (i = 0; i < 4; i++)
		by[i] = json_array();
	for (i = 0; i < m->napproach; i++)
		json_array_append_new(tags, json_string(m->approach[i]));
	for (i = 0; i < ps->n; i++) {
		const struct principle *p = &ps->p[i];
		struct verdict_of v;

		weigh(p, m, n, l, &v);
		json_array_append_new(by[v.eff], json_string(p->id));
		add_conditions(p, &v, l, conditions);
		json_array_append_new(list, json_pack("{s:s,s:s,s:o,s:o,s:o,"
		    "s:o}", "principle", p->id, "effect", effect_names[v.eff],
		    "serving", v.serving, "breaching", v.breaching, "measured",
		    v.measured != NULL ? v.measured : json_null(), "reasons",
		    v.reasons));
	}
	ns = json_array_size(by[EFF_SERVED]);
	nb = json_array_size(by[EFF_BREACHED]);
	nt = json_array_size(by[EFF_TENSION]);
	verdict = nb > ns ? "advise-against" : nb == 0 && nt == 0 ?
	    "support" : "support-with-conditions";
	json_decref(by[EFF_NONE]);
	json_object_set_new(o, "type", json_string("assessment"));
	json_object_set_new(o, "measure", json_string(m->id));
	json_object_set_new(o, "text", json_string(m->text));
	json_object_set_new(o, "budget", m->has_budget ?
	    money_to_json(m->budget) : json_null());
	json_object_set_new(o, "approach", tags);
	json_object_set_new(o, "verdict", json_string(verdict));
	json_object_set_new(o, "served", by[EFF_SERVED]);
	json_object_set_new(o, "breached", by[EFF_BREACHED]);
	json_object_set_new(o, "tension", by[EFF_TENSION]);
	json_object_set_new(o, "conditions", conditions);
	json_object_set_new(o, "principles", list);
	return o;
}
