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

	out_printf("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" "
	    "viewBox=\"0 0 %d %d\" role=\"img\"><title>", WIDTH, h);
	svg_escape(title);
	out_puts("</title>\n");
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
	out_puts("</svg>\n");
}
