/*
 * loneliness: the De Jong Gierveld loneliness scale, scored as its manual
 * (De Jong Gierveld & Van Tilburg, "Manual of the Loneliness Scale", VU
 * Amsterdam 1999; the short form: De Jong Gierveld & Van Tilburg, Research
 * on Aging 28(5), 2006) scores it.
 *
 * The 11 items come in the official order; the 6-item short form holds
 * items 3, 4, 7, 8, 9, 10 of them, in that order.  Emotional (negatively
 * worded) items 2, 3, 5, 6, 9, 10 score 1 on "yes" or "more or less";
 * social (positively worded) items 1, 4, 7, 8, 11 score 1 on "no" or "more
 * or less".  A total is given only with at most max_missing items missing
 * (the missing ones count 0, never a guess); a subscale only when none of
 * its items is missing.
 */
#ifndef SAMEN_LONELINESS_H
#define SAMEN_LONELINESS_H

#include <stddef.h>

enum djg_answer {
	DJG_MISSING = -1,
	DJG_NO,
	DJG_MORE_OR_LESS,
	DJG_YES
};

enum djg_level {
	DJG_UNKNOWN = -1,
	DJG_NOT_LONELY,
	DJG_MODERATE,
	DJG_SEVERE,
	DJG_VERY_SEVERE
};

/* One form's rules; each can be set by --config. */
struct djg_rules {
	int max_missing;	/* items that may be missing from the total */
	int emotional_threshold; /* emotionally lonely from this subscore */
	int social_threshold;	/* socially lonely from this subscore */
	int moderate;		/* lowest total of each level */
	int severe;
	int very_severe;	/* above the maximum: no such level */
};

/* The published defaults: index 0 the 11-item scale, 1 the short form. */
extern const struct djg_rules djg_default_rules[2];

struct djg_score {
	int items;		/* 11 or 6 */
	int missing;
	int score;		/* -1: unknown (too many missing) */
	int emotional;		/* -1: unknown */
	int social;		/* -1: unknown */
	enum djg_level level;
	int emotionally_lonely;	/* 1, 0, or -1 unknown */
	int socially_lonely;
};

/*
 * An answer as text: yes, no, more or less (also more-or-less), the
 * 5-point yes!/no!, the Dutch ja, nee, min of meer (min-of-meer), ja!,
 * nee!; ASCII case ignored.  -1 for anything else.
 */
int djg_answer_parse(const char *, size_t, enum djg_answer *);
/* The numeric codes: 1 no, 2 more or less, 3 yes.  -1 for others. */
int djg_answer_code(long, enum djg_answer *);

/* Scores n (11 or 6) answers with rules[n == 11 ? 0 : 1]; -1 for another
 * n. */
int djg_score(const enum djg_answer *, int n, const struct djg_rules rules[2],
    struct djg_score *);

const char *djg_level_name(enum djg_level);	/* "not-lonely", ... */

#endif
