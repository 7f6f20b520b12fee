#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "core/err.h"
#include "core/yamlload.h"

#define MAX_DEPTH 512
#define MAX_NODES 1000000	/* aliases may not expand past this */

struct anchor {
	char *name;
	json_t *value;
	size_t nodes;
};

struct loader {
	yaml_parser_t parser;
	const char *name;
	char *err;
	size_t errsize;
	struct anchor *anchors;
	size_t nanchors, cap;
	size_t nodes;
};

static json_t *node(struct loader *, yaml_event_t *, int depth, size_t *size);

static json_t *
fail(struct loader *l, yaml_mark_t m, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	snprintf(l->err, l->errsize, "%s:%zu:%zu: %s", l->name, m.line + 1,
	    m.column + 1, msg);
	return NULL;
}

static int
next(struct loader *l, yaml_event_t *ev)
{
	yaml_parser_t *p = &l->parser;

	if (yaml_parser_parse(p, ev))
		return 0;
	if (p->context != NULL)
		fail(l, p->problem_mark, "%s %s", p->problem, p->context);
	else
		fail(l, p->problem_mark, "%s", p->problem != NULL ? p->problem :
		    "cannot read YAML");
	return -1;
}

static int
one_of(const char *s, const char *const *words)
{
	for (; *words != NULL; words++)
		if (strcmp(s, *words) == 0)
			return 1;
	return 0;
}

static const char *const nulls[] = { "", "~", "null", "Null", "NULL", NULL };
static const char *const trues[] = {
	"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", NULL
};
static const char *const falses[] = {
	"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", NULL
};
static const char *const specials[] = {
	".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf",
	"-.INF", ".nan", ".NaN", ".NAN", NULL
};

/* Digits of base, underscores allowed between them, copied into out. */
static int
digits(const char *s, int base, char *out, size_t size)
{
	size_t n = 0;

	if (*s == '\0' || *s == '_')
		return 0;
	for (; *s != '\0'; s++) {
		int ok = base == 16 ? strchr("0123456789abcdefABCDEF", *s) != NULL :
		    base == 8 ? (*s >= '0' && *s <= '7') : (*s >= '0' && *s <= '9');

		if (*s == '_')
			continue;
		if (!ok || n + 1 >= size)
			return 0;
		out[n++] = *s;
	}
	out[n] = '\0';
	return n > 0;
}

/* 1: an integer in *v; 0: not one; -1: one that does not fit. */
static int
integer(const char *s, json_int_t *v)
{
	char buf[96], *end;
	const char *body = s;
	int base = 10, neg = 0;
	unsigned long long u;

	if (*body == '-' || *body == '+')
		neg = *body++ == '-';
	if (strncmp(body, "0x", 2) == 0)
		base = 16, body += 2;
	else if (strncmp(body, "0o", 2) == 0)
		base = 8, body += 2;
	if (!digits(body, base, buf, sizeof buf))
		return 0;
	errno = 0;
	u = strtoull(buf, &end, base);
	if (errno == ERANGE || u > (unsigned long long)LLONG_MAX + (unsigned)neg)
		return -1;
	*v = neg ? (json_int_t)(0 - u) : (json_int_t)u;
	return 1;
}

/* 1: a float in *v; 0: not one; -1: infinite or not a number. */
static int
real(const char *s, double *v)
{
	const char *p = s;
	char *end;
	int ndigits = 0;

	if (one_of(s, specials))
		return -1;
	if (*p == '-' || *p == '+')
		p++;
	while (*p >= '0' && *p <= '9')
		p++, ndigits++;
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++)
			ndigits++;
	if (ndigits == 0)
		return 0;
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '-' || *p == '+')
			p++;
		if (!(*p >= '0' && *p <= '9'))
			return 0;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	if (*p != '\0')
		return 0;
	errno = 0;
	*v = strtod(s, &end);
	return isfinite(*v) ? 1 : -1;
}

static json_t *
typed(struct loader *l, const yaml_event_t *ev, const char *s, size_t len,
    const char *tag)
{
	yaml_mark_t m = ev->start_mark;
	json_int_t i;
	double d;

	if (strcmp(tag, YAML_STR_TAG) == 0 || strcmp(tag, "!") == 0)
		return json_stringn(s, len);
	if (strcmp(tag, YAML_NULL_TAG) == 0 && one_of(s, nulls))
		return json_null();
	if (strcmp(tag, YAML_BOOL_TAG) == 0 && (one_of(s, trues) ||
	    one_of(s, falses)))
		return json_boolean(one_of(s, trues));
	if (strcmp(tag, YAML_INT_TAG) == 0 && integer(s, &i) == 1)
		return json_integer(i);
	if (strcmp(tag, YAML_FLOAT_TAG) == 0 && real(s, &d) == 1)
		return json_real(d);
	if (strncmp(tag, "tag:yaml.org,2002:", 18) != 0)
		return fail(l, m, "tag %s is not supported", tag);
	return fail(l, m, "'%s' is not a valid %s", s, tag + 18);
}

static json_t *
scalar(struct loader *l, const yaml_event_t *ev)
{
	const char *s = (const char *)ev->data.scalar.value;
	size_t len = ev->data.scalar.length;
	const char *tag = (const char *)ev->data.scalar.tag;
	json_int_t i;
	double d;
	int r;

	if (tag != NULL)
		return typed(l, ev, s, len, tag);
	if (ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return json_stringn(s, len);
	if (one_of(s, nulls))
		return json_null();
	if (one_of(s, trues) || one_of(s, falses))
		return json_boolean(one_of(s, trues));
	if ((r = integer(s, &i)) == 1)
		return json_integer(i);
	if (r < 0)
		return fail(l, ev->start_mark, "integer '%s' is too large", s);
	if ((r = real(s, &d)) == 1)
		return json_real(d);
	if (r < 0)
		return fail(l, ev->start_mark, "'%s': JSON has no infinity or "
		    "NaN", s);
	return json_stringn(s, len);
}

static void
remember(struct loader *l, const yaml_char_t *name, json_t *v, size_t nodes)
{
	struct anchor *a;
	size_t i;

	if (name == NULL)
		return;
	for (i = 0; i < l->nanchors; i++)
		if (strcmp(l->anchors[i].name, (const char *)name) == 0) {
			json_decref(l->anchors[i].value);
			l->anchors[i].value = json_incref(v);
			l->anchors[i].nodes = nodes;
			return;
		}
	a = XPUSH(l->anchors, l->nanchors, l->cap);
	a->name = xstrdup((const char *)name);
	a->value = json_incref(v);
	a->nodes = nodes;
}

static json_t *
alias(struct loader *l, const yaml_event_t *ev, size_t *size)
{
	const char *name = (const char *)ev->data.alias.anchor;
	size_t i;

	for (i = 0; i < l->nanchors; i++)
		if (strcmp(l->anchors[i].name, name) == 0) {
			*size = l->anchors[i].nodes;
			l->nodes += *size;
			if (l->nodes > MAX_NODES)
				return fail(l, ev->start_mark, "aliases expand "
				    "to more than %d nodes", MAX_NODES);
			return json_incref(l->anchors[i].value);
		}
	return fail(l, ev->start_mark, "unknown alias '*%s'", name);
}

/*
 * The next event inside a sequence or a mapping, into ev: 1, the caller
 * to delete ev; 0 at the event end, which closes it; -1 when the YAML is
 * broken (the loader has said why).
 */
static int
next_in(struct loader *l, yaml_event_type_t end, yaml_event_t *ev)
{
	if (next(l, ev) != 0)
		return -1;
	if (ev->type != end)
		return 1;
	yaml_event_delete(ev);
	return 0;
}

static json_t *
sequence(struct loader *l, int depth, size_t *size)
{
	json_t *list = json_array(), *item;
	yaml_event_t ev;
	size_t n;
	int more;

	while ((more = next_in(l, YAML_SEQUENCE_END_EVENT, &ev)) == 1) {
		item = node(l, &ev, depth + 1, &n);
		yaml_event_delete(&ev);
		if (item == NULL)
			break;
		*size += n;
		json_array_append_new(list, item);
	}
	if (more == 0)
		return list;
	json_decref(list);
	return NULL;
}

/* "<<: *base" (or a list of them) adds the keys the mapping lacks; merged
 * keys are noted in merged, for keys written out to override. */
static int
merge(struct loader *l, json_t *map, json_t *merged, json_t *from,
    yaml_mark_t m)
{
	const char *key;
	json_t *v, *item;
	size_t i;

	if (json_is_array(from)) {
		json_array_foreach(from, i, item)
			if (merge(l, map, merged, item, m) != 0)
				return -1;
		return 0;
	}
	if (!json_is_object(from)) {
		fail(l, m, "'<<' merges only mappings");
		return -1;
	}
	json_object_foreach(from, key, v)
		if (json_object_get(map, key) == NULL) {
			json_object_set(map, key, v);
			json_object_set_new(merged, key, json_true());
		}
	return 0;
}

static int
pair(struct loader *l, json_t *map, json_t *merged, yaml_event_t *key,
    int depth, size_t *size)
{
	const char *k = (const char *)key->data.scalar.value;
	int is_merge = key->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
	    strcmp(k, "<<") == 0;
	yaml_event_t ev;
	json_t *v;
	size_t n;

	if (!is_merge && json_object_get(map, k) != NULL &&
	    json_object_del(merged, k) != 0) {
		fail(l, key->start_mark, "duplicate key '%s'", k);
		return -1;
	}
	if (strlen(k) != key->data.scalar.length) {
		fail(l, key->start_mark, "a key may not hold a NUL character");
		return -1;
	}
	if (next(l, &ev) != 0)
		return -1;
	v = node(l, &ev, depth + 1, &n);
	yaml_event_delete(&ev);
	if (v == NULL)
		return -1;
	*size += n;
	if (is_merge) {
		int r = merge(l, map, merged, v, key->start_mark);

		json_decref(v);
		return r;
	}
	json_object_set_new(map, k, v);
	return 0;
}

static json_t *
mapping(struct loader *l, int depth, size_t *size)
{
	json_t *map = json_object(), *merged = json_object();
	yaml_event_t ev;
	int more, r;

	while ((more = next_in(l, YAML_MAPPING_END_EVENT, &ev)) == 1) {
		if (ev.type != YAML_SCALAR_EVENT) {
			fail(l, ev.start_mark, "a key must be a plain value, "
			    "not a list or a mapping");
			yaml_event_delete(&ev);
			break;
		}
		r = pair(l, map, merged, &ev, depth, size);
		yaml_event_delete(&ev);
		if (r != 0)
			break;
	}
	json_decref(merged);
	if (more == 0)
		return map;
	json_decref(map);
	return NULL;
}

static json_t *
node(struct loader *l, yaml_event_t *ev, int depth, size_t *size)
{
	json_t *v = NULL;

	*size = 1;
	if (depth > MAX_DEPTH)
		return fail(l, ev->start_mark, "nested more than %d deep",
		    MAX_DEPTH);
	if (++l->nodes > MAX_NODES)
		return fail(l, ev->start_mark, "more than %d nodes", MAX_NODES);
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		v = scalar(l, ev);
		remember(l, ev->data.scalar.anchor, v, 1);
		return v;
	case YAML_ALIAS_EVENT:
		return alias(l, ev, size);
	case YAML_SEQUENCE_START_EVENT:
		v = sequence(l, depth, size);
		if (v != NULL)
			remember(l, ev->data.sequence_start.anchor, v, *size);
		return v;
	case YAML_MAPPING_START_EVENT:
		v = mapping(l, depth, size);
		if (v != NULL)
			remember(l, ev->data.mapping_start.anchor, v, *size);
		return v;
	default:
		return fail(l, ev->start_mark, "unexpected YAML event");
	}
}

/* The stream's first document; JSON null when it has none. */
static json_t *
document(struct loader *l)
{
	yaml_event_t ev;
	yaml_event_type_t type;
	json_t *v;
	size_t size;

	do {
		if (next(l, &ev) != 0)
			return NULL;
		type = ev.type;
		yaml_event_delete(&ev);
		if (type == YAML_STREAM_END_EVENT)
			return json_null();
	} while (type != YAML_DOCUMENT_START_EVENT);
	if (next(l, &ev) != 0)
		return NULL;
	v = node(l, &ev, 0, &size);
	yaml_event_delete(&ev);
	return v;
}

static json_t *
load(struct loader *l)
{
	json_t *v = document(l);

	FREE_ARRAY(struct anchor, l->anchors, l->nanchors, a,
	    (free(a->name), json_decref(a->value)));
	yaml_parser_delete(&l->parser);
	return v;
}

static void
start(struct loader *l, const char *name, char *err, size_t errsize)
{
	memset(l, 0, sizeof *l);
	l->name = name;
	l->err = err;
	l->errsize = errsize;
	if (!yaml_parser_initialize(&l->parser))
		die("out of memory");
}

json_t *
yaml_load_string(const char *text, size_t len, const char *name, char *err,
    size_t errsize)
{
	struct loader l;

	start(&l, name, err, errsize);
	yaml_parser_set_input_string(&l.parser, (const unsigned char *)text, len);
	return load(&l);
}

json_t *
yaml_load_file(const char *path, char *err, size_t errsize)
{
	struct loader l;
	FILE *fp = fopen(path, "rb");
	json_t *v;

	if (fp == NULL) {
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		return NULL;
	}
	start(&l, path, err, errsize);
	yaml_parser_set_input_file(&l.parser, fp);
	v = load(&l);
	if (v != NULL && ferror(fp)) {
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		json_decref(v);
		v = NULL;
	}
	fclose(fp);
	return v;
}

void
yaml_load_config(const char *path, yaml_apply_fn *apply, void *ctx)
{
	char err[1024];
	json_t *doc;

	if ((doc = yaml_load_file(path, err, sizeof err)) == NULL)
		die("%s", err);
	if (apply(ctx, doc, err, sizeof err) != 0) {
		json_decref(doc);
		die("%s: %s", path, err);
	}
	json_decref(doc);
}
