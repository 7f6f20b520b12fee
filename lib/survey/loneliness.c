#include <string.h>
#include <strings.h>

#include "survey/loneliness.h"

/*
 * Each form has its own published cut-offs, and a response is placed on
 * its own form's: the 11 items (Van Tilburg & De Jong Gierveld 1999, as the
 * manual, section 9, gives them) 0-2 not lonely, 3-8 moderately, 9-10
 * severely, 11 very severely lonely; the 6-item short form (De Jong
 * Gierveld & Van Tilburg 2006, Research on Aging 28(5):582-598, and 2010,
 * European Journal of Ageing 7(2):121-130; the manual's section 8 syntax)
 * 0-1 not, 2-4 moderately, 5-6 severely lonely, a subscale lonely from 1
 * of 3.  Neither source equates the two forms' levels ("whether to use
 * the 11-item version or the shortened 6-item version ... is not a
 * neutral decision", manual section 8), so a share over both forms is a
 * pool of two measures: the summaries count each form (djg_forms).  The
 * 11-item subscale thresholds and the short form's missing-data rule (at
 * most one item) are the ones DESIGN.md states; very_severe 7 puts that
 * level out of the short form's reach.
 */
const struct djg_rules djg_default_rules[2] = {
	{ 1, 3, 3, 3, 9, 11 },
	{ 1, 1, 1, 2, 5, 7 },
};

/* 1 for the emotional items of the 11, by item number (1-based). */
static const char emotional11[12] = { 0, 0, 1, 1, 0, 1, 1, 0, 0, 1, 1, 0 };
static const int short_items[6] = { 3, 4, 7, 8, 9, 10 };

static const struct {
	const char *text;
	enum djg_answer answer;
} answers[] = {
	{ "yes", DJG_YES }, { "no", DJG_NO },
	{ "more or less", DJG_MORE_OR_LESS },
	{ "more-or-less", DJG_MORE_OR_LESS },
	{ "yes!", DJG_YES }, { "no!", DJG_NO },
	{ "ja", DJG_YES }, { "nee", DJG_NO },
	{ "min of meer", DJG_MORE_OR_LESS },
	{ "min-of-meer", DJG_MORE_OR_LESS },
	{ "ja!", DJG_YES }, { "nee!", DJG_NO },
};

int
djg_answer_parse(const char *s, size_t n, enum djg_answer *a)
{
	size_t i;

	for (i = 0; i < sizeof answers / sizeof answers[0]; i++)
		if (strlen(answers[i].text) == n &&
		    strncasecmp(answers[i].text, s, n) == 0) {
			*a = answers[i].answer;
			return 0;
		}
	return -1;
}

int
djg_answer_code(long code, enum djg_answer *a)
{
	if (code < 1 || code > 3)
		return -1;
	*a = code == 1 ? DJG_NO : code == 2 ? DJG_MORE_OR_LESS : DJG_YES;
	return 0;
}

static int
threshold(int subscore, int from)
{
	return subscore < 0 ? -1 : subscore >= from;
}

int
djg_score(const enum djg_answer *a, int n, const struct djg_rules rules[2],
    struct djg_score *r)
{
	const struct djg_rules *rule = &rules[n == 11 ? 0 : 1];
	int i, emo_missing = 0, soc_missing = 0, emo = 0, soc = 0;

	if (n != 11 && n != 6)
		return -1;
	for (i = 0; i < n; i++) {
		int item = n == 11 ? i + 1 : short_items[i];
		int emotional = emotional11[item];

		if (a[i] == DJG_MISSING)
			*(emotional ? &emo_missing : &soc_missing) += 1;
		else if (emotional)
			emo += a[i] != DJG_NO;
		else
			soc += a[i] != DJG_YES;
	}
	r->items = n;
	r->missing = emo_missing + soc_missing;
	r->emotional = emo_missing ? -1 : emo;
	r->social = soc_missing ? -1 : soc;
	r->score = r->missing > rule->max_missing ? -1 : emo + soc;
	if (r->score < 0)
		r->level = DJG_UNKNOWN;
	else if (r->score >= rule->very_severe)
		r->level = DJG_VERY_SEVERE;
	else if (r->score >= rule->severe)
		r->level = DJG_SEVERE;
	else if (r->score >= rule->moderate)
		r->level = DJG_MODERATE;
	else
		r->level = DJG_NOT_LONELY;
	r->emotionally_lonely = threshold(r->emotional,
	    rule->emotional_threshold);
	r->socially_lonely = threshold(r->social, rule->social_threshold);
	return 0;
}

const char *
djg_level_name(enum djg_level l)
{
	static const char *const names[] = { "not-lonely", "moderate",
	    "severe", "very-severe" };

	return l == DJG_UNKNOWN ? NULL : names[l];
}
