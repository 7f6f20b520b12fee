#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "accounts/accountability.h"
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

static const struct ckey ckeys[] = {
	{ "value", "min_share_met", C_SHARE,
	    offsetof(struct acc_config, value_min_share_met) },
	{ "pride", "min_share_hours", C_SHARE,
	    offsetof(struct acc_config, pride_min_share_hours) },
	{ "pride", "require_ownership", C_BOOL,
	    offsetof(struct acc_config, pride_require_ownership) },
	{ "accounts", "window_months", C_MONTHS,
	    offsetof(struct acc_config, accounts_window_months) },
	{ "adjusts", "window_months", C_MONTHS,
	    offsetof(struct acc_config, adjusts_window_months) },
	{ "adjusts", "grace_months", C_GRACE,
	    offsetof(struct acc_config, adjusts_grace_months) },
	{ "adjusts", "new_target_counts", C_BOOL,
	    offsetof(struct acc_config, adjusts_new_target_counts) },
	{ "agreement", "window_months", C_MONTHS,
	    offsetof(struct acc_config, agreement_window_months) },
};
#define NCKEYS (sizeof ckeys / sizeof ckeys[0])

static const char *const sections[] = { "value", "pride", "accounts",
	"adjusts", "agreement" };

static int
set_key(struct acc_config *c, const struct ckey *k, const json_t *v,
    char *err, size_t errsize)
{
	char *p = (char *)c + k->off;
	double d;

	switch (k->kind) {
	case C_SHARE:
		if (!json_is_number(v) || (d = json_number_value(v)) < 0 ||
		    d > 1) {
			snprintf(err, errsize, "%s.%s: not a number from 0 to 1",
			    k->section, k->key);
			return -1;
		}
		*(double *)(void *)p = d;
		return 0;
	case C_BOOL:
		if (!json_is_boolean(v)) {
			snprintf(err, errsize, "%s.%s: not true or false",
			    k->section, k->key);
			return -1;
		}
		*(int *)(void *)p = json_is_true(v);
		return 0;
	default:
		if (!json_is_integer(v) || json_integer_value(v) < (k->kind ==
		    C_GRACE ? 0 : 1) || json_integer_value(v) > 120) {
			snprintf(err, errsize, "%s.%s: not a whole number of "
			    "months from %d to 120", k->section, k->key,
			    k->kind == C_GRACE ? 0 : 1);
			return -1;
		}
		*(int *)(void *)p = (int)json_integer_value(v);
		return 0;
	}
}

static int
load_section(struct acc_config *c, const char *section, const json_t *m,
    char *err, size_t errsize)
{
	const char *key, *cand[NCKEYS], *near;
	const json_t *v;
	size_t i, n = 0;

	if (!json_is_object(m)) {
		snprintf(err, errsize, "%s: not a mapping", section);
		return -1;
	}
	for (i = 0; i < NCKEYS; i++)
		if (strcmp(ckeys[i].section, section) == 0)
			cand[n++] = ckeys[i].key;
	json_object_foreach((json_t *)m, key, v) {
		for (i = 0; i < NCKEYS; i++)
			if (strcmp(ckeys[i].section, section) == 0 &&
			    strcmp(ckeys[i].key, key) == 0)
				break;
		if (i == NCKEYS) {
			near = suggest(key, cand, n);
			snprintf(err, errsize, "%s.%s: unknown setting%s%s%s",
			    section, key, near ? " (did you mean '" : "",
			    near ? near : "", near ? "'?)" : "");
			return -1;
		}
		if (set_key(c, &ckeys[i], v, err, errsize) != 0)
			return -1;
	}
	return 0;
}

int
acc_config_load(struct acc_config *c, const json_t *doc, char *err,
    size_t errsize)
{
	const char *key, *near;
	const json_t *v;
	size_t i;

	if (json_is_null(doc))
		return 0;
	if (!json_is_object(doc)) {
		snprintf(err, errsize, "not a mapping of questions to settings");
		return -1;
	}
	json_object_foreach((json_t *)doc, key, v) {
		for (i = 0; i < sizeof sections / sizeof sections[0]; i++)
			if (strcmp(sections[i], key) == 0)
				break;
		if (i == sizeof sections / sizeof sections[0]) {
			near = suggest(key, sections, i);
			snprintf(err, errsize, "%s: unknown question%s%s%s", key,
			    near ? " (did you mean '" : "", near ? near : "",
			    near ? "'?)" : "");
			return -1;
		}
		if (load_section(c, key, v, err, errsize) != 0)
			return -1;
	}
	return 0;
}

/* The answers: a verdict and a reason in the report's language. */

static json_t *
answer(const char *verdict, enum lang l, const char *en, const char *nl,
    ...)
{
	char reason[512];
	va_list ap;

	va_start(ap, nl);
	vsnprintf(reason, sizeof reason, l == LANG_NL ? nl : en, ap);
	va_end(ap);
	return json_pack("{s:s,s:s}", "verdict", verdict, "reason", reason);
}

static const char *
months_word(enum lang l, int n)
{
	if (l == LANG_NL)
		return n == 1 ? "maand" : "maanden";
	return n == 1 ? "month" : "months";
}

static json_t *
value(const struct acc_facts *f, const struct acc_config *c, enum lang l)
{
	char need[LANG_BUF];

	if (f->goals_in_force == 0)
		return answer("unknown", l,
		    "no goals are in force for this period",
		    "voor deze periode zijn geen doelen gesteld");
	if (f->goals_decided == 0 && f->goals_in_force == 1)
		return answer("unknown", l,
		    "the goal in force has no result to judge yet",
		    "het geldende doel heeft nog geen resultaat om te "
		    "beoordelen");
	if (f->goals_decided == 0)
		return answer("unknown", l,
		    "none of the %d goals in force has a result to judge yet",
		    "van de %d geldende doelen is nog geen resultaat te "
		    "beoordelen", f->goals_in_force);
	lang_percent(l, c->value_min_share_met, need);
	if ((double)f->goals_met >= c->value_min_share_met *
	    f->goals_decided) {
		if (f->goals_decided == 1)
			return answer("pass", l,
			    "the one goal with a result was met",
			    "het enige doel met een resultaat is gehaald");
		return answer("pass", l,
		    "%d of the %d goals with a result were met (at least %s "
		    "needed)",
		    "%d van de %d doelen met een resultaat zijn gehaald "
		    "(minstens %s nodig)", f->goals_met, f->goals_decided, need);
	}
	if (f->goals_decided == 1)
		return answer("fail", l,
		    "the one goal with a result was not met",
		    "het enige doel met een resultaat is niet gehaald");
	if (f->goals_met == 0)
		return answer("fail", l,
		    "none of the %d goals with a result was met",
		    "geen van de %d doelen met een resultaat is gehaald",
		    f->goals_decided);
	return answer("fail", l,
	    "only %d of the %d goals with a result were met; at least %s "
	    "should be",
	    "maar %d van de %d doelen met een resultaat zijn gehaald; dat "
	    "moeten er minstens %s zijn", f->goals_met, f->goals_decided, need);
}

static json_t *
pride(const struct acc_facts *f, const struct acc_config *c, enum lang l)
{
	char share[LANG_BUF], hours[LANG_BUF], need[LANG_BUF];
	const char *own;
	double s;

	if (f->hours_total == 0)
		return answer("unknown", l,
		    "no hours were recorded in this period",
		    "in deze periode zijn geen uren vastgelegd");
	s = (double)f->hours_participants / (double)f->hours_total;
	lang_percent(l, s, share);
	lang_hundredths(l, f->hours_total, hours);
	lang_percent(l, c->pride_min_share_hours, need);
	if (f->owned == 1)
		own = l == LANG_NL ? "; het initiatief is in handen van de "
		    "deelnemers" : "; the participants own the initiative";
	else if (f->owned == 0)
		own = l == LANG_NL ? "; het initiatief is niet in handen van "
		    "de deelnemers" : "; the participants do not own it";
	else
		own = "";
	if (s < c->pride_min_share_hours)
		return answer("fail", l,
		    "volunteers and members gave only %s of the %s hours (at "
		    "least %s expected)%s",
		    "vrijwilligers en leden gaven maar %s van de %s uur "
		    "(verwacht: minstens %s)%s", share, hours, need, own);
	if (c->pride_require_ownership && f->owned == 0)
		return answer("fail", l,
		    "volunteers and members gave %s of the %s hours, but the "
		    "participants do not own the initiative",
		    "vrijwilligers en leden gaven %s van de %s uur, maar het "
		    "initiatief is niet in handen van de deelnemers",
		    share, hours);
	if (c->pride_require_ownership && f->owned < 0)
		return answer("unknown", l,
		    "volunteers and members gave %s of the %s hours; who owns "
		    "the initiative is not known",
		    "vrijwilligers en leden gaven %s van de %s uur; wie "
		    "eigenaar is van het initiatief, is niet bekend",
		    share, hours);
	return answer("pass", l,
	    "volunteers and members gave %s of the %s hours%s",
	    "vrijwilligers en leden gaven %s van de %s uur%s",
	    share, hours, own);
}

/* How many of the window's months the ledger covers. */
static int
covered(const struct acc_facts *f, int window)
{
	int n = f->end_month - f->first_month + 1;

	return n < window ? n : window;
}

static json_t *
accounts(const struct acc_facts *f, const struct acc_config *c, enum lang l)
{
	int w = c->accounts_window_months, n = covered(f, w);
	char d[LANG_BUF], e[LANG_BUF], tail[160] = "";

	if (f->has_approval)
		return answer("pass", l,
		    "the accounts were approved at the meeting of %s",
		    "de jaarrekening is goedgekeurd op de bijeenkomst van %s",
		    lang_date(l, f->approval, d));
	if (n < w)
		return answer("unknown", l,
		    "no meeting has approved the accounts yet, but the ledger "
		    "covers only %d of the %d %s looked back over",
		    "er is nog geen jaarrekening goedgekeurd, maar de boekhouding "
		    "beslaat pas %d van de %d %s waarover wordt teruggekeken",
		    n, w, months_word(l, w));
	if (f->has_earlier_approval)
		snprintf(tail, sizeof tail, l == LANG_NL ?
		    "; de laatste keer was op %s" :
		    "; the last approval was on %s",
		    lang_date(l, f->earlier_approval, e));
	return answer("fail", l,
	    "no meeting approved the accounts in the %d %s up to %s%s",
	    "in de %d %s tot en met %s heeft geen bijeenkomst de "
	    "jaarrekening goedgekeurd%s", w, months_word(l, w),
	    lang_date(l, month_last(f->end_month), d), tail);
}

static json_t *
adjusts(const struct acc_facts *f, const struct acc_config *c, enum lang l)
{
	int w = c->adjusts_window_months, g = c->adjusts_grace_months;
	int open = f->misses - f->misses_adjusted - f->misses_waiting;
	char p[LANG_BUF], tail[160] = "";

	if (f->misses == 0)
		return answer("unknown", l,
		    "no goal was missed in the %d %s before this period, so "
		    "there was nothing to adjust",
		    "in de %d %s voor deze periode is geen doel gemist, dus er "
		    "viel niets bij te stellen", w, months_word(l, w));
	if (open > 0)
		return answer("fail", l,
		    "goal '%s' was missed in %s and not adjusted afterwards "
		    "(%d of %d shortfalls followed up)",
		    "doel '%s' is in %s niet gehaald en daarna niet bijgesteld "
		    "(%d van de %d tekorten opgevolgd)", f->unadjusted_goal,
		    lang_period(l, f->unadjusted_kind, f->unadjusted_start, p),
		    f->misses_adjusted, f->misses);
	if (f->misses_waiting > 0)
		snprintf(tail, sizeof tail, l == LANG_NL ?
		    "; voor %d loopt de termijn nog" :
		    "; %d still within the time allowed", f->misses_waiting);
	if (f->misses_adjusted > 0)
		return answer("pass", l,
		    "every missed goal was followed by an adjustment (%d of "
		    "%d)%s",
		    "op elk gemist doel volgde een bijstelling (%d van de "
		    "%d)%s", f->misses_adjusted, f->misses, tail);
	if (f->misses_waiting == 1)
		return answer("unknown", l,
		    "a goal was missed recently and may still be adjusted (a "
		    "shortfall gets %d %s)",
		    "een doel is kort geleden niet gehaald; een bijstelling kan "
		    "nog komen (na een tekort is er %d %s de tijd)", g,
		    months_word(l, g));
	return answer("unknown", l,
	    "%d goals were missed recently and may still be adjusted (a "
	    "shortfall gets %d %s)",
	    "%d doelen zijn kort geleden niet gehaald; een bijstelling kan "
	    "nog komen (na een tekort is er %d %s de tijd)", f->misses_waiting, g,
	    months_word(l, g));
}

static json_t *
agreement(const struct acc_facts *f, const struct acc_config *c,
    enum lang l)
{
	int w = c->agreement_window_months, n = covered(f, w);
	char d[LANG_BUF];

	if (f->has_meeting) {
		lang_date(l, f->meeting, d);
		if (f->plan_agreed == 1)
			return answer("pass", l,
			    "the plan was agreed at the last meeting, on %s",
			    "op de laatste bijeenkomst, op %s, is het plan "
			    "aangenomen", d);
		if (f->plan_agreed == 0)
			return answer("fail", l,
			    "the plan was not agreed at the last meeting, on %s",
			    "op de laatste bijeenkomst, op %s, is het plan niet "
			    "aangenomen", d);
		return answer("unknown", l,
		    "the last meeting, on %s, recorded no decision on the plan",
		    "van de laatste bijeenkomst, op %s, is geen besluit over "
		    "het plan vastgelegd", d);
	}
	if (n < w)
		return answer("unknown", l,
		    "no meeting yet, but the ledger covers only %d of the %d "
		    "%s looked back over",
		    "nog geen bijeenkomst, maar de boekhouding beslaat pas %d "
		    "van de %d %s waarover wordt teruggekeken", n, w,
		    months_word(l, w));
	return answer("fail", l,
	    "no meeting was held in the %d %s up to %s",
	    "in de %d %s tot en met %s is er geen bijeenkomst geweest", w,
	    months_word(l, w), lang_date(l, month_last(f->end_month), d));
}

json_t *
acc_evaluate(const struct acc_facts *f, const struct acc_config *c,
    enum lang l)
{
	json_t *o = json_object();

	json_object_set_new(o, "value", value(f, c, l));
	json_object_set_new(o, "pride", pride(f, c, l));
	json_object_set_new(o, "accounts", accounts(f, c, l));
	json_object_set_new(o, "adjusts", adjusts(f, c, l));
	json_object_set_new(o, "agreement", agreement(f, c, l));
	return o;
}
