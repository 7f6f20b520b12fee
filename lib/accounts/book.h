/*
 * accounts: the ledgers of initiatives, the book of accounts, and the
 * account records and reports made from it (account-report).
 *   ledger.c               one ledger event, read and checked
 *   book.c                 the book: entries, months, goals; events and
 *                          partials added by one merge rule
 *   book_partial.c         --partial and --merge: the book as
 *                          account_partial records, and read back
 *   account_report.c       one initiative's account for one period
 *   accountability.c       the five questions: their settings and verdicts
 *   accountability_text.c  the reasons of the verdicts, in English and Dutch
 *   report_*.c             accounts for people: text, Markdown, HTML
 *
 * book: the book of every initiative's ledger, month by month.
 *
 * Events are added up as they come, into one bucket per initiative and
 * calendar month (money in cents, hours and results in hundredths, all
 * int64), so memory grows with initiatives x months and never with the
 * number of events.  Every bucket is a sum, a count, a maximum or a latest
 * date, combined by one merge rule (book.c) so that the order of events
 * does not matter: an event is added as the month it makes on its own, and
 * two books built from two halves of a ledger merge (book_merge_partial)
 * into exactly the book of the whole.  An initiative's totals of income,
 * expenses, hours and each goal's results are kept too, and an event that
 * would take one past INT64_MAX is refused, so that no period's sum can
 * overflow later.
 *
 * A result or adjustment for a goal that has not (yet) been set is held,
 * with its line, until the end: if the goal is set later in the input it
 * counts, otherwise book_unresolved() hands the line back to be rejected.
 */
#ifndef SAMEN_BOOK_H
#define SAMEN_BOOK_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

#include "accounts/ledger.h"
#include "base/period.h"
#include "core/strmap.h"

struct acct_month {
	int64_t income[LEDGER_NSOURCES];	/* cents */
	int64_t expense[LEDGER_NCATEGORIES];	/* cents */
	int64_t hours[LEDGER_NBY];		/* hundredths of an hour */
	long reach;			/* participants at reach_day */
	int reach_day;			/* 0: no reach reported */
	long meetings;
	long attendees;			/* summed over the meetings */
	long members;			/* at the last meeting; -1 unknown */
	int meeting_day;		/* the last meeting's day; 0: none */
	int plan_agreed;		/* at the last meeting: -1, 0, 1 */
	int accounts_day;		/* last day accounts were approved */
	long adjustments;		/* those not for a goal */
};

struct goal_setting {
	struct date date;
	int64_t target;			/* hundredths, per period of per */
	char *unit;
	enum period_kind per;
	char *words;	/* label and unit per language as canonical JSON,
			 * {"label":{"en":..,"nl":..},"unit":{..}}; "": none */
};

struct goal_month {
	int64_t sum;			/* results, hundredths */
	long results;
	long adjustments;		/* for this goal */
};

struct pending_line {
	char *file;
	unsigned long lineno;
	char *text;
	size_t len;
};

struct goal {
	char *id;
	struct goal_setting *set;	/* sorted by date */
	size_t nset, capset;
	int lo, n;			/* months lo .. lo + n - 1 */
	struct goal_month *m;
	int64_t total;			/* all results, for overflow */
	struct pending_line *pend;	/* while the goal is not set */
	size_t npend, cappend;
};

struct book_entry {
	char *id;
	char *name;			/* from an initiative record, or NULL */
	int owned;			/* owned_by_participants: -1, 0, 1 */
	int lo, n;
	struct acct_month *m;
	int64_t income_total, expense_total, hours_total;
	struct goal *goals;		/* by id, in byte order */
	size_t ngoals, capgoals;
};

struct book {
	struct book_entry **e;
	size_t n, cap;
	struct strmap ids;		/* id -> index into e */
};

void	book_init(struct book *);
void	book_free(struct book *);
/* The entry of the initiative id, or NULL. */
struct book_entry *book_find(const struct book *, const char *id);

/* Name and ownership from an initiative record; 0 or -1 (not one). */
int	book_add_initiative(struct book *, const json_t *);

/*
 * Adds one event; file, lineno, text, len are its line, kept only while
 * its goal is unknown.  0, or -1 with a message (an overflow) in err, and
 * then the book is as it was.
 */
int	book_add_event(struct book *, const struct ledger_event *,
	    const char *file, unsigned long lineno, const char *text,
	    size_t len, char *err, size_t errsize);

/* The entries sorted by id (a malloc'd array of n pointers). */
struct book_entry **book_sorted(const struct book *);

/* A setting of the goal in force at the end of month: the latest dated
 * in or before it, or NULL. */
const struct goal_setting *goal_in_force(const struct goal *, int month);
const struct goal_month *goal_month_at(const struct goal *, int month);
/* The setting's "label" or "unit" in language lang ("en", "nl") as a new
 * JSON string, or NULL when the ledger gave none in that language. */
json_t *goal_word(const struct goal_setting *, const char *key,
	    const char *lang);
const struct acct_month *book_month_at(const struct book_entry *, int month);

/* Each held line of a goal never set: by initiative id, goal id, then
 * file name and line, whatever order the lines or partials came in. */
void	book_unresolved(const struct book *,
	    void (*)(void *, const struct book_entry *, const struct goal *,
	    const struct pending_line *), void *);

/* --partial (book_partial.c): one account_partial record per entry. */
json_t *book_partial(const struct book_entry *);
/* --merge: adds a partial; 0, or -1 with a message in err (and the book
 * as it was: a partial is checked whole before it is added). */
int	book_merge_partial(struct book *, const json_t *, char *err,
	    size_t errsize);

/*
 * The pieces of an entry, for book_partial.c, which reads a partial into
 * an entry of its own (outside any book) and then merges it whole.
 */
void	book_entry_init(struct book_entry *, const char *id);
void	book_entry_free(struct book_entry *);
/* The month (made, empty, when missing) and the goal (likewise; an
 * entry's goals are kept in the byte order of their ids). */
struct acct_month *book_entry_month(struct book_entry *, int month);
struct goal *book_entry_goal(struct book_entry *, const char *id);
struct goal_month *goal_month_get(struct goal *, int month);
/* Adds a setting; of two on one day the greater (target, per, unit,
 * words) is kept, so that the order they come in does not matter. */
void	goal_set(struct goal *, const struct goal_setting *);
/* Keeps a copy of a line while the goal is not set (in file, line
 * order). */
void	goal_hold(struct goal *, const struct pending_line *);
/* Adds entry into the book's entry of the same id by the merge rule; -1
 * when a total would overflow, and then the book is as it was. */
int	book_merge_entry(struct book *, const struct book_entry *);

#endif
