/*
 * svgchart: horizontal bar charts as inline SVG, for pages that must show
 * their figures without scripts or anything fetched from a network.
 *
 * A chart is a list of labelled bars on one scale (from zero to the
 * largest value or target), each optionally with a target marker; it is
 * written to standard output as one <svg> element with a viewBox, so it
 * scales with the page and prints sharply.  Labels and value texts are
 * escaped; the title becomes the chart's <title> for screen readers.
 * Colours come from classes (bar-0 .. bar-3, target), styled by the page.
 *
 * Range charts (svg_ranges) draw, a row each, a bar with its interval as
 * a whisker and a second, thinner bar under it on the same scale (need
 * with its 95% interval, and supply), with their legend in the chart.  The
 * building blocks (svg_open, svg_key, svg_text) are for other figures of
 * the same kind (a map, svgmap.h): every figure is an <svg role="img">
 * with a <title> and a <desc>, so that a screen reader has its text.
 */
#ifndef SAMEN_SVGCHART_H
#define SAMEN_SVGCHART_H

#include <stddef.h>

struct svg_bar {
	const char *label;
	double value;		/* >= 0 */
	double target;		/* < 0: no target marker */
	const char *text;	/* shown after the bar, e.g. "€ 1.250,00" */
	int style;		/* 0..3: the bar-N class */
};

void	svg_bars(const char *title, const struct svg_bar *, size_t n);

struct svg_range {
	const char *label;
	double value, low, high;	/* the bar, its interval; NAN: unknown */
	double other;			/* the thin bar under it; NAN: none */
	const char *text;		/* shown after the row, e.g. "140" */
};

/*
 * Rows of svg_range on one scale from 0 to the largest value, high or
 * other, a legend on top naming the bar, the interval and the thin bar
 * (legend[0..2]); a row whose value is unknown shows only its text.
 */
void	svg_ranges(const char *title, const char *desc,
	    const struct svg_range *, size_t n, const char *const legend[3]);

/* Opens an <svg> of w by h user units, class cls, role="img", with title
 * and desc (NULL: none) escaped; svg_close() ends it. */
void	svg_open(const char *cls, double w, double h, const char *title,
	    const char *desc);
void	svg_close(void);
/* A legend key at (x, y): a 14 by 10 swatch of class cls, its label
 * after it; the x where the next key may go. */
double	svg_key(double x, double y, const char *cls, const char *label);
/* s escaped at (x, y); anchor "start", "middle" or "end"; cls or NULL. */
void	svg_text(double x, double y, const char *anchor, const char *cls,
	    const char *s);
/* Writes s with & < > " ' escaped, for HTML and SVG text alike. */
void	svg_escape(const char *s);

#endif
