#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "accounts/report.h"
#include "core/err.h"
#include "core/out.h"

/* A short label for each period of a history, and the values of its
 * series; freed by trend_free. */
struct trend {
	size_t np;
	char (*when)[12];
	const char **whenp;
	int64_t *v[3];		/* three series at most in one chart */
	char *has[3];
	enum rc_style *each;
};

static const char *const month_abbr[12][2] = {
	{ "Jan", "jan" }, { "Feb", "feb" }, { "Mar", "mrt" }, { "Apr", "apr" },
	{ "May", "mei" }, { "Jun", "jun" }, { "Jul", "jul" }, { "Aug", "aug" },
	{ "Sep", "sep" }, { "Oct", "okt" }, { "Nov", "nov" }, { "Dec", "dec" }
};

/* "okt", "K4" / "Q4" or "2026" for the period label of an account. */
static void
short_when(const json_t *acct, enum lang l, char buf[12])
{
	const char *p = json_string_value(json_object_get(acct, "period"));
	int m;

	if (p == NULL)
		p = "";
	if (strlen(p) == 7 && p[4] == '-' && p[5] != 'Q' &&
	    sscanf(p + 5, "%2d", &m) == 1 && m >= 1 && m <= 12)
		snprintf(buf, 12, "%s", month_abbr[m - 1][l == LANG_NL]);
	else if (strlen(p) == 7 && p[5] == 'Q')
		snprintf(buf, 12, "%s%c", LANG_PICK(l, "Q", "K"), p[6]);
	else
		snprintf(buf, 12, "%s", p);
}

static void
trend_init(struct trend *t, const json_t *hist, enum lang l)
{
	size_t k, i;

	memset(t, 0, sizeof *t);
	t->np = json_array_size(hist);
	t->when = xreallocarray(NULL, t->np, sizeof *t->when);
	t->whenp = xreallocarray(NULL, t->np, sizeof *t->whenp);
	t->each = xreallocarray(NULL, t->np, sizeof *t->each);
	for (i = 0; i < 3; i++) {
		t->v[i] = xreallocarray(NULL, t->np, sizeof *t->v[i]);
		t->has[i] = xreallocarray(NULL, t->np, 1);
		memset(t->has[i], 0, t->np);
	}
	for (k = 0; k < t->np; k++) {
		short_when(json_array_get(hist, k), l, t->when[k]);
		t->whenp[k] = t->when[k];
	}
}

static void
trend_free(struct trend *t)
{
	int i;

	for (i = 0; i < 3; i++) {
		free(t->v[i]);
		free(t->has[i]);
	}
	free(t->when);
	free(t->whenp);
	free(t->each);
}

/* "Income and expenses, November 2025 to October 2026". */
static void
caption(char *buf, size_t size, const char *what, const json_t *hist,
    enum lang l)
{
	char a[LANG_BUF], b[LANG_BUF];

	snprintf(buf, size, "%s, %s \xE2\x80\x93 %s", what,
	    rf_period(json_array_get(hist, 0), l, a),
	    rf_period(json_array_get(hist, json_array_size(hist) - 1), l, b));
}

/* Whole euros, for a scale: "€ 3.447". */
static char *
euros_fmt(enum lang l, int64_t v, char buf[LANG_BUF])
{
	size_t n;

	lang_money(l, v - v % 100, buf);
	n = strlen(buf);
	if (n > 3)
		buf[n - 3] = '\0';
	return buf;
}

static void
means_trend(const json_t *hist, enum lang l)
{
	struct trend t;
	struct rc_series s[2];
	struct rc_key key[2];
	struct rc_chart c;
	char title[3 * LANG_BUF];
	const json_t *m;
	size_t k;

	trend_init(&t, hist, l);
	for (k = 0; k < t.np; k++) {
		m = json_object_get(json_array_get(hist, k), "means");
		t.v[0][k] = rf_cents(json_object_get(m, "income"));
		t.v[1][k] = rf_cents(json_object_get(m, "expenses"));
		t.has[0][k] = t.has[1][k] = 1;
	}
	memset(s, 0, sizeof s);
	s[0].name = key[0].name = lang_word(l, W_INCOME);
	s[0].style = key[0].style = RC_INCOME;
	s[1].name = key[1].name = lang_word(l, W_EXPENSES);
	s[1].style = key[1].style = RC_EXPENSES;
	s[0].v = t.v[0], s[0].has = t.has[0];
	s[1].v = t.v[1], s[1].has = t.has[1];
	caption(title, sizeof title, lang_word(l, W_MEANS_CHART), hist, l);
	c = (struct rc_chart){ title, t.np, t.whenp, s, 2, key, 2, lang_money,
	    euros_fmt };
	rc_chart(&c, l);
	trend_free(&t);
}

/* Participants as last reported in each period; none when no period
 * has a report. */
static void
reach_trend(const json_t *hist, enum lang l)
{
	struct trend t;
	struct rc_series s;
	struct rc_key key;
	struct rc_chart c;
	char title[3 * LANG_BUF];
	const json_t *r;
	size_t k, n = 0;

	trend_init(&t, hist, l);
	for (k = 0; k < t.np; k++) {
		r = json_object_get(json_array_get(hist, k), "reach");
		if (!json_is_object(r))
			continue;
		t.v[0][k] = 100 * (int64_t)json_integer_value(
		    json_object_get(r, "participants"));
		t.has[0][k] = 1;
		n++;
	}
	if (n > 0) {
		memset(&s, 0, sizeof s);
		s.name = key.name = lang_word(l, W_PARTICIPANTS);
		s.style = key.style = RC_REACH;
		s.line = 1;
		s.v = t.v[0];
		s.has = t.has[0];
		caption(title, sizeof title, lang_word(l, W_REACH), hist, l);
		c = (struct rc_chart){ title, t.np, t.whenp, &s, 1, &key, 1,
		    lang_hundredths, lang_hundredths };
		rc_chart(&c, l);
	}
	trend_free(&t);
}

/* The goal of that id in an account, or NULL. */
static const json_t *
goal_in(const json_t *acct, const char *id)
{
	const json_t *g;
	size_t i;

	json_array_foreach(json_object_get(acct, "goals"), i, g)
		if (strcmp(json_string_value(json_object_get(g, "goal")), id) == 0)
			return g;
	return NULL;
}

/* Does a bar of the goal's series have that style? */
static int
used(const struct trend *t, enum rc_style style)
{
	size_t k;

	for (k = 0; k < t->np; k++)
		if (t->has[0][k] && t->each[k] == style)
			return 1;
	return 0;
}

/* One goal's results in each period, coloured and hatched by whether
 * they met the target, with the target as a dashed line. */
static void
goal_trend(const json_t *hist, const json_t *goal, enum lang l)
{
	const char *id = json_string_value(json_object_get(goal, "goal"));
	struct trend t;
	struct rc_series s[2];
	struct rc_key key[4];
	struct rc_chart c;
	char title[4 * LANG_BUF], what[3 * LANG_BUF];
	const json_t *g, *met;
	size_t k, nkeys;

	trend_init(&t, hist, l);
	for (k = 0; k < t.np; k++) {
		if ((g = goal_in(json_array_get(hist, k), id)) == NULL)
			continue;
		t.v[0][k] = rf_hundredths(json_object_get(g, "actual"));
		t.v[1][k] = rf_hundredths(json_object_get(g, "target"));
		t.has[0][k] = t.has[1][k] = 1;
		met = json_object_get(g, "met");
		t.each[k] = json_is_true(met) ? RC_MET : json_is_false(met) ?
		    RC_MISSED : RC_OPEN;
	}
	memset(s, 0, sizeof s);
	s[0].name = lang_word(l, W_ACTUAL);
	s[0].each = t.each;
	s[0].v = t.v[0], s[0].has = t.has[0];
	s[1].name = lang_word(l, W_TARGET);
	s[1].style = RC_TARGET;
	s[1].line = 1;
	s[1].v = t.v[1], s[1].has = t.has[1];
	nkeys = 0;
	if (used(&t, RC_MET))
		key[nkeys++] = (struct rc_key){ LANG_PICK(l, "met", "gehaald"),
		    RC_MET };
	if (used(&t, RC_MISSED))
		key[nkeys++] = (struct rc_key){ LANG_PICK(l, "missed",
		    "niet gehaald"), RC_MISSED };
	if (used(&t, RC_OPEN))
		key[nkeys++] = (struct rc_key){ LANG_PICK(l, "not judged",
		    "geen oordeel"), RC_OPEN };
	key[nkeys++] = (struct rc_key){ lang_word(l, W_TARGET), RC_TARGET };
	snprintf(what, sizeof what, "%s: %s", lang_word(l, W_GOAL),
	    rf_goal_name(goal));
	caption(title, sizeof title, what, hist, l);
	c = (struct rc_chart){ title, t.np, t.whenp, s, 2, key, nkeys,
	    lang_hundredths, lang_hundredths };
	rc_chart(&c, l);
	trend_free(&t);
}

void
rf_trends(const json_t *acct, const json_t *hist, enum lang l)
{
	const json_t *g;
	size_t i;

	if (json_array_size(hist) < 2)
		return;
	out_printf("<h3>%s</h3>\n<div class=\"trends\">\n",
	    LANG_PICK(l, "Over time", "Het verloop"));
	means_trend(hist, l);
	reach_trend(hist, l);
	json_array_foreach(json_object_get(acct, "goals"), i, g)
		goal_trend(hist, g, l);
	out_puts("</div>\n");
}
