#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/areashape.h"
#include "core/err.h"
#include "num/rdnew.h"
#include "num/simplify.h"

enum crs { CRS_UNKNOWN, CRS_RD, CRS_WGS84 };

/* The first position of a geometry's coordinates, or NULL. */
static const json_t *
first_position(const json_t *c)
{
	while (json_is_array(c) && json_array_size(c) > 0 &&
	    json_is_array(json_array_get(c, 0)))
		c = json_array_get(c, 0);
	return json_is_array(c) && json_array_size(c) >= 2 ? c : NULL;
}

/* The map's coordinate system: from "crs", else from the first position. */
static int
map_crs(const json_t *doc, enum crs *crs, char *err, size_t size)
{
	const char *name = json_string_value(json_object_get(json_object_get(
	    json_object_get(doc, "crs"), "properties"), "name"));
	const json_t *f, *p = NULL;
	size_t i;
	double x, y;

	if (name != NULL) {
		if (strstr(name, "28992") != NULL)
			*crs = CRS_RD;
		else if (strstr(name, "4326") != NULL || strstr(name, "CRS84"))
			*crs = CRS_WGS84;
		else
			return errorf(err, size, "coordinates in %s; samen reads "
			    "RD New (EPSG:28992) or WGS84 (EPSG:4326): convert "
			    "the map with ogr2ogr -t_srs EPSG:28992", name);
		return 0;
	}
	json_array_foreach(json_object_get(doc, "features"), i, f)
		if ((p = first_position(json_object_get(json_object_get(f,
		    "geometry"), "coordinates"))) != NULL)
			break;
	*crs = CRS_UNKNOWN;
	if (p == NULL)
		return 0;
	x = json_number_value(json_array_get(p, 0));
	y = json_number_value(json_array_get(p, 1));
	if (fabs(x) <= 180 && fabs(y) <= 90)
		*crs = CRS_WGS84;
	else if (rdnew_in_range(x, y))
		*crs = CRS_RD;
	else
		return errorf(err, size, "coordinates such as %g, %g are neither "
		    "RD New metres nor WGS84 degrees in the Netherlands; "
		    "convert the map with ogr2ogr -t_srs EPSG:28992", x, y);
	return 0;
}

static double
round_dm(double v)
{
	return round(v * 10) / 10;
}

/* A ring as RD New positions, simplified; NULL with the reason. */
static json_t *
ring(const json_t *r, enum crs crs, double tol, struct areashape_map *m,
    char *err, size_t size)
{
	size_t n = json_array_size(r), i, kept;
	double *xy;
	unsigned char *keep;
	json_t *out, *p;

	if (!json_is_array(r) || n < 4)
		return errorf(err, size, "a ring of fewer than 4 positions"),
		    NULL;
	xy = xreallocarray(NULL, n, 2 * sizeof *xy);
	keep = xmalloc(n);
	json_array_foreach(r, i, p) {
		double a = json_number_value(json_array_get(p, 0));
		double b = json_number_value(json_array_get(p, 1));

		if (!json_is_array(p) || json_array_size(p) < 2 ||
		    !json_is_number(json_array_get(p, 0)) ||
		    !json_is_number(json_array_get(p, 1))) {
			free(xy), free(keep);
			return errorf(err, size, "position %zu is not [x, y]",
			    i + 1), NULL;
		}
		if (crs == CRS_WGS84 && !wgs84_in_netherlands(b, a)) {
			free(xy), free(keep);
			return errorf(err, size, "position %zu (%g, %g) lies "
			    "outside the Netherlands", i + 1, a, b), NULL;
		}
		if (crs == CRS_WGS84)
			wgs84_to_rdnew(b, a, &xy[2 * i], &xy[2 * i + 1]);
		else
			xy[2 * i] = a, xy[2 * i + 1] = b;
	}
	if (xy[0] != xy[2 * n - 2] || xy[1] != xy[2 * n - 1]) {
		free(xy), free(keep);
		return errorf(err, size, "a ring that is not closed (its last "
		    "position must repeat its first)"), NULL;
	}
	kept = douglas_peucker(xy, n, tol, keep);
	out = json_array();
	for (i = 0; i < n; i++)
		if (keep[i] || kept < 4)
			json_array_append_new(out, json_pack("[ff]",
			    round_dm(xy[2 * i]), round_dm(xy[2 * i + 1])));
	m->points_in += n;
	m->points_out += json_array_size(out);
	free(xy);
	free(keep);
	return out;
}

/* How a part of an outline (a ring, a polygon) is read: NULL with why. */
typedef json_t *read_part(const json_t *, enum crs, double tol,
    struct areashape_map *, char *err, size_t size);

/* Each element of parts through part(), into a new array; NULL with the
 * reason, "WHAT N: why", when one cannot be read. */
static json_t *
each_part(const json_t *parts, const char *what, read_part *part,
    enum crs crs, double tol, struct areashape_map *m, char *err,
    size_t size)
{
	json_t *out = json_array(), *p;
	const json_t *in;
	char why[240];
	size_t i;

	json_array_foreach(parts, i, in) {
		if ((p = part(in, crs, tol, m, why, sizeof why)) == NULL) {
			json_decref(out);
			return errorf(err, size, "%s %zu: %s", what, i + 1, why),
			    NULL;
		}
		json_array_append_new(out, p);
	}
	return out;
}

/* A polygon: its outer ring and its holes. */
static json_t *
polygon(const json_t *rings, enum crs crs, double tol,
    struct areashape_map *m, char *err, size_t size)
{
	if (!json_is_array(rings) || json_array_size(rings) == 0)
		return errorf(err, size, "a polygon without rings"), NULL;
	return each_part(rings, "ring", ring, crs, tol, m, err, size);
}

/* A Polygon or MultiPolygon, in RD New and simplified; NULL with why. */
static json_t *
geometry(const json_t *g, enum crs crs, double tol, struct areashape_map *m,
    char *err, size_t size)
{
	const char *type = json_string_value(json_object_get(g, "type"));
	const json_t *c = json_object_get(g, "coordinates");
	json_t *out;

	if (type != NULL && strcmp(type, "Polygon") == 0)
		return (out = polygon(c, crs, tol, m, err, size)) == NULL ? NULL :
		    json_pack("{s:s,s:o}", "type", "Polygon", "coordinates", out);
	if (type == NULL || strcmp(type, "MultiPolygon") != 0)
		return errorf(err, size, "geometry %s: an outline is a Polygon "
		    "or a MultiPolygon", type ? type : "(none)"), NULL;
	if (!json_is_array(c) || json_array_size(c) == 0)
		return errorf(err, size, "a multipolygon without polygons"),
		    NULL;
	if ((out = each_part(c, "polygon", polygon, crs, tol, m, err,
	    size)) == NULL)
		return NULL;
	return json_pack("{s:s,s:o}", "type", "MultiPolygon", "coordinates", out);
}

/* The first of the properties keys that is a string, or NULL. */
static const char *
property(const json_t *props, const char *const *keys, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (json_is_string(json_object_get(props, keys[i])))
			return json_string_value(json_object_get(props, keys[i]));
	return NULL;
}

/* One feature into the map: its code, name and geometry; -1 with why. */
static int
feature(const json_t *f, enum crs crs, double tol, struct areashape_map *m,
    char *err, size_t size)
{
	static const char *const codes[] = { "statcode", "buurtcode",
	    "wijkcode", "gemeentecode", "code" };
	static const char *const names[] = { "statnaam", "buurtnaam",
	    "wijknaam", "gemeentenaam", "name" };
	const json_t *props = json_object_get(f, "properties");
	const char *code = property(props, codes, NELEM(codes)), *name;
	struct areashape *s;
	char clean[AREA_CODE_MAX + 16], why[256];
	size_t n;
	json_t *g;

	if (code == NULL)
		return errorf(err, size, "no statcode, buurtcode, wijkcode, "
		    "gemeentecode or code among its properties");
	while (*code == ' ')
		code++;
	n = strcspn(code, " ");
	if (n >= AREA_CODE_MAX || code[n + strspn(code + n, " ")] != '\0')
		return errorf(err, size, "'%s' is not a CBS code", code);
	memcpy(clean, code, n);
	clean[n] = '\0';
	if (area_level_of(clean) == AREA_INVALID)
		return errorf(err, size, "'%s' is not a CBS code", clean);
	if ((g = geometry(json_object_get(f, "geometry"), crs, tol, m, why,
	    sizeof why)) == NULL)
		return errorf(err, size, "%s: %s", clean, why);
	s = XPUSH(m->shape, m->n, m->cap);
	memcpy(s->code, clean, n + 1);
	name = property(props, names, NELEM(names));
	s->name = name != NULL ? xstrdup(name) : NULL;
	s->geometry = g;
	return 0;
}

int
areashape_read(const char *path, double tol, struct areashape_map *m,
    char *err, size_t size)
{
	json_error_t je;
	json_t *doc = json_load_file(path, JSON_REJECT_DUPLICATES, &je);
	const json_t *f;
	enum crs crs;
	char why[300];
	size_t i;

	memset(m, 0, sizeof *m);
	if (doc == NULL)
		return errorf(err, size, "%d:%d: %s", je.line, je.column, je.text);
	if (!json_is_array(json_object_get(doc, "features")) ||
	    map_crs(doc, &crs, err, size) == -1) {
		if (!json_is_array(json_object_get(doc, "features")))
			errorf(err, size, "not a GeoJSON FeatureCollection");
		json_decref(doc);
		return -1;
	}
	m->wgs84 = crs == CRS_WGS84;
	json_array_foreach(json_object_get(doc, "features"), i, f)
		if (feature(f, crs, tol, m, why, sizeof why) == -1) {
			struct areashape_reject *r = XPUSH(m->reject,
			    m->nreject, m->rejectcap);

			r->feature = i + 1;
			r->why = xstrdup(why);
		}
	json_decref(doc);
	return 0;
}

void
areashape_free(struct areashape_map *m)
{
	FREE_ARRAY(struct areashape, m->shape, m->n, s,
	    (free(s->name), json_decref(s->geometry)));
	FREE_ARRAY(struct areashape_reject, m->reject, m->nreject, r,
	    free(r->why));
	memset(m, 0, sizeof *m);
}
