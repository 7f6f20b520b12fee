#include <string.h>

#include "registry/initiative.h"
#include "unit.h"
#include "core/vocab.h"

static const struct term colour_terms[] = {
	{ "red", "rood", "scarlet|crimson" },
	{ "green", "groen", NULL },
	{ "light-blue", NULL, "sky blue||azure" },
	{ "yellow", NULL, "" },
};

static const struct vocab colours = {
	"colour", colour_terms, sizeof colour_terms / sizeof colour_terms[0]
};

START_TEST(find_names)
{
	ck_assert_int_eq(vocab_find(&colours, "red"), 0);
	ck_assert_int_eq(vocab_find(&colours, "green"), 1);
	ck_assert_int_eq(vocab_find(&colours, "light-blue"), 2);
	ck_assert_int_eq(vocab_find(&colours, "yellow"), 3);
	/* The Dutch name and each alias, the last one included. */
	ck_assert_int_eq(vocab_find(&colours, "rood"), 0);
	ck_assert_int_eq(vocab_find(&colours, "scarlet"), 0);
	ck_assert_int_eq(vocab_find(&colours, "crimson"), 0);
	ck_assert_int_eq(vocab_find(&colours, "groen"), 1);
	ck_assert_int_eq(vocab_find(&colours, "sky-blue"), 2);
	ck_assert_int_eq(vocab_find(&colours, "azure"), 2);
}
END_TEST

/* Input and names compare as slugs: case, spaces, diacritics. */
START_TEST(find_slugs)
{
	ck_assert_int_eq(vocab_find(&colours, "RED"), 0);
	ck_assert_int_eq(vocab_find(&colours, " Rood "), 0);
	ck_assert_int_eq(vocab_find(&colours, "Light Blue"), 2);
	ck_assert_int_eq(vocab_find(&colours, "light_blue"), 2);
	ck_assert_int_eq(vocab_find(&colours, "light -- blue!"), 2);
	ck_assert_int_eq(vocab_find(&colours, "Sky Blue"), 2);
	ck_assert_int_eq(vocab_find(&colours, "gróén"), 1);
	/* Not the same slug. */
	ck_assert_int_eq(vocab_find(&colours, "lightblue"), -1);
	ck_assert_int_eq(vocab_find(&colours, "skyblue"), -1);
	ck_assert_int_eq(vocab_find(&colours, "reds"), -1);
	ck_assert_int_eq(vocab_find(&colours, "re"), -1);
	ck_assert_int_eq(vocab_find(&colours, "crimson|scarlet"), -1);
}
END_TEST

/* Nothing to match, and empty aliases match nothing. */
START_TEST(find_nothing)
{
	ck_assert_int_eq(vocab_find(&colours, ""), -1);
	ck_assert_int_eq(vocab_find(&colours, " "), -1);
	ck_assert_int_eq(vocab_find(&colours, "---"), -1);
	ck_assert_int_eq(vocab_find(&colours, "|"), -1);
	ck_assert_int_eq(vocab_find(&colours, "purple"), -1);
}
END_TEST

/* The canonical name of the kind that s names. */
static const char *
kind(const char *s)
{
	int i = vocab_find(&initiative_kinds, s);

	ck_assert_msg(i >= 0, "'%s' names no kind", s);
	return initiative_kinds.terms[i].name;
}

START_TEST(find_kinds)
{
	ck_assert_int_eq(vocab_find(&initiative_kinds, "zorgboerderij"), 6);
	ck_assert_str_eq(kind("zorgboerderij"), "care-farm");
	ck_assert_str_eq(kind("Zorgboerderij"), "care-farm");
	ck_assert_str_eq(kind("care farm"), "care-farm");
	ck_assert_str_eq(kind("zorgcoöperatie"), "care-cooperative");
	ck_assert_str_eq(kind("Zorgcooperatie"), "care-cooperative");
	ck_assert_str_eq(kind("zorgcoop"), "care-cooperative");
	ck_assert_str_eq(kind("koffie-uurtje"), "drop-in");
	ck_assert_str_eq(kind("Koffie uurtje"), "drop-in");
	ck_assert_str_eq(kind("inloophuis"), "drop-in");
	ck_assert_str_eq(kind("interculturele kookgroep"),
	    "intercultural-group");
	ck_assert_str_eq(kind("interculturele-groep"), "intercultural-group");
	ck_assert_str_eq(kind("neighborhood business"),
	    "neighbourhood-business");
	ck_assert_str_eq(kind("community-based enterprise"),
	    "resident-enterprise");
	ck_assert_str_eq(kind("maatjesproject"), "buddy-project");
	/* Spelt differently is a different word. */
	ck_assert_int_eq(vocab_find(&initiative_kinds, "zorg boerderij"), -1);
	ck_assert_int_eq(vocab_find(&initiative_kinds, "zorg coöperatie"), -1);
	ck_assert_int_eq(vocab_find(&initiative_kinds, "koffieuurtje"), -1);
}
END_TEST

START_TEST(unknown_suggests)
{
	char buf[256];

	ck_assert_str_eq(vocab_unknown(&initiative_kinds, "zorgboerderei", buf,
	    sizeof buf),
	    "unknown kind (did you mean 'care-farm' / zorgboerderij?)");
	ck_assert_str_eq(vocab_unknown(&initiative_kinds, "care farn", buf,
	    sizeof buf),
	    "unknown kind (did you mean 'care-farm' / zorgboerderij?)");
	/* Close to an alias: the term's canonical and Dutch names. */
	ck_assert_str_eq(vocab_unknown(&initiative_kinds, "koffie-uurtjes", buf,
	    sizeof buf), "unknown kind (did you mean 'drop-in' / inloop?)");
	ck_assert_str_eq(vocab_unknown(&initiative_kinds, "Bewonersgroepen",
	    buf, sizeof buf),
	    "unknown kind (did you mean 'resident-group' / bewonersgroep?)");
	/* A term with no Dutch name. */
	ck_assert_str_eq(vocab_unknown(&colours, "yelow", buf, sizeof buf),
	    "unknown colour (did you mean 'yellow'?)");
	ck_assert_str_eq(vocab_unknown(&colours, "azur", buf, sizeof buf),
	    "unknown colour (did you mean 'light-blue'?)");
	ck_assert_str_eq(vocab_unknown(&colours, "groene", buf, sizeof buf),
	    "unknown colour (did you mean 'green' / groen?)");
	/* The closest term wins: "rod" is 1 from red, 2 from rood. */
	ck_assert_str_eq(vocab_unknown(&colours, "rod", buf, sizeof buf),
	    "unknown colour (did you mean 'red' / rood?)");
	ck_assert_ptr_eq(vocab_unknown(&colours, "rod", buf, sizeof buf), buf);
}
END_TEST

START_TEST(unknown_lists)
{
	char buf[256];

	ck_assert_str_eq(vocab_unknown(&initiative_forms, "xyzzy", buf,
	    sizeof buf), "unknown form (one of: informal, association, "
	    "cooperative, foundation, enterprise)");
	ck_assert_str_eq(vocab_unknown(&colours, "purple", buf, sizeof buf),
	    "unknown colour (one of: red, green, light-blue, yellow)");
	ck_assert_str_eq(vocab_unknown(&initiative_forms, "", buf, sizeof buf),
	    "unknown form (one of: informal, association, cooperative, "
	    "foundation, enterprise)");
	ck_assert_str_eq(vocab_unknown(&initiative_domains, "sport", buf,
	    sizeof buf), "unknown domain (one of: care, welfare, energy, "
	    "food, green, safety, transport, culture, housing, youth, work)");
}
END_TEST

/* A short buffer holds the start of the message, terminated. */
START_TEST(unknown_truncated)
{
	static const char *const full =
	    "unknown colour (one of: red, green, light-blue, yellow)";
	size_t size;

	for (size = 1; size <= strlen(full) + 1; size++) {
		char buf[80];

		memset(buf, 'X', sizeof buf);
		vocab_unknown(&colours, "purple", buf, size);
		ck_assert_uint_eq(strlen(buf), size - 1);
		ck_assert(strncmp(buf, full, size - 1) == 0);
		ck_assert_int_eq(buf[size], 'X');
	}
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("vocab");
	TCase *t = tcase_create("vocab");

	tcase_add_test(t, find_names);
	tcase_add_test(t, find_slugs);
	tcase_add_test(t, find_nothing);
	tcase_add_test(t, find_kinds);
	tcase_add_test(t, unknown_suggests);
	tcase_add_test(t, unknown_lists);
	tcase_add_test(t, unknown_truncated);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
