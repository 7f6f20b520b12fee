#include <stdlib.h>
#include <string.h>

#include "core/base64.h"
#include "unit.h"

/* RFC 4648, section 10. */
static const struct {
	const char *plain, *coded;
} rfc[] = {
	{ "", "" },
	{ "f", "Zg==" },
	{ "fo", "Zm8=" },
	{ "foo", "Zm9v" },
	{ "foob", "Zm9vYg==" },
	{ "fooba", "Zm9vYmE=" },
	{ "foobar", "Zm9vYmFy" },
};

/* Encoded into a buffer of exactly the promised size, for ASan to watch. */
static char *
encoded(const void *in, size_t n)
{
	char *out = malloc(base64_len(n) + 1);

	ck_assert_ptr_nonnull(out);
	base64_encode(in, n, out);
	ck_assert_uint_eq(strlen(out), base64_len(n));
	return out;
}

/*
 * -1, or the decoded length with the bytes in *out (caller frees).  The
 * input is copied without its NUL so that ASan sees any read past n.
 */
static long
decoded(const char *in, unsigned char **out)
{
	size_t n = strlen(in);
	char *copy = malloc(n > 0 ? n : 1);
	long len;

	ck_assert_ptr_nonnull(copy);
	memcpy(copy, in, n);
	*out = malloc(n / 4 * 3 + 1);
	ck_assert_ptr_nonnull(*out);
	len = base64_decode(copy, n, *out);
	free(copy);
	if (len < 0) {
		free(*out);
		*out = NULL;
	}
	return len;
}

static int
refused(const char *in)
{
	unsigned char *out;

	return decoded(in, &out) == -1 && out == NULL;
}

START_TEST(lengths)
{
	ck_assert_uint_eq(base64_len(0), 0);
	ck_assert_uint_eq(base64_len(1), 4);
	ck_assert_uint_eq(base64_len(2), 4);
	ck_assert_uint_eq(base64_len(3), 4);
	ck_assert_uint_eq(base64_len(4), 8);
	ck_assert_uint_eq(base64_len(5), 8);
	ck_assert_uint_eq(base64_len(6), 8);
	ck_assert_uint_eq(base64_len(7), 12);
	ck_assert_uint_eq(base64_len(57), 76);
	ck_assert_uint_eq(base64_len(1000), 1336);
}
END_TEST

START_TEST(rfc_encode)
{
	size_t i;

	for (i = 0; i < sizeof rfc / sizeof rfc[0]; i++) {
		char *out = encoded(rfc[i].plain, strlen(rfc[i].plain));

		ck_assert_str_eq(out, rfc[i].coded);
		free(out);
	}
}
END_TEST

START_TEST(rfc_decode)
{
	size_t i;

	for (i = 0; i < sizeof rfc / sizeof rfc[0]; i++) {
		unsigned char *out;
		long n = decoded(rfc[i].coded, &out);

		ck_assert_int_eq(n, (long)strlen(rfc[i].plain));
		ck_assert(memcmp(out, rfc[i].plain, (size_t)n) == 0);
		free(out);
	}
}
END_TEST

/* Bytes that are not text, which is what base64 is here for. */
START_TEST(binary)
{
	static const unsigned char bytes[] = { 0x00, 0xff, 0xfe, 0x80, 0x00 };
	static const unsigned char hi[] = { 0xfb, 0xff, 0xbf };
	unsigned char *back;
	char *s;

	s = encoded(bytes, sizeof bytes);
	ck_assert_str_eq(s, "AP/+gAA=");
	ck_assert_int_eq(decoded(s, &back), (long)sizeof bytes);
	ck_assert(memcmp(back, bytes, sizeof bytes) == 0);
	free(back);
	free(s);
	/* The last two letters of the alphabet. */
	s = encoded(hi, sizeof hi);
	ck_assert_str_eq(s, "+/+/");
	free(s);
	s = encoded("\0", 1);
	ck_assert_str_eq(s, "AA==");
	free(s);
	s = encoded("\0\0", 2);
	ck_assert_str_eq(s, "AAA=");
	free(s);
	s = encoded("\xc3(", 2);	/* a line that is not UTF-8 */
	ck_assert_str_eq(s, "wyg=");
	free(s);
}
END_TEST

/* Every byte value, at every offset within a group, comes back. */
START_TEST(round_trip)
{
	unsigned char in[259], *back;
	size_t n, i;

	for (i = 0; i < sizeof in; i++)
		in[i] = (unsigned char)(i * 7 + 3);
	for (n = 0; n <= sizeof in; n++) {
		char *s = encoded(in, n);
		long len = decoded(s, &back);

		if (len != (long)n || memcmp(back, in, n) != 0)
			ck_abort_msg("%zu bytes came back as %ld", n, len);
		for (i = 0; s[i] != '\0'; i++)
			if (strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq"
			    "rstuvwxyz0123456789+/=", s[i]) == NULL)
				ck_abort_msg("'%c' in %s", s[i], s);
		free(back);
		free(s);
	}
}
END_TEST

START_TEST(refuses)
{
	/* Not a whole number of groups: padding is required. */
	ck_assert(refused("Zg"));
	ck_assert(refused("Zg="));
	ck_assert(refused("Zm9vY"));
	ck_assert(refused("Zm9v\n"));
	/* Padding only at the end, and at most two. */
	ck_assert(refused("===="));
	ck_assert(refused("Z==="));
	ck_assert(refused("=Zg="));
	ck_assert(refused("Zg=a"));
	ck_assert(refused("Zg==Zg=="));
	ck_assert(refused("Zm8=Zm9v"));
	/* Outside the alphabet, including the URL-safe one. */
	ck_assert(refused("Zm9-"));
	ck_assert(refused("Zm9_"));
	ck_assert(refused("Zm 9"));
	ck_assert(refused("Zm9v!A=="));
	ck_assert(refused("Zm9\xc3"));
	ck_assert(refused("Zm9v\r\nYmFy"));
}
END_TEST

/* A NUL inside the length is a bad character, not an end. */
START_TEST(refuses_nul)
{
	unsigned char out[8];

	ck_assert_int_eq(base64_decode("Zm\0v", 4, out), -1);
	ck_assert_int_eq(base64_decode("Zm9v\0\0\0\0", 8, out), -1);
	/* Only n characters are read, and n must be whole groups. */
	ck_assert_int_eq(base64_decode("Zm9vYmFy", 5, out), -1);
	ck_assert_int_eq(base64_decode("Zm9vYmFy", 6, out), -1);
	ck_assert_int_eq(base64_decode("Zm9vYmFy", 7, out), -1);
	ck_assert_int_eq(base64_decode("Zm9vYmFy", 4, out), 3);
	ck_assert(memcmp(out, "foo", 3) == 0);
	ck_assert_int_eq(base64_decode("", 0, out), 0);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("base64");
	TCase *t = tcase_create("base64");

	tcase_add_test(t, lengths);
	tcase_add_test(t, rfc_encode);
	tcase_add_test(t, rfc_decode);
	tcase_add_test(t, binary);
	tcase_add_test(t, round_trip);
	tcase_add_test(t, refuses);
	tcase_add_test(t, refuses_nul);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
