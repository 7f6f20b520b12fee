/*
 * advice_figures: need against supply per area for each form, and the
 * budget scenarios side by side (see advice_page.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "advice/advice_page.h"
#include "advice/letter.h"
#include "base/money.h"
#include "base/svgchart.h"
#include "core/err.h"
#include "core/out.h"

/* The words of one row of a need chart, for its <desc>. */
static void
row_words(const struct advice_page *p, const struct needs_cell *c,
    char *buf, size_t size)
{
	char need[3 * LANG_BUF + 8], s[LANG_BUF];
	size_t k = strlen(buf);

	if (k + 1 >= size)
		return;
	snprintf(buf + k, size - k, LANG_PICK(p->lang,
	    "%s%s: need %s, supply %s", "%s%s: behoefte %s, aanbod %s"),
	    k > 0 ? "; " : "", needs_area_name(p->needs, c->area),
	    advice_page_need(p, c, need, sizeof need),
	    lang_number(p->lang, round(c->supply), s));
}

/* One form's chart: a row an area, need with its interval and supply. */
static void
form_chart(const struct advice_page *p, int form)
{
	static const char *const legend[2][3] = {
		{ "need", "95% interval", "supply" },
		{ "behoefte", "95%-interval", "aanbod" } };
	const struct needs *n = p->needs;
	size_t i, k = 0, m = n->ncells / FORM_COUNT;
	struct svg_range *r = xmalloc((m + 1) * sizeof *r);
	char (*text)[LANG_BUF + 16] = xmalloc((m + 1) * sizeof *text);
	char title[256], *words = xmalloc(m * 200 + 1), b[LANG_BUF];
	const char *form_words = needs_form_words((enum isolation_form)form,
	    p->lang);

	words[0] = '\0';
	for (i = form; i < n->ncells; i += FORM_COUNT, k++) {
		const struct needs_cell *c = &n->cells[i];

		r[k].label = needs_area_name(n, c->area);
		r[k].value = isnan(c->need) ? NAN : round(c->need);
		r[k].low = isnan(c->need) ? NAN : c->need_low;
		r[k].high = isnan(c->need) ? NAN : c->need_high;
		r[k].other = c->supply;
		if (isnan(c->need))
			snprintf(text[k], sizeof text[k], "%s", LANG_PICK(
			    p->lang, "unknown", "onbekend"));
		else
			snprintf(text[k], sizeof text[k], LANG_PICK(p->lang,
			    "gap %s", "gat %s"), lang_number(p->lang,
			    round(c->gap), b));
		r[k].text = text[k];
		row_words(p, c, words, m * 200 + 1);
	}
	snprintf(title, sizeof title, LANG_PICK(p->lang,
	    "Need and supply in %s, per area",
	    "Behoefte en aanbod bij %s, per gebied"), form_words);
	out_printf("<figure class=\"bars\">\n<figcaption>%s</figcaption>\n",
	    form_words);
	svg_ranges(title, words, r, k, legend[p->lang]);
	out_puts("</figure>\n");
	free(words);
	free(text);
	free(r);
}

void
advice_page_bars(const struct advice_page *p)
{
	int f;

	if (p->needs->ncells == 0)
		return;
	out_printf("<h3>%s</h3>\n<p class=\"note\">%s</p>\n"
	    "<div class=\"figures wide\">\n", LANG_PICK(p->lang,
	    "Need and supply", "Behoefte en aanbod"),
	    advice_page_note(NOTE_BARS, p->lang));
	for (f = 0; f < FORM_COUNT; f++)
		form_chart(p, f);
	out_puts("</div>\n");
}

/* ---- the budget scenarios ---- */

/* A scenario's money field in the page's language, into buf. */
static const char *
money_of(const json_t *sc, const char *key, enum lang l, char buf[LANG_BUF])
{
	const char *why;
	int64_t c;

	if (money_from_json(json_object_get(sc, key), &c, &why) != 0)
		return "\xe2\x80\x93";
	return lang_money(l, c, buf);
}

static const char *
share_of(const json_t *sc, const char *key, enum lang l, char buf[LANG_BUF])
{
	const json_t *v = json_object_get(sc, key);

	return json_is_number(v) ? lang_percent1(l, json_number_value(v), buf) :
	    "\xe2\x80\x93";
}

/* What a row of the scenario table shows. */
enum sc_row {
	SC_RULE, SC_BUDGET, SC_USED, SC_FUNDED, SC_COVERED, SC_MIN, SC_GINI,
	SC_FIFTH, SC_VOTERS, SC_NROWS
};

static const char *const sc_heads[2][SC_NROWS] = {
	{ "Rule", "Budget", "Spent", "Requests funded", "Need covered",
	  "Lowest coverage of an area", "Gini of coverage across areas",
	  "To the most isolated fifth of areas",
	  "Voters with a funded request they chose" },
	{ "Regel", "Budget", "Besteed", "Aanvragen gehonoreerd",
	  "Behoefte gedekt", "Laagste dekking van een gebied",
	  "Gini van de dekking over de gebieden",
	  "Naar het vijfde deel van de gebieden met het meeste isolement",
	  "Stemmers met een gehonoreerde aanvraag die zij kozen" }
};

/* A scenario's number field, to two decimals. */
static const char *
number_of(const json_t *sc, const char *key, enum lang l, char buf[LANG_BUF])
{
	const json_t *v = json_object_get(sc, key);

	return json_is_number(v) ? lang_number(l, json_number_value(v), buf) :
	    "\xe2\x80\x93";
}

/* "3,5% → 4,7%": a metric before and after the allocation, as a share
 * or (pct 0) a number. */
static void
before_after(const json_t *sc, const char *key, int pct, enum lang l,
    char *buf, size_t size)
{
	const char *(*fmt)(const json_t *, const char *, enum lang, char *) =
	    pct ? share_of : number_of;
	char before_key[64], a[LANG_BUF], b[LANG_BUF];

	snprintf(before_key, sizeof before_key, "%s_before", key);
	snprintf(buf, size, "%s \xe2\x86\x92 %s", fmt(sc, before_key, l, a),
	    fmt(sc, key, l, b));
}

static void
sc_cell(const json_t *sc, enum sc_row row, enum lang l)
{
	char a[LANG_BUF], b[2 * LANG_BUF + 16];
	const char *s = b;

	switch (row) {
	case SC_RULE:
		s = letter_rule_words(json_string_value(json_object_get(sc,
		    "rule")), l, 1);
		break;
	case SC_BUDGET:
		s = money_of(sc, "budget", l, a);
		break;
	case SC_USED:
		s = money_of(sc, "used", l, a);
		break;
	case SC_FUNDED:
		snprintf(b, sizeof b, LANG_PICK(l, "%lld of %lld",
		    "%lld van %lld"), (long long)json_integer_value(
		    json_object_get(sc, "funded")), (long long)
		    json_integer_value(json_object_get(sc, "requests")));
		break;
	case SC_COVERED:
		before_after(sc, "need_covered", 1, l, b, sizeof b);
		break;
	case SC_MIN:
		before_after(sc, "min_coverage", 1, l, b, sizeof b);
		break;
	case SC_GINI:
		before_after(sc, "gini", 0, l, b, sizeof b);
		break;
	case SC_FIFTH:
		s = share_of(sc, "isolated_fifth_share", l, a);
		break;
	default:
		s = share_of(sc, "voters_served", l, a);
	}
	out_puts(row == SC_RULE ? "<td><strong>" : "<td class=\"num\">");
	svg_escape(s);
	if (row == SC_RULE)
		out_puts("</strong>");
	out_puts("</td>");
}

/* The scenarios as a table, side by side: a column each, a row a
 * metric. */
static void
sc_table(const struct advice_page *p)
{
	enum lang l = p->lang;
	size_t i;
	json_t *sc;
	int row;

	out_puts("<table class=\"scenarios\">\n<tbody>\n");
	for (row = 0; row < SC_NROWS; row++) {
		out_printf("<tr><th scope=\"row\">%s</th>", sc_heads[l][row]);
		json_array_foreach((json_t *)p->scenarios, i, sc)
			sc_cell(sc, (enum sc_row)row, l);
		out_puts("</tr>\n");
	}
	out_puts("</tbody>\n</table>\n");
}

#define SC_ROW	60
#define SC_SPAN	400

static double
number(const json_t *sc, const char *key)
{
	const json_t *v = json_object_get(sc, key);

	return json_is_number(v) ? json_number_value(v) : NAN;
}

/* One bar of the scenarios' chart, at row y, and its value after it. */
static void
sc_bar(const json_t *sc, const char *key, int style, double y, enum lang l)
{
	double v = number(sc, key), w = isfinite(v) ? fmin(v, 1) * SC_SPAN : 0;
	char a[LANG_BUF];

	out_printf("<rect class=\"bar-%d\" x=\"4\" y=\"%.1f\" width=\"%.1f\" "
	    "height=\"14\"/>", style, y, w);
	svg_text(4 + w + 4, y + 11, "start", "value", share_of(sc, key, l, a));
}

/* The scenarios' chart: for each, the need covered (a tick where it
 * was before) and the share to the most isolated fifth, on 0..100%. */
static void
sc_chart(const struct advice_page *p)
{
	size_t n = json_array_size(p->scenarios), i;
	enum lang l = p->lang;
	char m[LANG_BUF], label[LANG_BUF + 128];
	double y, v, x;
	json_t *sc;

	svg_open("chart scenarios", 480, 30 + (double)n * SC_ROW, LANG_PICK(l,
	    "The budget scenarios compared", "De budgetscenario's vergeleken"),
	    advice_page_note(NOTE_SCENARIO_CHART, l));
	x = svg_key(4, 6, "bar-0", LANG_PICK(l, "need covered (tick: before)",
	    "behoefte gedekt (streepje: ervoor)"));
	svg_key(x, 6, "bar-1", LANG_PICK(l, "to the most isolated fifth",
	    "naar het meest geïsoleerde vijfde"));
	json_array_foreach(p->scenarios, i, sc) {
		y = 30 + (double)i * SC_ROW;
		snprintf(label, sizeof label, "%s, %s", letter_rule_words(
		    json_string_value(json_object_get(sc, "rule")), l, 1),
		    money_of(sc, "budget", l, m));
		svg_text(4, y + 12, "start", NULL, label);
		sc_bar(sc, "need_covered", 0, y + 18, l);
		v = number(sc, "need_covered_before");
		if (isfinite(v))
			out_printf("<line class=\"target\" x1=\"%.1f\" "
			    "y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
			    4 + fmin(v, 1) * SC_SPAN, y + 15,
			    4 + fmin(v, 1) * SC_SPAN, y + 35);
		sc_bar(sc, "isolated_fifth_share", 1, y + 36, l);
		out_puts("\n");
	}
	svg_close();
}

void
advice_page_scenarios(const struct advice_page *p)
{
	if (json_array_size(p->scenarios) == 0)
		return;
	out_printf("<h3>%s</h3>\n<p class=\"note\">%s</p>\n<figure "
	    "class=\"scenario-chart\">\n<figcaption>%s</figcaption>\n",
	    LANG_PICK(p->lang, "The budget scenarios side by side",
	    "De budgetscenario's naast elkaar"),
	    advice_page_note(NOTE_SCENARIOS, p->lang), LANG_PICK(p->lang,
	    "The scenarios compared",
	    "De scenario's vergeleken"));
	sc_chart(p);
	out_puts("</figure>\n");
	sc_table(p);
}
