#include <string.h>

#include "core/slug.h"

/* Two-byte UTF-8 Latin-1 and Latin Extended-A letters, by code point. */
static const char *
fold(unsigned cp)
{
	static const char *const latin1[64] = {
		"a", "a", "a", "a", "a", "a", "ae", "c",	/* C0 */
		"e", "e", "e", "e", "i", "i", "i", "i",
		"d", "n", "o", "o", "o", "o", "o", NULL,	/* D0 */
		"o", "u", "u", "u", "u", "y", "th", "ss",
		"a", "a", "a", "a", "a", "a", "ae", "c",	/* E0 */
		"e", "e", "e", "e", "i", "i", "i", "i",
		"d", "n", "o", "o", "o", "o", "o", NULL,	/* F0 */
		"o", "u", "u", "u", "u", "y", "th", "y",
	};

	if (cp >= 0xc0 && cp <= 0xff)
		return latin1[cp - 0xc0];
	if (cp == 0x132 || cp == 0x133)
		return "ij";
	if (cp == 0x152 || cp == 0x153)
		return "oe";
	if (cp >= 0x100 && cp <= 0x17f) {
		/* Latin Extended-A: pairs of capital and small letters. */
		static const char base[] =
		    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkkklllllll"
		    "lllnnnnnnnnnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
		unsigned i = cp - 0x100;
		static char one[2];

		if (i < sizeof base - 1 && base[i] != '.') {
			one[0] = base[i];
			one[1] = '\0';
			return one;
		}
	}
	return NULL;
}

size_t
slugify(const char *s, char *out, size_t outsize)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = 0;
	int hyphen = 0;

	if (outsize == 0)
		return 0;
	while (*p != '\0') {
		const char *keep = NULL;
		char one[2] = { 0, 0 };

		if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) {
			one[0] = (char)*p++;
			keep = one;
		} else if (*p >= 'A' && *p <= 'Z') {
			one[0] = (char)(*p++ - 'A' + 'a');
			keep = one;
		} else if (*p >= 0xc2 && *p <= 0xdf && (p[1] & 0xc0) == 0x80) {
			keep = fold((unsigned)(p[0] & 0x1f) << 6 | (p[1] & 0x3f));
			p += 2;
		} else
			p++;
		if (keep == NULL) {
			hyphen = n > 0;
			continue;
		}
		if (*keep == '\0')
			continue;
		if (hyphen) {
			/* a slug never ends in a hyphen, cut short or not */
			if (n + 2 >= outsize)
				break;
			out[n++] = '-';
		}
		hyphen = 0;
		while (*keep != '\0' && n + 1 < outsize)
			out[n++] = *keep++;
	}
	out[n] = '\0';
	return n;
}

int
slug_valid(const char *s)
{
	size_t i, n = strlen(s);

	if (n == 0 || s[0] == '-' || s[n - 1] == '-')
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] == '-' && s[i + 1] == '-')
			return 0;
		if (s[i] != '-' && !(s[i] >= 'a' && s[i] <= 'z') &&
		    !(s[i] >= '0' && s[i] <= '9'))
			return 0;
	}
	return 1;
}
