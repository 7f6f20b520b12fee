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
/* Writes s with & < > " ' escaped, for HTML and SVG text alike. */
void	svg_escape(const char *s);

#endif
