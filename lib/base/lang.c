#include <stdarg.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/lang.h"

static const char *const words[W_NWORDS][2] = {
	[W_TITLE] = { "Accounts to participants", "Verantwoording aan de deelnemers" },
	[W_SUBTITLE] = { "Means, goals and results of each initiative, and the five questions every initiative should be able to answer to the people it serves.",
	    "Middelen, doelen en resultaten van elk initiatief, en de vijf vragen die elk initiatief moet kunnen beantwoorden voor de mensen voor wie het er is." },
	[W_PERIOD] = { "Period", "Periode" },
	[W_MEANS] = { "Means", "Middelen" },
	[W_INCOME] = { "Income", "Inkomsten" },
	[W_EXPENSES] = { "Expenses", "Uitgaven" },
	[W_BALANCE] = { "Balance", "Saldo" },
	[W_BY_SOURCE] = { "Income by source", "Inkomsten naar herkomst" },
	[W_BY_CATEGORY] = { "Expenses by category", "Uitgaven naar soort" },
	[W_MUNICIPALITY_SHARE] = { "Share of income from the municipality",
	    "Deel van de inkomsten dat van de gemeente komt" },
	[W_HOURS] = { "Hours given", "Inzet in uren" },
	[W_HOURS_TOTAL] = { "Total hours", "Uren in totaal" },
	[W_GOALS] = { "Goals and results", "Doelen en resultaten" },
	[W_GOAL] = { "Goal", "Doel" },
	[W_TARGET] = { "Target", "Streefwaarde" },
	[W_ACTUAL] = { "Achieved", "Behaald" },
	[W_PROGRESS] = { "Progress", "Voortgang" },
	[W_MET] = { "Met", "Gehaald?" },
	[W_REACH] = { "Reach", "Bereik" },
	[W_PARTICIPANTS] = { "participants", "deelnemers" },
	[W_MEETINGS] = { "Meetings", "Bijeenkomsten" },
	[W_ATTENDEES] = { "attendees", "aanwezigen" },
	[W_ADJUSTMENTS] = { "Adjustments", "Bijstellingen" },
	[W_ACCOUNTABILITY] = { "Five questions", "Vijf vragen" },
	[W_QUESTION] = { "Question", "Vraag" },
	[W_VERDICT] = { "Verdict", "Oordeel" },
	[W_REASON] = { "Why", "Waarom" },
	[W_NO_GOALS] = { "No goals were set for this period.",
	    "Voor deze periode zijn geen doelen gesteld." },
	[W_NO_REACH] = { "not reported", "niet opgegeven" },
	[W_YES] = { "yes", "ja" },
	[W_NO] = { "no", "nee" },
	[W_NOT_YET] = { "still running", "loopt nog" },
	[W_NO_RESULT] = { "no result reported", "geen resultaat opgegeven" },
	[W_AMOUNT] = { "Amount", "Bedrag" },
	[W_SHARE] = { "Share", "Aandeel" },
	[W_UNTIL] = { "for the period up to", "voor de periode tot en met" },
	[W_NONE] = { "none", "geen" },
	[W_GENERATED] = { "Made with account-report (samen) from the initiatives' own ledgers.",
	    "Gemaakt met account-report (samen) uit de eigen boekhouding van de initiatieven." },
	[W_CONTENTS] = { "Initiatives in this report", "Initiatieven in dit overzicht" },
	[W_HOURS_UNIT] = { "hours", "uur" },
	[W_TARGETS_CHART] = { "Goals: achieved against target", "Doelen: behaald tegenover streefwaarde" },
	[W_MEANS_CHART] = { "Income and expenses", "Inkomsten en uitgaven" },
	[W_OWNED] = { "Owned by its participants", "In handen van de deelnemers" },
	[W_TO] = { "to", "t/m" },
	[W_NO_ACCOUNTS] = { "No initiative recorded anything for this period.",
	    "Geen enkel initiatief heeft over deze periode iets vastgelegd." },
	[W_SRC_MUNICIPALITY] = { "municipality", "gemeente" },
	[W_SRC_FUND] = { "funds", "fondsen" },
	[W_SRC_MEMBERS] = { "members' contributions", "contributie van leden" },
	[W_SRC_DONATIONS] = { "donations", "giften" },
	[W_SRC_SALES] = { "sales", "verkoop" },
	[W_SRC_OTHER] = { "other", "overig" },
	[W_CAT_ACCOMMODATION] = { "accommodation", "huisvesting" },
	[W_CAT_ACTIVITIES] = { "activities", "activiteiten" },
	[W_CAT_STAFF] = { "staff", "personeel" },
	[W_CAT_MATERIALS] = { "materials", "materiaal" },
	[W_CAT_OTHER] = { "other", "overig" },
	[W_BY_VOLUNTEER] = { "volunteers", "vrijwilligers" },
	[W_BY_MEMBER] = { "members", "leden" },
	[W_BY_PROFESSIONAL] = { "professionals", "beroepskrachten" },
	[W_Q_VALUE] = { "Value", "Waarde" },
	[W_Q_PRIDE] = { "Pride", "Trots" },
	[W_Q_ACCOUNTS] = { "Accounts", "Verantwoording" },
	[W_Q_ADJUSTS] = { "Adjusts", "Bijsturing" },
	[W_Q_AGREEMENT] = { "Agreement", "Overeenstemming" },
	[W_QQ_VALUE] = { "Can the people it is for expect quality and value?",
	    "Mogen de mensen voor wie het er is kwaliteit en waarde verwachten?" },
	[W_QQ_PRIDE] = { "Can the participants be proud of their role, their own work and their ownership?",
	    "Kunnen de deelnemers trots zijn op hun rol, hun eigen inzet en hun eigenaarschap?" },
	[W_QQ_ACCOUNTS] = { "Does it account to its participants, at least once a year, for its means, goals and results?",
	    "Legt het initiatief minstens eens per jaar aan de deelnemers verantwoording af over middelen, doelen en resultaten?" },
	[W_QQ_ADJUSTS] = { "Is it visibly adjusted when that is needed?",
	    "Wordt het aantoonbaar bijgesteld als dat nodig is?" },
	[W_QQ_AGREEMENT] = { "Do those who run it and those it serves agree on its scale and set-up?",
	    "Zijn uitvoerders en deelnemers het eens over de schaal en de opzet?" },
	[W_PASS] = { "yes", "ja" },
	[W_FAIL] = { "no", "nee" },
	[W_UNKNOWN] = { "cannot tell yet", "nog niet te zeggen" },
};

static const char *const months[12][2] = {
	{ "January", "januari" }, { "February", "februari" },
	{ "March", "maart" }, { "April", "april" }, { "May", "mei" },
	{ "June", "juni" }, { "July", "juli" }, { "August", "augustus" },
	{ "September", "september" }, { "October", "oktober" },
	{ "November", "november" }, { "December", "december" }
};

const char *const lang_words[] = { "en|engels", "nl|nederlands", NULL };


const char *
lang_word(enum lang l, enum lang_word w)
{
	if ((int)w < 0 || w >= W_NWORDS || words[w][0] == NULL)
		return "?";
	return words[w][l == LANG_NL];
}

/* The magnitude's whole part with separators, then the decimals. */
static char *
grouped(uint64_t whole, char sep, char buf[32])
{
	char digits[32], *p = buf;
	int n, i;

	n = snprintf(digits, sizeof digits, "%" PRIu64, whole);
	for (i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			*p++ = sep;
		*p++ = digits[i];
	}
	*p = '\0';
	return buf;
}

char *
lang_money(enum lang l, int64_t cents, char buf[LANG_BUF])
{
	uint64_t mag = cents < 0 ? (uint64_t)0 - (uint64_t)cents :
	    (uint64_t)cents;
	char whole[32];

	grouped(mag / 100, l == LANG_NL ? '.' : ',', whole);
	if (l == LANG_NL)
		snprintf(buf, LANG_BUF, "€ %s%s,%02u", cents < 0 ? "-" : "",
		    whole, (unsigned)(mag % 100));
	else
		snprintf(buf, LANG_BUF, "%s€%s.%02u", cents < 0 ? "-" : "",
		    whole, (unsigned)(mag % 100));
	return buf;
}

char *
lang_hundredths(enum lang l, int64_t v, char buf[LANG_BUF])
{
	uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
	char whole[32];
	char point = l == LANG_NL ? ',' : '.';

	grouped(mag / 100, l == LANG_NL ? '.' : ',', whole);
	if (mag % 100 == 0)
		snprintf(buf, LANG_BUF, "%s%s", v < 0 ? "-" : "", whole);
	else if (mag % 10 == 0)
		snprintf(buf, LANG_BUF, "%s%s%c%u", v < 0 ? "-" : "", whole,
		    point, (unsigned)(mag % 100 / 10));
	else
		snprintf(buf, LANG_BUF, "%s%s%c%02u", v < 0 ? "-" : "", whole,
		    point, (unsigned)(mag % 100));
	return buf;
}

char *
lang_percent(enum lang l, double share, char buf[LANG_BUF])
{
	double pct = isfinite(share) ? share * 100 : 0;

	(void)l;
	/* printf rounds half to even, as before; the bound keeps it short */
	pct = fmax(fmin(pct, (double)(INT64_MAX / 2)), -(double)(INT64_MAX / 2));
	snprintf(buf, LANG_BUF, "%.0f%%", pct);
	return buf;
}

/*
 * v rounded to a whole number within -limit..limit (saturated beyond);
 * 0 when v is not finite.  No conversion or product that follows can
 * overflow.
 */
static int64_t
rounded(double v, int64_t limit)
{
	if (!isfinite(v))
		return 0;
	if (v >= (double)limit)
		return limit;
	if (v <= -(double)limit)
		return -limit;
	return (int64_t)llround(v);
}

char *
lang_number(enum lang l, double v, char buf[LANG_BUF])
{
	return lang_hundredths(l, rounded(v * 100, INT64_MAX / 2), buf);
}

char *
lang_percent1(enum lang l, double share, char buf[LANG_BUF])
{
	size_t len;

	lang_hundredths(l, rounded(share * 1000, INT64_MAX / 20) * 10, buf);
	len = strlen(buf);
	if (len + 1 < LANG_BUF) {
		buf[len] = '%';
		buf[len + 1] = '\0';
	}
	return buf;
}

void
lang_sentence(json_t *list, const char *fmt, ...)
{
	char buf[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	json_array_append_new(list, json_string(buf));
}

char *
lang_join(enum lang l, enum lang_conj c, const char *const *items, size_t n,
    char *buf, size_t size)
{
	const char *last = c == LANG_OR ? LANG_PICK(l, " or ", " of ") :
	    LANG_PICK(l, " and ", " en ");
	size_t i, len = 0;
	int k;

	if (size == 0)
		return buf;
	buf[0] = '\0';
	for (i = 0; i < n && len < size; i++) {
		k = snprintf(buf + len, size - len, "%s%s",
		    i == 0 ? "" : i + 1 == n ? last : ", ", items[i]);
		len = k < 0 ? size : len + (size_t)k;
	}
	return buf;
}

char *
lang_date(enum lang l, struct date d, char buf[LANG_BUF])
{
	snprintf(buf, LANG_BUF, "%d %s %d", d.d,
	    months[(d.m + 11) % 12][l == LANG_NL], d.y);
	return buf;
}

char *
lang_date_str(enum lang l, const char *s, char buf[LANG_BUF])
{
	struct date d;
	const char *why;

	if (s != NULL && date_parse(s, strlen(s), &d, &why) == 0)
		return lang_date(l, d, buf);
	snprintf(buf, LANG_BUF, "%s", s != NULL ? s : "");
	return buf;
}

char *
lang_period(enum lang l, enum period_kind k, int start, char buf[LANG_BUF])
{
	int y = start / 12, m = start % 12;

	if (k == PERIOD_YEAR)
		snprintf(buf, LANG_BUF, "%d", y);
	else if (k == PERIOD_QUARTER)
		snprintf(buf, LANG_BUF, l == LANG_NL ? "%de kwartaal %d" :
		    "Q%d %d", m / 3 + 1, y);
	else
		snprintf(buf, LANG_BUF, "%s %d", months[m][l == LANG_NL], y);
	return buf;
}
