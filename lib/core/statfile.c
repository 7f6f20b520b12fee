#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <readstat.h>

#include "core/err.h"
#include "core/jsonout.h"
#include "core/statfile.h"
#include "core/strmap.h"

struct labelset {
	char *name;
	struct tablabel *label;
	size_t n, cap;
};

struct statfile {
	struct tabvar *var;
	size_t nvar, varcap;
	char **setname;			/* each variable's label set, or NULL */
	struct labelset *set;
	size_t nset, setcap;
	struct strmap sets;		/* name -> index into set */
	struct tabcell *cell;
	char **text;			/* each cell's text, grown as needed */
	size_t *textcap;
	const struct tab_sink *sink;
	void *ctx;
	int stopped;
	char why[256];			/* ReadStat's own message */
};

static char *
number_text(double d)
{
	char buf[JSONOUT_REAL_MAX];

	return xstrdup(jsonout_number(d, buf));
}

/* The text of a value for labels and messages: "9", "97", "ja". */
static char *
value_text(readstat_value_t v)
{
	if (readstat_value_type_class(v) == READSTAT_TYPE_CLASS_STRING)
		return xstrdup(readstat_string_value(v) ?
		    readstat_string_value(v) : "");
	return number_text(readstat_double_value(v));
}

/* "9" or "97 to 99; 9" for the user-missing values of a variable. */
static char *
missing_text(const readstat_variable_t *v)
{
	int i, n = readstat_variable_get_missing_ranges_count(v);
	char buf[512] = "";
	size_t len = 0;

	for (i = 0; i < n && len < sizeof buf - 1; i++) {
		char *lo = value_text(readstat_variable_get_missing_range_lo(v, i));
		char *hi = value_text(readstat_variable_get_missing_range_hi(v, i));

		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s%s%s",
		    i ? "; " : "", lo, strcmp(lo, hi) ? " to " : "",
		    strcmp(lo, hi) ? hi : "");
		free(lo);
		free(hi);
	}
	return xstrdup(buf);
}

/* Pass 1: a variable, with the name of its label set. */
static int
on_variable(int index, readstat_variable_t *v, const char *labels, void *ctx)
{
	struct statfile *f = ctx;
	struct tabvar *t;
	const char *label = readstat_variable_get_label(v);

	(void)index;
	XGROW(f->var, f->nvar, f->varcap);
	f->setname = xreallocarray(f->setname, f->varcap, sizeof *f->setname);
	t = &f->var[f->nvar];
	memset(t, 0, sizeof *t);
	t->name = xstrdup(readstat_variable_get_name(v));
	t->label = xstrdup(label != NULL ? label : "");
	t->is_string = readstat_variable_get_type_class(v) ==
	    READSTAT_TYPE_CLASS_STRING;
	t->missing = missing_text(v);
	f->setname[f->nvar++] = labels != NULL && *labels != '\0' ?
	    xstrdup(labels) : NULL;
	return READSTAT_HANDLER_OK;
}

static int
on_variable_again(int index, readstat_variable_t *v, const char *labels,
    void *ctx)
{
	(void)index, (void)v, (void)labels, (void)ctx;
	return READSTAT_HANDLER_OK;
}

/* Pass 1: one value label of a set. */
static int
on_value_label(const char *name, readstat_value_t v, const char *label,
    void *ctx)
{
	struct statfile *f = ctx;
	struct labelset *s;
	struct tablabel *l;
	unsigned long i;

	if (!strmap_get(&f->sets, name, &i)) {
		XGROW(f->set, f->nset, f->setcap);
		i = f->nset++;
		memset(&f->set[i], 0, sizeof f->set[i]);
		f->set[i].name = xstrdup(name);
		strmap_add(&f->sets, name, i, NULL);
	}
	s = &f->set[i];
	if (readstat_value_is_tagged_missing(v))
		return READSTAT_HANDLER_OK;	/* Stata's .a: no value */
	XGROW(s->label, s->n, s->cap);
	l = &s->label[s->n++];
	l->is_string = readstat_value_type_class(v) == READSTAT_TYPE_CLASS_STRING;
	l->number = l->is_string ? 0 : readstat_double_value(v);
	l->text = value_text(v);
	l->label = xstrdup(label != NULL ? label : "");
	return READSTAT_HANDLER_OK;
}

/* After the first pass: each variable's labels, and room for a case. */
static void
link_labels(struct statfile *f)
{
	unsigned long k;
	size_t i;

	for (i = 0; i < f->nvar; i++)
		if (f->setname[i] != NULL && strmap_get(&f->sets, f->setname[i],
		    &k)) {
			f->var[i].labels = f->set[k].label;
			f->var[i].nlabels = f->set[k].n;
		}
	f->cell = xreallocarray(NULL, f->nvar + 1, sizeof *f->cell);
	f->text = xreallocarray(NULL, f->nvar + 1, sizeof *f->text);
	f->textcap = xreallocarray(NULL, f->nvar + 1, sizeof *f->textcap);
	memset(f->text, 0, (f->nvar + 1) * sizeof *f->text);
	memset(f->textcap, 0, (f->nvar + 1) * sizeof *f->textcap);
}

/* The case as a JSON object of its values, for --rejects. */
static char *
case_json(const struct statfile *f)
{
	json_t *o = json_object();
	char *s;
	size_t i;

	for (i = 0; i < f->nvar; i++) {
		const struct tabcell *c = &f->cell[i];

		json_object_set_new(o, f->var[i].name,
		    c->missing == TAB_SYSMIS ? json_null() :
		    c->is_number ? json_real(c->number) : json_string(c->text));
	}
	s = jsonout_string(o);
	json_decref(o);
	return s;
}

/* The cell's text, in a buffer of its own that grows as needed. */
static void
set_text(struct statfile *f, int i, const char *s)
{
	size_t n = strlen(s) + 1;

	if (n > f->textcap[i]) {
		f->text[i] = xrealloc(f->text[i], n);
		f->textcap[i] = n;
	}
	memcpy(f->text[i], s, n);
	f->cell[i].text = f->text[i];
}

/* Pass 2: one cell; the last of a case hands the case to the sink. */
static int
on_value(int obs, readstat_variable_t *v, readstat_value_t value, void *ctx)
{
	struct statfile *f = ctx;
	int i = readstat_variable_get_index(v);
	struct tabcell *c;
	struct tab_row row;
	char buf[JSONOUT_REAL_MAX];
	int rc;

	if (i < 0 || (size_t)i >= f->nvar)
		return READSTAT_HANDLER_OK;
	c = &f->cell[i];
	c->is_number = !f->var[i].is_string;
	c->number = c->is_number ? readstat_double_value(value) : 0;
	c->missing = readstat_value_is_system_missing(value) ||
	    readstat_value_is_tagged_missing(value) ? TAB_SYSMIS :
	    readstat_value_is_defined_missing(value, v) ? TAB_USERMIS :
	    TAB_PRESENT;
	if (c->is_number && isnan(c->number))
		c->missing = TAB_SYSMIS;
	set_text(f, i, c->missing == TAB_SYSMIS ? "" : c->is_number ?
	    jsonout_number(c->number, buf) : readstat_string_value(value) ?
	    readstat_string_value(value) : "");
	if (!c->is_number && c->missing == TAB_PRESENT && *c->text == '\0')
		c->missing = TAB_SYSMIS;	/* a blank string */
	c->label = c->missing == TAB_SYSMIS ? NULL : tabvar_label(&f->var[i],
	    !c->is_number, c->number, c->text);
	if ((size_t)i != f->nvar - 1)
		return READSTAT_HANDLER_OK;
	row.number = (unsigned long)obs + 1;
	row.cell = f->cell;
	row.n = f->nvar;
	row.raw = case_json(f);
	row.rawlen = strlen(row.raw);
	rc = f->sink->row(f->ctx, &row);
	free((char *)row.raw);
	if (rc == -1) {
		f->stopped = 1;
		return READSTAT_HANDLER_ABORT;
	}
	return READSTAT_HANDLER_OK;
}

static void
on_error(const char *msg, void *ctx)
{
	struct statfile *f = ctx;
	size_t n;

	snprintf(f->why, sizeof f->why, "%s", msg);
	n = strlen(f->why);
	while (n > 0 && (f->why[n - 1] == '\n' || f->why[n - 1] == '.'))
		f->why[--n] = '\0';
}

static readstat_error_t
parse(readstat_parser_t *p, const char *path, const char *format,
    struct statfile *f)
{
	if (strcmp(format, "sav") == 0)
		return readstat_parse_sav(p, path, f);
	if (strcmp(format, "por") == 0)
		return readstat_parse_por(p, path, f);
	if (strcmp(format, "dta") == 0)
		return readstat_parse_dta(p, path, f);
	if (strcmp(format, "sas7bdat") == 0)
		return readstat_parse_sas7bdat(p, path, f);
	if (strcmp(format, "xpt") == 0)
		return readstat_parse_xport(p, path, f);
	BUG("statfile: format %s", format);
}

/* One pass over the file: the variables and labels (pass 1) or the cases. */
static int
pass(const char *path, const char *format, const struct tabread_opts *o,
    struct statfile *f, int cases, char *err, size_t size)
{
	readstat_parser_t *p = readstat_parser_init();
	readstat_error_t e;

	readstat_set_error_handler(p, on_error);
	if (o->windows1252)
		readstat_set_file_character_encoding(p, "WINDOWS-1252");
	if (cases) {
		/* ReadStat's SAV reader wants a variable handler with a value
		 * handler */
		readstat_set_variable_handler(p, on_variable_again);
		readstat_set_value_handler(p, on_value);
	} else {
		readstat_set_variable_handler(p, on_variable);
		readstat_set_value_label_handler(p, on_value_label);
	}
	e = parse(p, path, format, f);
	readstat_parser_free(p);
	if (e == READSTAT_OK || (e == READSTAT_ERROR_USER_ABORT && f->stopped))
		return 0;
	return errorf(err, size, "not a readable %s file: %s%s%s", format,
	    readstat_error_message(e), *f->why ? ": " : "", f->why);
}

/* Everything pass 1 kept. */
static void
statfile_free(struct statfile *f)
{
	size_t i, j;

	for (i = 0; i < f->nvar; i++) {
		free((char *)f->var[i].name);
		free((char *)f->var[i].label);
		free((char *)f->var[i].missing);
		free(f->setname[i]);
		if (f->text != NULL)
			free(f->text[i]);
	}
	for (i = 0; i < f->nset; i++) {
		for (j = 0; j < f->set[i].n; j++) {
			free((char *)f->set[i].label[j].text);
			free((char *)f->set[i].label[j].label);
		}
		free(f->set[i].label);
		free(f->set[i].name);
	}
	free(f->var);
	free(f->setname);
	free(f->set);
	free(f->cell);
	free(f->text);
	free(f->textcap);
	strmap_free(&f->sets);
}

int
statfile_read(const char *path, const char *format,
    const struct tabread_opts *o, const struct tab_sink *sink, void *ctx,
    char *err, size_t size)
{
	struct statfile f;
	int rc;

	memset(&f, 0, sizeof f);
	f.sink = sink;
	f.ctx = ctx;
	if ((rc = pass(path, format, o, &f, 0, err, size)) == 0) {
		link_labels(&f);
		if (sink->begin(ctx, f.var, f.nvar) == 0)
			rc = pass(path, format, o, &f, 1, err, size);
	}
	statfile_free(&f);
	return rc;
}
