/*
 * letter_config: the --letter-config file of council-advise (see
 * letter.h): the reference, the College's request, the survey, who
 * tagged the measures and who signs.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "advice/letter.h"
#include "base/period.h"
#include "core/err.h"
#include "core/jsonval.h"
#include "core/suggest.h"

static const char *const top_keys[] = { "council", "reference", "request",
	"survey", "tagged_by", "signatories" };
static const char *const request_keys[] = { "date", "subject", "reference" };
static const char *const survey_keys[] = { "name", "min_n" };
static const char *const signatory_keys[] = { "name", "role" };

void
letter_config_init(struct letter_config *c)
{
	memset(c, 0, sizeof *c);
	c->warnings = json_array();
}

void
letter_config_free(struct letter_config *c)
{
	free(c->council);
	free(c->reference);
	free(c->request_date);
	free(c->request_subject);
	free(c->request_reference);
	free(c->survey);
	free(c->tagged_by);
	FREE_ARRAY(struct letter_signatory, c->signatories, c->nsignatories,
	    g, (free(g->name), free(g->role)));
	json_decref(c->warnings);
	memset(c, 0, sizeof *c);
}

/* A warning for each key of obj (at where, "" at the top) that is not one
 * of the n keys. */
static void
warn_unknown(struct letter_config *c, const json_t *obj, const char *where,
    const char *const *keys, size_t n)
{
	const char *k;
	json_t *v;
	char why[256];
	size_t i;

	json_object_foreach((json_t *)obj, k, v) {
		for (i = 0; i < n && strcmp(k, keys[i]) != 0; i++)
			;
		if (i < n)
			continue;
		suggest_unknown(why, sizeof why, "key", k, keys, n);
		json_array_append_new(c->warnings, json_sprintf("%s%s%s: %s, "
		    "ignored", where, *where ? "." : "", k, why));
	}
}

/* A string value of key into *out (a copy); absent or null leaves it. */
static int
text(const json_t *obj, const char *where, const char *key, char **out,
    char *err, size_t size)
{
	const json_t *v = json_object_get(obj, key);

	if (json_absent(v))
		return 0;
	if (!json_is_string(v) || json_string_length(v) == 0)
		return errorf(err, size, "%s%s%s: must be a non-empty string",
		    where, *where ? "." : "", key);
	free(*out);
	*out = xstrdup(json_string_value(v));
	return 0;
}

/* The mapping at key, or NULL (absent); -1 when it is something else. */
static int
mapping(const json_t *doc, const char *key, const json_t **out, char *err,
    size_t size)
{
	const json_t *v = json_object_get(doc, key);

	*out = NULL;
	if (json_absent(v))
		return 0;
	if (!json_is_object(v))
		return errorf(err, size, "%s: must be a mapping", key);
	*out = v;
	return 0;
}

static int
apply_request(struct letter_config *c, const json_t *r, char *err,
    size_t size)
{
	struct date d;
	const char *why;

	if (r == NULL)
		return 0;
	warn_unknown(c, r, "request", request_keys, NELEM(request_keys));
	if (text(r, "request", "date", &c->request_date, err, size) ||
	    text(r, "request", "subject", &c->request_subject, err, size) ||
	    text(r, "request", "reference", &c->request_reference, err,
	    size))
		return -1;
	if (c->request_date != NULL && date_parse(c->request_date,
	    strlen(c->request_date), &d, &why) != 0)
		return errorf(err, size, "request.date '%s': %s",
		    c->request_date, why);
	return 0;
}

static int
apply_survey(struct letter_config *c, const json_t *s, char *err,
    size_t size)
{
	const json_t *m;

	if (s == NULL)
		return 0;
	warn_unknown(c, s, "survey", survey_keys, NELEM(survey_keys));
	if (text(s, "survey", "name", &c->survey, err, size))
		return -1;
	m = json_object_get(s, "min_n");
	if (!json_absent(m) && json_whole(m, 1, LONG_MAX, &c->min_n) == -1)
		return errorf(err, size, "survey.min_n: must be a whole number, "
		    "1 or more (isolation-score --min-n)");
	return 0;
}

/* The signatories, a list given (not absent or null). */
static int
apply_signatories(struct letter_config *c, const json_t *list, char *err,
    size_t size)
{
	const json_t *s;
	size_t i;

	if (!json_is_array(list))
		return errorf(err, size, "signatories: must be a list of "
		    "mappings with a name and a role");
	c->signatories = xreallocarray(NULL, json_array_size(list) + 1,
	    sizeof *c->signatories);
	json_array_foreach(list, i, s) {
		struct letter_signatory *g = &c->signatories[i];

		if (!json_is_object(s))
			return errorf(err, size, "signatories[%zu]: must be a "
			    "mapping with a name and a role", i);
		memset(g, 0, sizeof *g);
		c->nsignatories = i + 1;
		warn_unknown(c, s, "signatories", signatory_keys,
		    NELEM(signatory_keys));
		if (text(s, "signatories", "name", &g->name, err, size) ||
		    text(s, "signatories", "role", &g->role, err, size))
			return -1;
		if (g->name == NULL)
			return errorf(err, size, "signatories[%zu]: name is "
			    "missing", i);
	}
	return 0;
}

int
letter_config_apply(struct letter_config *c, const json_t *doc, char *err,
    size_t size)
{
	const json_t *request, *survey, *signatories;

	if (!json_is_object(doc))
		return errorf(err, size, "a letter configuration is a mapping "
		    "(council, reference, request, survey, tagged_by, "
		    "signatories)");
	warn_unknown(c, doc, "", top_keys, NELEM(top_keys));
	if (text(doc, "", "council", &c->council, err, size) ||
	    text(doc, "", "reference", &c->reference, err, size) ||
	    text(doc, "", "tagged_by", &c->tagged_by, err, size) ||
	    mapping(doc, "request", &request, err, size) ||
	    mapping(doc, "survey", &survey, err, size) ||
	    apply_request(c, request, err, size) ||
	    apply_survey(c, survey, err, size))
		return -1;
	signatories = json_object_get(doc, "signatories");
	return json_absent(signatories) ? 0 : apply_signatories(c,
	    signatories, err, size);
}
