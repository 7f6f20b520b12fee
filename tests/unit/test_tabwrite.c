#include <string.h>

#include "core/out.h"
#include "core/tabwrite.h"
#include "unit.h"

static const struct tabwrite_opts *opts;

/* A header and two rows through a writer, in a child (out closes
 * standard output). */
static void
write_two(void *arg)
{
	char *names[] = { "name", "n", "amount", "ok", "none" };
	json_t *r1 = unit_json("[\"a, \\\"b\\\"\", 0.5, \"1250.00\", true, null]");
	json_t *r2 = unit_json("[\"tab\\there\", 3, \"-80.50\", false, null]");
	const json_t *c1[5], *c2[5];
	struct tabwrite *w;
	char err[256];
	size_t i;

	(void)arg;
	for (i = 0; i < 5; i++) {
		c1[i] = json_array_get(r1, i);
		c2[i] = json_array_get(r2, i);
	}
	out_init();
	if ((w = tabwrite_open(opts, err, sizeof err)) == NULL)
		_exit(3);
	tabwrite_header(w, names, 5);
	tabwrite_row(w, c1, 5, err, sizeof err);
	tabwrite_row(w, c2, 5, err, sizeof err);
	if (tabwrite_close(w, err, sizeof err) != 0)
		_exit(4);
	json_decref(r1);
	json_decref(r2);
	out_close();
}

START_TEST(csv)
{
	static const struct tabwrite_opts o = { TABWRITE_CSV, 0, NULL, NULL };
	struct unit_child c;

	opts = &o;
	c = unit_run_child(write_two, NULL, NULL);
	ck_assert_int_eq(c.status, 0);
	ck_assert_str_eq(c.out, "name,n,amount,ok,none\r\n"
	    "\"a, \"\"b\"\"\",0.5,1250.00,true,\r\n"
	    "tab\there,3,-80.50,false,\r\n");
	unit_child_free(&c);
}
END_TEST

START_TEST(excel_nl)
{
	static const struct tabwrite_opts o = { TABWRITE_CSV, 1, NULL, NULL };
	struct unit_child c;

	opts = &o;
	c = unit_run_child(write_two, NULL, NULL);
	ck_assert_str_eq(c.out, "\xef\xbb\xbfname;n;amount;ok;none\r\n"
	    "\"a, \"\"b\"\"\";0,5;1250,00;true;\r\n"
	    "tab\there;3;-80,50;false;\r\n");
	unit_child_free(&c);
}
END_TEST

START_TEST(tsv)
{
	static const struct tabwrite_opts o = { TABWRITE_TSV, 0, NULL, NULL };
	struct unit_child c;

	opts = &o;
	c = unit_run_child(write_two, NULL, NULL);
	ck_assert_str_eq(c.out, "name\tn\tamount\tok\tnone\n"
	    "a, \"b\"\t0.5\t1250.00\ttrue\t\ntab here\t3\t-80.50\tfalse\t\n");
	unit_child_free(&c);
}
END_TEST

/* Whether the n bytes of s hold the string want. */
static int
holds(const char *s, size_t n, const char *want)
{
	size_t k = strlen(want), i;

	for (i = 0; i + k <= n; i++)
		if (memcmp(s + i, want, k) == 0)
			return 1;
	return 0;
}

/* The workbook is a zip holding one sheet; its cells are checked in
 * samen-table.t, by unzip. */
START_TEST(xlsx)
{
	char path[UNIT_TEMP_SIZE];
	struct tabwrite_opts o = { TABWRITE_XLSX, 0, NULL, "account" };
	struct unit_child c;
	size_t len;
	char *zip;

	o.path = unit_temp(path);
	opts = &o;
	c = unit_run_child(write_two, NULL, NULL);
	ck_assert_int_eq(c.status, 0);
	ck_assert_str_eq(c.out, "");
	zip = unit_slurp(path, &len);
	ck_assert(len > 1000 && memcmp(zip, "PK\3\4", 4) == 0);
	ck_assert(holds(zip, len, "xl/worksheets/sheet1.xml"));
	ck_assert(!holds(zip, len, "xl/worksheets/sheet2.xml"));
	free(zip);
	unit_child_free(&c);
	unlink(path);
}
END_TEST

START_TEST(money)
{
	ck_assert(tabwrite_is_money("1250.00"));
	ck_assert(tabwrite_is_money("-0.50"));
	ck_assert(!tabwrite_is_money("1250.0"));
	ck_assert(!tabwrite_is_money("1250.000"));
	ck_assert(!tabwrite_is_money(".50"));
	ck_assert(!tabwrite_is_money("2026-10"));
	ck_assert(!tabwrite_is_money("12.50 euro"));
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("tabwrite");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, csv);
	tcase_add_test(tc, excel_nl);
	tcase_add_test(tc, tsv);
	tcase_add_test(tc, xlsx);
	tcase_add_test(tc, money);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
