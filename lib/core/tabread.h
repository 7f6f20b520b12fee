/*
 * tabread: a data file as a table of variables and rows, whatever the file:
 * SPSS (.sav, .zsav, .por), Stata (.dta) and SAS (.sas7bdat, .xpt) through
 * ReadStat (statfile.c), CSV and TSV through libcsv (csvread.h).
 *
 * A reader hands the caller, through a struct tab_sink, first the
 * variables (names, labels, value labels, user-missing values: what the
 * file knows; a CSV knows only its header), then one row at a time.  A
 * cell is missing (system-missing: an empty CSV field, a blank, SPSS's
 * sysmis, Stata's and SAS's missing; or user-missing: a value the file
 * declares missing, such as 9 "weet niet") or present, as a number or as
 * text, with the value label the file gives it.  CSV cells are always
 * text: a number in a CSV is the caller's to read (csv_number).
 *
 * Rows are numbered from 1: for a CSV, its header is row 1 and the
 * numbers are its lines; for the other formats the number is the case
 * number.  A row that cannot be read (a CSV row with a stray quote or too
 * many fields) goes to the sink's bad() and reading goes on.  Memory is
 * one row's, whatever the number of rows; value labels are held whole.
 * Strings handed to the sink are valid during the call only.
 */
#ifndef SAMEN_TABREAD_H
#define SAMEN_TABREAD_H

#include <stddef.h>

enum tab_missing { TAB_PRESENT, TAB_SYSMIS, TAB_USERMIS };

struct tablabel {
	int is_string;
	double number;
	const char *text;	/* the value as text: "9", or the string */
	const char *label;
};

struct tabvar {
	const char *name;
	const char *label;	/* "" when none */
	int is_string;		/* a string variable (CSV: all are) */
	const struct tablabel *labels;
	size_t nlabels;
	const char *missing;	/* the user-missing values as text, or "" */
};

struct tabcell {
	enum tab_missing missing;
	int is_number;
	double number;		/* when is_number */
	const char *text;	/* the value as text ("9", "ja", "1,5") */
	const char *label;	/* its value label, or NULL */
};

struct tab_row {
	unsigned long number;
	const struct tabcell *cell;	/* one per variable */
	size_t n;
	const char *raw;	/* the row as read: a CSV line, or for the
				 * other formats a JSON object of the
				 * values by variable */
	size_t rawlen;
};

struct tab_sink {
	/* Once, before any row; -1 stops the reading. */
	int (*begin)(void *ctx, const struct tabvar *, size_t nvar);
	/* Each row; -1 stops the reading. */
	int (*row)(void *ctx, const struct tab_row *);
	/* A row that cannot be read, and why; reading goes on. */
	void (*bad)(void *ctx, unsigned long number, const char *raw,
	    size_t rawlen, const char *why);
};

struct tabread_opts {
	char delimiter;		/* CSV: 0 guesses it */
	int windows1252;	/* CSV and files without an encoding of their
				 * own: Windows-1252 (Latin-1) text */
};

/* The words of an --encoding option (OPT_CHOICE): 0 UTF-8, 1
 * Windows-1252 (also Latin-1), the value of tabread_opts.windows1252. */
extern const char *const tabread_encodings[];

/* The format of path by its extension: "sav", "por", "dta", "sas7bdat",
 * "xpt" or "csv" (also .tsv, .txt and anything else). */
const char *tabread_format(const char *path);

/*
 * Reads the file at path ("-": standard input, CSV only) into the sink.
 * 0 when it was read to its end or the sink stopped it; -1 with the reason
 * in err when it cannot be opened or read, or is not a file of its format.
 */
int tabread_file(const char *path, const struct tabread_opts *,
    const struct tab_sink *, void *ctx, char *err, size_t errsize);

/* The index of the variable named name, or -1. */
long tabvar_find(const struct tabvar *, size_t n, const char *name);

/* The label of a value among a variable's labels, or NULL. */
const char *tabvar_label(const struct tabvar *, int is_string, double number,
    const char *text);



/* Writes the variables for people (survey-import --describe): one line a
 * variable (name, kind, label, user-missing values), then its value labels
 * indented, one a line. */
void tabread_describe(const struct tabvar *, size_t nvar);
#endif
