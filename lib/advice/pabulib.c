#include <stdarg.h>
/*
 * pabulib: .pb files into budget, request and vote records.
 */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#include "core/err.h"
#include "base/money.h"
#include "advice/pabulib.h"
#include "core/utf8.h"

enum section { SEC_NONE, SEC_META, SEC_PROJECTS, SEC_VOTES };

struct pb_reader {
	FILE *fp;
	char *buf;
	size_t cap;
	unsigned long lineno;
	enum section sec;
	int header;		/* the next row is the column names */
	char **cols;
	size_t ncols;
	char **f;		/* the fields of the current row */
	size_t nf, fcap;
	json_t *meta;		/* the budget record being built */
	json_t *projects;	/* id -> true */
	char *raw;		/* the current line as read */
	size_t rawcap, rawlen;
	int failed;		/* a read error was reported */
	char err[256];
};

struct pb_reader *
pabulib_open(FILE *fp)
{
	struct pb_reader *r = xmalloc(sizeof(*r));

	memset(r, 0, sizeof(*r));
	r->fp = fp;
	r->projects = json_object();
	return r;
}

static void
free_cols(struct pb_reader *r)
{
	size_t i;

	for (i = 0; i < r->ncols; i++)
		free(r->cols[i]);
	free(r->cols);
	r->cols = NULL;
	r->ncols = 0;
}

void
pabulib_close(struct pb_reader *r)
{
	if (r == NULL)
		return;
	free_cols(r);
	free(r->buf);
	free(r->raw);
	free(r->f);
	json_decref(r->meta);
	json_decref(r->projects);
	free(r);
}

/* Reads one line without its "\n" or "\r\n"; 0 at the end. */
static int
read_line(struct pb_reader *r)
{
	size_t len = 0;
	int c;

	while ((c = getc(r->fp)) != EOF) {
		if (len + 2 > r->cap) {
			r->cap = r->cap ? 2 * r->cap : 256;
			r->buf = xrealloc(r->buf, r->cap);
		}
		if (c == '\n')
			break;
		r->buf[len++] = (char)c;
	}
	if (c == EOF && len == 0)
		return 0;
	if (len > 0 && r->buf[len - 1] == '\r')
		len--;
	if (r->buf == NULL) {
		r->cap = 256;
		r->buf = xmalloc(r->cap);
	}
	r->buf[len] = '\0';
	if (len + 1 > r->rawcap) {
		r->rawcap = len + 1;
		r->raw = xrealloc(r->raw, r->rawcap);
	}
	memcpy(r->raw, r->buf, len + 1);
	r->rawlen = len;
	r->lineno++;
	return 1;
}

/*
 * Splits the line in place at ';', unquoting "..." fields ("" is a
 * quote).  -1 on a quote left open or text after a closing quote.
 */
static int
split(struct pb_reader *r)
{
	char *s = r->buf, *w;

	r->nf = 0;
	for (;;) {
		if (r->nf == r->fcap) {
			r->fcap = r->fcap ? 2 * r->fcap : 16;
			r->f = xrealloc(r->f, r->fcap * sizeof(char *));
		}
		r->f[r->nf++] = w = s;
		if (*s == '"') {
			for (s++;; s++) {
				if (*s == '\0')
					return -1;
				if (*s == '"') {
					if (s[1] != '"')
						break;
					s++;
				}
				*w++ = *s;
			}
			s++;
			if (*s != ';' && *s != '\0')
				return -1;
		} else {
			while (*s != ';' && *s != '\0')
				*w++ = *s++;
		}
		if (*s == '\0') {
			*w = '\0';
			return 0;
		}
		s++;
		*w = '\0';
	}
}

static int bad(struct pb_reader *r, const char **why, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Puts the reason in the reader's buffer, points *why at it, returns -1. */
static int
bad(struct pb_reader *r, const char **why, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(r->err, sizeof(r->err), fmt, ap);
	va_end(ap);
	*why = r->err;
	return -1;
}

/* "a,b,c" as a JSON array of strings; an empty field is []. */
static json_t *
list(const char *s)
{
	json_t *a = json_array();
	const char *e;

	while (*s != '\0') {
		e = strchr(s, ',');
		if (e == NULL)
			e = s + strlen(s);
		json_array_append_new(a, json_stringn(s, (size_t)(e - s)));
		s = *e == ',' ? e + 1 : e;
	}
	return a;
}

static int
whole(const char *s, json_int_t *v)
{
	char *end;
	long long x;

	if (*s == '\0' || *s == '-' || *s == '+' || *s == ' ')
		return -1;
	x = strtoll(s, &end, 10);
	if (*end != '\0')
		return -1;
	*v = x;
	return 0;
}

static int
col_is(const struct pb_reader *r, size_t i, const char *name)
{
	return i < r->ncols && strcmp(r->cols[i], name) == 0;
}

/* "budget_per_category" with the "categories" list: {category: money}. */
static int
per_list(struct pb_reader *r, const char *names_key, const char *value,
    json_t **out, const char **why)
{
	json_t *names = json_object_get(r->meta, names_key), *amounts, *o;
	size_t i;
	int64_t cents;
	const char *s, *mwhy;

	if (!json_is_array(names))
		return bad(r, why, "%s without its list of names", names_key);
	amounts = list(value);
	if (json_array_size(amounts) != json_array_size(names)) {
		json_decref(amounts);
		return bad(r, why, "%s: not one amount per name", names_key);
	}
	o = json_object();
	for (i = 0; i < json_array_size(amounts); i++) {
		s = json_string_value(json_array_get(amounts, i));
		if (money_parse(s, strlen(s), &cents, &mwhy) == -1) {
			json_decref(amounts);
			json_decref(o);
			return bad(r, why, "amount per name: %s", mwhy);
		}
		json_object_set_new(o, json_string_value(json_array_get(names,
		    i)), money_to_json(cents));
	}
	json_decref(amounts);
	*out = o;
	return 0;
}

static int
meta_row(struct pb_reader *r, const char **why)
{
	const char *k, *v, *mwhy;
	json_int_t n;
	int64_t cents;
	json_t *val;

	if (r->nf != 2)
		return bad(r, why, "META: want key;value%s", "");
	k = r->f[0];
	v = r->f[1];
	if (strcmp(k, "budget") == 0) {
		if (money_parse(v, strlen(v), &cents, &mwhy) == -1)
			return bad(r, why, "budget: %s", mwhy);
		val = money_to_json(cents);
	} else if (strcmp(k, "categories") == 0 ||
	    strcmp(k, "neighborhoods") == 0) {
		val = list(v);
	} else if (strcmp(k, "budget_per_category") == 0) {
		if (per_list(r, "categories", v, &val, why) == -1)
			return -1;
	} else if (strcmp(k, "budget_per_neighborhood") == 0) {
		if (per_list(r, "neighborhoods", v, &val, why) == -1)
			return -1;
		k = "budget_per_neighbourhood";
	} else if ((strncmp(k, "num_", 4) == 0 || strcmp(k, "min_length") ==
	    0 || strcmp(k, "max_length") == 0) && whole(v, &n) == 0) {
		val = json_integer(n);
	} else
		val = json_string(v);
	if (val == NULL)
		return bad(r, why, "META %s: not UTF-8", k);
	json_object_set_new(r->meta, k, val);
	return 0;
}

static int
project_row(struct pb_reader *r, json_t **rec, const char **why)
{
	json_t *o, *extra;
	const char *id = NULL, *mwhy;
	int64_t cents = -1;
	json_int_t n;
	size_t i;

	if (r->nf != r->ncols)
		return bad(r, why, "PROJECTS: %s fields, not one per column",
		    "wrong number of");
	o = json_object();
	json_object_set_new(o, "type", json_string("request"));
	extra = json_object();
	for (i = 0; i < r->nf; i++) {
		const char *c = r->cols[i], *v = r->f[i];

		if (strcmp(c, "project_id") == 0) {
			id = v;
			json_object_set_new(o, "id", json_string(v));
		} else if (strcmp(c, "cost") == 0) {
			if (money_parse(v, strlen(v), &cents, &mwhy) == -1 ||
			    cents <= 0) {
				json_decref(o);
				json_decref(extra);
				return bad(r, why, "cost: %s", cents <= 0 &&
				    cents != -1 ? "not positive" : mwhy);
			}
		} else if (strcmp(c, "name") == 0)
			json_object_set_new(o, "name", json_string(v));
		else if (strcmp(c, "category") == 0 ||
		    strcmp(c, "categories") == 0)
			json_object_set_new(extra, "categories", list(v));
		else if (strcmp(c, "neighborhood") == 0 ||
		    strcmp(c, "neighbourhood") == 0)
			json_object_set_new(extra, "neighbourhood",
			    json_string(v));
		else if ((strcmp(c, "votes") == 0 || strcmp(c, "score") ==
		    0) && whole(v, &n) == 0)
			json_object_set_new(extra, c, json_integer(n));
		else if (strcmp(c, "selected") == 0 && (strcmp(v, "0") == 0 ||
		    strcmp(v, "1") == 0))
			json_object_set_new(extra, "selected",
			    json_boolean(v[0] == '1'));
		else if (*v != '\0')
			json_object_set_new(extra, c, json_string(v));
	}
	if (id == NULL || *id == '\0' || cents == -1) {
		json_decref(o);
		json_decref(extra);
		return bad(r, why, "PROJECTS: a row without %s",
		    id == NULL || *id == '\0' ? "project_id" : "cost");
	}
	if (json_object_get(r->projects, id) != NULL) {
		json_decref(o);
		json_decref(extra);
		return bad(r, why, "project %s listed twice", id);
	}
	json_object_set_new(r->projects, id, json_true());
	/* name before amount, like hand-written requests */
	if (json_object_get(o, "name") != NULL) {
		json_t *name = json_incref(json_object_get(o, "name"));

		json_object_del(o, "name");
		json_object_set_new(o, "name", name);
	}
	json_object_set_new(o, "amount", money_to_json(cents));
	json_object_update(o, extra);
	json_decref(extra);
	*rec = o;
	return 1;
}

static int
vote_row(struct pb_reader *r, json_t **rec, const char **why)
{
	json_t *o, *approved = NULL, *extra, *seen;
	const char *voter = NULL;
	size_t i, j;

	if (r->nf != r->ncols)
		return bad(r, why, "VOTES: %s fields, not one per column",
		    "wrong number of");
	extra = json_object();
	for (i = 0; i < r->nf; i++) {
		const char *c = r->cols[i], *v = r->f[i];

		if (strcmp(c, "voter_id") == 0)
			voter = v;
		else if (strcmp(c, "vote") == 0)
			approved = list(v);
		else if (strcmp(c, "neighborhood") == 0 ||
		    strcmp(c, "neighbourhood") == 0 ||
		    strcmp(c, "district") == 0)
			json_object_set_new(extra, "area", json_string(v));
		else if (*v != '\0')
			json_object_set_new(extra, c, json_string(v));
	}
	if (voter == NULL || *voter == '\0' || approved == NULL) {
		json_decref(approved);
		json_decref(extra);
		return bad(r, why, "VOTES: a row without %s",
		    approved == NULL ? "vote" : "voter_id");
	}
	seen = json_object();
	for (j = 0; j < json_array_size(approved); j++) {
		const char *p = json_string_value(json_array_get(approved, j));

		if (json_object_get(r->projects, p) == NULL ||
		    json_object_get(seen, p) != NULL) {
			bad(r, why, json_object_get(seen, p) != NULL ?
			    "vote for project %s twice" :
			    "vote for unknown project %s", p);
			json_decref(seen);
			json_decref(approved);
			json_decref(extra);
			return -1;
		}
		json_object_set_new(seen, p, json_true());
	}
	json_decref(seen);
	o = json_object();
	json_object_set_new(o, "type", json_string("vote"));
	json_object_set_new(o, "voter", json_string(voter));
	json_object_set_new(o, "approved", approved);
	json_object_update(o, extra);
	json_decref(extra);
	*rec = o;
	return 1;
}

static int
section_of(const char *s, enum section *sec)
{
	if (strcmp(s, "META") == 0)
		*sec = SEC_META;
	else if (strcmp(s, "PROJECTS") == 0)
		*sec = SEC_PROJECTS;
	else if (strcmp(s, "VOTES") == 0)
		*sec = SEC_VOTES;
	else
		return -1;
	return 0;
}

int
pabulib_next(struct pb_reader *r, json_t **rec, unsigned long *line,
    const char **why)
{
	enum section sec;
	size_t i;

	*rec = NULL;
	while (read_line(r)) {
		*line = r->lineno;
		if (r->buf[0] == '\0')
			continue;
		if (section_of(r->buf, &sec) == 0) {
			r->sec = sec;
			r->header = 1;
			if (sec == SEC_META) {
				json_decref(r->meta);
				r->meta = json_object();
				json_object_set_new(r->meta, "type",
				    json_string("budget"));
			} else if (r->meta != NULL) {
				*rec = r->meta;
				r->meta = NULL;
				return 1;
			}
			continue;
		}
		if (!utf8_valid(r->buf, strlen(r->buf)) ||
		    strlen(r->buf) != r->rawlen)
			return bad(r, why, "not UTF-8 text%s", "");
		if (split(r) == -1)
			return bad(r, why, "a quote left open%s", "");
		if (r->sec == SEC_NONE)
			return bad(r, why, "a row before any section%s", "");
		if (r->header) {
			free_cols(r);
			r->cols = xmalloc(r->nf * sizeof(char *));
			for (i = 0; i < r->nf; i++)
				r->cols[i] = xstrdup(r->f[i]);
			r->ncols = r->nf;
			r->header = 0;
			if (r->sec == SEC_PROJECTS && (!col_is(r, 0,
			    "project_id")))
				return bad(r, why, "PROJECTS: the first "
				    "column is not %s", "project_id");
			continue;
		}
		if (r->sec == SEC_META) {
			if (meta_row(r, why) == -1)
				return -1;
			continue;
		}
		return r->sec == SEC_PROJECTS ? project_row(r, rec, why) :
		    vote_row(r, rec, why);
	}
	*line = r->lineno;
	if (r->meta != NULL) {
		*rec = r->meta;
		r->meta = NULL;
		return 1;
	}
	if (ferror(r->fp) && !r->failed) {
		r->failed = 1;
		return bad(r, why, "read error%s", "");
	}
	return 0;
}

const char *
pabulib_raw(const struct pb_reader *r, size_t *len)
{
	*len = r->rawlen;
	return r->raw != NULL ? r->raw : "";
}
