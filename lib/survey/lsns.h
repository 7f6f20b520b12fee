/*
 * lsns: the Lubben Social Network Scale, 6-item form (Lubben et al.,
 * The Gerontologist 46(4), 2006).
 *
 * Items 1-3 ask about family, 4-6 about friends, each coded 0..5.  The
 * total runs 0..30 and a total below 12 marks a person at risk of social
 * isolation.  A total or subscale with a missing item is unknown (-1),
 * never guessed.
 */
#ifndef SAMEN_LSNS_H
#define SAMEN_LSNS_H

#define LSNS_ITEMS 6
#define LSNS_MISSING (-1)
#define LSNS_AT_RISK_BELOW 12	/* Lubben et al. 2006 */

struct lsns_score {
	int score, family, friends;	/* -1: unknown */
	int at_risk;			/* 1, 0, or -1 unknown */
};

/* items[i] is 0..5 or LSNS_MISSING; at_risk_below the cut-off. */
void lsns_score(const int items[LSNS_ITEMS], int at_risk_below,
    struct lsns_score *);

#endif
