/*
 * principles: the advisory council's principles, against which a policy
 * note's measures are weighed.
 *
 * A principle has an id (a slug), a name and a condition in English and
 * Dutch, the approach tags that serve it and those that go against it, and
 * at most one test measured from the data (test_kind).  No tag both serves
 * and breaches the same principle.  The tag vocabulary is exactly the tags
 * the principles name: a measure with any other tag is refused, so that a
 * misspelt tag can never pass unnoticed as "not at stake".
 *
 * The built-in set (principles_default) is drawn from the essays in
 * ../shared/seeds: 001 (citizens as producers, in the lead of
 * procurement), 002 (self-organisation can widen the gap), 003 (the three
 * forms of isolation), 004 (the Sociale Adviesraad Waalwijk: trust,
 * samenredzaamheid, integral thinking) and 000 (accounting to
 * participants).  council-advise(1) documents it.
 */
#ifndef SAMEN_PRINCIPLES_H
#define SAMEN_PRINCIPLES_H

#include <stddef.h>
#include <jansson.h>

#include "base/lang.h"

enum principle_test {
	PTEST_NONE,
	PTEST_GAP,		/* does the money go where the gap is? */
	PTEST_ACCOUNTS,		/* do the initiatives it reaches account? */
	PTEST_INTEGRAL		/* does it span more than one domain? */
};

struct principle {
	char *id;
	char *name[2];		/* indexed by enum lang */
	char *condition[2];
	char *source;		/* where it comes from, or NULL */
	char **serves;
	size_t nserves;
	char **breaches;
	size_t nbreaches;
	enum principle_test test;
};

struct principles {
	struct principle *p;
	size_t n;
};

void	principles_default(struct principles *);
/*
 * From a --principles file: a list of mappings, or a mapping whose
 * "principles" key holds that list.  0, or -1 with a message naming the
 * principle and key in err (and *ps empty).
 */
int	principles_load(struct principles *, const json_t *, char *err,
	    size_t errsize);
void	principles_free(struct principles *);

/* True when a principle names tag. */
int	principles_has_tag(const struct principles *, const char *tag);
/* Why tag, which no principle names, is unknown, into err: the known tag
 * closest to it, or the list of them (suggest.h); returns -1. */
int	principles_unknown_tag(const struct principles *, const char *tag,
	    char *err, size_t errsize);

/* +1 when tag serves p, -1 when it breaches p, 0 otherwise. */
int	principle_tag_effect(const struct principle *, const char *tag);

/* What a built-in tag means, in a few words ("outreach work"); any other
 * tag is its own label. */
const char *principles_tag_label(const char *tag, enum lang);

#endif
