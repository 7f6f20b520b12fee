#include <stdlib.h>
#include <string.h>

#include "base/period.h"
#include "core/opt.h"
#include "unit.h"

static int
parses(const char *s)
{
	struct date d;
	const char *why;

	return date_parse(s, strlen(s), &d, &why) == 0;
}

START_TEST(dates)
{
	ck_assert(parses("2026-10-03"));
	ck_assert(parses("2024-02-29"));	/* leap year */
	ck_assert(parses("2000-02-29"));	/* divisible by 400 */
	ck_assert(!parses("1900-02-29"));	/* by 100, not by 400 */
	ck_assert(!parses("2026-02-29"));
	ck_assert(!parses("2026-04-31"));
	ck_assert(!parses("2026-13-01"));
	ck_assert(!parses("2026-00-10"));
	ck_assert(!parses("2026-1-01"));
	ck_assert(!parses("26-10-03"));
	ck_assert(!parses("2026/10/03"));
	ck_assert(!parses("0001-01-01"));	/* outside the years */
	ck_assert(!parses("3000-01-01"));
	ck_assert(!parses("2026-10-03T00:00"));
}
END_TEST

START_TEST(months)
{
	char buf[PERIOD_LABEL_MAX], d[DATE_STR_MAX];
	const char *why;
	int m;

	ck_assert_int_eq(month_parse("2026-10", &m, &why), 0);
	ck_assert_int_eq(m, 2026 * 12 + 9);
	ck_assert_int_ne(month_parse("2026-13", &m, &why), 0);
	ck_assert_int_ne(month_parse("2026-1", &m, &why), 0);
	month_parse("2024-02", &m, &why);
	ck_assert_str_eq(date_format(month_last(m), d), "2024-02-29");
	ck_assert_str_eq(date_format(month_first(m), d), "2024-02-01");
	month_parse("2026-11", &m, &why);
	ck_assert_str_eq(period_label(PERIOD_MONTH, m, buf), "2026-11");
	ck_assert_str_eq(period_label(PERIOD_QUARTER,
	    period_start(PERIOD_QUARTER, m), buf), "2026-Q4");
	ck_assert_str_eq(period_label(PERIOD_YEAR,
	    period_start(PERIOD_YEAR, m), buf), "2026");
	ck_assert_int_eq(period_start(PERIOD_QUARTER, m), m - 1);
	ck_assert_int_eq(period_start(PERIOD_YEAR, m), m - 10);
	month_parse("2026-01", &m, &why);
	ck_assert_str_eq(date_format(month_last(m - 1), d), "2025-12-31");
}
END_TEST

START_TEST(kinds)
{
	enum period_kind k;

	ck_assert_int_eq(period_kind_parse("quarter", &k), 0);
	ck_assert_int_eq(k, PERIOD_QUARTER);
	ck_assert_str_eq(period_kind_name(k), "quarter");
	ck_assert_int_ne(period_kind_parse("week", &k), 0);
	/* an option takes the Dutch word; a record names the kind in English */
	ck_assert_int_eq(period_kind_by_word[opt_word(period_kind_words,
	    "kwartaal")], PERIOD_QUARTER);
	ck_assert_int_eq(period_kind_by_word[opt_word(period_kind_words,
	    "year")], PERIOD_YEAR);
	ck_assert_int_ne(period_kind_parse("kwartaal", &k), 0);
}
END_TEST

START_TEST(today)
{
	struct date d;
	const char *why;

	setenv("SAMEN_TODAY", "2026-11-01", 1);
	ck_assert_int_eq(date_today(&d, &why), 0);
	ck_assert_int_eq(month_of(d) - 1, 2026 * 12 + 9);	/* "last" */
	setenv("SAMEN_TODAY", "2026-01-15", 1);
	date_today(&d, &why);
	ck_assert_int_eq(month_of(d) - 1, 2025 * 12 + 11);
	setenv("SAMEN_TODAY", "yesterday", 1);
	ck_assert_int_ne(date_today(&d, &why), 0);
	unsetenv("SAMEN_TODAY");
	ck_assert_int_eq(date_today(&d, &why), 0);
	ck_assert(d.y >= 2024);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("period");
	TCase *t = tcase_create("period");

	tcase_add_test(t, dates);
	tcase_add_test(t, months);
	tcase_add_test(t, kinds);
	tcase_add_test(t, today);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
