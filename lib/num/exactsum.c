#include <math.h>
#include <string.h>

#include "num/exactsum.h"

/* Adds m * 2^shift (m below 2^128, m << shift below 2^256). */
static void
add_shifted(struct exactsum *s, unsigned __int128 m, int shift)
{
	uint64_t lo = (uint64_t)m, hi = (uint64_t)(m >> 64), part[3];
	int k = shift / 64, b = shift % 64, i;
	unsigned __int128 carry = 0;

	part[0] = lo << b;
	part[1] = b ? (hi << b) | (lo >> (64 - b)) : hi;
	part[2] = b ? hi >> (64 - b) : 0;
	for (i = k; i < 4; i++) {
		carry += (unsigned __int128)s->limb[i] +
		    (i - k < 3 ? part[i - k] : 0);
		s->limb[i] = (uint64_t)carry;
		carry >>= 64;
	}
}

/* w = m * 2^e with m a 53-bit integer. */
static void
split(double w, uint64_t *m, int *e)
{
	int x;
	double f = frexp(w, &x);

	*m = (uint64_t)ldexp(f, 53);
	*e = x - 53;
}

void
exactsum_add(struct exactsum *s, double w)
{
	uint64_t m;
	int e;

	split(w, &m, &e);
	add_shifted(s, m, e + 128);
}

void
exactsum_add_square(struct exactsum *s, double w)
{
	uint64_t m;
	int e;

	split(w, &m, &e);
	add_shifted(s, (unsigned __int128)m * m, 2 * e + 128);
}

int
exactsum_merge(struct exactsum *a, const struct exactsum *b)
{
	unsigned __int128 carry = 0;
	int i;

	for (i = 0; i < 4; i++) {
		carry += (unsigned __int128)a->limb[i] + b->limb[i];
		a->limb[i] = (uint64_t)carry;
		carry >>= 64;
	}
	return carry ? -1 : 0;
}

static int
top_bit(const struct exactsum *s)
{
	int i;

	for (i = 3; i >= 0; i--)
		if (s->limb[i] != 0)
			return 64 * i + 63 - __builtin_clzll(s->limb[i]);
	return -1;
}

static int
bit(const struct exactsum *s, int i)
{
	return (int)(s->limb[i / 64] >> (i % 64)) & 1;
}

double
exactsum_value(const struct exactsum *s)
{
	int p = top_bit(s), i, sticky = 0;
	uint64_t top = 0;

	if (p < 64)
		return ldexp((double)s->limb[0], -128);
	/* the 64 bits from p down, and whether anything below is set: one
	 * conversion of that to double rounds as the whole number would */
	for (i = p; i > p - 64; i--)
		top = top << 1 | (uint64_t)bit(s, i);
	for (; i >= 0 && !sticky; i--)
		sticky = bit(s, i);
	return ldexp((double)(top | (uint64_t)sticky), p - 63 - 128);
}

char *
exactsum_hex(const struct exactsum *s, char *out)
{
	static const char digits[] = "0123456789abcdef";
	int i, n = 0, started = 0;

	for (i = 63; i >= 0; i--) {
		int d = (int)(s->limb[i / 16] >> (4 * (i % 16))) & 15;

		if (d != 0 || started || i == 0) {
			out[n++] = digits[d];
			started = 1;
		}
	}
	out[n] = '\0';
	return out;
}

int
exactsum_parse(const char *h, struct exactsum *s)
{
	size_t n = strlen(h), i;

	if (n == 0 || n > EXACTSUM_HEX || (n > 1 && h[0] == '0'))
		return -1;
	memset(s, 0, sizeof *s);
	for (i = 0; i < n; i++) {
		const char *d = strchr("0123456789abcdef", h[i]);
		size_t pos = n - 1 - i;

		if (d == NULL || h[i] == '\0')
			return -1;
		s->limb[pos / 16] |= (uint64_t)(d - "0123456789abcdef") <<
		    (4 * (pos % 16));
	}
	return 0;
}
