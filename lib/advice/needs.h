/*
 * advice: the council's advice (council-advise(1)), a room of lib/.  This
 * header is its door; the map of the room:
 *   needs.c            area, isolation, initiative and account records;
 *                      the cells of need against supply, their ranks and
 *                      actions; the advice record
 *   needs_text.c       the reasons of an advice record, English and Dutch
 *   principles.c       the council's principles: built in, or from YAML
 *   proposal.c         a policy note's measures (proposal.h)
 *   proposal_assess.c  a measure weighed against each principle
 *   proposal_text.c    the sentences of an assessment
 *   budget_records.c   requests, votes and budget records (budget.h)
 *   budget_rules.c     the rules greedy and equal-shares, the caps greedy
 *                      keeps
 *   budget_need.c      the rules need and proportional, over the areas and
 *                      forms each request claims
 *   budget_scenario.c  the allocation and scenario records, their metrics
 *   equalshares.c      the Method of Equal Shares, in exact arithmetic
 *   pabulib.c          Pabulib .pb lines into budget, request and vote
 *                      records (pb-import(1))
 *   letter.c           what the advice letter says, counted and chosen
 *   letter_text.c      the letter's prose, English and Dutch
 *   letter_method.c    its sources and method; letter_appendix.c its
 *                      table per area; letter_config.c --letter-config
 *   advice_page.c      the advice as a web page: the letter, the table
 *                      (advice_page.h); advice_map.c its maps,
 *                      advice_figures.c its charts, advice_page_text.c
 *                      its sentences
 *   strv.c             owned lists of strings, as the records keep them
 *   keys.c             the keys a mapping may have, and "did you mean"
 * The prose lives in the *_text.c files, beside the logic that decides;
 * each sentence is one LANG_SAY or LANG_PICK (base/lang.h).  Every
 * record-level function reports through errorf() into the caller's
 * buffer and never prints; only the letter and the budget scenario write,
 * through out.h.
 *
 * needs: the need for each form of social isolation, per area, against
 * the supply of initiatives that answer it.
 *
 * Records are added as they come (area, isolation summary, initiative,
 * account); needs_compute() then makes one cell per area and form:
 *
 *   need     = round(share x population) residents when the area's
 *              population is known, else round(share x weight_sum), the
 *              weighted count of respondents; the 95% interval likewise.
 *              A suppressed summary, a missing summary or a share the
 *              survey could not measure gives an unknown need (NAN, basis
 *              says why), never zero.
 *   supply   = the capacity of the initiatives responding to that form,
 *              each initiative's capacity shared equally among the areas
 *              it names, rounded to 0.1.  Capacity registered for a whole
 *              district or municipality is not put in any one
 *              neighbourhood: such initiatives are named as nearby.
 *   coverage = supply / need, the unrounded supply, rounded to 0.001
 *              (NAN when need is 0 or unknown); gap = max(0, need -
 *              supply).
 *   rank     = 1.. over the cells of known need: the largest gap first,
 *              then the lower coverage, the larger need, the area code,
 *              the form (societal, group, individual).  0 when unknown.
 *              Two neighbouring ranks are uncertain when their gaps'
 *              intervals (need_low - supply .. need_high - supply)
 *              overlap by more than half the narrower one.
 *   method   = the summary's: direct (isolation-score) or fay-herriot
 *              (isolation-estimate); a model-based summary is taken as
 *              a direct one is.
 *
 * The action follows: measure (need unknown), maintain (no gap), support
 * (initiatives here), connect (none here, some in the same district),
 * start (none anywhere near).  An initiative whose latest account failed
 * the accounts question (account-report(1)) still counts, but is flagged.
 * Memory grows with areas and initiatives, never with other records.
 */
#ifndef SAMEN_NEEDS_H
#define SAMEN_NEEDS_H

#include <stddef.h>
#include <jansson.h>

#include "base/area.h"
#include "core/strmap.h"
#include "registry/initiative.h"
#include "base/lang.h"

enum needs_basis {
	BASIS_POPULATION,
	BASIS_WEIGHTED,
	BASIS_SUPPRESSED,	/* the summary hides its shares */
	BASIS_NO_SUMMARY,	/* no summary for this area */
	BASIS_NOT_MEASURED	/* the summary's share for this form is null */
};

/* How the summary's shares were estimated: "method" of the isolation
 * record; isolation-score's summaries, without one, are direct. */
enum needs_method {
	METHOD_DIRECT,
	METHOD_FAY_HERRIOT
};

enum needs_action {
	ACT_START,
	ACT_SUPPORT,
	ACT_CONNECT,
	ACT_MAINTAIN,
	ACT_MEASURE
};

/* The shares an area keeps: the three forms, then the residents in at
 * least one form (isolation-score's any_form), by which the letter counts
 * people; the forms overlap, so their sum does not. */
enum { NEEDS_ANY_FORM = FORM_COUNT, NEEDS_SHARES };

struct needs_area {
	char code[AREA_CODE_MAX];
	char *name;			/* NULL when no area record named it */
	int recorded;			/* an area record named it */
	enum needs_method method;	/* of its summary */
	long population;		/* -1 unknown */
	int summary;			/* an isolation summary was read */
	int suppressed;
	long n;
	double weight_sum;
	int known[NEEDS_SHARES];
	double share[NEEDS_SHARES], low[NEEDS_SHARES], high[NEEDS_SHARES];
};

struct needs_initiative {
	char *id, *name;
	size_t kind;			/* index into initiative_kinds */
	enum isolation_form form;
	char (*areas)[AREA_CODE_MAX];
	size_t nareas;
	long capacity;
	int owned;
	int accounts;			/* 1 pass, 0 fail, -1 no account */
};

struct needs_account {
	char *initiative;
	char *end;			/* the period's end, to find the latest */
	int verdict;			/* 1 pass, 0 fail, -1 unknown */
};

struct needs_cell {
	size_t area;			/* index into areas */
	enum isolation_form form;
	enum needs_basis basis;
	double need, need_low, need_high;	/* NAN when unknown */
	double supply_exact;		/* unrounded, for coverage */
	double supply, coverage, gap;
	long rank;
	int uncertain_above, uncertain_below;	/* wide overlap with rank +-1 */
	enum needs_action action;
	size_t *local, nlocal, local_cap;	/* indices into inits */
	size_t *nearby, nnearby, nearby_cap;
	size_t nflagged;
};

struct needs {
	struct needs_area *areas;
	size_t nareas, areas_cap;
	struct strmap area_ix;
	struct needs_initiative *inits;
	size_t ninits, inits_cap;
	struct strmap init_ix;
	struct needs_account *accts;
	size_t naccts, accts_cap;
	struct strmap acct_ix;
	enum area_level level;		/* of the summaries; 0 before one */
	struct needs_cell *cells;	/* after needs_compute: FORM_COUNT
					 * an area, in form order */
	size_t ncells;
	size_t nranked;
	size_t *by_rank;		/* cell indices, rank 1 first */
	size_t nbasis[2];		/* cells on population, weighted count */
};

void	needs_init(struct needs *);
void	needs_free(struct needs *);

/* Each adds one record; 0, or -1 with the reason in err (and the record
 * left out). */
int	needs_add_area(struct needs *, const json_t *, char *err, size_t);
int	needs_add_isolation(struct needs *, const json_t *, char *err, size_t);
int	needs_add_initiative(struct needs *, const json_t *, char *err, size_t);
int	needs_add_account(struct needs *, const json_t *, char *err, size_t);

/* Builds the cells: areas with a summary, and the areas at the summaries'
 * level (neighbourhoods when there is none) that area records name. */
void	needs_compute(struct needs *);

/*
 * After needs_compute: when area records were read but none knows the
 * area of a survey summary (a mistyped code, say), 1 with the warning in
 * err, naming the closest known code; else 0.
 */
int	needs_unknown_area(const struct needs *, size_t area, char *err,
	    size_t);

/* The advice record of a cell, its reasons in lang. */
json_t *needs_advice(const struct needs *, size_t cell, enum lang);
/* The reasons alone, as a list of sentences. */
json_t *needs_reasons(const struct needs *, size_t cell, enum lang);

/* "Oude Kern" or the code when the area has no name. */
const char *needs_area_name(const struct needs *, size_t area);
/* The name of the municipality (from its area record), or NULL. */
const char *needs_municipality(const struct needs *);
/* True when area lies within (or is) target, any level. */
int	needs_area_within(const char *area, const char *target);
/*
 * needs_text.c: a count of people as the data carry it: whole people,
 * rounded to needs_people_step(lo, hi), the power of ten below a quarter
 * of the interval's width ("about 1,700"); a model-based estimate (model
 * true) as the range of its interval ("1,100 to 2,300").
 */
double	needs_people_step(double lo, double hi);
char   *needs_people(enum lang, int model, double est, double lo, double hi,
	    char buf[LANG_BUF]);
/* The need of a cell, or with gap its gap (the need less the supply), as
 * needs_people says it. */
char   *needs_cell_people(const struct needs *, const struct needs_cell *,
	    int gap, enum lang, char buf[LANG_BUF]);
/* How much the advice asks the initiatives of a cell to grow: this part
 * of what they offer there; new initiatives are advised for the rest. */
#define NEEDS_GROWTH 0.5

/* "societal isolation" / "maatschappelijk isolement". */
const char *needs_form_words(enum isolation_form, enum lang);

#endif
