#include <string.h>

#include "core/suggest.h"
#include "unit.h"

START_TEST(distance)
{
	ck_assert_uint_eq(edit_distance("", ""), 0);
	ck_assert_uint_eq(edit_distance("abc", "abc"), 0);
	ck_assert_uint_eq(edit_distance("", "abc"), 3);
	ck_assert_uint_eq(edit_distance("abc", ""), 3);
	ck_assert_uint_eq(edit_distance("kitten", "sitting"), 3);
	ck_assert_uint_eq(edit_distance("sitting", "kitten"), 3);
	ck_assert_uint_eq(edit_distance("flaw", "lawn"), 2);
	ck_assert_uint_eq(edit_distance("intention", "execution"), 5);
	ck_assert_uint_eq(edit_distance("care-farm", "care-farn"), 1);
	ck_assert_uint_eq(edit_distance("care-farm", "carefarm"), 1);
	ck_assert_uint_eq(edit_distance("care-farm", "care-farms"), 1);
	/* A swap is two edits, not one. */
	ck_assert_uint_eq(edit_distance("ab", "ba"), 2);
	ck_assert_uint_eq(edit_distance("zorgboerderij", "zorgboerderei"), 2);
	/* Bytes, and case counts. */
	ck_assert_uint_eq(edit_distance("A", "a"), 1);
	ck_assert_uint_eq(edit_distance("\xc3\xa9", "e"), 2);	/* é */
	ck_assert_uint_eq(edit_distance("\xc3\xa9", "\xc3\xa8"), 1);
}
END_TEST

/* The distance is a metric: symmetric, and the triangle holds. */
START_TEST(metric)
{
	static const char *const w[] = {
		"", "a", "ab", "abc", "care-farm", "care-farn", "drop-in",
		"inloop", "zorgboerderij", "buurtbedrijf", "Drop-In",
	};
	size_t n = sizeof w / sizeof w[0], i, j, k;

	for (i = 0; i < n; i++) {
		ck_assert_uint_eq(edit_distance(w[i], w[i]), 0);
		for (j = 0; j < n; j++) {
			size_t d = edit_distance(w[i], w[j]);
			size_t li = strlen(w[i]), lj = strlen(w[j]);

			ck_assert_uint_eq(d, edit_distance(w[j], w[i]));
			ck_assert(d >= (li > lj ? li - lj : lj - li));
			ck_assert(d <= (li > lj ? li : lj));
			ck_assert(i == j || d > 0);
			for (k = 0; k < n; k++)
				ck_assert(d <= edit_distance(w[i], w[k]) +
				    edit_distance(w[k], w[j]));
		}
	}
}
END_TEST

START_TEST(suggests)
{
	static const char *const c[] = {
		"informal", "association", "cooperative", "foundation",
		"enterprise",
	};
	size_t n = sizeof c / sizeof c[0];

	/* The candidate itself, not a copy. */
	ck_assert_ptr_eq(suggest("informl", c, n), c[0]);
	ck_assert_ptr_eq(suggest("asociation", c, n), c[1]);
	ck_assert_ptr_eq(suggest("cooperatief", c, n), c[2]);
	ck_assert_ptr_eq(suggest("foundation", c, n), c[3]);
	ck_assert_ptr_eq(suggest("entreprise", c, n), c[4]);
	/* Case is ignored. */
	ck_assert_ptr_eq(suggest("FOUNDATION", c, n), c[3]);
	ck_assert_ptr_eq(suggest("Enterprize", c, n), c[4]);
	/* Nothing close. */
	ck_assert_ptr_null(suggest("xyzzy", c, n));
	ck_assert_ptr_null(suggest("stichting", c, n));
	ck_assert_ptr_null(suggest("", c, n));
	ck_assert_ptr_null(suggest("informal", c, 0));
}
END_TEST

/* At most a third of the word's length, and at least 1. */
START_TEST(limit)
{
	static const char *const one[] = { "abcdef" };
	static const char *const short_[] = { "ab", "xyz" };

	ck_assert_ptr_eq(suggest("abcdxx", one, 1), one[0]);	/* 2 <= 6/3 */
	ck_assert_ptr_null(suggest("abcxxx", one, 1));		/* 3 > 2 */
	ck_assert_ptr_eq(suggest("abcdefxx", one, 1), one[0]);	/* 2 <= 8/3 */
	ck_assert_ptr_eq(suggest("abcdefxxx", one, 1), one[0]);	/* 3 <= 9/3 */
	ck_assert_ptr_null(suggest("abcdefxxxx", one, 1));	/* 4 > 10/3 */
	ck_assert_ptr_eq(suggest("a", short_, 2), short_[0]);	/* 1 <= 1 */
	ck_assert_ptr_eq(suggest("b", short_, 2), short_[0]);
	ck_assert_ptr_null(suggest("q", short_, 2));	/* 2 from "ab" */
	ck_assert_ptr_eq(suggest("xy", short_, 2), short_[1]);
	ck_assert_ptr_eq(suggest("", short_ + 1, 1), NULL);
}
END_TEST

/* On a tie the first candidate wins; a closer later one beats it. */
START_TEST(ties)
{
	static const char *const c[] = { "cat", "bat", "cab", "cut" };

	ck_assert_ptr_eq(suggest("hat", c, 4), c[0]);
	ck_assert_ptr_eq(suggest("bat", c, 4), c[1]);
	ck_assert_ptr_eq(suggest("cub", c, 4), c[2]);
	ck_assert_ptr_eq(suggest("CUT", c, 4), c[3]);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("suggest");
	TCase *t = tcase_create("suggest");

	tcase_add_test(t, distance);
	tcase_add_test(t, metric);
	tcase_add_test(t, suggests);
	tcase_add_test(t, limit);
	tcase_add_test(t, ties);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
