#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/cbsfig.h"
#include "core/csvread.h"
#include "core/err.h"
#include "core/suggest.h"

/* cell without the spaces around it, into buf (size > 1). */
static const char *
trimmed(const char *cell, char *buf, size_t size)
{
	size_t n;

	while (*cell == ' ' || *cell == '\t')
		cell++;
	n = strlen(cell);
	while (n > 0 && (cell[n - 1] == ' ' || cell[n - 1] == '\t'))
		n--;
	if (n >= size)
		n = size - 1;
	memcpy(buf, cell, n);
	buf[n] = '\0';
	return buf;
}

int
cbs_value(const char *cell, double *d)
{
	char buf[64];

	trimmed(cell, buf, sizeof buf);
	if (strcmp(buf, ".") == 0 || *buf == '\0')
		return CBS_MISSING;
	if (strcmp(buf, "x") == 0 || strcmp(buf, "X") == 0)
		return CBS_SECRET;
	return csv_number(buf, d) == 0 ? CBS_NUMBER : -1;
}

enum area_level
cbs_code(const char *cell, char out[AREA_CODE_MAX])
{
	trimmed(cell, out, AREA_CODE_MAX);
	return strlen(cell) > 64 ? AREA_INVALID : area_level_of(out);
}

void
cbs_columns_default(struct cbs_columns *c)
{
	memset(c, 0, sizeof *c);
	c->code = xstrdup("gwb_code_10");
	c->name = xstrdup("regio");
	c->level = xstrdup("recs");
	c->population = xstrdup("a_inw");
}

/* A field of the map: "column" or {column: C, divide: D}. */
static int
apply_field(struct cbs_columns *c, const char *name, const json_t *v,
    char *err, size_t size)
{
	struct cbs_field *f;
	const json_t *col = json_is_object(v) ? json_object_get(v, "column") :
	    v, *div = json_is_object(v) ? json_object_get(v, "divide") : NULL;

	if (c->nfield == CBS_FIELDS_MAX)
		return errorf(err, size, "fields: more than %d", CBS_FIELDS_MAX);
	if (!json_is_string(col) || (json_is_object(v) &&
	    json_object_size(v) != 1 + (div != NULL)))
		return errorf(err, size, "fields.%s: must be a column's name, "
		    "or {column: NAME, divide: NUMBER}", name);
	if (div != NULL && (!json_is_number(div) ||
	    !(json_number_value(div) != 0)))
		return errorf(err, size, "fields.%s.divide: must be a number "
		    "other than 0", name);
	f = &c->field[c->nfield++];
	f->name = xstrdup(name);
	f->column = xstrdup(json_string_value(col));
	f->divide = div != NULL ? json_number_value(div) : 1;
	return 0;
}

int
cbs_columns_apply(void *ctx, const json_t *doc, char *err, size_t size)
{
	static const char *const keys[] = { "code", "name", "level",
	    "population", "fields" };
	struct cbs_columns *c = ctx;
	char **slot[] = { &c->code, &c->name, &c->level, &c->population };
	const char *key, *fname;
	const json_t *v, *f;
	size_t i;

	if (!json_is_object(doc))
		return errorf(err, size, "the column map must be a mapping");
	json_object_foreach((json_t *)doc, key, v) {
		for (i = 0; i < NELEM(keys) && strcmp(key, keys[i]); i++)
			;
		if (i == NELEM(keys)) {
			char why[300];

			suggest_unknown(why, sizeof why, "key", key, keys,
			    NELEM(keys));
			return errorf(err, size, "%s: %s", key, why);
		}
		if (i < NELEM(slot)) {
			if (!json_is_string(v))
				return errorf(err, size, "%s: must be a column's "
				    "name", key);
			free(*slot[i]);
			*slot[i] = xstrdup(json_string_value(v));
			continue;
		}
		if (!json_is_object(v))
			return errorf(err, size, "fields: must map field names "
			    "to columns");
		json_object_foreach((json_t *)v, fname, f)
			if (apply_field(c, fname, f, err, size) == -1)
				return -1;
	}
	return 0;
}

/* The index of a header's column, case ignored, or -1. */
static long
column(const char *const *names, size_t n, const char *want)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcasecmp(names[i], want) == 0)
			return (long)i;
	return -1;
}

int
cbs_columns_bind(struct cbs_columns *c, const char *const *names, size_t n,
    char *err, size_t size)
{
	char hint[160];
	size_t i;

	if ((c->code_col = column(names, n, c->code)) < 0)
		c->code_col = column(names, n, "gwb_code");
	if ((c->name_col = column(names, n, c->name)) < 0)
		c->name_col = column(names, n, "gwb_naam");
	c->level_col = column(names, n, c->level);
	c->population_col = column(names, n, c->population);
	if (c->code_col < 0)
		return errorf(err, size, "no column %s (nor gwb_code) with the "
		    "areas' codes; name it with code: in --columns", c->code);
	for (i = 0; i < c->nfield; i++)
		if ((c->field_col[i] = column(names, n, c->field[i].column)) < 0) {
			return errorf(err, size, "fields.%s: no column %s%s",
			    c->field[i].name, c->field[i].column,
			    suggest_hint(c->field[i].column, names, n, hint,
			    sizeof hint));
		}
	return 0;
}

void
cbs_columns_free(struct cbs_columns *c)
{
	size_t i;

	for (i = 0; i < c->nfield; i++) {
		free(c->field[i].name);
		free(c->field[i].column);
	}
	c->nfield = 0;
	free(c->code);
	free(c->name);
	free(c->level);
	free(c->population);
	c->code = c->name = c->level = c->population = NULL;
}

/* The level a recs cell names ("Gemeente", "Wijk", "Buurt"), or
 * AREA_INVALID. */
static enum area_level
recs_level(const char *cell)
{
	char buf[32];

	trimmed(cell, buf, sizeof buf);
	if (strcasecmp(buf, "Gemeente") == 0)
		return AREA_GEMEENTE;
	if (strcasecmp(buf, "Wijk") == 0)
		return AREA_WIJK;
	if (strcasecmp(buf, "Buurt") == 0)
		return AREA_BUURT;
	return AREA_INVALID;
}

/* A figure into the record under name: a number, or null counted. */
static int
put_figure(json_t *rec, const char *name, const char *column,
    const char *cell, double divide, struct cbs_counts *counts, char *err,
    size_t size)
{
	double d = 0;
	int v = cbs_value(cell, &d);

	if (v == -1)
		return errorf(err, size, "%s: '%s' is not a number, '.' "
		    "(missing) or 'x' (secret)", column, cell);
	counts->missing += v == CBS_MISSING;
	counts->secret += v == CBS_SECRET;
	if (v != CBS_NUMBER)
		json_object_set_new(rec, name, json_null());
	else if (divide == 1 && d == (double)(json_int_t)d)
		json_object_set_new(rec, name, json_integer((json_int_t)d));
	else
		json_object_set_new(rec, name, json_real(d / divide));
	return 0;
}

/* The code, the level and the parents of a row. */
static int
put_code(json_t *rec, const struct cbs_columns *c, const char *const *cells,
    char code[AREA_CODE_MAX], char *err, size_t size)
{
	enum area_level level = cbs_code(cells[c->code_col], code), said;
	char parent[AREA_CODE_MAX];

	if (level == AREA_INVALID)
		return errorf(err, size, "%s: '%s' is not a CBS code (GM and 4 "
		    "digits, WK and 6, BU and 8 characters)", c->code,
		    cells[c->code_col]);
	said = c->level_col >= 0 ? recs_level(cells[c->level_col]) : level;
	if (said != level)
		return errorf(err, size, "%s: '%s' is not the level of code %s "
		    "(%s)", c->level, cells[c->level_col], code,
		    area_level_name(level));
	json_object_set_new(rec, "area", json_string(code));
	if (c->name_col >= 0) {
		char name[256];

		trimmed(cells[c->name_col], name, sizeof name);
		json_object_set_new(rec, "name", *name ? json_string(name) :
		    json_null());
	}
	json_object_set_new(rec, "level", json_string(area_level_name(level)));
	if (level > AREA_GEMEENTE && area_rollup(code, AREA_GEMEENTE,
	    parent) == 0)
		json_object_set_new(rec, "gemeente", json_string(parent));
	if (level > AREA_WIJK && area_rollup(code, AREA_WIJK, parent) == 0)
		json_object_set_new(rec, "wijk", json_string(parent));
	return 0;
}

json_t *
cbs_area(const struct cbs_columns *c, const char *const *cells, size_t n,
    const char *gemeente, struct cbs_counts *counts, int *skip, char *err,
    size_t size)
{
	json_t *rec;
	char code[AREA_CODE_MAX], gm[AREA_CODE_MAX];
	size_t i;

	(void)n;
	*skip = 0;
	trimmed(cells[c->code_col], code, sizeof code);
	if (strncmp(code, "NL", 2) == 0 || (gemeente != NULL &&
	    (area_rollup(code, AREA_GEMEENTE, gm) == -1 ||
	    strcmp(gm, gemeente) != 0) && area_level_of(code) != AREA_INVALID)) {
		*skip = 1;
		return NULL;
	}
	rec = json_object();
	json_object_set_new(rec, "type", json_string("area"));
	if (put_code(rec, c, cells, code, err, size) == -1 ||
	    (c->population_col >= 0 && put_figure(rec, "population",
	    c->population, cells[c->population_col], 1, counts, err, size)))
		goto bad;
	for (i = 0; i < c->nfield; i++)
		if (put_figure(rec, c->field[i].name, c->field[i].column,
		    cells[c->field_col[i]], c->field[i].divide, counts, err,
		    size) == -1)
			goto bad;
	counts->rows++;
	return rec;
bad:
	json_decref(rec);
	return NULL;
}
