/*
 * lang: the words and number forms of a report, in English or Dutch.
 *
 * Dutch amounts read "€ 1.250,00" (a space after the euro sign, points
 * between thousands, a decimal comma), English ones "€1,250.00"; dates
 * "31 oktober 2026" and "31 October 2026".  Every word a report shows
 * comes from lang_word(), so that both languages have every word; the
 * Dutch was written by hand, not translated by machine.  All output is
 * UTF-8 and fits the buffer sizes below, whatever the input.
 */
#ifndef SAMEN_LANG_H
#define SAMEN_LANG_H

#include <stdint.h>

#include <jansson.h>

#include "base/period.h"

#define LANG_BUF 64

enum lang { LANG_EN, LANG_NL };

enum lang_word {
	W_TITLE, W_SUBTITLE, W_PERIOD, W_MEANS, W_INCOME, W_EXPENSES,
	W_BALANCE, W_BY_SOURCE, W_BY_CATEGORY, W_MUNICIPALITY_SHARE,
	W_HOURS, W_HOURS_TOTAL, W_GOALS, W_GOAL, W_TARGET, W_ACTUAL,
	W_PROGRESS, W_MET, W_REACH, W_PARTICIPANTS, W_MEETINGS,
	W_ATTENDEES, W_ADJUSTMENTS, W_ACCOUNTABILITY, W_QUESTION,
	W_VERDICT, W_REASON, W_NO_GOALS, W_NO_REACH, W_YES, W_NO,
	W_NOT_YET, W_NO_RESULT, W_AMOUNT, W_SHARE, W_UNTIL, W_NONE,
	W_GENERATED, W_CONTENTS, W_HOURS_UNIT, W_TARGETS_CHART,
	W_MEANS_CHART, W_OWNED, W_TO, W_NO_ACCOUNTS,
	/* sources, categories and kinds of hours, in ledger.h's order */
	W_SRC_MUNICIPALITY, W_SRC_FUND, W_SRC_MEMBERS, W_SRC_DONATIONS,
	W_SRC_SALES, W_SRC_OTHER,
	W_CAT_ACCOMMODATION, W_CAT_ACTIVITIES, W_CAT_STAFF, W_CAT_MATERIALS,
	W_CAT_OTHER,
	W_BY_VOLUNTEER, W_BY_MEMBER, W_BY_PROFESSIONAL,
	/* the five questions: a short name and the essay's question */
	W_Q_VALUE, W_Q_PRIDE, W_Q_ACCOUNTS, W_Q_ADJUSTS, W_Q_AGREEMENT,
	W_QQ_VALUE, W_QQ_PRIDE, W_QQ_ACCOUNTS, W_QQ_ADJUSTS, W_QQ_AGREEMENT,
	W_PASS, W_FAIL, W_UNKNOWN,
	W_NWORDS
};

/*
 * The languages' words, in enum lang's order, each with its Dutch name
 * ("nl|nederlands"), for --lang (OPT_LANG).
 */
extern const char *const lang_words[];
/* --lang, the same in every program: int *v gets the enum lang, what
 * names what is written in it ("reasons and the letter"). */
#define OPT_LANG(v, what) OPT_CHOICE(0, "lang", (v), "LANG", lang_words, \
	"the language of " what "; en is the default")

const char *lang_word(enum lang, enum lang_word);

char   *lang_money(enum lang, int64_t cents, char buf[LANG_BUF]);
/* hundredths as a number with at most two decimals: "12,5" in Dutch */
char   *lang_hundredths(enum lang, int64_t v, char buf[LANG_BUF]);
/* a share 0..1 as a whole percentage: "82%" */
char   *lang_percent(enum lang, double share, char buf[LANG_BUF]);
/* a number rounded to two decimals, written as lang_hundredths does */
char   *lang_number(enum lang, double, char buf[LANG_BUF]);
/* a share 0..1 as a percentage with one decimal: "12.3%", "12,3%" */
char   *lang_percent1(enum lang, double share, char buf[LANG_BUF]);
/*
 * Two languages, one argument list: LANG_PICK chooses between an English
 * and a Dutch literal, so that a format given through it to a printf-like
 * function has both its forms checked by the compiler against the same
 * arguments; LANG_SAY appends the sentence to list, a JSON array of
 * strings.  Positional arguments ("%1$s") let the Dutch put words in its
 * own order.  The prose of reasons and letters lives in the *_text.c file
 * beside the logic that decides.
 *
 *	LANG_SAY(r, l, "%1$s %2$s room here for %3$s participants a week.",
 *	    "%1$s %2$s hier wekelijks plaats aan %3$s deelnemers.", names,
 *	    verb, n);
 */
#define LANG_PICK(l, en, nl) ((l) == LANG_NL ? (nl) : (en))
#define LANG_SAY(list, l, en, nl, ...) \
	lang_sentence((list), LANG_PICK((l), (en), (nl)), __VA_ARGS__)
void	lang_sentence(json_t *list, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/*
 * The n items as a list people write, into buf (size bytes): "a, b and c"
 * / "a, b en c"; with LANG_OR, "a, b or c" / "a, b of c".  Returns buf.
 */
enum lang_conj { LANG_AND, LANG_OR };
char   *lang_join(enum lang, enum lang_conj, const char *const *items,
	    size_t n, char *buf, size_t size);
char   *lang_date(enum lang, struct date, char buf[LANG_BUF]);
/* "oktober 2026", "4e kwartaal 2026", "2026" */
char   *lang_period(enum lang, enum period_kind, int start,
	    char buf[LANG_BUF]);
/* "31 October 2026" etc. from "YYYY-MM-DD"; the text itself when it is
 * no date. */
char   *lang_date_str(enum lang, const char *, char buf[LANG_BUF]);

#endif
