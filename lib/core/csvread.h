/*
 * csvread: the rows of a CSV or TSV file, over libcsv (Debian libcsv-dev).
 *
 * RFC 4180 as spreadsheets write it: fields separated by a delimiter,
 * quoted with '"' when they hold one, a quote or a line break, a quote
 * inside doubled.  The delimiter is given or guessed from the first line
 * (the most frequent of ';', ',' and tab outside quotes; ',' on a tie),
 * since a Dutch spreadsheet writes semicolons.  Lines end in "\n" or
 * "\r\n"; a UTF-8 byte order mark at the start is dropped; blank lines are
 * skipped; spaces and tabs around an unquoted field are dropped (CBS pads
 * its codes), inside quotes they stay.
 *
 * Text is UTF-8, or Windows-1252 (which holds Latin-1) converted to UTF-8
 * when asked.  A row that is not well-formed (a stray quote, a quote left
 * open at the end of the file, bytes that are not UTF-8) is reported with
 * its line and skipped; reading goes on with the next line.  A row uses
 * memory for its own text only, so a file of any length reads in constant
 * memory.
 */
#ifndef SAMEN_CSVREAD_H
#define SAMEN_CSVREAD_H

#include <stddef.h>
#include <stdio.h>

struct csvread_opts {
	char delimiter;		/* 0: guessed from the first line */
	int windows1252;	/* the text is Windows-1252 (or Latin-1) */
};

struct csv_row {
	unsigned long line;	/* the line the row starts on, from 1 */
	size_t n;		/* fields */
	char **field;		/* UTF-8, NUL-terminated; valid until the next
				 * call */
	const char *raw;	/* the row's text as read, for --rejects */
	size_t rawlen;
};

struct csvread;

struct csvread *csvread_open(FILE *, const struct csvread_opts *);
/*
 * 1: the next row in *row; 0: the end of the file; -1: a row that cannot
 * be read, its reason in err and its line in row->line (row->raw holds
 * its text); the next call goes on after it.  A read error of the file
 * ends it as the end does; csvread_failed() then says so.
 */
int csvread_next(struct csvread *, struct csv_row *row, char *err,
    size_t errsize);
int csvread_failed(const struct csvread *);
/* The delimiter in use (once the first line is read). */
char csvread_delimiter(const struct csvread *);
void csvread_close(struct csvread *);

/*
 * A number as people type it in a spreadsheet cell: spaces around it, a
 * sign, digits with one decimal separator that may be a point or a comma
 * ("1,5" and "1.5" are both 1.5).  No thousands separators, no exponent:
 * "1.234,5" is -1, not a guess.  0 and the value in *d, or -1.
 */
int csv_number(const char *s, double *d);

#endif
