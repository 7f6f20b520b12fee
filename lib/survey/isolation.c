#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/err.h"
#include "survey/isolation.h"
#include "core/suggest.h"

const char *const isolation_indicator_names[IND_COUNT] = {
	"lonely", "severely_lonely", "emotionally_lonely", "socially_lonely",
	"societal", "group", "individual", "lsns_at_risk",
	"ladder_1", "ladder_2", "ladder_3", "ladder_4", "ladder_5", "ladder_6"
};

static const char *const contacts_names[CONTACTS_COUNT] = {
	"mostly-own-group", "mixed", "mostly-other-groups"
};

static const char *const cond_names[] = {
	"emotionally-lonely", "socially-lonely", "lonely", "severely-lonely",
	"lsns-at-risk"
};
#define NCONDS (sizeof cond_names / sizeof cond_names[0])

void
isolation_config_default(struct isolation_config *c)
{
	memcpy(c->djg, djg_default_rules, sizeof c->djg);
	c->lsns_at_risk_below = LSNS_AT_RISK_BELOW;
	c->societal_max_step = 2;
	c->group_contacts = 1u << CONTACTS_OWN_GROUP;
	c->individual = COND_EMOTIONALLY_LONELY | COND_LSNS_AT_RISK;
	c->min_n = 50;
}

int
contacts_parse(const char *s, enum contacts *c)
{
	int i;

	for (i = 0; i < CONTACTS_COUNT; i++)
		if (strcmp(s, contacts_names[i]) == 0) {
			*c = (enum contacts)i;
			return 0;
		}
	return -1;
}

const char *
contacts_name(enum contacts c)
{
	return c == CONTACTS_UNKNOWN ? NULL : contacts_names[c];
}

static int
unknown_key(const char *where, const char *key, const char *const *known,
    size_t n, char *err, size_t size)
{
	const char *s = suggest(key, known, n);

	return errorf(err, size, "%s%s: unknown key%s%s%s", where, key,
	    s ? " (did you mean '" : "", s ? s : "", s ? "'?)" : "");
}

static int
whole(const json_t *v, const char *where, const char *key, long lo, long hi,
    long *out, char *err, size_t size)
{
	if (!json_is_integer(v) || json_integer_value(v) < lo ||
	    json_integer_value(v) > hi)
		return errorf(err, size, "%s%s: must be a whole number from %ld "
		    "to %ld", where, key, lo, hi);
	*out = (long)json_integer_value(v);
	return 0;
}

static int
apply_djg(struct djg_rules *r, const json_t *o, int items, const char *where,
    char *err, size_t size)
{
	static const char *const keys[] = { "max_missing",
	    "emotional_threshold", "social_threshold", "moderate", "severe",
	    "very_severe" };
	int *field[] = { &r->max_missing, &r->emotional_threshold,
	    &r->social_threshold, &r->moderate, &r->severe, &r->very_severe };
	const char *key;
	const json_t *v;
	size_t i;
	long x;

	if (!json_is_object(o))
		return errorf(err, size, "%s: must be a mapping", where);
	json_object_foreach((json_t *)o, key, v) {
		for (i = 0; i < 6 && strcmp(key, keys[i]) != 0; i++)
			;
		if (i == 6)
			return unknown_key(where, key, keys, 6, err, size);
		if (whole(v, where, key, 0, items + 1, &x, err, size) == -1)
			return -1;
		*field[i] = (int)x;
	}
	if (r->moderate > r->severe || r->severe > r->very_severe)
		return errorf(err, size, "%.*s: the cut-offs must rise: "
		    "moderate <= severe <= very_severe",
		    (int)strlen(where) - 1, where);
	return 0;
}

static int
apply_list(unsigned *bits, const json_t *v, const char *where,
    const char *const *names, size_t n, char *err, size_t size)
{
	size_t i, k;

	if (json_is_string(v)) {
		json_t *one = json_pack("[O]", v);
		int r = apply_list(bits, one, where, names, n, err, size);

		json_decref(one);
		return r;
	}
	if (!json_is_array(v))
		return errorf(err, size, "%s: must be a list", where);
	*bits = 0;
	for (i = 0; i < json_array_size(v); i++) {
		const char *s = json_string_value(json_array_get(v, i));

		for (k = 0; s != NULL && k < n && strcmp(s, names[k]) != 0; k++)
			;
		if (s == NULL || k == n) {
			const char *g = s ? suggest(s, names, n) : NULL;

			return errorf(err, size, "%s: '%s' is not one of %s, %s, "
			    "...%s%s%s", where, s ? s : "(not a string)",
			    names[0], names[1], g ? " (did you mean '" : "",
			    g ? g : "", g ? "'?)" : "");
		}
		*bits |= 1u << k;
	}
	return 0;
}

static int
apply_forms(struct isolation_config *c, const json_t *o, char *err,
    size_t size)
{
	static const char *const keys[] = { "societal_max_step",
	    "group_contacts", "individual" };
	const char *key;
	const json_t *v;
	long x;

	if (!json_is_object(o))
		return errorf(err, size, "forms: must be a mapping");
	json_object_foreach((json_t *)o, key, v) {
		if (strcmp(key, keys[0]) == 0) {
			if (whole(v, "forms.", key, 0, 6, &x, err, size) == -1)
				return -1;
			c->societal_max_step = (int)x;
		} else if (strcmp(key, keys[1]) == 0) {
			if (apply_list(&c->group_contacts, v,
			    "forms.group_contacts", contacts_names,
			    CONTACTS_COUNT, err, size) == -1)
				return -1;
		} else if (strcmp(key, keys[2]) == 0) {
			if (apply_list(&c->individual, v, "forms.individual",
			    cond_names, NCONDS, err, size) == -1)
				return -1;
			if (c->individual == 0)
				return errorf(err, size, "forms.individual: "
				    "name at least one condition");
		} else
			return unknown_key("forms.", key, keys, 3, err, size);
	}
	return 0;
}

int
isolation_config_apply(struct isolation_config *c, const json_t *doc,
    char *err, size_t size)
{
	static const char *const keys[] = { "djg", "djg_short", "lsns",
	    "forms", "min_n" };
	const char *key;
	const json_t *v, *w;
	long x;

	if (json_is_null(doc))
		return 0;
	if (!json_is_object(doc))
		return errorf(err, size, "the configuration must be a mapping");
	json_object_foreach((json_t *)doc, key, v) {
		if (strcmp(key, "djg") == 0) {
			if (apply_djg(&c->djg[0], v, 11, "djg.", err, size))
				return -1;
		} else if (strcmp(key, "djg_short") == 0) {
			if (apply_djg(&c->djg[1], v, 6, "djg_short.", err,
			    size))
				return -1;
		} else if (strcmp(key, "lsns") == 0) {
			if (!json_is_object(v) || json_object_size(v) != 1 ||
			    (w = json_object_get(v, "at_risk_below")) == NULL)
				return errorf(err, size, "lsns: must be a mapping "
				    "with at_risk_below only");
			if (whole(w, "lsns.", "at_risk_below", 0, 31, &x, err,
			    size) == -1)
				return -1;
			c->lsns_at_risk_below = (int)x;
		} else if (strcmp(key, "forms") == 0) {
			if (apply_forms(c, v, err, size) == -1)
				return -1;
		} else if (strcmp(key, "min_n") == 0) {
			if (whole(v, "", key, 0, 1000000000L, &x, err, size))
				return -1;
			c->min_n = x;
		} else
			return unknown_key("", key, keys, 5, err, size);
	}
	return 0;
}

/* Three-valued and: false wins, then unknown. */
static int
and3(int a, int b)
{
	if (a == 0 || b == 0)
		return 0;
	return a < 0 || b < 0 ? -1 : 1;
}

static int
at_least(enum djg_level l, enum djg_level from)
{
	return l == DJG_UNKNOWN ? -1 : l >= from;
}

static int
individual(const struct isolation_config *c, const struct isolation_result *r)
{
	int conds[NCONDS], i, v = 1;
	enum djg_level l = r->has_djg ? r->djg.level : DJG_UNKNOWN;

	conds[0] = r->has_djg ? r->djg.emotionally_lonely : -1;
	conds[1] = r->has_djg ? r->djg.socially_lonely : -1;
	conds[2] = at_least(l, DJG_MODERATE);
	conds[3] = at_least(l, DJG_SEVERE);
	conds[4] = r->has_lsns ? r->lsns.at_risk : -1;
	for (i = 0; i < (int)NCONDS; i++)
		if (c->individual & (1u << i))
			v = and3(v, conds[i]);
	return v;
}

void
isolation_evaluate(const struct isolation_config *c,
    const struct isolation_input *in, struct isolation_result *r)
{
	static const int order[FORM_COUNT] = { FORM_INDIVIDUAL, FORM_GROUP,
	    FORM_SOCIETAL };
	int i;

	memset(r, 0, sizeof *r);
	r->has_djg = in->djg_n != 0;
	if (r->has_djg)
		djg_score(in->djg, in->djg_n, c->djg, &r->djg);
	r->has_lsns = in->has_lsns;
	if (r->has_lsns)
		lsns_score(in->lsns, c->lsns_at_risk_below, &r->lsns);
	r->ladder = in->ladder ? in->ladder : ladder_step(&in->part);
	r->form[FORM_SOCIETAL] = r->ladder == 0 ? -1 :
	    r->ladder <= c->societal_max_step;
	r->form[FORM_GROUP] = in->contacts == CONTACTS_UNKNOWN ? -1 :
	    (int)((c->group_contacts >> in->contacts) & 1);
	r->form[FORM_INDIVIDUAL] = individual(c, r);
	r->primary = -1;
	for (i = 0; i < FORM_COUNT && r->form[order[i]] == 0; i++)
		;
	if (i < FORM_COUNT && r->form[order[i]] == 1)
		r->primary = order[i];
	if (!r->has_djg || r->djg.level == DJG_UNKNOWN)
		r->severity = SEVERITY_UNKNOWN;
	else if (r->djg.level >= DJG_SEVERE)
		r->severity = SEVERITY_SEVERE;
	else if (r->djg.level == DJG_MODERATE)
		r->severity = SEVERITY_PERSISTENT;
	else
		r->severity = SEVERITY_NONE;
}

void
isolation_indicators(const struct isolation_result *r, int out[IND_COUNT])
{
	enum djg_level l = r->has_djg ? r->djg.level : DJG_UNKNOWN;
	int i;

	out[IND_LONELY] = at_least(l, DJG_MODERATE);
	out[IND_SEVERELY_LONELY] = at_least(l, DJG_SEVERE);
	out[IND_EMOTIONALLY_LONELY] = r->has_djg ? r->djg.emotionally_lonely :
	    -1;
	out[IND_SOCIALLY_LONELY] = r->has_djg ? r->djg.socially_lonely : -1;
	out[IND_SOCIETAL] = r->form[FORM_SOCIETAL];
	out[IND_GROUP] = r->form[FORM_GROUP];
	out[IND_INDIVIDUAL] = r->form[FORM_INDIVIDUAL];
	out[IND_LSNS_AT_RISK] = r->has_lsns ? r->lsns.at_risk : -1;
	for (i = 0; i < 6; i++)
		out[IND_LADDER_1 + i] = r->ladder == 0 ? -1 : r->ladder == i + 1;
}

/* A tiny writer: every value here is a small integer, a boolean, null or
 * a fixed word, so no escaping or float formatting is needed. */
struct w {
	char *p;
};

static void
put(struct w *w, const char *s)
{
	size_t n = strlen(s);

	memcpy(w->p, s, n);
	w->p += n;
}

static void
put_int(struct w *w, int v)
{
	if (v < 0) {
		put(w, "null");
		return;
	}
	if (v >= 10)
		*w->p++ = (char)('0' + v / 10);
	*w->p++ = (char)('0' + v % 10);
}

static void
put_bool(struct w *w, int v)
{
	put(w, v < 0 ? "null" : v ? "true" : "false");
}

static void
put_word(struct w *w, const char *s)
{
	if (s == NULL) {
		put(w, "null");
		return;
	}
	*w->p++ = '"';
	put(w, s);
	*w->p++ = '"';
}

size_t
isolation_json(const struct isolation_result *r, char buf[ISOLATION_JSON_MAX])
{
	static const char *const severities[] = { "none", "persistent",
	    "severe" };
	struct w w = { buf };
	const struct djg_score *d = &r->djg;

	put(&w, "{\"djg\":");
	if (r->has_djg) {
		put(&w, "{\"items\":");
		put_int(&w, d->items);
		put(&w, ",\"score\":");
		put_int(&w, d->score);
		put(&w, ",\"emotional\":");
		put_int(&w, d->emotional);
		put(&w, ",\"social\":");
		put_int(&w, d->social);
		put(&w, ",\"missing\":");
		put_int(&w, d->missing);
		put(&w, ",\"level\":");
		put_word(&w, djg_level_name(d->level));
		put(&w, "}");
	} else
		put(&w, "null");
	put(&w, ",\"emotionally_lonely\":");
	put_bool(&w, r->has_djg ? d->emotionally_lonely : -1);
	put(&w, ",\"socially_lonely\":");
	put_bool(&w, r->has_djg ? d->socially_lonely : -1);
	put(&w, ",\"lsns\":");
	if (r->has_lsns) {
		put(&w, "{\"score\":");
		put_int(&w, r->lsns.score);
		put(&w, ",\"family\":");
		put_int(&w, r->lsns.family);
		put(&w, ",\"friends\":");
		put_int(&w, r->lsns.friends);
		put(&w, ",\"at_risk\":");
		put_bool(&w, r->lsns.at_risk);
		put(&w, "}");
	} else
		put(&w, "null");
	put(&w, ",\"ladder\":");
	put_int(&w, r->ladder ? r->ladder : -1);
	put(&w, ",\"forms\":{\"societal\":");
	put_bool(&w, r->form[FORM_SOCIETAL]);
	put(&w, ",\"group\":");
	put_bool(&w, r->form[FORM_GROUP]);
	put(&w, ",\"individual\":");
	put_bool(&w, r->form[FORM_INDIVIDUAL]);
	put(&w, "},\"primary\":");
	put_word(&w, r->primary < 0 ? NULL :
	    isolation_form_name((enum isolation_form)r->primary));
	put(&w, ",\"severity\":");
	put_word(&w, r->severity < 0 ? NULL : severities[r->severity]);
	put(&w, ",\"response\":");
	put_word(&w, r->primary < 0 ? NULL :
	    isolation_form_response((enum isolation_form)r->primary));
	put(&w, "}");
	*w.p = '\0';
	return (size_t)(w.p - buf);
}
