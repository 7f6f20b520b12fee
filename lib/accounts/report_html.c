#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "accounts/ledger.h"
#include "core/err.h"
#include "core/out.h"
#include "accounts/report.h"
#include "base/svgchart.h"

/*
 * Printing on A4 matters as much as the screen: participants take the
 * report to their meeting.  The overview is one page and each account one
 * page of its own; the account's heading sits in the head of a table that
 * holds the whole section, which a browser repeats on every printed page,
 * so that a page that spills over still names its initiative.  Charts and
 * the rows of a table are never split.  On a phone (under 40em) the
 * columns stack and the tables of questions and verdicts reflow into
 * blocks, so that nothing is cut off.
 */
static const char style[] =
"body{font-family:\"DejaVu Sans\",\"Liberation Sans\",Arial,sans-serif;"
"color:#1a1a1a;max-width:60em;margin:1.5em auto;padding:0 1em;"
"line-height:1.4}\n"
"h1{font-size:1.6em;margin:0 0 .1em}.where{font-size:1.15em;margin:0 0 .6em;"
"color:#333}\nh2{font-size:1.3em;border-bottom:2px solid #2b6a4f;"
"padding-bottom:.2em;margin:1.5em 0 .2em;text-align:left}\n"
"h3{font-size:1.05em;margin:.9em 0 .3em}.period{color:#555;margin:0}\n"
"table{border-collapse:collapse;width:100%;margin:.3em 0}"
"th,td{padding:.2em .45em;border-bottom:1px solid #ddd;text-align:left;"
"vertical-align:top}\n"
"table.sheet{margin:0}.sheet>thead>tr>th,.sheet>tbody>tr>td{padding:0;"
"border:0;font-weight:normal}\n"
"@media screen{table.sheet,.sheet>thead,.sheet>tbody,.sheet>*>tr,"
".sheet>*>tr>*{display:block}}\n"
"td.num,th.num{text-align:right;white-space:nowrap}"
"tr.sub td:first-child{padding-left:1.5em;color:#444}"
"tr.total td{font-weight:bold}\n"
".cols{display:grid;grid-template-columns:1fr 1fr;gap:0 1.5em}"
".trends{display:grid;grid-template-columns:repeat(3,1fr);gap:.6em 1.2em}\n"
"figure{margin:0}figcaption{font-size:.9em;font-weight:bold}"
".chart{width:100%;height:auto;display:block}"
".chart text{font-size:10px;fill:#1a1a1a}.chart .scale{text-anchor:end;"
"font-size:9px}.chart .when{text-anchor:middle;font-size:9px}\n"
".s-in,.s-met{fill:#009e73}.s-out,.s-miss{fill:url(#hatch)}"
".s-open{fill:#c8c8c8;stroke:#777;stroke-width:.5}"
".s-target{stroke:#1a1a1a;stroke-width:1.5;stroke-dasharray:4 3;fill:none}"
"polyline.s-reach,line.s-reach{stroke:#0072b2;stroke-width:2;fill:none}"
"circle.s-reach{fill:#0072b2}.axis{stroke:#555}.grid{stroke:#ccc;"
"stroke-dasharray:2 2}.defs{position:absolute}\n"
".v-pass{color:#00704f;font-weight:bold}.v-fail{color:#a33a00;"
"font-weight:bold}.v-unknown{color:#555;font-weight:bold}"
".ov td.period,.v-pass,.v-fail,.v-unknown{white-space:nowrap}.idle{color:#555;font-style:italic}\n"
".q{font-style:italic}.key{color:#444;font-size:.9em}footer{margin-top:2em;"
"color:#555;font-size:.9em}\n"
"@media screen and (max-width:60em){.trends{grid-template-columns:1fr 1fr}}\n"
"@media screen and (max-width:40em){.cols,.trends{grid-template-columns:1fr}"
"table.reflow,table.reflow tbody,table.reflow tr,table.reflow td{"
"display:block;width:auto}table.reflow thead{display:none}"
"table.reflow tr{border-bottom:1px solid #ddd;padding:.3em 0}"
"table.reflow td{border:0;padding:.1em 0;text-align:left}"
"table.ov td.v{display:inline-block;margin-right:.8em}"
"table.reflow td[data-h]::before{content:attr(data-h) \": \";"
"color:#555;font-weight:normal}}\n"
"@page{size:A4;margin:14mm 14mm 12mm}\n"
"@media print{body{margin:0;max-width:none;font-size:8.5pt;"
"line-height:1.3}section.acct{break-before:page}h2{margin-top:0}"
"h3{break-after:avoid;margin:.6em 0 .2em}figure,tr,.cols>div{"
"break-inside:avoid}nav{display:none}}\n";

static const char *
w(enum lang l, enum lang_word x)
{
	return lang_word(l, x);
}

static void
money_row(void *ctx, enum lang l, const char *label, int64_t cents, int total)
{
	char buf[LANG_BUF];

	(void)ctx;
	out_printf("<tr class=\"%s\"><td>", total ? "total" : "sub");
	svg_escape(label);
	out_printf("</td><td class=\"num\">%s</td></tr>\n",
	    lang_money(l, cents, buf));
}

static void
hours_row(void *ctx, enum lang l, const char *label, int64_t hundredths)
{
	char buf[LANG_BUF];

	(void)ctx;
	out_printf("<tr class=\"sub\"><td>%s</td><td class=\"num\">%s %s"
	    "</td></tr>\n", label, lang_hundredths(l, hundredths, buf),
	    w(l, W_HOURS_UNIT));
}

static void
html_means(const json_t *a, enum lang l)
{
	const json_t *m = json_object_get(a, "means"), *share;
	const json_t *h = rf_get(m, "hours", NULL);
	char buf[LANG_BUF];

	out_printf("<h3>%s</h3>\n<table><thead><tr><th></th><th class=\"num\">"
	    "%s</th></tr></thead><tbody>\n", w(l, W_MEANS), w(l, W_AMOUNT));
	rf_means_rows(m, l, money_row, NULL);
	share = rf_get(m, "municipality_share", NULL);
	if (json_is_number(share))
		out_printf("<tr><td>%s</td><td class=\"num\">%s</td></tr>\n",
		    w(l, W_MUNICIPALITY_SHARE), lang_percent(l,
		    json_number_value(share), buf));
	out_printf("<tr class=\"total\"><td>%s</td><td class=\"num\">%s %s"
	    "</td></tr>\n", w(l, W_HOURS), lang_hundredths(l, rf_hundredths(
	    rf_get(h, "total", NULL)), buf), w(l, W_HOURS_UNIT));
	rf_hours_rows(m, l, hours_row, NULL);
	out_puts("</tbody></table>\n");
}

/* A goal's name, its unit in small letters and the period it runs to. */
static void
goal_cell(const json_t *g, enum lang l)
{
	const json_t *until = json_object_get(g, "until");
	const char *unit = rf_goal_unit(g);
	char buf[LANG_BUF];

	out_puts("<td>");
	svg_escape(rf_goal_name(g));
	if (*unit) {
		out_puts(" <small>(");
		svg_escape(unit);
		out_puts(")</small>");
	}
	if (json_is_string(until))
		out_printf("<br><small>%s %s</small>", w(l, W_UNTIL),
		    lang_date_str(l, json_string_value(until), buf));
	out_puts("</td>");
}

static void
html_goals(const json_t *a, enum lang l)
{
	const json_t *gs = json_object_get(a, "goals"), *g, *p;
	char buf[LANG_BUF];
	size_t i;

	out_printf("<h3>%s</h3>\n", w(l, W_GOALS));
	if (json_array_size(gs) == 0) {
		out_printf("<p>%s</p>\n", w(l, W_NO_GOALS));
		return;
	}
	out_printf("<table class=\"reflow\"><thead><tr><th>%s</th>"
	    "<th class=\"num\">%s</th><th class=\"num\">%s</th>"
	    "<th class=\"num\">%s</th><th>%s</th></tr></thead><tbody>\n",
	    w(l, W_GOAL), w(l, W_TARGET), w(l, W_ACTUAL), w(l, W_PROGRESS),
	    w(l, W_MET));
	json_array_foreach(gs, i, g) {
		out_puts("<tr>");
		goal_cell(g, l);
		out_printf("<td class=\"num\" data-h=\"%s\">%s</td>",
		    w(l, W_TARGET), lang_hundredths(l, rf_hundredths(
		    json_object_get(g, "target")), buf));
		out_printf("<td class=\"num\" data-h=\"%s\">%s</td>",
		    w(l, W_ACTUAL), lang_hundredths(l, rf_hundredths(
		    json_object_get(g, "actual")), buf));
		p = json_object_get(g, "progress");
		out_printf("<td class=\"num\" data-h=\"%s\">%s</td>"
		    "<td data-h=\"%s\">%s</td></tr>\n", w(l, W_PROGRESS),
		    json_is_number(p) ? lang_percent(l, json_number_value(p),
		    buf) : "", w(l, W_MET), rf_met_word(g, l));
	}
	out_puts("</tbody></table>\n");
}

static void
html_rest(const json_t *a, enum lang l)
{
	const json_t *mt = json_object_get(a, "meetings");
	const json_t *owned = json_object_get(a, "owned_by_participants");
	char buf[2 * LANG_BUF];

	out_printf("<h3>%s</h3>\n<table><tbody>\n<tr><td>%s</td><td>%s"
	    "</td></tr>\n", w(l, W_REACH), w(l, W_PARTICIPANTS),
	    rf_reach(a, l, buf, sizeof buf));
	out_printf("<tr><td>%s</td><td>%lld (%lld %s)</td></tr>\n",
	    w(l, W_MEETINGS), (long long)json_integer_value(json_object_get(mt,
	    "held")), (long long)json_integer_value(json_object_get(mt,
	    "attendees")), w(l, W_ATTENDEES));
	out_printf("<tr><td>%s</td><td>%lld</td></tr>\n", w(l, W_ADJUSTMENTS),
	    (long long)json_integer_value(json_object_get(a, "adjustments")));
	if (json_is_boolean(owned))
		out_printf("<tr><td>%s</td><td>%s</td></tr>\n", w(l, W_OWNED),
		    w(l, json_is_true(owned) ? W_YES : W_NO));
	out_puts("</tbody></table>\n");
}

/* "pass", "fail" or "unknown": the verdict of question i, as a class. */
static const char *
verdict_of(const json_t *a, int i)
{
	const char *v = json_string_value(json_object_get(rf_get(a,
	    "accountability", rf_questions[i]), "verdict"));

	if (v != NULL && (strcmp(v, "pass") == 0 || strcmp(v, "fail") == 0))
		return v;
	return "unknown";
}

/* A verdict as a sign and a word, so that it reads without colour. */
static void
verdict_mark(const char *v, enum lang l)
{
	out_printf("<span class=\"v-%s\">%s %s</span>", v,
	    *v == 'p' ? "\xE2\x9C\x93" : *v == 'f' ? "\xE2\x9C\x97" : "?",
	    w(l, rf_verdict_word(v)));
}

static void
html_questions(const json_t *a, enum lang l)
{
	const json_t *q;
	const char *reason;
	int i;

	out_printf("<h3>%s</h3>\n<table class=\"reflow\"><thead><tr><th>%s"
	    "</th><th>%s</th><th>%s</th></tr></thead><tbody>\n",
	    w(l, W_ACCOUNTABILITY), w(l, W_QUESTION), w(l, W_VERDICT),
	    w(l, W_REASON));
	for (i = 0; i < 5; i++) {
		q = rf_get(a, "accountability", rf_questions[i]);
		out_printf("<tr><td><b>%d. %s</b><br><span class=\"q\">%s</span>"
		    "</td><td>", i + 1, w(l, rf_question_name(i)),
		    w(l, rf_question_text(i)));
		verdict_mark(verdict_of(a, i), l);
		out_printf("</td><td data-h=\"%s\">", w(l, W_REASON));
		reason = json_string_value(json_object_get(q, "reason"));
		svg_escape(reason != NULL ? reason : "");
		out_puts("</td></tr>\n");
	}
	out_puts("</tbody></table>\n");
}

/* What the page covers in words: the period asked for, else the span of
 * the accounts it holds; "" when neither says. */
static char *
doc_period(const struct report_doc *d, char *buf, size_t size)
{
	char a[LANG_BUF], b[LANG_BUF];
	const char *lo = NULL, *hi = NULL, *p;
	size_t i, ilo = 0, ihi = 0;

	if (d->lo > 0 || d->hi < REPORT_OPEN) {
		if (period_start(d->kind, d->lo) == d->lo &&
		    d->hi == d->lo + (int)d->kind - 1)
			snprintf(buf, size, "%s", lang_period(d->lang, d->kind,
			    d->lo, a));
		else
			snprintf(buf, size, "%s \xE2\x80\x93 %s", lang_period(
			    d->lang, PERIOD_MONTH, d->lo, a), d->hi < REPORT_OPEN ?
			    lang_period(d->lang, PERIOD_MONTH, d->hi, b) : "");
		return buf;
	}
	/* period labels of one kind sort as strings */
	for (i = 0; i < d->n; i++) {
		p = json_string_value(json_object_get(d->page[i].account,
		    "period"));
		if (lo == NULL || strcmp(p, lo) < 0)
			lo = p, ilo = i;
		if (hi == NULL || strcmp(p, hi) > 0)
			hi = p, ihi = i;
	}
	*buf = '\0';
	if (lo != NULL && strcmp(lo, hi) == 0)
		snprintf(buf, size, "%s", rf_period(d->page[ilo].account,
		    d->lang, a));
	else if (lo != NULL)
		snprintf(buf, size, "%s \xE2\x80\x93 %s", rf_period(
		    d->page[ilo].account, d->lang, a), rf_period(
		    d->page[ihi].account, d->lang, b));
	return buf;
}

/* "Lindewaarde, oktober 2026": where and when, as far as known. */
static void
where_when(const struct report_doc *d, const char *period)
{
	if (d->municipality != NULL)
		svg_escape(d->municipality);
	if (d->municipality != NULL && *period)
		out_puts(", ");
	out_puts(period);
}

static void
html_head(const struct report_doc *d, const char *period)
{
	enum lang l = d->lang;

	out_printf("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n<title>%s",
	    LANG_PICK(l, "en", "nl"), w(l, W_TITLE));
	if (d->municipality != NULL || *period) {
		out_puts(" \xE2\x80\x94 ");
		where_when(d, period);
	}
	out_printf("</title>\n<style>\n%s</style>\n</head>\n<body>\n", style);
	rc_defs();
}

/* One row of the overview: the account's name, linked to its page, its
 * period when the page holds more than one, and the five verdicts. */
static void
overview_row(const struct report_doc *d, size_t i, int periods)
{
	const json_t *a = d->page[i].account;
	char p[LANG_BUF];
	int q;

	out_printf("<tr><td><a href=\"#s%zu\">", i + 1);
	svg_escape(rf_name(a));
	out_puts("</a></td>");
	if (periods)
		out_printf("<td class=\"period\">%s</td>",
		    rf_period(a, d->lang, p));
	for (q = 0; q < 5; q++) {
		out_printf("<td class=\"v\" data-h=\"%s\">",
		    w(d->lang, rf_question_name(q)));
		verdict_mark(verdict_of(a, q), d->lang);
		out_puts("</td>");
	}
	out_puts("</tr>\n");
}

/* Does the page hold accounts of more than one period? */
static int
many_periods(const struct report_doc *d)
{
	size_t i;

	for (i = 1; i < d->n; i++)
		if (strcmp(json_string_value(json_object_get(d->page[i].account,
		    "period")), json_string_value(json_object_get(
		    d->page[0].account, "period"))) != 0)
			return 1;
	return 0;
}

static void
overview_table(const struct report_doc *d)
{
	enum lang l = d->lang;
	const json_t *x;
	size_t i;
	int q, periods = many_periods(d);

	out_printf("<table class=\"ov reflow\"><thead><tr><th>%s</th>",
	    LANG_PICK(l, "Initiative", "Initiatief"));
	if (periods)
		out_printf("<th>%s</th>", w(l, W_PERIOD));
	for (q = 0; q < 5; q++)
		out_printf("<th>%s</th>", w(l, rf_question_name(q)));
	out_puts("</tr></thead><tbody>\n");
	for (i = 0; i < d->n; i++)
		overview_row(d, i, periods);
	json_array_foreach(d->idle, i, x) {
		out_puts("<tr><td>");
		svg_escape(rf_name(x));
		out_printf("</td><td colspan=\"%d\" class=\"idle\">%s</td>"
		    "</tr>\n", 5 + periods, LANG_PICK(l, "no accounts recorded",
		    "geen rekeningen vastgelegd"));
	}
	out_printf("</tbody></table>\n<p class=\"key\">%s</p>\n", LANG_PICK(l,
	    "Each question and the reasons for its verdict are on the "
	    "initiative's own page.",
	    "Elke vraag en de redenen van het oordeel staan op de eigen "
	    "pagina van het initiatief."));
}

/* The first page: where and when, a row for each initiative, the day
 * it was made. */
static void
html_overview(const struct report_doc *d, const char *period)
{
	enum lang l = d->lang;
	char made[LANG_BUF];

	out_printf("<section class=\"overview\">\n<header><h1>%s</h1>\n"
	    "<p class=\"where\">", w(l, W_TITLE));
	where_when(d, period);
	out_printf("</p>\n<p>%s</p></header>\n", w(l, W_SUBTITLE));
	if (d->n == 0 && *period)
		out_printf("<p>%s %s.</p>\n", LANG_PICK(l,
		    "No initiative recorded anything for",
		    "Geen enkel initiatief heeft iets vastgelegd over"), period);
	else if (d->n == 0)
		out_printf("<p>%s</p>\n", w(l, W_NO_ACCOUNTS));
	if (d->n > 0 || json_array_size(d->idle) > 0)
		overview_table(d);
	out_puts("<footer><p>");
	out_printf(LANG_PICK(l, "Made on %s with account-report (samen) from "
	    "the initiatives' own ledgers.", "Gemaakt op %s met account-report "
	    "(samen) uit de eigen boekhouding van de initiatieven."),
	    lang_date_str(l, d->made, made));
	out_puts("</p></footer>\n</section>\n");
}

/* An account's page: its heading repeats on any page it spills onto. */
static void
html_account(const struct report_page *pg, size_t i, enum lang l)
{
	const json_t *a = pg->account;
	char p[LANG_BUF], d1[LANG_BUF], d2[LANG_BUF];

	out_printf("<section class=\"acct\" id=\"s%zu\">\n<table class=\"sheet\" "
	    "role=\"presentation\"><thead><tr><th><h2>", i + 1);
	svg_escape(rf_name(a));
	out_printf(" <span class=\"period\">\xE2\x80\x94 %s</span></h2></th>"
	    "</tr></thead>\n<tbody><tr><td>\n<p class=\"period\">%s \xE2\x80\x93 "
	    "%s</p>\n", rf_period(a, l, p), lang_date_str(l, json_string_value(
	    json_object_get(a, "from")), d1), lang_date_str(l,
	    json_string_value(json_object_get(a, "to")), d2));
	html_questions(a, l);
	out_puts("<div class=\"cols\"><div>\n");
	html_means(a, l);
	out_puts("</div><div>\n");
	html_goals(a, l);
	html_rest(a, l);
	out_puts("</div></div>\n");
	rf_trends(a, pg->history, l);
	out_puts("</td></tr></tbody></table>\n</section>\n");
}

void
report_html(const struct report_doc *d)
{
	char period[3 * LANG_BUF];
	size_t i;

	doc_period(d, period, sizeof period);
	html_head(d, period);
	html_overview(d, period);
	for (i = 0; i < d->n; i++)
		html_account(&d->page[i], i, d->lang);
	out_puts("</body>\n</html>\n");
}
