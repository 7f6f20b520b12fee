/*
 * ledger: one initiative's ledger event, read and checked.
 *
 * ledger_parse() accepts a record only when every field it needs is there
 * and sound: an event kind from the closed list, a real calendar date, money
 * as exact cents that is not negative, hours, targets and results as exact
 * hundredths (at most two decimals, never negative), counts as whole
 * numbers, sources, categories and kinds of hours from their closed lists.
 * Anything else fails with a message that names the field and what is
 * wrong with it; nothing is rounded or guessed.  Quantities that add up
 * (hours, targets, results) are kept in hundredths so that sums are exact
 * and do not depend on the order in which events arrive.
 */
#ifndef SAMEN_LEDGER_H
#define SAMEN_LEDGER_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

#include "base/period.h"

enum ledger_kind {
	LEDGER_INCOME, LEDGER_EXPENSE, LEDGER_HOURS, LEDGER_REACH,
	LEDGER_GOAL, LEDGER_RESULT, LEDGER_MEETING, LEDGER_ADJUSTMENT,
	LEDGER_NKINDS
};

enum { SRC_MUNICIPALITY, SRC_FUND, SRC_MEMBERS, SRC_DONATIONS, SRC_SALES,
	SRC_OTHER, LEDGER_NSOURCES };
enum { CAT_ACCOMMODATION, CAT_ACTIVITIES, CAT_STAFF, CAT_MATERIALS,
	CAT_OTHER, LEDGER_NCATEGORIES };
enum { BY_VOLUNTEER, BY_MEMBER, BY_PROFESSIONAL, LEDGER_NBY };

extern const char *const ledger_sources[LEDGER_NSOURCES];
extern const char *const ledger_categories[LEDGER_NCATEGORIES];
extern const char *const ledger_by[LEDGER_NBY];

/* Strings point into the record and live as long as it does. */
struct ledger_event {
	enum ledger_kind kind;
	const char *initiative;
	struct date date;
	int64_t amount;		/* income, expense: cents */
	int source;		/* income; "other" when absent */
	int category;		/* expense; "other" when absent */
	int64_t hours;		/* hours: hundredths of an hour */
	int by;			/* hours */
	long participants;	/* reach */
	const char *goal;	/* goal, result, adjustment (NULL: none) */
	int64_t target;		/* goal: hundredths */
	const char *unit;	/* goal; "" when absent or given per language */
	const json_t *label;	/* goal: {"en":..,"nl":..}, or NULL */
	const json_t *unit_lang; /* goal: the unit so, or NULL */
	enum period_kind per;	/* goal; month when absent */
	int64_t value;		/* result: hundredths */
	long members;		/* meeting; -1 when absent */
	long attendees;		/* meeting; -1 when absent */
	int accounts_approved;	/* meeting: 0 or 1 */
	int plan_agreed;	/* meeting: -1 absent, 0, 1 */
};

/* The largest target, result or hour count one event may carry, in
 * hundredths: a year's worth of them still fits in int64. */
#define LEDGER_QUANTITY_MAX ((int64_t)1 << 50)

/* 0, or -1 with a message in err. */
int ledger_parse(const json_t *, struct ledger_event *, char *err,
    size_t errsize);

#endif
