#include <stdio.h>
#include <string.h>

#include "accounts/report.h"
#include "base/svgchart.h"
#include "core/out.h"

/*
 * The geometry of a small chart of change, in viewBox units: rows of the
 * legend, the plot, a row of period labels under it.  A printed page
 * shows three side by side, so 10 units of text print at about 8 pt.
 */
#define CW	200
#define PLOT_X	40
#define PLOT_W	(CW - PLOT_X - 4)
#define KEY_ROW	14
#define PLOT_H	64
#define CHAR_W	6.0	/* a generous width of a character of 10 units */

/* Where the plot starts, below nrows of legend. */
#define PLOT_Y(nrows)	((nrows) * KEY_ROW + 10)
#define LABEL_Y		(PLOT_H + 12)	/* below the plot's top */
#define CH(nrows)	(PLOT_Y(nrows) + LABEL_Y + 4)

static const char *const style_class[RC_NSTYLES] = { "s-in", "s-out",
	"s-reach", "s-met", "s-miss", "s-open", "s-target" };

static int64_t
chart_max(const struct rc_chart *c)
{
	int64_t m = 0;
	size_t i, k;

	for (i = 0; i < c->ns; i++)
		for (k = 0; k < c->np; k++)
			if (c->s[i].has[k] && c->s[i].v[k] > m)
				m = c->s[i].v[k];
	return m > 0 ? m : 1;
}

/* The height of v on the scale, in viewBox units above the plot's foot. */
static double
h_of(int64_t v, int64_t max)
{
	return (double)(v < 0 ? 0 : v) / (double)max * PLOT_H;
}

/* The width of a key in the legend: swatch, gap, word, space. */
static double
key_width(const struct rc_key *k)
{
	return 18 + CHAR_W * (double)strlen(k->name) + 8;
}

/* The rows the legend takes, wrapping where a key would not fit. */
static int
legend_rows(const struct rc_chart *c)
{
	double x = 2;
	size_t i;
	int rows = 1;

	for (i = 0; i < c->nkeys; i++) {
		if (x > 2 && x + key_width(&c->key[i]) > CW) {
			rows++;
			x = 2;
		}
		x += key_width(&c->key[i]);
	}
	return rows;
}

/* A swatch and its word for each key, in rows above the plot. */
static void
legend(const struct rc_chart *c)
{
	double x = 2;
	size_t i;
	int y = 2;
	const char *cls;

	for (i = 0; i < c->nkeys; i++) {
		if (x > 2 && x + key_width(&c->key[i]) > CW) {
			y += KEY_ROW;
			x = 2;
		}
		cls = style_class[c->key[i].style];
		if (c->key[i].style == RC_TARGET || c->key[i].style == RC_REACH)
			out_printf("<line class=\"%s\" x1=\"%.0f\" y1=\"%d\" "
			    "x2=\"%.0f\" y2=\"%d\"/>", cls, x, y + 6, x + 14,
			    y + 6);
		else
			out_printf("<rect class=\"%s\" x=\"%.0f\" y=\"%d\" "
			    "width=\"14\" height=\"11\"/>", cls, x, y);
		out_printf("<text x=\"%.0f\" y=\"%d\">", x + 18, y + 10);
		svg_escape(c->key[i].name);
		out_puts("</text>");
		x += key_width(&c->key[i]);
	}
	out_puts("\n");
}

/* The bars of the bar series, side by side in each period's slot. */
static void
bars(const struct rc_chart *c, int64_t max)
{
	double slot = (double)PLOT_W / (double)c->np, bw, y;
	size_t i, k, nb = 0, b = 0;

	for (i = 0; i < c->ns; i++)
		nb += !c->s[i].line;
	if (nb == 0)
		return;
	bw = slot * 0.8 / (double)nb;
	for (i = 0; i < c->ns; i++) {
		if (c->s[i].line)
			continue;
		for (k = 0; k < c->np; k++) {
			if (!c->s[i].has[k])
				continue;
			y = PLOT_H - h_of(c->s[i].v[k], max);
			out_printf("<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" "
			    "width=\"%.1f\" height=\"%.1f\"/>", style_class[
			    c->s[i].each ? c->s[i].each[k] : c->s[i].style],
			    PLOT_X + slot * ((double)k + 0.1) + bw * (double)b,
			    y, bw, PLOT_H - y);
		}
		b++;
	}
	out_puts("\n");
}

/* A line through the points a line series has, with a dot on each. */
static void
lines(const struct rc_chart *c, int64_t max)
{
	double slot = (double)PLOT_W / (double)c->np, x;
	size_t i, k;

	for (i = 0; i < c->ns; i++) {
		if (!c->s[i].line)
			continue;
		out_printf("<polyline class=\"%s\" points=\"",
		    style_class[c->s[i].style]);
		for (k = 0; k < c->np; k++)
			if (c->s[i].has[k])
				out_printf("%.1f,%.1f ", PLOT_X + slot *
				    ((double)k + 0.5), PLOT_H - h_of(c->s[i].v[k],
				    max));
		out_puts("\"/>");
		if (c->s[i].style == RC_TARGET)
			continue;
		for (k = 0; k < c->np; k++) {
			if (!c->s[i].has[k])
				continue;
			x = PLOT_X + slot * ((double)k + 0.5);
			out_printf("<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" "
			    "r=\"2.5\"/>", style_class[c->s[i].style], x,
			    PLOT_H - h_of(c->s[i].v[k], max));
		}
	}
	out_puts("\n");
}

/* The scale (zero and the largest value) and each period's label. */
static void
axes(const struct rc_chart *c, int64_t max, enum lang l)
{
	double slot = (double)PLOT_W / (double)c->np;
	char buf[LANG_BUF];
	size_t k;

	out_printf("<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" "
	    "y2=\"%d\"/><line class=\"grid\" x1=\"%d\" y1=\"%d\" x2=\"%d\" "
	    "y2=\"%d\"/>", PLOT_X, PLOT_H, CW - 4, PLOT_H, PLOT_X, 0, CW - 4, 0);
	out_printf("<text class=\"scale\" x=\"%d\" y=\"%d\">%s</text>",
	    PLOT_X - 3, 4, c->scale(l, max, buf));
	out_printf("<text class=\"scale\" x=\"%d\" y=\"%d\">0</text>\n",
	    PLOT_X - 3, PLOT_H + 3);
	/* every other label when they would crowd, the last one always */
	for (k = 0; k < c->np; k++)
		if (c->np <= 6 || (c->np - 1 - k) % 2 == 0)
			out_printf("<text class=\"when\" x=\"%.1f\" y=\"%d\">"
			    "%s</text>", PLOT_X + slot * ((double)k + 0.5),
			    LABEL_Y, c->when[k]);
	out_puts("\n");
}

/* The values in words, for those who cannot see the chart. */
static void
describe(const struct rc_chart *c, enum lang l)
{
	char buf[LANG_BUF];
	size_t i, k;

	out_puts("<desc>");
	for (i = 0; i < c->ns; i++) {
		svg_escape(c->s[i].name);
		out_puts(":");
		for (k = 0; k < c->np; k++)
			if (c->s[i].has[k])
				out_printf(" %s %s;", c->when[k],
				    c->fmt(l, c->s[i].v[k], buf));
		out_puts(" ");
	}
	out_puts("</desc>\n");
}

void
rc_chart(const struct rc_chart *c, enum lang l)
{
	int64_t max = chart_max(c);
	int rows = legend_rows(c);

	out_puts("<figure class=\"trend\"><figcaption>");
	svg_escape(c->title);
	out_printf("</figcaption>\n<svg class=\"chart\" "
	    "xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
	    "role=\"img\"><title>", CW, CH(rows));
	svg_escape(c->title);
	out_puts("</title>");
	describe(c, l);
	legend(c);
	out_printf("<g transform=\"translate(0,%d)\">", PLOT_Y(rows));
	axes(c, max, l);
	bars(c, max);
	lines(c, max);
	out_puts("</g></svg></figure>\n");
}

/* The pattern that tells expenses and missed goals from the rest without
 * colour; the page's other SVGs fill with it by its id. */
void
rc_defs(void)
{
	out_puts("<svg class=\"defs\" width=\"0\" height=\"0\" "
	    "aria-hidden=\"true\"><defs><pattern id=\"hatch\" "
	    "patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\" "
	    "patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" "
	    "fill=\"#d55e00\"/><line x1=\"1\" y1=\"0\" x2=\"1\" y2=\"5\" "
	    "stroke=\"#fff\" stroke-width=\"1.6\"/></pattern></defs></svg>\n");
}
