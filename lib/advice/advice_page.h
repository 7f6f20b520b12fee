/*
 * advice_page: the council's advice as one web page (council-advise
 * --format html), in English or Dutch.
 *
 * The page is self-contained: its CSS and figures (inline SVG) are in it,
 * it runs no script and fetches nothing, it prints on A4 and reads on a
 * phone.  It holds, in order:
 *   - the letter, from the Markdown the letter module writes (letter.h),
 *     rendered by mdhtml (core/mdhtml.h), so the page says what the
 *     letter says and never says it twice;
 *   - a map for each form of isolation, the areas coloured by the gap
 *     between need and supply: the area outlines when area records
 *     carried a geometry (area-import(1)), else a tile map, the areas in
 *     rows by district (advice_map.c);
 *   - need and supply per area for each form, the need's 95% interval
 *     drawn, model-based needs (isolation-estimate(1)) as direct ones;
 *   - the budget scenarios side by side, when scenario records were
 *     given (advice_figures.c).
 * The figures per area and form are the letter's own appendix, once,
 * rounded as the letter rounds them.
 * Colours: a sequential scale from viridis (reversed: light is a small
 * gap, dark a large one), which stays in order in grey and for the common
 * kinds of colour blindness; unknown needs are hatched, not coloured.
 * Each figure is an <svg role="img"> with a <title> and a <desc> that
 * says its figures in words, and its own legend.  Output goes through
 * out.h.
 */
#ifndef SAMEN_ADVICE_PAGE_H
#define SAMEN_ADVICE_PAGE_H

#include <stddef.h>
#include <jansson.h>

#include "advice/needs.h"
#include "base/lang.h"

struct advice_page {
	enum lang lang;
	const char *letter;		/* the letter's Markdown */
	size_t letterlen;
	const struct needs *needs;	/* computed */
	const json_t *outlines;		/* {area code: geometry}, or NULL */
	const json_t *scenarios;	/* scenario records, or NULL */
	const char *date;		/* YYYY-MM-DD */
};

void	advice_page_write(const struct advice_page *);

/* The page's parts, each a <section> (advice_map.c, advice_figures.c). */
void	advice_page_maps(const struct advice_page *);
void	advice_page_bars(const struct advice_page *);
void	advice_page_scenarios(const struct advice_page *);
/* The need of a cell as "140", or "140 (95–190)" with its interval. */
char	*advice_page_need(const struct advice_page *,
	    const struct needs_cell *, char *buf, size_t size);

/* advice_page_text.c: the sentences under the page's headings
 * (NOTE_TILES follows NOTE_MAP when the map is of tiles). */
enum advice_note {
	NOTE_MAP, NOTE_TILES, NOTE_BARS, NOTE_SCENARIOS, NOTE_SCENARIO_CHART
};
const char *advice_page_note(enum advice_note, enum lang);

#endif
