#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "core/opt.h"
#include "survey/isosummary.h"
#include "core/out.h"
#include "num/proportion.h"

void
isosummary_init(struct isosummary *s, const char *by, enum area_level level)
{
	memset(s, 0, sizeof *s);
	s->by = by;
	s->level = level;
}

void
isosummary_free(struct isosummary *s)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		free(s->group[i]->key);
		free(s->group[i]);
	}
	free(s->group);
	strmap_free(&s->ids);
	free(s->keybuf);
	json_decref(s->settings);
}

void
isosummary_set_settings(struct isosummary *s,
    const struct isolation_config *c, const char *weight_field)
{
	json_t *doc = isolation_config_settings(c);

	json_decref(s->settings);
	s->settings = json_pack("{s:s}", "weight", weight_field);
	json_object_update(s->settings, doc);
	json_decref(doc);
}

/* v as compact JSON into buf, "absent" for NULL. */
static const char *
setting_text(const json_t *v, char *buf, size_t size)
{
	char *t;

	if (v == NULL)
		return "absent";
	t = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	snprintf(buf, size, "%s", t != NULL ? t : "?");
	free(t);
	return buf;
}

/* The first key (dotted under prefix) in which got differs from want,
 * keys of want first; NULL when none does.  *a and *b are its values. */
static const char *
first_difference(const json_t *want, const json_t *got, char *path,
    size_t size, const json_t **a, const json_t **b)
{
	size_t len = strlen(path);
	const char *key;
	json_t *v;

	json_object_foreach((json_t *)want, key, v) {
		const json_t *w = json_object_get(got, key);

		snprintf(path + len, size - len, "%s%s", len ? "." : "", key);
		if (json_is_object(v) && json_is_object(w)) {
			if (first_difference(v, w, path, size, a, b) != NULL)
				return path;
		} else if (w == NULL || !json_equal(v, (json_t *)w)) {
			*a = v;
			*b = w;
			return path;
		}
	}
	json_object_foreach((json_t *)got, key, v)
		if (json_object_get(want, key) == NULL) {
			snprintf(path + len, size - len, "%s%s", len ? "." : "",
			    key);
			*a = NULL;
			*b = v;
			return path;
		}
	path[len] = '\0';
	return NULL;
}

int
isosummary_same_settings(const json_t *want, const json_t *got,
    const char *where, char *err, size_t size)
{
	char path[256] = "", x[128], y[128];
	const json_t *a = NULL, *b = NULL;

	if (!json_is_object(got))
		return errorf(err, size, "a partial without the settings it "
		    "was made with (an older isolation-score?): make it again "
		    "with isolation-score --partial");
	/* the same settings, as nearly every partial has: no walk */
	if (json_equal(want, got) ||
	    first_difference(want, got, path, sizeof path, &a, &b) == NULL)
		return 0;
	return errorf(err, size, "a partial made with other settings: %s is "
	    "%s in the partial and %s in %s", path,
	    setting_text(b, x, sizeof x), setting_text(a, y, sizeof y), where);
}

int
isosummary_reserved(const char *by)
{
	static const char *const names[] = { "type", "n", "weight_sum",
	    "n_eff", "suppressed", "shares", NULL };

	return opt_word(names, by) >= 0;
}

/* The group of key (n bytes), made empty when there is none yet. */
static struct isosummary_group *
find(struct isosummary *s, const char *key, size_t n)
{
	struct isosummary_group *g;
	unsigned long i;

	if (!strmap_addn(&s->ids, key, n, s->n, &i))
		return s->group[i];
	g = xmalloc(sizeof *g);
	memset(g, 0, sizeof *g);
	g->key = xmalloc(n + 1);
	memcpy(g->key, key, n);
	g->key[n] = '\0';
	g->keylen = n;
	XGROW(s->group, s->n, s->cap);
	s->group[s->n++] = g;
	return g;
}

/* The key rolled up to the summary's level, or NULL with a reason. */
static const char *
level_key(struct isosummary *s, const char *key, size_t *n, char *out,
    char *err, size_t size)
{
	if (s->level == AREA_INVALID)
		return key;
	if (strlen(key) != *n || area_rollup(key, s->level, out) == -1) {
		errorf(err, size, "%s: '%s' is not a CBS area code at %s level "
		    "or finer", s->by, key, area_level_name(s->level));
		return NULL;
	}
	*n = strlen(out);
	return out;
}

struct isosummary_group *
isosummary_group_of(struct isosummary *s, const struct jsonscan *j,
    char *err, size_t size)
{
	const struct jsonscan_member *m = jsonscan_get(j, s->by);
	char code[AREA_CODE_MAX];
	const char *key;
	size_t n;

	if (m == NULL || *m->value != '"') {
		errorf(err, size, "%s: %s; the groups need it as a string",
		    s->by, m == NULL ? "missing" : "not a string");
		return NULL;
	}
	if (m->valuelen + 1 > s->keycap) {
		s->keycap = m->valuelen + 1;
		s->keybuf = xrealloc(s->keybuf, s->keycap);
	}
	n = jsonscan_string(m->value, m->valuelen, s->keybuf);
	s->keybuf[n] = '\0';
	if ((key = level_key(s, s->keybuf, &n, code, err, size)) == NULL)
		return NULL;
	return find(s, key, n);
}

void
isosummary_add(struct isosummary_group *g, double w, const int ind[IND_COUNT])
{
	int i;

	g->n++;
	exactsum_add(&g->w, w);
	exactsum_add_square(&g->w2, w);
	for (i = 0; i < IND_COUNT; i++) {
		struct isosummary_cell *c = &g->cell[i];

		if (ind[i] < 0)
			continue;
		c->n++;
		exactsum_add(&c->w, w);
		exactsum_add_square(&c->w2, w);
		if (ind[i])
			exactsum_add(&c->w_true, w);
	}
}

void
isosummary_count_djg(struct isosummary_group *g, int items)
{
	if (items == 11 || items == 6)
		g->djg_forms[items == 11 ? 0 : 1]++;
}

static int
get_sum(const json_t *v, struct exactsum *out)
{
	return json_is_string(v) ? exactsum_parse(json_string_value(v), out) :
	    -1;
}

static int
get_count(const json_t *v, uint64_t *out)
{
	if (!json_is_integer(v) || json_integer_value(v) < 0)
		return -1;
	*out = (uint64_t)json_integer_value(v);
	return 0;
}

/* A partial's [11-item, 6-item] counts; partials of other makers
 * (isolation-estimate's tests) may leave them out. */
static int
read_djg_forms(const json_t *v, struct isosummary_group *p)
{
	if (v == NULL)
		return 0;
	if (!json_is_array(v) || json_array_size(v) != 2 ||
	    get_count(json_array_get(v, 0), &p->djg_forms[0]) ||
	    get_count(json_array_get(v, 1), &p->djg_forms[1]) ||
	    p->djg_forms[0] > p->n || p->djg_forms[1] > p->n - p->djg_forms[0])
		return -1;
	return 0;
}

/* The statistics of one partial, checked before any of it is added. */
int
isosummary_read_partial(const json_t *rec, struct isosummary_group *p)
{
	const json_t *cells = json_object_get(rec, "cells");
	int i;

	if (get_count(json_object_get(rec, "n"), &p->n) ||
	    get_sum(json_object_get(rec, "w"), &p->w) ||
	    get_sum(json_object_get(rec, "w2"), &p->w2) ||
	    !json_is_object(cells) || json_object_size(cells) != IND_COUNT)
		return -1;
	for (i = 0; i < IND_COUNT; i++) {
		const json_t *c = json_object_get(cells,
		    isolation_indicator_names[i]);
		struct isosummary_cell *x = &p->cell[i];

		if (!json_is_array(c) || json_array_size(c) != 4 ||
		    get_count(json_array_get(c, 0), &x->n) ||
		    get_sum(json_array_get(c, 1), &x->w) ||
		    get_sum(json_array_get(c, 2), &x->w2) ||
		    get_sum(json_array_get(c, 3), &x->w_true) || x->n > p->n)
			return -1;
	}
	return read_djg_forms(json_object_get(rec, "djg_forms"), p);
}

int
isosummary_cell_merge(struct isosummary_cell *sum,
    const struct isosummary_cell *p)
{
	sum->n += p->n;
	return (sum->n < p->n) | exactsum_merge(&sum->w, &p->w) |
	    exactsum_merge(&sum->w2, &p->w2) |
	    exactsum_merge(&sum->w_true, &p->w_true);
}

int
isosummary_merge(struct isosummary *s, const json_t *rec, char *err,
    size_t size)
{
	const json_t *by = json_object_get(rec, "by");
	const json_t *key = json_object_get(rec, "key");
	struct isosummary_group p, sum, *g;
	char code[AREA_CODE_MAX];
	const char *k;
	size_t n;
	int i, over = 0;

	if (!json_is_string(by) || strcmp(json_string_value(by), s->by) != 0)
		return errorf(err, size, "a partial by '%s', not by '%s' as "
		    "asked", json_is_string(by) ? json_string_value(by) : "?",
		    s->by);
	if (s->settings != NULL && isosummary_same_settings(s->settings,
	    json_object_get(rec, "settings"), "this run; merge with the "
	    "--config and --weight the partials were made with", err,
	    size) == -1)
		return -1;
	memset(&p, 0, sizeof p);
	if (!json_is_string(key) || isosummary_read_partial(rec, &p) == -1)
		return errorf(err, size, "not an isolation_partial record as "
		    "isolation-score --partial writes it");
	n = json_string_length(key);
	if ((k = level_key(s, json_string_value(key), &n, code, err,
	    size)) == NULL)
		return -1;
	g = find(s, k, n);
	/* into a copy, so that a partial that overflows leaves no trace */
	sum = *g;
	sum.n += p.n;
	over |= exactsum_merge(&sum.w, &p.w) | exactsum_merge(&sum.w2, &p.w2) |
	    (sum.n < p.n);
	for (i = 0; i < IND_COUNT; i++)
		over |= isosummary_cell_merge(&sum.cell[i], &p.cell[i]);
	for (i = 0; i < 2; i++) {
		sum.djg_forms[i] += p.djg_forms[i];
		over |= sum.djg_forms[i] < p.djg_forms[i];
	}
	if (over)
		return errorf(err, size, "%s '%s': the sums overflow", s->by,
		    g->key);
	*g = sum;
	return 0;
}

static int
by_key(const void *a, const void *b)
{
	const struct isosummary_group *x = *(const struct isosummary_group *const *)a;
	const struct isosummary_group *y = *(const struct isosummary_group *const *)b;
	size_t n = x->keylen < y->keylen ? x->keylen : y->keylen;
	int c = memcmp(x->key, y->key, n);

	if (c != 0)
		return c;
	return x->keylen < y->keylen ? -1 : x->keylen > y->keylen;
}

static json_t *
hex(const struct exactsum *e)
{
	char buf[EXACTSUM_HEX + 1];

	return json_string(exactsum_hex(e, buf));
}

static json_t *
partial_record(const struct isosummary *s, const struct isosummary_group *g)
{
	json_t *r = json_object(), *cells = json_object();
	int i;

	json_object_set_new(r, "type", json_string("isolation_partial"));
	json_object_set_new(r, "by", json_string(s->by));
	json_object_set_new(r, "key", json_stringn(g->key, g->keylen));
	json_object_set_new(r, "n", json_integer((json_int_t)g->n));
	json_object_set_new(r, "w", hex(&g->w));
	json_object_set_new(r, "w2", hex(&g->w2));
	for (i = 0; i < IND_COUNT; i++) {
		const struct isosummary_cell *c = &g->cell[i];

		json_object_set_new(cells, isolation_indicator_names[i],
		    json_pack("[Iooo]", (json_int_t)c->n,
		    hex(&c->w), hex(&c->w2), hex(&c->w_true)));
	}
	json_object_set_new(r, "cells", cells);
	json_object_set_new(r, "djg_forms", json_pack("[II]",
	    (json_int_t)g->djg_forms[0], (json_int_t)g->djg_forms[1]));
	if (s->settings != NULL)
		json_object_set(r, "settings", s->settings);
	return r;
}

static json_t *
share(const struct isosummary_cell *c)
{
	double w = exactsum_value(&c->w), lo, hi, p;
	double n_eff = kish_n_eff(w, exactsum_value(&c->w2));

	if (c->n == 0)
		return json_pack("{s:n,s:n,s:n,s:I}", "share", "low", "high",
		    "n", (json_int_t)0);
	p = exactsum_value(&c->w_true) / w;
	wilson_interval(p, n_eff, PROPORTION_Z95, &lo, &hi);
	return json_pack("{s:f,s:f,s:f,s:I}", "share", p, "low", lo, "high",
	    hi, "n", (json_int_t)c->n);
}

static json_t *
summary_record(const struct isosummary *s, const struct isosummary_group *g,
    long min_n)
{
	json_t *r = json_object(), *shares = json_object();
	double w = exactsum_value(&g->w);
	int suppressed = g->n < (uint64_t)min_n, i;

	json_object_set_new(r, "type", json_string("isolation"));
	json_object_set_new(r, s->by, json_stringn(g->key, g->keylen));
	json_object_set_new(r, "n", json_integer((json_int_t)g->n));
	json_object_set_new(r, "weight_sum", json_real(w));
	json_object_set_new(r, "n_eff", json_real(kish_n_eff(w,
	    exactsum_value(&g->w2))));
	json_object_set_new(r, "suppressed", json_boolean(suppressed));
	json_object_set_new(r, "djg_forms", json_pack("{s:I,s:I}", "11",
	    (json_int_t)g->djg_forms[0], "6", (json_int_t)g->djg_forms[1]));
	for (i = 0; i < IND_COUNT; i++)
		json_object_set_new(shares, isolation_indicator_names[i],
		    suppressed ? json_null() : share(&g->cell[i]));
	json_object_set_new(r, "shares", shares);
	return r;
}

void
isosummary_write(const struct isosummary *s, long min_n, int partial)
{
	struct isosummary_group **v = xreallocarray(NULL, s->n + 1,
	    sizeof *v);
	size_t i;

	/* a sorted copy: the map leads to the groups' places in s->group */
	if (s->n > 0) {
		memcpy(v, s->group, s->n * sizeof *v);
		qsort(v, s->n, sizeof *v, by_key);
	}
	for (i = 0; i < s->n; i++) {
		json_t *r = partial ? partial_record(s, v[i]) :
		    summary_record(s, v[i], min_n);

		out_json(r);
		json_decref(r);
	}
	free(v);
}
