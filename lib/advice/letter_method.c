/*
 * letter_method: the letter's paragraph on its sources and method, in
 * English and Dutch (see letter_text.h): the survey and its respondents,
 * the weighting, the minimum group, direct or model-based estimates, the
 * forms and the people, the comparison per area and form, and the
 * concentration of a measure.  What the records do not carry (the
 * survey's name, its minimum group) comes from --letter-config, or is
 * not said.
 */
#include <stdio.h>

#include "advice/letter_text.h"
#include "core/out.h"

/* "area" or "areas", "gebied" or "gebieden". */
static const char *
areas_noun(enum lang l, size_t k)
{
	return k == 1 ? LANG_PICK(l, "area", "gebied") : LANG_PICK(l, "areas",
	    "gebieden");
}

/* Where the figures come from, and how they were weighted. */
static void
method_survey(const struct letter *lt, const struct tally *t)
{
	const struct letter_config *c = lt->config;
	enum lang l = lt->lang;
	char b1[LANG_BUF], w1[LANG_BUF];

	out_printf(LANG_PICK(l, "- The figures on isolation come from %s: %s "
	    "respondents in %s %s. ", "- De cijfers over isolement komen uit "
	    "%s: %s respondenten in %s %s. "), c != NULL && c->survey != NULL ?
	    c->survey : LANG_PICK(l, "the survey", "de enquête"),
	    lang_number(l, (double)t->respondents, b1),
	    letter_words(l, t->summaries, w1), areas_noun(l, t->summaries));
	out_printf("%s", t->weighted ? LANG_PICK(l, "The answers are weighted "
	    "so that they stand for the population; every estimate has a 95% "
	    "confidence interval, computed on the effective number of "
	    "respondents that the weights leave.", "De antwoorden zijn "
	    "gewogen, zodat zij de bevolking vertegenwoordigen; elke schatting "
	    "heeft een 95%-betrouwbaarheidsinterval, berekend op het "
	    "effectieve aantal respondenten dat de weging overlaat.") :
	    LANG_PICK(l, "The answers are not weighted; every estimate has a "
	    "95% confidence interval.", "De antwoorden zijn niet gewogen; elke "
	    "schatting heeft een 95%-betrouwbaarheidsinterval."));
	/* a minimum group holds for direct estimates; a model estimates
	 * small areas too */
	if (c != NULL && c->min_n > 0 && t->suppressed > 0)
		out_printf(LANG_PICK(l, " An area with fewer than %ld "
		    "respondents gets no figures (here %s).", " Een gebied met "
		    "minder dan %ld respondenten krijgt geen cijfers (hier %s)."),
		    c->min_n, letter_words(l, t->suppressed, w1));
	else if (c != NULL && c->min_n > 0 && t->direct_areas > 0)
		out_printf(LANG_PICK(l, " An area with fewer than %ld "
		    "respondents gets no figures; every area here has enough.",
		    " Een gebied met minder dan %ld respondenten krijgt geen "
		    "cijfers; elk gebied hier heeft er genoeg."), c->min_n);
	else if (t->suppressed > 0)
		out_printf(LANG_PICK(l, " An area with too few respondents gets "
		    "no figures (here %s).", " Een gebied met te weinig "
		    "respondenten krijgt geen cijfers (hier %s)."),
		    letter_words(l, t->suppressed, w1));
	out_printf("\n");
}

/* Direct or model-based, and how the letter rounds them. */
static void
method_estimates(const struct letter *lt, const struct tally *t)
{
	enum lang l = lt->lang;
	char w1[LANG_BUF], w2[LANG_BUF];

	if (t->model_areas > 0)
		out_printf(LANG_PICK(l, "- In %s %s the shares are model-based "
		    "estimates (Fay-Herriot): the area's own respondents, with "
		    "what the neighbourhood figures predict. There we give numbers of people as a range, the "
		    "95%% interval.\n", "- In %s %s zijn de aandelen "
		    "modelschattingen (Fay-Herriot): de eigen respondenten van het "
		    "gebied, aangevuld met wat de buurtcijfers voorspellen. Daar geven wij aantallen mensen als "
		    "een bandbreedte, het 95%%-interval.\n"),
		    letter_words(l, t->model_areas, w1),
		    areas_noun(l, t->model_areas));
	if (t->direct_areas > 0)
		out_printf(LANG_PICK(l, "- In %s %s the shares are the survey's "
		    "direct estimates; we round numbers of people to what their "
		    "interval allows (about 1,700, not 1,702).\n", "- In %s %s "
		    "zijn de aandelen directe schattingen uit de enquête; "
		    "aantallen mensen ronden wij af op wat hun interval toelaat "
		    "(ongeveer 1.700, niet 1.702).\n"),
		    letter_words(l, t->direct_areas, w2),
		    areas_noun(l, t->direct_areas));
}

void
letter_method(const struct letter *lt, const struct tally *t)
{
	enum lang l = lt->lang;

	out_printf("## %s\n\n", LANG_PICK(l, "Sources and method",
	    "Bronnen en werkwijze"));
	if (t->summaries > 0) {
		method_survey(lt, t);
		method_estimates(lt, t);
	}
	out_printf("%s\n", LANG_PICK(l, "- We distinguish three forms of "
	    "social isolation (Van Delden): societal (not taking part: no "
	    "work, rarely out), group (a retreat into one's own circle) and "
	    "individual (lonely, with a small network). The forms overlap: one "
	    "person can live in two or three. We count people therefore by "
	    "those who live in at least one form, never by adding up the "
	    "forms.", "- Wij onderscheiden drie vormen van sociaal isolement "
	    "(Van Delden): maatschappelijk (niet meedoen: geen werk, zelden de "
	    "deur uit), groepsisolement (terugtrekken in de eigen kring) en "
	    "individueel (eenzaam, met een klein netwerk). De vormen "
	    "overlappen: één persoon kan in twee of drie leven. Mensen tellen "
	    "wij daarom bij wie in ten minste één vorm leeft, nooit door de "
	    "vormen op te tellen."));
	out_printf("%s\n", LANG_PICK(l, "- For each area and form we set the "
	    "residents in need against the weekly places of the initiatives "
	    "that answer that form; an initiative that names several areas is "
	    "shared equally among them. The gap is what the places leave; the "
	    "priority orders the combinations by gap.", "- Per gebied en vorm "
	    "leggen wij de inwoners die het betreft naast de wekelijkse "
	    "plaatsen van de initiatieven die op die vorm inspelen; een "
	    "initiatief dat meer gebieden noemt, delen wij gelijk over die "
	    "gebieden. Het gat is wat de plaatsen openlaten; de prioriteit "
	    "ordent de combinaties naar de grootte van het gat."));
	if (json_array_size(lt->assessments) > 0)
		out_printf("%s\n", LANG_PICK(l, "- The concentration of a "
		    "measure is its areas' and forms' share of the total gap, "
		    "divided by their share of all combinations with a known "
		    "need: above 1 it aims at where the gap is more than on "
		    "average, below 1 less.", "- De concentratie van een "
		    "maatregel is het aandeel van het totale gat dat in haar "
		    "gebieden en vormen valt, gedeeld door het aandeel van alle "
		    "combinaties met een bekende behoefte dat zij bestrijkt: "
		    "boven 1 richt zij zich meer dan gemiddeld op waar het gat "
		    "zit, onder 1 minder."));
	out_printf("%s\n\n", LANG_PICK(l, "- We advise growth in proportion: "
	    "an initiative is asked to grow by half of what it offers now, and "
	    "new initiatives are advised for the rest of a gap.", "- Groei "
	    "adviseren wij naar verhouding: een initiatief vragen wij te "
	    "groeien met de helft van wat het nu biedt, en voor de rest van "
	    "een gat adviseren wij nieuwe initiatieven."));
}
