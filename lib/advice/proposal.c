#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "base/money.h"
#include "advice/keys.h"
#include "advice/proposal.h"
#include "advice/strv.h"
#include "core/jsonval.h"
#include "core/slug.h"

#define TEXT_MAX 1024

/* The keys of a measure. */
static const char *const keys[] = { "type", "id", "text", "budget",
	"approach", "areas", "forms", "domains", "initiatives", NULL };
/* The keys of a policy note that is a mapping. */
static const char *const note_keys[] = { "title", "measures", NULL };

void
measure_free(struct measure *m)
{
	free(m->id);
	free(m->text);
	strv_free(m->approach, m->napproach);
	free(m->areas);
	strv_free(m->domains, m->ndomains);
	strv_free(m->initiatives, m->ninitiatives);
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

/* Is word one of the n words? */
static int
word_in(const char *word, const char *const *words, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(word, words[i]) == 0)
			return 1;
	return 0;
}

static int
parse_tags(struct measure *m, const json_t *rec, const struct principles *ps,
    char *err, size_t size)
{
	char why[1024];
	const json_t *v;
	size_t i;

	if (strings(rec, "approach", &v, err, size) == -1)
		return -1;
	for (i = 0; i < count(v); i++) {
		const char *t = item(v, i);

		if (!principles_has_tag(ps, t)) {
			principles_unknown_tag(ps, t, why, sizeof why);
			return errorf(err, size, "approach '%s': %s", t, why);
		}
		strv_add(&m->approach, &m->napproach, t);
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
	size_t i;
	int t;

	if (strings(rec, "domains", &v, err, size) == -1)
		return -1;
	for (i = 0; i < count(v); i++) {
		const char *name;

		if ((t = vocab_find(&initiative_domains, item(v, i))) < 0)
			return errorf(err, size, "domains: '%s': %s", item(v, i),
			    vocab_unknown(&initiative_domains, item(v, i), why,
			    sizeof why));
		name = initiative_domains.terms[t].name;
		if (!word_in(name, (const char *const *)m->domains,
		    m->ndomains))
			strv_add(&m->domains, &m->ndomains, name);
	}
	if (strings(rec, "initiatives", &v, err, size) == -1)
		return -1;
	for (i = 0; i < count(v); i++)
		strv_add(&m->initiatives, &m->ninitiatives, item(v, i));
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
	if (keys_check(rec, keys, err, size) == -1)
		return -1;
	if (!json_is_string(id) || json_string_length(id) == 0)
		return errorf(err, size, "id is missing");
	if (!json_is_string(text) || json_string_length(text) == 0)
		return errorf(err, size, "text is missing");
	if (!json_absent(budget)) {
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
	XGROW(p->m, p->n, p->cap);
	strmap_add(&p->ids, m->id, p->n, NULL);
	p->m[p->n++] = *m;
	memset(m, 0, sizeof *m);
}

int
policy_has(const struct policy *p, const char *id)
{
	return strmap_get(&p->ids, id, NULL);
}

void
policy_free(struct policy *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		measure_free(&p->m[i]);
	free(p->m);
	free(p->title);
	strmap_free(&p->ids);
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
		if (keys_check(doc, note_keys, err, size) == -1)
			return -1;
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
