#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/money.h"
#include "unit.h"

#define NOT_AMOUNT "is not a decimal amount of euros (like 1250.00)"

static int64_t
cents_of(const char *s)
{
	int64_t c = -42;
	const char *why = NULL;

	ck_assert_msg(money_parse(s, strlen(s), &c, &why) == 0,
	    "'%s' rejected: %s", s, why != NULL ? why : "(no reason)");
	return c;
}

/* The reason s is rejected, so tests can say which rule caught it. */
static const char *
rejected(const char *s)
{
	int64_t c = -42;
	const char *why = NULL;

	ck_assert_msg(money_parse(s, strlen(s), &c, &why) == -1,
	    "'%s' accepted as %lld cents", s, (long long)c);
	ck_assert_msg(why != NULL, "'%s' rejected with no reason", s);
	return why;
}

START_TEST(parse)
{
	ck_assert_int_eq(cents_of("1250.00"), 125000);
	ck_assert_int_eq(cents_of("80.5"), 8050);
	ck_assert_int_eq(cents_of("-3"), -300);
	ck_assert_int_eq(cents_of("0"), 0);
	ck_assert_int_eq(cents_of("0.01"), 1);
	ck_assert_int_eq(cents_of("0.1"), 10);
	ck_assert_int_eq(cents_of("-0.01"), -1);
	ck_assert_int_eq(cents_of("-0"), 0);
	ck_assert_int_eq(cents_of("-0.00"), 0);
	ck_assert_int_eq(cents_of("007.5"), 750);
	ck_assert_int_eq(cents_of("12.34"), 1234);
	ck_assert_int_eq(cents_of("999999.99"), 99999999);
}
END_TEST

/* Only len bytes count: the amount need not be NUL-terminated. */
START_TEST(parse_length)
{
	int64_t c;
	const char *why;

	ck_assert_int_eq(money_parse("12.345", 5, &c, &why), 0);
	ck_assert_int_eq(c, 1234);
	ck_assert_int_eq(money_parse("100abc", 3, &c, &why), 0);
	ck_assert_int_eq(c, 10000);
	ck_assert_int_eq(money_parse("12\0" "3", 4, &c, &why), -1);
	ck_assert_int_eq(money_parse("5", 0, &c, &why), -1);
	ck_assert_str_eq(why, NOT_AMOUNT);
}
END_TEST

/* Never a rounding: each of these is an error, and says why. */
START_TEST(parse_errors)
{
	static const char *const not_amounts[] = {
		"", "-", ".", "-.", ".5", "-.5", "5.", "-5.", "1.2.3", "1..2",
		"+5", "--5", "5-", " 5", "5 ", "1.0.00", "1 000", "1,5,0",
		"1,505", "1.00,00", "1e3", "1E3", "0x10", "inf", "nan",
		"abc", "12a", "1_000", "\t1", "5\n",
	};
	size_t i;

	for (i = 0; i < sizeof not_amounts / sizeof not_amounts[0]; i++)
		ck_assert_msg(strcmp(rejected(not_amounts[i]), NOT_AMOUNT) == 0,
		    "'%s': %s", not_amounts[i], rejected(not_amounts[i]));
	ck_assert_str_eq(rejected("0.001"), "has more than two decimals");
	ck_assert_str_eq(rejected("-80.5051"), "has more than two decimals");
	ck_assert_str_eq(rejected("12.3456"), "has more than two decimals");
}
END_TEST

/* Amounts as they are written in the Netherlands are no amounts, and the
 * message says what was seen and what to write instead. */
START_TEST(dutch_forms)
{
#define THOUSANDS "has more than two decimals (a point is the decimal " \
	"point: write thousands without a separator, \"1.250\" as \"1250\")"
#define COMMA "has a decimal comma: use a point for decimals " \
	"(\"12,50\" is \"12.50\")"
#define DUTCH "is written the Dutch way: use a point for decimals and no " \
	"separator between thousands (\"1.250,00\" is \"1250.00\")"
#define SIGN "holds a currency sign: write the amount alone, with a point " \
	"for decimals (\"€ 12,50\" is \"12.50\")"
	ck_assert_str_eq(rejected("1.234"), THOUSANDS);
	ck_assert_str_eq(rejected("1.000"), THOUSANDS);
	ck_assert_str_eq(rejected("-1.000.000"), THOUSANDS);
	ck_assert_str_eq(rejected("12,50"), COMMA);
	ck_assert_str_eq(rejected("1,5"), COMMA);
	ck_assert_str_eq(rejected("-0,05"), COMMA);
	ck_assert_str_eq(rejected("1.250,00"), DUTCH);
	ck_assert_str_eq(rejected("12.345.678,9"), DUTCH);
	ck_assert_str_eq(rejected("€5"), SIGN);
	ck_assert_str_eq(rejected("5€"), SIGN);
	ck_assert_str_eq(rejected("€ 12,50"), SIGN);
	ck_assert_str_eq(rejected("EUR 5"), SIGN);
	ck_assert_str_eq(rejected("5 EUR"), SIGN);
}
END_TEST

/* int64 cents run from -92233720368547758.08 to 92233720368547758.07. */
START_TEST(parse_limits)
{
	ck_assert_int_eq(cents_of("92233720368547758.07"), INT64_MAX);
	ck_assert_int_eq(cents_of("-92233720368547758.08"), INT64_MIN);
	ck_assert_int_eq(cents_of("92233720368547758"), INT64_MAX - 7);
	ck_assert_int_eq(cents_of("92233720368547758.0"), INT64_MAX - 7);
	ck_assert_int_eq(cents_of("-92233720368547758"), INT64_MIN + 8);
	ck_assert_int_eq(cents_of("-92233720368547758.07"), INT64_MIN + 1);
	/* Leading zeros do not count toward the size. */
	ck_assert_int_eq(cents_of("000000000000000000000000001.00"), 100);

	ck_assert_str_eq(rejected("92233720368547758.08"), "is too large");
	ck_assert_str_eq(rejected("-92233720368547758.09"), "is too large");
	ck_assert_str_eq(rejected("92233720368547758.1"), "is too large");
	ck_assert_str_eq(rejected("92233720368547759"), "is too large");
	ck_assert_str_eq(rejected("922337203685477580"), "is too large");
	ck_assert_str_eq(rejected("9223372036854775807"), "is too large");
	ck_assert_str_eq(rejected("18446744073709551616"), "is too large");
	ck_assert_str_eq(rejected("-99999999999999999999999"),
	    "is too large");
}
END_TEST

static int64_t
json_cents(json_t *j)
{
	int64_t c = -42;
	const char *why = NULL;

	ck_assert_msg(money_from_json(j, &c, &why) == 0, "rejected: %s",
	    why != NULL ? why : "(no reason)");
	json_decref(j);
	return c;
}

static const char *
json_rejected(json_t *j)
{
	int64_t c;
	const char *why = NULL;

	ck_assert(money_from_json(j, &c, &why) == -1);
	json_decref(j);
	ck_assert(why != NULL);
	return why;
}

START_TEST(from_json)
{
	ck_assert_int_eq(json_cents(json_string("1250.00")), 125000);
	ck_assert_int_eq(json_cents(json_stringn("7.25xx", 4)), 725);
	ck_assert_int_eq(json_cents(json_integer(1250)), 125000);
	ck_assert_int_eq(json_cents(json_integer(-3)), -300);
	ck_assert_int_eq(json_cents(json_integer(0)), 0);
	ck_assert_int_eq(json_cents(json_integer(92233720368547758LL)),
	    INT64_MAX - 7);
	/* A real is read as written, not as its binary value. */
	ck_assert_int_eq(json_cents(json_real(80.5)), 8050);
	ck_assert_int_eq(json_cents(json_real(0.1)), 10);
	ck_assert_int_eq(json_cents(json_real(0.07)), 7);
	ck_assert_int_eq(json_cents(json_real(19.99)), 1999);
	ck_assert_int_eq(json_cents(json_real(-12.34)), -1234);
	ck_assert_int_eq(json_cents(json_real(1250.0)), 125000);
	ck_assert_int_eq(json_cents(json_real(-0.0)), 0);
	ck_assert_int_eq(json_cents(json_real(123456789.12)), 12345678912);
}
END_TEST

START_TEST(from_json_errors)
{
	ck_assert_str_eq(json_rejected(json_real(0.1 + 0.2)),
	    "has more than two decimals");
	ck_assert_str_eq(json_rejected(json_real(12.345)),
	    "has more than two decimals");
	ck_assert_str_eq(json_rejected(json_real(1e300)),
	    "is not an amount with at most two decimals");
	ck_assert_str_eq(json_rejected(json_real(1e-7)),
	    "is not an amount with at most two decimals");
	ck_assert_str_eq(json_rejected(json_integer(92233720368547759LL)),
	    "is too large");
	ck_assert_str_eq(json_rejected(json_integer(INT64_MIN)),
	    "is too large");
	ck_assert_str_eq(json_rejected(json_string("1.234")), THOUSANDS);
	ck_assert_str_eq(json_rejected(json_string("€ 5")), SIGN);
	ck_assert_str_eq(json_rejected(json_string("")), NOT_AMOUNT);
	ck_assert_str_eq(json_rejected(json_stringn("5\0" "0", 3)),
	    NOT_AMOUNT);
	ck_assert_str_eq(json_rejected(json_null()),
	    "is not an amount (a decimal string or a number)");
	ck_assert_str_eq(json_rejected(json_true()),
	    "is not an amount (a decimal string or a number)");
	ck_assert_str_eq(json_rejected(json_array()),
	    "is not an amount (a decimal string or a number)");
	ck_assert_str_eq(json_rejected(json_object()),
	    "is not an amount (a decimal string or a number)");
}
END_TEST

START_TEST(format)
{
	char buf[MONEY_STR_MAX];

	ck_assert_str_eq(money_format(0, buf), "0.00");
	ck_assert_str_eq(money_format(5, buf), "0.05");
	ck_assert_str_eq(money_format(-5, buf), "-0.05");
	ck_assert_str_eq(money_format(50, buf), "0.50");
	ck_assert_str_eq(money_format(-100, buf), "-1.00");
	ck_assert_str_eq(money_format(8050, buf), "80.50");
	ck_assert_str_eq(money_format(-125000, buf), "-1250.00");
	ck_assert_str_eq(money_format(100000000, buf), "1000000.00");
	ck_assert_str_eq(money_format(INT64_MAX, buf), "92233720368547758.07");
	ck_assert_str_eq(money_format(INT64_MIN, buf),
	    "-92233720368547758.08");
	ck_assert_ptr_eq(money_format(1, buf), buf);
}
END_TEST

/* What money_format writes, money_parse reads back to the same cents. */
START_TEST(round_trip)
{
	static const int64_t v[] = {
		0, 1, -1, 9, 10, 99, 100, 101, -101, 123456789, -987654321012,
		INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1,
	};
	char buf[MONEY_STR_MAX];
	size_t i;

	for (i = 0; i < sizeof v / sizeof v[0]; i++)
		ck_assert_int_eq(cents_of(money_format(v[i], buf)), v[i]);
}
END_TEST

START_TEST(to_json)
{
	json_t *j = money_to_json(-8050);

	ck_assert(json_is_string(j));
	ck_assert_str_eq(json_string_value(j), "-80.50");
	json_decref(j);
	j = money_to_json(INT64_MIN);
	ck_assert_str_eq(json_string_value(j), "-92233720368547758.08");
	ck_assert_int_eq(json_cents(j), INT64_MIN);
}
END_TEST

START_TEST(add)
{
	int64_t acc = 100;

	ck_assert_int_eq(money_add(&acc, 250), 0);
	ck_assert_int_eq(acc, 350);
	ck_assert_int_eq(money_add(&acc, -400), 0);
	ck_assert_int_eq(acc, -50);
	ck_assert_int_eq(money_add(&acc, 0), 0);
	ck_assert_int_eq(acc, -50);

	acc = INT64_MAX - 1;
	ck_assert_int_eq(money_add(&acc, 1), 0);
	ck_assert_int_eq(acc, INT64_MAX);
	ck_assert_int_eq(money_add(&acc, 1), -1);
	ck_assert_int_eq(acc, INT64_MAX);	/* unchanged */
	ck_assert_int_eq(money_add(&acc, INT64_MAX), -1);
	ck_assert_int_eq(acc, INT64_MAX);
	ck_assert_int_eq(money_add(&acc, INT64_MIN), 0);
	ck_assert_int_eq(acc, -1);
	ck_assert_int_eq(money_add(&acc, INT64_MIN), -1);
	ck_assert_int_eq(acc, -1);

	acc = INT64_MIN + 1;
	ck_assert_int_eq(money_add(&acc, -1), 0);
	ck_assert_int_eq(acc, INT64_MIN);
	ck_assert_int_eq(money_add(&acc, -1), -1);
	ck_assert_int_eq(acc, INT64_MIN);
	ck_assert_int_eq(money_add(&acc, INT64_MAX), 0);
	ck_assert_int_eq(acc, -1);

	acc = 0;
	ck_assert_int_eq(money_add(&acc, INT64_MIN), 0);
	ck_assert_int_eq(acc, INT64_MIN);
}
END_TEST

START_TEST(sub)
{
	int64_t acc = 100;

	ck_assert_int_eq(money_sub(&acc, 250), 0);
	ck_assert_int_eq(acc, -150);
	ck_assert_int_eq(money_sub(&acc, -150), 0);
	ck_assert_int_eq(acc, 0);

	/* 0 - INT64_MIN is one past INT64_MAX. */
	ck_assert_int_eq(money_sub(&acc, INT64_MIN), -1);
	ck_assert_int_eq(acc, 0);
	acc = -1;
	ck_assert_int_eq(money_sub(&acc, INT64_MIN), 0);
	ck_assert_int_eq(acc, INT64_MAX);
	ck_assert_int_eq(money_sub(&acc, -1), -1);
	ck_assert_int_eq(acc, INT64_MAX);

	acc = INT64_MIN + 1;
	ck_assert_int_eq(money_sub(&acc, 1), 0);
	ck_assert_int_eq(acc, INT64_MIN);
	ck_assert_int_eq(money_sub(&acc, 1), -1);
	ck_assert_int_eq(acc, INT64_MIN);
	ck_assert_int_eq(money_sub(&acc, INT64_MAX), -1);
	ck_assert_int_eq(acc, INT64_MIN);
	ck_assert_int_eq(money_sub(&acc, INT64_MIN), 0);
	ck_assert_int_eq(acc, 0);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("money");
	TCase *t = tcase_create("money");

	tcase_add_test(t, parse);
	tcase_add_test(t, parse_length);
	tcase_add_test(t, parse_errors);
	tcase_add_test(t, dutch_forms);
	tcase_add_test(t, parse_limits);
	tcase_add_test(t, from_json);
	tcase_add_test(t, from_json_errors);
	tcase_add_test(t, format);
	tcase_add_test(t, round_trip);
	tcase_add_test(t, to_json);
	tcase_add_test(t, add);
	tcase_add_test(t, sub);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
