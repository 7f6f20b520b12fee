#include <math.h>
#include <stdint.h>

#include "base/lang.h"
#include "core/opt.h"
#include "unit.h"

START_TEST(money_forms)
{
	char b[LANG_BUF];

	ck_assert_str_eq(lang_money(LANG_NL, 125000, b), "€ 1.250,00");
	ck_assert_str_eq(lang_money(LANG_EN, 125000, b), "€1,250.00");
	ck_assert_str_eq(lang_money(LANG_NL, 5, b), "€ 0,05");
	ck_assert_str_eq(lang_money(LANG_NL, -116950, b), "€ -1.169,50");
	ck_assert_str_eq(lang_money(LANG_EN, -116950, b), "-€1,169.50");
	ck_assert_str_eq(lang_money(LANG_NL, 123456789012, b),
	    "€ 1.234.567.890,12");
	ck_assert_str_eq(lang_money(LANG_NL, INT64_MIN, b),
	    "€ -92.233.720.368.547.758,08");
}
END_TEST

START_TEST(numbers_dates)
{
	char b[LANG_BUF];
	struct date d = { 2026, 10, 31 };

	ck_assert_str_eq(lang_hundredths(LANG_NL, 1250, b), "12,5");
	ck_assert_str_eq(lang_hundredths(LANG_EN, 1250, b), "12.5");
	ck_assert_str_eq(lang_hundredths(LANG_NL, 125005, b), "1.250,05");
	ck_assert_str_eq(lang_hundredths(LANG_EN, 4000, b), "40");
	ck_assert_str_eq(lang_percent(LANG_NL, 0.825, b), "82%");
	ck_assert_str_eq(lang_percent(LANG_EN, 0.9, b), "90%");
	ck_assert_str_eq(lang_date(LANG_NL, d, b), "31 oktober 2026");
	ck_assert_str_eq(lang_date(LANG_EN, d, b), "31 October 2026");
	ck_assert_str_eq(lang_date_str(LANG_NL, "2026-03-05", b),
	    "5 maart 2026");
	ck_assert_str_eq(lang_period(LANG_NL, PERIOD_QUARTER, 2026 * 12 + 9,
	    b), "4e kwartaal 2026");
	ck_assert_str_eq(lang_period(LANG_EN, PERIOD_QUARTER, 2026 * 12 + 9,
	    b), "Q4 2026");
	ck_assert_str_eq(lang_period(LANG_NL, PERIOD_MONTH, 2026 * 12, b),
	    "januari 2026");
	ck_assert_str_eq(lang_period(LANG_EN, PERIOD_YEAR, 2026 * 12, b),
	    "2026");
}
END_TEST

/*
 * Shares and people as large as a reader can let through, and larger, and
 * not numbers at all: written without a signed overflow (issue 14, 2).
 */
START_TEST(huge_and_not_finite)
{
	char b[LANG_BUF];

	/* 1,000,000 places against a need of 100 */
	ck_assert_str_eq(lang_percent1(LANG_EN, 10000, b), "1,000,000%");
	ck_assert_str_eq(lang_number(LANG_NL, 1e6 * 1e6, b),
	    "1.000.000.000.000");
	/* beyond every count: saturated, never wrapped to a negative */
	ck_assert_str_eq(lang_percent1(LANG_EN, 1e18, b),
	    "46,116,860,184,273,879%");
	ck_assert_str_eq(lang_percent1(LANG_EN, -1e18, b),
	    "-46,116,860,184,273,879%");
	ck_assert_str_eq(lang_number(LANG_EN, 1e300, b),
	    "46,116,860,184,273,879.03");
	ck_assert_str_eq(lang_number(LANG_EN, -1e300, b),
	    "-46,116,860,184,273,879.03");
	ck_assert_str_eq(lang_percent(LANG_EN, 1e300, b),
	    "4611686018427387904%");
	ck_assert_str_eq(lang_hundredths(LANG_EN, INT64_MIN, b),
	    "-92,233,720,368,547,758.08");
	/* not a number: 0, as a share of nothing */
	ck_assert_str_eq(lang_number(LANG_EN, NAN, b), "0");
	ck_assert_str_eq(lang_number(LANG_EN, INFINITY, b), "0");
	ck_assert_str_eq(lang_percent1(LANG_NL, NAN, b), "0%");
	ck_assert_str_eq(lang_percent1(LANG_NL, -INFINITY, b), "0%");
	ck_assert_str_eq(lang_percent(LANG_NL, NAN, b), "0%");
}
END_TEST

START_TEST(every_word)
{
	int i;

	/* the words of --lang, in enum lang's order, with the Dutch names */
	ck_assert_int_eq(opt_word(lang_words, "nl"), LANG_NL);
	ck_assert_int_eq(opt_word(lang_words, "nederlands"), LANG_NL);
	ck_assert_int_eq(opt_word(lang_words, "engels"), LANG_EN);
	ck_assert_int_lt(opt_word(lang_words, "de"), 0);
	for (i = 0; i < W_NWORDS; i++) {
		ck_assert_str_ne(lang_word(LANG_EN, (enum lang_word)i), "?");
		ck_assert_str_ne(lang_word(LANG_NL, (enum lang_word)i), "?");
	}
	ck_assert_str_eq(lang_word(LANG_NL, W_BALANCE), "Saldo");
}
END_TEST

/* The one join: no item, one, two, many; "and" and "or" in both. */
START_TEST(join)
{
	const char *const w[] = { "Oost", "West", "Noord" };
	char b[64];

	ck_assert_str_eq(lang_join(LANG_EN, LANG_AND, w, 0, b, sizeof b), "");
	ck_assert_str_eq(lang_join(LANG_NL, LANG_AND, w, 1, b, sizeof b),
	    "Oost");
	ck_assert_str_eq(lang_join(LANG_EN, LANG_AND, w, 2, b, sizeof b),
	    "Oost and West");
	ck_assert_str_eq(lang_join(LANG_NL, LANG_AND, w, 3, b, sizeof b),
	    "Oost, West en Noord");
	ck_assert_str_eq(lang_join(LANG_EN, LANG_OR, w, 3, b, sizeof b),
	    "Oost, West or Noord");
	ck_assert_str_eq(lang_join(LANG_NL, LANG_OR, w, 2, b, sizeof b),
	    "Oost of West");
	ck_assert_str_eq(lang_join(LANG_EN, LANG_AND, w, 3, b, 8), "Oost, W");
}
END_TEST

/* LANG_SAY: one argument list, the language's own word order. */
START_TEST(say)
{
	json_t *r = json_array();

	LANG_SAY(r, LANG_EN, "%1$s has room for %2$d.",
	    "Er is plaats voor %2$d in %1$s.", "Oost", 30);
	LANG_SAY(r, LANG_NL, "%1$s has room for %2$d.",
	    "Er is plaats voor %2$d in %1$s.", "Oost", 30);
	ck_assert_str_eq(json_string_value(json_array_get(r, 0)),
	    "Oost has room for 30.");
	ck_assert_str_eq(json_string_value(json_array_get(r, 1)),
	    "Er is plaats voor 30 in Oost.");
	json_decref(r);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("lang");
	TCase *t = tcase_create("lang");

	tcase_add_test(t, money_forms);
	tcase_add_test(t, numbers_dates);
	tcase_add_test(t, huge_and_not_finite);
	tcase_add_test(t, every_word);
	tcase_add_test(t, join);
	tcase_add_test(t, say);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
