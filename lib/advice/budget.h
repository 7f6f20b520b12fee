/*
 * budget: budget scenarios — a budget allocated over funding requests by
 * one of four rules, and what the allocation does for the areas.
 *
 * The caller streams records past budget_add_record(), tells it the need
 * and supply of each area in each form (budget_set_area(), or
 * budget_take_needs() from the advice's cells), and calls budget_run(),
 * which writes one `allocation' record per funded request, in the order
 * the rule funded them, then one `scenario' record (samen-formats(5)).
 * Its four parts: budget_records.c (the records and areas), budget_rules.c
 * (greedy, equal-shares, the caps), budget_need.c (need and proportional),
 * budget_scenario.c (the records it writes).
 *
 * Records consumed (samen-formats(5), as pb-import(1) writes them):
 *   request  {"id","amount"} required; "initiative","name","areas":[..],
 *            "forms":[..],"categories":[..],"neighbourhood","capacity",
 *            "votes","selected" optional.  amount is money (base/money.h).
 *   vote     {"voter","approved":[request ids]} required; "area","weight"
 *            optional (weight is kept, not used by the rules: every
 *            ballot counts once, as in Pabulib's approval instances).
 *   budget   {"budget"} money; "rule", "budget_per_category":{cat:money},
 *            "budget_per_neighbourhood":{name:money} optional.  The last
 *            budget record wins.
 *
 * The rules need and proportional weigh what a request claims: the gap
 * (need minus supply, never below 0) of each area it names in each form
 * it names, all forms when it names none; a cell of unknown need gives
 * nothing.  Need and supply are counted in tenths of a resident (as the
 * advice rounds supply), and every comparison and share is an exact
 * fraction (GMP).  A funded request's capacity is shared equally among
 * its areas, and within an area equally among the forms it claims whose
 * need is known there.
 *
 *   need          the request claiming the largest current gap first, while
 *                 it fits (ties: the lower amount, then the lower id); a
 *                 funded request's capacity lowers the gaps it claims.
 *   proportional  each cell's gap shared equally among the requests
 *                 claiming it; the budget split by those weights, a
 *                 request never getting more than it asks (what it cannot
 *                 take is split again among the rest); whole cents down,
 *                 then the cents left one each to the largest remainders
 *                 (equal remainders: the lower id).  Every cent is
 *                 allocated unless every request claiming need is funded
 *                 in full.
 *
 * Invariants: money is int64 cents throughout; the total allocated never
 * exceeds the budget; greedy's capped pass never exceeds a category's or
 * neighbourhood's cap (its leftover step, when on, spends outside them);
 * the equal-shares selection uses exact rational
 * arithmetic only (advice/equalshares.h), never floating point.  Need-based
 * metrics are null when no area has a known need; voter metrics are null
 * for rules that take no votes or when there are no votes.
 *
 * How council-advise(1) calls it:
 *
 *	struct budget_input *bi = budget_new();
 *	while (stream_next(...)) {
 *		switch (budget_add_record(bi, rec, type, err, sizeof err)) {
 *		case 1:  break;				// consumed
 *		case -1: stream_reject(&s, &line, "%s", err); break;
 *		default: ...				// not a budget record
 *		}
 *	}
 *	budget_take_needs(bi, &needs);		// after needs_compute()
 *	rule: an OPT_CHOICE over budget_rules, or budget_default_rule();
 *	optionally budget_set_completion(), budget_set_leftover();
 *	for rules need and proportional, for each request i:
 *		if (budget_unknown_need(bi, i, err, sizeof err))
 *			warnx_("%s", err);
 *	if (budget_run(bi, rule, cents_or_minus_1, err, sizeof err) == -1)
 *		die("%s", err);				// exit 2
 *	budget_free(bi);
 *
 * --budget AMOUNT goes through money_parse() to cents; without it pass -1
 * and the budget record's amount is used.  budget_default_rule() gives the
 * rule a budget record names (Pabulib "greedy", "equalshares/add1"), for
 * when --rule is absent.
 */
#ifndef SAMEN_BUDGET_H
#define SAMEN_BUDGET_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

#include "base/forms.h"

enum budget_rule {
	BUDGET_NEED,		/* the largest claimed gaps first */
	BUDGET_PROPORTIONAL,	/* split by claimed need */
	BUDGET_GREEDY,		/* by approvals, each that still fits */
	BUDGET_EQUAL_SHARES	/* Method of Equal Shares with Add1 */
};

struct budget_input;

struct budget_input *budget_new(void);
void budget_free(struct budget_input *);

/*
 * type is the record's "type" (NULL: none, taken as not ours).
 * 1: consumed (request, vote, budget), with err "" or a warning for the
 * reader (a request's form that is none: "did you mean"); 0: not a budget
 * record, pass it on; -1: a bad request/vote/budget record, the reason in
 * err, the record not kept.
 */
int budget_add_record(struct budget_input *, const json_t *rec,
    const char *type, char *err, size_t errsize);

/*
 * One area's need and supply in each form (indexed by enum
 * isolation_form), from the caller's needs computation: need[f] =
 * residents in need of form f (NAN: unknown), supply[f] = capacity of the
 * initiatives there for f; isolation = how isolated the area is (e.g. the
 * share of its residents in need; higher is more isolated), used to pick
 * the most isolated fifth.  The scenario's metrics see the area's need
 * and supply as the sums over its forms of known need (none known: the
 * area is left out of them); NAN isolation: the area is ranked by that
 * need instead.  Setting an area twice replaces it.  Area codes are
 * matched against requests' "areas" as plain strings.  A funded request's
 * "capacity" is added to the supply of its areas, shared equally among
 * them.
 */
void budget_set_area(struct budget_input *, const char *area,
    const double need[FORM_COUNT], const double supply[FORM_COUNT],
    double isolation);

struct needs;
/* Every area of the advice's cells (advice/needs.h, after needs_compute),
 * with its cells' need and supply, and as isolation the sum of its known
 * forms' shares (NAN when none is known). */
void budget_take_needs(struct budget_input *, const struct needs *);

/*
 * After the areas are set: when request i names a form (in its "forms")
 * whose need is unknown in one of its areas, or an area with no need at
 * all, 1 with a warning for the rules need and proportional in err (they
 * count no need there, which is silently less than the request meant);
 * else 0.  A request naming no forms claims the known ones and is not
 * warned of.
 */
int budget_unknown_need(const struct budget_input *, size_t i, char *err,
    size_t errsize);

/* The rules' names in enum budget_rule's order, NULL-terminated (an
 * OPT_CHOICE's words): "need", "proportional", "greedy", "equal-shares". */
extern const char *const budget_rules[];
/* The words of --rule: those names, each with its Dutch alias
 * ("need|behoefte"). */
extern const char *const budget_rule_words[];
/* One of those names; -1 otherwise. */
int budget_rule_parse(const char *, enum budget_rule *);
const char *budget_rule_name(enum budget_rule);
/* The rule the last budget record names; -1 when none or not one of
 * ours. */
int budget_default_rule(const struct budget_input *, enum budget_rule *);

/* The completion of equal-shares (advice/equalshares.h; the names are
 * es_completion_names); ES_ADD1, the compute tool's integral Add1, unless
 * set. */
void budget_set_completion(struct budget_input *, int completion);

/*
 * What greedy does with the budget its capped pass leaves: nothing; fund
 * further requests in the same order, each that fits in what is left,
 * outside the caps; or fund part of the next one (Pabulib's
 * leftover_budget, "Fund additional projects that fit within leftover
 * budget ordered by score" and "Partially fund one additional project
 * with highest score", which a budget record carrying them switches on).
 */
enum budget_leftover { LEFTOVER_NONE, LEFTOVER_FUND, LEFTOVER_PARTIAL };
/* Their names with their Dutch aliases, NULL-ended (an OPT_CHOICE's
 * words): "none|niets", "fund|financier", "partial|deels". */
extern const char *const budget_leftovers[];
/* Sets it over what the budget record says. */
void budget_set_leftover(struct budget_input *, enum budget_leftover);

/* How many requests were added. */
size_t budget_nrequests(const struct budget_input *);

/*
 * Allocates amount_cents (-1: the budget record's amount) by rule and
 * writes the allocation and scenario records through out_json().
 * 0, or -1 with the reason in err: no budget given, a vote for an
 * unknown request, rule need or proportional without need data, greedy
 * or equal-shares without votes (greedy also accepts the requests'
 * "votes" counts), or exact arithmetic beyond range.
 */
int budget_run(struct budget_input *, enum budget_rule, int64_t amount_cents,
    char *err, size_t errsize);

/*
 * The allocation alone, for tests and other callers: alloc[i] (cents)
 * for request i in the order added, order[] the funded requests in
 * funding order (*norder of them); both malloc'd.  Same errors as
 * budget_run().
 */
int budget_allocate(struct budget_input *, enum budget_rule,
    int64_t amount_cents, int64_t **alloc, size_t **order, size_t *norder,
    char *err, size_t errsize);
/* Does alloc keep the budget record's budget and every category and
 * neighbourhood cap?  (The invariant greedy keeps, checked apart.) */
int budget_caps_hold(const struct budget_input *, const int64_t *alloc);
/* Request i's id, as added. */
const char *budget_request_id(const struct budget_input *, size_t i);

#endif
