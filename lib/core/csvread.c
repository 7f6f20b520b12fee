#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "core/csvread.h"
#include "core/err.h"
#include "core/utf8.h"

struct csvread {
	FILE *fp;
	struct csv_parser p;
	char delimiter;
	int windows1252;
	unsigned long lineno;
	char *line;
	size_t linecap;
	/* the row being read */
	char **field;
	size_t n, cap;
	int ready;		/* a whole row is in field[] */
	size_t bad_text;	/* 1 + the first field that was not UTF-8 */
	unsigned long row_line;
	char *raw;
	size_t rawlen, rawcap;
	int failed;
	int done;		/* the end of the file was read */
};

/* Windows-1252 0x80..0x9f as Unicode (0: undefined there). */
static const unsigned short cp1252_high[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178
};

/* Windows-1252 text as UTF-8, in a new string; undefined bytes become
 * U+FFFD. */
static char *
from_cp1252(const unsigned char *s, size_t n)
{
	char *out = xreallocarray(NULL, n + 1, 3), *o = out;
	unsigned c;
	size_t i;

	for (i = 0; i < n; i++) {
		c = s[i];
		if (c >= 0x80 && c < 0xa0)
			c = cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] :
			    0xfffd;
		if (c < 0x80)
			*o++ = (char)c;
		else if (c < 0x800) {
			*o++ = (char)(0xc0 | c >> 6);
			*o++ = (char)(0x80 | (c & 0x3f));
		} else {
			*o++ = (char)(0xe0 | c >> 12);
			*o++ = (char)(0x80 | (c >> 6 & 0x3f));
			*o++ = (char)(0x80 | (c & 0x3f));
		}
	}
	*o = '\0';
	return out;
}

/* libcsv: one field, converted to UTF-8 or checked to be it. */
static void
on_field(void *s, size_t len, void *ctx)
{
	struct csvread *r = ctx;
	char *f;

	if (r->windows1252)
		f = from_cp1252(s, len);
	else {
		if (!utf8_valid(s, len) && r->bad_text == 0)
			r->bad_text = r->n + 1;
		f = xmalloc(len + 1);
		memcpy(f, s, len);
		f[len] = '\0';
	}
	XGROW(r->field, r->n, r->cap);
	r->field[r->n++] = f;
}

static void
on_row(int c, void *ctx)
{
	(void)c;
	((struct csvread *)ctx)->ready = 1;
}

/* Only a line feed ends a row: a "\r" before it is trimmed as a space, and
 * a lone "\r" is text. */
static int
is_term(unsigned char c)
{
	return c == '\n';
}

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* A new libcsv parser: strict, with our delimiter, line ends, spaces. */
static void
parser_init(struct csvread *r)
{
	if (csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		die("out of memory");
	csv_set_delim(&r->p, (unsigned char)r->delimiter);
	csv_set_term_func(&r->p, is_term);
	csv_set_space_func(&r->p, is_space);
}

struct csvread *
csvread_open(FILE *fp, const struct csvread_opts *o)
{
	struct csvread *r = xmalloc(sizeof *r);

	memset(r, 0, sizeof *r);
	r->fp = fp;
	r->delimiter = o->delimiter;
	r->windows1252 = o->windows1252;
	return r;
}

/* The most frequent of ';', ',' and tab outside quotes in the line. */
static char
guess_delimiter(const char *s, size_t n)
{
	size_t semi = 0, comma = 0, tab = 0, i;
	int quoted = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted)
			semi += s[i] == ';', comma += s[i] == ',',
			    tab += s[i] == '\t';
	}
	if (semi > comma && semi >= tab)
		return ';';
	return tab > comma ? '\t' : ',';
}

static void
clear_row(struct csvread *r)
{
	free_each(r->field, r->n);
	r->n = 0;
	r->ready = 0;
	r->bad_text = 0;
	r->rawlen = 0;
}

static int
blank(const char *s, size_t n)
{
	while (n > 0 && is_space((unsigned char)*s))
		s++, n--;
	return n == 0 || (n == 1 && *s == '\n');
}

/* Reads one more line into the parser: 1, or 0 at the end of the file. */
static int
feed_line(struct csvread *r, char *err, size_t size, int *bad)
{
	ssize_t n;
	char *s;

	errno = 0;
	if ((n = getline(&r->line, &r->linecap, r->fp)) < 0) {
		if (ferror(r->fp))
			r->failed = 1;
		return 0;
	}
	s = r->line;
	if (r->lineno++ == 0) {
		if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
			s += 3, n -= 3;
		if (r->delimiter == 0)
			r->delimiter = guess_delimiter(s, (size_t)n);
		parser_init(r);
	}
	if (r->rawlen == 0 && blank(s, (size_t)n))
		return 1;
	if (r->rawlen == 0)
		r->row_line = r->lineno;
	while (r->rawlen + (size_t)n + 1 > r->rawcap)
		XGROW(r->raw, r->rawlen + (size_t)n + 1, r->rawcap);
	memcpy(r->raw + r->rawlen, s, (size_t)n);
	r->rawlen += (size_t)n;
	if (csv_parse(&r->p, s, (size_t)n, on_field, on_row, r) != (size_t)n) {
		*bad = errorf(err, size, "field %zu: %s", r->n + 1,
		    csv_error(&r->p) == CSV_EPARSE ? "a quote inside an "
		    "unquoted field, or text after a closing quote; quote the "
		    "whole field and double the quotes in it" :
		    csv_strerror(csv_error(&r->p)));
		csv_free(&r->p);
		parser_init(r);
	}
	return 1;
}

/* The row's text without its line end, for messages and --rejects. */
static void
set_row(struct csvread *r, struct csv_row *row)
{
	while (r->rawlen > 0 && (r->raw[r->rawlen - 1] == '\n' ||
	    r->raw[r->rawlen - 1] == '\r'))
		r->rawlen--;
	if (r->raw != NULL)
		r->raw[r->rawlen] = '\0';
	row->line = r->row_line;
	row->n = r->n;
	row->field = r->field;
	row->raw = r->raw != NULL ? r->raw : "";
	row->rawlen = r->rawlen;
}

int
csvread_next(struct csvread *r, struct csv_row *row, char *err, size_t size)
{
	int bad = 0, more;

	clear_row(r);
	if (r->done)
		return 0;
	do {
		more = feed_line(r, err, size, &bad);
		if (!more)
			r->done = 1;
		if (!more && r->lineno > 0 &&
		    csv_fini(&r->p, on_field, on_row, r) != 0 && !bad)
			bad = errorf(err, size, "a quote left open at the end "
			    "of the file");
		if (bad) {
			set_row(r, row);
			return -1;
		}
	} while (more && !r->ready);
	if (!r->ready)
		return 0;
	set_row(r, row);
	if (r->bad_text)
		return errorf(err, size, "field %zu: not UTF-8 text; if the "
		    "file is Windows-1252 or Latin-1, say so with --encoding "
		    "windows-1252", r->bad_text);
	return 1;
}

int
csvread_failed(const struct csvread *r)
{
	return r->failed;
}

char
csvread_delimiter(const struct csvread *r)
{
	return r->delimiter;
}

void
csvread_close(struct csvread *r)
{
	if (r == NULL)
		return;
	clear_row(r);
	if (r->lineno > 0)
		csv_free(&r->p);
	free(r->field);
	free(r->raw);
	free(r->line);
	free(r);
}

int
csv_number(const char *s, double *d)
{
	char buf[64], *o = buf, *end;
	int digits = 0, sep = 0;

	while (*s == ' ' || *s == '\t')
		s++;
	if (*s == '-' || *s == '+')
		*o++ = *s++;
	for (; *s != '\0' && o < buf + sizeof buf - 1; s++) {
		if (*s >= '0' && *s <= '9')
			digits++, *o++ = *s;
		else if ((*s == '.' || *s == ',') && !sep)
			sep = 1, *o++ = '.';
		else
			break;
	}
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s != '\0' || digits == 0)
		return -1;
	*o = '\0';
	*d = strtod(buf, &end);
	return *end == '\0' ? 0 : -1;
}
