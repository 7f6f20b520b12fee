#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "base/period.h"
#include "core/err.h"
#include "core/opt.h"

static int
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
days_in_month(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

int
date_valid(int y, int m, int d)
{
	return y >= DATE_MIN_YEAR && y <= DATE_MAX_YEAR && m >= 1 && m <= 12 &&
	    d >= 1 && d <= days_in_month(y, m);
}

static int
digits(const char *s, size_t n, int *v)
{
	size_t i;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*v = *v * 10 + (s[i] - '0');
	}
	return 0;
}

int
date_parse(const char *s, size_t len, struct date *dt, const char **why)
{
	int y, m, d;

	if (len != 10 || s[4] != '-' || s[7] != '-' || digits(s, 4, &y) ||
	    digits(s + 5, 2, &m) || digits(s + 8, 2, &d)) {
		*why = "is not a date of the form YYYY-MM-DD";
		return -1;
	}
	if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) {
		*why = "is no day of the calendar";
		return -1;
	}
	if (y < DATE_MIN_YEAR || y > DATE_MAX_YEAR) {
		*why = "lies outside the years 1900 to 2999";
		return -1;
	}
	dt->y = y;
	dt->m = m;
	dt->d = d;
	return 0;
}

char *
date_format(struct date dt, char buf[DATE_STR_MAX])
{
	snprintf(buf, DATE_STR_MAX, "%04u-%02u-%02u", (unsigned)dt.y % 10000,
	    (unsigned)dt.m % 100, (unsigned)dt.d % 100);
	return buf;
}

int
date_cmp(struct date a, struct date b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}

int
month_of(struct date dt)
{
	return dt.y * 12 + dt.m - 1;
}

struct date
month_first(int month)
{
	struct date dt;

	dt.y = month / 12;
	dt.m = month % 12 + 1;
	dt.d = 1;
	return dt;
}

struct date
month_last(int month)
{
	struct date dt = month_first(month);

	dt.d = days_in_month(dt.y, dt.m);
	return dt;
}

int
month_parse(const char *s, int *month, const char **why)
{
	int y, m;

	if (strlen(s) != 7 || s[4] != '-' || digits(s, 4, &y) ||
	    digits(s + 5, 2, &m) || m < 1 || m > 12) {
		*why = "is not a month of the form YYYY-MM";
		return -1;
	}
	if (y < DATE_MIN_YEAR || y > DATE_MAX_YEAR) {
		*why = "lies outside the years 1900 to 2999";
		return -1;
	}
	*month = y * 12 + m - 1;
	return 0;
}

const char *const period_kind_words[] = { "month|maand", "quarter|kwartaal",
	"year|jaar", NULL };
const enum period_kind period_kind_by_word[] = { PERIOD_MONTH, PERIOD_QUARTER,
	PERIOD_YEAR };

int
period_kind_parse(const char *s, enum period_kind *k)
{
	size_t i;

	for (i = 0; period_kind_words[i] != NULL; i++)
		if (strcmp(s, period_kind_name(period_kind_by_word[i])) == 0) {
			*k = period_kind_by_word[i];
			return 0;
		}
	return -1;
}

const char *
period_kind_name(enum period_kind k)
{
	switch (k) {
	case PERIOD_QUARTER:
		return "quarter";
	case PERIOD_YEAR:
		return "year";
	default:
		return "month";
	}
}

int
period_start(enum period_kind k, int month)
{
	return month - month % (int)k;
}

char *
period_label(enum period_kind k, int start, char buf[PERIOD_LABEL_MAX])
{
	unsigned y = (unsigned)start / 12 % 10000, m = (unsigned)start % 12 + 1;

	if (k == PERIOD_YEAR)
		snprintf(buf, PERIOD_LABEL_MAX, "%04u", y);
	else if (k == PERIOD_QUARTER)
		snprintf(buf, PERIOD_LABEL_MAX, "%04u-Q%u", y, (m - 1) / 3 + 1);
	else
		snprintf(buf, PERIOD_LABEL_MAX, "%04u-%02u", y, m);
	return buf;
}

int
date_today(struct date *dt, const char **why)
{
	const char *env = getenv("SAMEN_TODAY");
	time_t now;
	struct tm tm;

	if (env != NULL && *env != '\0') {
		if (date_parse(env, strlen(env), dt, why) == 0)
			return 0;
		return -1;
	}
	now = time(NULL);
	if (gmtime_r(&now, &tm) == NULL) {
		*why = "the clock cannot be read";
		return -1;
	}
	dt->y = tm.tm_year + 1900;
	dt->m = tm.tm_mon + 1;
	dt->d = tm.tm_mday;
	return 0;
}

void
date_option(const char *arg, struct date *dt)
{
	const char *why, *env = getenv("SAMEN_TODAY");

	if (arg != NULL) {
		if (date_parse(arg, strlen(arg), dt, &why) != 0)
			opt_usage_error("--date '%s': %s", arg, why);
	} else if (date_today(dt, &why) != 0) {
		/* a SAMEN_TODAY that is no date is the user's to mend; a clock
		 * that cannot be read is trouble, not usage */
		if (env != NULL && *env != '\0')
			opt_usage_error("SAMEN_TODAY '%s': %s", env, why);
		die("%s", why);
	}
}
