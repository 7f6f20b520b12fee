/*
 * letter: the council's advice as a Markdown letter to the College of
 * burgemeester en wethouders, in Dutch or English.
 *
 * The letter has the shape Dutch advisory councils use: a title block,
 * the reference, the College's request, the reason for the advice
 * (aanleiding), a summary, general observations (what goes well first),
 * the assessment per principle, the budget scenarios, numbered
 * recommendations in the council's voice ("Wij adviseren u ..."), the
 * sources and the method, a request for a reasoned written reply, the
 * names and roles of those who sign, and an appendix with a table per
 * neighbourhood.  Every figure in it comes from the needs, the assessment
 * records and the scenario records it is given; nothing is invented, and a
 * need that is unknown is called unknown.  People are counted in whole
 * people, rounded to what the interval carries, a model-based estimate as
 * a range; forms of isolation and people are spoken of apart, people by
 * the share in any form.  The Dutch is written, not translated.  Output
 * goes through out.h.
 *
 * THE MARKDOWN SUBSET.  council-advise --format html renders this letter
 * with a small converter that knows only this subset, and pandoc turns it
 * into Word and HTML; so the letter writes nothing else:
 *   - a pandoc title block: "% title", "% author", "% date", first;
 *   - ATX headings "# ", "## ", "### ";
 *   - paragraphs (one line each, a blank line between);
 *   - "- " bullet lists and "1. " numbered lists, one line per item;
 *   - pipe tables with a header separator line ("|---|---|");
 *   - **bold** and *italic* inside text.
 * No HTML, no links, no footnotes, no nested lists, no hard line breaks.
 */
#ifndef SAMEN_LETTER_H
#define SAMEN_LETTER_H

#include <stddef.h>
#include <jansson.h>

#include "base/lang.h"
#include "advice/needs.h"
#include "advice/principles.h"

/* Who signs, and in what role. */
struct letter_signatory {
	char *name, *role;		/* role may be NULL */
};

/*
 * --letter-config FILE: what the records cannot know.  Every field may be
 * NULL (or 0): the letter then says less, never something made up.
 */
struct letter_config {
	char *council;			/* who advises; else "Sociale Adviesraad PLACE" */
	char *reference;		/* our reference number */
	char *request_date;		/* YYYY-MM-DD of the College's request */
	char *request_subject;		/* else the policy note's title */
	char *request_reference;	/* the College's reference */
	char *survey;			/* the survey's name, "GGD-monitor 2026" */
	long min_n;			/* its minimum group; 0 unknown */
	char *tagged_by;		/* who tagged the measures; else "we" */
	struct letter_signatory *signatories;
	size_t nsignatories;
	json_t *warnings;		/* strings: unknown keys, did you mean */
};

void	letter_config_init(struct letter_config *);
void	letter_config_free(struct letter_config *);
/*
 * Reads a --letter-config document (a mapping; keys in council-advise(1))
 * into c: -1 with the reason in err for a value of the wrong kind; an
 * unknown key is not an error but a warning in c->warnings, with the
 * closest known key.
 */
int	letter_config_apply(struct letter_config *c, const json_t *doc,
	    char *err, size_t errsize);

struct letter {
	enum lang lang;
	const struct letter_config *config;
	const char *council;		/* --council, or NULL */
	const char *date;		/* YYYY-MM-DD */
	const char *title;		/* the policy note's, or NULL */
	size_t top;			/* how many priorities to recommend */
	const struct needs *needs;	/* computed */
	const struct principles *principles;
	const json_t *assessments;	/* array of assessment records */
	const json_t *scenarios;	/* array of scenario records, or NULL */
};

void	letter_write(const struct letter *);

/* How the letter names a budget rule (need, proportional, greedy,
 * equal-shares): briefly, for a chart's label or a table's head, or with
 * what it does; an unknown rule by its own name.  The advice page names
 * them so too. */
const char *letter_rule_words(const char *rule, enum lang, int brief);

#endif
