#include "core/err.h"
#include "num/rdnew.h"

/* One term c * dx^p * dy^q of a polynomial of the approximation. */
struct term {
	int p, q;
	double c;
};

/* Schreutelkamp & Strang van Hees (2001), RD to WGS84: latitude (in
 * seconds of arc, from dx = (x - x0) 1e-5 and dy = (y - y0) 1e-5) ... */
static const struct term rd_lat[] = {
	{ 0, 1, 3235.65389 }, { 2, 0, -32.58297 }, { 0, 2, -0.24750 },
	{ 2, 1, -0.84978 }, { 0, 3, -0.06550 }, { 2, 2, -0.01709 },
	{ 1, 0, -0.00738 }, { 4, 0, 0.00530 }, { 2, 3, -0.00039 },
	{ 4, 1, 0.00033 }, { 1, 1, -0.00012 }
};
/* ... and longitude. */
static const struct term rd_lon[] = {
	{ 1, 0, 5260.52916 }, { 1, 1, 105.94684 }, { 1, 2, 2.45656 },
	{ 3, 0, -0.81885 }, { 1, 3, 0.05594 }, { 3, 1, -0.05607 },
	{ 0, 1, 0.01199 }, { 3, 2, -0.00256 }, { 1, 4, 0.00128 },
	{ 0, 2, 0.00022 }, { 2, 0, -0.00022 }, { 5, 0, 0.00026 }
};
/* WGS84 to RD: x and y in metres from df = 0.36 (lat - lat0) and
 * dl = 0.36 (lon - lon0), p the power of dl and q of df. */
static const struct term wgs_x[] = {
	{ 1, 0, 190094.945 }, { 1, 1, -11832.228 }, { 1, 2, -114.221 },
	{ 3, 0, -32.391 }, { 0, 1, -0.705 }, { 1, 3, -2.340 },
	{ 3, 1, -0.608 }, { 2, 0, -0.008 }, { 3, 2, 0.148 }
};
static const struct term wgs_y[] = {
	{ 0, 1, 309056.544 }, { 2, 0, 3638.893 }, { 0, 2, 73.077 },
	{ 2, 1, -157.984 }, { 0, 3, 59.788 }, { 1, 0, 0.433 },
	{ 2, 2, -6.439 }, { 1, 1, -0.032 }, { 4, 0, 0.092 },
	{ 4, 1, -0.054 }
};

static double
power(double b, int e)
{
	double r = 1;

	while (e-- > 0)
		r *= b;
	return r;
}

/* The sum of the n terms at (a, b). */
static double
polynomial(const struct term *t, size_t n, double a, double b)
{
	double sum = 0;
	size_t i;

	for (i = 0; i < n; i++)
		sum += t[i].c * power(a, t[i].p) * power(b, t[i].q);
	return sum;
}

void
rdnew_to_wgs84(double x, double y, double *lat, double *lon)
{
	double dx = (x - RDNEW_X0) * 1e-5, dy = (y - RDNEW_Y0) * 1e-5;

	*lat = RDNEW_LAT0 + polynomial(rd_lat, NELEM(rd_lat), dx, dy) / 3600;
	*lon = RDNEW_LON0 + polynomial(rd_lon, NELEM(rd_lon), dx, dy) / 3600;
}

void
wgs84_to_rdnew(double lat, double lon, double *x, double *y)
{
	double df = 0.36 * (lat - RDNEW_LAT0), dl = 0.36 * (lon - RDNEW_LON0);

	*x = RDNEW_X0 + polynomial(wgs_x, NELEM(wgs_x), dl, df);
	*y = RDNEW_Y0 + polynomial(wgs_y, NELEM(wgs_y), dl, df);
}

int
rdnew_in_range(double x, double y)
{
	return x >= -7000 && x <= 300000 && y >= 289000 && y <= 629000;
}

int
wgs84_in_netherlands(double lat, double lon)
{
	return lat >= 50 && lat <= 54 && lon >= 3 && lon <= 8;
}
