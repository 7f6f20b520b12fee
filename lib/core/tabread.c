#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/csvread.h"
#include "core/err.h"
#include "core/out.h"
#include "core/statfile.h"
#include "core/tabread.h"

static const struct {
	const char *ext, *format;
} formats[] = {
	{ ".sav", "sav" }, { ".zsav", "sav" }, { ".por", "por" },
	{ ".dta", "dta" }, { ".sas7bdat", "sas7bdat" }, { ".xpt", "xpt" },
	{ ".xport", "xpt" }
};

const char *const tabread_encodings[] = { "utf-8|utf8",
	"windows-1252|cp1252|latin1|latin-1|iso-8859-1", NULL };

const char *
tabread_format(const char *path)
{
	size_t n = strlen(path), i, e;

	for (i = 0; i < NELEM(formats); i++) {
		e = strlen(formats[i].ext);
		if (n > e && strcasecmp(path + n - e, formats[i].ext) == 0)
			return formats[i].format;
	}
	return "csv";
}

long
tabvar_find(const struct tabvar *v, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i].name, name) == 0)
			return (long)i;
	return -1;
}

const char *
tabvar_label(const struct tabvar *v, int is_string, double number,
    const char *text)
{
	size_t i;

	for (i = 0; i < v->nlabels; i++) {
		const struct tablabel *l = &v->labels[i];

		if (l->is_string != is_string)
			continue;
		if (is_string ? strcmp(l->text, text) == 0 : l->number == number)
			return l->label;
	}
	return NULL;
}

static int
blank(const char *s)
{
	return s[strspn(s, " \t")] == '\0';
}

/* The rows after the header of a CSV, each as cells of text. */
static int
csv_rows(struct csvread *r, size_t nvar, const struct tab_sink *sink,
    void *ctx)
{
	struct tabcell *cell = xreallocarray(NULL, nvar, sizeof *cell);
	struct csv_row row;
	struct tab_row t;
	char why[256];
	size_t i;
	int rc, stop = 0;

	while (!stop && (rc = csvread_next(r, &row, why, sizeof why)) != 0) {
		if (rc == 1 && row.n != nvar)
			rc = errorf(why, sizeof why, "%zu fields, but the header "
			    "has %zu", row.n, nvar);
		if (rc == -1) {
			sink->bad(ctx, row.line, row.raw, row.rawlen, why);
			continue;
		}
		for (i = 0; i < nvar; i++) {
			cell[i].missing = blank(row.field[i]) ? TAB_SYSMIS :
			    TAB_PRESENT;
			cell[i].is_number = 0;
			cell[i].number = 0;
			cell[i].text = row.field[i];
			cell[i].label = NULL;
		}
		t.number = row.line;
		t.cell = cell;
		t.n = nvar;
		t.raw = row.raw;
		t.rawlen = row.rawlen;
		stop = sink->row(ctx, &t) == -1;
	}
	free(cell);
	return 0;
}

/* A CSV: its header names the variables. */
static int
csv_read(FILE *fp, const struct tabread_opts *o, const struct tab_sink *sink,
    void *ctx, char *err, size_t size)
{
	struct csvread_opts co = { o->delimiter, o->windows1252 };
	struct csvread *r = csvread_open(fp, &co);
	struct tabvar *var = NULL;
	struct csv_row row;
	size_t i, n = 0;
	int rc;

	if ((rc = csvread_next(r, &row, err, size)) == 0)
		rc = errorf(err, size, "empty: a CSV file needs a header line "
		    "naming its columns");
	else if (rc == 1) {
		n = row.n;
		var = xreallocarray(NULL, n, sizeof *var);
		memset(var, 0, n * sizeof *var);
		for (i = 0; i < n; i++) {
			var[i].name = xstrdup(row.field[i]);
			var[i].label = var[i].missing = "";
			var[i].is_string = 1;
		}
		rc = sink->begin(ctx, var, n) == 0 ?
		    csv_rows(r, n, sink, ctx) : 0;
	}
	/* rc == -1: the header itself could not be read; err says why */
	if (rc == 0 && csvread_failed(r))
		rc = errorf(err, size, "%s", strerror(EIO));
	for (i = 0; i < n; i++)
		free((char *)var[i].name);
	free(var);
	csvread_close(r);
	return rc;
}

int
tabread_file(const char *path, const struct tabread_opts *o,
    const struct tab_sink *sink, void *ctx, char *err, size_t size)
{
	const char *format = strcmp(path, "-") == 0 ? "csv" :
	    tabread_format(path);
	FILE *fp;
	int rc;

	if (strcmp(path, "-") == 0)
		return csv_read(stdin, o, sink, ctx, err, size);
	if ((fp = fopen(path, "rb")) == NULL)
		return errorf(err, size, "%s", strerror(errno));
	if (strcmp(format, "csv") == 0)
		rc = csv_read(fp, o, sink, ctx, err, size);
	else
		rc = statfile_read(path, format, o, sink, ctx, err, size);
	fclose(fp);
	return rc;
}

void
tabread_describe(const struct tabvar *v, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		out_printf("%s\t%s%s%s", v[i].name, v[i].is_string ? "text" :
		    "number", *v[i].label ? "\t" : "", v[i].label);
		if (*v[i].missing)
			out_printf("\tmissing: %s", v[i].missing);
		out_puts("\n");
		for (j = 0; j < v[i].nlabels; j++)
			out_printf("\t%s = %s\n", v[i].labels[j].text,
			    v[i].labels[j].label);
	}
}
