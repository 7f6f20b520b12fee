/*
 * proposal_text: the sentences of an assessment, in English and Dutch,
 * for proposal_assess.c, which decides what they say.  Each appends to
 * reasons, a JSON array of strings.
 */
#ifndef SAMEN_PROPOSAL_TEXT_H
#define SAMEN_PROPOSAL_TEXT_H

#include <stddef.h>
#include <jansson.h>

#include "base/lang.h"

/* Why the gap test measured nothing. */
enum gap_unmeasured {
	GAP_NOWHERE,		/* the measure names no areas or forms */
	GAP_NEED_UNKNOWN,	/* its cells have no known need */
	GAP_NONE_ANYWHERE	/* there is no gap at all */
};

void	proposal_say_gap_unmeasured(json_t *reasons, enum lang,
	    enum gap_unmeasured);
void	proposal_say_gap(json_t *reasons, enum lang, double gap_share,
	    double cell_share, double concentration);
/* names: the initiatives that do not account; their condition into
 * cond (size bytes). */
void	proposal_say_accounts_failing(json_t *reasons, enum lang,
	    const char *names, char *cond, size_t size);
void	proposal_say_accounts_served(json_t *reasons, enum lang);
void	proposal_say_integral(json_t *reasons, enum lang, size_t ndomains,
	    const char *domains);
/* The approach's tags (their labels, joined) serve (1) or go against
 * (0) the principle. */
void	proposal_say_approach(json_t *reasons, enum lang, int serves,
	    const char *labels);

#endif
