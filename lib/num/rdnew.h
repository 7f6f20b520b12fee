/*
 * rdnew: the Dutch national grid, RD New (Rijksdriehoeksmeting, EPSG:28992),
 * to and from WGS84 latitude and longitude.
 *
 * The approximation of F.H. Schreutelkamp and G.L. Strang van Hees,
 * "Benaderingsformules voor de transformatie tussen RD- en WGS84-
 * kaartcoördinaten" (Stichting De Koepel / TU Delft, 2001; printed in NGT
 * Geodesia 43(2), 2001, p. 64-69): polynomials in the distance from the
 * Amersfoort origin (x 155000, y 463000; 52.15517440 N, 5.38720621 E),
 * good to about a metre over the Netherlands, which is what a neighbourhood
 * map needs.  (RDNAPTRANS, with its correction grids, is the exact
 * transformation; it is not needed at this scale.)  Outside the
 * Netherlands the polynomials mean nothing: rdnew_in_range() says where
 * they hold.
 */
#ifndef SAMEN_RDNEW_H
#define SAMEN_RDNEW_H

#define RDNEW_X0 155000.0
#define RDNEW_Y0 463000.0
#define RDNEW_LAT0 52.15517440
#define RDNEW_LON0 5.38720621

/* RD New metres to WGS84 degrees. */
void rdnew_to_wgs84(double x, double y, double *lat, double *lon);
/* WGS84 degrees to RD New metres. */
void wgs84_to_rdnew(double lat, double lon, double *x, double *y);

/* True when (x, y) lies in the RD New domain around the Netherlands
 * (x -7000..300000, y 289000..629000). */
int rdnew_in_range(double x, double y);
/* True when (lat, lon) lies around the Netherlands (50..54 N, 3..8 E),
 * where the polynomials hold. */
int wgs84_in_netherlands(double lat, double lon);

#endif
