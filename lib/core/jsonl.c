#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/err.h"
#include "core/jsonl.h"

static const char *
operand(const struct jsonl_reader *r, int i)
{
	return r->nfiles == 0 ? "-" : r->files[i];
}

void
jsonl_open(struct jsonl_reader *r, int nfiles, char *const files[])
{
	memset(r, 0, sizeof *r);
	r->files = files;
	r->nfiles = nfiles;
}

static int
open_next(struct jsonl_reader *r)
{
	int total = r->nfiles == 0 ? 1 : r->nfiles;

	while (r->next < total) {
		const char *path = operand(r, r->next++);

		r->lineno = 0;
		if (strcmp(path, "-") == 0) {
			r->fp = stdin;
			r->name = "<stdin>";
			/* "isolation-score --by survey.jsonl" would otherwise
			 * wait on the terminal without a word */
			if (isatty(STDIN_FILENO))
				warnx_("reading standard input from the terminal "
				    "(end it with Ctrl-D; name files to read "
				    "them)");
			return 1;
		}
		r->name = path;
		if ((r->fp = fopen(path, "r")) != NULL)
			return 1;
		warnx_("%s: %s", path, strerror(errno));
		r->failed = 1;
	}
	return 0;
}

static void
close_current(struct jsonl_reader *r)
{
	if (r->fp != NULL && r->fp != stdin)
		fclose(r->fp);
	r->fp = NULL;
}

static int
blank(const char *s, size_t n)
{
	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	return n == 0;
}

int
jsonl_next(struct jsonl_reader *r, struct jsonl_line *line)
{
	ssize_t n;
	char *text;

	for (;;) {
		if (r->fp == NULL && !open_next(r))
			return 0;
		errno = 0;
		n = getline(&r->buf, &r->cap, r->fp);
		if (n < 0) {
			if (ferror(r->fp)) {
				warnx_("%s: %s", r->name, strerror(errno));
				r->failed = 1;
			}
			clearerr(r->fp);
			close_current(r);
			continue;
		}
		r->lineno++;
		text = r->buf;
		if (n > 0 && text[n - 1] == '\n')
			n--;
		if (n > 0 && text[n - 1] == '\r')
			n--;
		text[n] = '\0';
		if (r->lineno == 1 && n >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
			text += 3, n -= 3;
		if (blank(text, (size_t)n))
			continue;
		line->file = r->name;
		line->lineno = r->lineno;
		line->text = text;
		line->len = (size_t)n;
		return 1;
	}
}

int
jsonl_failed(const struct jsonl_reader *r)
{
	return r->failed;
}

void
jsonl_close(struct jsonl_reader *r)
{
	close_current(r);
	free(r->buf);
	r->buf = NULL;
	r->cap = 0;
}

json_t *
jsonl_parse(const char *text, size_t len, int *column, char *err,
    size_t errsize)
{
	json_error_t e;
	json_t *v = json_loadb(text, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &e);
	const char *nul;

	if (v == NULL) {
		*column = e.column > 0 ? e.column : 0;
		snprintf(err, errsize, "%s", e.text);
	} else if ((nul = memchr(text, '\0', len)) != NULL) {
		/* jansson 2.14 lets one NUL byte through right after a
		 * number or a literal ("123\0"): keep the promise above */
		json_decref(v);
		v = NULL;
		*column = (int)(nul - text) + 1;
		snprintf(err, errsize, "NUL byte in input");
	}
	return v;
}
