/*
 * survey-import: survey files (SPSS, Stata, SAS, CSV) as response records,
 * through a map of samen's fields to the survey's variables.  See
 * survey-import(1).
 */
#include <stdio.h>
#include <string.h>

#include "core/err.h"
#include "core/opt.h"
#include "core/out.h"
#include "core/stream.h"
#include "core/tabread.h"
#include "core/yamlload.h"
#include "survey/surveymap.h"

static struct stream s;
static const char *map_path;
static int describe, template, encoding;

static const struct opt options[] = {
	OPT_STRING(0, "map", &map_path, "FILE",
	    "the YAML map of samen's fields to the survey's variables"),
	OPT_FLAG(0, "describe", &describe,
	    "print the variables, their labels and value labels, and stop"),
	OPT_FLAG(0, "template", &template,
	    "print a starting map, each line a guess to review, and stop"),
	OPT_CHOICE(0, "encoding", &encoding, "NAME", tabread_encodings,
	    "the text of a CSV (or an old SPSS file) is in NAME"),
	STREAM_OPTIONS(&s),
	OPT_END
};

static const struct cmd cmd = { "survey-import", "--map FILE [file ...]",
	"turn SPSS, Stata, SAS and CSV survey files into response records",
	options };

struct import {
	struct stream_rows rows;	/* first: the ctx of stream_bad_row */
	struct survey_map map;
	const struct tabvar *var;
};

static int
begin(void *ctx, const struct tabvar *var, size_t n)
{
	struct import *im = ctx;
	char err[512];

	if (describe) {
		tabread_describe(var, n);
		return -1;
	}
	if (template) {
		survey_map_template(var, n);
		return -1;
	}
	if (survey_map_bind(&im->map, var, n, err, sizeof err) == -1)
		die("%s: %s", im->rows.file, err);
	im->var = var;
	return 0;
}

static int
row(void *ctx, const struct tab_row *r)
{
	struct import *im = ctx;
	char err[1024];
	json_t *rec;

	if ((rec = survey_map_response(&im->map, im->var, r, err,
	    sizeof err)) == NULL) {
		stream_reject_row(&s, im->rows.file, r->number, r->raw, r->rawlen,
		    err);
		return 0;
	}
	out_json(rec);
	json_decref(rec);
	return 0;
}

static const struct tab_sink sink = { begin, row, stream_bad_row };

int
main(int argc, char *argv[])
{
	int i = opt_parse(&cmd, argc, argv), status, ioerr = 0;
	struct tabread_opts o = { 0, 0 };
	struct import im;
	char *stdin_only[] = { "-" };
	char **files = argv + i, err[512];
	int nfiles = argc - i;

	memset(&im, 0, sizeof im);
	im.rows.stream = &s;
	if (map_path == NULL && !describe && !template)
		opt_usage_error("--map FILE is needed (survey-import --template "
		    "FILE writes a first one)");
	if (map_path != NULL && !describe && !template)
		yaml_load_config(map_path, survey_map_apply, &im.map);
	o.windows1252 = encoding == 1;
	if (nfiles == 0) {
		files = stdin_only;
		nfiles = 1;
	}
	stream_open(&s, 0, NULL);
	for (i = 0; i < nfiles; i++) {
		im.rows.file = strcmp(files[i], "-") == 0 ? "<stdin>" :
		    files[i];
		if (tabread_file(files[i], &o, &sink, &im, err, sizeof err)) {
			warnx_("%s: %s", im.rows.file, err);
			ioerr = 1;
		}
	}
	survey_map_free(&im.map);
	status = stream_finish(&s);
	return ioerr ? EXIT_TROUBLE : status;
}
