/*
 * estimate: model-based isolation shares for every area, from area records
 * with covariates and the isolation_partial records of isolation-score
 * --partial (isolation-estimate(1)).
 *
 * The caller feeds records one by one, then fits and writes:
 *
 *	estimate_init(&e, &config);
 *	estimate_add_area(&e, rec, ...)       for each "area" record
 *	estimate_add_partial(&e, rec, ...)    for each "isolation_partial"
 *	estimate_fit(&e, ...)                 every indicator's model
 *	estimate_unmatched(&e, &pos)          areas with partials only
 *	estimate_write(&e)                    the records, on standard output
 *	estimate_free(&e);
 *
 * Areas are those at config.level: area records at another level are none
 * of its business (the caller passes them on), partials at a finer level
 * are rolled up, and partials of one area from several pieces add up
 * exactly.  For each indicator, an area's direct estimate is its weighted
 * share and its sampling variance psi_d = pbar (1 - pbar) / n_eff,d, with
 * n_eff,d Kish's effective n of the area's respondents with a known value
 * and pbar the weighted share of all respondents; the model is
 * fayherriot.h's, with an intercept and the covariates as the area
 * records give them.  Memory grows with the number of areas only.
 *
 * Record-level trouble (a missing or non-numeric covariate, a second
 * record for an area, a damaged partial) returns -1 with the reason and
 * keeps nothing of that record.  Whole-model trouble (too few areas,
 * a constant or collinear covariate, no convergence, nothing to
 * benchmark) is estimate_fit's -1, and nothing has been written.
 */
#ifndef SAMEN_ESTIMATE_H
#define SAMEN_ESTIMATE_H

#include <stddef.h>
#include <jansson.h>

#include "base/area.h"
#include "core/strmap.h"
#include "num/exactsum.h"
#include "num/fayherriot.h"
#include "survey/isolation.h"
#include "survey/isosummary.h"

struct estimate_config {
	const char *const *covariates;	/* area record fields */
	size_t ncov;
	int indicator[IND_COUNT];	/* the indicators to estimate */
	size_t nind;
	enum fh_method method;
	int max_iter;
	int benchmark;			/* ratio benchmarking per municipality */
	enum area_level level;
};

/* What one area's estimate of one indicator came to. */
struct estimate_result {
	double est, mse, gamma;
	int clipped;
};

struct estimate_area {
	char code[AREA_CODE_MAX];
	int has_record, has_partial;
	long population;		/* -1: not known */
	double *x;			/* 1 and the covariates */
	unsigned long long n;		/* respondents */
	struct exactsum w, w2;
	struct isosummary_cell *cell;	/* config.nind: as isosummary keeps
					 * the sums of an indicator */
	struct estimate_result *result;	/* config.nind */
};

/* One indicator's model, as the isolation_model record reports it. */
struct estimate_model {
	struct fh_fit fit;
	double pbar;			/* the weighted share of all */
	size_t in_sample, out_of_sample, direct_only, clipped;
	json_t *benchmark;		/* municipality: factor, or NULL */
};

struct estimate {
	struct estimate_config config;
	struct estimate_area *area;
	size_t n, cap;
	struct strmap index;		/* code -> area + 1 */
	struct estimate_model *model;	/* config.nind, after estimate_fit */
	size_t partials;		/* partials taken */
	json_t *settings;		/* the first one's, NULL: none */
};

void estimate_init(struct estimate *, const struct estimate_config *);
void estimate_free(struct estimate *);

/*
 * Reads an "area" record: 1 when it is an area of the model (kept), 0 when
 * its code is at another level (not kept), -1 with the reason in err.
 */
int estimate_add_area(struct estimate *, const json_t *rec, char *err,
    size_t errsize);

/* Adds an "isolation_partial" record, made with the settings of the
 * first (isolation-score's --config and --weight); -1 with the reason in
 * err. */
int estimate_add_partial(struct estimate *, const json_t *rec, char *err,
    size_t errsize);

/* Fits the model of every indicator; -1 with the reason in err, naming
 * the indicator or the covariate. */
int estimate_fit(struct estimate *, char *err, size_t errsize);

/* After estimate_fit: the next area (from *pos = 0) that has partials but
 * no area record, and so only a direct estimate; NULL after the last. */
const char *estimate_unmatched(const struct estimate *, size_t *pos);

/* After estimate_fit: one isolation_model record per indicator, then one
 * isolation record per area, sorted by code. */
void estimate_write(const struct estimate *);

#endif
