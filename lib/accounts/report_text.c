#include <string.h>

#include "accounts/ledger.h"
#include "core/out.h"
#include "accounts/report.h"

static const char *
w(enum lang l, enum lang_word x)
{
	return lang_word(l, x);
}

/* Pads with spaces to width columns, counting UTF-8 characters. */
static void
padded(const char *s, int width)
{
	int n = 0;
	const char *p;

	for (p = s; *p; p++)
		if (((unsigned char)*p & 0xC0) != 0x80)
			n++;
	out_puts(s);
	for (; n < width; n++)
		out_puts(" ");
}

static void
money_line(void *ctx, enum lang l, const char *label, int64_t cents, int total)
{
	int indent = total ? 2 : 4;
	char buf[LANG_BUF];

	(void)ctx;
	out_printf("%*s", indent, "");
	padded(label, 40 - indent);
	lang_money(l, cents, buf);
	out_printf("%*s%s\n", 18 - (int)strlen(buf) + (strstr(buf, "€") ? 2 :
	    0), "", buf);
}

/* " (volunteer 12.5, professional 4": *ctx is the separator to write. */
static void
hours_part(void *ctx, enum lang l, const char *label, int64_t hundredths)
{
	const char **sep = ctx;
	char buf[LANG_BUF];

	out_printf("%s%s %s", *sep, label, lang_hundredths(l, hundredths, buf));
	*sep = ", ";
}

static void
text_means(const json_t *a, enum lang l)
{
	const json_t *m = json_object_get(a, "means"), *share;
	const char *sep = " (";
	char buf[LANG_BUF];

	out_printf("%s\n", w(l, W_MEANS));
	rf_means_rows(m, l, money_line, NULL);
	share = rf_get(m, "municipality_share", NULL);
	if (json_is_number(share))
		out_printf("  %s: %s\n", w(l, W_MUNICIPALITY_SHARE),
		    lang_percent(l, json_number_value(share), buf));
	out_printf("  %s: %s %s", w(l, W_HOURS), lang_hundredths(l,
	    rf_hundredths(rf_get(rf_get(m, "hours", NULL), "total", NULL)),
	    buf), w(l, W_HOURS_UNIT));
	rf_hours_rows(m, l, hours_part, &sep);
	if (*sep == ',')
		out_puts(")");
	out_puts("\n");
}

static void
text_goal(const json_t *g, enum lang l)
{
	char t[LANG_BUF], a[LANG_BUF], p[LANG_BUF], d[LANG_BUF];
	const json_t *prog = json_object_get(g, "progress");
	const json_t *until = json_object_get(g, "until");
	const char *unit = rf_goal_unit(g);
	const char *verdict = rf_met_word(g, l);

	out_printf("  %s%s%s%s: %s %s, %s %s", rf_goal_name(g),
	    *unit ? " (" : "", unit, *unit ? ")" : "",
	    w(l, W_TARGET), lang_hundredths(l, rf_hundredths(
	    json_object_get(g, "target")), t),
	    w(l, W_ACTUAL), lang_hundredths(l, rf_hundredths(
	    json_object_get(g, "actual")), a));
	if (json_is_number(prog))
		out_printf(" (%s)", lang_percent(l, json_number_value(prog), p));
	if (json_is_string(until))
		out_printf(" %s %s", w(l, W_UNTIL), lang_date_str(l,
		    json_string_value(until), d));
	out_printf(": %s\n", verdict);
}

static void
text_rest(const json_t *a, enum lang l)
{
	const json_t *gs = json_object_get(a, "goals"), *g;
	const json_t *mt = json_object_get(a, "meetings");
	char buf[3 * LANG_BUF];
	size_t i;

	out_printf("\n%s\n", w(l, W_GOALS));
	if (json_array_size(gs) == 0)
		out_printf("  %s\n", w(l, W_NO_GOALS));
	json_array_foreach(gs, i, g)
		text_goal(g, l);
	out_printf("\n%s: %s\n", w(l, W_REACH), rf_reach(a, l, buf,
	    sizeof buf));
	out_printf("%s: %lld (%lld %s)\n", w(l, W_MEETINGS),
	    (long long)json_integer_value(json_object_get(mt, "held")),
	    (long long)json_integer_value(json_object_get(mt, "attendees")),
	    w(l, W_ATTENDEES));
	out_printf("%s: %lld\n", w(l, W_ADJUSTMENTS), (long long)
	    json_integer_value(json_object_get(a, "adjustments")));
}

static void
text_questions(const json_t *a, enum lang l)
{
	const json_t *q;
	int i;

	out_printf("\n%s\n", w(l, W_ACCOUNTABILITY));
	for (i = 0; i < 5; i++) {
		q = rf_get(a, "accountability", rf_questions[i]);
		out_printf("  %d. %s\n     ", i + 1, w(l, rf_question_text(i)));
		padded(w(l, rf_question_name(i)), 16);
		out_printf("%s: %s\n", w(l, rf_verdict_word(json_string_value(
		    json_object_get(q, "verdict")))), json_string_value(
		    json_object_get(q, "reason")));
	}
}

void
report_text(json_t *const *acc, size_t n, enum lang l)
{
	char p[LANG_BUF], d1[LANG_BUF], d2[LANG_BUF];
	const char *id;
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			out_puts("\n");
		id = json_string_value(json_object_get(acc[i], "initiative"));
		if (id != NULL && strcmp(id, rf_name(acc[i])) != 0)
			out_printf("%s (%s), %s\n", rf_name(acc[i]), id,
			    rf_period(acc[i], l, p));
		else
			out_printf("%s, %s\n", rf_name(acc[i]),
			    rf_period(acc[i], l, p));
		out_printf("%s %s %s\n\n", lang_date_str(l, json_string_value(
		    json_object_get(acc[i], "from")), d1), w(l, W_TO),
		    lang_date_str(l, json_string_value(json_object_get(acc[i],
		    "to")), d2));
		text_means(acc[i], l);
		text_rest(acc[i], l);
		text_questions(acc[i], l);
	}
}
