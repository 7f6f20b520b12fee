#include <math.h>
#include <string.h>

#include "core/out.h"
#include "base/svgchart.h"

#define WIDTH	640
#define LABELW	210
#define TEXTW	130
#define ROW	24
#define BARH	14

void
svg_escape(const char *s)
{
	const char *p;

	for (p = s; *p; p++)
		switch (*p) {
		case '&':
			out_puts("&amp;");
			break;
		case '<':
			out_puts("&lt;");
			break;
		case '>':
			out_puts("&gt;");
			break;
		case '"':
			out_puts("&quot;");
			break;
		case '\'':
			out_puts("&#39;");
			break;
		default:
			out_write(p, 1);
		}
}

static double
scale_max(const struct svg_bar *b, size_t n)
{
	double m = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (b[i].value > m)
			m = b[i].value;
		if (b[i].target > m)
			m = b[i].target;
	}
	return m > 0 ? m : 1;
}

void
svg_bars(const char *title, const struct svg_bar *b, size_t n)
{
	double max = scale_max(b, n), span = WIDTH - LABELW - TEXTW, x, t;
	int h = (int)n * ROW + 8, y;
	size_t i;

	svg_open("chart", WIDTH, h, title, NULL);
	for (i = 0; i < n; i++) {
		y = 4 + (int)i * ROW;
		x = isfinite(b[i].value) && b[i].value > 0 ?
		    b[i].value / max * span : 0;
		out_printf("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">",
		    LABELW - 8, y + BARH - 2);
		svg_escape(b[i].label);
		out_printf("</text><rect class=\"bar-%d\" x=\"%d\" y=\"%d\" "
		    "width=\"%.1f\" height=\"%d\"/>", b[i].style & 3, LABELW, y,
		    x, BARH);
		t = x;
		if (b[i].target >= 0 && isfinite(b[i].target)) {
			t = b[i].target / max * span;
			out_printf("<line class=\"target\" x1=\"%.1f\" "
			    "y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", LABELW + t,
			    y - 3, LABELW + t, y + BARH + 3);
		}
		out_printf("<text x=\"%.1f\" y=\"%d\">",
		    LABELW + (t > x ? t : x) + 6, y + BARH - 2);
		svg_escape(b[i].text);
		out_puts("</text>\n");
	}
	svg_close();
}

void
svg_open(const char *cls, double w, double h, const char *title,
    const char *desc)
{
	out_printf("<svg class=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" "
	    "viewBox=\"0 0 %g %g\" role=\"img\"><title>", cls, w, h);
	svg_escape(title);
	out_puts("</title>");
	if (desc != NULL) {
		out_puts("<desc>");
		svg_escape(desc);
		out_puts("</desc>");
	}
	out_puts("\n");
}

void
svg_close(void)
{
	out_puts("</svg>\n");
}

void
svg_text(double x, double y, const char *anchor, const char *cls,
    const char *s)
{
	out_printf("<text x=\"%.1f\" y=\"%.1f\"", x, y);
	if (strcmp(anchor, "start") != 0)
		out_printf(" text-anchor=\"%s\"", anchor);
	if (cls != NULL)
		out_printf(" class=\"%s\"", cls);
	out_puts(">");
	svg_escape(s);
	out_puts("</text>");
}

double
svg_key(double x, double y, const char *cls, const char *label)
{
	out_printf("<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"14\" "
	    "height=\"10\"/>", cls, x, y);
	svg_text(x + 18, y + 9, "start", "key", label);
	/* about 7 units a character at the keys' size, and a gap */
	return x + 18 + 7 * (double)strlen(label) + 14;
}

/* The range charts' geometry, in user units. */
#define RWIDTH	480
#define RLABELW	130
#define RTEXTW	72
#define RROW	30
#define RTOP	30

static double
range_max(const struct svg_range *r, size_t n)
{
	double m = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (isfinite(r[i].high) && r[i].high > m)
			m = r[i].high;
		if (isfinite(r[i].value) && r[i].value > m)
			m = r[i].value;
		if (isfinite(r[i].other) && r[i].other > m)
			m = r[i].other;
	}
	return m > 0 ? m : 1;
}

/* The legend of a range chart: the bar, the interval, the thin bar. */
static void
range_legend(const char *const legend[3])
{
	double x = svg_key(4, 6, "need", legend[0]);

	out_printf("<line class=\"interval\" x1=\"%.1f\" y1=\"11\" "
	    "x2=\"%.1f\" y2=\"11\"/><line class=\"interval\" x1=\"%.1f\" "
	    "y1=\"6\" x2=\"%.1f\" y2=\"16\"/><line class=\"interval\" "
	    "x1=\"%.1f\" y1=\"6\" x2=\"%.1f\" y2=\"16\"/>", x, x + 14, x, x,
	    x + 14, x + 14);
	svg_text(x + 18, 15, "start", "key", legend[1]);
	x += 18 + 7 * (double)strlen(legend[1]) + 14;
	svg_key(x, 6, "supply", legend[2]);
}

/* One row: the bar and its whisker, the thin bar, the label and text. */
static void
range_row(const struct svg_range *r, double y, double max)
{
	double span = RWIDTH - RLABELW - RTEXTW, k = span / max, lo, hi;

	svg_text(RLABELW - 6, y + 13, "end", NULL, r->label);
	if (isfinite(r->value))
		out_printf("<rect class=\"need\" x=\"%d\" y=\"%.1f\" "
		    "width=\"%.1f\" height=\"14\"/>", RLABELW, y + 2,
		    r->value > 0 ? r->value * k : 0);
	if (isfinite(r->low) && isfinite(r->high)) {
		lo = RLABELW + (r->low > 0 ? r->low * k : 0);
		hi = RLABELW + r->high * k;
		out_printf("<path class=\"interval\" d=\"M%.1f %.1fH%.1f"
		    "M%.1f %.1fV%.1fM%.1f %.1fV%.1f\"/>", lo, y + 9, hi, lo,
		    y + 4, y + 14, hi, y + 4, y + 14);
	}
	if (isfinite(r->other))
		out_printf("<rect class=\"supply\" x=\"%d\" y=\"%.1f\" "
		    "width=\"%.1f\" height=\"6\"/>", RLABELW, y + 18,
		    r->other > 0 ? r->other * k : 0);
	svg_text(RWIDTH - 2, y + 13, "end", "value", r->text);
	out_puts("\n");
}

void
svg_ranges(const char *title, const char *desc, const struct svg_range *r,
    size_t n, const char *const legend[3])
{
	double max = range_max(r, n);
	size_t i;

	svg_open("chart ranges", RWIDTH, RTOP + (double)n * RROW + 4, title,
	    desc);
	range_legend(legend);
	for (i = 0; i < n; i++)
		range_row(&r[i], RTOP + (double)i * RROW, max);
	svg_close();
}
