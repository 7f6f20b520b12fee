/*
 * jsonl: JSON Lines input.
 *
 * Operands are read in order, as cat(1) does; "-" or no operand at all is
 * standard input (named "<stdin>" in messages).  A line comes out whole,
 * without its "\n" or "\r\n", whatever its length and whatever bytes it
 * holds, NUL included.  Blank lines (nothing but spaces and tabs) are
 * skipped, a UTF-8 byte order mark at the start of a file is dropped, and
 * line numbers count every line of a file from 1.  An operand that cannot
 * be opened or read is reported ("PROG: FILE: reason") and the reader goes
 * on with the next; jsonl_failed() then tells the caller to exit 2.
 */
#ifndef SAMEN_JSONL_H
#define SAMEN_JSONL_H

#include <stddef.h>
#include <stdio.h>
#include <jansson.h>

struct jsonl_line {
	const char *file;
	unsigned long lineno;
	char *text;		/* NUL-terminated too, but may hold NULs */
	size_t len;
};

struct jsonl_reader {
	char *const *files;
	int nfiles, next;
	FILE *fp;
	const char *name;
	unsigned long lineno;
	char *buf;
	size_t cap;
	int failed;
};

void jsonl_open(struct jsonl_reader *, int nfiles, char *const files[]);
/* 1: a line in *line (valid until the next call); 0: end of all input. */
int jsonl_next(struct jsonl_reader *, struct jsonl_line *line);
int jsonl_failed(const struct jsonl_reader *);
void jsonl_close(struct jsonl_reader *);

/*
 * Parses one JSON value of exactly len bytes.  On failure returns NULL,
 * sets *column to the 1-based column of the error (0 when unknown) and
 * writes the reason into err.  Strings may hold \u0000; a raw NUL byte
 * anywhere is an error.
 */
json_t *jsonl_parse(const char *text, size_t len, int *column, char *err,
    size_t errsize);

#endif
