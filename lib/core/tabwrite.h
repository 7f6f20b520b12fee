/*
 * tabwrite: one table written as CSV, TSV or an Excel workbook (.xlsx,
 * through libxlsxwriter, Debian libxlsxwriter-dev).
 *
 * A cell is a JSON leaf: null (or absent) is an empty cell, a number a
 * number, true/false a boolean, a string text, except that a string of
 * digits with exactly two decimals ("1250.00", "-80.50") is money, as
 * samen writes money: a number of euros.
 *
 *   CSV   RFC 4180: commas, "\r\n", a field quoted when it holds a comma,
 *         a quote or a line break, quotes doubled; numbers in their
 *         shortest form, money as written.
 *   Excel-nl  the CSV that Dutch Excel reads by a double click: a UTF-8
 *         byte order mark, semicolons, decimal commas (money too).
 *   TSV   tabs and "\n", no quoting: a tab or a line break in a value
 *         becomes a space (the IANA text/tab-separated-values rule).
 *   xlsx  one sheet, named after the record type, its header row bold and
 *         frozen; numbers as numbers, money as numbers in a euro format,
 *         booleans as booleans, text as text.
 *
 * CSV and TSV go to standard output (out.h); an xlsx to its file, written
 * at tabwrite_close.
 */
#ifndef SAMEN_TABWRITE_H
#define SAMEN_TABWRITE_H

#include <stddef.h>
#include <jansson.h>

enum tabwrite_format { TABWRITE_CSV, TABWRITE_TSV, TABWRITE_XLSX };

struct tabwrite_opts {
	enum tabwrite_format format;
	int excel_nl;			/* CSV: the Dutch Excel dialect */
	const char *path;		/* xlsx: the file */
	const char *sheet;		/* xlsx: the sheet's name */
};

struct tabwrite;

/* NULL with the reason when the workbook cannot be made. */
struct tabwrite *tabwrite_open(const struct tabwrite_opts *, char *err,
    size_t errsize);
void tabwrite_header(struct tabwrite *, char *const *names, size_t n);
/* A row of n cells (NULL: empty).  -1 with the reason when the sheet is
 * full (xlsx holds 1048576 rows). */
int tabwrite_row(struct tabwrite *, const json_t *const *cells, size_t n,
    char *err, size_t errsize);
/* Writes the workbook (xlsx) and frees w; -1 with the reason. */
int tabwrite_close(struct tabwrite *, char *err, size_t errsize);

/* Whether s is money as samen writes it: -?digits.dd */
int tabwrite_is_money(const char *s);

#endif
