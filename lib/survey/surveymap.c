#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/area.h"
#include "core/csvread.h"
#include "core/err.h"
#include "core/jsonout.h"
#include "core/slug.h"
#include "core/suggest.h"
#include "survey/answers.h"
#include "survey/surveymap.h"

enum kind { K_ID, K_AREA, K_WEIGHT, K_WORD, K_COUNT, K_BOOL };

static const struct field {
	const char *name;
	enum kind kind;
	int items;			/* 0: one variable */
	const struct vocab *vocab;
	int lo, hi;			/* K_COUNT: bare numbers */
} fields[SF_COUNT] = {
	{ "id", K_ID, 0, NULL, 0, 0 },
	{ "area", K_AREA, 0, NULL, 0, 0 },
	{ "weight", K_WEIGHT, 0, NULL, 0, 0 },
	{ "djg", K_WORD, 11, &answers_djg, 0, 0 },
	{ "lsns", K_COUNT, 6, &answers_lsns, 0, 5 },
	{ "ladder", K_COUNT, 0, &answers_ladder, 1, 6 },
	{ "paid_work", K_WORD, 0, &answers_paid_work, 0, 0 },
	{ "unpaid_work", K_BOOL, 0, &answers_bool, 0, 1 },
	{ "organised_activity", K_BOOL, 0, &answers_bool, 0, 1 },
	{ "contact_outside_home", K_BOOL, 0, &answers_bool, 0, 1 },
	{ "contacts", K_WORD, 0, &answers_contacts, 0, 0 }
};

const char *
survey_field_name(enum survey_field f)
{
	return fields[f].name;
}

/* One field of the map: a variable's name, or a list of them. */
static int
apply_field(struct survey_map *m, int f, const json_t *v, char *err,
    size_t size)
{
	struct survey_map_field *mf = &m->field[f];
	const json_t *e;
	size_t i;

	if (json_is_null(v))
		return 0;
	if (fields[f].items == 0) {
		if (!json_is_string(v))
			return errorf(err, size, "%s: must be the name of a "
			    "variable", fields[f].name);
		mf->var[0] = xstrdup(json_string_value(v));
		mf->n = 1;
		return 0;
	}
	if (!json_is_array(v) || (json_array_size(v) != (size_t)fields[f].items
	    && !(f == SF_DJG && json_array_size(v) == 6)))
		return errorf(err, size, "%s: must be a list of %s variables, "
		    "one per item in the scale's order", fields[f].name,
		    f == SF_DJG ? "11 (or, for the short form, 6)" : "6");
	json_array_foreach(v, i, e) {
		if (!json_is_string(e))
			return errorf(err, size, "%s: item %zu must be the name "
			    "of a variable", fields[f].name, i + 1);
		mf->var[i] = xstrdup(json_string_value(e));
	}
	mf->n = (int)json_array_size(v);
	return 0;
}

/* values: { variable: { value: answer, ... }, ... } */
static int
apply_values(struct survey_map *m, const json_t *v, char *err, size_t size)
{
	const char *var, *key;
	const json_t *t, *a;

	if (!json_is_object(v))
		return errorf(err, size, "values: must map variables to tables "
		    "of their values");
	json_object_foreach((json_t *)v, var, t) {
		if (!json_is_object(t))
			return errorf(err, size, "values.%s: must map the "
			    "variable's values to answers", var);
		json_object_foreach((json_t *)t, key, a)
			if (json_is_object(a) || json_is_array(a))
				return errorf(err, size, "values.%s.%s: must be "
				    "one answer", var, key);
	}
	m->values = json_deep_copy(v);
	return 0;
}

int
survey_map_apply(void *ctx, const json_t *doc, char *err, size_t size)
{
	struct survey_map *m = ctx;
	const char *keys[SF_COUNT + 2], *key;
	const json_t *v;
	int f;

	memset(m, 0, sizeof *m);
	if (!json_is_object(doc))
		return errorf(err, size, "the map must be a mapping of samen's "
		    "fields to the survey's variables");
	for (f = 0; f < SF_COUNT; f++)
		keys[f] = fields[f].name;
	keys[SF_COUNT] = "missing";
	keys[SF_COUNT + 1] = "values";
	json_object_foreach((json_t *)doc, key, v) {
		for (f = 0; f < SF_COUNT; f++)
			if (strcmp(key, fields[f].name) == 0)
				break;
		if (f < SF_COUNT) {
			if (apply_field(m, f, v, err, size) == -1)
				return -1;
		} else if (strcmp(key, "values") == 0) {
			if (apply_values(m, v, err, size) == -1)
				return -1;
		} else if (strcmp(key, "missing") == 0) {
			if (!json_is_array(v))
				return errorf(err, size, "missing: must be a list "
				    "of labels or values that mean no answer");
			m->missing = json_deep_copy(v);
		} else {
			char why[400];

			suggest_unknown(why, sizeof why, "field", key, keys,
			    NELEM(keys));
			return errorf(err, size, "%s: %s", key, why);
		}
	}
	return 0;
}

int
survey_map_bind(struct survey_map *m, const struct tabvar *var, size_t n,
    char *err, size_t size)
{
	const char **names = xreallocarray(NULL, n + 1, sizeof *names);
	char hint[160];
	int f, i;
	size_t k;

	for (k = 0; k < n; k++)
		names[k] = var[k].name;
	for (f = 0; f < SF_COUNT; f++)
		for (i = 0; i < m->field[f].n; i++) {
			const char *want = m->field[f].var[i];

			if ((m->field[f].col[i] = tabvar_find(var, n, want)) >= 0)
				continue;
			errorf(err, size, "map: %s%s names variable '%s', which "
			    "the file does not have%s", fields[f].name,
			    fields[f].items ? " item" : "", want,
			    suggest_hint(want, names, n, hint, sizeof hint));
			free(names);
			return -1;
		}
	free(names);
	return 0;
}

/* Whether word means no answer, by the built-in labels or the map's. */
static int
is_missing(const struct survey_map *m, const char *word)
{
	char a[128], b[128];
	const json_t *e;
	size_t i;

	if (vocab_find(&answers_missing, word) >= 0)
		return 1;
	slugify(word, a, sizeof a);
	json_array_foreach(m->missing, i, e) {
		char buf[JSONOUT_REAL_MAX];
		const char *s = json_is_string(e) ? json_string_value(e) :
		    json_is_number(e) ? jsonout_number(json_number_value(e),
		    buf) : "";

		if (slugify(s, b, sizeof b) > 0 && strcmp(a, b) == 0)
			return 1;
	}
	return 0;
}

/* The answer a word names for field f, or NULL. */
static json_t *
word_answer(const struct field *f, const char *word)
{
	int i = f->vocab != NULL ? vocab_find(f->vocab, word) : -1;
	double d;

	if (i >= 0) {
		const char *name = f->vocab->terms[i].name;

		if (f->kind == K_BOOL)
			return json_boolean(strcmp(name, "true") == 0);
		if (f->kind == K_COUNT)
			return json_integer(atoi(name));
		return json_string(name);
	}
	if ((f->kind == K_COUNT || f->kind == K_BOOL) &&
	    csv_number(word, &d) == 0 && d == floor(d) && d >= f->lo &&
	    d <= f->hi)
		return f->kind == K_BOOL ? json_boolean(d == 1) :
		    json_integer((json_int_t)d);
	return NULL;
}

/* "yes (ja), more or less (min of meer), no (nee)" */
static void
choices(const struct vocab *v, char *buf, size_t size)
{
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < v->n && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s%s%s%s",
		    i ? ", " : "", v->terms[i].name, v->terms[i].dutch ? " (" :
		    "", v->terms[i].dutch ? v->terms[i].dutch : "",
		    v->terms[i].dutch ? ")" : "");
}

/* A value the field cannot take: the reason, naming all there is. */
static int
refuse(const struct field *f, const char *var, int item,
    const struct tabcell *c, char *err, size_t size)
{
	char what[64], list[400] = "", shown[200];

	snprintf(what, sizeof what, item ? "%s item %d" : "%s", f->name, item);
	if (c->label != NULL)
		snprintf(shown, sizeof shown, "%s '%s'", c->text, c->label);
	else
		snprintf(shown, sizeof shown, "'%s'", c->text);
	if (f->vocab != NULL)
		choices(f->vocab, list, sizeof list);
	if (f->vocab == NULL)
		return errorf(err, size, "%s (%s): %s is not %s", var, what,
		    shown, f->kind == K_AREA ? "a CBS code (BU and 8, WK and 6, "
		    "GM and 4 characters)" : "a weight from 0.001 to 1000000");
	return errorf(err, size, "%s (%s): %s is not one of %s%s; give its "
	    "answer under 'values: %s:' in the map", var, what, shown, list,
	    f->kind == K_COUNT ? ", or a number from that range" : "", var);
}

/* An answer given in the map's values: table. */
static json_t *
table_answer(const struct field *f, const json_t *a)
{
	if (json_is_string(a))
		return word_answer(f, json_string_value(a));
	if (json_is_null(a))
		return json_null();
	if (f->kind == K_BOOL && json_is_boolean(a))
		return json_incref((json_t *)a);
	if (f->kind == K_COUNT && json_is_integer(a) &&
	    json_integer_value(a) >= f->lo && json_integer_value(a) <= f->hi)
		return json_incref((json_t *)a);
	return NULL;
}

/* The id, area and weight: no vocabulary, a form of their own. */
static json_t *
plain_value(const struct field *f, const struct tabcell *c)
{
	char code[AREA_CODE_MAX + 8], *s = code;
	size_t n;
	double d;

	if (f->kind == K_ID)
		return json_string(c->text);
	if (f->kind == K_WEIGHT) {
		d = c->is_number ? c->number : 0;
		if ((c->is_number || csv_number(c->text, &d) == 0) &&
		    d >= 0.001 && d <= 1000000)
			return json_real(d);
		return NULL;
	}
	n = strlen(c->text);
	if (n >= sizeof code)
		return NULL;
	memcpy(code, c->text, n + 1);
	while (*s == ' ')
		s++, n--;
	while (n > 0 && s[n - 1] == ' ')
		s[--n] = '\0';
	return area_level_of(s) != AREA_INVALID ? json_string(s) : NULL;
}

/* The value of one cell for field f (item: 1-based, 0 for one variable). */
static json_t *
cell_answer(const struct survey_map *m, const struct field *f,
    const char *var, int item, const struct tabcell *c, char *err,
    size_t size)
{
	const json_t *t = json_object_get(json_object_get(m->values, var),
	    c->text);
	const char *word = c->label != NULL ? c->label : c->text;
	json_t *a;

	if (c->missing != TAB_PRESENT)
		return json_null();
	if (t != NULL) {
		if ((a = table_answer(f, t)) == NULL)
			errorf(err, size, "values.%s.%s: the map gives no "
			    "answer of %s there", var, c->text, f->name);
		return a;
	}
	if (f->kind != K_ID && is_missing(m, word))
		return json_null();
	if ((a = f->vocab ? word_answer(f, word) : plain_value(f, c)) != NULL)
		return a;
	/* a label that names nothing: perhaps the code does */
	if (c->label != NULL && f->kind == K_COUNT &&
	    (a = word_answer(f, c->text)) != NULL)
		return a;
	refuse(f, var, item, c, err, size);
	return NULL;
}

json_t *
survey_map_response(const struct survey_map *m, const struct tabvar *var,
    const struct tab_row *row, char *err, size_t size)
{
	json_t *r = json_object(), *v, *list;
	int f, i, known;

	json_object_set_new(r, "type", json_string("response"));
	for (f = 0; f < SF_COUNT; f++) {
		const struct survey_map_field *mf = &m->field[f];

		if (mf->n == 0)
			continue;
		list = fields[f].items ? json_array() : NULL;
		known = 0;
		for (i = 0; i < mf->n; i++) {
			long col = mf->col[i];

			if ((v = cell_answer(m, &fields[f], var[col].name,
			    list ? i + 1 : 0, &row->cell[col], err,
			    size)) == NULL) {
				json_decref(list);
				json_decref(r);
				return NULL;
			}
			known += !json_is_null(v);
			if (list != NULL)
				json_array_append_new(list, v);
			else
				json_object_set_new(r, fields[f].name, v);
		}
		/* a scale with no item answered is missing as a whole */
		if (list != NULL)
			json_object_set_new(r, fields[f].name, known ? list :
			    (json_decref(list), json_null()));
	}
	return r;
}

void
survey_map_free(struct survey_map *m)
{
	int f, i;

	for (f = 0; f < SF_COUNT; f++)
		for (i = 0; i < m->field[f].n; i++)
			free(m->field[f].var[i]);
	json_decref(m->values);
	json_decref(m->missing);
	memset(m, 0, sizeof *m);
}
