/*
 * proposal_text: the sentences of an assessment (see proposal_text.h).
 */
#include <math.h>
#include <stdio.h>

#include "advice/proposal_text.h"
#include "core/err.h"

void
proposal_say_gap_unmeasured(json_t *r, enum lang l, enum gap_unmeasured why)
{
	static const struct {
		const char *en, *nl;
	} s[] = {
		[GAP_NOWHERE] = { "The measure names no areas or forms of "
		    "isolation, so the figures cannot show whether its money "
		    "goes where the gap is.", "De maatregel noemt geen "
		    "gebieden of vormen van isolement, dus de cijfers kunnen "
		    "niet laten zien of het geld gaat naar waar het gat zit." },
		[GAP_NEED_UNKNOWN] = { "The need is not known for the "
		    "measure's areas and forms, so the figures say nothing "
		    "here.", "Voor de gebieden en vormen van de maatregel is de "
		    "behoefte niet bekend; de cijfers zeggen hier dus niets "
		    "over." },
		[GAP_NONE_ANYWHERE] = { "No gap between need and supply is "
		    "known anywhere, so the figures say nothing here.",
		    "Nergens is een gat tussen behoefte en aanbod bekend; de "
		    "cijfers zeggen hier dus niets over." },
	};

	if ((size_t)why >= NELEM(s))
		BUG("gap_unmeasured %d", (int)why);
	lang_sentence(r, "%s", LANG_PICK(l, s[why].en, s[why].nl));
}

void
proposal_say_gap(json_t *r, enum lang l, double gs, double cs, double conc)
{
	char b1[LANG_BUF], b2[LANG_BUF], b3[LANG_BUF];

	LANG_SAY(r, l, "The measure's areas and forms hold %s of the total "
	    "gap between need and supply, and %s of all areas and forms with "
	    "a known need (concentration %s).",
	    "De gebieden en vormen waarop de maatregel zich richt, hebben %s "
	    "van het totale gat tussen behoefte en aanbod, en %s van alle "
	    "gebieden en vormen met een bekende behoefte (concentratie %s).",
	    lang_percent1(l, gs, b1), lang_percent1(l, cs, b2),
	    lang_hundredths(l, llround(conc * 100), b3));
}

void
proposal_say_accounts_failing(json_t *r, enum lang l, const char *names,
    char *cond, size_t size)
{
	LANG_SAY(r, l, "Not every initiative the measure reaches accounts to "
	    "its participants: %s.", "Niet elk initiatief dat de maatregel "
	    "bereikt, legt verantwoording af aan zijn deelnemers: %s.", names);
	snprintf(cond, size, LANG_PICK(l, "Fund %s only after the "
	    "participants have approved the accounts at a meeting.",
	    "Financier %s pas nadat de deelnemers op een bijeenkomst rekening "
	    "en verantwoording hebben goedgekeurd."), names);
}

void
proposal_say_accounts_served(json_t *r, enum lang l)
{
	lang_sentence(r, "%s", LANG_PICK(l, "Every initiative the measure "
	    "names has accounted to its participants in the past year.",
	    "Elk initiatief dat de maatregel noemt, heeft het afgelopen jaar "
	    "verantwoording afgelegd aan zijn deelnemers."));
}

void
proposal_say_integral(json_t *r, enum lang l, size_t n, const char *domains)
{
	LANG_SAY(r, l, "The measure joins %zu domains: %s.",
	    "De maatregel verbindt %zu terreinen: %s.", n, domains);
}

void
proposal_say_approach(json_t *r, enum lang l, int serves, const char *labels)
{
	if (serves)
		LANG_SAY(r, l, "The approach serves this principle: %s.",
		    "De aanpak dient dit uitgangspunt: %s.", labels);
	else
		LANG_SAY(r, l, "The approach goes against this principle: %s.",
		    "De aanpak botst met dit uitgangspunt: %s.", labels);
}
