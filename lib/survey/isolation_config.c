/*
 * isolation_config: the rules and thresholds of isolation.c, their
 * published defaults and a --config document that overrides them.
 */
#include <string.h>

#include "core/err.h"
#include "core/jsonval.h"
#include "core/suggest.h"
#include "survey/isolation.h"

/* The conditions of `individual', in the order of the COND_ bits. */
static const char *const cond_names[COND_COUNT] = {
	"emotionally-lonely", "socially-lonely", "lonely", "severely-lonely",
	"lsns-at-risk"
};

/* The keys of a djg or djg_short mapping, in struct djg_rules' order. */
static const char *const djg_keys[] = { "max_missing",
	"emotional_threshold", "social_threshold", "moderate", "severe",
	"very_severe" };

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

/* "djg.max_mising: unknown key (did you mean 'max_missing'?)" */
static int
unknown_key(const char *where, const char *key, const char *const *known,
    size_t n, char *err, size_t size)
{
	char why[256];

	suggest_unknown(why, sizeof why, "key", key, known, n);
	return errorf(err, size, "%s%s: %s", where, key, why);
}

/* The index of key among the n keys a mapping may have; -1, with
 * unknown_key's message in err, when it is none of them. */
static int
key_index(const char *where, const char *key, const char *const *keys,
    size_t n, char *err, size_t size)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(key, keys[i]) == 0)
			return (int)i;
	return unknown_key(where, key, keys, n, err, size);
}

static int
whole(const json_t *v, const char *where, const char *key, long lo, long hi,
    long *out, char *err, size_t size)
{
	if (json_whole(v, lo, hi, out) == -1)
		return errorf(err, size, "%s%s: must be a whole number from %ld "
		    "to %ld", where, key, lo, hi);
	return 0;
}

/* The djg or djg_short section; isolation_config_apply has seen that
 * each section is a mapping. */
static int
apply_djg(struct djg_rules *r, const json_t *o, int items, const char *where,
    char *err, size_t size)
{
	const char *const *keys = djg_keys;
	int *field[] = { &r->max_missing, &r->emotional_threshold,
	    &r->social_threshold, &r->moderate, &r->severe, &r->very_severe };
	const char *key;
	const json_t *v;
	int i;
	long x;

	json_object_foreach((json_t *)o, key, v) {
		if ((i = key_index(where, key, keys, 6, err, size)) == -1 ||
		    whole(v, where, key, 0, items + 1, &x, err, size) == -1)
			return -1;
		*field[i] = (int)x;
	}
	if (r->moderate > r->severe || r->severe > r->very_severe)
		return errorf(err, size, "%.*s: the cut-offs must rise: "
		    "moderate <= severe <= very_severe",
		    (int)strlen(where) - 1, where);
	return 0;
}

/* A list of words (or one word) of names as bits; what names them in
 * messages. */
static int
apply_list(unsigned *bits, const json_t *v, const char *where,
    const char *what, const char *const *names, size_t n, char *err,
    size_t size)
{
	char why[256];
	size_t i, k;

	if (json_is_string(v)) {
		json_t *one = json_pack("[O]", v);
		int r = apply_list(bits, one, where, what, names, n, err, size);

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
		if (s == NULL)
			return errorf(err, size, "%s: item %zu is not a string",
			    where, i + 1);
		if (k == n) {
			suggest_unknown(why, sizeof why, what, s, names, n);
			return errorf(err, size, "%s: '%s': %s", where, s, why);
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

	json_object_foreach((json_t *)o, key, v) {
		switch (key_index("forms.", key, keys, NELEM(keys), err, size)) {
		case 0:
			if (whole(v, "forms.", key, 0, 6, &x, err, size) == -1)
				return -1;
			c->societal_max_step = (int)x;
			break;
		case 1:
			if (apply_list(&c->group_contacts, v,
			    "forms.group_contacts", "kind of contacts",
			    contacts_names, CONTACTS_COUNT, err, size) == -1)
				return -1;
			break;
		case 2:
			if (apply_list(&c->individual, v, "forms.individual",
			    "condition", cond_names, COND_COUNT, err,
			    size) == -1)
				return -1;
			if (c->individual == 0)
				return errorf(err, size, "forms.individual: "
				    "name at least one condition");
			break;
		default:
			return -1;
		}
	}
	return 0;
}

/* The lsns section, a mapping. */
static int
apply_lsns(struct isolation_config *c, const json_t *o, char *err,
    size_t size)
{
	static const char *const keys[] = { "at_risk_below" };
	const char *key;
	const json_t *v;
	long x;

	json_object_foreach((json_t *)o, key, v) {
		if (key_index("lsns.", key, keys, NELEM(keys), err, size) == -1 ||
		    whole(v, "lsns.", key, 0, 31, &x, err, size) == -1)
			return -1;
		c->lsns_at_risk_below = (int)x;
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
	const json_t *v;
	long x;
	int rc;

	if (json_is_null(doc))
		return 0;
	if (!json_is_object(doc))
		return errorf(err, size, "the configuration must be a mapping");
	json_object_foreach((json_t *)doc, key, v) {
		rc = key_index("", key, keys, NELEM(keys), err, size);
		/* every section but min_n is a mapping of its own keys */
		if (rc >= 0 && rc <= 3 && !json_is_object(v))
			return errorf(err, size, "%s: must be a mapping", key);
		switch (rc) {
		case 0:
			rc = apply_djg(&c->djg[0], v, 11, "djg.", err, size);
			break;
		case 1:
			rc = apply_djg(&c->djg[1], v, 6, "djg_short.", err,
			    size);
			break;
		case 2:
			rc = apply_lsns(c, v, err, size);
			break;
		case 3:
			rc = apply_forms(c, v, err, size);
			break;
		case 4:
			if ((rc = whole(v, "", key, 0, 1000000000L, &x, err,
			    size)) == 0)
				c->min_n = x;
			break;
		default:
			rc = -1;
		}
		if (rc != 0)
			return -1;
	}
	return 0;
}


/* A djg or djg_short mapping of the rules, keys in djg_keys' order. */
static json_t *
djg_settings(const struct djg_rules *r)
{
	const int value[] = { r->max_missing, r->emotional_threshold,
	    r->social_threshold, r->moderate, r->severe, r->very_severe };
	json_t *o = json_object();
	size_t i;

	for (i = 0; i < NELEM(djg_keys); i++)
		json_object_set_new(o, djg_keys[i], json_integer(value[i]));
	return o;
}

/* The names of the bits set in bits, as a list. */
static json_t *
bit_names(unsigned bits, const char *const *names, size_t n)
{
	json_t *a = json_array();
	size_t i;

	for (i = 0; i < n; i++)
		if (bits & (1u << i))
			json_array_append_new(a, json_string(names[i]));
	return a;
}

json_t *
isolation_config_settings(const struct isolation_config *c)
{
	return json_pack("{s:o,s:o,s:{s:i},s:{s:i,s:o,s:o}}",
	    "djg", djg_settings(&c->djg[0]),
	    "djg_short", djg_settings(&c->djg[1]),
	    "lsns", "at_risk_below", c->lsns_at_risk_below,
	    "forms", "societal_max_step", c->societal_max_step,
	    "group_contacts", bit_names(c->group_contacts, contacts_names,
	    CONTACTS_COUNT),
	    "individual", bit_names(c->individual, cond_names, COND_COUNT));
}
