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

void	report_text(json_t *const *accounts, size_t n, enum lang);
void	report_markdown(json_t *const *accounts, size_t n, enum lang);
void	report_html(json_t *const *accounts, size_t n, enum lang);

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

#endif
