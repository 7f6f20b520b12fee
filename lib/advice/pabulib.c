/*
 * pabulib: .pb files into budget, request and vote records (see
 * pabulib.h).
 */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#include "advice/pabulib.h"
#include "base/money.h"
#include "core/err.h"
#include "core/strmap.h"
#include "core/utf8.h"

enum section { SEC_NONE, SEC_META, SEC_PROJECTS, SEC_VOTES };
static const char *const section_names[] = { "", "META", "PROJECTS",
	"VOTES" };

struct pb_reader {
	char *buf;		/* the current line, split in place */
	size_t cap;
	enum section sec;
	int header;		/* the next row is the column names */
	int bad_header;		/* it was rejected: so is every row under it */
	char **cols;
	size_t ncols;
	char **f;		/* the fields of the current row */
	size_t nf, fcap;
	json_t *meta;		/* the budget record being built */
	struct strmap projects;	/* the file's project ids */
};

struct pb_reader *
pabulib_open(void)
{
	struct pb_reader *r = xmalloc(sizeof(*r));

	memset(r, 0, sizeof(*r));
	return r;
}

static void
free_cols(struct pb_reader *r)
{
	free_each(r->cols, r->ncols);
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
	free(r->f);
	json_decref(r->meta);
	strmap_free(&r->projects);
	free(r);
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
		XGROW(r->f, r->nf, r->fcap);
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

/* "budget_per_category" with the "categories" list: {category: money}. */
static int
per_list(struct pb_reader *r, const char *names_key, const char *value,
    json_t **out, char *err, size_t size)
{
	json_t *names = json_object_get(r->meta, names_key), *amounts, *o;
	size_t i;
	int64_t cents;
	const char *s, *mwhy;

	if (!json_is_array(names))
		return errorf(err, size, "%s without its list of names",
		    names_key);
	amounts = list(value);
	if (json_array_size(amounts) != json_array_size(names)) {
		json_decref(amounts);
		return errorf(err, size, "%s: not one amount per name",
		    names_key);
	}
	o = json_object();
	for (i = 0; i < json_array_size(amounts); i++) {
		s = json_string_value(json_array_get(amounts, i));
		if (money_parse(s, strlen(s), &cents, &mwhy) == -1) {
			json_decref(amounts);
			json_decref(o);
			return errorf(err, size, "amount per name: %s", mwhy);
		}
		json_object_set_new(o, json_string_value(json_array_get(names,
		    i)), money_to_json(cents));
	}
	json_decref(amounts);
	*out = o;
	return 0;
}

static int
meta_row(struct pb_reader *r, char *err, size_t size)
{
	const char *k, *v, *mwhy;
	json_int_t n;
	int64_t cents;
	json_t *val;

	if (r->nf != 2)
		return errorf(err, size, "META: want key;value");
	k = r->f[0];
	v = r->f[1];
	if (strcmp(k, "budget") == 0) {
		if (money_parse(v, strlen(v), &cents, &mwhy) == -1)
			return errorf(err, size, "budget: %s", mwhy);
		val = money_to_json(cents);
	} else if (strcmp(k, "categories") == 0 ||
	    strcmp(k, "neighborhoods") == 0) {
		val = list(v);
	} else if (strcmp(k, "budget_per_category") == 0) {
		if (per_list(r, "categories", v, &val, err, size) == -1)
			return -1;
	} else if (strcmp(k, "budget_per_neighborhood") == 0) {
		if (per_list(r, "neighborhoods", v, &val, err, size) == -1)
			return -1;
		k = "budget_per_neighbourhood";
	} else if ((strncmp(k, "num_", 4) == 0 || strcmp(k, "min_length") ==
	    0 || strcmp(k, "max_length") == 0) && whole(v, &n) == 0) {
		val = json_integer(n);
	} else
		val = json_string(v);
	if (val == NULL)
		return errorf(err, size, "META %s: not UTF-8", k);
	if (json_object_get(r->meta, k) != NULL) {
		json_decref(val);
		return errorf(err, size, "META: %s given twice: keep one "
		    "line for it", r->f[0]);
	}
	json_object_set_new(r->meta, k, val);
	return 0;
}

/* One field of a PROJECTS row: the id and name into o, the cost into
 * *cents, the rest into extra. */
static int
project_field(json_t *o, json_t *extra, const char *c, const char *v,
    int64_t *cents, char *err, size_t size)
{
	const char *why;
	json_int_t n;

	if (strcmp(c, "project_id") == 0)
		json_object_set_new(o, "id", json_string(v));
	else if (strcmp(c, "cost") == 0) {
		if (money_parse(v, strlen(v), cents, &why) == -1)
			return errorf(err, size, "cost: %s", why);
		if (*cents <= 0)
			return errorf(err, size, "cost: not positive");
	} else if (strcmp(c, "name") == 0)
		json_object_set_new(o, "name", json_string(v));
	else if (strcmp(c, "category") == 0 || strcmp(c, "categories") == 0)
		json_object_set_new(extra, "categories", list(v));
	else if (strcmp(c, "neighborhood") == 0 ||
	    strcmp(c, "neighbourhood") == 0)
		json_object_set_new(extra, "neighbourhood", json_string(v));
	else if ((strcmp(c, "votes") == 0 || strcmp(c, "score") == 0) &&
	    whole(v, &n) == 0)
		json_object_set_new(extra, c, json_integer(n));
	else if (strcmp(c, "selected") == 0 && (strcmp(v, "0") == 0 ||
	    strcmp(v, "1") == 0))
		json_object_set_new(extra, "selected",
		    json_boolean(v[0] == '1'));
	else if (*v != '\0')
		json_object_set_new(extra, c, json_string(v));
	return 0;
}

/* A PROJECTS row as a request record: id, name, amount, then the rest. */
static int
project_row(struct pb_reader *r, json_t **rec, char *err, size_t size)
{
	json_t *o, *extra, *id;
	int64_t cents = -1;
	size_t i;
	int rc = 0;

	if (r->nf != r->ncols)
		return errorf(err, size, "PROJECTS: wrong number of fields, "
		    "not one per column");
	o = json_object();
	json_object_set_new(o, "type", json_string("request"));
	extra = json_object();
	for (i = 0; i < r->nf && rc == 0; i++)
		rc = project_field(o, extra, r->cols[i], r->f[i], &cents, err,
		    size);
	id = json_object_get(o, "id");
	if (rc == 0 && (json_string_length(id) == 0 || cents == -1))
		rc = errorf(err, size, "PROJECTS: a row without %s",
		    json_string_length(id) == 0 ? "project_id" : "cost");
	if (rc == 0 && strmap_add(&r->projects, json_string_value(id), 0,
	    NULL) == 0)
		rc = errorf(err, size, "project %s listed twice",
		    json_string_value(id));
	if (rc != 0) {
		json_decref(o);
		json_decref(extra);
		return -1;
	}
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

/*
 * Every project of a ballot is one of the file's; a project named again is
 * dropped from *approved (each counts once, as a ballot approves a project
 * or not) with a warning in err.  0, or -1 for an unknown project.
 */
static int
check_ballot(const struct pb_reader *r, json_t **approved, char *err,
    size_t size)
{
	struct strmap seen = { 0 };
	json_t *once = json_array(), *v;
	const char *first = NULL;
	size_t j, again = 0;
	int rc = 0;

	json_array_foreach(*approved, j, v) {
		const char *p = json_string_value(v);

		if (!strmap_get(&r->projects, p, NULL)) {
			rc = errorf(err, size, "vote for unknown project %s", p);
			break;
		}
		if (strmap_add(&seen, p, j, NULL) == 0) {
			if (again++ == 0)
				first = p;
		} else
			json_array_append(once, v);
	}
	if (rc == 0 && again > 0)
		errorf(err, size, "vote names project %s%s more than once: "
		    "each counted once", first, again > 1 ? " and others" : "");
	strmap_free(&seen);
	json_decref(*approved);
	*approved = once;
	return rc;
}

/* A VOTES row as a vote record. */
static int
vote_row(struct pb_reader *r, json_t **rec, char *err, size_t size)
{
	json_t *o, *approved = NULL, *extra;
	const char *voter = NULL;
	size_t i;
	int rc;

	if (r->nf != r->ncols)
		return errorf(err, size, "VOTES: wrong number of fields, not "
		    "one per column");
	extra = json_object();
	for (i = 0; i < r->nf; i++) {
		const char *c = r->cols[i], *v = r->f[i];

		if (strcmp(c, "voter_id") == 0)
			voter = v;
		else if (strcmp(c, "vote") == 0) {
			json_decref(approved);
			approved = list(v);
		} else if (strcmp(c, "neighborhood") == 0 ||
		    strcmp(c, "neighbourhood") == 0 ||
		    strcmp(c, "district") == 0)
			json_object_set_new(extra, "area", json_string(v));
		else if (*v != '\0')
			json_object_set_new(extra, c, json_string(v));
	}
	if (voter == NULL || *voter == '\0' || approved == NULL)
		rc = errorf(err, size, "VOTES: a row without %s",
		    approved == NULL ? "vote" : "voter_id");
	else
		rc = check_ballot(r, &approved, err, size);
	if (rc != 0) {
		json_decref(approved);
		json_decref(extra);
		return -1;
	}
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

/* The META's budget record, when it is still to be written. */
static int
meta_done(struct pb_reader *r, json_t **rec)
{
	if (r->meta == NULL)
		return 0;
	*rec = r->meta;
	r->meta = NULL;
	return 1;
}

/* A section's first line; 1 with the META's budget record when the
 * section ends it. */
static int
section_start(struct pb_reader *r, enum section sec, json_t **rec)
{
	r->sec = sec;
	r->header = 1;
	r->bad_header = 0;
	if (sec == SEC_META) {
		json_decref(r->meta);
		r->meta = json_object();
		json_object_set_new(r->meta, "type", json_string("budget"));
		return 0;
	}
	return meta_done(r, rec);
}

/* The column names of the section. */
static int
header_row(struct pb_reader *r, char *err, size_t size)
{
	struct strmap seen = { 0 };
	size_t i;
	int rc = 0;

	free_cols(r);
	r->cols = xreallocarray(NULL, r->nf, sizeof(char *));
	for (i = 0; i < r->nf; i++)
		r->cols[i] = xstrdup(r->f[i]);
	r->ncols = r->nf;
	r->header = 0;
	for (i = 0; i < r->nf && rc == 0; i++)
		if (strmap_add(&seen, r->cols[i], i, NULL) == 0)
			rc = errorf(err, size, "%s: column %s given twice: "
			    "name each column once", section_names[r->sec],
			    r->cols[i]);
	strmap_free(&seen);
	if (rc == 0 && r->sec == SEC_PROJECTS &&
	    strcmp(r->cols[0], "project_id") != 0)
		rc = errorf(err, size, "PROJECTS: the first column is not "
		    "project_id");
	r->bad_header = rc != 0;
	return rc;
}

int
pabulib_line(struct pb_reader *r, const char *text, size_t len,
    json_t **rec, char *err, size_t size)
{
	enum section sec;

	*rec = NULL;
	*err = '\0';
	if (len + 1 > r->cap) {
		r->cap = len + 1;
		r->buf = xrealloc(r->buf, r->cap);
	}
	memcpy(r->buf, text, len);
	r->buf[len] = '\0';
	if (len == 0)
		return 0;
	if (section_of(r->buf, &sec) == 0)
		return section_start(r, sec, rec);
	if (memchr(text, '\0', len) != NULL)
		return errorf(err, size, "NUL byte in input");
	if (!utf8_valid(text, len))
		return errorf(err, size, "invalid UTF-8");
	if (split(r) == -1)
		return errorf(err, size, "a quote left open");
	if (r->sec == SEC_NONE)
		return errorf(err, size, "a row before any section");
	if (r->header)
		return header_row(r, err, size);
	if (r->bad_header)
		return errorf(err, size, "%s: under a rejected header",
		    section_names[r->sec]);
	if (r->sec == SEC_META)
		return meta_row(r, err, size);
	return r->sec == SEC_PROJECTS ? project_row(r, rec, err, size) :
	    vote_row(r, rec, err, size);
}

int
pabulib_end(struct pb_reader *r, json_t **rec)
{
	int rc = meta_done(r, rec);

	r->sec = SEC_NONE;
	r->header = 0;
	free_cols(r);
	strmap_free(&r->projects);
	return rc;
}
