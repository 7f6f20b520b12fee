/*
 * accountability: the five test questions of Heijdelberg's essay on
 * mutual aid, answered from the facts of one initiative and period.
 *
 * Each answer is "pass", "fail" or "unknown" with a reason a participant
 * can read, in English or Dutch.  "unknown" is given when the ledger holds
 * too little to tell (no hours recorded, no goal results, a ledger shorter
 * than the window a question looks back over), never as a polite "fail".
 * The rules' thresholds come from acc_config, whose defaults are these
 * (and account-report(1) documents them):
 *   value      pass when at least half the goals in force with a result
 *              were met
 *   pride      pass when volunteers and members gave at least half the
 *              hours (and, if require_ownership, the participants own it)
 *   accounts   pass when a meeting approved the accounts in the 12 months
 *              up to the period's end (the window below)
 *   adjusts    pass when every goal missed in the 12 months before the
 *              period was followed by an adjustment for it (or a new
 *              target); a miss gets 1 month of grace
 *   agreement  pass when the plan was agreed at the last meeting, held in
 *              the 12 months up to the period's end
 *
 * "The w months up to the period's end" is a window of days: from the same
 * day w months before the period's last day (the last day of that month
 * when it is shorter) to the period's last day, both included.  For a
 * period ending 31 October 2026 that is 31 October 2025 to 31 October
 * 2026; for one ending 28 February 2025, 28 February 2024 (not the 29th)
 * to 28 February 2025.  The period's end counts even when it is still to
 * come: the window never moves with today's date.
 */
#ifndef SAMEN_ACCOUNTABILITY_H
#define SAMEN_ACCOUNTABILITY_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

#include "base/lang.h"
#include "base/period.h"

struct acc_config {
	double value_min_share_met;
	double pride_min_share_hours;
	int pride_require_ownership;
	int accounts_window_months;
	int adjusts_window_months;
	int adjusts_grace_months;
	int adjusts_new_target_counts;
	int agreement_window_months;
};

/* What the questions are answered from; account_report fills it in. */
struct acc_facts {
	int end_month;			/* the period's last month */
	int first_month;		/* the ledger's first month */
	/* value */
	int goals_in_force, goals_decided, goals_met;
	/* pride */
	int64_t hours_participants, hours_total;	/* hundredths */
	int owned;			/* -1 unknown, 0, 1 */
	/* accounts: the last approval in the window; last ever */
	int has_approval;
	struct date approval;
	int has_earlier_approval;
	struct date earlier_approval;
	/* adjusts: missed goal periods in the window, before the period */
	int misses, misses_adjusted, misses_waiting;
	char unadjusted_goal[64];	/* the first miss not followed up */
	char unadjusted_period[PERIOD_LABEL_MAX];
	enum period_kind unadjusted_kind;
	int unadjusted_start;
	/* agreement: the last meeting in the window */
	int has_meeting;
	struct date meeting;
	int plan_agreed;		/* -1 not recorded, 0, 1 */
};

void	acc_config_default(struct acc_config *);
/* Overrides from a --config mapping; 0, or -1 with a message in err
 * naming the key (unknown keys are errors, with a suggestion). */
int	acc_config_load(struct acc_config *, const json_t *, char *err,
	    size_t errsize);

/* {"value":{"verdict","reason"},"pride":...,"agreement":...} */
json_t *acc_evaluate(const struct acc_facts *, const struct acc_config *,
	    enum lang);

/*
 * What a question found: accountability.c decides which, and gives each
 * its verdict; accountability_text.c says it in words.
 */
enum acc_finding {
	VALUE_NO_GOALS, VALUE_ONE_UNJUDGED, VALUE_NONE_JUDGED,
	VALUE_ONE_MET, VALUE_ENOUGH_MET, VALUE_ONE_MISSED, VALUE_NONE_MET,
	VALUE_TOO_FEW_MET,
	PRIDE_NO_HOURS, PRIDE_TOO_FEW_HOURS, PRIDE_NOT_OWNED,
	PRIDE_OWNER_UNKNOWN, PRIDE_GIVEN,
	ACCOUNTS_APPROVED, ACCOUNTS_TOO_SHORT, ACCOUNTS_NOT_APPROVED,
	ADJUSTS_NO_MISSES, ADJUSTS_OPEN, ADJUSTS_FOLLOWED, ADJUSTS_ONE_WAITING,
	ADJUSTS_WAITING,
	AGREEMENT_AGREED, AGREEMENT_NOT_AGREED, AGREEMENT_NO_DECISION,
	AGREEMENT_TOO_SHORT, AGREEMENT_NO_MEETING,
	ACC_NFINDINGS
};

/* The reason for finding, from the facts, in the language l, into buf. */
void	acc_reason(enum acc_finding, const struct acc_facts *,
	    const struct acc_config *, enum lang, char *buf, size_t size);
/* How many of a window of w months the ledger covers. */
int	acc_covered(const struct acc_facts *, int w);
/* The first day of the window of w months up to the end of the month
 * end (as above). */
struct date acc_window_start(int end, int w);
/* 1 when the day of month lies in the window of w months up to the end
 * of month end (months after end are not asked for). */
int	acc_in_window(int month, int day, int end, int w);

#endif
