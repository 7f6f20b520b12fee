/*
 * letter_text: the prose of the letter, section by section, in English and
 * Dutch (letter_text.c, letter_method.c, letter_appendix.c), over what
 * letter.c has counted and chosen.  For letter*.c only.  Everything is
 * written through out.h, in the Markdown subset of letter.h.
 */
#ifndef SAMEN_LETTER_TEXT_H
#define SAMEN_LETTER_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "advice/letter.h"

/* A count of people: the estimate and its 95% interval, the sum over
 * areas with the half-widths added in quadrature (independent areas). */
struct people {
	double est, lo, hi;
	int model;			/* any part model-based */
};

/* What the letter says about the needs and the measures, counted once. */
struct tally {
	size_t areas, summaries, suppressed, missing;
	size_t known_areas;		/* with a known need of some form */
	size_t model_areas, direct_areas;
	long respondents;
	int weighted;			/* some weight is not 1 */
	size_t inits, owned, flagged;
	long capacity;			/* of all initiatives */
	double local_places;		/* put in one neighbourhood */
	size_t known, covered, open;
	struct people form[FORM_COUNT];	/* people per form */
	double places[FORM_COUNT], gap[FORM_COUNT];
	struct people anyform;		/* people in at least one form */
	size_t anyform_areas;		/* areas that give it */
	long anyform_population;
	size_t unknown_areas;
	size_t verdicts[3];		/* support, with conditions, against */
	int64_t budget[3];
};

/* The verdicts of assessment records, in struct tally's order. */
extern const char *const letter_verdicts[3];

/* letter.c: how many of the first k cells by rank have a gap. */
size_t	letter_open_cells(const struct needs *, size_t k);
/* letter.c: the titles of the measures whose assessment gives principle p
 * the effect eff, into titles (room for max); how many there are. */
size_t	letter_measures_with(const struct letter *, const char *p,
	    const char *eff, const char **titles, size_t max);
/* letter.c: the names of the areas whose need is partly unknown, into
 * names (room for max); how many there are. */
size_t	letter_unknown_areas(const struct letter *, const char **names,
	    size_t max);
/* letter.c: the people of area a in any form (NAN when unknown). */
struct people letter_area_people(const struct needs *, size_t area);
/* letter.c: adds x to the sum *sum. */
void	letter_people_add(struct people *sum, struct people x);
/* letter_text.c: people in words (needs_people). */
char   *letter_people(enum lang, struct people, char buf[LANG_BUF]);
/* letter_text.c: a measure's title: its text, or its id. */
const char *letter_measure_title(const json_t *assessment);
/* letter_text.c: small counts in words, "four" / "vier". */
const char *letter_words(enum lang, size_t k, char buf[LANG_BUF]);

/* letter_text.c: the sections, in the letter's order. */
void	letter_header(const struct letter *, const char *council,
	    const char *place);
void	letter_reason(const struct letter *, const struct tally *,
	    const char *place);
void	letter_summary(const struct letter *, const struct tally *);
void	letter_observations(const struct letter *, const struct tally *);
void	letter_measures(const struct letter *);
void	letter_per_principle(const struct letter *);
void	letter_scenarios(const struct letter *, const struct tally *);
void	letter_recommendations(const struct letter *, const struct tally *);
/* letter_method.c */
void	letter_method(const struct letter *, const struct tally *);
void	letter_closing(const struct letter *, const char *council);
/* letter_appendix.c */
void	letter_appendix(const struct letter *);
/* letter_text.c: who signs, when neither --council nor the configuration
 * says. */
void	letter_council(const struct letter *, const char *place, char *buf,
	    size_t size);

#endif
