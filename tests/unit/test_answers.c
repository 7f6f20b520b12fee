#include "survey/answers.h"
#include "unit.h"

static const char *
answer(const struct vocab *v, const char *label)
{
	int i = vocab_find(v, label);

	return i < 0 ? "-" : v->terms[i].name;
}

/* Survey labels in Dutch and English, any case, with or without accents. */
START_TEST(labels)
{
	ck_assert_str_eq(answer(&answers_djg, "Ja"), "yes");
	ck_assert_str_eq(answer(&answers_djg, "min of meer"), "more or less");
	ck_assert_str_eq(answer(&answers_djg, "NEE!"), "no");
	ck_assert_str_eq(answer(&answers_lsns, "één"), "1");
	ck_assert_str_eq(answer(&answers_lsns, "Een"), "1");
	ck_assert_str_eq(answer(&answers_lsns, "geen"), "0");
	ck_assert_str_eq(answer(&answers_lsns, "3-4"), "3");
	ck_assert_str_eq(answer(&answers_lsns, "five through eight"), "4");
	ck_assert_str_eq(answer(&answers_lsns, "9 of meer"), "5");
	ck_assert_str_eq(answer(&answers_ladder, "Geïsoleerd"), "1");
	ck_assert_str_eq(answer(&answers_ladder, "betaald werk"), "6");
	ck_assert_str_eq(answer(&answers_paid_work, "geen betaald werk"), "none");
	ck_assert_str_eq(answer(&answers_paid_work, "Betaald werk met "
	    "ondersteuning"), "supported");
	ck_assert_str_eq(answer(&answers_paid_work, "paid work"), "regular");
	ck_assert_str_eq(answer(&answers_bool, "nee"), "false");
	ck_assert_str_eq(answer(&answers_bool, "Yes"), "true");
	ck_assert_str_eq(answer(&answers_contacts, "Gemengd"), "mixed");
	ck_assert_str_eq(answer(&answers_contacts, "vooral met mensen uit de "
	    "eigen groep"), "mostly-own-group");
}
END_TEST

/* No answer, in both languages; an answer is never taken as missing. */
START_TEST(missing)
{
	ck_assert_str_eq(answer(&answers_missing, "weet niet"), "don't know");
	ck_assert_str_eq(answer(&answers_missing, "Don't know"), "don't know");
	ck_assert_str_eq(answer(&answers_missing, "n.v.t."), "not applicable");
	ck_assert_str_eq(answer(&answers_missing, "wil niet zeggen"), "refused");
	ck_assert_str_eq(answer(&answers_missing, "geen"), "-");
	ck_assert_str_eq(answer(&answers_missing, "nee"), "-");
	ck_assert_str_eq(answer(&answers_djg, "soms niet"), "-");
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("answers");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, labels);
	tcase_add_test(tc, missing);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
