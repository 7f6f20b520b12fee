#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "registry/enrol.h"
#include "core/err.h"
#include "registry/initiative.h"
#include "core/out.h"
#include "core/slug.h"
#include "core/yamlload.h"

#define ID_MAX 128

void
enrol_init(struct enrol *e, int replace)
{
	memset(e, 0, sizeof *e);
	e->replace = replace;
	e->fresh = json_array();
	e->sources = json_array();
}

/* A field named as the option that sets it, for the command line. */
static const char *
as_option(const char *why, char *buf, size_t size)
{
	static const char *const fields[][2] = {
		{ "areas ", "--area " }, { "owned_by_participants ", "--owned " },
		{ "name ", "--name " }, { "id ", "--id " }, { "kind ", "--kind " },
		{ "capacity ", "--capacity " },
	};
	size_t i, n;

	for (i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		n = strlen(fields[i][0]);
		if (strncmp(why, fields[i][0], n) == 0) {
			snprintf(buf, size, "%s%s", fields[i][1], why + n);
			return buf;
		}
	}
	return why;
}

/* field_error: why names a field, which the command line sets by an option. */
static void
refuse(struct enrol *e, const char *source, const char *why, int field_error)
{
	char buf[1024];

	if (*source != '\0')
		warnx_("%s: %s", source, why);
	else
		warnx_("%s", field_error ? as_option(why, buf, sizeof buf) : why);
	e->nbad++;
}

/* The record with "id" made from "name" when it has none. */
static json_t *
with_id(const json_t *rec, char *err, size_t size)
{
	json_t *copy = json_copy((json_t *)rec), *name;
	char id[ID_MAX];

	if (json_object_get(rec, "id") != NULL)
		return copy;
	name = json_object_get(rec, "name");
	if (!json_is_string(name)) {
		errorf(err, size, "name %s", name == NULL ? "is missing" :
		    "must be a non-empty string");
		json_decref(copy);
		return NULL;
	}
	if (slugify(json_string_value(name), id, sizeof id) == 0) {
		errorf(err, size, "name '%s' has no letter or digit to make "
		    "an id of; give an id", json_string_value(name));
		json_decref(copy);
		return NULL;
	}
	json_object_set_new(copy, "id", json_string(id));
	return copy;
}

/* The index in fresh of the new initiative with id, or -1. */
static int
fresh_index(const struct enrol *e, const char *id)
{
	unsigned long i;

	return strmap_get(&e->fresh_ids, id, &i) ? (int)i : -1;
}

int
enrol_add(struct enrol *e, const json_t *rec, const char *source)
{
	char err[512], why[600];
	json_t *full, *canon;
	const char *id;

	if (!json_is_object(rec)) {
		refuse(e, source, "an initiative must be a mapping of fields", 0);
		return -1;
	}
	if ((full = with_id(rec, err, sizeof err)) == NULL ||
	    (canon = initiative_normalise(full, err, sizeof err)) == NULL) {
		json_decref(full);
		refuse(e, source, err, 1);
		return -1;
	}
	json_decref(full);
	id = json_string_value(json_object_get(canon, "id"));
	if (!strmap_add(&e->fresh_ids, id, json_array_size(e->fresh), NULL)) {
		snprintf(why, sizeof why, "id '%s' is given twice among the new "
		    "initiatives", id);
		refuse(e, source, why, 0);
		json_decref(canon);
		return -1;
	}
	json_array_append_new(e->fresh, canon);
	json_array_append_new(e->sources, json_string(source));
	XGROW(e->placed, e->nplaced, e->capplaced);
	e->placed[e->nplaced++] = 0;
	return 0;
}

static void
describe(char *buf, size_t size, const char *path, size_t i, const json_t *rec)
{
	const json_t *name = json_object_get(rec, "name");

	if (json_is_string(name))
		snprintf(buf, size, "%s: initiative %zu (%s)", path, i + 1,
		    json_string_value(name));
	else
		snprintf(buf, size, "%s: initiative %zu", path, i + 1);
}

struct from_yaml {
	struct enrol *e;
	const char *path;
};

/* Adds one initiative of a --from file, whose keys must all be known. */
static void
add_written(struct enrol *e, const json_t *rec, const char *source)
{
	char err[600];

	if (json_is_object(rec) && initiative_keys_known(rec, err,
	    sizeof err) != 0)
		refuse(e, source, err, 0);
	else
		enrol_add(e, rec, source);
}

/* Adds the initiatives of a --from document: a list, or one mapping. */
static int
add_document(void *ctx, const json_t *doc, char *err, size_t size)
{
	struct from_yaml *y = ctx;
	char source[1200];
	const json_t *rec;
	size_t i;

	if (json_is_object(doc)) {
		describe(source, sizeof source, y->path, 0, doc);
		add_written(y->e, doc, source);
	} else if (json_is_array(doc)) {
		json_array_foreach(doc, i, rec) {
			describe(source, sizeof source, y->path, i, rec);
			add_written(y->e, rec, source);
		}
	} else if (!json_is_null(doc))
		return errorf(err, size, "expected a list of initiatives");
	return 0;
}

void
enrol_add_yaml(struct enrol *e, const char *path)
{
	struct from_yaml y = { e, path };

	yaml_load_config(path, add_document, &y);
}

static const char *
record_id(const json_t *rec)
{
	return json_string_value(json_object_get(rec, "id"));
}

static void
duplicate(struct enrol *e, size_t i, const struct jsonl_line *line)
{
	char why[512];

	snprintf(why, sizeof why, "id '%s' is taken by %s:%lu (use --replace "
	    "to replace it)", record_id(json_array_get(e->fresh, i)),
	    line->file, line->lineno);
	refuse(e, json_string_value(json_array_get(e->sources, i)), why, 0);
	e->placed[i] = 1;
}

/*
 * The id of a registry initiative that passes every check, the same in
 * every mode: the record in full, and an id no earlier line took.  NULL
 * when it is rejected (the stream says why).
 */
static const char *
checked_id(struct stream *s, const struct jsonl_line *line, const json_t *rec,
    struct strmap *ids)
{
	char err[512];
	json_t *canon;
	const char *id;
	unsigned long first;

	if ((canon = initiative_normalise(rec, err, sizeof err)) == NULL) {
		stream_reject(s, line, "%s", err);
		return NULL;
	}
	json_decref(canon);
	id = record_id(rec);	/* normalise has checked it is a slug */
	if (!strmap_add(ids, id, line->lineno, &first)) {
		stream_reject(s, line, "id '%s' is already taken at line %lu",
		    id, first);
		return NULL;
	}
	return id;
}

/* Reads the registry in s, checking every initiative; with write, writes
 * it with the new initiatives placed (enrol.h). */
static void
registry_pass(struct enrol *e, struct stream *s, int write)
{
	struct strmap ids = { 0 };
	struct jsonl_line line;
	const char *type, *id;
	json_t *rec;
	size_t i;
	int k;

	while (stream_next(s, &line, &rec, &type)) {
		k = -1;
		id = NULL;
		if (stream_is(type, "initiative") &&
		    (id = checked_id(s, &line, rec, &ids)) == NULL) {
			json_decref(rec);
			continue;
		}
		if (id != NULL)
			k = fresh_index(e, id);
		if (k >= 0 && e->replace) {
			if (write)
				out_json(json_array_get(e->fresh, (size_t)k));
			e->placed[k] = 1;
		} else {
			if (k >= 0)
				duplicate(e, (size_t)k, &line);
			if (write)
				stream_pass(&line);
		}
		json_decref(rec);
	}
	strmap_free(&ids);
	for (i = 0; write && i < json_array_size(e->fresh); i++)
		if (!e->placed[i])
			out_json(json_array_get(e->fresh, i));
}

void
enrol_stream(struct enrol *e, struct stream *s)
{
	registry_pass(e, s, 1);
}

void
enrol_check(struct enrol *e, struct stream *s)
{
	registry_pass(e, s, 0);
}

void
enrol_free(struct enrol *e)
{
	json_decref(e->fresh);
	json_decref(e->sources);
	free(e->placed);
	strmap_free(&e->fresh_ids);
}
