#include <stdarg.h>
#include <string.h>

#include "core/tabread.h"
#include "unit.h"

/* What a sink saw: the variables, then each row's cells or its error. */
struct seen {
	char text[4096];
	size_t len;
	const struct tabvar *var;
	int stop_after;
};

static void say(struct seen *, const char *, ...)
    __attribute__((format(printf, 2, 3)));

static void
say(struct seen *s, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	s->len += (size_t)vsnprintf(s->text + s->len, sizeof s->text - s->len,
	    fmt, ap);
	va_end(ap);
}


static int
begin(void *ctx, const struct tabvar *v, size_t n)
{
	struct seen *s = ctx;
	size_t i;

	for (i = 0; i < n; i++)
		say(s, "%s%s", i ? "," : "", v[i].name);
	say(s, "%s%s", "\n", "");
	s->var = v;
	return 0;
}

static int
row(void *ctx, const struct tab_row *r)
{
	struct seen *s = ctx;
	char num[32];
	size_t i;

	snprintf(num, sizeof num, "%lu:", r->number);
	say(s, "%s%s", num, "");
	for (i = 0; i < r->n; i++) {
		const struct tabcell *c = &r->cell[i];

		say(s, "%s%s", i ? "," : "", c->missing == TAB_SYSMIS ? "." :
		    c->missing == TAB_USERMIS ? "?" : "");
		say(s, "%s", c->label ? c->label : c->text);
	}
	say(s, "%s%s", "\n", "");
	return --s->stop_after == 0 ? -1 : 0;
}

static void
bad(void *ctx, unsigned long n, const char *raw, size_t len, const char *why)
{
	char num[32];

	(void)raw, (void)len;
	snprintf(num, sizeof num, "%lu", n);
	say(ctx, "%s! %s\n", num, why);
}

static const struct tab_sink sink = { begin, row, bad };

static const char *
fixture(void)
{
	return "tests/cli/data/survey-import/small.sav";
}

START_TEST(formats)
{
	ck_assert_str_eq(tabread_format("a.sav"), "sav");
	ck_assert_str_eq(tabread_format("A.ZSAV"), "sav");
	ck_assert_str_eq(tabread_format("x.dta"), "dta");
	ck_assert_str_eq(tabread_format("x.sas7bdat"), "sas7bdat");
	ck_assert_str_eq(tabread_format("x.xpt"), "xpt");
	ck_assert_str_eq(tabread_format("x.por"), "por");
	ck_assert_str_eq(tabread_format("x.csv"), "csv");
	ck_assert_str_eq(tabread_format("sav"), "csv");
}
END_TEST

/* The PSPP fixture: labels, user-missing 9 "weet niet" (?), sysmis (.),
 * the label with an accent, the very long string whole. */
START_TEST(spss)
{
	struct tabread_opts o = { 0, 0 };
	struct seen s = { .stop_after = -1 };
	char err[256];
	const char *line4;

	ck_assert_int_eq(tabread_file(fixture(), &o, &sink, &s, err,
	    sizeof err), 0);
	ck_assert(strncmp(s.text, "nr,bu,w,d1,d2,d3,d4,d5,d6,l1", 28) == 0);
	ck_assert(strstr(s.text, "\n1:1,BU99010101,1.25,Ja,Nee,Nee,Ja,Min "
	    "of meer,Nee,geen,\xc3\xa9\xc3\xa9n,twee,") != NULL);
	ck_assert(strstr(s.text, "\n2:2,BU99010102,0.75,") != NULL);
	ck_assert((line4 = strstr(s.text, "\n4:4,BU99010103,1.5,?weet niet,"))
	    != NULL);
	ck_assert(strstr(line4, ",.,Een heel lange opmerking: xxx") != NULL);
	ck_assert(strstr(line4, "xxx einde\n") != NULL);
}
END_TEST

/* A sink that returns -1 stops the reading. */
START_TEST(sink_stops)
{
	struct tabread_opts o = { 0, 0 };
	struct seen s = { .stop_after = 1 };
	char err[256];

	ck_assert_int_eq(tabread_file(fixture(), &o, &sink, &s, err,
	    sizeof err), 0);
	ck_assert(strstr(s.text, "\n2:") == NULL);
}
END_TEST

START_TEST(csv)
{
	const char text[] = "a;b\n1;x\n\"2;y\n3;z;w\n";
	char path[UNIT_TEMP_SIZE], err[256];
	struct tabread_opts o = { 0, 0 };
	struct seen s = { .stop_after = -1 };

	unit_temp_file(path, text, strlen(text));
	ck_assert_int_eq(tabread_file(path, &o, &sink, &s, err, sizeof err),
	    0);
	ck_assert_str_eq(s.text, "a,b\n2:1,x\n3! a quote left open at the "
	    "end of the file\n");
	unlink(path);
	s.len = 0;
	ck_assert_int_eq(tabread_file("/nonexistent.csv", &o, &sink, &s, err,
	    sizeof err), -1);
	ck_assert_str_eq(err, "No such file or directory");
	unit_temp_file(path, "junk", 4);
	ck_assert_int_eq(tabread_file(path, &o, &sink, &s, err, sizeof err),
	    0);
	unlink(path);
}
END_TEST

START_TEST(labels)
{
	static const struct tablabel l[] = {
		{ 0, 1, "1", "ja" }, { 0, 2, "2", "nee" }, { 1, 0, "x", "iks" }
	};
	struct tabvar v = { "v", "", 0, l, 3, "" };
	struct tabvar vars[2] = { v, { "w", "", 1, NULL, 0, "" } };

	ck_assert_str_eq(tabvar_label(&v, 0, 2, "2"), "nee");
	ck_assert_str_eq(tabvar_label(&v, 1, 0, "x"), "iks");
	ck_assert(tabvar_label(&v, 0, 3, "3") == NULL);
	ck_assert_int_eq(tabvar_find(vars, 2, "w"), 1);
	ck_assert_int_eq(tabvar_find(vars, 2, "q"), -1);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("tabread");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, formats);
	tcase_add_test(tc, spss);
	tcase_add_test(tc, sink_stops);
	tcase_add_test(tc, csv);
	tcase_add_test(tc, labels);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
