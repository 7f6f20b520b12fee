/*
 * svgmap: RD New outlines as SVG paths (see svgmap.h).
 */
#include <math.h>
#include <string.h>

#include "base/svgmap.h"
#include "core/out.h"

void
svgmap_init(struct svgmap_view *v)
{
	v->minx = v->miny = v->maxx = v->maxy = 0;
	v->empty = 1;
	v->scale = 1;
	v->pad = v->w = v->h = 0;
}

/* The polygons of a geometry: a Polygon is one, a MultiPolygon its list;
 * *n of them, or NULL when it is neither. */
static const json_t *
polygons(const json_t *g, size_t *n, int *multi)
{
	const char *t = json_string_value(json_object_get(g, "type"));
	const json_t *c = json_object_get(g, "coordinates");

	if (t == NULL || !json_is_array(c) || (strcmp(t, "Polygon") != 0 &&
	    strcmp(t, "MultiPolygon") != 0))
		return NULL;
	*multi = t[0] == 'M';
	*n = *multi ? json_array_size(c) : 1;
	return c;
}

/* Ring r of polygon p of the geometry's coordinates c. */
static const json_t *
ring(const json_t *c, int multi, size_t p, size_t r)
{
	return json_array_get(multi ? json_array_get(c, p) : c, r);
}

static size_t
rings(const json_t *c, int multi, size_t p)
{
	return json_array_size(multi ? json_array_get(c, p) : c);
}

static int
position(const json_t *ringv, size_t i, double *x, double *y)
{
	const json_t *pt = json_array_get(ringv, i);

	*x = json_number_value(json_array_get(pt, 0));
	*y = json_number_value(json_array_get(pt, 1));
	return json_is_number(json_array_get(pt, 0)) &&
	    json_is_number(json_array_get(pt, 1)) && isfinite(*x) &&
	    isfinite(*y) ? 0 : -1;
}

int
svgmap_extend(struct svgmap_view *v, const json_t *g)
{
	struct svgmap_view w = *v;
	const json_t *c, *rv;
	size_t n, p, r, i;
	double x, y;
	int multi;

	if ((c = polygons(g, &n, &multi)) == NULL)
		return -1;
	for (p = 0; p < n; p++)
		for (r = 0; r < rings(c, multi, p); r++) {
			rv = ring(c, multi, p, r);
			for (i = 0; i < json_array_size(rv); i++) {
				if (position(rv, i, &x, &y) != 0)
					return -1;
				if (w.empty || x < w.minx)
					w.minx = x;
				if (w.empty || x > w.maxx)
					w.maxx = x;
				if (w.empty || y < w.miny)
					w.miny = y;
				if (w.empty || y > w.maxy)
					w.maxy = y;
				w.empty = 0;
			}
		}
	*v = w;
	return 0;
}

void
svgmap_fit(struct svgmap_view *v, double w, double pad)
{
	double dx = v->maxx - v->minx, dy = v->maxy - v->miny;

	v->pad = pad;
	v->w = w;
	v->scale = dx > 0 ? (w - 2 * pad) / dx : 1;
	v->h = dy * v->scale + 2 * pad;
}

static double
ux(const struct svgmap_view *v, double x)
{
	return v->pad + (x - v->minx) * v->scale;
}

/* North up: a larger y in RD New is higher on the page. */
static double
uy(const struct svgmap_view *v, double y)
{
	return v->pad + (v->maxy - y) * v->scale;
}

void
svgmap_path(const struct svgmap_view *v, const json_t *g)
{
	const json_t *c, *rv;
	size_t n, p, r, i;
	double x, y;
	int multi;

	if ((c = polygons(g, &n, &multi)) == NULL)
		return;
	for (p = 0; p < n; p++)
		for (r = 0; r < rings(c, multi, p); r++) {
			rv = ring(c, multi, p, r);
			for (i = 0; i < json_array_size(rv); i++)
				if (position(rv, i, &x, &y) == 0)
					out_printf("%s%.1f %.1f", i == 0 ?
					    "M" : "L", ux(v, x), uy(v, y));
			out_puts("Z");
		}
}

/* A ring's signed area and centroid (the shoelace formula), in metres;
 * taken from its first position, so that RD New's large coordinates lose
 * no precision. */
static double
ring_centroid(const json_t *rv, double *cx, double *cy)
{
	double a = 0, sx = 0, sy = 0, x0, y0, x1, y1, ox, oy, t;
	size_t i, n = json_array_size(rv);

	*cx = *cy = 0;
	if (position(rv, 0, &ox, &oy) != 0)
		return 0;
	for (i = 0; i + 1 < n; i++) {
		if (position(rv, i, &x0, &y0) != 0 ||
		    position(rv, i + 1, &x1, &y1) != 0)
			return 0;
		x0 -= ox, y0 -= oy, x1 -= ox, y1 -= oy;
		t = x0 * y1 - x1 * y0;
		a += t;
		sx += (x0 + x1) * t;
		sy += (y0 + y1) * t;
	}
	if (a == 0)
		return 0;
	*cx = ox + sx / (3 * a);
	*cy = oy + sy / (3 * a);
	return a / 2;
}

void
svgmap_anchor(const struct svgmap_view *v, const json_t *g, double *x,
    double *y)
{
	const json_t *c;
	double best = -1, a, cx, cy;
	size_t n, p;
	int multi;

	*x = v->w / 2;
	*y = v->h / 2;
	if ((c = polygons(g, &n, &multi)) == NULL)
		return;
	for (p = 0; p < n; p++) {
		a = fabs(ring_centroid(ring(c, multi, p, 0), &cx, &cy));
		if (a > best && a > 0) {
			best = a;
			*x = ux(v, cx);
			*y = uy(v, cy);
		}
	}
}
