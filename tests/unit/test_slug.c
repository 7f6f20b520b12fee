#include <string.h>

#include "core/slug.h"
#include "unit.h"

static const char *
slug(const char *s)
{
	static char out[256];
	size_t n;

	memset(out, 'X', sizeof out);
	n = slugify(s, out, sizeof out);
	ck_assert_uint_eq(n, strlen(out));
	return out;
}

START_TEST(ascii)
{
	ck_assert_str_eq(slug("Koffie-uurtje Besoijen"),
	    "koffie-uurtje-besoijen");
	ck_assert_str_eq(slug("koffie-uurtje-besoijen"),
	    "koffie-uurtje-besoijen");
	ck_assert_str_eq(slug("Repair Café 2024"), "repair-cafe-2024");
	ck_assert_str_eq(slug("ABC"), "abc");
	ck_assert_str_eq(slug("a"), "a");
	ck_assert_str_eq(slug("7"), "7");
	/* Every other run of characters becomes a single hyphen. */
	ck_assert_str_eq(slug("  Hello,  World!  "), "hello-world");
	ck_assert_str_eq(slug("a -- b"), "a-b");
	ck_assert_str_eq(slug("a_b.c/d\\e"), "a-b-c-d-e");
	ck_assert_str_eq(slug("---a---"), "a");
	ck_assert_str_eq(slug("a\tb\nc"), "a-b-c");
	ck_assert_str_eq(slug("'s-Hertogenbosch"), "s-hertogenbosch");
}
END_TEST

START_TEST(nothing_to_keep)
{
	char out[8];

	ck_assert_uint_eq(slugify("", out, sizeof out), 0);
	ck_assert_str_eq(out, "");
	ck_assert_uint_eq(slugify("!!! ---", out, sizeof out), 0);
	ck_assert_str_eq(out, "");
	ck_assert_uint_eq(slugify("€", out, sizeof out), 0);
	ck_assert_str_eq(out, "");
	ck_assert_uint_eq(slugify("\xc3\x97\xc3\xb7", out, sizeof out), 0);
	ck_assert_str_eq(out, "");	/* × and ÷ are not letters */
}
END_TEST

/* Dutch names are full of diacritics; they fold, they do not split. */
START_TEST(diacritics)
{
	ck_assert_str_eq(slug("Zorgcoöperatie"), "zorgcooperatie");
	ck_assert_str_eq(slug("ZORGCOÖPERATIE"), "zorgcooperatie");
	ck_assert_str_eq(slug("België"), "belgie");
	ck_assert_str_eq(slug("Curaçao"), "curacao");
	ck_assert_str_eq(slug("crème brûlée"), "creme-brulee");
	ck_assert_str_eq(slug("Straße"), "strasse");
	ck_assert_str_eq(slug("Æbleø"), "aebleo");
	ck_assert_str_eq(slug("Þór"), "thor");
	ck_assert_str_eq(slug("þ"), "th");
	ck_assert_str_eq(slug("ÿ"), "y");
	ck_assert_str_eq(slug("Ðð"), "dd");
	ck_assert_str_eq(slug("Ññ"), "nn");
	ck_assert_str_eq(slug("ÀÁÂÃÄÅàáâãäå"), "aaaaaaaaaaaa");
	ck_assert_str_eq(slug("Øresund"), "oresund");
	/* The Dutch ij ligature and the oe ligature are two letters. */
	ck_assert_str_eq(slug("Ĳsselmeer"), "ijsselmeer");
	ck_assert_str_eq(slug("ĳs"), "ijs");
	ck_assert_str_eq(slug("Œuvre œil"), "oeuvre-oeil");
	/* Latin Extended-A, including the letters with no decomposition. */
	ck_assert_str_eq(slug("Łódź"), "lodz");
	ck_assert_str_eq(slug("Dubrovnik Đ đ"), "dubrovnik-d-d");
	ck_assert_str_eq(slug("Ħħ"), "hh");
	ck_assert_str_eq(slug("ıİ"), "ii");
	ck_assert_str_eq(slug("ĸ"), "k");
	ck_assert_str_eq(slug("ŉŊŋ"), "nnn");
	ck_assert_str_eq(slug("Ŧŧ"), "tt");
	ck_assert_str_eq(slug("Ŵŵ"), "ww");
	ck_assert_str_eq(slug("ŶŷŸ"), "yyy");
	ck_assert_str_eq(slug("Žižek"), "zizek");
	ck_assert_str_eq(slug("ſ"), "s");
	ck_assert_str_eq(slug("Ā"), "a");
	ck_assert_str_eq(slug("Ğ"), "g");
	ck_assert_str_eq(slug("Ĵ"), "j");
	ck_assert_str_eq(slug("Ő"), "o");
	ck_assert_str_eq(slug("Řŕ"), "rr");
	ck_assert_str_eq(slug("Şš"), "ss");
	ck_assert_str_eq(slug("Ůű"), "uu");
	ck_assert_str_eq(slug("Ĉ"), "c");
	ck_assert_str_eq(slug("Ě"), "e");
	ck_assert_str_eq(slug("Ķ"), "k");
}
END_TEST

/* Each letter of U+0100..U+017F folds to one or two a-z letters. */
START_TEST(extended_a)
{
	unsigned cp;

	for (cp = 0x100; cp <= 0x17f; cp++) {
		char in[3], out[8];
		size_t n;

		in[0] = (char)(0xc0 | cp >> 6);
		in[1] = (char)(0x80 | (cp & 0x3f));
		in[2] = '\0';
		n = slugify(in, out, sizeof out);
		ck_assert_msg(n == 1 || n == 2, "U+%04X gives '%s'", cp, out);
		ck_assert_msg(out[0] >= 'a' && out[0] <= 'z', "U+%04X", cp);
	}
}
END_TEST

/* Other scripts and symbols are not letters here: they separate. */
START_TEST(other_characters)
{
	ck_assert_str_eq(slug("café €5"), "cafe-5");
	ck_assert_str_eq(slug("5 × 3"), "5-3");
	ck_assert_str_eq(slug("a\xe2\x80\x94" "b"), "a-b");	/* em dash */
	ck_assert_str_eq(slug("Αθήνα athens"), "athens");
	ck_assert_str_eq(slug("a\xf0\x9f\x98\x80" "b"), "a-b");	/* emoji */
	ck_assert_str_eq(slug("nbsp\xc2\xa0" "here"), "nbsp-here");
	/* Not UTF-8: skipped byte by byte, never read past the end. */
	ck_assert_str_eq(slug("a\xc3(b"), "a-b");
	ck_assert_str_eq(slug("a\xc0\xaf" "b"), "a-b");
	ck_assert_str_eq(slug("a\xff" "b"), "a-b");
	ck_assert_str_eq(slug("ab\xc3"), "ab");
	ck_assert_str_eq(slug("\x80\x80x"), "x");
}
END_TEST

START_TEST(truncation)
{
	char out[8];

	memset(out, 'X', sizeof out);
	ck_assert_uint_eq(slugify("abcdefghijk", out, 4), 3);
	ck_assert_str_eq(out, "abc");
	ck_assert_int_eq(out[4], 'X');	/* nothing past outsize */
	ck_assert_uint_eq(slugify("abcdefghijk", out, 1), 0);
	ck_assert_str_eq(out, "");
	memset(out, 'X', sizeof out);
	ck_assert_uint_eq(slugify("abc", out, 0), 0);
	ck_assert_int_eq(out[0], 'X');
	ck_assert_uint_eq(slugify("abc", out, 4), 3);
	ck_assert_str_eq(out, "abc");
	ck_assert_uint_eq(slugify("Straße", out, 6), 5);
	ck_assert_str_eq(out, "stras");
	ck_assert_uint_eq(slugify("ab  cd", out, 3), 2);
	ck_assert_str_eq(out, "ab");
	/* no room for a letter after the hyphen: the slug ends before it */
	ck_assert_uint_eq(slugify("ab cd", out, 4), 2);
	ck_assert_str_eq(out, "ab");
	ck_assert_uint_eq(slugify("ab cd", out, 5), 4);
	ck_assert_str_eq(out, "ab-c");
}
END_TEST

START_TEST(valid)
{
	static const char *const good[] = {
		"a", "7", "care-farm", "koffie-uurtje-besoijen", "a-b-c",
		"2024", "x1-2y",
	};
	static const char *const bad[] = {
		"", "-", "-a", "a-", "a--b", "A", "care_farm", "care farm",
		"café", "a.b", "ab\n", "Care-farm", "a-b-", "--",
	};
	size_t i;

	for (i = 0; i < sizeof good / sizeof good[0]; i++)
		ck_assert_msg(slug_valid(good[i]), "'%s'", good[i]);
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(!slug_valid(bad[i]), "'%s'", bad[i]);
}
END_TEST

/* What slugify makes (when it makes anything) is a slug, and a fixed point. */
START_TEST(slugify_makes_slugs)
{
	static const char *const in[] = {
		"Koffie-uurtje Besoijen", " -x- ", "Zorgcoöperatie 't Hof",
		"ĲSSEL & Œ", "a\xc3(b", "..1..2..",
		"Stichting  Samen—Sterk",
		"Straße-", "ß", "Ĳ",
	};
	size_t i;

	for (i = 0; i < sizeof in / sizeof in[0]; i++) {
		char once[64], twice[64];

		ck_assert(slugify(in[i], once, sizeof once) > 0);
		ck_assert_msg(slug_valid(once), "'%s' gives '%s'", in[i], once);
		slugify(once, twice, sizeof twice);
		ck_assert_str_eq(twice, once);
	}
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("slug");
	TCase *t = tcase_create("slug");

	tcase_add_test(t, ascii);
	tcase_add_test(t, nothing_to_keep);
	tcase_add_test(t, diacritics);
	tcase_add_test(t, extended_a);
	tcase_add_test(t, other_characters);
	tcase_add_test(t, truncation);
	tcase_add_test(t, valid);
	tcase_add_test(t, slugify_makes_slugs);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
