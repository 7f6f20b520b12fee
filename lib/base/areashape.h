/*
 * areashape: the outlines of areas from a GeoJSON map, such as the CBS/PDOK
 * "wijk- en buurtkaart", as geometries for area records.
 *
 * A map is a FeatureCollection; each feature's code is the first of its
 * properties statcode, buurtcode, wijkcode, gemeentecode or code (cleaned
 * of padding, a valid CBS code), its name the first of statnaam,
 * buurtnaam, wijknaam, gemeentenaam or name.  The geometry is a Polygon or
 * a MultiPolygon, holes included; every ring closed, of 4 positions or
 * more.
 *
 * Coordinates come out in RD New metres (EPSG:28992), the grid in which
 * CBS and PDOK publish and in which a tolerance in metres means what it
 * says.  A map in WGS84 (a "crs" naming EPSG:4326 or CRS84, or, with no
 * "crs", coordinates that are longitudes and latitudes, as RFC 7946
 * wants) is converted with the approximation of rdnew.h, good to about a
 * metre, far below what a map on paper shows; a map in any other system
 * is refused, since guessing it would draw the neighbourhoods in the
 * wrong place.  Each ring is then simplified by Douglas-Peucker
 * (simplify.h) to the tolerance, and kept whole when simplifying would
 * leave fewer than 4 positions; positions are rounded to 0.1 m.
 */
#ifndef SAMEN_AREASHAPE_H
#define SAMEN_AREASHAPE_H

#include <stddef.h>
#include <jansson.h>

#include "base/area.h"

struct areashape {
	char code[AREA_CODE_MAX];
	char *name;			/* NULL when the map has none */
	json_t *geometry;		/* RD New, simplified */
};

struct areashape_reject {
	unsigned long feature;		/* 1-based */
	char *why;
};

struct areashape_map {
	struct areashape *shape;
	size_t n, cap;
	struct areashape_reject *reject;
	size_t nreject, rejectcap;
	int wgs84;			/* the map was in WGS84 */
	unsigned long points_in, points_out;
};

/*
 * Reads the GeoJSON file at path into map (zeroed first): its features'
 * shapes, and for each feature that cannot be used, its number and why.
 * -1 with the reason when the file is no GeoJSON FeatureCollection or in
 * a coordinate system other than RD New or WGS84.
 */
int areashape_read(const char *path, double tolerance,
    struct areashape_map *map, char *err, size_t errsize);
void areashape_free(struct areashape_map *);

#endif
