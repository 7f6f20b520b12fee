#include <string.h>

#include "base/area.h"
#include "registry/initiative.h"
#include "base/period.h"
#include "core/err.h"
#include "core/jsonval.h"
#include "core/keys.h"
#include "core/opt.h"
#include "core/slug.h"

/* Grouped by the form each kind responds to: see kind_form[]. */
static const struct term kinds[] = {
	{ "resident-group", "bewonersgroep", "bewonersinitiatief" },
	{ "care-cooperative", "zorgcoöperatie", "zorgcoop" },
	{ "resident-enterprise", "bewonersbedrijf",
	    "community-based-enterprise" },
	{ "energy-cooperative", "energiecoöperatie", NULL },
	{ "food-initiative", "voedselinitiatief", NULL },
	{ "neighbourhood-business", "buurtbedrijf", "neighborhood-business" },
	{ "care-farm", "zorgboerderij", NULL },
	{ "intercultural-group", "interculturele groep",
	    "interculturele-kookgroep|kookgroep" },
	{ "recovery-academy", "herstelacademie", NULL },
	{ "drop-in", "inloop", "koffie-uurtje|inloophuis" },
	{ "buddy-project", "maatjesproject", NULL },
};

static const enum isolation_form kind_form[] = {
	FORM_SOCIETAL, FORM_SOCIETAL, FORM_SOCIETAL, FORM_SOCIETAL,
	FORM_SOCIETAL, FORM_GROUP, FORM_GROUP, FORM_GROUP,
	FORM_INDIVIDUAL, FORM_INDIVIDUAL, FORM_INDIVIDUAL,
};

static const struct term forms[] = {
	{ "informal", "informeel", NULL },
	{ "association", "vereniging", NULL },
	{ "cooperative", "coöperatie", NULL },
	{ "foundation", "stichting", NULL },
	{ "enterprise", "onderneming", "bedrijf|sociale-onderneming" },
};

static const struct term domains[] = {
	{ "care", "zorg", NULL },
	{ "welfare", "welzijn", NULL },
	{ "energy", "energie", NULL },
	{ "food", "voedsel", NULL },
	{ "green", "groen", NULL },
	{ "safety", "veiligheid", NULL },
	{ "transport", "vervoer", "mobiliteit" },
	{ "culture", "cultuur", NULL },
	{ "housing", "wonen", NULL },
	{ "youth", "jeugd", NULL },
	{ "work", "werk", NULL },
};


const struct vocab initiative_kinds = { "kind", kinds, NELEM(kinds) };
const struct vocab initiative_forms = { "form", forms, NELEM(forms) };
const struct vocab initiative_domains = { "domain", domains, NELEM(domains) };

enum isolation_form
initiative_kind_form(size_t kind)
{
	return kind_form[kind];
}

/* The keys of an initiative record, in the order samen writes them. */
static const char *const known[] = {
	"type", "id", "name", "kind", "responds_to", "domain", "form", "areas",
	"started", "capacity", "members", "volunteers",
	"owned_by_participants", "platform", NULL
};

static int
fail(char *err, size_t size, const char *key, const char *what)
{
	return errorf(err, size, "%s %s", key, what);
}

static int
unknown(const struct vocab *v, const char *key, const char *word, char *err,
    size_t size)
{
	char why[256];

	return errorf(err, size, "%s '%s': %s", key, word,
	    vocab_unknown(v, word, why, sizeof why));
}

/* A term of v as a canonical string; -1 when absent (and no default). */
static int
term(json_t *out, const json_t *rec, const char *key, const struct vocab *v,
    const char *dflt, char *err, size_t size)
{
	const json_t *j = json_object_get(rec, key);
	int i;

	if (j == NULL && dflt != NULL) {
		json_object_set_new(out, key, json_string(dflt));
		return vocab_find(v, dflt);
	}
	if (j == NULL)
		return fail(err, size, key, "is missing");
	if (!json_is_string(j))
		return fail(err, size, key, "must be a string");
	if ((i = vocab_find(v, json_string_value(j))) < 0)
		return unknown(v, key, json_string_value(j), err, size);
	json_object_set_new(out, key, json_string(v->terms[i].name));
	return i;
}

/* A list of strings; a lone string is a list of one. */
static json_t *
strings(const json_t *rec, const char *key, char *err, size_t size)
{
	const json_t *j = json_object_get(rec, key);
	json_t *list, *item;
	size_t i;

	if (j == NULL)
		return json_array();
	if (json_is_string(j))
		return json_pack("[O]", j);
	if (!json_is_array(j)) {
		fail(err, size, key, "must be a list of strings");
		return NULL;
	}
	list = json_array();
	json_array_foreach((json_t *)j, i, item) {
		if (!json_is_string(item)) {
			fail(err, size, key, "must be a list of strings");
			json_decref(list);
			return NULL;
		}
		json_array_append(list, item);
	}
	return list;
}

static int
domain_list(json_t *out, const json_t *rec, char *err, size_t size)
{
	json_t *in = strings(rec, "domain", err, size), *list, *item;
	size_t i, k;
	int t;

	if (in == NULL)
		return -1;
	list = json_array();
	json_array_foreach(in, i, item) {
		const char *name;
		int dup = 0;

		if ((t = vocab_find(&initiative_domains,
		    json_string_value(item))) < 0) {
			unknown(&initiative_domains, "domain",
			    json_string_value(item), err, size);
			json_decref(in);
			json_decref(list);
			return -1;
		}
		name = initiative_domains.terms[t].name;
		for (k = 0; k < json_array_size(list); k++)
			dup |= strcmp(json_string_value(json_array_get(list, k)),
			    name) == 0;
		if (!dup)
			json_array_append_new(list, json_string(name));
	}
	json_decref(in);
	json_object_set_new(out, "domain", list);
	return 0;
}

static int
area_list(json_t *out, const json_t *rec, char *err, size_t size)
{
	json_t *list = strings(rec, "areas", err, size), *item;
	size_t i;

	if (list == NULL)
		return -1;
	if (json_array_size(list) == 0) {
		json_decref(list);
		return fail(err, size, "areas", json_object_get(rec, "areas") ?
		    "must name at least one area" : "is missing");
	}
	json_array_foreach(list, i, item) {
		if (area_level_of(json_string_value(item)) == AREA_INVALID) {
			errorf(err, size, "areas: '%s' is not a CBS area code "
			    "(GM and 4 digits, WK and 6, or BU and 8)",
			    json_string_value(item));
			json_decref(list);
			return -1;
		}
	}
	json_object_set_new(out, "areas", list);
	return 0;
}

/* A count of people; every reader may sum and scale it without overflow. */
static int
count(json_t *out, const json_t *rec, const char *key, int required,
    char *err, size_t size)
{
	const json_t *j = json_object_get(rec, key);
	long n;

	if (j == NULL && !required) {
		json_object_set_new(out, key, json_integer(0));
		return 0;
	}
	if (j == NULL)
		return fail(err, size, key, "is missing");
	if (json_whole(j, 0, INITIATIVE_COUNT_MAX, &n) == -1)
		return errorf(err, size, "%s must be a whole number from 0 to "
		    "%d", key, INITIATIVE_COUNT_MAX);
	json_object_set(out, key, (json_t *)j);
	return 0;
}

static int
text(json_t *out, const json_t *rec, const char *key, int required,
    char *err, size_t size)
{
	const json_t *j = json_object_get(rec, key);

	if (j == NULL)
		return required ? fail(err, size, key, "is missing") : 0;
	if (!json_is_string(j) || json_string_length(j) == 0)
		return fail(err, size, key, "must be a non-empty string");
	json_object_set(out, key, (json_t *)j);
	return 0;
}

static int
ident(json_t *out, const json_t *rec, char *err, size_t size)
{
	const json_t *j = json_object_get(rec, "id");

	if (text(out, rec, "id", 1, err, size) != 0)
		return -1;
	if (!slug_valid(json_string_value(j))) {
		return errorf(err, size, "id '%s' is not a slug (lower-case "
		    "letters, digits and single hyphens)", json_string_value(j));
	}
	return 0;
}

static int
start_date(json_t *out, const json_t *rec, char *err, size_t size)
{
	const json_t *j = json_object_get(rec, "started");
	struct date d;
	const char *why;

	if (j == NULL)
		return 0;
	if (!json_is_string(j) || date_parse(json_string_value(j),
	    json_string_length(j), &d, &why) != 0) {
		return errorf(err, size, "started must be a date written "
		    "YYYY-MM-DD");
	}
	json_object_set(out, "started", (json_t *)j);
	return 0;
}

static int
kind_and_response(json_t *out, const json_t *rec, char *err, size_t size)
{
	const json_t *given = json_object_get(rec, "responds_to");
	const char *form;
	int k;

	if ((k = term(out, rec, "kind", &initiative_kinds, NULL, err, size)) < 0)
		return -1;
	form = isolation_form_name(kind_form[k]);
	if (given != NULL && !(json_is_string(given) &&
	    strcmp(json_string_value(given), form) == 0)) {
		return errorf(err, size, "responds_to does not fit kind '%s', "
		    "which responds to %s isolation", kinds[k].name, form);
	}
	json_object_set_new(out, "responds_to", json_string(form));
	return 0;
}

static int
ownership(json_t *out, const json_t *rec, int form, char *err, size_t size)
{
	const json_t *j = json_object_get(rec, "owned_by_participants");
	const char *name = forms[form].name;

	if (j == NULL)
		j = json_boolean(strcmp(name, "association") == 0 ||
		    strcmp(name, "cooperative") == 0);
	else if (!json_is_boolean(j))
		return fail(err, size, "owned_by_participants",
		    "must be true or false");
	json_object_set(out, "owned_by_participants", (json_t *)j);
	return 0;
}

/* The Dutch keys people write, and the English ones they mean. */
static const struct key_in_dutch dutch[] = {
	{ "naam", "name" }, { "soort", "kind" }, { "vorm", "form" },
	{ "domein", "domain" }, { "gebieden", "areas" },
	{ "gebied", "areas" }, { "gestart", "started" },
	{ "capaciteit", "capacity" }, { "leden", "members" },
	{ "vrijwilligers", "volunteers" },
};

int
initiative_keys_known(const json_t *rec, char *err, size_t size)
{
	return keys_known(rec, known, dutch, NELEM(dutch), err, size);
}

json_t *
initiative_normalise(const json_t *rec, char *err, size_t size)
{
	json_t *out = json_object(), *value;
	const char *key;
	int form;

	json_object_set_new(out, "type", json_string("initiative"));
	if (ident(out, rec, err, size) != 0 ||
	    text(out, rec, "name", 1, err, size) != 0 ||
	    kind_and_response(out, rec, err, size) != 0 ||
	    domain_list(out, rec, err, size) != 0 ||
	    (form = term(out, rec, "form", &initiative_forms, "informal", err,
	    size)) < 0 ||
	    area_list(out, rec, err, size) != 0 ||
	    start_date(out, rec, err, size) != 0 ||
	    count(out, rec, "capacity", 1, err, size) != 0 ||
	    count(out, rec, "members", 0, err, size) != 0 ||
	    count(out, rec, "volunteers", 0, err, size) != 0 ||
	    ownership(out, rec, form, err, size) != 0 ||
	    text(out, rec, "platform", 0, err, size) != 0) {
		json_decref(out);
		return NULL;
	}
	json_object_foreach((json_t *)rec, key, value)
		if (opt_word(known, key) < 0)
			json_object_set(out, key, value);
	return out;
}
