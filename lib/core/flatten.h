/*
 * flatten: a JSON record as the cells of one flat row, for a table.
 *
 * Nested objects become dotted columns ("shares.lonely.share"), arrays
 * numbered ones from 1 ("djg.1", "djg.2"), as Miller's flatten names
 * them; an empty object or array is one column with no value.  A GeoJSON
 * geometry (an object with "type" and "coordinates") is one cell whose
 * value is the object itself: a table has no room for an outline.  Columns
 * come in the record's own key order (samen writes its keys in a fixed
 * order), and a table's columns (struct flat_columns) are the union over
 * its records: a column first seen in a later record goes right after the
 * column that comes before it there.  So records of one type give one
 * header, whichever of them lack a field.
 */
#ifndef SAMEN_FLATTEN_H
#define SAMEN_FLATTEN_H

#include <stddef.h>
#include <jansson.h>

#include "core/strmap.h"

struct flat {
	char **key;			/* the column names (owned) */
	const json_t **value;		/* borrowed from the record; NULL
					 * for an empty object or array */
	size_t n, cap;
};

/* The cells of rec (an object) into f, emptied first. */
void flatten(const json_t *rec, struct flat *f);
void flat_free(struct flat *);

struct flat_columns {
	char **name;
	size_t n, cap;
	struct strmap index;		/* name -> position, once frozen */
};

/* Adds the columns of f that are new, each after its predecessor in f. */
void flat_columns_add(struct flat_columns *, const struct flat *f);
/*
 * Keeps only the columns that want names (NULL-terminated), in its order:
 * a name selects its own column, or every column below it ("shares.lonely"
 * selects shares.lonely.share, .low, .high).  -1 with the name that
 * selects none in *unknown.
 */
int flat_columns_select(struct flat_columns *, const char *const *want,
    const char **unknown);
/*
 * Drops each column that is a parent of others ("shares.lonely" beside
 * "shares.lonely.share": a record where the object was null) unless some
 * record gave it a value: filled holds the columns with a value.
 */
void flat_columns_prune(struct flat_columns *, const struct strmap *filled);
/* The position of a column, or -1. */
long flat_columns_find(struct flat_columns *, const char *name);
void flat_columns_free(struct flat_columns *);

#endif
