/*
 * opt: a declarative option table over getopt_long(3).
 *
 * A program describes its options once, in a table ending in OPT_END; the
 * same table parses argv and prints --help, so the two cannot drift apart.
 * Every program gets -h/--help and -V/--version ("PROG (samen) X.Y.Z").
 * A usage error prints "PROG: message" and a hint on stderr and exits 2.
 */
#ifndef SAMEN_OPT_H
#define SAMEN_OPT_H

#include <stddef.h>

#define SAMEN_VERSION "0.1.0"

enum opt_kind {
	OPT_KIND_END,
	OPT_KIND_FLAG,		/* int *: set to 1 */
	OPT_KIND_STRING,	/* const char **: last one wins */
	OPT_KIND_LONG,		/* long *: a whole number */
	OPT_KIND_DOUBLE,	/* double *: a finite number */
	OPT_KIND_LIST,		/* struct strlist *: repeatable */
	OPT_KIND_CHOICE,	/* int *: the index of a word of words[] */
	OPT_KIND_RANGE,		/* long *: a whole number in [min, max] */
	OPT_KIND_CALL		/* call(opt, arg): the program checks arg */
};

struct opt {
	enum opt_kind kind;
	int short_name;		/* 0 for none */
	const char *long_name;
	void *value;
	const char *argname;	/* NULL: takes no argument */
	const char *help;
	/* OPT_KIND_CALL: return 0, or print nothing and return -1 to have
	 * "invalid value" reported as a usage error; may also exit itself */
	int (*call)(const struct opt *, const char *arg);
	/* OPT_KIND_CHOICE: the words, NULL-terminated; an entry may add
	 * aliases after "|" ("month|maand"), accepted and not shown */
	const char *const *words;
	long min, max;		/* OPT_KIND_RANGE; LONG_MAX: no upper bound */
};

struct strlist {
	const char **item;
	size_t n, cap;
};

struct cmd {
	const char *name;
	const char *operands;	/* after "[options]", e.g. "[file ...]" */
	const char *summary;	/* one line */
	const struct opt *opts;
};

/* An option of kind k that takes an argument named a (NULL: none). */
#define OPT_ARG_(k, s, l, v, a, h) \
	{ .kind = (k), .short_name = (s), .long_name = (l), .value = (v), \
	  .argname = (a), .help = (h) }
#define OPT_FLAG(s, l, v, h)	OPT_ARG_(OPT_KIND_FLAG, s, l, v, NULL, h)
#define OPT_STRING(s, l, v, a, h) OPT_ARG_(OPT_KIND_STRING, s, l, v, a, h)
#define OPT_LONG(s, l, v, a, h)	OPT_ARG_(OPT_KIND_LONG, s, l, v, a, h)
#define OPT_DOUBLE(s, l, v, a, h) OPT_ARG_(OPT_KIND_DOUBLE, s, l, v, a, h)
#define OPT_LIST(s, l, v, a, h)	OPT_ARG_(OPT_KIND_LIST, s, l, v, a, h)
#define OPT_CALL(s, l, v, a, h, f) \
	{ .kind = OPT_KIND_CALL, .short_name = s, .long_name = l, .value = v, \
	  .argname = a, .help = h, .call = f }
/*
 * A word among words (int *v gets its index; it keeps its value when the
 * option is not given).  --help lists the words after the help text; a
 * wrong word is a usage error that lists them and suggests the nearest:
 *	--format 'htm': not jsonl, text, markdown or html (did you mean 'html'?)
 */
#define OPT_CHOICE(s, l, v, a, w, h) \
	{ .kind = OPT_KIND_CHOICE, .short_name = s, .long_name = l, \
	  .value = v, .argname = a, .help = h, .words = w }
/* A whole number from lo to hi (hi LONG_MAX: lo or more) into long *v. */
#define OPT_RANGE(s, l, v, a, lo, hi, h) \
	{ .kind = OPT_KIND_RANGE, .short_name = s, .long_name = l, \
	  .value = v, .argname = a, .help = h, .min = lo, .max = hi }
#define OPT_END			{ .kind = OPT_KIND_END }

/* Parses argv; returns the index of the first operand. */
int opt_parse(const struct cmd *, int argc, char *argv[]);

/* Prints the usage text that --help gives, to stdout. */
void opt_help(const struct cmd *);

/* "PROG: message" and "Try 'PROG --help'." on stderr, then exit 2. */
void opt_usage_error(const char *fmt, ...)
	__attribute__((noreturn, format(printf, 1, 2)));

/* The index of the word of words (NULL-terminated, aliases after "|")
 * that s names, or -1. */
int opt_word(const char *const *words, const char *s);
void strlist_add(struct strlist *, const char *);
void strlist_free(struct strlist *);

/* The running program's name, for messages; set by opt_parse. */
extern const char *progname;

#endif
