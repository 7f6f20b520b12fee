/*
 * surveymap: a survey file's variables as response records
 * (survey-import(1)).
 *
 * The map, a YAML file, names for each field of a response the variable
 * it comes from (a list of 11 or 6 for djg, of 6 for lsns), and may add
 * labels that mean no answer (missing:) and, per variable, a table from
 * the file's values to samen's answers (values:).  A cell becomes the
 * field's value so:
 *
 *   1. system-missing, or user-missing in the file: null;
 *   2. the value in the map's values: table for its variable: that answer;
 *   3. its value label (or, without one, its text) is a label of no answer
 *      (answers_missing, or the map's missing:): null;
 *   4. the label or text names an answer of the field (answers.h): it;
 *   5. counts (lsns items, the ladder) may also be bare numbers, yes/no
 *      fields 0 and 1, weights numbers (a decimal comma too), ids
 *      anything;
 *   6. anything else makes the row a rejected one, with the variable, the
 *      field and the value in the reason.
 *
 * A survey with its value labels and the same survey exported to CSV with
 * the labels as text thus give the same responses.  Use: survey_map_apply
 * (as the yaml_apply_fn of yaml_load_config), then per file
 * survey_map_bind to its variables, then survey_map_response per row;
 * survey_map_free at the end.
 */
#ifndef SAMEN_SURVEYMAP_H
#define SAMEN_SURVEYMAP_H

#include <stddef.h>
#include <jansson.h>

#include "core/tabread.h"

enum survey_field {
	SF_ID, SF_AREA, SF_WEIGHT, SF_DJG, SF_LSNS, SF_LADDER, SF_PAID_WORK,
	SF_UNPAID_WORK, SF_ORGANISED_ACTIVITY, SF_CONTACT_OUTSIDE_HOME,
	SF_CONTACTS, SF_COUNT
};

#define SURVEY_MAP_ITEMS 11

struct survey_map {
	struct survey_map_field {
		int n;				/* variables; 0: not mapped */
		char *var[SURVEY_MAP_ITEMS];
		long col[SURVEY_MAP_ITEMS];	/* once bound */
	} field[SF_COUNT];
	json_t *values;		/* variable -> { value: answer } */
	json_t *missing;	/* labels or values that mean no answer */
};

/* The field's name in the map and in a response record. */
const char *survey_field_name(enum survey_field);

/* A map document into m (zeroed first); -1 with the reason, naming the
 * key. */
int survey_map_apply(void *m, const json_t *doc, char *err, size_t errsize);
/* Finds the map's variables among a file's; -1 names the first that the
 * file does not have (and the nearest it has). */
int survey_map_bind(struct survey_map *, const struct tabvar *, size_t nvar,
    char *err, size_t errsize);
/* The response of a row, or NULL with the reason. */
json_t *survey_map_response(const struct survey_map *,
    const struct tabvar *, const struct tab_row *, char *err,
    size_t errsize);
void survey_map_free(struct survey_map *);

/* Writes a starting map for a file's variables (survey-import
 * --template): each field with the variable whose name or label looks
 * like it, marked for review. */
void survey_map_template(const struct tabvar *, size_t nvar);

#endif
