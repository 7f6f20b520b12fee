/*
 * needs_text: the reasons of an advice record, in English and Dutch (see
 * needs.h).  needs.c decides; this file says why, in sentences a council
 * member reads.  Each sentence is one LANG_SAY, its two forms checked
 * against one argument list.
 */
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "advice/needs.h"
#include "core/err.h"

#define NAMES_MAX 512

struct pair {
	const char *en, *nl;
};

static const struct pair form_words[FORM_COUNT] = {
	{ "societal isolation", "maatschappelijk isolement" },
	{ "group isolation", "groepsisolement" },
	{ "individual isolation", "individueel isolement" },
};
/* What answers each form (Van Delden, essay 003), with and without an
 * article. */
static const struct pair answer_words[FORM_COUNT] = {
	{ "an environment initiative", "een omgevingsinitiatief" },
	{ "a mild work setting", "een mild werkverband" },
	{ "a warm place", "een warme plek" },
};
static const struct pair answer_bare[FORM_COUNT] = {
	{ "environment initiative", "omgevingsinitiatief" },
	{ "mild work setting", "mild werkverband" },
	{ "warm place", "warme plek" },
};

const char *
needs_form_words(enum isolation_form f, enum lang l)
{
	return LANG_PICK(l, form_words[f].en, form_words[f].nl);
}

/*
 * The step a count of people is rounded to: the power of ten below a
 * quarter of its interval's width, so that 1.702 with an interval 1.125 ..
 * 2.279 reads 1.700, and 17 with 9 .. 25 reads 17; whole people at least.
 */
double
needs_people_step(double lo, double hi)
{
	double w = (hi - lo) / 4;

	return w >= 10 ? pow(10, floor(log10(w))) : 1;
}

/* x rounded to step, never below 0. */
static double
to_step(double x, double step)
{
	return x > 0 ? round(x / step) * step : 0;
}

char *
needs_people(enum lang l, int model, double est, double lo, double hi,
    char buf[LANG_BUF])
{
	double step = needs_people_step(lo, hi);
	char b1[LANG_BUF], b2[LANG_BUF];

	if (model && to_step(lo, step) != to_step(hi, step))
		snprintf(buf, LANG_BUF, LANG_PICK(l, "%s to %s", "%s tot %s"),
		    lang_number(l, to_step(lo, step), b1),
		    lang_number(l, to_step(hi, step), b2));
	else if (step > 1)
		snprintf(buf, LANG_BUF, LANG_PICK(l, "about %s", "ongeveer %s"),
		    lang_number(l, to_step(est, step), b1));
	else
		snprintf(buf, LANG_BUF, "%s", lang_number(l, to_step(est, 1),
		    b1));
	return buf;
}

char *
needs_cell_people(const struct needs *n, const struct needs_cell *c, int gap,
    enum lang l, char buf[LANG_BUF])
{
	double less = gap ? c->supply_exact : 0;

	return needs_people(l, n->areas[c->area].method == METHOD_FAY_HERRIOT,
	    c->need - less, c->need_low - less, c->need_high - less, buf);
}

/* "A, B and C" / "A, B en C" of the initiatives' names. */
static char *
name_list(const struct needs *n, const size_t *ix, size_t k, enum lang l,
    char *out, size_t size)
{
	const char **names = xreallocarray(NULL, k + 1, sizeof *names);
	size_t i;

	for (i = 0; i < k; i++)
		names[i] = n->inits[ix[i]].name;
	lang_join(l, LANG_AND, names, k, out, size);
	free(names);
	return out;
}

/* "buurtbedrijf, zorgboerderij of interculturele groep": the names of
 * the kinds answering a form. */
static char *
kind_list(enum isolation_form f, enum lang l, char *out, size_t size)
{
	char word[64][64];
	const char *items[64];
	size_t i, j, k = 0;

	for (i = 0; i < initiative_kinds.n && k < NELEM(items); i++) {
		const struct term *t = &initiative_kinds.terms[i];

		if (initiative_kind_form(i) != f)
			continue;
		snprintf(word[k], sizeof word[k], "%s", LANG_PICK(l, t->name,
		    t->dutch != NULL ? t->dutch : t->name));
		/* "care farm", but "drop-in" */
		for (j = 0; word[k][j] != '\0'; j++)
			if (word[k][j] == '-' && strcmp(word[k] + j, "-in") != 0)
				word[k][j] = ' ';
		items[k] = word[k];
		k++;
	}
	return lang_join(l, LANG_OR, items, k, out, size);
}

/* How many residents are in need, and on what it rests. */
static void
reason_need(json_t *r, const struct needs *n, const struct needs_cell *c,
    enum lang l)
{
	const struct needs_area *a = &n->areas[c->area];
	const char *fw = needs_form_words(c->form, l);
	char b1[LANG_BUF], b2[LANG_BUF], b3[LANG_BUF], b4[LANG_BUF],
	    b5[LANG_BUF];

	switch (c->basis) {
	case BASIS_POPULATION:
		LANG_SAY(r, l, "Of the %2$s residents, %1$s (%3$s) live in "
		    "%4$s; the 95%% confidence interval of the share runs from "
		    "%5$s to %6$s.",
		    "Van de %2$s inwoners leven er %1$s (%3$s) in %4$s; het "
		    "95%%-betrouwbaarheidsinterval van het aandeel loopt van %5$s "
		    "tot %6$s.",
		    needs_cell_people(n, c, 0, l, b1),
		    lang_number(l, (double)a->population, b2),
		    lang_percent(l, a->share[c->form], b3), fw,
		    lang_percent(l, a->low[c->form], b4),
		    lang_percent(l, a->high[c->form], b5));
		break;
	case BASIS_WEIGHTED:
		LANG_SAY(r, l, "No population is known; of the %s respondents "
		    "(weighted), %s live in %s (%s).",
		    "Er is geen inwonertal bekend; van de %s respondenten "
		    "(gewogen) leven er %s in %s (%s).",
		    lang_number(l, round(a->weight_sum), b1),
		    needs_cell_people(n, c, 0, l, b2), fw,
		    lang_percent(l, a->share[c->form], b3));
		break;
	case BASIS_SUPPRESSED:
		LANG_SAY(r, l, "The need is unknown: %ld respondents are too "
		    "few to report a share. Do not read it as zero.",
		    "De behoefte is onbekend: met %ld respondenten zijn te "
		    "weinig inwoners ondervraagd om een aandeel te noemen. Lees "
		    "dat niet als nul.", a->n);
		break;
	case BASIS_NO_SUMMARY:
		lang_sentence(r, "%s", LANG_PICK(l, "The need is unknown: "
		    "there are no survey results for this area. Do not read it "
		    "as zero.",
		    "De behoefte is onbekend: er zijn voor dit gebied geen "
		    "uitkomsten van de enquête. Lees dat niet als nul."));
		break;
	case BASIS_NOT_MEASURED:
		LANG_SAY(r, l, "The need is unknown: the survey could not "
		    "measure %s here. Do not read it as zero.",
		    "De behoefte is onbekend: de enquête heeft %s hier niet "
		    "kunnen meten. Lees dat niet als nul.", fw);
		break;
	}
}

/* How the share was estimated: the survey alone, or with the model. */
static void
reason_method(json_t *r, const struct needs *n, const struct needs_cell *c,
    enum lang l)
{
	const struct needs_area *a = &n->areas[c->area];

	if (c->basis > BASIS_WEIGHTED)
		return;
	if (a->method == METHOD_DIRECT)
		LANG_SAY(r, l, "The share is the survey's direct estimate, from "
		    "the %ld respondents here.",
		    "Het aandeel is de directe schatting van de enquête, uit de "
		    "%ld respondenten hier.", a->n);
	else if (a->n > 0)
		LANG_SAY(r, l, "The share is a model-based estimate "
		    "(Fay-Herriot): the %ld respondents here, with what the "
		    "neighbourhood figures predict.",
		    "Het aandeel is een modelschatting (Fay-Herriot): de %ld "
		    "respondenten hier, aangevuld met wat de buurtcijfers "
		    "voorspellen.", a->n);
	else
		lang_sentence(r, "%s", LANG_PICK(l, "The share is a model-based "
		    "estimate (Fay-Herriot) from the neighbourhood figures "
		    "alone: no one here was surveyed.",
		    "Het aandeel is een modelschatting (Fay-Herriot) uit alleen "
		    "de buurtcijfers: hier is niemand ondervraagd."));
}

/* That the order against a neighbouring rank is not to be trusted. */
static void
reason_uncertain(json_t *r, const struct needs *n, const struct needs_cell *c,
    enum lang l)
{
	const struct needs_cell *o;
	int up;

	for (up = 1; up >= 0; up--) {
		if (!(up ? c->uncertain_above : c->uncertain_below))
			continue;
		o = &n->cells[n->by_rank[c->rank - 1 + (up ? -1 : 1)]];
		LANG_SAY(r, l, "The ranking against %s in %s (priority %ld) is "
		    "uncertain: their intervals overlap by more than half.",
		    "De rangorde ten opzichte van %s in %s (prioriteit %ld) is "
		    "onzeker: hun intervallen overlappen voor meer dan de helft.",
		    needs_form_words(o->form, l), needs_area_name(n, o->area),
		    o->rank);
	}
}

/* How much of the need the supply covers, and the gap it leaves. */
static void
reason_cover(json_t *r, const struct needs *n, const struct needs_cell *c,
    enum lang l)
{
	char b1[LANG_BUF], b2[LANG_BUF];

	if (isnan(c->need))
		return;
	if (c->need == 0) {
		LANG_SAY(r, l, "No need was measured (priority %ld of %zu).",
		    "Er is geen behoefte gemeten (prioriteit %ld van %zu).",
		    c->rank, n->nranked);
		return;
	}
	lang_percent(l, c->coverage, b1);
	if (c->gap > 0)
		LANG_SAY(r, l, "That covers %s of the need, leaving a gap of %s "
		    "residents (priority %ld of the %zu combinations of area and "
		    "form with a known need).",
		    "Dat dekt %s van de behoefte; er blijft een gat van %s "
		    "inwoners (prioriteit %ld van de %zu combinaties van gebied "
		    "en vorm met een bekende behoefte).", b1,
		    needs_cell_people(n, c, 1, l, b2), c->rank, n->nranked);
	else
		LANG_SAY(r, l, "That covers %s of the need, leaving no gap "
		    "(priority %ld of the %zu combinations of area and form with "
		    "a known need).",
		    "Dat dekt %s van de behoefte; er blijft geen gat "
		    "(prioriteit %ld van de %zu combinaties van gebied en vorm "
		    "met een bekende behoefte).", b1, c->rank, n->nranked);
}

/* What there is here, which of it does not account, and the cover. */
static void
reason_supply(json_t *r, const struct needs *n, const struct needs_cell *c,
    enum lang l)
{
	char names[NAMES_MAX], b1[LANG_BUF];
	size_t i;

	if (c->nlocal == 0)
		LANG_SAY(r, l, "There is no %s in this area.",
		    "Er is in dit gebied geen %s.",
		    LANG_PICK(l, answer_bare[c->form].en,
		    answer_bare[c->form].nl));
	else
		LANG_SAY(r, l, "%s %s room here for %s participants a week.",
		    "%s %s hier wekelijks plaats aan %s deelnemers.",
		    name_list(n, c->local, c->nlocal, l, names, sizeof names),
		    c->nlocal == 1 ? LANG_PICK(l, "has", "biedt") :
		    LANG_PICK(l, "have", "bieden"),
		    lang_number(l, round(c->supply), b1));
	for (i = 0; i < c->nlocal; i++) {
		const struct needs_initiative *in = &n->inits[c->local[i]];

		if (in->accounts != 0)
			continue;
		LANG_SAY(r, l, "%s has held no meeting in the last twelve "
		    "months at which its participants approved the accounts; "
		    "we advise you to tie any support to a meeting where they "
		    "do.",
		    "Bij %s is de afgelopen twaalf maanden geen bijeenkomst "
		    "geweest waarin de deelnemers rekening en verantwoording "
		    "goedkeurden; wij adviseren u steun te verbinden aan een "
		    "bijeenkomst waarin dat alsnog gebeurt.", in->name);
	}
	reason_cover(r, n, c, l);
}

/*
 * How much the initiatives here can grow: half what they offer here now
 * (NEEDS_GROWTH), at least one place, never more than the gap.  A group of
 * 30 places is not asked to take on 1.500 more; new initiatives are
 * advised for the rest.
 */
static double
growth(const struct needs_cell *c)
{
	double g = fmax(1, round(c->supply_exact * NEEDS_GROWTH));

	return fmin(g, ceil(c->gap));
}

/* Support for the initiatives here, in proportion, and new ones for the
 * rest of the gap. */
static void
reason_support(json_t *r, const struct needs *n, const struct needs_cell *c,
    enum lang l)
{
	char names[NAMES_MAX], kinds[256], b1[LANG_BUF], b2[LANG_BUF];
	double g = growth(c), step = needs_people_step(c->need_low,
	    c->need_high), rest = round((c->gap - g) / step) * step;

	name_list(n, c->local, c->nlocal, l, names, sizeof names);
	LANG_SAY(r, l, "We advise you to support %s to grow by about %s "
	    "places, half of what %s here now.",
	    "Wij adviseren u %s te steunen om er ongeveer %s plaatsen bij te "
	    "maken, de helft van wat %s hier nu %s.", names,
	    lang_number(l, g, b1), c->nlocal == 1 ? LANG_PICK(l, "it offers",
	    "het") : LANG_PICK(l, "they offer", "ze"),
	    c->nlocal == 1 ? "biedt" : "bieden");
	if (rest >= 1)
		LANG_SAY(r, l, "For the rest, %s%s residents, new initiatives "
		    "are needed, such as a %s.",
		    "Voor de overige %s%s inwoners zijn nieuwe initiatieven "
		    "nodig, zoals een %s.", step > 1 ? LANG_PICK(l, "some ",
		    "zo'n ") : "", lang_number(l, rest, b2),
		    kind_list(c->form, l, kinds, sizeof kinds));
}

/* What the council advises doing, by the cell's action. */
static void
reason_action(json_t *r, const struct needs *n, const struct needs_cell *c,
    enum lang l)
{
	char names[NAMES_MAX], kinds[256];
	int one = c->nnearby == 1;

	switch (c->action) {
	case ACT_START:
		LANG_SAY(r, l, "There is nothing of the kind nearby either: we "
		    "advise you to help residents set up %s, such as a %s.",
		    "Ook in de omgeving is er niets van dien aard: wij adviseren "
		    "u inwoners te helpen %s op te zetten, zoals een %s.",
		    LANG_PICK(l, answer_words[c->form].en,
		    answer_words[c->form].nl),
		    kind_list(c->form, l, kinds, sizeof kinds));
		break;
	case ACT_SUPPORT:
		reason_support(r, n, c, l);
		break;
	case ACT_CONNECT:
		LANG_SAY(r, l, "Nearby, %1$s already %2$s this work: we advise "
		    "you to connect residents with %3$s and to help %3$s serve "
		    "this area too.",
		    "In de omgeving %2$s %1$s dit werk al: wij adviseren u "
		    "inwoners ermee in contact te brengen en %3$s te helpen ook "
		    "dit gebied te bedienen.",
		    name_list(n, c->nearby, c->nnearby, l, names, sizeof names),
		    one ? LANG_PICK(l, "does", "doet") :
		    LANG_PICK(l, "do", "doen"),
		    one ? LANG_PICK(l, "it", "het") : LANG_PICK(l, "them", "ze"));
		break;
	case ACT_MAINTAIN:
		lang_sentence(r, "%s", LANG_PICK(l, "Supply covers the need: "
		    "we advise you to keep what works.",
		    "Het aanbod dekt de behoefte: wij adviseren u vast te houden "
		    "wat werkt."));
		break;
	case ACT_MEASURE:
		lang_sentence(r, "%s", LANG_PICK(l, "We advise you to ask the "
		    "initiatives and the neighbourhood team, and to survey more "
		    "residents, before money is shared out here.", "Wij "
		    "adviseren u het de initiatieven en het wijkteam te vragen, "
		    "en meer inwoners te ondervragen, voordat hier geld wordt "
		    "verdeeld."));
		break;
	}
}

json_t *
needs_reasons(const struct needs *n, size_t i, enum lang l)
{
	const struct needs_cell *c = &n->cells[i];
	json_t *r = json_array();

	reason_need(r, n, c, l);
	reason_method(r, n, c, l);
	reason_supply(r, n, c, l);
	reason_uncertain(r, n, c, l);
	reason_action(r, n, c, l);
	return r;
}
