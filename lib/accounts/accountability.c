#include <stddef.h>
#include <string.h>

#include "accounts/accountability.h"
#include "core/err.h"
#include "core/jsonval.h"
#include "core/suggest.h"

void
acc_config_default(struct acc_config *c)
{
	c->value_min_share_met = 0.5;
	c->pride_min_share_hours = 0.5;
	c->pride_require_ownership = 0;
	c->accounts_window_months = 12;
	c->adjusts_window_months = 12;
	c->adjusts_grace_months = 1;
	c->adjusts_new_target_counts = 1;
	c->agreement_window_months = 12;
}

enum ckind { C_SHARE, C_MONTHS, C_GRACE, C_BOOL };

struct ckey {
	const char *section, *key;
	enum ckind kind;
	size_t off;
};

/* A setting: "section.key" in the file, the field section_key of
 * struct acc_config, named once. */
#define CKEY(section, key, kind) \
	{ #section, #key, kind, offsetof(struct acc_config, section##_##key) }

static const struct ckey ckeys[] = {
	CKEY(value, min_share_met, C_SHARE),
	CKEY(pride, min_share_hours, C_SHARE),
	CKEY(pride, require_ownership, C_BOOL),
	CKEY(accounts, window_months, C_MONTHS),
	CKEY(adjusts, window_months, C_MONTHS),
	CKEY(adjusts, grace_months, C_GRACE),
	CKEY(adjusts, new_target_counts, C_BOOL),
	CKEY(agreement, window_months, C_MONTHS),
};

static const char *const sections[] = { "value", "pride", "accounts",
	"adjusts", "agreement" };

static int
set_key(struct acc_config *c, const struct ckey *k, const json_t *v,
    char *err, size_t errsize)
{
	char *p = (char *)c + k->off;
	int lo = k->kind == C_GRACE ? 0 : 1;
	long months;
	double d;

	switch (k->kind) {
	case C_SHARE:
		if (!json_is_number(v) || (d = json_number_value(v)) < 0 ||
		    d > 1)
			return errorf(err, errsize, "%s.%s: not a number from 0 "
			    "to 1", k->section, k->key);
		*(double *)(void *)p = d;
		return 0;
	case C_BOOL:
		if (!json_is_boolean(v))
			return errorf(err, errsize, "%s.%s: not true or false",
			    k->section, k->key);
		*(int *)(void *)p = json_is_true(v);
		return 0;
	default:
		if (json_whole(v, lo, 120, &months) == -1)
			return errorf(err, errsize, "%s.%s: not a whole number "
			    "of months from %d to 120", k->section, k->key, lo);
		*(int *)(void *)p = (int)months;
		return 0;
	}
}

/* The setting key of section, or NULL with "did you mean" in err. */
static const struct ckey *
find_key(const char *section, const char *key, char *err, size_t errsize)
{
	const char *cand[NELEM(ckeys)];
	char why[256];
	size_t i, n = 0;

	for (i = 0; i < NELEM(ckeys); i++) {
		if (strcmp(ckeys[i].section, section) != 0)
			continue;
		if (strcmp(ckeys[i].key, key) == 0)
			return &ckeys[i];
		cand[n++] = ckeys[i].key;
	}
	suggest_unknown(why, sizeof why, "setting", key, cand, n);
	errorf(err, errsize, "%s.%s: %s", section, key, why);
	return NULL;
}

static int
load_section(struct acc_config *c, const char *section, const json_t *m,
    char *err, size_t errsize)
{
	const struct ckey *k;
	const char *key;
	const json_t *v;

	if (!json_is_object(m))
		return errorf(err, errsize, "%s: not a mapping", section);
	json_object_foreach((json_t *)m, key, v)
		if ((k = find_key(section, key, err, errsize)) == NULL ||
		    set_key(c, k, v, err, errsize) != 0)
			return -1;
	return 0;
}

int
acc_config_load(struct acc_config *c, const json_t *doc, char *err,
    size_t errsize)
{
	const char *key;
	const json_t *v;
	char why[256];
	size_t i;

	if (json_is_null(doc))
		return 0;
	if (!json_is_object(doc))
		return errorf(err, errsize, "not a mapping of questions to "
		    "settings");
	json_object_foreach((json_t *)doc, key, v) {
		for (i = 0; i < NELEM(sections); i++)
			if (strcmp(sections[i], key) == 0)
				break;
		if (i == NELEM(sections)) {
			suggest_unknown(why, sizeof why, "question", key,
			    sections, NELEM(sections));
			return errorf(err, errsize, "%s: %s", key, why);
		}
		if (load_section(c, key, v, err, errsize) != 0)
			return -1;
	}
	return 0;
}

/* The verdict of each finding, in enum acc_finding's order. */
static const char *const verdicts[ACC_NFINDINGS] = {
	[VALUE_NO_GOALS] = "unknown", [VALUE_ONE_UNJUDGED] = "unknown",
	[VALUE_NONE_JUDGED] = "unknown", [VALUE_ONE_MET] = "pass",
	[VALUE_ENOUGH_MET] = "pass", [VALUE_ONE_MISSED] = "fail",
	[VALUE_NONE_MET] = "fail", [VALUE_TOO_FEW_MET] = "fail",
	[PRIDE_NO_HOURS] = "unknown", [PRIDE_TOO_FEW_HOURS] = "fail",
	[PRIDE_NOT_OWNED] = "fail", [PRIDE_OWNER_UNKNOWN] = "unknown",
	[PRIDE_GIVEN] = "pass",
	[ACCOUNTS_APPROVED] = "pass", [ACCOUNTS_TOO_SHORT] = "unknown",
	[ACCOUNTS_NOT_APPROVED] = "fail",
	[ADJUSTS_NO_MISSES] = "unknown", [ADJUSTS_OPEN] = "fail",
	[ADJUSTS_FOLLOWED] = "pass", [ADJUSTS_ONE_WAITING] = "unknown",
	[ADJUSTS_WAITING] = "unknown",
	[AGREEMENT_AGREED] = "pass", [AGREEMENT_NOT_AGREED] = "fail",
	[AGREEMENT_NO_DECISION] = "unknown", [AGREEMENT_TOO_SHORT] = "unknown",
	[AGREEMENT_NO_MEETING] = "fail",
};

int
acc_covered(const struct acc_facts *f, int window)
{
	int n = f->end_month - f->first_month + 1;

	return n < window ? n : window;
}

struct date
acc_window_start(int end, int w)
{
	struct date last = month_last(end), start = month_last(end - w);

	if (last.d < start.d)
		start.d = last.d;
	return start;
}

int
acc_in_window(int month, int day, int end, int w)
{
	if (month != end - w)
		return month > end - w;
	return day >= acc_window_start(end, w).d;
}

static enum acc_finding
value(const struct acc_facts *f, const struct acc_config *c)
{
	if (f->goals_in_force == 0)
		return VALUE_NO_GOALS;
	if (f->goals_decided == 0)
		return f->goals_in_force == 1 ? VALUE_ONE_UNJUDGED :
		    VALUE_NONE_JUDGED;
	if ((double)f->goals_met >= c->value_min_share_met * f->goals_decided)
		return f->goals_decided == 1 ? VALUE_ONE_MET : VALUE_ENOUGH_MET;
	if (f->goals_decided == 1)
		return VALUE_ONE_MISSED;
	return f->goals_met == 0 ? VALUE_NONE_MET : VALUE_TOO_FEW_MET;
}

static enum acc_finding
pride(const struct acc_facts *f, const struct acc_config *c)
{
	if (f->hours_total == 0)
		return PRIDE_NO_HOURS;
	if ((double)f->hours_participants / (double)f->hours_total <
	    c->pride_min_share_hours)
		return PRIDE_TOO_FEW_HOURS;
	if (c->pride_require_ownership && f->owned == 0)
		return PRIDE_NOT_OWNED;
	if (c->pride_require_ownership && f->owned < 0)
		return PRIDE_OWNER_UNKNOWN;
	return PRIDE_GIVEN;
}

static enum acc_finding
accounts(const struct acc_facts *f, const struct acc_config *c)
{
	int w = c->accounts_window_months;

	if (f->has_approval)
		return ACCOUNTS_APPROVED;
	return acc_covered(f, w) < w ? ACCOUNTS_TOO_SHORT :
	    ACCOUNTS_NOT_APPROVED;
}

static enum acc_finding
adjusts(const struct acc_facts *f)
{
	if (f->misses == 0)
		return ADJUSTS_NO_MISSES;
	if (f->misses - f->misses_adjusted - f->misses_waiting > 0)
		return ADJUSTS_OPEN;
	if (f->misses_adjusted > 0)
		return ADJUSTS_FOLLOWED;
	return f->misses_waiting == 1 ? ADJUSTS_ONE_WAITING : ADJUSTS_WAITING;
}

static enum acc_finding
agreement(const struct acc_facts *f, const struct acc_config *c)
{
	int w = c->agreement_window_months;

	if (f->has_meeting)
		return f->plan_agreed == 1 ? AGREEMENT_AGREED :
		    f->plan_agreed == 0 ? AGREEMENT_NOT_AGREED :
		    AGREEMENT_NO_DECISION;
	return acc_covered(f, w) < w ? AGREEMENT_TOO_SHORT :
	    AGREEMENT_NO_MEETING;
}

static json_t *
answer(enum acc_finding k, const struct acc_facts *f,
    const struct acc_config *c, enum lang l)
{
	char reason[512];

	if (k >= ACC_NFINDINGS || verdicts[k] == NULL)
		BUG("finding %d has no verdict", (int)k);
	acc_reason(k, f, c, l, reason, sizeof reason);
	return json_pack("{s:s,s:s}", "verdict", verdicts[k], "reason",
	    reason);
}

json_t *
acc_evaluate(const struct acc_facts *f, const struct acc_config *c,
    enum lang l)
{
	json_t *o = json_object();

	json_object_set_new(o, "value", answer(value(f, c), f, c, l));
	json_object_set_new(o, "pride", answer(pride(f, c), f, c, l));
	json_object_set_new(o, "accounts", answer(accounts(f, c), f, c, l));
	json_object_set_new(o, "adjusts", answer(adjusts(f), f, c, l));
	json_object_set_new(o, "agreement", answer(agreement(f, c), f, c, l));
	return o;
}
