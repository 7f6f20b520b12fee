/*
 * equalshares: the Method of Equal Shares for approval ballots with cost
 * utilities, and its completions (Peters, Pierczynski & Skowron,
 * "Proportional participatory budgeting with additive utilities",
 * NeurIPS 2021; equalshares.net and its compute tool; pabutools).
 *
 * One run at endowment e: every voter holds e.  In each round, for every
 * project its supporters can still pay for, rho is the most one supporter
 * pays when the cost is split as equally as possible (those who cannot
 * pay their part pay all they have); the project with the smallest
 * rho / cost (the highest effective vote count cost / rho) is funded and
 * its supporters pay.  Ties go to the lower cost, then more approvals,
 * then the lower id (equal_shares_id_cmp).  A run ends when no project is
 * affordable: every round removes a project, so at most nprojects rounds.
 *
 * The completions (enum es_completion) raise e by one unit (unit_cents,
 * one currency unit by default) per voter at a time and keep the last
 * outcome that fits in the budget B:
 *
 *   ES_ADD1        equalshares.net's Add1, the compute tool's with both
 *                  boxes ticked (Assen's): e starts at floor(B/n) whole
 *                  units ("integral"); stops at an exhaustive outcome
 *                  (no project left out fits in what is left of B).
 *   ES_ADD1U       ES_ADD1, then the projects left out in order of more
 *                  approvals (then the lower id) while they fit (the
 *                  compute tool's Add1u, its default).
 *   ES_ADD1_NOSTOP ES_ADD1 without the exhaustive stop: raises until the
 *                  next outcome would cost more than B (Wieliczka 2023).
 *   ES_ADD1_EXACT  pabutools' method_of_equal_shares with
 *                  voter_budget_increment: e = B/n + k exactly; its
 *                  exhaustive stop looks only at approved projects.
 *   ES_NONE        one run at B/n.
 *
 * As the compute tool does, the equalshares.net variants make one run at
 * B/n when all projects together fit in B.  Every completion stops once
 * every approved project is funded: no raise can fund more, so the
 * outcome is final.  This is what makes the loop end: at e >= the sum of
 * the approved costs every supporter alone can still pay any approved
 * project in every round (a payment is at most the cost), so every one is
 * funded; there are at most that sum / unit_cents + 1 runs.
 *
 * Exactness: the outcome is the one exact rational arithmetic gives.
 * Budgets are kept in floating point with a proven bound on their error;
 * every decision (affordable or not, who pays all, which project wins)
 * that the bound cannot settle is taken again in GMP rationals, replaying
 * the round's history exactly.  No fixed width anywhere: any size is
 * exact, only time and memory grow.
 *
 * Voters with the same ballot always hold the same budget, so they are
 * kept as one group with a count.  Memory: O(voters + approvals).
 */
#ifndef SAMEN_EQUALSHARES_H
#define SAMEN_EQUALSHARES_H

#include <stddef.h>
#include <stdint.h>

struct es_problem {
	size_t nprojects;
	const int64_t *cost;		/* cents, > 0 */
	const char *const *id;		/* for the last tie-break */
	size_t nvoters;
	/* voter v approves ballot[start[v] .. start[v + 1] - 1], project
	 * indices without repeats; an empty ballot still counts in n */
	const size_t *start;
	const size_t *ballot;
};

enum es_completion {
	ES_ADD1, ES_ADD1U, ES_ADD1_NOSTOP, ES_ADD1_EXACT, ES_NONE
};

struct es_options {
	enum es_completion completion;
	int64_t unit_cents;		/* the raise per voter; 0: 100 */
};

/*
 * What a completion chose.  winners: room for nprojects, the funded
 * projects in the order chosen; the first nmethod by the method, the rest
 * by Add1u's approval order.  The final endowment of each voter is
 * endowment_num / endowment_den cents exactly (reduced), steps the raises
 * kept above the start, runs the runs of the method made.
 */
struct es_result {
	size_t *winners;
	size_t nwinners, nmethod;
	long steps;
	int64_t endowment_num, endowment_den;
	long runs;
};

/* The completions' names for an option table, in enum order, NULL-ended:
 * "add1", "add1u", "add1-nostop", "add1-exact", "none". */
extern const char *const es_completion_names[];

/*
 * Runs the method with the completion of opt (NULL: ES_ADD1) for a budget
 * of budget_cents.  Fills res (res->winners supplied by the caller).
 * 0, or -1 with a static *why (no voters; a ballot naming a project twice
 * or an unknown one).
 */
int equal_shares_run(const struct es_problem *, int64_t budget_cents,
    const struct es_options *opt, struct es_result *res, const char **why);

/*
 * The interface of old: ES_ADD1 (add1 != 0) or ES_NONE; *add1_steps the
 * units added per voter above floor(B/n).
 */
int equal_shares(const struct es_problem *, int64_t budget_cents, int add1,
    size_t *winners, size_t *nwinners, long *add1_steps, const char **why);

/* The endowment of res in currency units: "2033.00" when it is whole
 * cents, else the exact fraction of units, "1250/21". */
void equal_shares_endowment(const struct es_result *, char *buf, size_t size);

/* The id order of the last tie-break: as numbers when both ids are all
 * digits, else byte by byte. */
int equal_shares_id_cmp(const char *, const char *);

#endif
