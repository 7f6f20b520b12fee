#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#include "core/err.h"
#include "core/jsonout.h"
#include "core/jsonval.h"
#include "core/out.h"
#include "core/tabwrite.h"

#define XLSX_ROWS 1048576
#define XLSX_CELL_MAX 32767	/* characters in a cell */

struct tabwrite {
	struct tabwrite_opts o;
	char delim;
	const char *eol;
	lxw_workbook *wb;
	lxw_worksheet *ws;
	lxw_format *bold, *euro;
	unsigned long row;
};

int
tabwrite_is_money(const char *s)
{
	size_t n;

	if (*s == '-')
		s++;
	n = strspn(s, "0123456789");
	return n > 0 && s[n] == '.' && strspn(s + n + 1, "0123456789") == 2 &&
	    s[n + 3] == '\0';
}

struct tabwrite *
tabwrite_open(const struct tabwrite_opts *o, char *err, size_t size)
{
	struct tabwrite *w = xmalloc(sizeof *w);

	memset(w, 0, sizeof *w);
	w->o = *o;
	w->delim = o->format == TABWRITE_TSV ? '\t' : o->excel_nl ? ';' : ',';
	w->eol = o->format == TABWRITE_TSV ? "\n" : "\r\n";
	if (o->format != TABWRITE_XLSX) {
		if (o->excel_nl)
			out_write("\xef\xbb\xbf", 3);
		return w;
	}
	if ((w->wb = workbook_new(o->path)) == NULL ||
	    (w->ws = workbook_add_worksheet(w->wb, o->sheet)) == NULL) {
		errorf(err, size, "%s: cannot make a workbook there", o->path);
		if (w->wb != NULL)
			workbook_close(w->wb);
		free(w);
		return NULL;
	}
	w->bold = workbook_add_format(w->wb);
	format_set_bold(w->bold);
	w->euro = workbook_add_format(w->wb);
	format_set_num_format(w->euro, "\xe2\x82\xac #,##0.00;\xe2\x82\xac -#,##0.00");
	worksheet_freeze_panes(w->ws, 1, 0);
	return w;
}

/* A text field of CSV or TSV. */
static void
put_text(struct tabwrite *w, const char *s)
{
	const char *p;

	if (w->o.format == TABWRITE_TSV) {
		for (p = s; *p != '\0'; p++)
			out_write(*p == '\t' || *p == '\n' || *p == '\r' ? " " : p,
			    1);
		return;
	}
	if (strchr(s, w->delim) == NULL && strpbrk(s, "\"\r\n") == NULL) {
		out_puts(s);
		return;
	}
	out_write("\"", 1);
	for (p = s; *p != '\0'; p++) {
		if (*p == '"')
			out_write("\"", 1);
		out_write(p, 1);
	}
	out_write("\"", 1);
}

/* A number as text, with a decimal comma in the Dutch dialect. */
static void
put_decimal(struct tabwrite *w, const char *s)
{
	char buf[JSONOUT_REAL_MAX + 8], *dot;

	snprintf(buf, sizeof buf, "%s", s);
	if (w->o.excel_nl && (dot = strchr(buf, '.')) != NULL)
		*dot = ',';
	out_puts(buf);
}

/* A cell of CSV or TSV. */
static void
text_cell(struct tabwrite *w, const json_t *v)
{
	char buf[JSONOUT_REAL_MAX];

	if (json_absent(v))
		return;
	if (json_is_object(v) || json_is_array(v)) {
		char *text = jsonout_string(v);

		put_text(w, text);
		free(text);
	} else if (json_is_number(v))
		put_decimal(w, jsonout_number(json_number_value(v), buf));
	else if (json_is_boolean(v))
		out_puts(json_is_true(v) ? "true" : "false");
	else if (tabwrite_is_money(json_string_value(v)))
		put_decimal(w, json_string_value(v));
	else
		put_text(w, json_string_value(v));
}

/* A cell of the sheet, typed; -1 when text is too long for a cell. */
static int
xlsx_cell(struct tabwrite *w, lxw_col_t col, const json_t *v, char *err,
    size_t size)
{
	lxw_row_t r = (lxw_row_t)w->row;
	const char *s;

	if (json_absent(v))
		return 0;
	if (json_is_object(v) || json_is_array(v)) {
		char *text = jsonout_string(v);
		size_t n = strlen(text);

		if (n <= XLSX_CELL_MAX)
			worksheet_write_string(w->ws, r, col, text, NULL);
		free(text);
		if (n > XLSX_CELL_MAX)
			return errorf(err, size, "row %lu: a value of %zu "
			    "characters; a cell holds %d at most", w->row, n,
			    XLSX_CELL_MAX);
	} else if (json_is_number(v))
		worksheet_write_number(w->ws, r, col, json_number_value(v), NULL);
	else if (json_is_boolean(v))
		worksheet_write_boolean(w->ws, r, col, json_is_true(v), NULL);
	else if (tabwrite_is_money(s = json_string_value(v)))
		worksheet_write_number(w->ws, r, col, strtod(s, NULL), w->euro);
	else
		worksheet_write_string(w->ws, r, col, s, NULL);
	return 0;
}

void
tabwrite_header(struct tabwrite *w, char *const *names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (w->o.format == TABWRITE_XLSX) {
			worksheet_write_string(w->ws, 0, (lxw_col_t)i, names[i],
			    w->bold);
			continue;
		}
		if (i > 0)
			out_write(&w->delim, 1);
		put_text(w, names[i]);
	}
	if (w->o.format != TABWRITE_XLSX)
		out_puts(w->eol);
	w->row = 1;
}

int
tabwrite_row(struct tabwrite *w, const json_t *const *cells, size_t n,
    char *err, size_t size)
{
	size_t i;

	if (w->o.format == TABWRITE_XLSX) {
		if (w->row >= XLSX_ROWS)
			return errorf(err, size, "more than %d rows: a sheet "
			    "holds no more; write CSV instead", XLSX_ROWS - 1);
		for (i = 0; i < n; i++)
			if (xlsx_cell(w, (lxw_col_t)i, cells[i], err, size))
				return -1;
		w->row++;
		return 0;
	}
	for (i = 0; i < n; i++) {
		if (i > 0)
			out_write(&w->delim, 1);
		text_cell(w, cells[i]);
	}
	out_puts(w->eol);
	w->row++;
	return 0;
}

int
tabwrite_close(struct tabwrite *w, char *err, size_t size)
{
	lxw_error e = LXW_NO_ERROR;

	if (w->wb != NULL)
		e = workbook_close(w->wb);
	free(w);
	if (e != LXW_NO_ERROR)
		return errorf(err, size, "%s", lxw_strerror(e));
	return 0;
}
