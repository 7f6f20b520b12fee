#include <string.h>

#include "accounts/ledger.h"
#include "core/out.h"
#include "accounts/report.h"

static const char *
w(enum lang l, enum lang_word x)
{
	return lang_word(l, x);
}

/* Backslash before what Markdown (CommonMark and GFM tables) would read
 * as markup, so names and reasons come out as written. */
static void
md(const char *s)
{
	const char *p;

	for (p = s; *p; p++) {
		if (strchr("\\`*_[]<>|#!~", *p) != NULL)
			out_puts("\\");
		if (*p == '\n' || *p == '\r')
			out_puts(" ");
		else
			out_write(p, 1);
	}
}

static void
money_row(void *ctx, enum lang l, const char *label, int64_t cents, int total)
{
	const char *pre = total ? "**" : "", *post = pre;
	char buf[LANG_BUF];

	(void)ctx;
	out_printf("| %s", pre);
	md(label);
	out_printf("%s | %s%s%s |\n", post, pre, lang_money(l, cents, buf),
	    post);
}

static void
hours_part(void *ctx, enum lang l, const char *label, int64_t hundredths)
{
	char buf[LANG_BUF];

	(void)ctx;
	out_printf("; %s %s", label, lang_hundredths(l, hundredths, buf));
}

static void
md_means(const json_t *a, enum lang l)
{
	const json_t *m = json_object_get(a, "means"), *share;
	const json_t *h = rf_get(m, "hours", NULL);
	char buf[LANG_BUF];

	out_printf("### %s\n\n|  | %s |\n|---|---:|\n", w(l, W_MEANS),
	    w(l, W_AMOUNT));
	rf_means_rows(m, l, money_row, NULL);
	share = rf_get(m, "municipality_share", NULL);
	out_puts("\n");
	if (json_is_number(share))
		out_printf("%s: %s.  \n", w(l, W_MUNICIPALITY_SHARE),
		    lang_percent(l, json_number_value(share), buf));
	out_printf("%s: %s %s", w(l, W_HOURS), lang_hundredths(l,
	    rf_hundredths(rf_get(h, "total", NULL)), buf), w(l, W_HOURS_UNIT));
	rf_hours_rows(m, l, hours_part, NULL);
	out_puts(".\n\n");
}

static void
md_goals(const json_t *a, enum lang l)
{
	const json_t *gs = json_object_get(a, "goals"), *g, *p, *u;
	char buf[LANG_BUF];
	size_t i;

	out_printf("### %s\n\n", w(l, W_GOALS));
	if (json_array_size(gs) == 0) {
		out_printf("%s\n\n", w(l, W_NO_GOALS));
		return;
	}
	out_printf("| %s | %s | %s | %s | %s |\n|---|---:|---:|---:|---|\n",
	    w(l, W_GOAL), w(l, W_TARGET), w(l, W_ACTUAL), w(l, W_PROGRESS),
	    w(l, W_MET));
	json_array_foreach(gs, i, g) {
		out_puts("| ");
		md(rf_goal_name(g));
		if (*rf_goal_unit(g)) {
			out_puts(" (");
			md(rf_goal_unit(g));
			out_puts(")");
		}
		if (json_is_string(u = json_object_get(g, "until")))
			out_printf(", %s %s", w(l, W_UNTIL), lang_date_str(l,
			    json_string_value(u), buf));
		out_printf(" | %s", lang_hundredths(l, rf_hundredths(
		    json_object_get(g, "target")), buf));
		out_printf(" | %s", lang_hundredths(l, rf_hundredths(
		    json_object_get(g, "actual")), buf));
		p = json_object_get(g, "progress");
		out_printf(" | %s", json_is_number(p) ? lang_percent(l,
		    json_number_value(p), buf) : "");
		out_printf(" | %s |\n", rf_met_word(g, l));
	}
	out_puts("\n");
}

static void
md_rest(const json_t *a, enum lang l)
{
	const json_t *mt = json_object_get(a, "meetings");
	char buf[3 * LANG_BUF];

	out_printf("%s: %s", w(l, W_REACH), rf_reach(a, l, buf, sizeof buf));
	out_printf(".  \n%s: %lld (%lld %s).  \n%s: %lld.\n\n",
	    w(l, W_MEETINGS), (long long)json_integer_value(json_object_get(mt,
	    "held")), (long long)json_integer_value(json_object_get(mt,
	    "attendees")), w(l, W_ATTENDEES), w(l, W_ADJUSTMENTS),
	    (long long)json_integer_value(json_object_get(a, "adjustments")));
}

static void
md_questions(const json_t *a, enum lang l)
{
	const json_t *q;
	int i;

	out_printf("### %s\n\n| %s | %s | %s |\n|---|---|---|\n",
	    w(l, W_ACCOUNTABILITY), w(l, W_QUESTION), w(l, W_VERDICT),
	    w(l, W_REASON));
	for (i = 0; i < 5; i++) {
		q = rf_get(a, "accountability", rf_questions[i]);
		out_printf("| %d. **%s**: %s | %s | ", i + 1,
		    w(l, rf_question_name(i)), w(l, rf_question_text(i)),
		    w(l, rf_verdict_word(json_string_value(json_object_get(q,
		    "verdict")))));
		md(json_string_value(json_object_get(q, "reason")) ?
		    json_string_value(json_object_get(q, "reason")) : "");
		out_puts(" |\n");
	}
}

void
report_markdown(json_t *const *acc, size_t n, enum lang l)
{
	char p[LANG_BUF], d1[LANG_BUF], d2[LANG_BUF];
	size_t i;

	out_printf("# %s\n\n%s\n", w(l, W_TITLE), w(l, W_SUBTITLE));
	for (i = 0; i < n; i++) {
		out_puts("\n## ");
		md(rf_name(acc[i]));
		out_printf(", %s\n\n*%s \xE2\x80\x93 %s*\n\n", rf_period(acc[i], l,
		    p), lang_date_str(l, json_string_value(json_object_get(
		    acc[i], "from")), d1), lang_date_str(l, json_string_value(
		    json_object_get(acc[i], "to")), d2));
		md_means(acc[i], l);
		md_goals(acc[i], l);
		md_rest(acc[i], l);
		md_questions(acc[i], l);
	}
}
