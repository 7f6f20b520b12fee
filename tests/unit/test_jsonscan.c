#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/jsonl.h"
#include "core/jsonscan.h"
#include "unit.h"

static int
scan_ok(const char *text, size_t len)
{
	struct jsonscan j = { 0 };
	int ok = jsonscan_record(&j, text, len) == 0;

	jsonscan_free(&j);
	return ok;
}

static int
jansson_ok(const char *text, size_t len)
{
	char err[200];
	int col;
	json_t *v = jsonl_parse(text, len, &col, err, sizeof err);

	json_decref(v);
	return v != NULL;
}

/* Every file of JSONTestSuite's test_parsing: y_ must pass, n_ must fail,
 * and on all of them (i_ too) the scanner says what jansson says. */
START_TEST(jsontestsuite)
{
	char dir[1024], path[2048];
	struct dirent *e;
	DIR *d;
	int files = 0;

	snprintf(dir, sizeof dir, "%s/testdata/jsontestsuite/test_parsing",
	    unit_shared_dir());
	ck_assert_msg((d = opendir(dir)) != NULL, "%s", dir);
	while ((e = readdir(d)) != NULL) {
		size_t len;
		char *text;
		int ours, theirs;

		if (strstr(e->d_name, ".json") == NULL)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		text = unit_slurp(path, &len);
		ours = scan_ok(text, len);
		theirs = jansson_ok(text, len);
		ck_assert_msg(ours == theirs, "%s: jsonscan %d, jansson %d",
		    e->d_name, ours, theirs);
		/* jansson refuses a NUL in a key, and so must we */
		if (e->d_name[0] == 'y' &&
		    strcmp(e->d_name, "y_object_escaped_null_in_key.json") != 0)
			ck_assert_msg(ours, "%s rejected", e->d_name);
		if (e->d_name[0] == 'n')
			ck_assert_msg(!ours, "%s accepted", e->d_name);
		free(text);
		files++;
	}
	closedir(d);
	ck_assert_int_ge(files, 300);
}
END_TEST

/* Limits that JSONTestSuite does not reach. */
START_TEST(limits)
{
	static const char *cases[] = {
		"9223372036854775807", "-9223372036854775808",
		"9223372036854775808", "-9223372036854775809",
		"12345678901234567890", "1e308", "1e309", "-1e400", "1e-400",
		"1.5E+2", "{\"a\\u0000\":1}", "{\"a\":\"\\u0000\"}",
		"\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\ud83d\\ude00\"",
		"\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"", "\"\xc1\xbf\"",
		"[1,]", "{\"a\":1,}", " {} ", "{} x", "\"a\x01\"", "tru",
		"[true false]", "-", "01", "1.", ".5", "[\"\\x\"]",
	};
	size_t i;
	char deep[5000];
	int n;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		ck_assert_msg(scan_ok(cases[i], strlen(cases[i])) ==
		    jansson_ok(cases[i], strlen(cases[i])), "%s", cases[i]);
	/* jansson counts every value towards its depth of 2048 */
	for (n = 2046; n <= 2049; n++) {
		memset(deep, '[', (size_t)n);
		deep[n] = '1';
		memset(deep + n + 1, ']', (size_t)n);
		ck_assert_msg(scan_ok(deep, 2 * (size_t)n + 1) ==
		    jansson_ok(deep, 2 * (size_t)n + 1), "depth %d", n);
		deep[n] = ']';
		ck_assert_msg(scan_ok(deep, 2 * (size_t)n) ==
		    jansson_ok(deep, 2 * (size_t)n), "empty depth %d", n);
	}
}
END_TEST

START_TEST(members)
{
	const char *t = " {\"a\" : [1, \"x\" ,{\"b\":2}], \"t\\u0079pe\":\"r\","
	    "\"a\":\"last\\n\\u00e9\\ud83d\\ude00\" } ";
	struct jsonscan j = { 0 };
	const struct jsonscan_member *m;
	const char *pos = NULL, *el;
	size_t ellen, n;
	char buf[64];

	ck_assert_int_eq(jsonscan_record(&j, t, strlen(t)), 0);
	ck_assert(j.is_object);
	ck_assert_int_eq(j.open - t, 1);
	ck_assert_int_eq(*j.close, '}');
	ck_assert_int_eq(j.close - t, (long)strlen(t) - 2);
	ck_assert_int_eq(j.n, 3);
	ck_assert_int_eq(j.member[0].keylen, 1);
	ck_assert(strncmp(j.member[0].value, "[1, \"x\" ,{\"b\":2}]",
	    j.member[0].valuelen) == 0);
	ck_assert_int_eq(j.member[0].valuelen, 17);
	m = jsonscan_get(&j, "type");
	ck_assert_ptr_nonnull(m);
	ck_assert_int_eq(m->valuelen, 3);
	m = jsonscan_get(&j, "a");
	ck_assert_ptr_eq(m, &j.member[2]);
	n = jsonscan_string(m->value, m->valuelen, buf);
	ck_assert_int_eq(n, 11);
	ck_assert(memcmp(buf, "last\n\xc3\xa9\xf0\x9f\x98\x80", 11) == 0);
	ck_assert_ptr_null(jsonscan_get(&j, "b"));
	m = &j.member[0];
	ck_assert(jsonscan_element(m->value, m->valuelen, &pos, &el, &ellen));
	ck_assert(ellen == 1 && *el == '1');
	ck_assert(jsonscan_element(m->value, m->valuelen, &pos, &el, &ellen));
	ck_assert(ellen == 3 && strncmp(el, "\"x\"", 3) == 0);
	ck_assert(jsonscan_element(m->value, m->valuelen, &pos, &el, &ellen));
	ck_assert(ellen == 7 && strncmp(el, "{\"b\":2}", 7) == 0);
	ck_assert(!jsonscan_element(m->value, m->valuelen, &pos, &el, &ellen));
	ck_assert_int_eq(jsonscan_record(&j, "[]", 2), 0);
	ck_assert(!j.is_object);
	ck_assert_int_eq(jsonscan_record(&j, "{\"a\":1", 6), -1);
	ck_assert_ptr_nonnull(j.error);
	jsonscan_free(&j);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("jsonscan");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, jsontestsuite);
	tcase_add_test(tc, limits);
	tcase_add_test(tc, members);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
