#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "base/money.h"
#include "advice/proposal.h"
#include "core/slug.h"
#include "core/suggest.h"

#define TEXT_MAX 1024

enum effect { EFF_NONE, EFF_SERVED, EFF_BREACHED, EFF_TENSION };

static const char *const effect_names[] = { "not-at-stake", "served",
	"breached", "tension" };

static const char *const keys[] = { "type", "id", "text", "budget",
	"approach", "areas", "forms", "domains", "initiatives" };
#define NKEYS (sizeof keys / sizeof keys[0])

void
measure_free(struct measure *m)
{
	size_t i;

	free(m->id);
	free(m->text);
	for (i = 0; i < m->napproach; i++)
		free(m->approach[i]);
	free(m->approach);
	free(m->areas);
	for (i = 0; i < m->ndomains; i++)
		free(m->domains[i]);
	free(m->domains);
	for (i = 0; i < m->ninitiatives; i++)
		free(m->initiatives[i]);
	free(m->initiatives);
	memset(m, 0, sizeof *m);
}

/* A list of strings (a lone string is a list of one) in *v, or -1. */
static int
strings(const json_t *rec, const char *key, const json_t **v, char *err,
    size_t size)
{
	const json_t *j = json_object_get(rec, key), *item;
	size_t i;

	*v = j;
	if (j == NULL || json_is_string(j))
		return 0;
	if (!json_is_array(j))
		return errorf(err, size, "%s must be a list of strings", key);
	json_array_foreach(j, i, item)
		if (!json_is_string(item))
			return errorf(err, size, "%s must be a list of strings",
			    key);
	return 0;
}

static size_t
count(const json_t *v)
{
	return v == NULL ? 0 : json_is_string(v) ? 1 : json_array_size(v);
}

static const char *
item(const json_t *v, size_t i)
{
	return json_string_value(json_is_string(v) ? v : json_array_get(v, i));
}

static char **
append(char **list, size_t *n, const char *s)
{
	list = xrealloc(list, (*n + 1) * sizeof *list);
	list[(*n)++] = xstrdup(s);
	return list;
}

static int
check_keys(const json_t *rec, char *err, size_t size)
{
	const char *k, *near;
	json_t *v;
	size_t i;

	json_object_foreach((json_t *)rec, k, v) {
		for (i = 0; i < NKEYS; i++)
			if (strcmp(k, keys[i]) == 0)
				break;
		if (i < NKEYS)
			continue;
		near = suggest(k, keys, NKEYS);
		if (near != NULL)
			return errorf(err, size, "unknown key '%s' (did you mean "
			    "'%s'?)", k, near);
		return errorf(err, size, "unknown key '%s'", k);
	}
	return 0;
}

static int
parse_tags(struct measure *m, const json_t *rec, const struct principles *ps,
    char *err, size_t size)
{
	const json_t *v;
	size_t i;

	if (strings(rec, "approach", &v, err, size) == -1)
		return -1;
	for (i = 0; i < count(v); i++) {
		const char *t = item(v, i), *near;

		if (!principles_has_tag(ps, t)) {
			near = principles_suggest_tag(ps, t);
			if (near != NULL)
				return errorf(err, size, "approach: unknown tag "
				    "'%s' (did you mean '%s'?)", t, near);
			return errorf(err, size, "approach: unknown tag '%s' "
			    "(the tags are those the principles name; see "
			    "council-advise(1))", t);
		}
		m->approach = append(m->approach, &m->napproach, t);
	}
	return 0;
}

static int
parse_where(struct measure *m, const json_t *rec, char *err, size_t size)
{
	const json_t *v;
	enum isolation_form f;
	size_t i;

	if (strings(rec, "areas", &v, err, size) == -1)
		return -1;
	m->areas = xmalloc((count(v) + 1) * sizeof *m->areas);
	for (i = 0; i < count(v); i++) {
		if (area_level_of(item(v, i)) == AREA_INVALID)
			return errorf(err, size, "areas: '%s' is not a CBS area "
			    "code (GM and 4 digits, WK and 6, or BU and 8)",
			    item(v, i));
		snprintf(m->areas[m->nareas++], AREA_CODE_MAX, "%s",
		    item(v, i));
	}
	if (strings(rec, "forms", &v, err, size) == -1)
		return -1;
	for (i = 0; i < count(v); i++) {
		if (isolation_form_parse(item(v, i), &f) == -1)
			return errorf(err, size, "forms: '%s' is not a form of "
			    "isolation (societal, group or individual)",
			    item(v, i));
		if (!m->form[f])
			m->nforms++;
		m->form[f] = 1;
	}
	return 0;
}

static int
parse_domains(struct measure *m, const json_t *rec, char *err, size_t size)
{
	const json_t *v;
	char why[256];
	size_t i, k;
	int t;

	if (strings(rec, "domains", &v, err, size) == -1)
		return -1;
	for (i = 0; i < count(v); i++) {
		const char *name;
		int dup = 0;

		if ((t = vocab_find(&initiative_domains, item(v, i))) < 0)
			return errorf(err, size, "domains: '%s': %s", item(v, i),
			    vocab_unknown(&initiative_domains, item(v, i), why,
			    sizeof why));
		name = initiative_domains.terms[t].name;
		for (k = 0; k < m->ndomains; k++)
			dup |= strcmp(m->domains[k], name) == 0;
		if (!dup)
			m->domains = append(m->domains, &m->ndomains, name);
	}
	if (strings(rec, "initiatives", &v, err, size) == -1)
		return -1;
	for (i = 0; i < count(v); i++)
		m->initiatives = append(m->initiatives, &m->ninitiatives,
		    item(v, i));
	return 0;
}

int
measure_parse(struct measure *m, const json_t *rec,
    const struct principles *ps, char *err, size_t size)
{
	const json_t *id = json_object_get(rec, "id");
	const json_t *text = json_object_get(rec, "text");
	const json_t *budget = json_object_get(rec, "budget");
	const char *why;

	memset(m, 0, sizeof *m);
	if (!json_is_object(rec))
		return errorf(err, size, "a measure must be a mapping");
	if (check_keys(rec, err, size) == -1)
		return -1;
	if (!json_is_string(id) || json_string_length(id) == 0)
		return errorf(err, size, "id is missing");
	if (!json_is_string(text) || json_string_length(text) == 0)
		return errorf(err, size, "text is missing");
	if (budget != NULL && !json_is_null(budget)) {
		if (money_from_json(budget, &m->budget, &why) == -1)
			return errorf(err, size, "budget: %s", why);
		if (m->budget < 0)
			return errorf(err, size, "budget must not be negative");
		m->has_budget = 1;
	}
	m->id = xstrdup(json_string_value(id));
	m->text = xstrdup(json_string_value(text));
	if (parse_tags(m, rec, ps, err, size) == -1 ||
	    parse_where(m, rec, err, size) == -1 ||
	    parse_domains(m, rec, err, size) == -1) {
		measure_free(m);
		return -1;
	}
	return 0;
}

void
policy_init(struct policy *p)
{
	memset(p, 0, sizeof *p);
}

void
policy_add(struct policy *p, struct measure *m)
{
	p->m = xrealloc(p->m, (p->n + 1) * sizeof *p->m);
	p->m[p->n++] = *m;
	memset(m, 0, sizeof *m);
}

void
policy_free(struct policy *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		measure_free(&p->m[i]);
	free(p->m);
	free(p->title);
	memset(p, 0, sizeof *p);
}

int
policy_load(struct policy *p, const json_t *doc, const struct principles *ps,
    char *err, size_t size)
{
	const json_t *list = doc, *title = NULL;
	struct measure m;
	char why[TEXT_MAX];
	size_t i;

	if (json_is_object(doc)) {
		const char *k;
		json_t *v;

		json_object_foreach((json_t *)doc, k, v)
			if (strcmp(k, "title") != 0 && strcmp(k, "measures") != 0)
				return errorf(err, size, "unknown key '%s' (a "
				    "policy note has title and measures)", k);
		title = json_object_get(doc, "title");
		list = json_object_get(doc, "measures");
		if (title != NULL && !json_is_string(title))
			return errorf(err, size, "title must be a string");
	}
	if (!json_is_array(list))
		return errorf(err, size, "expected a list of measures (or a "
		    "mapping with title and measures)");
	if (title != NULL) {
		free(p->title);
		p->title = xstrdup(json_string_value(title));
	}
	for (i = 0; i < json_array_size(list); i++) {
		if (measure_parse(&m, json_array_get(list, i), ps, why,
		    sizeof why) == -1)
			return errorf(err, size, "measure %zu: %s", i + 1, why);
		policy_add(p, &m);
	}
	return 0;
}

/* ---- assessment ---- */

struct verdict_of {
	enum effect eff;
	json_t *serving, *breaching;	/* tags */
	json_t *measured;		/* or NULL */
	json_t *reasons;
	char condition[TEXT_MAX];	/* a specific one, or "" */
};


/* "a, b and c"; tags by their labels. */
static void
joined(const json_t *list, int tags, enum lang l, char *out, size_t size)
{
	size_t i, n = json_array_size(list), len = 0;

	out[0] = '\0';
	for (i = 0; i < n && len < size; i++) {
		const char *w = json_string_value(json_array_get(list, i));

		len += (size_t)snprintf(out + len, size - len, "%s%s",
		    i == 0 ? "" : i + 1 == n ? (l == LANG_NL ? " en " :
		    " and ") : ", ", tags ? principles_tag_label(w, l) : w);
	}
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
	char b1[LANG_BUF], b2[LANG_BUF], b3[LANG_BUF];

	if (m->nareas == 0 && m->nforms == 0) {
		lang_sentence(v->reasons, l == LANG_NL ? "De maatregel noemt geen "
		    "gebieden of vormen van isolement, dus de cijfers kunnen "
		    "niet laten zien of het geld gaat naar waar het gat zit." :
		    "The measure names no areas or forms of isolation, so the "
		    "figures cannot show whether its money goes where the gap "
		    "is.");
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
	if (cells == 0) {
		lang_sentence(v->reasons, l == LANG_NL ? "Voor de gebieden en vormen van "
		    "de maatregel is de behoefte niet bekend; de cijfers zeggen "
		    "hier dus niets over." : "The need is not known for the "
		    "measure's areas and forms, so the figures say nothing "
		    "here.");
		return EFF_NONE;
	}
	if (total == 0) {
		lang_sentence(v->reasons, l == LANG_NL ? "Nergens is een gat tussen "
		    "behoefte en aanbod bekend; de cijfers zeggen hier dus niets "
		    "over." : "No gap between need and supply is known "
		    "anywhere, so the figures say nothing here.");
		return EFF_NONE;
	}
	gs = mine / total;
	cs = (double)cells / (double)ncells;
	conc = round(gs / cs * 1000) / 1000;
	v->measured = json_pack("{s:s,s:f,s:f,s:f}", "test", "gap",
	    "gap_share", round(gs * 1000) / 1000, "cell_share",
	    round(cs * 1000) / 1000, "concentration", conc);
	if (l == LANG_NL)
		lang_sentence(v->reasons, "De gebieden en vormen waarop de maatregel zich "
		    "richt, hebben %s van het totale gat tussen behoefte en "
		    "aanbod, en %s van alle gebieden en vormen met een bekende "
		    "behoefte (concentratie %s).", lang_percent1(l, gs, b1),
		    lang_percent1(l, cs, b2),
		    lang_hundredths(l, llround(conc * 100), b3));
	else
		lang_sentence(v->reasons, "The measure's areas and forms hold %s of the "
		    "total gap between need and supply, and %s of all areas and "
		    "forms with a known need (concentration %s).",
		    lang_percent1(l, gs, b1), lang_percent1(l, cs, b2),
		    lang_hundredths(l, llround(conc * 100), b3));
	if (conc >= 1)
		return EFF_SERVED;
	if (conc < 0.5)
		return EFF_BREACHED;
	return EFF_NONE;
}

static int
is_named(const struct measure *m, const char *id)
{
	size_t i;

	for (i = 0; i < m->ninitiatives; i++)
		if (strcmp(m->initiatives[i], id) == 0)
			return 1;
	return 0;
}

static enum effect
test_accounts(const struct measure *m, const struct needs *n, enum lang l,
    struct verdict_of *v)
{
	json_t *reached = json_array(), *failing = json_array();
	char names[TEXT_MAX / 2];
	size_t i, k, nfail = 0, npass = 0, len = 0;
	enum effect e = EFF_NONE;

	names[0] = '\0';
	if (m->ninitiatives == 0 && m->nareas == 0) {
		/* a measure for the whole municipality reaches no
		 * initiative in particular: there is nothing to measure */
		json_decref(reached);
		json_decref(failing);
		return EFF_NONE;
	}
	for (i = 0; i < n->ninits; i++) {
		const struct needs_initiative *in = &n->inits[i];
		int reach = 0;

		if (m->ninitiatives > 0)
			reach = is_named(m, in->id);
		else
			for (k = 0; k < n->ncells && !reach; k++) {
				const struct needs_cell *c = &n->cells[k];
				size_t j;

				if (!in_measure(m, n, c))
					continue;
				for (j = 0; j < c->nlocal; j++)
					reach |= c->local[j] == i;
			}
		if (!reach)
			continue;
		json_array_append_new(reached, json_string(in->id));
		npass += in->accounts == 1;
		if (in->accounts == 0) {
			json_array_append_new(failing, json_string(in->id));
			if (len < sizeof names)
				len += (size_t)snprintf(names + len,
				    sizeof names - len, "%s%s", nfail == 0 ?
				    "" : ", ", in->name);
			nfail++;
		}
	}
	v->measured = json_pack("{s:s,s:o,s:o}", "test", "accounts",
	    "initiatives", reached, "failing", failing);
	if (nfail > 0) {
		if (l == LANG_NL) {
			lang_sentence(v->reasons, "Niet elk initiatief dat de maatregel "
			    "bereikt, legt verantwoording af aan zijn "
			    "deelnemers: %s.", names);
			snprintf(v->condition, sizeof v->condition, "Financier "
			    "%s pas nadat de deelnemers op een bijeenkomst "
			    "rekening en verantwoording hebben goedgekeurd.",
			    names);
		} else {
			lang_sentence(v->reasons, "Not every initiative the measure reaches "
			    "accounts to its participants: %s.", names);
			snprintf(v->condition, sizeof v->condition, "Fund %s "
			    "only after the participants have approved the "
			    "accounts at a meeting.", names);
		}
		e = EFF_TENSION;
	} else if (m->ninitiatives > 0 && npass == m->ninitiatives) {
		lang_sentence(v->reasons, l == LANG_NL ? "Elk initiatief dat de "
		    "maatregel noemt, heeft het afgelopen jaar verantwoording "
		    "afgelegd aan zijn deelnemers." : "Every initiative the "
		    "measure names has accounted to its participants in the "
		    "past year.");
		e = EFF_SERVED;
	}
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

		json_array_append_new(d, json_string(l == LANG_NL ?
		    initiative_domains.terms[t].dutch : m->domains[i]));
	}
	joined(d, 0, l, list, sizeof list);
	json_decref(d);
	v->measured = json_pack("{s:s,s:i}", "test", "integral", "domains",
	    (int)m->ndomains);
	if (m->ndomains < 2)
		return EFF_NONE;
	if (l == LANG_NL)
		lang_sentence(v->reasons, "De maatregel verbindt %zu terreinen: %s.",
		    m->ndomains, list);
	else
		lang_sentence(v->reasons, "The measure joins %zu domains: %s.",
		    m->ndomains, list);
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

static void
weigh(const struct principle *p, const struct measure *m,
    const struct needs *n, enum lang l, struct verdict_of *v)
{
	char list[TEXT_MAX / 2];
	enum effect tags = EFF_NONE, test = EFF_NONE;
	size_t i;

	memset(v, 0, sizeof *v);
	v->serving = json_array();
	v->breaching = json_array();
	v->reasons = json_array();
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
		joined(v->serving, 1, l, list, sizeof list);
		lang_sentence(v->reasons, l == LANG_NL ? "De aanpak dient dit "
		    "uitgangspunt: %s." : "The approach serves this principle: "
		    "%s.", list);
		tags = EFF_SERVED;
	}
	if (json_array_size(v->breaching) > 0) {
		joined(v->breaching, 1, l, list, sizeof list);
		lang_sentence(v->reasons, l == LANG_NL ? "De aanpak botst met dit "
		    "uitgangspunt: %s." : "The approach goes against this "
		    "principle: %s.", list);
		tags = combine(tags, EFF_BREACHED);
	}
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

json_t *
measure_assess(const struct measure *m, const struct principles *ps,
    const struct needs *n, enum lang l)
{
	json_t *o = json_object(), *list = json_array(), *served = json_array(),
	    *breached = json_array(), *tension = json_array(),
	    *conditions = json_array(), *tags = json_array();
	char cond[TEXT_MAX];
	size_t i, ns, nb, nt;
	const char *verdict;

	for (i = 0; i < m->napproach; i++)
		json_array_append_new(tags, json_string(m->approach[i]));
	for (i = 0; i < ps->n; i++) {
		const struct principle *p = &ps->p[i];
		struct verdict_of v;
		json_t *r;

		weigh(p, m, n, l, &v);
		if (v.eff == EFF_SERVED)
			json_array_append_new(served, json_string(p->id));
		else if (v.eff == EFF_BREACHED)
			json_array_append_new(breached, json_string(p->id));
		else if (v.eff == EFF_TENSION)
			json_array_append_new(tension, json_string(p->id));
		if (v.eff == EFF_BREACHED || v.eff == EFF_TENSION) {
			sentence(v.condition[0] != '\0' ? v.condition :
			    p->condition[l], cond, sizeof cond);
			json_array_append_new(conditions, json_string(cond));
			if (v.condition[0] != '\0' &&
			    json_array_size(v.breaching) > 0) {
				sentence(p->condition[l], cond, sizeof cond);
				json_array_append_new(conditions,
				    json_string(cond));
			}
		}
		r = json_pack("{s:s,s:s,s:o,s:o,s:o,s:o}", "principle", p->id,
		    "effect", effect_names[v.eff], "serving", v.serving,
		    "breaching", v.breaching, "measured",
		    v.measured != NULL ? v.measured : json_null(), "reasons",
		    v.reasons);
		json_array_append_new(list, r);
	}
	ns = json_array_size(served);
	nb = json_array_size(breached);
	nt = json_array_size(tension);
	verdict = nb > ns ? "advise-against" : nb == 0 && nt == 0 ?
	    "support" : "support-with-conditions";
	json_object_set_new(o, "type", json_string("assessment"));
	json_object_set_new(o, "measure", json_string(m->id));
	json_object_set_new(o, "text", json_string(m->text));
	json_object_set_new(o, "budget", m->has_budget ?
	    money_to_json(m->budget) : json_null());
	json_object_set_new(o, "approach", tags);
	json_object_set_new(o, "verdict", json_string(verdict));
	json_object_set_new(o, "served", served);
	json_object_set_new(o, "breached", breached);
	json_object_set_new(o, "tension", tension);
	json_object_set_new(o, "conditions", conditions);
	json_object_set_new(o, "principles", list);
	return o;
}
