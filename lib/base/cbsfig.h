/*
 * cbsfig: the CBS neighbourhood figures ("Kerncijfers wijken en buurten")
 * as area records (area-import(1), samen-formats(5)).
 *
 * CBS publishes one row per municipality, district and neighbourhood: the
 * code in gwb_code_10 (older files: gwb_code), padded with spaces in some
 * years; the name in regio (gwb_naam, gm_naam); the level in recs
 * ("Gemeente", "Wijk", "Buurt"); the inhabitants in a_inw; and some
 * hundred figures more.  A figure is a number (a decimal comma allowed,
 * spaces around it), "." when it is unknown or missing, or "x" when CBS
 * keeps it secret (too few people to publish).  Rows for the country
 * (codes NL..) are not areas and are skipped.
 *
 * A column map (YAML, --columns) may rename the fixed columns and names
 * the figures to carry along, each under a field name of the map's and
 * optionally divided (percentages to shares):
 *
 *	code: gwb_code_10
 *	fields:
 *	  share_65plus: {column: p_65_eo_jr, divide: 100}
 *	  income_per_person: g_ink_pi
 *
 * A record holds type, area, name, level, gemeente and wijk (its parents,
 * when it has them), population, and the map's fields in the map's order;
 * "." and "x" become null and are counted (cbs_counts), never a guess.
 */
#ifndef SAMEN_CBSFIG_H
#define SAMEN_CBSFIG_H

#include <stddef.h>
#include <jansson.h>

#include "base/area.h"

enum cbs_value {
	CBS_NUMBER,		/* a number, in *d */
	CBS_MISSING,		/* "." (or an empty cell) */
	CBS_SECRET		/* "x" */
};

/* A cell of CBS figures: an enum cbs_value, or -1 when it is none. */
int cbs_value(const char *cell, double *d);

/* A code of the figures, cleaned of padding, into out: its level, or
 * AREA_INVALID (then out holds as much of it as fits, for messages). */
enum area_level cbs_code(const char *cell, char out[AREA_CODE_MAX]);

#define CBS_FIELDS_MAX 64

struct cbs_columns {
	char *code, *name, *level, *population;	/* column names */
	size_t nfield;
	struct cbs_field {
		char *name;		/* in the record */
		char *column;
		double divide;		/* 1 when not given */
	} field[CBS_FIELDS_MAX];
	/* once bound to a header: column indexes, -1 when absent */
	long code_col, name_col, level_col, population_col;
	long field_col[CBS_FIELDS_MAX];
};

struct cbs_counts {
	unsigned long missing, secret, rows;
};

/* The defaults: gwb_code_10, regio, recs, a_inw and no fields. */
void cbs_columns_default(struct cbs_columns *);
/* A --columns document (the yaml_apply_fn of yaml_load_config). */
int cbs_columns_apply(void *columns, const json_t *doc, char *err,
    size_t errsize);
/* Finds the columns in a header of n names (gwb_code and gwb_naam stand
 * in when the usual ones are absent); -1 names one that is missing. */
int cbs_columns_bind(struct cbs_columns *, const char *const *names,
    size_t n, char *err, size_t errsize);
void cbs_columns_free(struct cbs_columns *);

/*
 * The area record of a row of n cells (the header's columns), counting
 * "." and "x" in *counts.  NULL with *skip set for a row that is no area
 * (the country) or lies outside gemeente (when not NULL); NULL with the
 * reason, naming the column and the value, for a row that is wrong.
 */
json_t *cbs_area(const struct cbs_columns *, const char *const *cells,
    size_t n, const char *gemeente, struct cbs_counts *, int *skip,
    char *err, size_t errsize);

#endif
