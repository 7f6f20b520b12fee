#include <string.h>

#include "unit.h"
#include "core/utf8.h"

static int
valid(const char *s)
{
	return utf8_valid(s, strlen(s));
}

/* cp in exactly len bytes, overlong or not; returns len. */
static size_t
encode(unsigned long cp, size_t len, char *out)
{
	static const unsigned char lead[] = { 0, 0, 0xc0, 0xe0, 0xf0 };
	size_t i;

	for (i = len - 1; i > 0; i--) {
		out[i] = (char)(0x80 | (cp & 0x3f));
		cp >>= 6;
	}
	out[0] = (char)(lead[len] | cp);
	return len;
}

START_TEST(well_formed)
{
	ck_assert(utf8_valid("", 0));
	ck_assert(valid("plain ASCII, with\ttabs\n"));
	ck_assert(valid("Zorgcoöperatie"));
	ck_assert(valid("€ 12,50"));
	ck_assert(valid("\xf0\x9d\x84\x9e"));	/* U+1D11E, four bytes */
	ck_assert(valid("\x7f"));
	ck_assert(valid("\xc2\x80"));		/* U+0080, first of two */
	ck_assert(valid("\xdf\xbf"));		/* U+07FF */
	ck_assert(valid("\xe0\xa0\x80"));	/* U+0800, first of three */
	ck_assert(valid("\xed\x9f\xbf"));	/* U+D7FF, below surrogates */
	ck_assert(valid("\xee\x80\x80"));	/* U+E000, above them */
	ck_assert(valid("\xef\xbf\xbf"));	/* U+FFFF */
	ck_assert(valid("\xef\xbb\xbf" "BOM"));
	ck_assert(valid("\xf0\x90\x80\x80"));	/* U+10000, first of four */
	ck_assert(valid("\xf4\x8f\xbf\xbf"));	/* U+10FFFF, the last */
	/* NUL is a character like any other when the length says so. */
	ck_assert(utf8_valid("a\0b", 3));
	ck_assert(utf8_valid("\0", 1));
}
END_TEST

START_TEST(ill_formed)
{
	/* Stray continuation bytes, and bytes never in UTF-8. */
	ck_assert(!valid("\x80"));
	ck_assert(!valid("\xbf"));
	ck_assert(!valid("a\x80" "b"));
	ck_assert(!valid("\xc0\x80"));
	ck_assert(!valid("\xc1\xbf"));
	ck_assert(!valid("\xf5\x80\x80\x80"));
	ck_assert(!valid("\xf8\x88\x80\x80\x80"));
	ck_assert(!valid("\xfc\x84\x80\x80\x80\x80"));
	ck_assert(!valid("\xfe"));
	ck_assert(!valid("\xff"));
	/* Overlong forms. */
	ck_assert(!valid("\xc0\xaf"));		/* '/' */
	ck_assert(!valid("\xe0\x80\xaf"));
	ck_assert(!valid("\xe0\x9f\xbf"));	/* U+07FF in three */
	ck_assert(!valid("\xf0\x80\x80\xaf"));
	ck_assert(!valid("\xf0\x8f\xbf\xbf"));	/* U+FFFF in four */
	/* Surrogates, alone or paired as CESU-8 would write them. */
	ck_assert(!valid("\xed\xa0\x80"));	/* U+D800 */
	ck_assert(!valid("\xed\xbf\xbf"));	/* U+DFFF */
	ck_assert(!valid("\xed\xa0\xbd\xed\xb8\x80"));
	/* Past U+10FFFF. */
	ck_assert(!valid("\xf4\x90\x80\x80"));	/* U+110000 */
	ck_assert(!valid("\xf7\xbf\xbf\xbf"));
	/* A bad continuation byte anywhere in the sequence. */
	ck_assert(!valid("\xc3(" ));
	ck_assert(!valid("\xc3\xc3\xb6"));
	ck_assert(!valid("\xe2\x28\xa1"));
	ck_assert(!valid("\xe2\x82\x28"));
	ck_assert(!valid("\xf0\x9d\x84\x28"));
	ck_assert(!valid("\xf0\x9d\xc4\x9e"));
}
END_TEST

/* A sequence cut short by the end of the input, or by n. */
START_TEST(truncated)
{
	static const char *const whole[] = {
		"\xc3\xb6", "\xe2\x82\xac", "\xf0\x9d\x84\x9e",
		"\xf4\x8f\xbf\xbf",
	};
	size_t i, n;

	for (i = 0; i < sizeof whole / sizeof whole[0]; i++) {
		size_t len = strlen(whole[i]);

		ck_assert(utf8_valid(whole[i], len));
		for (n = 1; n < len; n++)
			ck_assert_msg(!utf8_valid(whole[i], n), "%zu of %zu",
			    n, len);
		/* The cut sequence followed by ASCII is no better. */
		for (n = 1; n < len; n++) {
			char buf[8];

			memcpy(buf, whole[i], n);
			buf[n] = 'x';
			ck_assert(!utf8_valid(buf, n + 1));
		}
	}
	ck_assert(!valid("abc\xe2\x82"));
	ck_assert(utf8_valid("abc\xe2\x82", 3));
}
END_TEST

/*
 * Every code point in its shortest form is valid, except surrogates;
 * every longer form, and everything past U+10FFFF, is not.  (ck_assert
 * costs a write per call, so the loops only call it on a mismatch.)
 */
static void
form(unsigned long cp, size_t len, int want)
{
	char b[4];

	if (utf8_valid(b, encode(cp, len, b)) != want)
		ck_abort_msg("U+%04lX in %zu bytes taken as %s", cp, len,
		    want ? "ill-formed" : "well-formed");
}

START_TEST(every_code_point)
{
	unsigned long cp;

	for (cp = 0; cp < 0x80; cp++) {
		form(cp, 1, 1);
		form(cp, 2, 0);
		form(cp, 3, 0);
		form(cp, 4, 0);
	}
	for (cp = 0x80; cp < 0x800; cp++) {
		form(cp, 2, 1);
		form(cp, 3, 0);
		form(cp, 4, 0);
	}
	for (cp = 0x800; cp < 0x10000; cp++) {
		form(cp, 3, !(cp >= 0xd800 && cp <= 0xdfff));
		form(cp, 4, 0);
	}
	for (cp = 0x10000; cp <= 0x10ffff; cp++)
		form(cp, 4, 1);
	for (cp = 0x110000; cp <= 0x1fffff; cp++)
		form(cp, 4, 0);
}
END_TEST

/* Each lead byte, then each two-byte prefix with every second byte. */
START_TEST(every_lead_byte)
{
	unsigned c, d;

	for (c = 0; c < 256; c++) {
		char b[1] = { (char)c };

		if (utf8_valid(b, 1) != (c < 0x80))
			ck_abort_msg("%02x", c);
	}
	for (c = 0xc0; c < 0x100; c++)
		for (d = 0; d < 256; d++) {
			char b[2] = { (char)c, (char)d };
			int want = c >= 0xc2 && c <= 0xdf && d >= 0x80 &&
			    d <= 0xbf;

			if (utf8_valid(b, 2) != want)
				ck_abort_msg("%02x %02x", c, d);
		}
}
END_TEST

static void
scrubbed(const char *in, const char *want)
{
	char buf[64];

	ck_assert(strlen(in) < sizeof buf);
	strcpy(buf, in);
	utf8_scrub(buf);
	ck_assert_str_eq(buf, want);
	ck_assert(valid(buf));
}

START_TEST(scrub)
{
	scrubbed("", "");
	scrubbed("plain", "plain");
	scrubbed("Zorgcoöperatie € \xf0\x9d\x84\x9e",
	    "Zorgcoöperatie € \xf0\x9d\x84\x9e");
	scrubbed("a\xff" "b", "a?b");
	scrubbed("\x80\x80", "??");
	scrubbed("\xc0\xaf", "??");
	scrubbed("\xed\xa0\x80", "???");
	scrubbed("\xf4\x90\x80\x80", "????");
	/* A cut sequence: each of its bytes, and nothing after. */
	scrubbed("\xe2\x82", "??");
	scrubbed("\xe2\x82" "A", "??A");
	scrubbed("x\xf0\x9d\x84", "x???");
	scrubbed("\xc3\xc3\xb6", "?\xc3\xb6");
	scrubbed("\xe2\x82\xac\xe2\x82", "\xe2\x82\xac??");
	/* The length stays the same: the string is scrubbed in place. */
	scrubbed("\xfe\xff\xfe", "???");
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("utf8");
	TCase *t = tcase_create("utf8");

	tcase_set_timeout(t, 60);	/* every_code_point under valgrind */
	tcase_add_test(t, well_formed);
	tcase_add_test(t, ill_formed);
	tcase_add_test(t, truncated);
	tcase_add_test(t, every_code_point);
	tcase_add_test(t, every_lead_byte);
	tcase_add_test(t, scrub);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
