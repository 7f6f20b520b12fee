/*
 * stream: the stream rules every samen program keeps (samen(7)).
 *
 * stream_next() hands out records: parsed JSON objects with their line.
 * Lines that are not JSON, or not an object, or whose "type" is not a
 * string, never reach the program: they are rejected here.  A rejected line
 * is reported as "PROG: FILE:LINE: message", counted, written to the
 * --rejects file as {"file","line","error","raw"} (or "raw_base64" when the
 * line is not UTF-8), and with --strict ends the run with status 1.
 * stream_finish() gives the exit status: 0 clean, 1 some input rejected,
 * 2 an operand could not be read.
 */
#ifndef SAMEN_STREAM_H
#define SAMEN_STREAM_H

#include <stdio.h>
#include <jansson.h>

#include "core/jsonl.h"
#include "core/jsonscan.h"
#include "core/opt.h"

struct stream {
	const char *rejects_path;	/* --rejects */
	int strict;			/* --strict */
	FILE *rejects;
	unsigned long nrejected;
	struct jsonl_reader in;
	char type[64];			/* stream_next_scanned's type */
	/* The types the program is for, "|"-separated ("ledger"), or NULL;
	 * a run that reads records but none of these (or without a type)
	 * gets a warning from stream_finish: "read 2500 records, none of
	 * type ledger", the mistake of giving a program another's file. */
	const char *main_types;
	unsigned long nrecords, nmain;
};

#define STREAM_OPTIONS(s) \
	OPT_STRING(0, "rejects", &(s)->rejects_path, "FILE", \
	    "write each rejected line, with its error, to FILE as JSON Lines"), \
	OPT_FLAG(0, "strict", &(s)->strict, "stop at the first rejected line")

/*
 * --partial and --merge, the same in every program whose work can be split
 * over pieces of its input: --partial writes partial records of type
 * ptype (sufficient statistics) instead of what, --merge combines them into
 * what, and both together write the merged partials, so that merging too
 * can be split up.  partial and merge are int *.
 */
#define STREAM_SPLIT_OPTIONS(partial, merge, ptype, what) \
	OPT_FLAG(0, "partial", (partial), "write " ptype " records for a " \
	    "later --merge instead of " what), \
	OPT_FLAG(0, "merge", (merge), "combine " ptype " records into " what \
	    " (with --partial: into " ptype " records)")

/* Opens the inputs (and the --rejects file); sets up standard output. */
void stream_open(struct stream *, int nfiles, char *const files[]);

/*
 * 1: a record in *rec (yours: json_decref it), its line in *line, and its
 * "type" in *type (NULL when the record has none); 0: end of input.
 */
int stream_next(struct stream *, struct jsonl_line *line, json_t **rec,
    const char **type);

/*
 * As stream_next, for the fast path of a per-record filter: the line is
 * checked by jsonscan (which accepts exactly what jansson does) and no
 * tree is built; *j (reused from call to call; jsonscan_free it at the
 * end) records the members.  The same lines are rejected, with the same
 * messages, as by stream_next.  *type is the record's "type" (valid until
 * the next call), or NULL when it has none; a type too long to be one
 * samen knows reads as "?".
 */
int stream_next_scanned(struct stream *, struct jsonl_line *line,
    struct jsonscan *j, const char **type);
/* True when type is want, or absent (records without a type are the
 * program's main input). */
int stream_is(const char *type, const char *want);

/* Writes the line as it came: for records of types this program does not
 * know. */
void stream_pass(const struct jsonl_line *);

void stream_reject(struct stream *, const struct jsonl_line *,
    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* As stream_reject, for a column within the line (0: none); for programs
 * that read lines with jsonl_next and parse them themselves. */
void stream_reject_at(struct stream *, const struct jsonl_line *, int column,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* As stream_reject, for a row of a file that is not JSON Lines (a CSV
 * row, a case of an SPSS file): number is its line or case, raw its text
 * for the --rejects file. */
void stream_reject_row(struct stream *, const char *file,
    unsigned long number, const char *raw, size_t rawlen, const char *why);

/*
 * The rows of one table file (tabread.h) on a stream.  A struct tab_sink
 * whose ctx is a struct stream_rows, or begins with one, has
 * stream_bad_row for its bad(): a row that cannot be read is rejected as
 * stream_reject_row does, naming file.
 */
struct stream_rows {
	struct stream *stream;
	const char *file;	/* as messages name it: "<stdin>" for "-" */
};
void stream_bad_row(void *rows, unsigned long number, const char *raw,
    size_t rawlen, const char *why);

/* Closes input, rejects file and standard output; warns when no record
 * was of the main types; returns the exit status. */
int stream_finish(struct stream *);

#endif
