#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/jsonl.h"
#include "core/jsonout.h"
#include "unit.h"

static void
real_is(double d, const char *want)
{
	char buf[JSONOUT_REAL_MAX];

	ck_assert_str_eq(jsonout_real(d, buf), want);
	/* and it reads back as the same double */
	if (d != 0)
		ck_assert(strtod(buf, NULL) == d);
}

static void
number_is(double d, const char *want)
{
	char buf[JSONOUT_REAL_MAX];

	ck_assert_str_eq(jsonout_number(d, buf), want);
}

/* jsonout_string of v, compared; v is consumed. */
static void
prints(json_t *v, const char *want)
{
	char *s;

	ck_assert(v != NULL);
	s = jsonout_string(v);
	ck_assert_str_eq(s, want);
	free(s);
	json_decref(v);
}

/* A line through jsonl_parse and back out. */
static void
round_trip(const char *in, const char *want)
{
	char err[200];
	int col;

	prints(jsonl_parse(in, strlen(in), &col, err, sizeof err), want);
}

/* What jsonout_fstring writes for len bytes of s. */
static char *
fstring(const char *s, size_t len)
{
	char *out = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&out, &n);

	ck_assert(fp != NULL);
	ck_assert_int_eq(jsonout_fstring(fp, s, len), 0);
	ck_assert_int_eq(fclose(fp), 0);
	return out;
}

static void
escapes_as(const char *s, size_t len, const char *want)
{
	char *got = fstring(s, len);

	ck_assert_str_eq(got, want);
	free(got);
}

START_TEST(reals_short)
{
	real_is(0.1, "0.1");
	real_is(0.1 + 0.2, "0.30000000000000004");
	real_is(1.0 / 3, "0.3333333333333333");	/* 16 digits */
	real_is(1.5, "1.5");
	real_is(-2.5e-5, "-2.5e-05");
	real_is(123456.789, "123456.789");
	real_is(1e300, "1e+300");
	real_is(1e-300, "1e-300");
	real_is(DBL_MAX, "1.7976931348623157e+308");
	real_is(DBL_MIN, "2.2250738585072014e-308");
	real_is(5e-324, "5e-324");		/* smallest subnormal */
	real_is(2.2250738585072009e-308, "2.225073858507201e-308");
}
END_TEST

/* Whole reals keep a ".0" (or an exponent) so they read back as reals. */
START_TEST(reals_whole)
{
	real_is(1.0, "1.0");
	real_is(100.0, "100.0");
	real_is(-7.0, "-7.0");
	real_is(0.0, "0.0");
	real_is(-0.0, "-0.0");
	real_is(9007199254740992.0, "9007199254740992.0");	/* 2^53 */
	real_is(1e15, "1e+15");
	real_is(1e22, "1e+22");
}
END_TEST

START_TEST(numbers_for_people)
{
	number_is(1.0, "1");
	number_is(100.0, "100");
	number_is(0.0, "0");
	number_is(-0.0, "-0");
	number_is(0.1, "0.1");
	number_is(1e300, "1e+300");
	number_is(9007199254740992.0, "9007199254740992");
}
END_TEST

START_TEST(values)
{
	prints(json_integer(0), "0");
	prints(json_integer(-42), "-42");
	prints(json_integer(INT64_MAX), "9223372036854775807");
	prints(json_integer(INT64_MIN), "-9223372036854775808");
	prints(json_real(100.0), "100.0");
	prints(json_real(0.1), "0.1");
	prints(json_real(-0.0), "-0.0");
	prints(json_true(), "true");
	prints(json_false(), "false");
	prints(json_null(), "null");
	prints(json_string(""), "\"\"");
	prints(json_object(), "{}");
	prints(json_array(), "[]");
	prints(json_pack("[i,f,s,n,[],{}]", 1, 2.0, "x"),
	    "[1,2.0,\"x\",null,[],{}]");
	prints(json_pack("{s:{s:[i,{s:b}]}}", "a", "b", 1, "c", 0),
	    "{\"a\":{\"b\":[1,{\"c\":false}]}}");
}
END_TEST

START_TEST(key_order)
{
	json_t *o = json_object();

	json_object_set_new(o, "zeta", json_integer(1));
	json_object_set_new(o, "alpha", json_integer(2));
	json_object_set_new(o, "mu", json_integer(3));
	json_object_set_new(o, "alpha", json_integer(4));	/* stays put */
	prints(o, "{\"zeta\":1,\"alpha\":4,\"mu\":3}");
	round_trip("{ \"type\" : \"x\", \"b\" : [ 1 , 2.50 ], \"a\" : 1e2 }",
	    "{\"type\":\"x\",\"b\":[1,2.5],\"a\":100.0}");
	round_trip("{\"c\":{\"z\":1,\"y\":2},\"b\":0.10}",
	    "{\"c\":{\"z\":1,\"y\":2},\"b\":0.1}");
}
END_TEST

START_TEST(string_escapes)
{
	escapes_as("plain", 5, "\"plain\"");
	escapes_as("", 0, "\"\"");
	escapes_as("a\"b\\c", 5, "\"a\\\"b\\\\c\"");
	escapes_as("\n\t\r\b\f", 5, "\"\\n\\t\\r\\b\\f\"");
	escapes_as("\x01\x1f", 2, "\"\\u0001\\u001f\"");
	escapes_as("a\0b", 3, "\"a\\u0000b\"");
	/* what RFC 8259 does not ask for stays as it is */
	escapes_as("/ \x7f", 3, "\"/ \x7f\"");
	escapes_as("\xc3\xa9t\xc3\xa9", 5, "\"\xc3\xa9t\xc3\xa9\"");
	escapes_as("\xe2\x80\xa8\xe2\x80\xa9", 6,
	    "\"\xe2\x80\xa8\xe2\x80\xa9\"");		/* U+2028, U+2029 */
	escapes_as("\xf0\x9f\x98\x80", 4, "\"\xf0\x9f\x98\x80\"");
	/* only len bytes */
	escapes_as("abcdef", 3, "\"abc\"");
}
END_TEST

START_TEST(strings_in_values)
{
	prints(json_stringn("x\0y", 3), "\"x\\u0000y\"");
	prints(json_pack("{s:s}", "k\"\n", "v\x02"),
	    "{\"k\\\"\\n\":\"v\\u0002\"}");
	round_trip("[\"\\u00e9\\u2028\\/\\ud83d\\ude00\"]",
	    "[\"\xc3\xa9\xe2\x80\xa8/\xf0\x9f\x98\x80\"]");
}
END_TEST

START_TEST(fprint)
{
	json_t *v = json_pack("{s:i,s:f}", "a", 1, "b", 0.5);
	char *out = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&out, &n);

	ck_assert(fp != NULL);
	ck_assert_int_eq(jsonout_fprint(fp, v), 0);
	ck_assert_int_eq(fclose(fp), 0);
	ck_assert_str_eq(out, "{\"a\":1,\"b\":0.5}");
	ck_assert_uint_eq(n, 15);
	free(out);
	json_decref(v);
}
END_TEST

/* Write errors are reported, not lost: /dev/full, unbuffered so the error
 * shows at once. */
START_TEST(write_error)
{
	json_t *v = json_pack("[s]", "x");
	FILE *fp = fopen("/dev/full", "w");

	ck_assert(fp != NULL);
	setvbuf(fp, NULL, _IONBF, 0);
	ck_assert_int_eq(jsonout_fprint(fp, v), -1);
	clearerr(fp);
	ck_assert_int_eq(jsonout_fstring(fp, "abc", 3), -1);
	fclose(fp);
	json_decref(v);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("jsonout");
	TCase *t = tcase_create("jsonout");

	tcase_add_test(t, reals_short);
	tcase_add_test(t, reals_whole);
	tcase_add_test(t, numbers_for_people);
	tcase_add_test(t, values);
	tcase_add_test(t, key_order);
	tcase_add_test(t, string_escapes);
	tcase_add_test(t, strings_in_values);
	tcase_add_test(t, fprint);
	tcase_add_test(t, write_error);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
