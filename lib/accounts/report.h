/*
 * report: account records (samen-formats(5)) written for people, as plain
 * text, Markdown or one self-contained HTML page.
 *
 * The renderers read only the records, exactly as account-report writes
 * them in JSON Lines, so what people read and what scripts read cannot
 * differ.  Every word and number comes through lang.h.  The HTML page
 * holds everything it shows (styles and inline SVG charts), runs no
 * script, loads nothing from a network and prints on A4.  All text taken
 * from records is escaped for the format it goes into.
 */
#ifndef SAMEN_REPORT_H
#define SAMEN_REPORT_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

#include "base/lang.h"
#include "base/period.h"

struct book_entry;
struct acc_config;

void	report_text(json_t *const *accounts, size_t n, enum lang);
void	report_markdown(json_t *const *accounts, size_t n, enum lang);

/*
 * The page as a whole (report_doc.c): what it covers, where and when it
 * was made, each account with the accounts of the periods before it (for
 * the charts of change), and the initiatives with no account in it.
 *
 * Fill it step by step: report_doc_init(), report_doc_add() for each
 * account in the order of the page, report_doc_idle() for each initiative
 * that has none, then report_html() and report_doc_free().  The doc owns
 * every record in it.
 */
#define REPORT_HISTORY 12	/* periods a chart of change shows */

struct report_page {
	json_t *account;
	json_t *history;	/* accounts of up to REPORT_HISTORY periods
				 * ending with this one, oldest first */
};

struct report_doc {
	enum lang lang;
	enum period_kind kind;
	int lo, hi;		/* the months asked for; see report_doc_init */
	char *municipality;	/* its name, or NULL */
	char made[DATE_STR_MAX];	/* the day it was made, YYYY-MM-DD */
	struct report_page *page;
	size_t n, cap;
	json_t *idle;		/* {"initiative","name"} with no account */
};

/* lo 0 and hi REPORT_OPEN: no bounds were asked for, and the page names
 * the periods of the accounts it holds. */
#define REPORT_OPEN (DATE_MAX_YEAR * 12 + 11)
void	report_doc_init(struct report_doc *, enum lang, enum period_kind,
	    int lo, int hi, const char *made);
void	report_doc_add(struct report_doc *, const struct book_entry *,
	    int start, const struct acc_config *);
void	report_doc_idle(struct report_doc *, const struct book_entry *);
/* Keeps a copy of the municipality's name; the first one counts. */
void	report_doc_municipality(struct report_doc *, const char *);
void	report_doc_free(struct report_doc *);

void	report_html(const struct report_doc *);

/* Shared by the renderers (report_fields.c). */

/* A field at a path of object keys, "means", "income": NULL if absent. */
const json_t *rf_get(const json_t *, const char *, const char *);
/* Money (a decimal string) as cents; 0 when absent or malformed. */
int64_t	rf_cents(const json_t *);
/* A JSON number as hundredths, exactly as the record printed it. */
int64_t	rf_hundredths(const json_t *);
/* "Zorgcoop Sprang" or the id when the record has no name. */
const char *rf_name(const json_t *);
/* The period in words: "oktober 2026", "4e kwartaal 2026", "2026". */
char   *rf_period(const json_t *, enum lang, char buf[LANG_BUF]);
/* The five questions in the record's order, with their words. */
extern const char *const rf_questions[5];
enum lang_word rf_question_name(int);
enum lang_word rf_question_text(int);
enum lang_word rf_verdict_word(const char *verdict);
/* row() for each kind of hours that is not zero, with its hundredths. */
typedef void rf_hours_fn(void *ctx, enum lang, const char *label,
    int64_t hundredths);
void	rf_hours_rows(const json_t *means, enum lang, rf_hours_fn *row,
	    void *ctx);
/* "34 participants (31 January 2026)" into buf, or the words for no
 * reach reported. */
char   *rf_reach(const json_t *acct, enum lang, char *buf, size_t size);
/* A goal's name in the report's language: its label, else its id. */
const char *rf_goal_name(const json_t *goal);
/* Its unit in the report's language, or "". */
const char *rf_goal_unit(const json_t *goal);
/* The charts of change of an account over its history (report_trend.c):
 * income and expenses, reach, each goal; nothing with one period. */
void	rf_trends(const json_t *acct, const json_t *history, enum lang);
/* A goal's "met" in a word: yes, no, no result (yet), not yet. */
const char *rf_met_word(const json_t *goal, enum lang);
/*
 * The rows of the means table, in order: income, each source that is not
 * zero, expenses, each category that is not zero, balance; row() gets
 * each, with total set for the three totals.
 */
typedef void rf_row_fn(void *ctx, enum lang, const char *label,
    int64_t cents, int total);
void	rf_means_rows(const json_t *means, enum lang, rf_row_fn *row,
	    void *ctx);

/*
 * A small chart of change over the periods of a page (report_chart.c):
 * bar series side by side in each period's slot, line series through
 * them, a legend row above and each period's label below, and the values
 * in words as the SVG's description.  Every series has np values (has[k]
 * 0: none in period k) on one scale from zero to the largest; fmt writes
 * a value exactly, scale the top of the scale (in whole euros, say).  Styles are the page's classes; the
 * expenses and missed goals are hatched as well as coloured, so that they
 * read without colour (rc_defs() writes the pattern once per page).
 */
enum rc_style { RC_INCOME, RC_EXPENSES, RC_REACH, RC_MET, RC_MISSED,
	RC_OPEN, RC_TARGET, RC_NSTYLES };

struct rc_series {
	const char *name;
	enum rc_style style;
	const enum rc_style *each;	/* a bar's own style, or NULL */
	int line;			/* a line, not bars */
	const int64_t *v;
	const char *has;
};

struct rc_key {
	const char *name;
	enum rc_style style;
};

struct rc_chart {
	const char *title;
	size_t np;
	const char *const *when;	/* each period's short label */
	const struct rc_series *s;
	size_t ns;
	const struct rc_key *key;
	size_t nkeys;
	char *(*fmt)(enum lang, int64_t, char buf[LANG_BUF]);
	char *(*scale)(enum lang, int64_t, char buf[LANG_BUF]);
};

void	rc_chart(const struct rc_chart *, enum lang);
void	rc_defs(void);

#endif
