/*
 * letter_appendix: the letter's appendix, a table per neighbourhood (see
 * letter_text.h): for each form its share with the interval, the
 * residents, the places, the gap and the priority, and the people in at
 * least one form below.
 */
#include <math.h>
#include <stdio.h>

#include "advice/letter_text.h"
#include "core/out.h"

/* "45% (30 to 60%)", or "unknown". */
static const char *
share_words(enum lang l, const struct needs_area *a, int f, char *buf,
    size_t size)
{
	char b1[LANG_BUF], b2[LANG_BUF], b3[LANG_BUF];

	if (!a->summary || a->suppressed || !a->known[f])
		snprintf(buf, size, "%s", LANG_PICK(l, "unknown", "onbekend"));
	else
		snprintf(buf, size, LANG_PICK(l, "%s (%s to %s)",
		    "%s (%s tot %s)"), lang_percent(l, a->share[f], b1),
		    lang_percent(l, a->low[f], b2), lang_percent(l, a->high[f],
		    b3));
	return buf;
}

/* What the area's figures rest on, as a paragraph. */
static void
area_basis(enum lang l, const struct needs_area *a)
{
	char b1[LANG_BUF];

	if (a->population >= 0)
		out_printf(LANG_PICK(l, "%s residents. ", "%s inwoners. "),
		    lang_number(l, (double)a->population, b1));
	if (!a->summary)
		out_printf("%s", LANG_PICK(l, "No survey results.",
		    "Geen uitkomsten van de enquête."));
	else if (a->suppressed)
		out_printf(LANG_PICK(l, "%ld respondents: too few for figures.",
		    "%ld respondenten: te weinig voor cijfers."), a->n);
	else
		out_printf(LANG_PICK(l, "%ld respondents; %s.",
		    "%ld respondenten; %s."), a->n,
		    a->method == METHOD_FAY_HERRIOT ? LANG_PICK(l, "model-based "
		    "estimates (Fay-Herriot)", "modelschattingen (Fay-Herriot)") :
		    LANG_PICK(l, "direct estimates", "directe schattingen"));
	out_printf("\n\n");
}

/* The table of one area, whose cells start at first. */
static void
area_table(const struct letter *lt, size_t first)
{
	const struct needs *n = lt->needs;
	const struct needs_area *a = &n->areas[n->cells[first].area];
	enum lang l = lt->lang;
	char s[3 * LANG_BUF], b1[LANG_BUF], b2[LANG_BUF], b3[LANG_BUF];
	struct people p = letter_area_people(n, n->cells[first].area);
	int f;

	out_printf("%s\n", LANG_PICK(l, "| Form | Share (95% interval) | "
	    "Residents | Places | Gap | Priority |", "| Vorm | Aandeel "
	    "(95%-interval) | Inwoners | Plaatsen | Gat | Prioriteit |"));
	out_printf("|---|---|---:|---:|---:|---:|\n");
	for (f = 0; f < FORM_COUNT; f++) {
		const struct needs_cell *c = &n->cells[first + (size_t)f];
		int known = !isnan(c->need);

		out_printf("| %s | %s | %s | %s | %s | ",
		    needs_form_words(c->form, l), share_words(l, a, f, s,
		    sizeof s), known ? needs_cell_people(n, c, 0, l, b1) : "",
		    lang_number(l, round(c->supply), b2), known ?
		    needs_cell_people(n, c, 1, l, b3) : "");
		if (c->rank > 0)
			out_printf("%ld |\n", c->rank);
		else
			out_printf("|\n");
	}
	out_printf(LANG_PICK(l, "| *in at least one form (people)* | %s | %s "
	    "| | | |\n", "| *in ten minste één vorm (mensen)* | %s | %s | | | "
	    "|\n"), share_words(l, a, NEEDS_ANY_FORM, s, sizeof s),
	    isnan(p.est) ? "" : letter_people(l, p, b1));
	out_printf("\n");
}

void
letter_appendix(const struct letter *lt)
{
	const struct needs *n = lt->needs;
	enum lang l = lt->lang;
	size_t i;

	if (n->ncells == 0)
		return;
	out_printf("## %s\n\n", LANG_PICK(l, "Appendix: figures per area",
	    "Bijlage: cijfers per gebied"));
	for (i = 0; i < n->ncells; i += FORM_COUNT) {
		size_t a = n->cells[i].area;

		out_printf("### %s (%s)\n\n", needs_area_name(n, a),
		    n->areas[a].code);
		area_basis(l, &n->areas[a]);
		area_table(lt, i);
	}
}
