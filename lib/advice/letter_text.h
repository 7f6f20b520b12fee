/*
 * letter_text: the prose of the letter, section by section, in English and
 * Dutch (letter_text.c), over what letter.c has counted and chosen.  For
 * letter.c only.  Everything is written through out.h.
 */
#ifndef SAMEN_LETTER_TEXT_H
#define SAMEN_LETTER_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "advice/letter.h"

/* What the letter says about the needs and the measures, counted once. */
struct tally {
	size_t areas, summaries, suppressed, missing;
	size_t inits, owned, flagged;
	long capacity;
	size_t known, covered, open;
	double need, gap;
	size_t unknown_areas;
	size_t verdicts[3];		/* support, with conditions, against */
	int64_t budget[3];
};

/* The verdicts of assessment records, in struct tally's order. */
extern const char *const letter_verdicts[3];

/* letter.c: how many of the first k cells by rank have a gap. */
size_t	letter_open_cells(const struct needs *, size_t k);
/* letter.c: the ids of the measures whose assessment gives principle p
 * the effect eff, into ids (room for max); how many there are. */
size_t	letter_measures_with(const struct letter *, const char *p,
	    const char *eff, const char **ids, size_t max);
/* letter.c: the names of the areas whose need is partly unknown, into
 * names (room for max); how many there are. */
size_t	letter_unknown_areas(const struct letter *, const char **names,
	    size_t max);

/* letter_text.c: the sections, in the letter's order. */
void	letter_header(const struct letter *, const char *council,
	    const char *place);
void	letter_reason(const struct letter *, const struct tally *,
	    const char *place);
void	letter_summary(const struct letter *, const struct tally *);
void	letter_observations(const struct letter *, const struct tally *);
void	letter_per_principle(const struct letter *);
void	letter_scenarios(const struct letter *);
void	letter_recommendations(const struct letter *, const struct tally *);
void	letter_closing(const struct letter *, const char *council);
/* letter_text.c: who signs, when --council does not say. */
void	letter_council(const struct letter *, const char *place, char *buf,
	    size_t size);

#endif
