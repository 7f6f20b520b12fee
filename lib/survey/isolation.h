/*
 * survey: the isolation instruments, one response's evaluation, and the
 * summaries of groups of responses (isolation-score).
 *   loneliness.c        the De Jong Gierveld loneliness scale (11 and 6 items)
 *   lsns.c              the Lubben Social Network Scale (LSNS-6)
 *   ladder.c            the participation ladder
 *   response.c          a response record read from its scanned line
 *   isolation_config.c  the rules and thresholds, and --config
 *   isolation.c         the forms of isolation of one response, as JSON
 *   isosummary.c        per-group summaries, --partial and --merge
 *
 * isolation: the three forms of social isolation (Van Delden,
 * "Marginalisatie", 2020) of one survey response, and the rules that decide
 * them.
 *
 * societal   the participation ladder at or below societal_max_step
 *            (default 2: isolated, or contacts outside the home only);
 * group      "contacts" one of group_contacts (default mostly-own-group);
 * individual every condition of `individual' (default: emotionally lonely
 *            and LSNS-6 at risk).
 * The primary form is the first true one of individual, group, societal,
 * when every form before it is known to be false; the response is what
 * answers it (warm-place, mild-work-setting, environment-initiative).
 * Severity: severe at the DJG "severe" level and above, persistent at
 * "moderate", none below.  Unknown inputs give unknown (-1 / null)
 * results, never a guess; a condition known false decides an "and".
 * Every rule and threshold can be set from a --config YAML file; the
 * defaults are the published values (see isolation-score(1)).
 */
#ifndef SAMEN_ISOLATION_H
#define SAMEN_ISOLATION_H

#include <stddef.h>
#include <jansson.h>

#include "base/forms.h"
#include "survey/ladder.h"
#include "survey/loneliness.h"
#include "survey/lsns.h"

enum contacts {
	CONTACTS_UNKNOWN = -1,
	CONTACTS_OWN_GROUP,
	CONTACTS_MIXED,
	CONTACTS_OTHER_GROUPS,
	CONTACTS_COUNT
};

/* The conditions that `individual' may require, as bits. */
enum {
	COND_EMOTIONALLY_LONELY = 1,
	COND_SOCIALLY_LONELY = 2,
	COND_LONELY = 4,
	COND_SEVERELY_LONELY = 8,
	COND_LSNS_AT_RISK = 16,
	COND_COUNT = 5			/* how many there are */
};

struct isolation_config {
	struct djg_rules djg[2];	/* 11 items, short form */
	int lsns_at_risk_below;
	int societal_max_step;
	unsigned group_contacts;	/* bit (1 << enum contacts) */
	unsigned individual;		/* COND_ bits */
	long min_n;
};

struct isolation_input {
	int djg_n;			/* 11, 6, or 0 when absent */
	enum djg_answer djg[11];
	int has_lsns;
	int lsns[LSNS_ITEMS];
	int ladder;			/* 1..6 as given, 0 absent */
	struct participation part;
	enum contacts contacts;
};

enum severity {
	SEVERITY_UNKNOWN = -1,
	SEVERITY_NONE,
	SEVERITY_PERSISTENT,
	SEVERITY_SEVERE
};

struct isolation_result {
	int has_djg;
	struct djg_score djg;
	int has_lsns;
	struct lsns_score lsns;
	int ladder;			/* 0 unknown */
	int form[FORM_COUNT];		/* 1, 0, -1 unknown */
	int primary;			/* an enum isolation_form, or -1 */
	enum severity severity;
};

/* The summary's indicators, in output order. */
enum {
	IND_LONELY, IND_SEVERELY_LONELY, IND_EMOTIONALLY_LONELY,
	IND_SOCIALLY_LONELY, IND_SOCIETAL, IND_GROUP, IND_INDIVIDUAL,
	IND_LSNS_AT_RISK, IND_LADDER_1, IND_COUNT = IND_LADDER_1 + 6
};
extern const char *const isolation_indicator_names[IND_COUNT];

#define ISOLATION_JSON_MAX 512

/* isolation_config.c */
void isolation_config_default(struct isolation_config *);
/* Applies a --config document (keys in isolation-score(1)); -1 with the
 * reason in err, naming the key. */
int isolation_config_apply(struct isolation_config *, const json_t *,
    char *err, size_t errsize);

/*
 * The settings that decide a response's scores: every rule and threshold
 * of the configuration but min_n (which only hides cells), as a document
 * of the --config shape, each key present.  Two runs whose settings are
 * equal (json_equal) score every response alike.
 */
json_t *isolation_config_settings(const struct isolation_config *);

/* The "contacts" words, in enum contacts' order. */
extern const char *const contacts_names[CONTACTS_COUNT];

void isolation_evaluate(const struct isolation_config *,
    const struct isolation_input *, struct isolation_result *);
/* The indicators of a result: 1, 0, or -1 unknown. */
void isolation_indicators(const struct isolation_result *, int out[IND_COUNT]);
/* The "isolation" object as compact JSON; returns its length. */
size_t isolation_json(const struct isolation_result *,
    char buf[ISOLATION_JSON_MAX]);

#endif
