#include "survey/lsns.h"

static int
subscale(const int *items)
{
	int i, sum = 0;

	for (i = 0; i < 3; i++) {
		if (items[i] == LSNS_MISSING)
			return -1;
		sum += items[i];
	}
	return sum;
}

void
lsns_score(const int items[LSNS_ITEMS], int at_risk_below,
    struct lsns_score *r)
{
	r->family = subscale(items);
	r->friends = subscale(items + 3);
	r->score = r->family < 0 || r->friends < 0 ? -1 :
	    r->family + r->friends;
	r->at_risk = r->score < 0 ? -1 : r->score < at_risk_below;
}
