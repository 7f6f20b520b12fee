/*
 * advice_page_text: the sentences of the advice page, under its headings
 * and in its figures' descriptions, in English and Dutch (advice_page.h).
 */
#include "advice/advice_page.h"

const char *
advice_page_note(enum advice_note n, enum lang l)
{
	switch (n) {
	case NOTE_MAP:
		return LANG_PICK(l,
		    "Residents in each form of isolation for whom the initiatives "
		    "in their area have no place: the darker, the more. Hatched: "
		    "the need is not known.",
		    "Inwoners in elke vorm van isolement voor wie de initiatieven "
		    "in hun gebied geen plaats hebben: hoe donkerder, hoe meer. "
		    "Gearceerd: de behoefte is niet bekend.");
	case NOTE_TILES:
		return LANG_PICK(l,
		    "Each tile is an area, in rows by district (no outlines were "
		    "given).",
		    "Elk vlak is een gebied, in rijen per wijk (er waren geen "
		    "omtrekken).");
	case NOTE_BARS:
		return LANG_PICK(l,
		    "The orange bar is the need (residents), the line across it "
		    "its 95% interval; the blue bar under it the places a week at "
		    "the initiatives in the area.",
		    "De oranje balk is de behoefte (inwoners), de lijn erover het "
		    "95%-interval; de blauwe balk eronder de plaatsen per week "
		    "bij de initiatieven in het gebied.");
	case NOTE_SCENARIOS:
		return LANG_PICK(l,
		    "The same requests, allocated by each rule; coverage is the "
		    "places at initiatives over the need, before and after the "
		    "allocation.",
		    "Dezelfde aanvragen, verdeeld volgens elke regel; dekking is "
		    "het aantal plaatsen bij initiatieven gedeeld door de "
		    "behoefte, voor en na de verdeling.");
	case NOTE_SCENARIO_CHART:
		return LANG_PICK(l,
		    "For each scenario, the share of the need covered after the "
		    "allocation and the share of the money that goes to the most "
		    "isolated fifth of the areas; the table under it gives the "
		    "figures.",
		    "Per scenario het deel van de behoefte dat na de verdeling "
		    "gedekt is en het deel van het geld dat naar het vijfde deel "
		    "van de gebieden met het meeste isolement gaat; de tabel "
		    "eronder geeft de cijfers.");
	}
	return "";
}
