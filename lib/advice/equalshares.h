/*
 * equalshares: the Method of Equal Shares for approval ballots with cost
 * utilities, and its Add1 completion (Peters, Pierczynski & Skowron,
 * "Proportional participatory budgeting with additive utilities",
 * NeurIPS 2021; the reference code at equalshares.net/implementation).
 *
 * Every voter holds B/n.  In each round, for every project still
 * affordable by its supporters, rho is the largest payment one supporter
 * makes when the cost is split as equally as possible (those who cannot
 * pay their part pay all they have); the project with the smallest
 * rho / cost (the highest effective vote count cost / rho) wins; ties go
 * to the lower cost, then more approvals, then the lower id (numerically
 * when both ids are digits).  Add1: start again from the integral
 * per-voter budget floor(B/n) in whole euros and raise it by one euro
 * per voter while the outcome still fits in B and is not exhaustive.
 *
 * Invariants: exact arithmetic only.  Costs and budgets are int64 cents;
 * voters' remaining budgets are exact rationals over one common
 * denominator, in bigints (lib/bigint.h); should a value outgrow them the
 * run fails (-1) rather than round.  Voters with the same ballot always hold the same budget,
 * so they are kept as one group with a count.
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
	 * indices without repeats */
	const size_t *start;
	const size_t *ballot;
};

/*
 * Fixed budget (add1 = 0) or with Add1 completion (add1 = 1).  winners
 * gets the selected projects in the order chosen (room for nprojects);
 * *add1_steps the euros added per voter.  0, or -1 with *why.
 */
int equal_shares(const struct es_problem *, int64_t budget_cents, int add1,
    size_t *winners, size_t *nwinners, long *add1_steps, const char **why);

/* The id order of the last tie-break: as numbers when both ids are all
 * digits, else byte by byte. */
int equal_shares_id_cmp(const char *, const char *);

#endif
