#include <math.h>
#include <stdio.h>
#include <string.h>

#include "advice/letter.h"
#include "base/money.h"
#include "core/out.h"
#include "base/period.h"

#define L(en, nl) (lt->lang == LANG_NL ? (nl) : (en))

/* What the letter says about the needs, counted once. */
struct tally {
	size_t areas, summaries, suppressed, missing;
	size_t inits, owned, flagged;
	long capacity;
	size_t known, covered, open;
	double need, gap;
	size_t unknown_areas;
	size_t verdicts[3];		/* support, with conditions, against */
	int64_t budget[3];
};

static const char *const verdict_names[] = { "support",
	"support-with-conditions", "advise-against" };

static void
count_needs(const struct needs *n, struct tally *t)
{
	size_t i, f;

	for (i = 0; i < n->ninits; i++) {
		t->inits++;
		t->owned += n->inits[i].owned != 0;
		t->flagged += n->inits[i].accounts == 0;
		t->capacity += n->inits[i].capacity;
	}
	for (i = 0; i < n->ncells; i += FORM_COUNT) {
		const struct needs_area *a = &n->areas[n->cells[i].area];
		int unknown = 0;

		t->areas++;
		t->summaries += a->summary;
		t->suppressed += a->summary && a->suppressed;
		t->missing += !a->summary;
		for (f = 0; f < FORM_COUNT; f++) {
			const struct needs_cell *c = &n->cells[i + f];

			if (isnan(c->need)) {
				unknown = 1;
				continue;
			}
			t->known++;
			t->need += c->need;
			t->gap += c->gap;
			if (c->gap == 0)
				t->covered++;
			else
				t->open++;
		}
		t->unknown_areas += unknown;
	}
}

static void
count_verdicts(const json_t *as, struct tally *t)
{
	size_t i, k;
	json_t *a;

	json_array_foreach((json_t *)as, i, a) {
		const char *v = json_string_value(json_object_get(a, "verdict"));
		int64_t cents = 0;
		const char *why;

		money_from_json(json_object_get(a, "budget"), &cents, &why);
		for (k = 0; k < 3; k++)
			if (v != NULL && strcmp(v, verdict_names[k]) == 0) {
				t->verdicts[k]++;
				money_add(&t->budget[k], cents);
			}
	}
}

/* Small counts in words, as a letter writes them: "four", "één". */
static const char *
words(enum lang l, size_t k, char buf[LANG_BUF])
{
	static const char *const w[13][2] = {
		{ "no", "geen" }, { "one", "één" }, { "two", "twee" },
		{ "three", "drie" }, { "four", "vier" }, { "five", "vijf" },
		{ "six", "zes" }, { "seven", "zeven" }, { "eight", "acht" },
		{ "nine", "negen" }, { "ten", "tien" }, { "eleven", "elf" },
		{ "twelve", "twaalf" },
	};

	if (k <= 12)
		return w[k][l];
	return lang_hundredths(l, (int64_t)k * 100, buf);
}

static const char *
noun(enum lang l, size_t k, const char *en1, const char *en, const char *nl1,
    const char *nl)
{
	if (l == LANG_NL)
		return k == 1 ? nl1 : nl;
	return k == 1 ? en1 : en;
}

static void
sentences(const json_t *list)
{
	size_t i;
	json_t *s;

	json_array_foreach((json_t *)list, i, s)
		out_printf("%s%s", i == 0 ? "" : " ", json_string_value(s));
}

static void
header(const struct letter *lt, const char *council, const char *place)
{
	char date[LANG_BUF];

	lang_date_str(lt->lang, lt->date, date);
	if (lt->title != NULL)
		out_printf("# %s %s\n\n", L("Advice:", "Advies:"), lt->title);
	else
		out_printf("# %s\n\n", L("Advice on need and supply in the "
		    "social domain", "Advies over behoefte en aanbod in het "
		    "sociaal domein"));
	out_printf("%s %s%s\\\n", L("**To:** the College of Mayor and "
	    "Aldermen", "**Aan:** het College van burgemeester en wethouders"),
	    place != NULL ? L("of ", "van ") : "", place != NULL ? place : "");
	out_printf("%s %s\\\n", L("**From:**", "**Van:**"), council);
	out_printf("%s %s\\\n", L("**Date:**", "**Datum:**"), date);
	if (lt->title != NULL)
		out_printf("%s %s\n\n", L("**Subject:**", "**Onderwerp:**"),
		    lt->title);
	else
		out_printf("%s\n\n", L("**Subject:** need and supply of "
		    "citizens' initiatives", "**Onderwerp:** behoefte en "
		    "aanbod van bewonersinitiatieven"));
	out_printf("%s\n\n", L("Dear members of the College,",
	    "Geacht College,"));
}

static void
reason(const struct letter *lt, const struct tally *t, const char *place)
{
	enum lang l = lt->lang;
	char b1[LANG_BUF], b2[LANG_BUF], w1[LANG_BUF];
	size_t nm = json_array_size(lt->assessments);
	const char *measures = noun(l, nm, "measure", "measures", "maatregel",
	    "maatregelen");

	out_printf("## %s\n\n", L("Reason for this advice", "Aanleiding"));
	if (lt->title != NULL && nm > 0)
		out_printf(L("You have asked us for our advice on *%s*. It holds "
		    "%s %s, with a budget of %s in all. ",
		    "U heeft ons om advies gevraagd over *%s*. Daarin staan %s "
		    "%s, met samen een budget van %s. "), lt->title,
		    words(l, nm, w1), measures, lang_money(l, t->budget[0] +
		    t->budget[1] + t->budget[2], b1));
	else if (nm > 0)
		out_printf(L("You have asked us for our advice on %s %s. ",
		    "U heeft ons om advies gevraagd over %s %s. "),
		    words(l, nm, w1), measures);
	else
		out_printf("%s", L("We give this advice of our own accord. ",
		    "Wij geven dit advies uit eigen beweging. "));
	out_printf(L("We have set %s against what is known about social "
	    "isolation in the neighbourhoods of %s and about the citizens' "
	    "initiatives that answer it: survey results for %zu of %zu "
	    "areas, and %zu %s with room for %s participants a week.",
	    "Wij hebben %s gelegd naast wat bekend is over sociaal isolement "
	    "in de buurten van %s en over de bewonersinitiatieven die daarop "
	    "inspelen: uitkomsten van de enquête voor %zu van de %zu "
	    "gebieden, en %zu %s met samen wekelijks plaats voor %s "
	    "deelnemers."), nm > 0 ? L("the measures, and the principles the "
	    "council holds to,", "de maatregelen, en de uitgangspunten die "
	    "de raad hanteert,") : L("the principles the council holds to",
	    "de uitgangspunten die de raad hanteert"),
	    place != NULL ? place : L("the municipality", "de gemeente"),
	    t->summaries, t->areas, t->inits, noun(l, t->inits, "initiative",
	    "initiatives", "initiatief", "initiatieven"),
	    lang_number(l, (double)t->capacity, b2));
	out_printf("\n\n");
}

/* "individual isolation in Oude Kern (140 residents), ... and ...". */
static void
priority_list(const struct letter *lt, size_t k)
{
	const struct needs *n = lt->needs;
	char b[LANG_BUF];
	size_t i, shown = 0, total = 0;

	for (i = 0; i < n->nranked && total < k; i++)
		total += n->cells[n->by_rank[i]].gap > 0;
	for (i = 0; i < n->nranked && shown < total; i++) {
		const struct needs_cell *c = &n->cells[n->by_rank[i]];

		if (c->gap <= 0)
			break;
		out_printf("%s%s %s %s (%s%s)", shown == 0 ? "" :
		    shown + 1 == total ? L(" and ", " en ") : ", ",
		    needs_form_words(c->form, lt->lang), L("in", "in"),
		    needs_area_name(n, c->area), lang_number(lt->lang, c->gap, b),
		    shown == 0 ? L(" residents", " inwoners") : "");
		shown++;
	}
}

static size_t
open_cells(const struct needs *n, size_t k)
{
	size_t i, m = 0;

	for (i = 0; i < n->nranked && m < k; i++)
		m += n->cells[n->by_rank[i]].gap > 0;
	return m;
}

static void
summary(const struct letter *lt, const struct tally *t)
{
	enum lang l = lt->lang;
	char b1[LANG_BUF], w1[LANG_BUF], w2[LANG_BUF], w3[LANG_BUF],
	    w4[LANG_BUF];
	size_t nm = json_array_size(lt->assessments);

	out_printf("## %s\n\n", L("Summary", "Samenvatting"));
	if (nm > 0)
		out_printf(L("Of the %s %s we support %s as %s%s, %s on "
		    "conditions, and we advise against %s. ",
		    "Van de %s %s steunen wij er %s zoals %s er %s, %s onder "
		    "voorwaarden; over %s adviseren wij negatief. "),
		    words(l, nm, w1), noun(l, nm, "measure", "measures",
		    "maatregel", "maatregelen"), words(l, t->verdicts[0], w2),
		    L(t->verdicts[0] == 1 ? "it stands" : "they stand",
		    t->verdicts[0] == 1 ? "hij" : "ze"),
		    L("", t->verdicts[0] == 1 ? "ligt" : "liggen"),
		    words(l, t->verdicts[1], w3), words(l, t->verdicts[2], w4));
	if (open_cells(lt->needs, 1) > 0) {
		out_printf("%s ", L("The gap between need and supply is largest "
		    "for", "Het gat tussen behoefte en aanbod is het grootst "
		    "bij"));
		priority_list(lt, 3);
		out_printf(". ");
		out_printf(L("In all, some %s residents in isolation find no "
		    "place in an initiative near them. ",
		    "Al met al vinden zo'n %s inwoners in een isolement geen "
		    "plek bij een initiatief in hun buurt. "),
		    lang_number(l, t->gap, b1));
	} else if (t->known > 0)
		out_printf("%s ", L("Wherever the need is known, the "
		    "initiatives have room for it.", "Waar de behoefte bekend "
		    "is, hebben de initiatieven er plaats voor."));
	if (t->unknown_areas > 0)
		out_printf(L("In %s %s the need is wholly or partly "
		    "unknown; that is no reason to assume there is none.",
		    "In %s %s is de behoefte geheel of deels onbekend; "
		    "dat is geen reden om aan te nemen dat die er niet is."),
		    words(l, t->unknown_areas, w1), noun(l, t->unknown_areas,
		    "area", "areas", "gebied", "gebieden"));
	out_printf("\n\n");
}

static void
observations(const struct letter *lt, const struct tally *t)
{
	enum lang l = lt->lang;
	char b1[LANG_BUF], b2[LANG_BUF], w1[LANG_BUF], w2[LANG_BUF];
	size_t nodata = t->suppressed + t->missing;

	out_printf("## %s\n\n", L("General observations",
	    "Algemene opmerkingen"));
	if (t->inits > 0)
		out_printf(L("- We note with appreciation that %s citizens' "
		    "%s at work%s, %s of them owned by their own participants. "
		    "They do what the municipality cannot organise itself: they "
		    "offer places where people who are isolated find others.\n",
		    "- Wij zien met waardering dat er %s %s actief %s, waarvan "
		    "%s in handen van de deelnemers zelf. Zij doen wat de "
		    "gemeente zelf niet kan organiseren: zij bieden plekken waar "
		    "mensen in een isolement anderen ontmoeten.\n"),
		    words(l, t->inits, w2),
		    noun(l, t->inits, "initiative is", "initiatives are",
		    "bewonersinitiatief", "bewonersinitiatieven"),
		    L("", t->inits == 1 ? "is" : "zijn"),
		    words(l, t->owned, w1));
	if (t->covered > 0)
		out_printf(L("- In %s of the %s combinations of area and form "
		    "of isolation whose need is known, supply already covers "
		    "the need.\n", "- In %s van de %s combinaties van gebied "
		    "en vorm van isolement waarvan de behoefte bekend is, dekt "
		    "het aanbod de behoefte al.\n"), words(l, t->covered, w1),
		    words(l, t->known, w2));
	if (t->open > 0)
		out_printf(L("- In the other %s there is a gap: of an "
		    "estimated %s residents in isolation, some %s find no "
		    "place.\n", "- In de overige %s is er een gat: van naar "
		    "schatting %s inwoners in een isolement vinden er zo'n %s "
		    "geen plek.\n"), words(l, t->open, w1), lang_number(l, t->need, b1),
		    lang_number(l, t->gap, b2));
	if (nodata > 0)
		out_printf(L("- For %s %s the survey gives no figures (%zu with "
		    "too few respondents, %zu without results). An unknown need "
		    "is not a small one.\n", "- Voor %s %s geeft de enquête geen "
		    "cijfers (%zu met te weinig respondenten, %zu zonder "
		    "uitkomsten). Een onbekende behoefte is geen kleine "
		    "behoefte.\n"), words(l, nodata, w1), noun(l, nodata,
		    "area", "areas", "gebied", "gebieden"), t->suppressed,
		    t->missing);
	if (t->flagged > 0 && l == LANG_NL)
		out_printf("- Het afgelopen jaar %s %s %s geen bijeenkomst "
		    "gehouden waarin de deelnemers rekening en verantwoording "
		    "goedkeurden. Juist verantwoording aan de deelnemers maakt "
		    "vertrouwen mogelijk.\n", t->flagged == 1 ? "heeft" :
		    "hebben", words(l, t->flagged, w1), t->flagged == 1 ?
		    "initiatief" : "initiatieven");
	else if (t->flagged > 0)
		out_printf("- In the past year %s %s held no meeting at which "
		    "the participants approved the accounts. Accounting to "
		    "participants is what makes trust possible.\n",
		    words(l, t->flagged, w1), t->flagged == 1 ?
		    "initiative has" : "initiatives have");
	out_printf("%s\n\n", L("- Self-organisation can widen the gap between "
	    "neighbourhoods that organise themselves easily and those that "
	    "do not. Where initiatives thrive, more come easily; money "
	    "should therefore follow the gap, not the initiative.",
	    "- Zelforganisatie kan de kloof vergroten tussen buurten die "
	    "zich makkelijk organiseren en buurten waar dat niet vanzelf "
	    "gaat. Waar initiatieven bloeien, komen er gemakkelijk meer bij; "
	    "het geld hoort daarom het gat te volgen, niet het initiatief."));
}

/* The measures whose assessment gives principle p effect eff, as
 * "a, b and c". */
static size_t
measures_with(const struct letter *lt, const char *p, const char *eff,
    char *out, size_t size)
{
	const json_t *as = lt->assessments;
	size_t i, j, k = 0, total = 0, len = 0;
	json_t *a, *r;
	int pass;

	out[0] = '\0';
	for (pass = 0; pass < 2; pass++)
		json_array_foreach((json_t *)as, i, a)
			json_array_foreach(json_object_get(a, "principles"), j,
			    r) {
				if (strcmp(json_string_value(json_object_get(r,
				    "principle")), p) != 0 ||
				    strcmp(json_string_value(json_object_get(r,
				    "effect")), eff) != 0)
					continue;
				if (pass == 0) {
					total++;
					continue;
				}
				k++;
				if (len < size)
					len += (size_t)snprintf(out + len,
					    size - len, "%s%s", k == 1 ? "" :
					    k == total ? L(" and ", " en ") :
					    ", ", json_string_value(
					    json_object_get(a, "measure")));
			}
	return total;
}

/* "Measure(s) LIST serve(s) it", on condition or against it (verdict e:
 * served, tension, breached). */
static void
say_measures(const struct letter *lt, int e, int many, const char *list)
{
	if (e == 0 && many)
		out_printf(L("Measures %s serve it.",
		    "De maatregelen %s dragen hieraan bij."), list);
	else if (e == 0)
		out_printf(L("Measure %s serves it.",
		    "Maatregel %s draagt hieraan bij."), list);
	else if (e == 1 && many)
		out_printf(L("Measures %s serve it only on conditions.",
		    "De maatregelen %s dragen hier alleen onder voorwaarden "
		    "aan bij."), list);
	else if (e == 1)
		out_printf(L("Measure %s serves it only on conditions.",
		    "Maatregel %s draagt hier alleen onder voorwaarden aan "
		    "bij."), list);
	else if (many)
		out_printf(L("Measures %s go against it.",
		    "De maatregelen %s staan hiermee op gespannen voet."), list);
	else
		out_printf(L("Measure %s goes against it.",
		    "Maatregel %s staat hiermee op gespannen voet."), list);
}

static void
per_principle(const struct letter *lt)
{
	static const char *const verdicts[3] = {
		"served", "tension", "breached"
	};
	const struct principles *ps = lt->principles;
	const json_t *as = lt->assessments;
	char list[1024];
	size_t i, j, k, e;
	json_t *a, *r;

	if (json_array_size(as) == 0)
		return;
	out_printf("## %s\n\n", L("Assessment per principle",
	    "Beoordeling per uitgangspunt"));
	for (i = 0; i < ps->n; i++) {
		const struct principle *p = &ps->p[i];
		int any = 0;

		out_printf("### %zu. %s\n\n", i + 1, p->name[lt->lang]);
		for (e = 0; e < 3; e++) {
			k = measures_with(lt, p->id, verdicts[e], list,
			    sizeof list);
			if (k == 0)
				continue;
			say_measures(lt, e, k > 1, list);
			out_printf("\n");
			any = 1;
		}
		if (!any)
			out_printf("%s\n", L("None of the measures touches this "
			    "principle.", "Geen van de maatregelen raakt aan dit "
			    "uitgangspunt."));
		out_printf("\n");
		json_array_foreach((json_t *)as, j, a)
			json_array_foreach(json_object_get(a, "principles"), k,
			    r) {
				const json_t *why = json_object_get(r,
				    "reasons");

				if (strcmp(json_string_value(json_object_get(r,
				    "principle")), p->id) != 0 ||
				    json_array_size(why) == 0)
					continue;
				out_printf("- **%s %s.** ", L("Measure",
				    "Maatregel"), json_string_value(
				    json_object_get(a, "measure")));
				sentences(why);
				out_printf("\n");
			}
		out_printf("\n");
	}
}

static const char *
rule_words(const char *rule, enum lang l)
{
	static const char *const w[][3] = {
		{ "need", "by need (the largest gap first)",
		    "naar behoefte (het grootste gat eerst)" },
		{ "proportional", "in proportion to need",
		    "naar rato van de behoefte" },
		{ "greedy", "by votes (the most approved first)",
		    "naar stemmen (de meest gekozen aanvragen eerst)" },
		{ "equal-shares", "by the Method of Equal Shares",
		    "volgens de Method of Equal Shares (gelijke delen)" },
	};
	size_t i;

	for (i = 0; i < sizeof w / sizeof w[0]; i++)
		if (rule != NULL && strcmp(rule, w[i][0]) == 0)
			return w[i][l == LANG_NL ? 2 : 1];
	return rule != NULL ? rule : "?";
}

/* A share from a record, or NULL when it is null or absent. */
static const char *
rec_pct(const struct letter *lt, const json_t *rec, const char *key,
    char buf[LANG_BUF])
{
	const json_t *v = json_object_get(rec, key);

	return json_is_number(v) ? lang_percent1(lt->lang, json_number_value(v), buf) :
	    NULL;
}

static void
one_scenario(const struct letter *lt, const json_t *sc)
{
	enum lang l = lt->lang;
	char b1[LANG_BUF], b2[LANG_BUF], b3[LANG_BUF], b4[LANG_BUF],
	    b5[LANG_BUF], w1[LANG_BUF];
	int64_t budget = 0, used = 0;
	const char *why, *cov, *was, *mincov, *fifth, *voters;
	json_int_t funded = json_integer_value(json_object_get(sc, "funded"));

	money_from_json(json_object_get(sc, "budget"), &budget, &why);
	money_from_json(json_object_get(sc, "used"), &used, &why);
	if (l == LANG_NL)
		out_printf("- Met een budget van %s, verdeeld %s, %s %s %s "
		    "gehonoreerd, voor %s.", lang_money(l, budget, b1),
		    rule_words(json_string_value(json_object_get(sc, "rule")),
		    l), funded == 1 ? "wordt" : "worden",
		    words(l, (size_t)funded, w1), funded == 1 ? "aanvraag" :
		    "aanvragen", lang_money(l, used, b2));
	else
		out_printf("- With a budget of %s shared out %s, %s %s "
		    "funded, for %s.", lang_money(l, budget, b1),
		    rule_words(json_string_value(json_object_get(sc, "rule")),
		    l), words(l, (size_t)funded, w1), funded == 1 ?
		    "request is" : "requests are", lang_money(l, used, b2));
	cov = rec_pct(lt, sc, "need_covered", b3);
	was = rec_pct(lt, sc, "need_covered_before", b4);
	if (cov != NULL && was != NULL && strcmp(cov, was) == 0)
		out_printf(L(" Need covered stays at %s.",
		    " De gedekte behoefte blijft %s."), cov);
	else if (cov != NULL && was != NULL)
		out_printf(L(" Need covered goes from %s to %s.",
		    " De gedekte behoefte gaat van %s naar %s."), was, cov);
	if ((mincov = rec_pct(lt, sc, "min_coverage", b5)) != NULL)
		out_printf(L(" The least served area ends at %s.",
		    " Het minst bediende gebied komt uit op %s."), mincov);
	if ((fifth = rec_pct(lt, sc, "isolated_fifth_share", b3)) != NULL)
		out_printf(L(" %s of the money goes to the fifth of the areas "
		    "where isolation is greatest.", " Van het geld gaat %s naar "
		    "het vijfde deel van de gebieden met het meeste "
		    "isolement."), fifth);
	if ((voters = rec_pct(lt, sc, "voters_served", b4)) != NULL)
		out_printf(L(" %s of the voters see at least one of their "
		    "choices funded.", " %s van de stemmers ziet ten minste één "
		    "van hun keuzes gehonoreerd."), voters);
	out_printf("\n");
}

static void
scenarios(const struct letter *lt)
{
	size_t i;
	json_t *sc;

	if (json_array_size(lt->scenarios) == 0)
		return;
	out_printf("## %s\n\n", L("Budget scenarios", "Budgetscenario's"));
	out_printf("%s\n\n", L("We have looked at how the budget would be "
	    "shared out under each rule, and whom it would reach:",
	    "Wij hebben bekeken hoe het budget volgens elke verdeelregel zou "
	    "worden verdeeld, en wie het zou bereiken:"));
	json_array_foreach((json_t *)lt->scenarios, i, sc)
		one_scenario(lt, sc);
	out_printf("\n%s\n\n", L("Self-organisation can widen the gap between "
	    "neighbourhoods; we ask you to choose the rule whose money "
	    "follows the gap.", "Zelforganisatie kan de kloof tussen buurten "
	    "vergroten; wij vragen u te kiezen voor de verdeling waarbij het "
	    "geld het gat volgt."));
}

static void
recommend_measure(const struct letter *lt, size_t no, const json_t *a)
{
	const char *v = json_string_value(json_object_get(a, "verdict"));
	const json_t *conds = json_object_get(a, "conditions");
	size_t i;
	json_t *c;

	out_printf("%zu. **%s %s** (%s) ", no, L("Measure", "Maatregel"),
	    json_string_value(json_object_get(a, "measure")),
	    json_string_value(json_object_get(a, "text")));
	if (strcmp(v, "support") == 0)
		out_printf("%s\n", L("— adopt it as it stands.",
		    "— neem deze over zoals hij er ligt."));
	else if (strcmp(v, "support-with-conditions") == 0)
		out_printf("%s\n", L("— adopt it on these conditions:",
		    "— neem deze over onder de volgende voorwaarden:"));
	else
		out_printf("%s\n", L("— do not adopt it in this form. A revised "
		    "measure should meet these conditions:", "— neem deze in "
		    "deze vorm niet over. Een herziene maatregel zou aan de "
		    "volgende voorwaarden moeten voldoen:"));
	json_array_foreach((json_t *)conds, i, c)
		out_printf("   - %s\n", json_string_value(c));
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
	const struct needs *n = lt->needs;
	size_t i, f, k = 0;

	out_printf("%zu. **%s** %s ", no, L("Unknown need.",
	    "Onbekende behoefte."), L("Survey more residents, and ask the "
	    "initiatives and neighbourhood teams, in",
	    "Ondervraag meer inwoners, en vraag het de initiatieven en "
	    "wijkteams, in"));
	for (i = 0; i < n->ncells; i += FORM_COUNT) {
		int unknown = 0;

		for (f = 0; f < FORM_COUNT; f++)
			unknown |= isnan(n->cells[i + f].need);
		if (!unknown)
			continue;
		k++;
		out_printf("%s%s", k == 1 ? "" : k == total ? L(" and ", " en ") :
		    ", ", needs_area_name(n, n->cells[i].area));
	}
	out_printf("%s\n", L(", before money is shared out there: an area "
	    "without figures must not lose out to one with.",
	    ", voordat daar geld wordt verdeeld: een gebied zonder cijfers mag "
	    "niet achterblijven bij een gebied met cijfers."));
}

static void
recommendations(const struct letter *lt, const struct tally *t)
{
	const json_t *as = lt->assessments;
	const struct needs *n = lt->needs;
	size_t i, k, no = 1;
	json_t *a;

	out_printf("## %s\n\n", L("Recommendations", "Aanbevelingen"));
	/* the measures advised against first, then those with conditions */
	for (k = 3; k-- > 0;)
		json_array_foreach((json_t *)as, i, a)
			if (strcmp(json_string_value(json_object_get(a,
			    "verdict")), verdict_names[k]) == 0)
				recommend_measure(lt, no++, a);
	for (i = 0; i < n->nranked && i < lt->top; i++) {
		if (n->cells[n->by_rank[i]].gap <= 0)
			break;
		recommend_cell(lt, no++, n->by_rank[i]);
	}
	if (t->unknown_areas > 0)
		recommend_unknown(lt, no++, t->unknown_areas);
	if (no == 1)
		out_printf("%s\n", L("We have no recommendations beyond "
		    "keeping what works.", "Wij hebben geen aanbevelingen, "
		    "behalve vast te houden wat werkt."));
	out_printf("\n");
}

static void
closing(const struct letter *lt, const char *council)
{
	out_printf("## %s\n\n", L("Request for a reply",
	    "Verzoek om een reactie"));
	out_printf("%s\n\n", L("We ask you to reply to this advice in "
	    "writing within six weeks, stating which recommendations you "
	    "adopt and, for those you do not, your reasons. We are glad to "
	    "explain this advice in person.",
	    "Wij verzoeken u binnen zes weken schriftelijk en met redenen "
	    "omkleed op dit advies te reageren: welke aanbevelingen u "
	    "overneemt, en waarom u andere niet overneemt. Wij lichten dit "
	    "advies graag mondeling aan u toe."));
	out_printf("%s\n\n%s\n", L("Yours sincerely,",
	    "Met vriendelijke groet,"), council);
}

void
letter_write(const struct letter *lt)
{
	const char *place = needs_municipality(lt->needs);
	char council[256];
	struct tally t;

	memset(&t, 0, sizeof t);
	count_needs(lt->needs, &t);
	count_verdicts(lt->assessments, &t);
	if (lt->council != NULL)
		snprintf(council, sizeof council, "%s", lt->council);
	else if (place != NULL)
		snprintf(council, sizeof council, "%s %s",
		    L("The Social Advisory Council of", "Sociale Adviesraad"),
		    place);
	else
		snprintf(council, sizeof council, "%s",
		    L("The Social Advisory Council", "De Sociale Adviesraad"));
	header(lt, council, place);
	reason(lt, &t, place);
	summary(lt, &t);
	observations(lt, &t);
	per_principle(lt);
	scenarios(lt);
	recommendations(lt, &t);
	closing(lt, council);
}
