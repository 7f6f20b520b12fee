/*
 * accountability_text: the reasons of the five questions' verdicts, in
 * English and Dutch (the Dutch written by hand).  accountability.c decides
 * the finding; this file only says it, from the same facts.
 */
#include <stdio.h>

#include "accounts/accountability.h"

static const char *
months_word(enum lang l, int n)
{
	return n == 1 ? LANG_PICK(l, "month", "maand") :
	    LANG_PICK(l, "months", "maanden");
}

static void
value_reason(enum acc_finding k, const struct acc_facts *f,
    const struct acc_config *c, enum lang l, char *buf, size_t size)
{
	char need[LANG_BUF];

	lang_percent(l, c->value_min_share_met, need);
	switch (k) {
	case VALUE_NO_GOALS:
		snprintf(buf, size, "%s", LANG_PICK(l,
		    "no goals are in force for this period",
		    "voor deze periode zijn geen doelen gesteld"));
		break;
	case VALUE_ONE_UNJUDGED:
		snprintf(buf, size, "%s", LANG_PICK(l,
		    "the goal in force has no result to judge yet",
		    "het geldende doel heeft nog geen resultaat om te "
		    "beoordelen"));
		break;
	case VALUE_NONE_JUDGED:
		snprintf(buf, size, LANG_PICK(l,
		    "none of the %d goals in force has a result to judge yet",
		    "van de %d geldende doelen is nog geen resultaat te "
		    "beoordelen"), f->goals_in_force);
		break;
	case VALUE_ONE_MET:
		snprintf(buf, size, "%s", LANG_PICK(l,
		    "the one goal with a result was met",
		    "het enige doel met een resultaat is gehaald"));
		break;
	case VALUE_ENOUGH_MET:
		snprintf(buf, size, LANG_PICK(l,
		    "%d of the %d goals with a result were met (at least %s "
		    "needed)",
		    "%d van de %d doelen met een resultaat zijn gehaald "
		    "(minstens %s nodig)"), f->goals_met, f->goals_decided,
		    need);
		break;
	case VALUE_ONE_MISSED:
		snprintf(buf, size, "%s", LANG_PICK(l,
		    "the one goal with a result was not met",
		    "het enige doel met een resultaat is niet gehaald"));
		break;
	case VALUE_NONE_MET:
		snprintf(buf, size, LANG_PICK(l,
		    "none of the %d goals with a result was met",
		    "geen van de %d doelen met een resultaat is gehaald"),
		    f->goals_decided);
		break;
	default:
		snprintf(buf, size, LANG_PICK(l,
		    "only %d of the %d goals with a result were met; at least "
		    "%s should be",
		    "maar %d van de %d doelen met een resultaat zijn gehaald; "
		    "dat moeten er minstens %s zijn"), f->goals_met,
		    f->goals_decided, need);
		break;
	}
}

static void
pride_reason(enum acc_finding k, const struct acc_facts *f,
    const struct acc_config *c, enum lang l, char *buf, size_t size)
{
	char share[LANG_BUF], hours[LANG_BUF], need[LANG_BUF];
	const char *own = "";

	if (k == PRIDE_NO_HOURS) {
		snprintf(buf, size, "%s", LANG_PICK(l,
		    "no hours were recorded in this period",
		    "in deze periode zijn geen uren vastgelegd"));
		return;
	}
	lang_percent(l, (double)f->hours_participants /
	    (double)f->hours_total, share);
	lang_hundredths(l, f->hours_total, hours);
	lang_percent(l, c->pride_min_share_hours, need);
	if (f->owned == 1)
		own = LANG_PICK(l, "; the participants own the initiative",
		    "; het initiatief is in handen van de deelnemers");
	else if (f->owned == 0)
		own = LANG_PICK(l, "; the participants do not own it",
		    "; het initiatief is niet in handen van de deelnemers");
	if (k == PRIDE_TOO_FEW_HOURS)
		snprintf(buf, size, LANG_PICK(l,
		    "volunteers and members gave only %s of the %s hours (at "
		    "least %s expected)%s",
		    "vrijwilligers en leden gaven maar %s van de %s uur "
		    "(verwacht: minstens %s)%s"), share, hours, need, own);
	else if (k == PRIDE_NOT_OWNED)
		snprintf(buf, size, LANG_PICK(l,
		    "volunteers and members gave %s of the %s hours, but the "
		    "participants do not own the initiative",
		    "vrijwilligers en leden gaven %s van de %s uur, maar het "
		    "initiatief is niet in handen van de deelnemers"),
		    share, hours);
	else if (k == PRIDE_OWNER_UNKNOWN)
		snprintf(buf, size, LANG_PICK(l,
		    "volunteers and members gave %s of the %s hours; who owns "
		    "the initiative is not known",
		    "vrijwilligers en leden gaven %s van de %s uur; wie "
		    "eigenaar is van het initiatief, is niet bekend"),
		    share, hours);
	else
		snprintf(buf, size, LANG_PICK(l,
		    "volunteers and members gave %s of the %s hours%s",
		    "vrijwilligers en leden gaven %s van de %s uur%s"),
		    share, hours, own);
}

static void
accounts_reason(enum acc_finding k, const struct acc_facts *f,
    const struct acc_config *c, enum lang l, char *buf, size_t size)
{
	int w = c->accounts_window_months;
	char d[LANG_BUF], e[LANG_BUF], from[LANG_BUF], tail[160] = "";

	if (k == ACCOUNTS_APPROVED) {
		snprintf(buf, size, LANG_PICK(l,
		    "the accounts were approved at the meeting of %s",
		    "de jaarrekening is goedgekeurd op de bijeenkomst van %s"),
		    lang_date(l, f->approval, d));
		return;
	}
	if (k == ACCOUNTS_TOO_SHORT) {
		snprintf(buf, size, LANG_PICK(l,
		    "no meeting has approved the accounts yet, but the ledger "
		    "covers only %d of the %d %s looked back over",
		    "er is nog geen jaarrekening goedgekeurd, maar de "
		    "boekhouding beslaat pas %d van de %d %s waarover wordt "
		    "teruggekeken"), acc_covered(f, w), w, months_word(l, w));
		return;
	}
	if (f->has_earlier_approval)
		snprintf(tail, sizeof tail, LANG_PICK(l,
		    "; the last approval was on %s",
		    "; de laatste keer was op %s"),
		    lang_date(l, f->earlier_approval, e));
	snprintf(buf, size, LANG_PICK(l,
	    "no meeting approved the accounts from %s to %s (%d %s)%s",
	    "van %s tot en met %s (%d %s) heeft geen bijeenkomst de "
	    "jaarrekening goedgekeurd%s"),
	    lang_date(l, acc_window_start(f->end_month, w), from),
	    lang_date(l, month_last(f->end_month), d), w, months_word(l, w),
	    tail);
}

static void
adjusts_reason(enum acc_finding k, const struct acc_facts *f,
    const struct acc_config *c, enum lang l, char *buf, size_t size)
{
	int w = c->adjusts_window_months, g = c->adjusts_grace_months;
	char p[LANG_BUF], tail[160] = "";

	if (f->misses_waiting > 0)
		snprintf(tail, sizeof tail, LANG_PICK(l,
		    "; %d still within the time allowed",
		    "; voor %d loopt de termijn nog"), f->misses_waiting);
	if (k == ADJUSTS_NO_MISSES)
		snprintf(buf, size, LANG_PICK(l,
		    "no goal was missed in the %d %s before this period, so "
		    "there was nothing to adjust",
		    "in de %d %s voor deze periode is geen doel gemist, dus er "
		    "viel niets bij te stellen"), w, months_word(l, w));
	else if (k == ADJUSTS_OPEN)
		snprintf(buf, size, LANG_PICK(l,
		    "goal '%s' was missed in %s and not adjusted afterwards "
		    "(%d of %d shortfalls followed up)",
		    "doel '%s' is in %s niet gehaald en daarna niet bijgesteld "
		    "(%d van de %d tekorten opgevolgd)"), f->unadjusted_goal,
		    lang_period(l, f->unadjusted_kind, f->unadjusted_start, p),
		    f->misses_adjusted, f->misses);
	else if (k == ADJUSTS_FOLLOWED)
		snprintf(buf, size, LANG_PICK(l,
		    "every missed goal was followed by an adjustment (%d of "
		    "%d)%s",
		    "op elk gemist doel volgde een bijstelling (%d van de "
		    "%d)%s"), f->misses_adjusted, f->misses, tail);
	else if (k == ADJUSTS_ONE_WAITING)
		snprintf(buf, size, LANG_PICK(l,
		    "a goal was missed recently and may still be adjusted (a "
		    "shortfall gets %d %s)",
		    "een doel is kort geleden niet gehaald; een bijstelling kan "
		    "nog komen (na een tekort is er %d %s de tijd)"), g,
		    months_word(l, g));
	else
		snprintf(buf, size, LANG_PICK(l,
		    "%d goals were missed recently and may still be adjusted "
		    "(a shortfall gets %d %s)",
		    "%d doelen zijn kort geleden niet gehaald; een bijstelling "
		    "kan nog komen (na een tekort is er %d %s de tijd)"),
		    f->misses_waiting, g, months_word(l, g));
}

static void
agreement_reason(enum acc_finding k, const struct acc_facts *f,
    const struct acc_config *c, enum lang l, char *buf, size_t size)
{
	int w = c->agreement_window_months;
	char d[LANG_BUF] = "", from[LANG_BUF];

	if (k == AGREEMENT_NO_MEETING)
		lang_date(l, month_last(f->end_month), d);
	else if (k != AGREEMENT_TOO_SHORT)
		lang_date(l, f->meeting, d);
	if (k == AGREEMENT_AGREED)
		snprintf(buf, size, LANG_PICK(l,
		    "the plan was agreed at the last meeting, on %s",
		    "op de laatste bijeenkomst, op %s, is het plan "
		    "aangenomen"), d);
	else if (k == AGREEMENT_NOT_AGREED)
		snprintf(buf, size, LANG_PICK(l,
		    "the plan was not agreed at the last meeting, on %s",
		    "op de laatste bijeenkomst, op %s, is het plan niet "
		    "aangenomen"), d);
	else if (k == AGREEMENT_NO_DECISION)
		snprintf(buf, size, LANG_PICK(l,
		    "the last meeting, on %s, recorded no decision on the plan",
		    "van de laatste bijeenkomst, op %s, is geen besluit over "
		    "het plan vastgelegd"), d);
	else if (k == AGREEMENT_TOO_SHORT)
		snprintf(buf, size, LANG_PICK(l,
		    "no meeting yet, but the ledger covers only %d of the %d "
		    "%s looked back over",
		    "nog geen bijeenkomst, maar de boekhouding beslaat pas %d "
		    "van de %d %s waarover wordt teruggekeken"),
		    acc_covered(f, w), w, months_word(l, w));
	else
		snprintf(buf, size, LANG_PICK(l,
		    "no meeting was held from %s to %s (%d %s)",
		    "van %s tot en met %s (%d %s) is er geen bijeenkomst "
		    "geweest"), lang_date(l, acc_window_start(f->end_month, w),
		    from), d, w, months_word(l, w));
}

void
acc_reason(enum acc_finding k, const struct acc_facts *f,
    const struct acc_config *c, enum lang l, char *buf, size_t size)
{
	if (k <= VALUE_TOO_FEW_MET)
		value_reason(k, f, c, l, buf, size);
	else if (k <= PRIDE_GIVEN)
		pride_reason(k, f, c, l, buf, size);
	else if (k <= ACCOUNTS_NOT_APPROVED)
		accounts_reason(k, f, c, l, buf, size);
	else if (k <= ADJUSTS_WAITING)
		adjusts_reason(k, f, c, l, buf, size);
	else
		agreement_reason(k, f, c, l, buf, size);
}
