/*
 * fuzz_period: date_parse and month_parse against the C library's
 * calendar.  A date is "YYYY-MM-DD" exactly, in the years 1900 to 2999;
 * it is a day of the calendar when timegm() and gmtime_r() give back the
 * same year, month and day (glibc's proleptic Gregorian calendar, which
 * shares no code with period.c).  An accepted date must format back to
 * its text; a month is "YYYY-MM" in the same years (month_parse reads a
 * C string: the input up to its first NUL).
 */
#include <string.h>
#include <time.h>

#include "base/period.h"
#include "fuzz.h"

/* The n digits at s as a number, or -1 when one is not a digit. */
static int
number(const char *s, size_t n)
{
	int v = 0;

	while (n-- > 0) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (*s++ - '0');
	}
	return v;
}

/* A real day in the allowed years, by glibc. */
static int
reference_date(const char *s, size_t len)
{
	struct tm tm = { 0 }, back;
	time_t t;
	int y, m, d;

	if (len != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	if ((y = number(s, 4)) < 0 || (m = number(s + 5, 2)) < 0 ||
	    (d = number(s + 8, 2)) < 0)
		return -1;
	if (y < DATE_MIN_YEAR || y > DATE_MAX_YEAR)
		return -1;
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = 12;
	t = timegm(&tm);
	if (gmtime_r(&t, &back) == NULL)
		return -1;
	return back.tm_year == y - 1900 && back.tm_mon == m - 1 &&
	    back.tm_mday == d ? 0 : -1;
}

/* A month "YYYY-MM" in the allowed years. */
static int
reference_month(const char *s, size_t len, int *month)
{
	int y, m;

	if (len != 7 || s[4] != '-' || (y = number(s, 4)) < 0 ||
	    (m = number(s + 5, 2)) < 1 || m > 12 || y < DATE_MIN_YEAR ||
	    y > DATE_MAX_YEAR)
		return -1;
	*month = y * 12 + m - 1;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *why = NULL;
	char text[16], buf[DATE_STR_MAX];
	struct date dt;
	int rc, ref, month = 0, want = 0;

	if (size >= sizeof text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	rc = date_parse(s, size, &dt, &why);
	ref = reference_date(s, size);
	FUZZ_CHECK(rc == ref, "'%.*s': date_parse %s, glibc %s", (int)size,
	    s, rc == 0 ? "accepts" : why, ref == 0 ? "accepts" : "rejects");
	if (rc == 0) {
		FUZZ_CHECK(date_valid(dt.y, dt.m, dt.d), "date_valid refuses");
		FUZZ_CHECK(strcmp(date_format(dt, buf), text) == 0,
		    "'%s' formats as %s", text, buf);
		FUZZ_CHECK(month_first(month_of(dt)).y == dt.y &&
		    month_last(month_of(dt)).d >= dt.d, "month of %s", text);
	} else
		FUZZ_CHECK(why != NULL && why[0] != '\0', "no reason");
	why = NULL;
	rc = month_parse(text, &month, &why);
	ref = reference_month(text, strlen(text), &want);
	FUZZ_CHECK(rc == ref && (rc != 0 || month == want),
	    "'%s': month_parse %s, the reference %s", text,
	    rc == 0 ? "accepts" : why, ref == 0 ? "accepts" : "rejects");
	return 0;
}
