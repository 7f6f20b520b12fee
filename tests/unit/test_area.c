#include <string.h>

#include "base/area.h"
#include "core/opt.h"
#include "unit.h"

START_TEST(levels)
{
	ck_assert_int_eq(area_level_of("GM0867"), AREA_GEMEENTE);
	ck_assert_int_eq(area_level_of("WK086703"), AREA_WIJK);
	ck_assert_int_eq(area_level_of("BU08670301"), AREA_BUURT);
	ck_assert_int_eq(area_level_of("GM9901"), AREA_GEMEENTE);
	ck_assert_int_eq(area_level_of("BU99010302"), AREA_BUURT);
	ck_assert_int_eq(area_level_of("GM0000"), AREA_GEMEENTE);
}
END_TEST

/* Below the municipality, CBS codes may hold capital letters. */
START_TEST(capitals)
{
	ck_assert_int_eq(area_level_of("WK0867AB"), AREA_WIJK);
	ck_assert_int_eq(area_level_of("WK08670Z"), AREA_WIJK);
	ck_assert_int_eq(area_level_of("BU0867AB01"), AREA_BUURT);
	ck_assert_int_eq(area_level_of("BU086703ZZ"), AREA_BUURT);
	ck_assert_int_eq(area_level_of("BU0867ABCD"), AREA_BUURT);
	/* Not in the municipality's four digits, and never lower case. */
	ck_assert_int_eq(area_level_of("GM08A7"), AREA_INVALID);
	ck_assert_int_eq(area_level_of("WK08A703"), AREA_INVALID);
	ck_assert_int_eq(area_level_of("BU086A0301"), AREA_INVALID);
	ck_assert_int_eq(area_level_of("WK0867ab"), AREA_INVALID);
	ck_assert_int_eq(area_level_of("BU0867030a"), AREA_INVALID);
}
END_TEST

START_TEST(invalid)
{
	static const char *const bad[] = {
		"", "G", "GM", "GM086", "GM08670", "GM 0867", "gm0867",
		"Gm0867", "GM0867 ", " GM0867", "GM-867", "GM+867",
		"WK08670", "WK0867031", "wk086703", "WK0867-3", "WK0867 3",
		"BU0867030", "BU086703011", "bu08670301", "BU08670301\n",
		"BU086703-1",
		/* The right length with the wrong prefix. */
		"WK0867", "BU0867", "GM086703", "BU086703", "GM08670301",
		"WK08670301", "XX0867", "XX086703", "XX08670301",
		"0867", "08670301",
	};
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(area_level_of(bad[i]) == AREA_INVALID,
		    "'%s' taken as a valid code", bad[i]);
}
END_TEST

START_TEST(rollup)
{
	char out[AREA_CODE_MAX];

	ck_assert_int_eq(area_rollup("BU08670301", AREA_WIJK, out), 0);
	ck_assert_str_eq(out, "WK086703");
	ck_assert_int_eq(area_rollup("BU08670301", AREA_GEMEENTE, out), 0);
	ck_assert_str_eq(out, "GM0867");
	ck_assert_int_eq(area_rollup("WK086703", AREA_GEMEENTE, out), 0);
	ck_assert_str_eq(out, "GM0867");
	/* The same level is the code itself. */
	ck_assert_int_eq(area_rollup("BU08670301", AREA_BUURT, out), 0);
	ck_assert_str_eq(out, "BU08670301");
	ck_assert_int_eq(area_rollup("WK086703", AREA_WIJK, out), 0);
	ck_assert_str_eq(out, "WK086703");
	ck_assert_int_eq(area_rollup("GM0867", AREA_GEMEENTE, out), 0);
	ck_assert_str_eq(out, "GM0867");
	/* Letters ride along to the district, and drop at the municipality. */
	ck_assert_int_eq(area_rollup("BU0867AB01", AREA_WIJK, out), 0);
	ck_assert_str_eq(out, "WK0867AB");
	ck_assert_int_eq(area_rollup("BU0867ABCD", AREA_GEMEENTE, out), 0);
	ck_assert_str_eq(out, "GM0867");
	ck_assert_int_eq(area_rollup("WK0867AB", AREA_GEMEENTE, out), 0);
	ck_assert_str_eq(out, "GM0867");
	/* The result is a valid code of the level asked for. */
	area_rollup("BU99010302", AREA_WIJK, out);
	ck_assert_int_eq(area_level_of(out), AREA_WIJK);
	ck_assert_int_eq(strlen(out), 8);
}
END_TEST

START_TEST(rollup_errors)
{
	char out[AREA_CODE_MAX];

	/* Coarser than asked: a district holds no single neighbourhood. */
	ck_assert_int_eq(area_rollup("WK086703", AREA_BUURT, out), -1);
	ck_assert_int_eq(area_rollup("GM0867", AREA_WIJK, out), -1);
	ck_assert_int_eq(area_rollup("GM0867", AREA_BUURT, out), -1);
	ck_assert_int_eq(area_rollup("BU08670301", AREA_INVALID, out), -1);
	ck_assert_int_eq(area_rollup("BU0867030", AREA_WIJK, out), -1);
	ck_assert_int_eq(area_rollup("bu08670301", AREA_GEMEENTE, out), -1);
	ck_assert_int_eq(area_rollup("", AREA_GEMEENTE, out), -1);
}
END_TEST

/* The level a word names in the words of --level, or AREA_INVALID. */
static enum area_level
level_named(const char *s)
{
	int i = opt_word(area_level_words, s);

	return i < 0 ? AREA_INVALID : area_level_by_word[i];
}

START_TEST(level_names)
{
	ck_assert_int_eq(level_named("buurt"), AREA_BUURT);
	ck_assert_int_eq(level_named("neighbourhood"), AREA_BUURT);
	ck_assert_int_eq(level_named("wijk"), AREA_WIJK);
	ck_assert_int_eq(level_named("district"), AREA_WIJK);
	ck_assert_int_eq(level_named("gemeente"), AREA_GEMEENTE);
	ck_assert_int_eq(level_named("municipality"), AREA_GEMEENTE);

	ck_assert_int_eq(level_named(""), AREA_INVALID);
	ck_assert_int_eq(level_named("Buurt"), AREA_INVALID);
	ck_assert_int_eq(level_named("neighborhood"), AREA_INVALID);
	ck_assert_int_eq(level_named("wijken"), AREA_INVALID);
	ck_assert_int_eq(level_named("gemeente "), AREA_INVALID);
	ck_assert_int_eq(level_named("province"), AREA_INVALID);

	ck_assert_str_eq(area_level_name(AREA_BUURT), "buurt");
	ck_assert_str_eq(area_level_name(AREA_WIJK), "wijk");
	ck_assert_str_eq(area_level_name(AREA_GEMEENTE), "gemeente");
	/* Each name reads back as its level. */
	ck_assert_int_eq(level_named(area_level_name(AREA_WIJK)), AREA_WIJK);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("area");
	TCase *t = tcase_create("area");

	tcase_add_test(t, levels);
	tcase_add_test(t, capitals);
	tcase_add_test(t, invalid);
	tcase_add_test(t, rollup);
	tcase_add_test(t, rollup_errors);
	tcase_add_test(t, level_names);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
