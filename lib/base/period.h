/*
 * period: calendar dates, months and the report periods built from them.
 *
 * A date is valid when it names a real day of the Gregorian calendar in the
 * years 1900 to 2999 (the range a ledger can sensibly hold; anything else is
 * taken as a typing error, not a date).  Months are counted as one integer,
 * year * 12 + month - 1, so that month arithmetic is plain arithmetic.  A
 * period is a month, a calendar quarter or a calendar year, named by its
 * first month; every period is a whole number of months.  "Today" is the
 * clock's UTC date unless SAMEN_TODAY=YYYY-MM-DD says otherwise (for tests
 * and for re-running a cron job after the fact).
 */
#ifndef SAMEN_PERIOD_H
#define SAMEN_PERIOD_H

#include <stddef.h>

#define DATE_STR_MAX 11		/* "YYYY-MM-DD" and its NUL */
#define PERIOD_LABEL_MAX 16	/* "2026-10", "2026-Q4", "2026" */
#define DATE_MIN_YEAR 1900
#define DATE_MAX_YEAR 2999

struct date {
	int y, m, d;
};

/* The number of months in a period of each kind. */
enum period_kind {
	PERIOD_MONTH = 1,
	PERIOD_QUARTER = 3,
	PERIOD_YEAR = 12
};

int	date_valid(int y, int m, int d);
int	days_in_month(int y, int m);
/* "YYYY-MM-DD" exactly; 0, or -1 with the reason in *why. */
int	date_parse(const char *s, size_t len, struct date *, const char **why);
char   *date_format(struct date, char buf[DATE_STR_MAX]);
/* <0, 0, >0 as strcmp. */
int	date_cmp(struct date, struct date);

int	month_of(struct date);		/* y * 12 + m - 1 */
struct date month_first(int month);
struct date month_last(int month);
/* "YYYY-MM"; 0, or -1 with the reason in *why. */
int	month_parse(const char *s, int *month, const char **why);

/*
 * The kinds' words for an option (OPT_CHOICE), each with its Dutch name
 * ("month|maand"); period_kind_by_word[i] is the kind word i names.
 * Records name a kind in English only (period_kind_parse).
 */
extern const char *const period_kind_words[];
extern const enum period_kind period_kind_by_word[];

/* "month", "quarter", "year"; 0 or -1. */
int	period_kind_parse(const char *, enum period_kind *);
const char *period_kind_name(enum period_kind);
/* The first month of the period of this kind that holds month. */
int	period_start(enum period_kind, int month);
/* "2026-10", "2026-Q4" or "2026" for the period starting at month. */
char   *period_label(enum period_kind, int start, char buf[PERIOD_LABEL_MAX]);

/* Today's date: SAMEN_TODAY when set (0, or -1 with *why when malformed),
 * else the clock's, in UTC. */
int	date_today(struct date *, const char **why);
/* The day a --date option names, or today when arg is NULL; a malformed
 * one is a usage error (opt_usage_error: exit 2), naming --date or
 * SAMEN_TODAY. */
void	date_option(const char *arg, struct date *);

#endif
