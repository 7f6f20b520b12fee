/*
 * letter: the council's advice as a Markdown letter to the College of
 * burgemeester en wethouders, in Dutch or English.
 *
 * The letter has the shape Dutch advisory councils use: the reason for
 * the advice (aanleiding), a summary, general observations (what goes
 * well first), the assessment per principle, numbered recommendations
 * with the figures behind them, and a request for a reasoned written
 * reply.  Every figure in it comes from the needs, the assessment records
 * and the scenario records it is given; nothing is invented, and a need
 * that is unknown is called unknown.  The Dutch is written, not
 * translated.  Output goes through out.h.
 */
#ifndef SAMEN_LETTER_H
#define SAMEN_LETTER_H

#include <stddef.h>
#include <jansson.h>

#include "base/lang.h"
#include "advice/needs.h"
#include "advice/principles.h"

struct letter {
	enum lang lang;
	const char *council;		/* NULL: "the social advisory council" */
	const char *date;		/* YYYY-MM-DD */
	const char *title;		/* the policy note's, or NULL */
	size_t top;			/* how many priorities to recommend */
	const struct needs *needs;	/* computed */
	const struct principles *principles;
	const json_t *assessments;	/* array of assessment records */
	const json_t *scenarios;	/* array of scenario records, or NULL */
};

void	letter_write(const struct letter *);

#endif
