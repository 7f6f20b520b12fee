#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "core/opt.h"
#include "core/suggest.h"

const char *progname = "samen";

static const struct opt builtin[] = {
	OPT_FLAG('h', "help", NULL, "print this help and exit"),
	OPT_FLAG('V', "version", NULL, "print the version and exit"),
	OPT_END
};

void
opt_usage_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s --help' for more information.\n", progname);
	exit(EXIT_TROUBLE);
}

static size_t
count(const struct opt *o)
{
	size_t n = 0;

	while (o[n].kind != OPT_KIND_END)
		n++;
	return n;
}

/* Prints text from column 30, wrapped at words to end by column 79. */
static void
help_text(const char *text, size_t col)
{
	const size_t left = 30, width = 79;

	while (*text != '\0') {
		size_t n = strlen(text), cut = n;

		if (col < left)
			printf("%*s", (int)(left - col), "");
		else if (col > left)
			printf("\n%*s", (int)left, "");
		if (left + n > width) {
			cut = width - left;
			while (cut > 0 && text[cut] != ' ')
				cut--;
			if (cut == 0)
				cut = strcspn(text, " ");
		}
		printf("%.*s", (int)cut, text);
		text += cut;
		while (*text == ' ')
			text++;
		col = width + 1;
	}
	putchar('\n');
}

/*
 * The words into buf: for a message, the canonical ones as "a, b or c";
 * for --help, "a, b/alias, c", each with the aliases it accepts.
 */
static const char *
words_list(const char *const *words, int aliases, char *buf, size_t size)
{
	size_t i, n = 0, len = 0;

	while (words[n] != NULL)
		n++;
	buf[0] = '\0';
	for (i = 0; i < n && len < size; i++) {
		const char *w = words[i];
		size_t shown = aliases ? strlen(w) : strcspn(w, "|"), at;
		int k = snprintf(buf + len, size - len, "%s%.*s", i == 0 ? "" :
		    !aliases && i + 1 == n ? " or " : ", ", (int)shown, w);

		if (k < 0)
			break;
		at = len;
		len = len + (size_t)k < size ? len + (size_t)k : size - 1;
		for (; at < len; at++)
			if (buf[at] == '|')
				buf[at] = '/';
	}
	return buf;
}

static void
help_line(const struct opt *o)
{
	char left[96];
	int n;

	if (o->short_name && o->long_name)
		n = snprintf(left, sizeof left, "  -%c, --%s", o->short_name,
		    o->long_name);
	else if (o->long_name)
		n = snprintf(left, sizeof left, "      --%s", o->long_name);
	else
		n = snprintf(left, sizeof left, "  -%c", o->short_name);
	if (o->argname != NULL && n >= 0 && (size_t)n < sizeof left)
		snprintf(left + n, sizeof left - (size_t)n, " %s", o->argname);
	fputs(left, stdout);
	if (o->kind == OPT_KIND_CHOICE) {
		char text[768], words[512];

		snprintf(text, sizeof text, "%s (%s)", o->help,
		    words_list(o->words, 1, words, sizeof words));
		help_text(text, strlen(left) + 2 > 30 ? 31 : strlen(left));
		return;
	}
	help_text(o->help, strlen(left) + 2 > 30 ? 31 : strlen(left));
}

void
opt_help(const struct cmd *c)
{
	const struct opt *o;

	printf("usage: %s [options]%s%s\n%s\n\noptions:\n", c->name,
	    c->operands[0] ? " " : "", c->operands, c->summary);
	for (o = c->opts; o->kind != OPT_KIND_END; o++)
		help_line(o);
	for (o = builtin; o->kind != OPT_KIND_END; o++)
		help_line(o);
	printf("\nSee %s(1).\n", c->name);
}

static const char *
optname(const struct opt *o, char buf[4])
{
	static char lbuf[64];

	if (o->long_name != NULL) {
		snprintf(lbuf, sizeof lbuf, "--%s", o->long_name);
		return lbuf;
	}
	snprintf(buf, 4, "-%c", o->short_name);
	return buf;
}

static void
set_long(const struct opt *o, const char *arg)
{
	char *end, nb[4];
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (end == arg || *end != '\0' || errno == ERANGE)
		opt_usage_error("%s: '%s' is not a whole number",
		    optname(o, nb), arg);
	*(long *)o->value = v;
}

static void
set_double(const struct opt *o, const char *arg)
{
	char *end, nb[4];
	double v;

	errno = 0;
	v = strtod(arg, &end);
	if (end == arg || *end != '\0' || errno == ERANGE || !isfinite(v))
		opt_usage_error("%s: '%s' is not a number", optname(o, nb), arg);
	*(double *)o->value = v;
}

/*
 * Steps through the spellings of a word ("month|maand"): the next one at
 * *at, n bytes long, and *at moved past it; 0 when there is none.
 */
static int
spelling(const char **at, const char **w, size_t *n)
{
	if (**at == '\0')
		return 0;
	*w = *at;
	*n = strcspn(*w, "|");
	*at += *n + ((*w)[*n] == '|');
	return 1;
}

int
opt_word(const char *const *words, const char *s)
{
	size_t i, n, len = strlen(s);
	const char *at, *w;

	for (i = 0; words[i] != NULL; i++)
		for (at = words[i]; spelling(&at, &w, &n);)
			if (n == len && strncmp(w, s, n) == 0)
				return (int)i;
	return -1;
}

/* The word of words at arg, or a usage error that lists the words and
 * suggests the nearest of them and their aliases. */
static void
set_choice(const struct opt *o, const char *arg)
{
	const char *cand[64], *near, *at, *w;
	char list[512], nb[4], spelt[NELEM(cand)][32];
	int i = opt_word(o->words, arg);
	size_t n = 0, k, len;

	if (i >= 0) {
		*(int *)o->value = i;
		return;
	}
	for (k = 0; o->words[k] != NULL; k++)
		for (at = o->words[k]; n < NELEM(cand) &&
		    spelling(&at, &w, &len); n++) {
			snprintf(spelt[n], sizeof spelt[n], "%.*s", (int)len, w);
			cand[n] = spelt[n];
		}
	near = suggest(arg, cand, n);
	opt_usage_error("%s '%s': not %s%s%s%s", optname(o, nb), arg,
	    words_list(o->words, 0, list, sizeof list),
	    near ? " (did you mean '" : "", near ? near : "",
	    near ? "'?)" : "");
}

static void
set_range(const struct opt *o, const char *arg)
{
	char nb[4];
	long v;

	set_long(o, arg);
	v = *(long *)o->value;
	if (v < o->min && o->max == LONG_MAX)
		opt_usage_error("%s '%s': must be %ld or more", optname(o, nb),
		    arg, o->min);
	if (v < o->min || v > o->max)
		opt_usage_error("%s '%s': must be from %ld to %ld",
		    optname(o, nb), arg, o->min, o->max);
}

static void
set_flag(const struct opt *o, const char *arg)
{
	(void)arg;
	*(int *)o->value = 1;
}

static void
set_string(const struct opt *o, const char *arg)
{
	*(const char **)o->value = arg;
}

static void
set_list(const struct opt *o, const char *arg)
{
	strlist_add(o->value, arg);
}

static void
set_call(const struct opt *o, const char *arg)
{
	char nb[4];

	if (o->call(o, arg) != 0)
		opt_usage_error("%s: invalid value '%s'", optname(o, nb), arg);
}

/* What each kind of option does with its argument (NULL for a flag). */
static void (*const setter[])(const struct opt *, const char *) = {
	[OPT_KIND_FLAG] = set_flag,
	[OPT_KIND_STRING] = set_string,
	[OPT_KIND_LONG] = set_long,
	[OPT_KIND_DOUBLE] = set_double,
	[OPT_KIND_LIST] = set_list,
	[OPT_KIND_CHOICE] = set_choice,
	[OPT_KIND_RANGE] = set_range,
	[OPT_KIND_CALL] = set_call,
};

/* How many long options begin with what "--word" (or "--word=x") names. */
static int
prefix_matches(const struct option *lo, const char *arg)
{
	size_t len;
	int n = 0;

	if (strncmp(arg, "--", 2) != 0)
		return 0;
	arg += 2;
	len = strcspn(arg, "=");
	for (; lo->name != NULL; lo++)
		n += strncmp(lo->name, arg, len) == 0;
	return n;
}

/* After --help or --version: a full disk or closed terminal is a write
 * error (exit 2), said as out.h says it. */
static void
exit_flushed(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno == EPIPE)
			exit(EXIT_CLEAN);
		die_errno("write error");
	}
	exit(EXIT_CLEAN);
}

/* The tables getopt_long reads, held here while parsing: a usage error
 * exits from inside opt_parse, and they must not read as leaked. */
static struct {
	struct option *lo;
	char *so;
} parsing;

int
opt_parse(const struct cmd *c, int argc, char *argv[])
{
	size_t n = count(c->opts), i, nlong = 0;
	struct option *lo = parsing.lo = xmalloc((n + 3) * sizeof *lo);
	char *so = parsing.so = xmalloc(2 * (n + 2) + 2), *p = so;
	int ch, idx;

	progname = c->name;
	*p++ = ':';	/* report a missing argument as ':' */
	for (i = 0; i < n + 2; i++) {
		const struct opt *o = i < n ? &c->opts[i] : &builtin[i - n];

		/* getopt_long ends its table at the first entry without a name */
		if (o->long_name != NULL) {
			lo[nlong].name = o->long_name;
			lo[nlong].has_arg = o->argname != NULL ?
			    required_argument : no_argument;
			lo[nlong].flag = NULL;
			lo[nlong].val = 256 + (int)i;
			nlong++;
		}
		if (o->short_name) {
			*p++ = (char)o->short_name;
			if (o->argname != NULL)
				*p++ = ':';
		}
	}
	memset(&lo[nlong], 0, sizeof lo[nlong]);
	*p = '\0';

	opterr = 0;
	while ((ch = getopt_long(argc, argv, parsing.so, parsing.lo,
	    &idx)) != -1) {
		const struct opt *o = NULL;

		if (ch == '?' || ch == ':') {
			const char *what = ch == '?' ? "unknown option" :
			    "option needs an argument";

			if (optopt && optopt < 256)
				opt_usage_error("%s: -%c", what, optopt);
			if (ch == '?' && optopt >= 256)
				opt_usage_error("option takes no argument: %s",
				    argv[optind - 1]);
			if (ch == '?' && prefix_matches(lo, argv[optind - 1]) > 1)
				what = "ambiguous option";
			opt_usage_error("%s: %s", what, argv[optind - 1]);
		}
		if (ch >= 256)
			o = (size_t)(ch - 256) < n ? &c->opts[ch - 256] :
			    &builtin[ch - 256 - (int)n];
		else {
			for (i = 0; i < n + 2 && o == NULL; i++) {
				const struct opt *q = i < n ? &c->opts[i] :
				    &builtin[i - n];
				if (q->short_name == ch)
					o = q;
			}
		}
		if (o == &builtin[0]) {
			opt_help(c);
			exit_flushed();
		}
		if (o == &builtin[1]) {
			printf("%s (samen) %s\n", c->name, SAMEN_VERSION);
			exit_flushed();
		}
		setter[o->kind](o, optarg);
	}
	free(parsing.lo);
	free(parsing.so);
	parsing.lo = NULL;
	parsing.so = NULL;
	return optind;
}

void
strlist_add(struct strlist *l, const char *s)
{
	XGROW(l->item, l->n, l->cap);
	l->item[l->n++] = s;
}

void
strlist_free(struct strlist *l)
{
	free(l->item);
	l->item = NULL;
	l->n = l->cap = 0;
}
