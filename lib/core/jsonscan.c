#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "core/jsonscan.h"

/*
 * The grammar and its limits follow jansson 2.14's load.c, so that this
 * scanner and jsonl_parse() agree on every line (tests/unit/test_jsonscan.c
 * checks them against JSONTestSuite): the depth counts every value, as
 * jansson's parse_value() does, and numbers are checked as its lexer
 * checks them (strtoll range for integers, strtod overflow for reals).
 */
#define MAX_DEPTH 2048

struct scanner {
	const char *p, *end, *start;
	struct jsonscan *out;
};

/* 1 for the bytes that end the plain run of a string. */
static unsigned char special[256];

static void
init_special(void)
{
	int c;

	if (special['"'])
		return;
	for (c = 0; c < 256; c++)
		special[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
}

static int
fail(struct scanner *s, const char *where, const char *why)
{
	s->out->error = why;
	s->out->error_offset = (size_t)(where - s->start);
	return -1;
}

static void
skip_ws(struct scanner *s)
{
	while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' ||
	    *s->p == '\n' || *s->p == '\r'))
		s->p++;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Four hex digits at p (end permitting), or -1. */
static long
hex4(const char *p, const char *end)
{
	long v = 0;
	int i, h;

	if (end - p < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		if ((h = hexval((unsigned char)p[i])) < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

/* Length of the well-formed UTF-8 sequence at p (RFC 3629), or 0. */
static size_t
utf8_seq(const unsigned char *p, const unsigned char *end)
{
	unsigned char c = p[0], lo = 0x80, hi = 0xBF;
	size_t n, i;

	if (c >= 0xC2 && c <= 0xDF)
		n = 2;
	else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else
		return 0;
	if ((size_t)(end - p) < n || p[1] < lo || p[1] > hi)
		return 0;
	for (i = 2; i < n; i++)
		if (p[i] < 0x80 || p[i] > 0xBF)
			return 0;
	return n;
}

/* An escape after its backslash; *nul set when it decodes to U+0000. */
static int
scan_escape(struct scanner *s, int *nul)
{
	const char *p = s->p;
	long v, v2;

	if (p >= s->end)
		return fail(s, p, "premature end of input");
	if (strchr("\"\\/bfnrt", *p) != NULL && *p != '\0') {
		s->p = p + 1;
		return 0;
	}
	if (*p != 'u' || (v = hex4(p + 1, s->end)) < 0)
		return fail(s, p, "invalid escape");
	p += 5;
	if (v >= 0xD800 && v <= 0xDBFF) {
		if (s->end - p < 2 || p[0] != '\\' || p[1] != 'u' ||
		    (v2 = hex4(p + 2, s->end)) < 0 || v2 < 0xDC00 ||
		    v2 > 0xDFFF)
			return fail(s, p, "invalid Unicode escape");
		p += 6;
	} else if (v >= 0xDC00 && v <= 0xDFFF)
		return fail(s, p, "invalid Unicode escape");
	if (v == 0)
		*nul = 1;
	s->p = p;
	return 0;
}

/* A string at s->p (its opening quote). */
static int
scan_string(struct scanner *s, int *escaped, int *nul)
{
	const unsigned char *p = (const unsigned char *)s->p + 1;
	const unsigned char *end = (const unsigned char *)s->end;
	size_t n;

	*escaped = *nul = 0;
	for (;;) {
		while (p < end && !special[*p])
			p++;
		if (p >= end)
			return fail(s, (const char *)p, "premature end of input");
		if (*p == '"') {
			s->p = (const char *)p + 1;
			return 0;
		}
		if (*p == '\\') {
			*escaped = 1;
			s->p = (const char *)p + 1;
			if (scan_escape(s, nul) == -1)
				return -1;
			p = (const unsigned char *)s->p;
		} else if (*p < 0x20)
			return fail(s, (const char *)p, "control character in string");
		else if ((n = utf8_seq(p, end)) == 0)
			return fail(s, (const char *)p, "invalid UTF-8");
		else
			p += n;
	}
}

static int
is_digit(const char *p, const char *end)
{
	return p < end && *p >= '0' && *p <= '9';
}

/* As strtoll would: does the integer of ndigits digits at d fit? */
static int
int_fits(const char *d, size_t ndigits, int negative)
{
	if (ndigits < 19)
		return 1;
	if (ndigits > 19)
		return 0;
	return memcmp(d, negative ? "9223372036854775808" :
	    "9223372036854775807", 19) <= 0;
}

/* Does the real in [p, end) overflow a double, as jansson's strtod check
 * finds?  Called only when it might: an exponent or a long integer part. */
static int
real_overflows(const char *p, size_t len)
{
	char small[64], *buf = len < sizeof small ? small : xmalloc(len + 1);
	double d;
	int over;

	memcpy(buf, p, len);
	buf[len] = '\0';
	errno = 0;
	d = strtod(buf, NULL);
	over = errno == ERANGE && isinf(d);
	if (buf != small)
		free(buf);
	return over;
}

static int
scan_number(struct scanner *s)
{
	const char *p = s->p, *start = p, *digits;
	int negative = 0, real = 0, exp = 0;
	size_t intlen;

	if (*p == '-')
		negative = 1, p++;
	digits = p;
	if (!is_digit(p, s->end))
		return fail(s, p, "invalid number");
	if (*p == '0') {
		p++;
		if (is_digit(p, s->end))
			return fail(s, p, "invalid number");
	} else
		while (is_digit(p, s->end))
			p++;
	intlen = (size_t)(p - digits);
	if (p < s->end && *p == '.') {
		p++;
		if (!is_digit(p, s->end))
			return fail(s, p, "invalid number");
		while (is_digit(p, s->end))
			p++;
		real = 1;
	}
	if (p < s->end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < s->end && (*p == '+' || *p == '-'))
			p++;
		if (!is_digit(p, s->end))
			return fail(s, p, "invalid number");
		while (is_digit(p, s->end))
			p++;
		real = exp = 1;
	}
	s->p = p;
	if (!real && !int_fits(digits, intlen, negative))
		return fail(s, start, "too big integer");
	if (real && (exp || intlen > 300) &&
	    real_overflows(start, (size_t)(p - start)))
		return fail(s, start, "real number overflow");
	return 0;
}

static int
scan_literal(struct scanner *s, const char *word, size_t n)
{
	if ((size_t)(s->end - s->p) < n || memcmp(s->p, word, n) != 0)
		return fail(s, s->p, "invalid token");
	s->p += n;
	return 0;
}

static int scan_value(struct scanner *, int depth);

static void
add_member(struct jsonscan *j, const char *key, size_t keylen, int escaped,
    const char *value, size_t valuelen)
{
	struct jsonscan_member *m;

	if (j->n == j->cap) {
		j->cap = j->cap ? 2 * j->cap : 16;
		j->member = xrealloc(j->member, j->cap * sizeof *j->member);
	}
	m = &j->member[j->n++];
	m->key = key;
	m->keylen = keylen;
	m->key_escaped = escaped;
	m->value = value;
	m->valuelen = valuelen;
}

/* A '[' or '{' at s->p; members recorded for the top level (depth 1). */
static int
scan_container(struct scanner *s, int depth)
{
	int object = *s->p == '{', escaped, nul;
	char close = object ? '}' : ']';
	const char *key, *value;

	s->p++;
	skip_ws(s);
	if (s->p < s->end && *s->p == close) {
		s->p++;
		return 0;
	}
	for (;;) {
		if (object) {
			if (s->p >= s->end || *s->p != '"')
				return fail(s, s->p, "string or '}' expected");
			key = s->p;
			if (scan_string(s, &escaped, &nul) == -1)
				return -1;
			if (nul)
				return fail(s, key, "NUL byte in object key");
			skip_ws(s);
			if (s->p >= s->end || *s->p != ':')
				return fail(s, s->p, "':' expected");
			s->p++;
			skip_ws(s);
			value = s->p;
			if (scan_value(s, depth + 1) == -1)
				return -1;
			if (depth == 1)
				add_member(s->out, key + 1,
				    (size_t)(value - key - 1), escaped, value,
				    (size_t)(s->p - value));
		} else if (scan_value(s, depth + 1) == -1)
			return -1;
		skip_ws(s);
		if (s->p < s->end && *s->p == ',') {
			s->p++;
			skip_ws(s);
			continue;
		}
		if (s->p < s->end && *s->p == close) {
			s->p++;
			return 0;
		}
		return fail(s, s->p, object ? "'}' expected" : "']' expected");
	}
}

static int
scan_value(struct scanner *s, int depth)
{
	int escaped, nul;

	if (depth > MAX_DEPTH)
		return fail(s, s->p, "maximum parsing depth reached");
	if (s->p >= s->end)
		return fail(s, s->p, "unexpected end of input");
	switch (*s->p) {
	case '{':
	case '[':
		return scan_container(s, depth);
	case '"':
		return scan_string(s, &escaped, &nul);
	case 't':
		return scan_literal(s, "true", 4);
	case 'f':
		return scan_literal(s, "false", 5);
	case 'n':
		return scan_literal(s, "null", 4);
	default:
		if (*s->p == '-' || (*s->p >= '0' && *s->p <= '9'))
			return scan_number(s);
		return fail(s, s->p, "invalid token");
	}
}

/* Members' key spans run from after the opening quote to the value: trim
 * them to the key's own text. */
static void
trim_keys(struct jsonscan *j)
{
	size_t i;

	for (i = 0; i < j->n; i++) {
		struct jsonscan_member *m = &j->member[i];
		const char *k = m->key, *e = k + m->keylen;

		while (*--e != ':')
			;
		while (*--e != '"')
			;
		m->keylen = (size_t)(e - k);
	}
}

int
jsonscan_record(struct jsonscan *j, const char *text, size_t len)
{
	struct scanner s;

	init_special();
	s.p = s.start = text;
	s.end = text + len;
	s.out = j;
	j->n = 0;
	j->is_object = 0;
	j->open = j->close = NULL;
	j->error = NULL;
	j->error_offset = 0;
	skip_ws(&s);
	if (s.p < s.end && *s.p == '{') {
		j->is_object = 1;
		j->open = s.p;
	}
	if (scan_value(&s, 1) == -1)
		return -1;
	if (j->is_object)
		j->close = s.p - 1;
	skip_ws(&s);
	if (s.p != s.end)
		return fail(&s, s.p, "end of file expected");
	trim_keys(j);
	return 0;
}

void
jsonscan_free(struct jsonscan *j)
{
	free(j->member);
	j->member = NULL;
	j->n = j->cap = 0;
}

const struct jsonscan_member *
jsonscan_get(const struct jsonscan *j, const char *key)
{
	size_t i = j->n, n = strlen(key);
	char small[64];

	while (i-- > 0) {
		const struct jsonscan_member *m = &j->member[i];

		if (!m->key_escaped) {
			if (m->keylen == n && memcmp(m->key, key, n) == 0)
				return m;
		} else if (m->keylen < sizeof small - 2) {
			/* jsonscan_string wants the quotes around the text */
			if (jsonscan_string(m->key - 1, m->keylen + 2, small) ==
			    n && memcmp(small, key, n) == 0)
				return m;
		} else {
			char *buf = xmalloc(m->keylen + 2);
			int same = jsonscan_string(m->key - 1, m->keylen + 2,
			    buf) == n && memcmp(buf, key, n) == 0;

			free(buf);
			if (same)
				return m;
		}
	}
	return NULL;
}

static size_t
put_utf8(unsigned long c, char *o)
{
	if (c < 0x80) {
		o[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		o[0] = (char)(0xC0 | c >> 6);
		o[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		o[0] = (char)(0xE0 | c >> 12);
		o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		o[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | c >> 18);
	o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	o[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

size_t
jsonscan_string(const char *value, size_t valuelen, char *out)
{
	const char *p = value + 1, *end = value + valuelen - 1;
	size_t n = 0;
	unsigned long c, c2;

	while (p < end) {
		if (*p != '\\') {
			out[n++] = *p++;
			continue;
		}
		p++;
		switch (*p++) {
		case 'b': out[n++] = '\b'; break;
		case 'f': out[n++] = '\f'; break;
		case 'n': out[n++] = '\n'; break;
		case 'r': out[n++] = '\r'; break;
		case 't': out[n++] = '\t'; break;
		case 'u':
			c = (unsigned long)hex4(p, end);
			p += 4;
			if (c >= 0xD800 && c <= 0xDBFF) {
				c2 = (unsigned long)hex4(p + 2, end);
				p += 6;
				c = 0x10000 + ((c - 0xD800) << 10) +
				    (c2 - 0xDC00);
			}
			n += put_utf8(c, out + n);
			break;
		default:
			out[n++] = p[-1];
		}
	}
	return n;
}

size_t
jsonscan_skip(const char *text, const char *end)
{
	const char *p = text;
	int depth = 0;

	do {
		if (*p == '"') {
			for (p++; *p != '"'; p++)
				if (*p == '\\')
					p++;
			p++;
		} else if (*p == '[' || *p == '{')
			depth++, p++;
		else if (*p == ']' || *p == '}')
			depth--, p++;
		else if (depth > 0)
			p++;
		else
			while (p < end && strchr(",]} \t\r\n", *p) == NULL)
				p++;
	} while (depth > 0 && p < end);
	return (size_t)(p - text);
}

int
jsonscan_element(const char *array, size_t arraylen, const char **pos,
    const char **elem, size_t *elemlen)
{
	const char *p = *pos == NULL ? array + 1 : *pos;
	const char *end = array + arraylen;

	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	if (*p == ',')
		for (p++; *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';)
			p++;
	if (*p == ']' || p >= end)
		return 0;
	*elem = p;
	*elemlen = jsonscan_skip(p, end);
	*pos = p + *elemlen;
	return 1;
}
