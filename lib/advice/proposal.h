/*
 * proposal: a policy note's measures, and their assessment against the
 * council's principles.
 *
 * A measure has an id and a text, and may give a budget (exact cents),
 * approach tags (each one the principles name: see principles.h), areas
 * (CBS codes, any level), forms of isolation, domains (canonical names,
 * Dutch accepted) and the initiatives it would fund.  Keys it does not
 * know are errors, so that a misspelt "aproach" cannot hide a tag.
 *
 * Two parts: proposal.c reads the policy note, proposal_assess.c weighs
 * each measure (its sentences in proposal_text.c).
 *
 * assessment: each principle is served (a serving tag, or its test says
 * so), breached (a breaching tag, or its test), in tension (both, or a
 * test that sets a condition) or not at stake.  The verdict:
 * advise-against when more principles are breached than served; support
 * when none is breached or in tension; else support-with-conditions, and
 * the conditions are those of each principle breached or in tension.
 * The tests, measured from the needs (needs.h):
 *   gap       the measure's cells (its areas x forms, cells of known
 *             need) hold gap_share of the total gap and cell_share of the
 *             cells; concentration = gap_share / cell_share.  At least 1
 *             serves, below 0.5 breaches.  Not measured when the measure
 *             names neither areas nor forms, or there is no gap at all.
 *   accounts  the initiatives it reaches (those it names, else those in
 *             its cells; none when it names neither initiatives nor
 *             areas): any whose latest account failed the accounts
 *             question puts the principle in tension, with a condition
 *             naming them; all named ones passing serves it.
 *   integral  two or more domains serve it.
 */
#ifndef SAMEN_PROPOSAL_H
#define SAMEN_PROPOSAL_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

#include "base/area.h"
#include "registry/initiative.h"
#include "base/lang.h"
#include "advice/needs.h"
#include "advice/principles.h"
#include "core/strmap.h"

struct measure {
	char *id, *text;
	int has_budget;
	int64_t budget;			/* cents */
	char **approach;
	size_t napproach;
	char (*areas)[AREA_CODE_MAX];
	size_t nareas;
	int form[FORM_COUNT];		/* 1: named */
	int nforms;
	char **domains;
	size_t ndomains;
	char **initiatives;
	size_t ninitiatives;
};

struct policy {
	char *title;			/* NULL when not given */
	struct measure *m;
	size_t n, cap;
	struct strmap ids;		/* measure id -> index into m */
};

/* A measure from a proposal record or a YAML mapping; 0, or -1 with the
 * reason in err. */
int	measure_parse(struct measure *, const json_t *,
	    const struct principles *, char *err, size_t errsize);
void	measure_free(struct measure *);

void	policy_init(struct policy *);
/* A --proposal document: a list of measures, or a mapping with "title"
 * and "measures".  0, or -1 with the reason (naming the measure) in err. */
int	policy_load(struct policy *, const json_t *,
	    const struct principles *, char *err, size_t errsize);
/* Takes the measure over (the caller's struct is cleared). */
void	policy_add(struct policy *, struct measure *);
/* True when a measure of the policy has that id. */
int	policy_has(const struct policy *, const char *id);
void	policy_free(struct policy *);

/* The assessment record of a measure, its sentences in lang. */
json_t *measure_assess(const struct measure *, const struct principles *,
	    const struct needs *, enum lang);

#endif
