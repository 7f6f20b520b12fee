/*
 * letter_text: the prose of the letter, in English and Dutch (see
 * letter_text.h).  The letter keeps to the Markdown subset of letter.h: a
 * pandoc title block, ATX headings, one-line paragraphs, "- " and "1. "
 * lists of one line an item, pipe tables, **bold** and *italic*; no HTML,
 * links, footnotes, nested lists or hard line breaks.  Every sentence is one LANG_PICK between two formats
 * that the compiler checks against one argument list; positional
 * arguments ("%2$s") let the Dutch put its words in its own order.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "advice/letter_text.h"
#include "base/money.h"
#include "core/err.h"
#include "core/jsonval.h"
#include "core/out.h"

#define LIST_MAX 1024

struct pair {
	const char *en, *nl;
};

/* Small counts in words, as a letter writes them: "four", "één". */
const char *
letter_words(enum lang l, size_t k, char buf[LANG_BUF])
{
	static const struct pair w[13] = {
		{ "no", "geen" }, { "one", "één" }, { "two", "twee" },
		{ "three", "drie" }, { "four", "vier" }, { "five", "vijf" },
		{ "six", "zes" }, { "seven", "zeven" }, { "eight", "acht" },
		{ "nine", "negen" }, { "ten", "tien" }, { "eleven", "elf" },
		{ "twelve", "twaalf" },
	};

	if (k < NELEM(w))
		return LANG_PICK(l, w[k].en, w[k].nl);
	return lang_hundredths(l, (int64_t)k * 100, buf);
}

/* The singular or the plural, in l. */
static const char *
noun(enum lang l, size_t k, const char *en1, const char *en, const char *nl1,
    const char *nl)
{
	return k == 1 ? LANG_PICK(l, en1, nl1) : LANG_PICK(l, en, nl);
}

static void
sentences(const json_t *list)
{
	size_t i;
	json_t *s;

	json_array_foreach((json_t *)list, i, s)
		out_printf("%s%s", i == 0 ? "" : " ", json_string_value(s));
}

const char *
letter_measure_title(const json_t *a)
{
	const char *t = json_string_value(json_object_get(a, "text"));

	return t != NULL ? t : json_string_value(json_object_get(a,
	    "measure"));
}

char *
letter_people(enum lang l, struct people p, char buf[LANG_BUF])
{
	return needs_people(l, p.model, p.est, p.lo, p.hi, buf);
}

void
letter_council(const struct letter *lt, const char *place, char *buf,
    size_t size)
{
	enum lang l = lt->lang;

	if (place != NULL)
		snprintf(buf, size, LANG_PICK(l, "The Social Advisory Council "
		    "of %s", "Sociale Adviesraad %s"), place);
	else
		snprintf(buf, size, "%s", LANG_PICK(l, "The Social Advisory "
		    "Council", "De Sociale Adviesraad"));
}

/* A header field as a paragraph of its own: "**Label:** value". */
static void
field(const char *label, const char *value)
{
	out_printf("**%s:** %s\n\n", label, value);
}

void
letter_header(const struct letter *lt, const char *council, const char *place)
{
	const struct letter_config *c = lt->config;
	enum lang l = lt->lang;
	char date[LANG_BUF], asked[LANG_BUF], to[256], req[512];
	const char *subject = c != NULL && c->request_subject != NULL ?
	    c->request_subject : lt->title;

	lang_date_str(l, lt->date, date);
	/* the pandoc title block: title, author, date; no "# " title after */
	if (lt->title != NULL)
		out_printf(LANG_PICK(l, "%% Advice on %s\n", "%% Advies over "
		    "%s\n"), lt->title);
	else
		out_printf("%% %s\n", LANG_PICK(l, "Advice on need and supply "
		    "in the social domain", "Advies over behoefte en aanbod in "
		    "het sociaal domein"));
	out_printf("%% %s\n%% %s\n\n", council, date);
	snprintf(to, sizeof to, "%s%s%s", LANG_PICK(l, "the College of Mayor "
	    "and Aldermen", "het College van burgemeester en wethouders"),
	    place != NULL ? LANG_PICK(l, " of ", " van ") : "",
	    place != NULL ? place : "");
	field(LANG_PICK(l, "To", "Aan"), to);
	if (c != NULL && c->reference != NULL)
		field(LANG_PICK(l, "Our reference", "Ons kenmerk"),
		    c->reference);
	if (c != NULL && c->request_date != NULL) {
		lang_date_str(l, c->request_date, asked);
		snprintf(req, sizeof req, LANG_PICK(l, "your letter of %s%s%s",
		    "uw brief van %s%s%s"), asked, c->request_reference != NULL ?
		    LANG_PICK(l, ", reference ", ", kenmerk ") : "",
		    c->request_reference != NULL ? c->request_reference : "");
		field(LANG_PICK(l, "Your request", "Uw verzoek"), req);
	}
	if (subject != NULL)
		snprintf(req, sizeof req, LANG_PICK(l, "advice on %s",
		    "advies over %s"), subject);
	else
		snprintf(req, sizeof req, "%s", LANG_PICK(l, "need and supply "
		    "of citizens' initiatives", "behoefte en aanbod van "
		    "bewonersinitiatieven"));
	field(LANG_PICK(l, "Subject", "Onderwerp"), req);
	out_printf("%s\n\n", LANG_PICK(l, "Dear members of the College,",
	    "Geacht College,"));
}

/* Why the council advises: the question asked, or its own accord. */
static void
reason_asked(const struct letter *lt, const struct tally *t, size_t nm)
{
	enum lang l = lt->lang;
	char b1[LANG_BUF], w1[LANG_BUF];
	const char *measures = noun(l, nm, "measure", "measures", "maatregel",
	    "maatregelen");

	const struct letter_config *c = lt->config;
	char when[LANG_BUF + 8] = "", d[LANG_BUF];

	if (c != NULL && c->request_date != NULL)
		snprintf(when, sizeof when, LANG_PICK(l, " on %s", " op %s"),
		    lang_date_str(l, c->request_date, d));
	if (lt->title != NULL && nm > 0)
		out_printf(LANG_PICK(l, "You asked us%s for our advice on "
		    "*%s*. It holds %s %s, with a budget of %s in all. ",
		    "U heeft ons%s om advies gevraagd over *%s*. Daarin staan %s "
		    "%s, met samen een budget van %s. "), when, lt->title,
		    letter_words(l, nm, w1), measures, lang_money(l, t->budget[0] +
		    t->budget[1] + t->budget[2], b1));
	else if (nm > 0)
		out_printf(LANG_PICK(l, "You asked us%s for our advice on %s "
		    "%s. ", "U heeft ons%s om advies gevraagd over %s %s. "),
		    when, letter_words(l, nm, w1), measures);
	else
		out_printf("%s", LANG_PICK(l, "We give this advice of our own "
		    "accord. ", "Wij geven dit advies uit eigen beweging. "));
}

void
letter_reason(const struct letter *lt, const struct tally *t,
    const char *place)
{
	enum lang l = lt->lang;
	char b2[LANG_BUF];
	size_t nm = json_array_size(lt->assessments);

	out_printf("## %s\n\n", LANG_PICK(l, "Reason for this advice",
	    "Aanleiding"));
	reason_asked(lt, t, nm);
	out_printf(LANG_PICK(l, "We have set %s against what is known about "
	    "social isolation in the neighbourhoods of %s and about the "
	    "citizens' initiatives that answer it: survey results for %zu of "
	    "%zu areas, and %zu %s with room for %s participants a week.",
	    "Wij hebben %s gelegd naast wat bekend is over sociaal isolement "
	    "in de buurten van %s en over de bewonersinitiatieven die daarop "
	    "inspelen: uitkomsten van de enquête voor %zu van de %zu "
	    "gebieden, en %zu %s met samen wekelijks plaats voor %s "
	    "deelnemers."), nm > 0 ? LANG_PICK(l, "the measures, and the "
	    "principles the council holds to,", "de maatregelen, en de "
	    "uitgangspunten die de raad hanteert,") : LANG_PICK(l, "the "
	    "principles the council holds to", "de uitgangspunten die de raad "
	    "hanteert"), place != NULL ? place : LANG_PICK(l,
	    "the municipality", "de gemeente"),
	    t->summaries, t->areas, t->inits, noun(l, t->inits, "initiative",
	    "initiatives", "initiatief", "initiatieven"),
	    lang_number(l, (double)t->capacity, b2));
	out_printf("\n\n");
}

/* "individual isolation in Oude Kern (140 residents), ... and ...": the
 * first k cells with a gap. */
static void
priority_list(const struct letter *lt, size_t k)
{
	const struct needs *n = lt->needs;
	enum lang l = lt->lang;
	size_t i, shown = 0, total = letter_open_cells(n, k);
	char (*item)[256] = xreallocarray(NULL, total + 1, sizeof *item);
	const char **items = xreallocarray(NULL, total + 1, sizeof *items);
	char b[LANG_BUF], list[LIST_MAX];

	for (i = 0; i < n->nranked && shown < total; i++) {
		const struct needs_cell *c = &n->cells[n->by_rank[i]];

		if (c->gap <= 0)
			break;
		snprintf(item[shown], sizeof item[shown], "%s in %s (%s%s)",
		    needs_form_words(c->form, l), needs_area_name(n, c->area),
		    needs_cell_people(n, c, 1, l, b), shown == 0 ?
		    LANG_PICK(l, " residents", " inwoners") : "");
		items[shown] = item[shown];
		shown++;
	}
	out_printf("%s", lang_join(l, LANG_AND, items, shown, list,
	    sizeof list));
	free(item);
	free(items);
}

/* "Of the four measures we support two as they stand, ..." */
static void
summary_verdicts(const struct letter *lt, const struct tally *t, size_t nm)
{
	enum lang l = lt->lang;
	char w1[LANG_BUF], w2[LANG_BUF], w3[LANG_BUF], w4[LANG_BUF];
	int one = t->verdicts[0] == 1;

	out_printf(LANG_PICK(l, "Of the %s %s we support %s as %s%s, %s on "
	    "conditions, and we advise against %s.",
	    "Van de %s %s steunen wij er %s zoals %s er %s, %s onder "
	    "voorwaarden; over %s adviseren wij negatief."),
	    letter_words(l, nm, w1), noun(l, nm, "measure", "measures", "maatregel",
	    "maatregelen"), letter_words(l, t->verdicts[0], w2),
	    one ? LANG_PICK(l, "it stands", "hij") :
	    LANG_PICK(l, "they stand", "ze"),
	    LANG_PICK(l, "", one ? "ligt" : "liggen"),
	    letter_words(l, t->verdicts[1], w3), letter_words(l, t->verdicts[2], w4));
}

void
letter_summary(const struct letter *lt, const struct tally *t)
{
	enum lang l = lt->lang;
	char b1[LANG_BUF], b2[LANG_BUF], w1[LANG_BUF], where[64];
	size_t nm = json_array_size(lt->assessments);
	const char *sep;

	out_printf("## %s\n\n", LANG_PICK(l, "Summary", "Samenvatting"));
	if (nm > 0)
		summary_verdicts(lt, t, nm);
	if (t->anyform_areas > 0) {
		snprintf(where, sizeof where, t->anyform_areas == 1 ?
		    LANG_PICK(l, "the area", "het gebied") : LANG_PICK(l,
		    "the %zu areas", "de %zu gebieden"), t->anyform_areas);
		out_printf(LANG_PICK(l, "%sOf the %s residents of %s where it is "
		    "known, %s live in at least one form of isolation.",
		    "%sVan de %s inwoners van %s waarvoor dat bekend is, leven er "
		    "%s in ten minste één vorm van isolement."), nm > 0 ? " " :
		    "", lang_number(l, (double)t->anyform_population, b2), where,
		    letter_people(l, t->anyform, b1));
	}
	sep = nm > 0 || t->anyform_areas > 0 ? " " : "";
	if (letter_open_cells(lt->needs, 1) > 0) {
		out_printf("%s%s ", sep, LANG_PICK(l, "The gap between need and "
		    "supply is largest for", "Het gat tussen behoefte en aanbod "
		    "is het grootst bij"));
		priority_list(lt, 3);
		out_printf(".");
		sep = " ";
	} else if (t->known > 0) {
		out_printf("%s%s", sep, LANG_PICK(l, "Wherever the need is "
		    "known, the initiatives have room for it.", "Waar de "
		    "behoefte bekend is, hebben de initiatieven er plaats "
		    "voor."));
		sep = " ";
	}
	if (t->unknown_areas > 0)
		out_printf(LANG_PICK(l, "%sIn %s %s the need is wholly or partly "
		    "unknown; that is no reason to assume there is none.",
		    "%sIn %s %s is de behoefte geheel of deels onbekend; dat is "
		    "geen reden om aan te nemen dat die er niet is."), sep,
		    letter_words(l, t->unknown_areas, w1), noun(l, t->unknown_areas,
		    "area", "areas", "gebied", "gebieden"));
	out_printf("\n\n");
}

/* The observation about what the initiatives do. */
static void
observe_initiatives(const struct letter *lt, const struct tally *t)
{
	enum lang l = lt->lang;
	char w1[LANG_BUF], w2[LANG_BUF];

	if (t->inits > 0)
		out_printf(LANG_PICK(l, "- We note with appreciation that %s "
		    "citizens' %s at work%s, %s of them owned by their own "
		    "participants. They do what the municipality cannot "
		    "organise itself: they offer places where people who are "
		    "isolated find others.\n",
		    "- Wij zien met waardering dat er %s %s actief %s, waarvan "
		    "%s in handen van de deelnemers zelf. Zij doen wat de "
		    "gemeente zelf niet kan organiseren: zij bieden plekken waar "
		    "mensen in een isolement anderen ontmoeten.\n"),
		    letter_words(l, t->inits, w2), noun(l, t->inits, "initiative is",
		    "initiatives are", "bewonersinitiatief",
		    "bewonersinitiatieven"),
		    LANG_PICK(l, "", t->inits == 1 ? "is" : "zijn"),
		    letter_words(l, t->owned, w1));
}

/* The observation about the initiatives that do not account. */
static void
observe_flagged(const struct letter *lt, const struct tally *t)
{
	enum lang l = lt->lang;
	char w1[LANG_BUF];

	if (t->flagged > 0)
		out_printf(LANG_PICK(l, "- In the past year %1$s %2$s %3$s held "
		    "no meeting at which the participants approved the "
		    "accounts. Accounting to participants is what makes trust "
		    "possible.\n",
		    "- Het afgelopen jaar %3$s %1$s %2$s geen bijeenkomst "
		    "gehouden waarin de deelnemers rekening en verantwoording "
		    "goedkeurden. Juist verantwoording aan de deelnemers maakt "
		    "vertrouwen mogelijk.\n"), letter_words(l, t->flagged, w1),
		    noun(l, t->flagged, "initiative", "initiatives",
		    "initiatief", "initiatieven"),
		    noun(l, t->flagged, "has", "have", "heeft", "hebben"));
}

/* Need and places per form, as a table: the forms overlap, so their
 * rows do not add up to people; the last row counts the people. */
static void
needs_table(const struct letter *lt, const struct tally *t)
{
	enum lang l = lt->lang;
	char b1[LANG_BUF], b2[LANG_BUF], b3[LANG_BUF];
	int f;

	out_printf("%s\n", LANG_PICK(l, "| Form of isolation | Residents "
	    "(estimate) | Places | Gap |", "| Vorm van isolement | Inwoners "
	    "(schatting) | Plaatsen | Gat |"));
	out_printf("|---|---:|---:|---:|\n");
	for (f = 0; f < FORM_COUNT; f++) {
		struct people gap = t->form[f];

		gap.est = t->gap[f];
		gap.lo = fmax(0, t->form[f].lo - t->places[f]);
		gap.hi = fmax(0, t->form[f].hi - t->places[f]);
		out_printf("| %s | %s | %s | %s |\n",
		    needs_form_words((enum isolation_form)f, l),
		    letter_people(l, t->form[f], b1),
		    lang_number(l, round(t->places[f]), b2),
		    letter_people(l, gap, b3));
	}
	if (t->anyform_areas > 0)
		out_printf(LANG_PICK(l, "| *in at least one form (people)* | "
		    "%s | | |\n", "| *in ten minste één vorm (mensen)* | %s | "
		    "| |\n"), letter_people(l, t->anyform, b1));
	out_printf("\n");
}

/* The observations about need and supply: the cells explained, the
 * places counted, and the table. */
static void
observe_needs(const struct letter *lt, const struct tally *t)
{
	enum lang l = lt->lang;
	char b1[LANG_BUF], b2[LANG_BUF], w1[LANG_BUF], w2[LANG_BUF],
	    w3[LANG_BUF];
	size_t nodata = t->suppressed + t->missing;

	if (t->known > 0) {
		out_printf(LANG_PICK(l, "- We set need against supply for each "
		    "area and each of the three forms of isolation: %zu areas "
		    "by three forms, of which %s combinations have a known "
		    "need.", "- Wij hebben per gebied en per vorm van isolement "
		    "de behoefte naast het aanbod gelegd: %zu gebieden maal "
		    "drie vormen, waarvan %s combinaties met een bekende "
		    "behoefte."), t->areas, letter_words(l, t->known, w1));
		if (t->covered == 0)
			out_printf("%s\n", LANG_PICK(l, " In every one of them "
			    "there is a gap.", " In elk daarvan is er een gat."));
		else
			out_printf(LANG_PICK(l, " In %s of them the places of "
			    "the initiatives cover the need; in the other %s "
			    "there is a gap.\n", " In %s daarvan dekken de "
			    "plaatsen van de initiatieven de behoefte; in de "
			    "overige %s is er een gat.\n"),
			    letter_words(l, t->covered, w2),
			    letter_words(l, t->open, w3));
	}
	if (t->inits > 0 && round(t->local_places) >= (double)t->capacity)
		out_printf(LANG_PICK(l, "- The initiatives have %s places a "
		    "week in all, each counted in the areas it names.\n",
		    "- De initiatieven hebben samen wekelijks %s plaatsen, elk "
		    "geteld in de gebieden die het noemt.\n"), lang_number(l,
		    (double)t->capacity, b1));
	else if (t->inits > 0)
		out_printf(LANG_PICK(l, "- The initiatives have %s places a "
		    "week in all; %s of them are in one area and count in that "
		    "comparison. The rest serve a whole district or the "
		    "municipality, and we count them in no one area.\n",
		    "- De initiatieven hebben samen wekelijks %s plaatsen; "
		    "daarvan liggen er %s in één gebied en tellen mee in die "
		    "vergelijking. De overige zijn er voor een hele wijk of de "
		    "gemeente; die rekenen wij aan geen enkel gebied toe.\n"),
		    lang_number(l, (double)t->capacity, b1),
		    lang_number(l, round(t->local_places), b2));
	if (nodata > 0)
		out_printf(LANG_PICK(l, "- For %s %s the survey gives no figures "
		    "(%zu with too few respondents, %zu without results). An "
		    "unknown need is not a small one.\n", "- Voor %s %s geeft de "
		    "enquête geen cijfers (%zu met te weinig respondenten, %zu "
		    "zonder uitkomsten). Een onbekende behoefte is geen kleine "
		    "behoefte.\n"), letter_words(l, nodata, w1), noun(l, nodata,
		    "area", "areas", "gebied", "gebieden"), t->suppressed,
		    t->missing);
}

void
letter_observations(const struct letter *lt, const struct tally *t)
{
	enum lang l = lt->lang;

	out_printf("## %s\n\n", LANG_PICK(l, "General observations",
	    "Algemene opmerkingen"));
	observe_initiatives(lt, t);
	observe_needs(lt, t);
	observe_flagged(lt, t);
	out_printf("%s\n\n", LANG_PICK(l, "- Self-organisation can widen the "
	    "gap between neighbourhoods that organise themselves easily and "
	    "those that do not. Where initiatives thrive, more come easily; "
	    "money should therefore follow the gap between need and places, "
	    "not the initiative.",
	    "- Zelforganisatie kan de kloof vergroten tussen buurten die zich "
	    "makkelijk organiseren en buurten waar dat niet vanzelf gaat. Waar "
	    "initiatieven bloeien, komen er gemakkelijk meer bij; het geld "
	    "hoort daarom het gat tussen behoefte en plaatsen te volgen, niet "
	    "het initiatief."));
	if (t->known > 0) {
		out_printf("%s\n\n", LANG_PICK(l, "Need and places per form of "
		    "isolation, over the areas with figures. One person can be "
		    "in more than one form, so the rows do not add up to "
		    "people; the last row counts the people:", "Behoefte en "
		    "plaatsen per vorm van isolement, over de gebieden met "
		    "cijfers. Eén persoon kan in meer dan één vorm leven; de "
		    "rijen tellen daarom niet op tot een aantal mensen. De "
		    "laatste rij telt de mensen:"));
		needs_table(lt, t);
	}
}

/* "Measure(s) LIST serve(s) it", on condition or against it (verdict e:
 * served, tension, breached). */
static void
say_measures(const struct letter *lt, int e, int many, const char *list)
{
	enum lang l = lt->lang;

	if (e == 0 && many)
		out_printf(LANG_PICK(l, "The measures %s serve it.",
		    "De maatregelen %s dragen hieraan bij."), list);
	else if (e == 0)
		out_printf(LANG_PICK(l, "The measure %s serves it.",
		    "De maatregel %s draagt hieraan bij."), list);
	else if (e == 1 && many)
		out_printf(LANG_PICK(l, "The measures %s serve it only on "
		    "conditions.", "De maatregelen %s dragen hier alleen onder "
		    "voorwaarden aan bij."), list);
	else if (e == 1)
		out_printf(LANG_PICK(l, "The measure %s serves it only on "
		    "conditions.", "De maatregel %s draagt hier alleen onder "
		    "voorwaarden aan bij."), list);
	else if (many)
		out_printf(LANG_PICK(l, "The measures %s go against it.",
		    "De maatregelen %s staan hiermee op gespannen voet."), list);
	else
		out_printf(LANG_PICK(l, "The measure %s goes against it.",
		    "De maatregel %s staat hiermee op gespannen voet."), list);
}

/* Which measures serve principle p, on conditions or against it. */
static void
principle_verdicts(const struct letter *lt, const struct principle *p)
{
	static const char *const effects[3] = {
		"served", "tension", "breached"
	};
	size_t e, i, k, max = json_array_size(lt->assessments) + 1;
	const char **ids = xreallocarray(NULL, max, sizeof *ids);
	char (*it)[256] = xreallocarray(NULL, max, sizeof *it);
	char list[LIST_MAX];
	int any = 0;

	for (e = 0; e < NELEM(effects); e++) {
		k = letter_measures_with(lt, p->id, effects[e], ids, max);
		if (k == 0)
			continue;
		for (i = 0; i < k && i < max; i++) {
			snprintf(it[i], sizeof it[i], "*%s*", ids[i]);
			ids[i] = it[i];
		}
		out_printf("%s", any ? " " : "");
		say_measures(lt, (int)e, k > 1, lang_join(lt->lang, LANG_AND,
		    ids, k, list, sizeof list));
		any = 1;
	}
	if (!any)
		out_printf("%s", LANG_PICK(lt->lang, "None of the measures "
		    "touches this principle.", "Geen van de maatregelen raakt "
		    "aan dit uitgangspunt."));
	out_printf("\n\n");
	free(ids);
	free(it);
}

/* Each measure's reasons about principle p. */
static void
principle_reasons(const struct letter *lt, const struct principle *p)
{
	size_t j, k;
	json_t *a, *r;

	json_array_foreach((json_t *)lt->assessments, j, a)
		json_array_foreach(json_object_get(a, "principles"), k, r) {
			const json_t *why = json_object_get(r, "reasons");

			if (strcmp(json_string_value(json_object_get(r,
			    "principle")), p->id) != 0 ||
			    json_array_size(why) == 0)
				continue;
			out_printf("- **%s.** ", letter_measure_title(a));
			sentences(why);
			out_printf("\n");
		}
}

/* "support" and the others as the letter's table says them. */
static const char *
verdict_words(enum lang l, const char *v)
{
	if (strcmp(v, letter_verdicts[0]) == 0)
		return LANG_PICK(l, "support", "steunen");
	if (strcmp(v, letter_verdicts[1]) == 0)
		return LANG_PICK(l, "support on conditions", "steunen onder "
		    "voorwaarden");
	return LANG_PICK(l, "advise against", "negatief");
}

/* A table cell: what would end the cell ('|') written as '/'. */
static void
cell_text(const char *s)
{
	for (; *s != '\0'; s++)
		out_printf("%c", *s == '|' ? '/' : *s);
}

void
letter_measures(const struct letter *lt)
{
	const struct letter_config *c = lt->config;
	enum lang l = lt->lang;
	char b1[LANG_BUF];
	size_t i;
	json_t *a;

	if (json_array_size(lt->assessments) == 0)
		return;
	out_printf("## %s\n\n", LANG_PICK(l, "The measures", "De maatregelen"));
	out_printf("%s\n", LANG_PICK(l, "| Measure | Budget | Our verdict |",
	    "| Maatregel | Budget | Ons oordeel |"));
	out_printf("|---|---:|---|\n");
	json_array_foreach((json_t *)lt->assessments, i, a) {
		const json_t *budget = json_object_get(a, "budget");
		int64_t cents = 0;
		const char *why, *v = json_string_value(json_object_get(a,
		    "verdict"));

		out_printf("| ");
		cell_text(letter_measure_title(a));
		if (!json_absent(budget) && money_from_json(budget, &cents,
		    &why) == 0)
			out_printf(" | %s", lang_money(l, cents, b1));
		else
			out_printf(" | %s", LANG_PICK(l, "not given",
			    "niet genoemd"));
		out_printf(" | %s |\n", verdict_words(l, v != NULL ? v : ""));
	}
	out_printf("\n");
	if (c != NULL && c->tagged_by != NULL)
		out_printf(LANG_PICK(l, "The approach of each measure was "
		    "described by %s with the tags of council-advise (such as "
		    "lump-sum or tender); our verdicts follow from those tags and "
		    "from the figures.\n\n", "De aanpak van elke maatregel is "
		    "door %s getypeerd met kenmerken (zoals een vast bedrag of "
		    "een aanbesteding); ons oordeel volgt uit die kenmerken en uit "
		    "de cijfers.\n\n"), c->tagged_by);
	else
		out_printf("%s\n\n", LANG_PICK(l, "We described the approach of "
		    "each measure with tags (such as lump-sum or tender); our "
		    "verdicts follow from those tags and from the figures.",
		    "Wij hebben de aanpak van elke maatregel getypeerd met "
		    "kenmerken (zoals een vast bedrag of een aanbesteding); ons "
		    "oordeel volgt uit die kenmerken en uit de cijfers."));
}

void
letter_per_principle(const struct letter *lt)
{
	const struct principles *ps = lt->principles;
	size_t i;

	if (json_array_size(lt->assessments) == 0)
		return;
	out_printf("## %s\n\n", LANG_PICK(lt->lang, "Assessment per principle",
	    "Beoordeling per uitgangspunt"));
	for (i = 0; i < ps->n; i++) {
		out_printf("### %zu. %s\n\n", i + 1, ps->p[i].name[lt->lang]);
		principle_verdicts(lt, &ps->p[i]);
		principle_reasons(lt, &ps->p[i]);
		out_printf("\n");
	}
}

const char *
letter_rule_words(const char *rule, enum lang l, int brief)
{
	static const struct rule_words {
		const char *rule, *brief_en, *brief_nl, *en, *nl;
	} w[] = {
		{ "need", "by need", "naar behoefte", "by need (the requests "
		    "where the gap is largest first)", "naar behoefte (de "
		    "aanvragen waar het gat het grootst is eerst)" },
		{ "proportional", "in proportion to need",
		    "naar rato van de behoefte", "in proportion to need",
		    "naar rato van de behoefte" },
		{ "greedy", "most votes first", "meeste stemmen eerst",
		    "by votes (the most approved first)",
		    "naar stemmen (de meest gekozen aanvragen eerst)" },
		{ "equal-shares", "Method of Equal Shares",
		    "methode van gelijke delen", "by the Method of Equal Shares "
		    "(each voter holds an equal part of the budget, and a "
		    "request is funded when those who chose it can pay for it "
		    "together)", "volgens de methode van gelijke delen (Method "
		    "of Equal Shares: elke stemmer beschikt over een gelijk deel "
		    "van het budget, en een aanvraag wordt gehonoreerd als wie "
		    "haar kozen haar samen kunnen betalen)" },
	};
	size_t i;

	for (i = 0; i < NELEM(w); i++)
		if (rule != NULL && strcmp(rule, w[i].rule) == 0)
			return brief ? LANG_PICK(l, w[i].brief_en,
			    w[i].brief_nl) : LANG_PICK(l, w[i].en, w[i].nl);
	return rule != NULL ? rule : "?";
}

/* A share from a record, or NULL when it is null or absent. */
static const char *
rec_pct(const struct letter *lt, const json_t *rec, const char *key,
    char buf[LANG_BUF])
{
	const json_t *v = json_object_get(rec, key);

	return json_is_number(v) ? lang_percent1(lt->lang,
	    json_number_value(v), buf) : NULL;
}

/* "With a budget of ... shared out by need, three requests are funded,
 * for ..." */
static void
scenario_funded(const struct letter *lt, const json_t *sc)
{
	enum lang l = lt->lang;
	char b1[LANG_BUF], b2[LANG_BUF], w1[LANG_BUF];
	json_int_t funded = json_integer_value(json_object_get(sc, "funded"));
	int64_t budget = 0, used = 0;
	const char *why;

	money_from_json(json_object_get(sc, "budget"), &budget, &why);
	money_from_json(json_object_get(sc, "used"), &used, &why);
	out_printf(LANG_PICK(l, "- With a budget of %1$s shared out %2$s, "
	    "%3$s %4$s %5$s funded, for %6$s.", "- Met een budget van %1$s, "
	    "verdeeld %2$s, %5$s %3$s %4$s gehonoreerd, voor %6$s."),
	    lang_money(l, budget, b1),
	    letter_rule_words(json_string_value(json_object_get(sc, "rule")),
	    l, 0),
	    letter_words(l, (size_t)funded, w1), noun(l, (size_t)funded, "request",
	    "requests", "aanvraag", "aanvragen"), noun(l, (size_t)funded,
	    "is", "are", "wordt", "worden"), lang_money(l, used, b2));
}

static void
one_scenario(const struct letter *lt, const json_t *sc)
{
	enum lang l = lt->lang;
	char b3[LANG_BUF], b4[LANG_BUF], b5[LANG_BUF];
	const char *cov, *was, *mincov, *fifth, *voters;

	scenario_funded(lt, sc);
	cov = rec_pct(lt, sc, "need_covered", b3);
	was = rec_pct(lt, sc, "need_covered_before", b4);
	if (cov != NULL && was != NULL && strcmp(cov, was) == 0)
		out_printf(LANG_PICK(l, " Need covered stays at %s.",
		    " De gedekte behoefte blijft %s."), cov);
	else if (cov != NULL && was != NULL)
		out_printf(LANG_PICK(l, " Need covered goes from %s to %s.",
		    " De gedekte behoefte gaat van %s naar %s."), was, cov);
	if ((mincov = rec_pct(lt, sc, "min_coverage", b5)) != NULL)
		out_printf(LANG_PICK(l, " The least served area ends at %s.",
		    " Het minst bediende gebied komt uit op %s."), mincov);
	if ((fifth = rec_pct(lt, sc, "isolated_fifth_share", b3)) != NULL)
		out_printf(LANG_PICK(l, " %s of the money goes to the most "
		    "isolated fifth.", " Van het geld gaat %s naar het meest "
		    "geïsoleerde vijfde."), fifth);
	if ((voters = rec_pct(lt, sc, "voters_served", b4)) != NULL)
		out_printf(LANG_PICK(l, " %s of the voters see at least one of "
		    "their choices funded.", " %s van de stemmers ziet ten "
		    "minste één van hun keuzes gehonoreerd."), voters);
	out_printf("\n");
}

/* The scenario whose money goes most to the most isolated fifth. */
static const json_t *
best_scenario(const struct letter *lt)
{
	const json_t *best = NULL, *sc;
	double most = -1;
	size_t i;

	json_array_foreach((json_t *)lt->scenarios, i, sc) {
		const json_t *v = json_object_get(sc, "isolated_fifth_share");

		if (json_is_number(v) && json_number_value(v) > most) {
			most = json_number_value(v);
			best = sc;
		}
	}
	return best;
}

void
letter_scenarios(const struct letter *lt, const struct tally *t)
{
	enum lang l = lt->lang;
	const json_t *best;
	char b1[LANG_BUF];
	size_t i;
	json_t *sc;

	if (json_array_size(lt->scenarios) == 0)
		return;
	out_printf("## %s\n\n", LANG_PICK(l, "Budget scenarios",
	    "Budgetscenario's"));
	out_printf(LANG_PICK(l, "We have looked at how the budget would be "
	    "shared out under each rule, and whom it would reach. The most "
	    "isolated fifth are the fifth of the areas with a known need "
	    "(here %zu of %zu) where the share of residents in isolation is "
	    "largest.\n\n", "Wij hebben bekeken hoe het budget volgens elke "
	    "verdeelregel zou worden verdeeld, en wie het zou bereiken. Het "
	    "meest geïsoleerde vijfde zijn de gebieden met een bekende "
	    "behoefte (hier %zu van de %zu) waar het aandeel inwoners in een "
	    "isolement het grootst is.\n\n"), (t->known_areas + 4) / 5,
	    t->known_areas);
	json_array_foreach((json_t *)lt->scenarios, i, sc)
		one_scenario(lt, sc);
	out_printf("\n%s", LANG_PICK(l, "Self-organisation can widen the gap "
	    "between neighbourhoods; we advise you to choose a rule by which "
	    "the money follows the gap between need and places.",
	    "Zelforganisatie kan de kloof tussen buurten vergroten; wij "
	    "adviseren u te kiezen voor een verdeling waarbij het geld het gat "
	    "tussen behoefte en plaatsen volgt."));
	if ((best = best_scenario(lt)) != NULL)
		out_printf(LANG_PICK(l, " Of the rules we looked at, sharing "
		    "out %s does that most: %s of the money goes to the most "
		    "isolated fifth.", " Van de bekeken verdelingen doet de "
		    "verdeling %s dat het meest: %s van het geld gaat naar het "
		    "meest geïsoleerde vijfde."), letter_rule_words(
		    json_string_value(json_object_get(best, "rule")), l, 0),
		    rec_pct(lt, best,
		    "isolated_fifth_share", b1));
	out_printf("\n\n");
}

static void
recommend_measure(const struct letter *lt, size_t no, const json_t *a)
{
	enum lang l = lt->lang;
	const char *v = json_string_value(json_object_get(a, "verdict"));
	const json_t *conds = json_object_get(a, "conditions");
	size_t i;
	json_t *c;

	out_printf("%zu. **%s.** ", no, letter_measure_title(a));
	if (strcmp(v, "support") == 0)
		out_printf("%s", LANG_PICK(l, "We advise you to adopt this "
		    "measure as it stands.", "Wij adviseren u deze maatregel "
		    "over te nemen zoals hij er ligt."));
	else if (strcmp(v, "support-with-conditions") == 0)
		out_printf("%s", LANG_PICK(l, "We advise you to adopt this "
		    "measure on these conditions:", "Wij adviseren u deze "
		    "maatregel over te nemen onder deze voorwaarden:"));
	else
		out_printf("%s", LANG_PICK(l, "We advise you not to adopt this "
		    "measure in this form. A revised measure should meet these "
		    "conditions:", "Wij adviseren u deze maatregel in deze vorm "
		    "niet over te nemen. Een herziene maatregel zou aan deze "
		    "voorwaarden moeten voldoen:"));
	/* one line an item: the conditions follow as sentences */
	json_array_foreach((json_t *)conds, i, c)
		out_printf(" (%zu) %s", i + 1, json_string_value(c));
	out_printf("\n");
}

static void
recommend_cell(const struct letter *lt, size_t no, size_t cell)
{
	const struct needs *n = lt->needs;
	const struct needs_cell *c = &n->cells[cell];
	json_t *why = needs_reasons(n, cell, lt->lang);

	out_printf("%zu. **%s, %s.** ", no, needs_area_name(n, c->area),
	    needs_form_words(c->form, lt->lang));
	sentences(why);
	out_printf("\n");
	json_decref(why);
}

static void
recommend_unknown(const struct letter *lt, size_t no, size_t total)
{
	enum lang l = lt->lang;
	const char **names = xreallocarray(NULL, total + 1, sizeof *names);
	char list[LIST_MAX];
	size_t k = letter_unknown_areas(lt, names, total + 1);

	out_printf(LANG_PICK(l, "%zu. **Unknown need.** We advise you to "
	    "survey more residents, and to ask the initiatives and "
	    "neighbourhood teams, in %s, before money is shared out there: an "
	    "area without figures must not lose out to one with.\n",
	    "%zu. **Onbekende behoefte.** Wij adviseren u in %s meer inwoners "
	    "te ondervragen, en het de initiatieven en wijkteams te vragen, "
	    "voordat daar geld wordt verdeeld: een gebied zonder cijfers mag "
	    "niet achterblijven bij een gebied met cijfers.\n"), no,
	    lang_join(l, LANG_AND, names, k, list, sizeof list));
	free(names);
}

void
letter_recommendations(const struct letter *lt, const struct tally *t)
{
	const json_t *as = lt->assessments;
	const struct needs *n = lt->needs;
	size_t i, k, no = 1;
	json_t *a;

	out_printf("## %s\n\n", LANG_PICK(lt->lang, "Recommendations",
	    "Aanbevelingen"));
	/* the measures advised against first, then those with conditions */
	for (k = 3; k-- > 0;)
		json_array_foreach((json_t *)as, i, a)
			if (strcmp(json_string_value(json_object_get(a,
			    "verdict")), letter_verdicts[k]) == 0)
				recommend_measure(lt, no++, a);
	for (i = 0; i < n->nranked && i < lt->top; i++) {
		if (n->cells[n->by_rank[i]].gap <= 0)
			break;
		recommend_cell(lt, no++, n->by_rank[i]);
	}
	if (t->unknown_areas > 0)
		recommend_unknown(lt, no++, t->unknown_areas);
	if (no == 1)
		out_printf("%s\n", LANG_PICK(lt->lang, "We have no "
		    "recommendations beyond keeping what works.", "Wij hebben "
		    "geen aanbevelingen, behalve vast te houden wat werkt."));
	out_printf("\n");
}

/* "**A. de Vries**, voorzitter", a paragraph each. */
static void
letter_signatures(const struct letter *lt)
{
	const struct letter_config *c = lt->config;
	size_t i;

	for (i = 0; c != NULL && i < c->nsignatories; i++) {
		out_printf("**%s**", c->signatories[i].name);
		if (c->signatories[i].role != NULL)
			out_printf(", %s", c->signatories[i].role);
		out_printf("\n\n");
	}
}

void
letter_closing(const struct letter *lt, const char *council)
{
	enum lang l = lt->lang;

	out_printf("## %s\n\n", LANG_PICK(l, "Request for a reply",
	    "Verzoek om een reactie"));
	out_printf("%s\n\n", LANG_PICK(l, "We ask you to reply to this advice "
	    "in writing within six weeks, stating which recommendations you "
	    "adopt and, for those you do not, your reasons. We are glad to "
	    "explain this advice in person.",
	    "Wij verzoeken u binnen zes weken schriftelijk en met redenen "
	    "omkleed op dit advies te reageren: welke aanbevelingen u "
	    "overneemt, en waarom u andere niet overneemt. Wij lichten dit "
	    "advies graag mondeling aan u toe."));
	out_printf("%s\n\n%s\n\n", LANG_PICK(l, "Yours sincerely,",
	    "Met vriendelijke groet,"), council);
	letter_signatures(lt);
}
