#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base64.h"
#include "core/err.h"
#include "core/jsonout.h"
#include "core/out.h"
#include "core/stream.h"
#include "core/utf8.h"

void
stream_open(struct stream *s, int nfiles, char *const files[])
{
	out_init();
	s->nrejected = 0;
	s->nrecords = s->nmain = 0;
	s->rejects = NULL;
	if (s->rejects_path != NULL &&
	    (s->rejects = fopen(s->rejects_path, "w")) == NULL)
		die_errno("%s", s->rejects_path);
	jsonl_open(&s->in, nfiles, files);
}

static void
keep_reject(struct stream *s, const struct jsonl_line *l, const char *msg)
{
	FILE *fp = s->rejects;

	fputs("{\"file\":", fp);
	jsonout_fstring(fp, l->file, strlen(l->file));
	fprintf(fp, ",\"line\":%lu,\"error\":", l->lineno);
	jsonout_fstring(fp, msg, strlen(msg));
	if (utf8_valid(l->text, l->len)) {
		fputs(",\"raw\":", fp);
		jsonout_fstring(fp, l->text, l->len);
	} else {
		char *b64 = xmalloc(base64_len(l->len) + 1);

		base64_encode((const unsigned char *)l->text, l->len, b64);
		fprintf(fp, ",\"raw_base64\":\"%s\"", b64);
		free(b64);
	}
	fputs("}\n", fp);
	if (ferror(fp))
		die_errno("%s: write error", s->rejects_path);
}

static void
vreject(struct stream *s, const struct jsonl_line *l, int column,
    const char *fmt, va_list ap)
{
	char msg[1024];

	vsnprintf(msg, sizeof msg, fmt, ap);
	utf8_scrub(msg);
	if (column > 0)
		warnx_("%s:%lu:%d: %s", l->file, l->lineno, column, msg);
	else
		warnx_("%s:%lu: %s", l->file, l->lineno, msg);
	s->nrejected++;
	if (s->rejects != NULL)
		keep_reject(s, l, msg);
	if (s->strict)
		exit(stream_finish(s));
}

void
stream_reject(struct stream *s, const struct jsonl_line *l,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreject(s, l, 0, fmt, ap);
	va_end(ap);
}

void
stream_reject_at(struct stream *s, const struct jsonl_line *l, int column,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreject(s, l, column, fmt, ap);
	va_end(ap);
}

/* Counts a record handed out, and whether it is of a main type. */
static void
count_record(struct stream *s, const char *type)
{
	const char *m = s->main_types;
	size_t len;

	s->nrecords++;
	if (m == NULL || type == NULL) {
		s->nmain++;
		return;
	}
	len = strlen(type);
	while (*m != '\0') {
		size_t n = strcspn(m, "|");

		if (n == len && strncmp(m, type, n) == 0) {
			s->nmain++;
			return;
		}
		m += n + (m[n] == '|');
	}
}

void
stream_reject_row(struct stream *s, const char *file, unsigned long number,
    const char *raw, size_t len, const char *why)
{
	struct jsonl_line l = { file, number, (char *)raw, len };

	stream_reject(s, &l, "%s", why);
}

void
stream_bad_row(void *rows, unsigned long number, const char *raw,
    size_t rawlen, const char *why)
{
	const struct stream_rows *r = rows;

	stream_reject_row(r->stream, r->file, number, raw, rawlen, why);
}

int
stream_next(struct stream *s, struct jsonl_line *line, json_t **rec,
    const char **type)
{
	char err[JSON_ERROR_TEXT_LENGTH];
	json_t *v, *t;
	int column;

	while (jsonl_next(&s->in, line)) {
		if ((v = jsonl_parse(line->text, line->len, &column, err,
		    sizeof err)) == NULL) {
			stream_reject_at(s, line, column, "invalid JSON: %s", err);
			continue;
		}
		t = json_object_get(v, "type");
		if (!json_is_object(v))
			stream_reject(s, line, "a record must be a JSON object");
		else if (t != NULL && !json_is_string(t))
			stream_reject(s, line, "\"type\" must be a string");
		else {
			*rec = v;
			*type = t == NULL ? NULL :
			    /* a NUL inside: no type samen knows, as on the
			     * fast path */
			    json_string_length(t) != strlen(json_string_value(t))
			    ? "?" : json_string_value(t);
			count_record(s, *type);
			return 1;
		}
		json_decref(v);
	}
	return 0;
}

/* The decoded "type"; "?" when it is too long or holds a NUL, so that it
 * can equal no type samen knows. */
static const char *
scanned_type(struct stream *s, const struct jsonscan_member *t)
{
	size_t n;

	if (t->valuelen > sizeof s->type)
		return "?";
	n = jsonscan_string(t->value, t->valuelen, s->type);
	if (memchr(s->type, '\0', n) != NULL)
		return "?";
	s->type[n] = '\0';
	return s->type;
}

int
stream_next_scanned(struct stream *s, struct jsonl_line *line,
    struct jsonscan *j, const char **type)
{
	const struct jsonscan_member *t;

	while (jsonl_next(&s->in, line)) {
		if (jsonscan_record(j, line->text, line->len) == -1) {
			char err[JSON_ERROR_TEXT_LENGTH];
			int column = 0;

			/* jansson's own words, as stream_next gives them */
			json_decref(jsonl_parse(line->text, line->len, &column,
			    err, sizeof err));
			stream_reject_at(s, line, column, "invalid JSON: %s",
			    err);
			continue;
		}
		if (!j->is_object) {
			stream_reject(s, line, "a record must be a JSON object");
			continue;
		}
		t = jsonscan_get(j, "type");
		if (t != NULL && *t->value != '"') {
			stream_reject(s, line, "\"type\" must be a string");
			continue;
		}
		*type = t != NULL ? scanned_type(s, t) : NULL;
		count_record(s, *type);
		return 1;
	}
	return 0;
}

int
stream_is(const char *type, const char *want)
{
	return type == NULL || strcmp(type, want) == 0;
}

void
stream_pass(const struct jsonl_line *l)
{
	out_write(l->text, l->len);
	out_write("\n", 1);
}

int
stream_finish(struct stream *s)
{
	jsonl_close(&s->in);
	if (s->rejects != NULL) {
		if (fclose(s->rejects) != 0)
			die_errno("%s: write error", s->rejects_path);
		s->rejects = NULL;
	}
	out_close();
	if (s->main_types != NULL && s->nrecords > 0 && s->nmain == 0)
		warnx_("read %lu record%s, none of type %s (is this the input "
		    "meant for %s?)", s->nrecords,
		    s->nrecords == 1 ? "" : "s", s->main_types, progname);
	if (jsonl_failed(&s->in))
		return EXIT_TROUBLE;
	return s->nrejected > 0 ? EXIT_REJECTED : EXIT_CLEAN;
}
