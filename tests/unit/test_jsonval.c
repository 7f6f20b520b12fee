#include <limits.h>

#include "core/err.h"
#include "core/jsonval.h"
#include "unit.h"

START_TEST(absent)
{
	json_t *o = json_loads("{\"a\":null,\"b\":0,\"c\":\"\",\"d\":false,"
	    "\"e\":[]}", 0, NULL);

	ck_assert_ptr_nonnull(o);
	ck_assert_int_eq(json_absent(NULL), 1);
	ck_assert_int_eq(json_absent(json_object_get(o, "a")), 1);
	ck_assert_int_eq(json_absent(json_object_get(o, "missing")), 1);
	/* a zero, an empty string, false and [] are given */
	ck_assert_int_eq(json_absent(json_object_get(o, "b")), 0);
	ck_assert_int_eq(json_absent(json_object_get(o, "c")), 0);
	ck_assert_int_eq(json_absent(json_object_get(o, "d")), 0);
	ck_assert_int_eq(json_absent(json_object_get(o, "e")), 0);
	json_decref(o);
}
END_TEST

static int
whole(const char *text, long lo, long hi, long *out)
{
	json_t *v = json_loads(text, JSON_DECODE_ANY, NULL);
	int rc;

	ck_assert_msg(v != NULL, "%s", text);
	rc = json_whole(v, lo, hi, out);
	json_decref(v);
	return rc;
}

START_TEST(whole_numbers)
{
	long x = 99;

	ck_assert_int_eq(whole("0", 0, 10, &x), 0);
	ck_assert_int_eq(x, 0);
	ck_assert_int_eq(whole("10", 0, 10, &x), 0);
	ck_assert_int_eq(x, 10);
	ck_assert_int_eq(whole("-3", -5, 5, &x), 0);
	ck_assert_int_eq(x, -3);
	ck_assert_int_eq(whole("9223372036854775807", 0, LONG_MAX, &x), 0);
	ck_assert(x == LONG_MAX);
}
END_TEST

/* Not a whole number in range: -1, and the value held is left alone. */
START_TEST(not_whole)
{
	static const char *const no[] = { "11", "-1", "2.0", "2.5", "\"2\"",
	    "null", "true", "[1]", "{}" };
	size_t i;
	long x = 7;

	for (i = 0; i < NELEM(no); i++) {
		ck_assert_msg(whole(no[i], 0, 10, &x) == -1, "%s", no[i]);
		ck_assert_int_eq(x, 7);
	}
	ck_assert_int_eq(json_whole(NULL, 0, 10, &x), -1);
}
END_TEST

struct owned {
	char *name;
	json_t *value;
};

/* XPUSH appends zeroed elements; FREE_ARRAY lets each go, then the
 * array (valgrind and ASan see a leak or a double free here). */
START_TEST(push_and_free)
{
	struct owned *v = NULL, *p;
	size_t n = 0, cap = 0, i;

	for (i = 0; i < 100; i++) {
		p = XPUSH(v, n, cap);
		ck_assert_ptr_eq(p, &v[i]);
		ck_assert_ptr_null(p->name);
		ck_assert_ptr_null(p->value);
		if (i % 3 != 0)
			p->name = xstrdup("x");
		if (i % 2 == 0)
			p->value = json_integer((json_int_t)i);
	}
	ck_assert_uint_eq(n, 100);
	ck_assert_uint_ge(cap, 100);
	ck_assert_int_eq(json_integer_value(v[98].value), 98);
	FREE_ARRAY(struct owned, v, n, o, (free(o->name),
	    json_decref(o->value)));
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("jsonval");
	TCase *t = tcase_create("jsonval");

	tcase_add_test(t, absent);
	tcase_add_test(t, whole_numbers);
	tcase_add_test(t, not_whole);
	tcase_add_test(t, push_and_free);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
