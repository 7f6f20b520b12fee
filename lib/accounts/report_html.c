#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "accounts/ledger.h"
#include "core/err.h"
#include "core/out.h"
#include "accounts/report.h"
#include "base/svgchart.h"

/* Printing on A4 matters as much as the screen: participants take the
 * report to their meeting. */
static const char style[] =
"body{font-family:\"DejaVu Sans\",\"Liberation Sans\",Arial,sans-serif;"
"color:#1a1a1a;max-width:50em;margin:2em auto;padding:0 1em;"
"line-height:1.45}\n"
"h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.3em;"
"border-bottom:2px solid #2b6a4f;padding-bottom:.2em;margin-top:2em}\n"
"h3{font-size:1.05em;margin:1.2em 0 .4em}.period{color:#555}\n"
"table{border-collapse:collapse;width:100%;margin:.4em 0}"
"th,td{padding:.25em .5em;border-bottom:1px solid #ddd;text-align:left;"
"vertical-align:top}\n"
"td.num,th.num{text-align:right;white-space:nowrap}"
"tr.sub td:first-child{padding-left:1.5em;color:#444}"
"tr.total td{font-weight:bold}\n"
".chart{width:100%;height:auto;font-size:12px}"
".chart text{fill:#1a1a1a}\n"
".bar-0{fill:#2b6a4f}.bar-1{fill:#b5543c}.bar-2{fill:#4a6fa5}"
".bar-3{fill:#8a8a8a}.target{stroke:#1a1a1a;stroke-width:2}\n"
".pass{color:#1d5c3f;font-weight:bold}.fail{color:#a33a22;"
"font-weight:bold}.unknown{color:#555;font-weight:bold}\n"
".q{font-style:italic}footer{margin-top:3em;color:#555;"
"font-size:.9em}\n"
"@page{size:A4;margin:18mm 16mm}\n"
"@media print{body{margin:0;max-width:none;font-size:10.5pt}"
"section{break-before:page}section:first-of-type{break-before:auto}"
"h2,h3{break-after:avoid}table,svg,tr{break-inside:avoid}"
"nav{display:none}}\n";

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
means_chart(const json_t *m, enum lang l)
{
	struct svg_bar b[LEDGER_NSOURCES + LEDGER_NCATEGORIES];
	char text[LEDGER_NSOURCES + LEDGER_NCATEGORIES][LANG_BUF];
	size_t n = 0;
	int64_t v;
	int i;

	for (i = 0; i < LEDGER_NSOURCES; i++)
		if ((v = rf_cents(rf_get(m, "by_source", ledger_sources[i])))) {
			b[n].label = w(l, W_SRC_MUNICIPALITY + i);
			b[n].value = (double)v;
			b[n].target = -1;
			b[n].text = lang_money(l, v, text[n]);
			b[n++].style = 0;
		}
	for (i = 0; i < LEDGER_NCATEGORIES; i++)
		if ((v = rf_cents(rf_get(m, "by_category",
		    ledger_categories[i])))) {
			b[n].label = w(l, W_CAT_ACCOMMODATION + i);
			b[n].value = (double)v;
			b[n].target = -1;
			b[n].text = lang_money(l, v, text[n]);
			b[n++].style = 1;
		}
	if (n > 0)
		svg_bars(w(l, W_MEANS_CHART), b, n);
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
	means_chart(m, l);
}

static void
goals_chart(const json_t *gs, enum lang l)
{
	struct svg_bar *b;
	char (*text)[2 * LANG_BUF], t[LANG_BUF], a[LANG_BUF];
	size_t i, n = json_array_size(gs);
	const json_t *g;

	if (n == 0)
		return;
	b = xreallocarray(NULL, n, sizeof *b);
	text = xreallocarray(NULL, n, sizeof *text);
	json_array_foreach(gs, i, g) {
		int64_t tv = rf_hundredths(json_object_get(g, "target"));
		int64_t av = rf_hundredths(json_object_get(g, "actual"));

		b[i].label = json_string_value(json_object_get(g, "goal"));
		b[i].value = (double)av;
		b[i].target = (double)tv;
		snprintf(text[i], sizeof text[i], "%s / %s",
		    lang_hundredths(l, av, a), lang_hundredths(l, tv, t));
		b[i].text = text[i];
		b[i].style = json_is_true(json_object_get(g, "met")) ? 0 :
		    json_is_false(json_object_get(g, "met")) ? 1 : 3;
	}
	svg_bars(w(l, W_TARGETS_CHART), b, n);
	free(b);
	free(text);
}

static void
html_goals(const json_t *a, enum lang l)
{
	const json_t *gs = json_object_get(a, "goals"), *g, *p, *until;
	const char *unit;
	char buf[LANG_BUF];
	size_t i;

	out_printf("<h3>%s</h3>\n", w(l, W_GOALS));
	if (json_array_size(gs) == 0) {
		out_printf("<p>%s</p>\n", w(l, W_NO_GOALS));
		return;
	}
	out_printf("<table><thead><tr><th>%s</th><th class=\"num\">%s</th>"
	    "<th class=\"num\">%s</th><th class=\"num\">%s</th><th>%s</th>"
	    "</tr></thead><tbody>\n", w(l, W_GOAL), w(l, W_TARGET),
	    w(l, W_ACTUAL), w(l, W_PROGRESS), w(l, W_MET));
	json_array_foreach(gs, i, g) {
		out_puts("<tr><td>");
		svg_escape(json_string_value(json_object_get(g, "goal")));
		unit = json_string_value(json_object_get(g, "unit"));
		if (unit != NULL && *unit) {
			out_puts(" <small>(");
			svg_escape(unit);
			out_puts(")</small>");
		}
		if (json_is_string(until = json_object_get(g, "until"))) {
			out_printf("<br><small>%s %s</small>", w(l, W_UNTIL),
			    lang_date_str(l, json_string_value(until), buf));
		}
		out_printf("</td><td class=\"num\">%s</td>", lang_hundredths(l,
		    rf_hundredths(json_object_get(g, "target")), buf));
		out_printf("<td class=\"num\">%s</td>", lang_hundredths(l,
		    rf_hundredths(json_object_get(g, "actual")), buf));
		p = json_object_get(g, "progress");
		out_printf("<td class=\"num\">%s</td><td>%s</td></tr>\n",
		    json_is_number(p) ? lang_percent(l, json_number_value(p),
		    buf) : "", rf_met_word(g, l));
	}
	out_puts("</tbody></table>\n");
	goals_chart(gs, l);
}

static void
html_rest(const json_t *a, enum lang l)
{
	const json_t *reach = json_object_get(a, "reach");
	const json_t *mt = json_object_get(a, "meetings");
	const json_t *owned = json_object_get(a, "owned_by_participants");
	char buf[LANG_BUF];

	out_printf("<h3>%s</h3>\n<table><tbody>\n<tr><td>%s</td><td>",
	    w(l, W_REACH), w(l, W_PARTICIPANTS));
	if (json_is_object(reach))
		out_printf("%lld (%s)", (long long)json_integer_value(
		    json_object_get(reach, "participants")), lang_date_str(l,
		    json_string_value(json_object_get(reach, "date")), buf));
	else
		out_puts(w(l, W_NO_REACH));
	out_printf("</td></tr>\n<tr><td>%s</td><td>%lld (%lld %s)</td></tr>\n",
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

static void
html_questions(const json_t *a, enum lang l)
{
	const json_t *q;
	const char *v;
	int i;

	out_printf("<h3>%s</h3>\n<table><thead><tr><th>%s</th><th>%s</th>"
	    "<th>%s</th></tr></thead><tbody>\n", w(l, W_ACCOUNTABILITY),
	    w(l, W_QUESTION), w(l, W_VERDICT), w(l, W_REASON));
	for (i = 0; i < 5; i++) {
		q = rf_get(a, "accountability", rf_questions[i]);
		v = json_string_value(json_object_get(q, "verdict"));
		out_printf("<tr><td><b>%d. %s</b><br><span class=\"q\">%s</span>"
		    "</td><td class=\"%s\">%s</td><td>", i + 1,
		    w(l, rf_question_name(i)), w(l, rf_question_text(i)),
		    v != NULL && (!strcmp(v, "pass") || !strcmp(v, "fail")) ? v :
		    "unknown", w(l, rf_verdict_word(v)));
		svg_escape(json_string_value(json_object_get(q, "reason")) ?
		    json_string_value(json_object_get(q, "reason")) : "");
		out_puts("</td></tr>\n");
	}
	out_puts("</tbody></table>\n");
}

static void
html_head(json_t *const *acc, size_t n, enum lang l)
{
	char p[LANG_BUF];
	size_t i;

	out_printf("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n<title>%s",
	    LANG_PICK(l, "en", "nl"), w(l, W_TITLE));
	if (n > 0) {
		size_t lo = 0, hi = 0;

		/* period labels of one kind sort as strings */
		for (i = 1; i < n; i++) {
			if (strcmp(json_string_value(json_object_get(acc[i],
			    "period")), json_string_value(json_object_get(acc[lo],
			    "period"))) < 0)
				lo = i;
			if (strcmp(json_string_value(json_object_get(acc[i],
			    "period")), json_string_value(json_object_get(acc[hi],
			    "period"))) > 0)
				hi = i;
		}
		out_printf(" \xE2\x80\x94 %s", rf_period(acc[lo], l, p));
		if (strcmp(json_string_value(json_object_get(acc[lo], "period")),
		    json_string_value(json_object_get(acc[hi], "period"))) != 0)
			out_printf(" \xE2\x80\x93 %s", rf_period(acc[hi], l, p));
	}
	out_printf("</title>\n<style>\n%s</style>\n</head>\n<body>\n<header>"
	    "<h1>%s</h1>\n<p>%s</p></header>\n", style, w(l, W_TITLE),
	    w(l, W_SUBTITLE));
	if (n < 2)
		return;
	out_printf("<nav><h3>%s</h3><ul>\n", w(l, W_CONTENTS));
	for (i = 0; i < n; i++) {
		out_printf("<li><a href=\"#s%zu\">", i + 1);
		svg_escape(rf_name(acc[i]));
		out_printf("</a> \xE2\x80\x94 %s</li>\n", rf_period(acc[i], l, p));
	}
	out_puts("</ul></nav>\n");
}

void
report_html(json_t *const *acc, size_t n, enum lang l)
{
	char p[LANG_BUF], d1[LANG_BUF], d2[LANG_BUF];
	size_t i;

	html_head(acc, n, l);
	if (n == 0)
		out_printf("<p>%s</p>\n", w(l, W_NO_ACCOUNTS));
	for (i = 0; i < n; i++) {
		out_printf("<section id=\"s%zu\">\n<h2>", i + 1);
		svg_escape(rf_name(acc[i]));
		out_printf(" <span class=\"period\">\xE2\x80\x94 %s</span></h2>\n"
		    "<p class=\"period\">%s \xE2\x80\x93 %s</p>\n",
		    rf_period(acc[i], l, p), lang_date_str(l, json_string_value(
		    json_object_get(acc[i], "from")), d1), lang_date_str(l,
		    json_string_value(json_object_get(acc[i], "to")), d2));
		html_questions(acc[i], l);
		html_means(acc[i], l);
		html_goals(acc[i], l);
		html_rest(acc[i], l);
		out_puts("</section>\n");
	}
	out_printf("<footer><p>%s</p></footer>\n</body>\n</html>\n",
	    w(l, W_GENERATED));
}
