/*
 * isolation-estimate: a model-based (Fay-Herriot) isolation estimate for
 * every area, from area records with covariates and the partials of
 * isolation-score --partial.  See isolation-estimate(1).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base/area.h"
#include "core/err.h"
#include "core/opt.h"
#include "core/stream.h"
#include "core/suggest.h"
#include "survey/estimate.h"

static struct stream s;
static struct strlist covariates, indicators;
static struct strlist copies;		/* what add_names split, to free */
static int method, level, benchmark;
static long max_iter = FH_MAX_ITER;

static const char *const methods[] = { "reml", "ml", NULL };
/* The forms council-advise reads, and the residents in any of them (its
 * letter counts people by it), when --indicators is not given. */
static const char *const default_indicators[] = { "societal", "group",
	"individual", "any_form" };

/* Adds the comma-separated names of arg to the option's list. */
static int
add_names(const struct opt *o, const char *arg)
{
	char *copy = xstrdup(arg), *rest = copy, *name;

	while ((name = strsep(&rest, ",")) != NULL) {
		if (*name == '\0')
			opt_usage_error("--%s '%s': an empty name; separate "
			    "names by single commas", o->long_name, arg);
		strlist_add(o->value, name);
	}
	strlist_add(&copies, copy);
	return 0;
}

static const struct opt options[] = {
	OPT_CALL(0, "covariates", &covariates, "F1,F2,...",
	    "the numeric fields of the area records that explain the shares "
	    "(default: none, the intercept only)", add_names),
	OPT_CHOICE(0, "method", &method, "METHOD", methods,
	    "how to estimate the variance between areas (default reml)"),
	OPT_CALL(0, "indicators", &indicators, "I1,I2,...",
	    "the indicators to estimate (default societal,group,individual,"
	    "any_form)",
	    add_names),
	OPT_FLAG(0, "benchmark", &benchmark,
	    "scale each municipality's estimates to its direct estimate"),
	OPT_CHOICE(0, "level", &level, "LEVEL", area_level_words,
	    "the level of the areas (default buurt)"),
	OPT_RANGE(0, "max-iterations", &max_iter, "N", 1, 100000,
	    "steps of Fisher scoring before giving up (default 100)"),
	STREAM_OPTIONS(&s),
	OPT_END
};

static const struct cmd cmd = { "isolation-estimate", "[file ...]",
	"estimate isolation shares for every area with the Fay-Herriot model",
	options };

static void
configure(struct estimate_config *c)
{
	char err[512];
	size_t i, j;
	int k;

	memset(c, 0, sizeof *c);
	for (i = 0; i < covariates.n; i++)
		for (j = 0; j < i; j++)
			if (strcmp(covariates.item[i], covariates.item[j]) == 0)
				opt_usage_error("--covariates: %s twice",
				    covariates.item[i]);
	c->covariates = covariates.item;
	c->ncov = covariates.n;
	if (indicators.n == 0)
		for (i = 0; i < NELEM(default_indicators); i++)
			strlist_add(&indicators, default_indicators[i]);
	for (i = 0; i < indicators.n; i++) {
		for (k = 0; k < IND_COUNT; k++)
			if (strcmp(indicators.item[i],
			    isolation_indicator_names[k]) == 0)
				break;
		if (k == IND_COUNT) {
			suggest_unknown(err, sizeof err, "indicator",
			    indicators.item[i], isolation_indicator_names,
			    IND_COUNT);
			opt_usage_error("--indicators '%s': %s",
			    indicators.item[i], err);
		}
		for (j = 0; j < c->nind; j++)
			if (c->indicator[j] == k)
				opt_usage_error("--indicators: %s twice",
				    indicators.item[i]);
		c->indicator[c->nind++] = k;
	}
	c->method = method == 1 ? FH_ML : FH_REML;
	c->max_iter = (int)max_iter;
	c->benchmark = benchmark;
	c->level = area_level_by_word[level];
}

static void
run(struct estimate *e)
{
	struct jsonl_line l;
	const char *type;
	char err[512];
	json_t *rec;

	while (stream_next(&s, &l, &rec, &type)) {
		if (type != NULL && strcmp(type, "area") == 0) {
			/* areas go on: council-advise reads them too */
			if (estimate_add_area(e, rec, err, sizeof err) == -1)
				stream_reject(&s, &l, "%s", err);
			else
				stream_pass(&l);
		} else if (stream_is(type, "isolation_partial")) {
			if (estimate_add_partial(e, rec, err, sizeof err) == -1)
				stream_reject(&s, &l, "%s", err);
		} else
			stream_pass(&l);
		json_decref(rec);
	}
}

int
main(int argc, char *argv[])
{
	struct estimate_config config;
	struct estimate e;
	const char *code;
	char err[1024];
	size_t pos = 0;
	int i = opt_parse(&cmd, argc, argv), status;

	configure(&config);
	estimate_init(&e, &config);
	stream_open(&s, argc - i, argv + i);
	run(&e);
	if (estimate_fit(&e, err, sizeof err) == -1)
		die("%s; nothing estimated", err);
	while ((code = estimate_unmatched(&e, &pos)) != NULL)
		warnx_("%s: isolation_partial records but no area record: "
		    "estimated directly only (method direct)", code);
	estimate_write(&e);
	status = stream_finish(&s);
	estimate_free(&e);
	strlist_free(&covariates);
	strlist_free(&indicators);
	for (pos = 0; pos < copies.n; pos++)
		free((char *)copies.item[pos]);
	strlist_free(&copies);
	return status;
}
