#include "core/utf8.h"

/* Length of the well-formed sequence at s (at most n bytes), or 0. */
static size_t
sequence(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	size_t len, i;
	unsigned char lo = 0x80, hi = 0xbf;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		len = 2;
	else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		if (c == 0xe0)
			lo = 0xa0;	/* overlong */
		if (c == 0xed)
			hi = 0x9f;	/* surrogates */
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		if (c == 0xf0)
			lo = 0x90;	/* overlong */
		if (c == 0xf4)
			hi = 0x8f;	/* past U+10FFFF */
	} else
		return 0;
	if (n < len || s[1] < lo || s[1] > hi)
		return 0;
	for (i = 2; i < len; i++)
		if (s[i] < 0x80 || s[i] > 0xbf)
			return 0;
	return len;
}

int
utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len;

	while (n > 0) {
		if ((len = sequence(p, n)) == 0)
			return 0;
		p += len;
		n -= len;
	}
	return 1;
}

void
utf8_scrub(char *s)
{
	unsigned char *p = (unsigned char *)s;
	size_t n = 0, len;

	while (p[n] != '\0')
		n++;
	while (n > 0) {
		if ((len = sequence(p, n)) == 0) {
			*p = '?';
			len = 1;
		}
		p += len;
		n -= len;
	}
}
