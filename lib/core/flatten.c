#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "core/flatten.h"

static void
put(struct flat *f, const char *key, const json_t *v)
{
	XGROW(f->key, f->n, f->cap);
	f->value = xreallocarray(f->value, f->cap, sizeof *f->value);
	f->key[f->n] = xstrdup(key);
	f->value[f->n++] = v;
}

/* A GeoJSON geometry: one cell, since its coordinates are no columns. */
static int
is_geometry(const json_t *v)
{
	return json_is_object(v) && json_is_string(json_object_get(v, "type")) &&
	    (json_object_get(v, "coordinates") != NULL ||
	    json_object_get(v, "geometries") != NULL);
}

/* The cells under prefix (a column name, or "" at the top). */
static void
walk(struct flat *f, const char *prefix, const json_t *v)
{
	const char *k;
	const json_t *e;
	size_t i, len = strlen(prefix);
	char *name;

	if (is_geometry(v)) {
		put(f, prefix, v);
		return;
	}
	if ((!json_is_object(v) && !json_is_array(v)) || json_object_size(v) +
	    json_array_size(v) == 0) {
		put(f, prefix, json_is_object(v) || json_is_array(v) ? NULL : v);
		return;
	}
	if (json_is_object(v)) {
		json_object_foreach((json_t *)v, k, e) {
			name = xmalloc(len + strlen(k) + 2);
			sprintf(name, "%s%s%s", prefix, len ? "." : "", k);
			walk(f, name, e);
			free(name);
		}
		return;
	}
	json_array_foreach(v, i, e) {
		name = xmalloc(len + 24);
		sprintf(name, "%s%s%zu", prefix, len ? "." : "", i + 1);
		walk(f, name, e);
		free(name);
	}
}

void
flatten(const json_t *rec, struct flat *f)
{
	free_each(f->key, f->n);
	f->n = 0;
	walk(f, "", rec);
}

void
flat_free(struct flat *f)
{
	free_each(f->key, f->n);
	free(f->key);
	free(f->value);
	memset(f, 0, sizeof *f);
}

/* Renumbers the index after the columns moved. */
static void
reindex(struct flat_columns *c)
{
	size_t i;

	strmap_free(&c->index);
	for (i = 0; i < c->n; i++)
		strmap_add(&c->index, c->name[i], i, NULL);
}

void
flat_columns_add(struct flat_columns *c, const struct flat *f)
{
	size_t i, at = 0;
	unsigned long pos;

	for (i = 0; i < f->n; i++) {
		if (strmap_get(&c->index, f->key[i], &pos)) {
			at = pos + 1;
			continue;
		}
		XGROW(c->name, c->n, c->cap);
		memmove(c->name + at + 1, c->name + at,
		    (c->n - at) * sizeof *c->name);
		c->name[at] = xstrdup(f->key[i]);
		c->n++;
		/* positions after at moved: the index must follow */
		if (at + 1 < c->n)
			reindex(c);
		else
			strmap_add(&c->index, c->name[at], at, NULL);
		at++;
	}
}

/* Whether column lies under (or is) want. */
static int
under(const char *column, const char *want)
{
	size_t n = strlen(want);

	return strncmp(column, want, n) == 0 &&
	    (column[n] == '\0' || column[n] == '.');
}

int
flat_columns_select(struct flat_columns *c, const char *const *want,
    const char **unknown)
{
	char **keep = NULL;
	unsigned char *taken = xmalloc(c->n + 1);
	size_t nkeep = 0, cap = 0, i, j;
	int found;

	memset(taken, 0, c->n + 1);
	for (j = 0; want[j] != NULL; j++) {
		for (found = 0, i = 0; i < c->n; i++)
			found |= under(c->name[i], want[j]);
		if (!found) {
			*unknown = want[j];
			free(taken);
			return -1;
		}
		for (i = 0; i < c->n; i++)
			if (!taken[i] && under(c->name[i], want[j])) {
				XGROW(keep, nkeep, cap);
				keep[nkeep++] = c->name[i];
				taken[i] = 1;
			}
	}
	for (i = 0; i < c->n; i++)
		if (!taken[i])
			free(c->name[i]);
	free(c->name);
	free(taken);
	c->name = keep;
	c->n = nkeep;
	c->cap = cap;
	reindex(c);
	return 0;
}

void
flat_columns_prune(struct flat_columns *c, const struct strmap *filled)
{
	unsigned char *drop = xmalloc(c->n + 1);
	size_t i, j, n = 0;

	for (i = 0; i < c->n; i++) {
		drop[i] = 0;
		if (strmap_get(filled, c->name[i], NULL))
			continue;
		for (j = 0; j < c->n && !drop[i]; j++)
			drop[i] = j != i && under(c->name[j], c->name[i]);
	}
	for (i = 0; i < c->n; i++) {
		if (drop[i])
			free(c->name[i]);
		else
			c->name[n++] = c->name[i];
	}
	free(drop);
	c->n = n;
	reindex(c);
}

long
flat_columns_find(struct flat_columns *c, const char *name)
{
	unsigned long pos;

	return strmap_get(&c->index, name, &pos) ? (long)pos : -1;
}

void
flat_columns_free(struct flat_columns *c)
{
	free_each(c->name, c->n);
	free(c->name);
	strmap_free(&c->index);
	memset(c, 0, sizeof *c);
}
