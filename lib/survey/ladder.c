#include <string.h>

#include "survey/ladder.h"

const char *const paid_work_names[PAID_COUNT] = { "none", "supported",
	"regular" };

int
ladder_step(const struct participation *p)
{
	/* from the top: the first step that applies, or the first unknown */
	int flags[4] = {
		p->paid_work == PAID_UNKNOWN ? -1 : p->paid_work != PAID_NONE,
		p->unpaid_work, p->organised_activity,
		p->contact_outside_home
	};
	int i;

	for (i = 0; i < 4; i++) {
		if (flags[i] < 0)
			return 0;
		if (flags[i]) {
			if (i == 0)
				return p->paid_work == PAID_REGULAR ? 6 : 5;
			return 5 - i;
		}
	}
	return 1;
}
