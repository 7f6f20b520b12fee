/*
 * account_report: one initiative's account for one period, as the
 * "account" record (samen-formats(5)): means, goals, reach, meetings and
 * the five questions.  It only reads the book, so any period can be asked
 * for in any order, and the same book always gives the same bytes.
 *
 * A goal is in force in a period when it was set on or before the
 * period's last day; the latest setting counts.  A goal set per month is
 * added up over a quarter or year report; a goal set per year, shown in a
 * month or quarter, compares the year's results so far with the year's
 * target and is only judged missed at the year's end.
 */
#ifndef SAMEN_ACCOUNT_REPORT_H
#define SAMEN_ACCOUNT_REPORT_H

#include <jansson.h>

#include "accounts/book.h"
#include "accounts/accountability.h"
#include "base/lang.h"
#include "base/period.h"

/* The first and last month of an entry's ledger (of the goals that were
 * set, too); -1 when it holds nothing to report. */
int	account_span(const struct book_entry *, int *first, int *last);

json_t *account_record(const struct book_entry *, enum period_kind,
	    int start, const struct acc_config *, enum lang);

#endif
