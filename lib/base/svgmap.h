/*
 * svgmap: area outlines drawn as SVG paths, north up, fitted to a box.
 *
 * An outline is a GeoJSON Polygon or MultiPolygon in RD New metres
 * (EPSG:28992), as area-import(1) writes it into an area record's
 * "geometry" (base/areashape.h).  RD New is a flat grid in metres, so the
 * projection is a scale and a flip of the y axis: shapes keep their
 * proportions.  The caller widens a view over every outline it will
 * draw (svgmap_extend), fits it to a width (svgmap_fit), then writes each
 * outline's path data (svgmap_path, holes as further subpaths, for
 * fill-rule evenodd) and places labels (svgmap_anchor).  Paths go through
 * out.h.
 */
#ifndef SAMEN_SVGMAP_H
#define SAMEN_SVGMAP_H

#include <jansson.h>

struct svgmap_view {
	double minx, miny, maxx, maxy;	/* the extent, in metres */
	int empty;			/* nothing extended it yet */
	double scale, pad;		/* user units a metre; the margin */
	double w, h;			/* the fitted box */
};

void	svgmap_init(struct svgmap_view *);
/* Widens the extent by geometry's; 0, or -1 when geometry is no Polygon
 * or MultiPolygon of finite positions (and the view is left as it was). */
int	svgmap_extend(struct svgmap_view *, const json_t *geometry);
/* Fits the extent into w user units across, pad of them a margin; h
 * follows from the extent's proportions. */
void	svgmap_fit(struct svgmap_view *, double w, double pad);
/* The value of a path's d attribute for geometry, which svgmap_extend
 * took. */
void	svgmap_path(const struct svgmap_view *, const json_t *geometry);
/* Where geometry's label goes: the centroid of its largest outer ring,
 * in user units. */
void	svgmap_anchor(const struct svgmap_view *, const json_t *geometry,
	    double *x, double *y);

#endif
