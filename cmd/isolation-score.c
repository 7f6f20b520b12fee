/*
 * isolation-score: the three forms of social isolation, per survey response
 * or per group of responses.  See isolation-score(1).
 *
 * Lines are read raw and checked by jsonscan, which accepts exactly what
 * jansson accepts but builds no tree: a scored response is its own text
 * with the "isolation" object put before its closing brace.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "base/area.h"
#include "core/err.h"
#include "survey/isolation.h"
#include "survey/isosummary.h"
#include "core/jsonscan.h"
#include "core/opt.h"
#include "core/out.h"
#include "survey/response.h"
#include "core/stream.h"
#include "core/yamlload.h"

static struct stream s;
static const char *by, *weight_field = "weight", *config_path;
static int level_arg = -1;	/* -1: not given */
static long min_n = LONG_MIN;	/* LONG_MIN: not given */
static int partial, merge;

/* --by: a field whose values name the groups, and no name the summary
 * uses itself.  A file given there by mistake (an existing path with a
 * dot or a slash, which no field name of a response has) is named as one. */
static int
set_by(const struct opt *o, const char *arg)
{
	(void)o;
	if (*arg == '\0' || isosummary_reserved(arg))
		opt_usage_error("--by '%s': not a field that can name a group",
		    arg);
	if (strpbrk(arg, "./") != NULL && access(arg, F_OK) == 0)
		opt_usage_error("--by '%s': that is a file; --by takes the "
		    "field of the responses that names the groups, such as "
		    "--by area, and the file comes after the options", arg);
	by = arg;
	return 0;
}

static const struct opt options[] = {
	OPT_CALL(0, "by", NULL, "FIELD",
	    "write one isolation summary per value of FIELD (e.g. area)",
	    set_by),
	OPT_CHOICE(0, "level", &level_arg, "LEVEL", area_level_words,
	    "with --by: roll CBS codes up to this level"),
	OPT_STRING(0, "weight", &weight_field, "FIELD",
	    "the weight field (default weight; 1 when absent or null)"),
	OPT_RANGE(0, "min-n", &min_n, "N", 0, LONG_MAX,
	    "with --by: suppress groups of fewer than N responses (default 50)"),
	STREAM_SPLIT_OPTIONS(&partial, &merge, "isolation_partial",
	    "summaries"),
	OPT_STRING(0, "config", &config_path, "FILE",
	    "thresholds and rules from a YAML file"),
	STREAM_OPTIONS(&s),
	OPT_END
};

static const struct cmd cmd = { "isolation-score", "[file ...]",
	"score loneliness, social network and participation; find the three "
	"forms of social isolation", options };


static struct isolation_config config;

static int
apply_config(void *ctx, const json_t *doc, char *err, size_t errsize)
{
	return isolation_config_apply(ctx, doc, err, errsize);
}

static void
load_config(void)
{
	isolation_config_default(&config);
	if (config_path != NULL)
		yaml_load_config(config_path, apply_config, &config);
	if (min_n != LONG_MIN)
		config.min_n = min_n;
}

static int
same_key(const struct jsonscan_member *m, const char *key, size_t n)
{
	char buf[64];

	if (!m->key_escaped)
		return m->keylen == n && memcmp(m->key, key, n) == 0;
	return m->keylen < sizeof buf - 2 &&
	    jsonscan_string(m->key - 1, m->keylen + 2, buf) == n &&
	    memcmp(buf, key, n) == 0;
}

/* The line with its "isolation" members (any number) left out and the new
 * one put last; untouched text is copied as it came. */
static void
write_scored(const struct jsonl_line *l, const struct jsonscan *j,
    const struct isolation_result *r)
{
	char obj[ISOLATION_JSON_MAX];
	size_t i, olen = isolation_json(r, obj), kept = 0;
	int replace = 0;

	for (i = 0; i < j->n && !replace; i++)
		replace = same_key(&j->member[i], "isolation", 9);
	if (!replace) {
		out_write(l->text, (size_t)(j->close - l->text));
		kept = j->n;
	} else {
		out_write(l->text, (size_t)(j->open + 1 - l->text));
		for (i = 0; i < j->n; i++) {
			const struct jsonscan_member *m = &j->member[i];
			const char *from = m->key - 1;

			if (same_key(m, "isolation", 9))
				continue;
			if (kept++ > 0)
				out_write(",", 1);
			out_write(from, (size_t)(m->value + m->valuelen - from));
		}
	}
	if (kept > 0)
		out_write(",", 1);
	out_write("\"isolation\":", 12);
	out_write(obj, olen);
	out_write("}\n", 2);
}

static void
merge_partial(struct isosummary *sum, const struct jsonl_line *l)
{
	char err[512];
	int column;
	json_t *rec = jsonl_parse(l->text, l->len, &column, err, sizeof err);

	if (rec == NULL || isosummary_merge(sum, rec, err, sizeof err) == -1)
		stream_reject(&s, l, "%s", err);
	json_decref(rec);
}

static void
score(struct isosummary *sum, const struct jsonl_line *l,
    const struct jsonscan *j)
{
	struct isolation_input in;
	struct isolation_result r;
	struct isosummary_group *g = NULL;
	int ind[IND_COUNT];
	char err[512];
	double w = 1;

	/* the same checks in every mode; the weight before the group, so
	 * that a line rejected for it leaves no group behind */
	if (response_read(j, &in, err, sizeof err) == -1 ||
	    response_weight(j, weight_field, &w, err, sizeof err) == -1 ||
	    (by != NULL && (g = isosummary_group_of(sum, j, err,
	    sizeof err)) == NULL)) {
		stream_reject(&s, l, "%s", err);
		return;
	}
	isolation_evaluate(&config, &in, &r);
	if (g == NULL) {
		write_scored(l, j, &r);
		return;
	}
	isolation_indicators(&r, ind);
	isosummary_add(g, w, ind);
	isosummary_count_djg(g, r.has_djg ? r.djg.items : 0);
}

static void
run(struct isosummary *sum)
{
	struct jsonscan j = { 0 };
	struct jsonl_line l;
	const char *type;

	while (stream_next_scanned(&s, &l, &j, &type)) {
		if (stream_is(type, "response"))
			score(sum, &l, &j);
		else if (merge && strcmp(type, "isolation_partial") == 0)
			merge_partial(sum, &l);
		else
			stream_pass(&l);
	}
	jsonscan_free(&j);
}

int
main(int argc, char *argv[])
{
	struct isosummary sum;
	int i = opt_parse(&cmd, argc, argv), status;

	if ((partial || merge) && by == NULL)
		by = "area";
	if (by == NULL && (level_arg >= 0 || min_n != LONG_MIN))
		opt_usage_error("--level and --min-n need --by, --partial or "
		    "--merge");
	load_config();
	isosummary_init(&sum, by, level_arg >= 0 ? area_level_by_word[level_arg] :
	    AREA_INVALID);
	isosummary_set_settings(&sum, &config, weight_field);
	stream_open(&s, argc - i, argv + i);
	run(&sum);
	if (by != NULL)
		isosummary_write(&sum, config.min_n, partial);
	status = stream_finish(&s);
	isosummary_free(&sum);
	return status;
}
