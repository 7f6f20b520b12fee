/*
 * advice_map: the gap between need and supply on a map, one small map
 * for each form of isolation (see advice_page.h): the areas' outlines
 * when the area records carried them, else tiles in rows by district.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "advice/advice_page.h"
#include "base/svgchart.h"
#include "base/svgmap.h"
#include "core/err.h"
#include "core/out.h"

#define MAPW	320		/* a map's width in user units */
#define KEYH	40		/* the legend under it */
#define TILEW	102
#define TILEH	40
#define TILES	3		/* tiles a row */
#define DISTH	18		/* a district's name above its tiles */

/* Five classes of gap: none, then four equal steps of a round size. */
struct gapscale {
	double step;
};

static void
scale_for(const struct needs *n, struct gapscale *s)
{
	static const double nice[] = { 1, 2, 5, 10 };
	double max = 0, raw, p;
	size_t i, k;

	for (i = 0; i < n->ncells; i++)
		if (!isnan(n->cells[i].need) && n->cells[i].gap > max)
			max = n->cells[i].gap;
	raw = ceil(max) / 4;
	s->step = 1;
	if (raw <= 1)
		return;
	p = pow(10, floor(log10(raw)));
	for (k = 0; k < NELEM(nice); k++)
		if (nice[k] * p >= raw) {
			s->step = nice[k] * p;
			return;
		}
}

/* The class of a cell's gap: 0 none, 1..4 steps, -1 unknown. */
static int
gap_class(const struct gapscale *s, const struct needs_cell *c)
{
	double k;

	if (isnan(c->need))
		return -1;
	if (round(c->gap) <= 0)
		return 0;
	k = ceil(round(c->gap) / s->step);
	return k > 4 ? 4 : (int)k;
}

static const char *
class_name(int k)
{
	static const char *const names[] = { "g0", "g1", "g2", "g3", "g4" };

	return k < 0 ? "gna" : names[k];
}

/* The legend: the five classes and unknown, in two rows of three. */
static void
legend(const struct advice_page *p, const struct gapscale *s, double y)
{
	char label[2 * LANG_BUF + 8], a[LANG_BUF], b[LANG_BUF];
	int k;

	for (k = 0; k <= 4; k++) {
		if (k == 0)
			snprintf(label, sizeof label, "%s", LANG_PICK(p->lang,
			    "no gap", "geen gat"));
		else
			snprintf(label, sizeof label, "%s\xe2\x80\x93%s",
			    lang_number(p->lang, (k - 1) * s->step + 1, a),
			    lang_number(p->lang, k * s->step, b));
		svg_key(4 + (k % 3) * 106, y + (k / 3) * 18, class_name(k),
		    label);
	}
	svg_key(4 + 2 * 106, y + 18, "gna", LANG_PICK(p->lang, "unknown",
	    "onbekend"));
}

/* "Oude Kern: gap 140" / "Oude Kern: need unknown", escaped. */
static void
cell_words(const struct advice_page *p, const struct needs_cell *c)
{
	char b[LANG_BUF];

	svg_escape(needs_area_name(p->needs, c->area));
	if (isnan(c->need))
		out_puts(LANG_PICK(p->lang, ": need unknown",
		    ": behoefte onbekend"));
	else
		out_printf(LANG_PICK(p->lang, ": gap %s", ": gat %s"),
		    lang_number(p->lang, round(c->gap), b));
}

/* The map's text alternative: every area's gap in words. */
static void
desc(const struct advice_page *p, int form)
{
	size_t i;

	out_puts("<desc>");
	for (i = form; i < p->needs->ncells; i += FORM_COUNT) {
		if (i >= FORM_COUNT)
			out_puts("; ");
		cell_words(p, &p->needs->cells[i]);
	}
	out_puts(".</desc>\n");
}

static void
open_map(const struct advice_page *p, int form, double h)
{
	char title[256];

	snprintf(title, sizeof title, LANG_PICK(p->lang,
	    "The gap in %s, per area", "Het gat bij %s, per gebied"),
	    needs_form_words((enum isolation_form)form, p->lang));
	out_printf("<figure class=\"map\">\n<figcaption>%s</figcaption>\n",
	    needs_form_words((enum isolation_form)form, p->lang));
	svg_open("map", MAPW, h + KEYH, title, NULL);
	desc(p, form);
}

static void
close_map(void)
{
	svg_close();
	out_puts("</figure>\n");
}

static const json_t *
outline(const struct advice_page *p, const struct needs_cell *c)
{
	return json_object_get(p->outlines, p->needs->areas[c->area].code);
}

/* One form's map from the outlines. */
static void
outline_map(const struct advice_page *p, const struct svgmap_view *v,
    const struct gapscale *s, int form)
{
	const struct needs *n = p->needs;
	char b[LANG_BUF];
	double x, y;
	size_t i;

	open_map(p, form, v->h);
	for (i = form; i < n->ncells; i += FORM_COUNT) {
		const json_t *g = outline(p, &n->cells[i]);

		if (g == NULL)
			continue;
		out_printf("<path class=\"area %s\" d=\"",
		    class_name(gap_class(s, &n->cells[i])));
		svgmap_path(v, g);
		out_puts("\"><title>");
		cell_words(p, &n->cells[i]);
		out_puts("</title></path>\n");
	}
	for (i = form; i < n->ncells; i += FORM_COUNT) {
		const json_t *g = outline(p, &n->cells[i]);

		if (g == NULL || isnan(n->cells[i].need))
			continue;
		svgmap_anchor(v, g, &x, &y);
		svg_text(x, y + 4, "middle", "label", lang_number(p->lang,
		    round(n->cells[i].gap), b));
	}
	legend(p, s, v->h + 6);
	close_map();
}

/* The district an area lies in, as its code (the area itself when it is
 * a district or coarser). */
static void
district_of(const char *code, char out[AREA_CODE_MAX])
{
	enum area_level l = area_level_of(code);

	if (l <= AREA_GEMEENTE || area_rollup(code, (enum area_level)(l - 1),
	    out) != 0)
		snprintf(out, AREA_CODE_MAX, "%s", code);
}

static const char *
district_name(const struct needs *n, const char *code)
{
	unsigned long ix;

	if (strmap_get(&n->area_ix, code, &ix))
		return needs_area_name(n, ix);
	return code;
}

/*
 * The tile map's layout, walked once to measure and once to draw: the
 * areas in code order, a row of a district's name whenever the district
 * changes, then its tiles, TILES a row.
 */
static double
tiles(const struct advice_page *p, const struct gapscale *s, int form,
    int draw)
{
	const struct needs *n = p->needs;
	char d[AREA_CODE_MAX], last[AREA_CODE_MAX] = "", b[LANG_BUF];
	double y = 0, x;
	size_t i, col = 0;
	int k;

	for (i = form; i < n->ncells; i += FORM_COUNT) {
		const struct needs_cell *c = &n->cells[i];

		district_of(n->areas[c->area].code, d);
		if (strcmp(d, last) != 0 || col == TILES) {
			y += col > 0 ? TILEH + 4 : 0;
			col = 0;
		}
		if (strcmp(d, last) != 0) {
			if (draw)
				svg_text(2, y + 13, "start", "district",
				    district_name(n, d));
			y += DISTH;
			snprintf(last, sizeof last, "%s", d);
		}
		x = 2 + (double)col++ * (TILEW + 4);
		if (!draw)
			continue;
		k = gap_class(s, c);
		out_printf("<rect class=\"tile %s\" x=\"%.1f\" y=\"%.1f\" "
		    "width=\"%d\" height=\"%d\"><title>", class_name(k), x, y,
		    TILEW, TILEH);
		cell_words(p, c);
		out_puts("</title></rect>");
		svg_text(x + 5, y + 15, "start", k >= 3 ? "tiletext on-dark" :
		    "tiletext", needs_area_name(n, c->area));
		svg_text(x + 5, y + 32, "start", k >= 3 ? "tiletext on-dark" :
		    "tiletext", isnan(c->need) ? "?" : lang_number(p->lang,
		    round(c->gap), b));
		out_puts("\n");
	}
	return y + (col > 0 ? TILEH + 4 : 0);
}

static void
tile_map(const struct advice_page *p, const struct gapscale *s, int form)
{
	double h = tiles(p, s, form, 0);

	open_map(p, form, h);
	tiles(p, s, form, 1);
	legend(p, s, h + 6);
	close_map();
}

/* The extent of the outlines of the areas with cells; how many have
 * one. */
static size_t
extent(const struct advice_page *p, struct svgmap_view *v)
{
	const struct needs *n = p->needs;
	size_t i, k = 0;

	svgmap_init(v);
	for (i = 0; i < n->ncells; i += FORM_COUNT) {
		const json_t *g = outline(p, &n->cells[i]);

		k += g != NULL && svgmap_extend(v, g) == 0;
	}
	svgmap_fit(v, MAPW, 4);
	return k;
}

/* The areas a map from outlines leaves out, named under it. */
static void
missing_outlines(const struct advice_page *p)
{
	const struct needs *n = p->needs;
	size_t i, k = 0;

	for (i = 0; i < n->ncells; i += FORM_COUNT) {
		if (outline(p, &n->cells[i]) != NULL)
			continue;
		out_puts(k++ == 0 ? "<p class=\"note\">" : ", ");
		if (k == 1)
			out_puts(LANG_PICK(p->lang, "Not on the map, for want of "
			    "an outline: ", "Niet op de kaart, want zonder "
			    "omtrek: "));
		svg_escape(needs_area_name(n, n->cells[i].area));
	}
	if (k > 0)
		out_puts(".</p>\n");
}

void
advice_page_maps(const struct advice_page *p)
{
	struct svgmap_view v;
	struct gapscale s;
	size_t have;
	int f;

	if (p->needs->ncells == 0)
		return;
	scale_for(p->needs, &s);
	have = extent(p, &v);
	out_printf("<h3>%s</h3>\n<p class=\"note\">%s%s%s</p>\n",
	    LANG_PICK(p->lang, "Where the gap is", "Waar het gat zit"),
	    advice_page_note(NOTE_MAP, p->lang), have > 0 ? "" : " ",
	    have > 0 ? "" : advice_page_note(NOTE_TILES, p->lang));
	out_puts("<svg class=\"defs\" width=\"0\" height=\"0\" "
	    "aria-hidden=\"true\"><defs><pattern id=\"hatch\" width=\"6\" "
	    "height=\"6\" patternUnits=\"userSpaceOnUse\" "
	    "patternTransform=\"rotate(45)\"><rect class=\"hatch-bg\" "
	    "width=\"6\" height=\"6\"/><line class=\"hatch-line\" x1=\"0\" "
	    "y1=\"0\" x2=\"0\" y2=\"6\"/></pattern></defs></svg>\n"
	    "<div class=\"figures\">\n");
	for (f = 0; f < FORM_COUNT; f++)
		if (have > 0)
			outline_map(p, &v, &s, f);
		else
			tile_map(p, &s, f);
	out_puts("</div>\n");
	if (have > 0)
		missing_outlines(p);
}
