#include <string.h>

#include "survey/loneliness.h"
#include "unit.h"

static struct djg_score
score_all(enum djg_answer a, int n)
{
	enum djg_answer v[11];
	struct djg_score r;
	int i;

	for (i = 0; i < n; i++)
		v[i] = a;
	ck_assert_int_eq(djg_score(v, n, djg_default_rules, &r), 0);
	return r;
}

/* The manual's worked cases. */
START_TEST(uniform_answers)
{
	struct djg_score r = score_all(DJG_YES, 11);

	ck_assert_int_eq(r.emotional, 6);
	ck_assert_int_eq(r.social, 0);
	ck_assert_int_eq(r.score, 6);
	ck_assert_int_eq(r.level, DJG_MODERATE);
	ck_assert_int_eq(r.emotionally_lonely, 1);
	ck_assert_int_eq(r.socially_lonely, 0);
	r = score_all(DJG_NO, 11);
	ck_assert_int_eq(r.emotional, 0);
	ck_assert_int_eq(r.social, 5);
	ck_assert_int_eq(r.score, 5);
	ck_assert_int_eq(r.level, DJG_MODERATE);
	r = score_all(DJG_MORE_OR_LESS, 11);
	ck_assert_int_eq(r.emotional, 6);
	ck_assert_int_eq(r.social, 5);
	ck_assert_int_eq(r.score, 11);
	ck_assert_int_eq(r.level, DJG_VERY_SEVERE);
	ck_assert_str_eq(djg_level_name(r.level), "very-severe");
	r = score_all(DJG_MORE_OR_LESS, 6);
	ck_assert_int_eq(r.items, 6);
	ck_assert_int_eq(r.emotional, 3);
	ck_assert_int_eq(r.social, 3);
	ck_assert_int_eq(r.score, 6);
	ck_assert_int_eq(r.level, DJG_SEVERE);
}
END_TEST

START_TEST(ideal_pattern)
{
	/* emotional items 2,3,5,6,9,10 "no", social 1,4,7,8,11 "yes" */
	enum djg_answer v[11] = { DJG_YES, DJG_NO, DJG_NO, DJG_YES, DJG_NO,
	    DJG_NO, DJG_YES, DJG_YES, DJG_NO, DJG_NO, DJG_YES };
	/* the short form's items 3,4,7,8,9,10 of the same person */
	enum djg_answer s[6] = { DJG_NO, DJG_YES, DJG_YES, DJG_YES, DJG_NO,
	    DJG_NO };
	struct djg_score r;

	djg_score(v, 11, djg_default_rules, &r);
	ck_assert_int_eq(r.score, 0);
	ck_assert_int_eq(r.level, DJG_NOT_LONELY);
	djg_score(s, 6, djg_default_rules, &r);
	ck_assert_int_eq(r.score, 0);
	ck_assert_int_eq(r.emotional, 0);
	ck_assert_int_eq(r.social, 0);
	/* one lonely answer on each item in turn counts once, on its side */
	for (int i = 0; i < 11; i++) {
		enum djg_answer w[11];

		memcpy(w, v, sizeof w);
		w[i] = w[i] == DJG_YES ? DJG_NO : DJG_YES;
		djg_score(w, 11, djg_default_rules, &r);
		ck_assert_int_eq(r.score, 1);
		ck_assert_int_eq(r.emotional, (i == 1 || i == 2 || i == 4 ||
		    i == 5 || i == 8 || i == 9) ? 1 : 0);
	}
}
END_TEST

START_TEST(cut_offs)
{
	static const struct { int n, score; enum djg_level level; } cases[] = {
		{ 11, 2, DJG_NOT_LONELY }, { 11, 3, DJG_MODERATE },
		{ 11, 8, DJG_MODERATE }, { 11, 9, DJG_SEVERE },
		{ 11, 10, DJG_SEVERE }, { 11, 11, DJG_VERY_SEVERE },
		{ 6, 1, DJG_NOT_LONELY }, { 6, 2, DJG_MODERATE },
		{ 6, 4, DJG_MODERATE }, { 6, 5, DJG_SEVERE },
	};
	size_t c;

	for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		enum djg_answer v[11];
		struct djg_score r;
		int i;

		/* "more or less" scores 1 on every item */
		for (i = 0; i < cases[c].n; i++)
			v[i] = i < cases[c].score ? DJG_MORE_OR_LESS :
			    cases[c].n == 11 ? (i == 0 || i == 3 || i == 6 ||
			    i == 7 || i == 10 ? DJG_YES : DJG_NO) :
			    (i == 1 || i == 2 || i == 3 ? DJG_YES : DJG_NO);
		djg_score(v, cases[c].n, djg_default_rules, &r);
		ck_assert_int_eq(r.score, cases[c].score);
		ck_assert_int_eq(r.level, cases[c].level);
	}
}
END_TEST

/* At most one missing item for a total; none for a subscale. */
START_TEST(missing_items)
{
	enum djg_answer v[11];
	struct djg_score r;
	struct djg_rules rules[2];
	int i;

	for (i = 0; i < 11; i++)
		v[i] = DJG_MORE_OR_LESS;
	v[0] = DJG_MISSING;	/* a social item */
	djg_score(v, 11, djg_default_rules, &r);
	ck_assert_int_eq(r.missing, 1);
	ck_assert_int_eq(r.score, 10);		/* never a guess */
	ck_assert_int_eq(r.level, DJG_SEVERE);
	ck_assert_int_eq(r.social, -1);
	ck_assert_int_eq(r.emotional, 6);
	ck_assert_int_eq(r.socially_lonely, -1);
	ck_assert_int_eq(r.emotionally_lonely, 1);
	v[1] = DJG_MISSING;	/* and an emotional one */
	djg_score(v, 11, djg_default_rules, &r);
	ck_assert_int_eq(r.missing, 2);
	ck_assert_int_eq(r.score, -1);
	ck_assert_int_eq(r.level, DJG_UNKNOWN);
	ck_assert_int_eq(r.emotional, -1);
	/* the 11-item limit is configurable */
	memcpy(rules, djg_default_rules, sizeof rules);
	rules[0].max_missing = 2;
	djg_score(v, 11, rules, &r);
	ck_assert_int_eq(r.score, 9);
	rules[0].max_missing = 0;
	v[1] = DJG_MORE_OR_LESS;
	djg_score(v, 11, rules, &r);
	ck_assert_int_eq(r.score, -1);
	/* short form: one missing scores, two do not */
	for (i = 0; i < 6; i++)
		v[i] = DJG_YES;
	v[0] = DJG_MISSING;
	djg_score(v, 6, djg_default_rules, &r);
	ck_assert_int_eq(r.score, 2);	/* items 9 and 10 */
	ck_assert_int_eq(r.emotional, -1);
	ck_assert_int_eq(r.social, 0);
	v[5] = DJG_MISSING;
	djg_score(v, 6, djg_default_rules, &r);
	ck_assert_int_eq(r.score, -1);
	ck_assert_int_eq(r.missing, 2);
}
END_TEST

START_TEST(answers)
{
	static const struct { const char *s; enum djg_answer a; } ok[] = {
		{ "yes", DJG_YES }, { "Yes", DJG_YES }, { "yes!", DJG_YES },
		{ "ja", DJG_YES }, { "JA!", DJG_YES }, { "no", DJG_NO },
		{ "no!", DJG_NO }, { "nee", DJG_NO }, { "nee!", DJG_NO },
		{ "more or less", DJG_MORE_OR_LESS },
		{ "more-or-less", DJG_MORE_OR_LESS },
		{ "min of meer", DJG_MORE_OR_LESS },
		{ "min-of-meer", DJG_MORE_OR_LESS },
	};
	static const char *bad[] = { "", "y", "maybe", "yes!!", "ja ", "1" };
	enum djg_answer a;
	size_t i;

	for (i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		ck_assert_int_eq(djg_answer_parse(ok[i].s, strlen(ok[i].s), &a),
		    0);
		ck_assert_int_eq(a, ok[i].a);
	}
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_int_eq(djg_answer_parse(bad[i], strlen(bad[i]), &a),
		    -1);
	ck_assert(djg_answer_code(1, &a) == 0 && a == DJG_NO);
	ck_assert(djg_answer_code(2, &a) == 0 && a == DJG_MORE_OR_LESS);
	ck_assert(djg_answer_code(3, &a) == 0 && a == DJG_YES);
	ck_assert_int_eq(djg_answer_code(0, &a), -1);
	ck_assert_int_eq(djg_answer_code(4, &a), -1);
	ck_assert_int_eq(djg_score(&a, 9, djg_default_rules,
	    &(struct djg_score){ 0 }), -1);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("loneliness");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, uniform_answers);
	tcase_add_test(tc, ideal_pattern);
	tcase_add_test(tc, cut_offs);
	tcase_add_test(tc, missing_items);
	tcase_add_test(tc, answers);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
