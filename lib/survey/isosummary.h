/*
 * isosummary: the per-group isolation summaries of isolation-score --by,
 * and their sufficient statistics for --partial and --merge.
 *
 * A group keeps, for all its responses and for each indicator among the
 * responses where it is known: the count, the sum of weights and of
 * squared weights, and the sum of weights where the indicator is true.
 * Sums are exact (exactsum.h), so a group built from partials in any
 * order holds the very same numbers as one built from the responses, and
 * everything printed from them is the same to the last digit.  Memory
 * grows with the number of groups only.  Groups come out sorted by key
 * (bytewise).
 *
 * A group also counts its responses on each form of the De Jong Gierveld
 * scale (11 items, 6 items), and a summary says so in "djg_forms": each
 * response is scored on its own form's published cut-offs, and a share
 * that pools the two forms is one the reader must know about.
 *
 * Partials carry the settings they were made with (the weight field and
 * isolation_config_settings()); a merge takes only partials made with its
 * own settings, so that merged pieces give what one run would.
 */
#ifndef SAMEN_ISOSUMMARY_H
#define SAMEN_ISOSUMMARY_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

#include "base/area.h"
#include "num/exactsum.h"
#include "survey/isolation.h"
#include "core/jsonscan.h"
#include "core/strmap.h"

struct isosummary_cell {
	uint64_t n;			/* responses where it is known */
	struct exactsum w, w2, w_true;
};

struct isosummary_group {
	char *key;
	size_t keylen;
	uint64_t n;
	struct exactsum w, w2;
	struct isosummary_cell cell[IND_COUNT];
	uint64_t djg_forms[2];		/* on the 11-item form, the 6-item */
};

struct isosummary {
	const char *by;			/* the --by field */
	enum area_level level;		/* AREA_INVALID: keys as they are */
	struct isosummary_group **group;
	size_t n, cap;
	struct strmap ids;		/* key -> index into group */
	char *keybuf;
	size_t keycap;
	json_t *settings;		/* NULL: partials are not checked */
};

void isosummary_init(struct isosummary *, const char *by, enum area_level);
void isosummary_free(struct isosummary *);

/* 1 when the --by field is a name the summary itself uses. */
int isosummary_reserved(const char *by);

/*
 * The group of a scanned response: its --by field must be a string (a CBS
 * code at the --level or finer when a level is set).  NULL with the reason
 * in err.
 */
struct isosummary_group *isosummary_group_of(struct isosummary *,
    const struct jsonscan *, char *err, size_t errsize);

void isosummary_add(struct isosummary_group *, double w,
    const int ind[IND_COUNT]);
/* Counts a response on the DJG form of items (11 or 6; 0: none). */
void isosummary_count_djg(struct isosummary_group *, int items);

/* The settings this run scores with; the partials it writes carry them
 * and the partials it merges must have been made with them. */
void isosummary_set_settings(struct isosummary *,
    const struct isolation_config *, const char *weight_field);
/*
 * 0 when the "settings" of a partial (got, NULL when it has none) are
 * want; else -1 and, in err, the first setting that differs with its two
 * values: "... djg.severe is 8 in the partial and 9 in WHERE".
 */
int isosummary_same_settings(const json_t *want, const json_t *got,
    const char *where, char *err, size_t errsize);

/*
 * The sums of one isolation_partial record (its "n", "w", "w2" and the
 * [n, w, w2, w_true] of every indicator in "cells") into *g, whose key is
 * left alone; -1 when any of them is missing or malformed.  For readers of
 * partials other than the merge (isolation-estimate).
 */
int isosummary_read_partial(const json_t *rec, struct isosummary_group *g);
/* sum += p, an indicator's sums from two sets of responses: 1 when a
 * count or a sum overflows (sum is then undefined), else 0. */
int isosummary_cell_merge(struct isosummary_cell *sum,
    const struct isosummary_cell *p);
/* Adds an isolation_partial record (made with the summary's settings);
 * -1 with the reason in err. */
int isosummary_merge(struct isosummary *, const json_t *rec, char *err,
    size_t errsize);

/* Writes every group, sorted: summaries with min_n, or partials. */
void isosummary_write(const struct isosummary *, long min_n, int partial);

#endif
