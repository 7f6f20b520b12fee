/*
 * budget_input: the inside of struct budget_input, for the three parts of
 * budget (budget.h) and nothing else:
 *   budget_records.c   requests, votes and budget records; the areas
 *   budget_rules.c     the rules greedy and equal-shares, the caps
 *                      greedy keeps, and which rule runs
 *   budget_need.c      the rules need and proportional: what each request
 *                      claims of the need in its areas and forms
 *   budget_scenario.c  the allocation and scenario records
 * Every string is owned by the input and freed by budget_free().
 */
#ifndef SAMEN_BUDGET_INPUT_H
#define SAMEN_BUDGET_INPUT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "advice/budget.h"
#include "advice/equalshares.h"
#include "base/forms.h"
#include "core/err.h"
#include "core/strmap.h"

struct request {
	char *id, *initiative, *nbh;
	int64_t amount;
	char **areas, **cats;
	size_t nareas, ncats;
	unsigned forms;		/* bit f: names form f */
	int forms_named;	/* "forms" names one or more (even
				 * unknown ones) */
	double capacity;	/* NAN: not given */
	long votes;		/* the record's own count; -1 none */
	long approvals;		/* counted from vote records */
};

struct voter {
	char **approved;
	size_t n;
};

/* An area's need and supply: per form (NAN need: unknown), and summed
 * over the forms of known need (NAN need: none known). */
struct area {
	char *code;
	double need, supply, isolation;
	double form_need[FORM_COUNT], form_supply[FORM_COUNT];
};

/* The caps of a budget record, name -> cents; held: none given. */
struct caps {
	int held;
	struct strmap ix;	/* name -> index into cents */
	int64_t *cents;
	size_t n, cap;
};

struct budget_input {
	struct request *req;
	size_t nreq, capreq;
	struct strmap req_ix;	/* request id -> index into req */
	struct voter *vot;
	size_t nvot, capvot;
	struct area *area;
	size_t narea, caparea;
	struct strmap area_ix;	/* area code -> index into area */
	int64_t budget;		/* -1: no budget record */
	char *rule;
	struct caps cat_cap, nbh_cap;
	enum budget_leftover leftover;	/* the record's, or as set */
	int leftover_set;		/* set by the caller: the record's
					 * is not taken */
	enum es_completion completion;	/* equal-shares': ES_ADD1 unless set */
	struct es_result es;		/* the last equal-shares run's (no
					 * winners: they went to order) */
};

/* n zeroed elements of size bytes (room for at least one). */
static inline void *
budget_zeroed(size_t n, size_t size)
{
	void *p = xreallocarray(NULL, n, size);

	memset(p, 0, n * size);
	return p;
}

/* The area with that code, or NULL. */
struct area *budget_area(const struct budget_input *, const char *code);
/* Request id's index, or -1. */
long	budget_request_index(const struct budget_input *, const char *id);
/* The area is in the table and its need is known. */
int	budget_known_need(const struct area *);
/* The forms r claims: bit f for form f; those it names, all when its
 * "forms" names none. */
unsigned budget_claimed_forms(const struct request *r);

/* budget_need.c: the rules that weigh need (budget.h).  alloc is zeroed;
 * the funded requests go to order, in the order funded. */
void	budget_rule_need(const struct budget_input *, int64_t B,
	    int64_t *alloc, size_t *order, size_t *norder);
void	budget_rule_proportional(const struct budget_input *, int64_t B,
	    int64_t *alloc, size_t *order, size_t *norder);

/* Adds frac of r's capacity to added[] (per area of the table), shared
 * equally among r's areas. */
void	budget_add_capacity(const struct budget_input *,
	    const struct request *r, double frac, double *added);

#endif
