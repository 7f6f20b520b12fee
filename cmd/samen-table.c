/*
 * samen-table: records of one type as one flat table (CSV, the Dutch Excel
 * dialect, TSV or xlsx).  See samen-table(1).
 *
 * A table's header needs every record's columns, so the records of the
 * table are held until the end: memory grows with the table, as a
 * spreadsheet's does (a sheet holds a million rows at most).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "core/flatten.h"
#include "core/jsonval.h"
#include "core/opt.h"
#include "core/out.h"
#include "core/stream.h"
#include "core/tabwrite.h"

static struct stream s;
static const char *type, *columns_arg, *xlsx_path;
static int csv, tsv, excel_nl;

static const struct opt options[] = {
	OPT_STRING(0, "type", &type, "TYPE",
	    "the records of TYPE (default: the type of the first record)"),
	OPT_STRING(0, "columns", &columns_arg, "C1,C2,...",
	    "only these columns, in this order (a name selects those below it)"),
	OPT_FLAG(0, "csv", &csv, "write CSV, RFC 4180 (the default)"),
	OPT_FLAG(0, "tsv", &tsv, "write tab-separated values"),
	OPT_STRING(0, "xlsx", &xlsx_path, "FILE", "write an Excel workbook"),
	OPT_FLAG(0, "excel-nl", &excel_nl,
	    "CSV for Dutch Excel: semicolons, decimal commas, a BOM"),
	STREAM_OPTIONS(&s),
	OPT_END
};

static const struct cmd cmd = { "samen-table",
	"[--csv | --tsv | --xlsx FILE] [file ...]",
	"turn records of one type into one flat table for a spreadsheet",
	options };

static json_t **recs;
static size_t nrecs, reccap;
static struct flat_columns cols;
static struct strmap filled;		/* columns that hold a value */
static struct strmap objects;		/* columns that hold a geometry */

/* Reads the records of the table, and their columns. */
static unsigned long
gather(void)
{
	struct jsonl_line line;
	struct flat f = { 0 };
	unsigned long others = 0;
	const char *t;
	json_t *rec;
	size_t i;

	while (stream_next(&s, &line, &rec, &t)) {
		if (type == NULL && t != NULL)
			type = xstrdup(t);
		if (!stream_is(t, type != NULL ? type : "")) {
			others++;
			json_decref(rec);
			continue;
		}
		XGROW(recs, nrecs, reccap);
		recs[nrecs++] = rec;
		flatten(rec, &f);
		flat_columns_add(&cols, &f);
		for (i = 0; i < f.n; i++)
			if (!json_absent(f.value[i])) {
				strmap_add(&filled, f.key[i], 0, NULL);
				if (json_is_object(f.value[i]))
					strmap_add(&objects, f.key[i], 0, NULL);
			}
	}
	flat_free(&f);
	return others;
}

/* --columns, or every column but "type" (the sheet is of one type) and
 * the outlines (geometry columns, whose cells are objects). */
static void
choose_columns(void)
{
	struct strlist want = { 0 };
	char *list, *p, *tok;
	const char *unknown;
	size_t i;

	if (columns_arg == NULL) {
		for (i = 0; i < cols.n; i++)
			if (strcmp(cols.name[i], "type") != 0 &&
			    !strmap_get(&objects, cols.name[i], NULL))
				strlist_add(&want, cols.name[i]);
		strlist_add(&want, NULL);
		if (want.n > 1 && flat_columns_select(&cols, want.item,
		    &unknown) == -1)
			BUG("column %s vanished", unknown);
		strlist_free(&want);
		flat_columns_prune(&cols, &filled);
		return;
	}
	list = xstrdup(columns_arg);
	for (p = list; (tok = strsep(&p, ",")) != NULL;)
		if (*tok != '\0')
			strlist_add(&want, tok);
	strlist_add(&want, NULL);
	if (flat_columns_select(&cols, want.item, &unknown) == -1)
		die("--columns: '%s' names no column of the %s records",
		    unknown, type ? type : "");
	strlist_free(&want);
	free(list);
	flat_columns_prune(&cols, &filled);
}

/* The rows, each cell in its column. */
static void
write_table(void)
{
	struct tabwrite_opts o = { tsv ? TABWRITE_TSV : xlsx_path ?
	    TABWRITE_XLSX : TABWRITE_CSV, excel_nl, xlsx_path,
	    type != NULL ? type : "records" };
	const json_t **cells = xreallocarray(NULL, cols.n + 1, sizeof *cells);
	struct flat f = { 0 };
	struct tabwrite *w;
	char err[512], sheet[32];
	size_t i, j;
	long c;

	snprintf(sheet, sizeof sheet, "%s", o.sheet);
	sheet[strcspn(sheet, "[]:*?/\\")] = '\0';
	o.sheet = *sheet ? sheet : "records";
	if ((w = tabwrite_open(&o, err, sizeof err)) == NULL)
		die("%s", err);
	tabwrite_header(w, cols.name, cols.n);
	for (i = 0; i < nrecs; i++) {
		memset(cells, 0, (cols.n + 1) * sizeof *cells);
		flatten(recs[i], &f);
		for (j = 0; j < f.n; j++)
			if ((c = flat_columns_find(&cols, f.key[j])) >= 0)
				cells[c] = f.value[j];
		if (tabwrite_row(w, cells, cols.n, err, sizeof err) == -1)
			die("%s: %s", xlsx_path, err);
		json_decref(recs[i]);
	}
	if (tabwrite_close(w, err, sizeof err) == -1)
		die("%s: %s", xlsx_path, err);
	flat_free(&f);
	free(cells);
}

int
main(int argc, char *argv[])
{
	int i = opt_parse(&cmd, argc, argv);
	unsigned long others;

	if (csv + tsv + (xlsx_path != NULL) > 1)
		opt_usage_error("one of --csv, --tsv and --xlsx FILE");
	if (excel_nl && (tsv || xlsx_path != NULL))
		opt_usage_error("--excel-nl is a kind of CSV: not with --tsv or "
		    "--xlsx");
	if (type != NULL)
		type = xstrdup(type);
	stream_open(&s, argc - i, argv + i);
	if ((others = gather()) > 0)
		warnx_("left out %lu %s of other types than %s (--type picks "
		    "one)", others, others == 1 ? "record" : "records",
		    type ? type : "the first");
	choose_columns();
	if (nrecs > 0 || xlsx_path != NULL)
		write_table();
	free(recs);
	flat_columns_free(&cols);
	strmap_free(&filled);
	strmap_free(&objects);
	free((char *)type);
	return stream_finish(&s);
}
