/*
 * letter: what the letter says, counted and chosen; letter_text.c says it
 * (see letter.h).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "advice/letter_text.h"
#include "base/money.h"

const char *const letter_verdicts[3] = { "support", "support-with-conditions",
	"advise-against" };

void
letter_people_add(struct people *sum, struct people x)
{
	double hs = (sum->hi - sum->lo) / 2, hx = (x.hi - x.lo) / 2;
	double est = sum->est + x.est, half = sqrt(hs * hs + hx * hx);

	sum->est = est;
	sum->lo = fmax(0, est - half);
	sum->hi = est + half;
	sum->model |= x.model;
}

struct people
letter_area_people(const struct needs *n, size_t i)
{
	const struct needs_area *a = &n->areas[i];
	struct people p = { NAN, NAN, NAN, a->method == METHOD_FAY_HERRIOT };

	if (a->summary && !a->suppressed && a->known[NEEDS_ANY_FORM] &&
	    a->population >= 0) {
		p.est = round(a->share[NEEDS_ANY_FORM] * (double)a->population);
		p.lo = round(a->low[NEEDS_ANY_FORM] * (double)a->population);
		p.hi = round(a->high[NEEDS_ANY_FORM] * (double)a->population);
	}
	return p;
}

static void
count_initiatives(const struct needs *n, struct tally *t)
{
	size_t i;

	for (i = 0; i < n->ninits; i++) {
		t->inits++;
		t->owned += n->inits[i].owned != 0;
		t->flagged += n->inits[i].accounts == 0;
		t->capacity += n->inits[i].capacity;
	}
}

/* The survey behind an area, and its people in any form. */
static void
count_area(const struct needs *n, size_t area, struct tally *t)
{
	const struct needs_area *a = &n->areas[area];
	struct people p = letter_area_people(n, area);

	t->areas++;
	t->summaries += a->summary;
	t->suppressed += a->summary && a->suppressed;
	t->missing += !a->summary;
	if (!a->summary)
		return;
	t->respondents += a->n;
	t->weighted |= fabs(a->weight_sum - (double)a->n) > 1e-9;
	if (!a->suppressed) {
		t->model_areas += a->method == METHOD_FAY_HERRIOT;
		t->direct_areas += a->method == METHOD_DIRECT;
	}
	if (!isnan(p.est)) {
		letter_people_add(&t->anyform, p);
		t->anyform_areas++;
		t->anyform_population += a->population;
	}
}

static void
count_needs(const struct needs *n, struct tally *t)
{
	size_t i, f;

	count_initiatives(n, t);
	for (i = 0; i < n->ncells; i += FORM_COUNT) {
		int unknown = 0, known = 0;

		count_area(n, n->cells[i].area, t);
		for (f = 0; f < FORM_COUNT; f++) {
			const struct needs_cell *c = &n->cells[i + f];
			struct people p = { c->need, c->need_low, c->need_high,
			    n->areas[c->area].method == METHOD_FAY_HERRIOT };

			t->local_places += c->supply_exact;
			if (isnan(c->need)) {
				unknown = 1;
				continue;
			}
			known = 1;
			t->known++;
			letter_people_add(&t->form[f], p);
			t->places[f] += c->supply_exact;
			t->gap[f] += c->gap;
			if (c->gap == 0)
				t->covered++;
			else
				t->open++;
		}
		t->unknown_areas += unknown;
		t->known_areas += known;
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
			if (v != NULL && strcmp(v, letter_verdicts[k]) == 0) {
				t->verdicts[k]++;
				money_add(&t->budget[k], cents);
			}
	}
}

size_t
letter_open_cells(const struct needs *n, size_t k)
{
	size_t i, m = 0;

	for (i = 0; i < n->nranked && m < k; i++)
		m += n->cells[n->by_rank[i]].gap > 0;
	return m;
}

size_t
letter_measures_with(const struct letter *lt, const char *p,
    const char *eff, const char **titles, size_t max)
{
	size_t i, j, k = 0;
	json_t *a, *r;

	json_array_foreach((json_t *)lt->assessments, i, a)
		json_array_foreach(json_object_get(a, "principles"), j, r) {
			if (strcmp(json_string_value(json_object_get(r,
			    "principle")), p) != 0 ||
			    strcmp(json_string_value(json_object_get(r,
			    "effect")), eff) != 0)
				continue;
			if (k < max)
				titles[k] = letter_measure_title(a);
			k++;
		}
	return k;
}

size_t
letter_unknown_areas(const struct letter *lt, const char **names,
    size_t max)
{
	const struct needs *n = lt->needs;
	size_t i, f, k = 0;

	for (i = 0; i < n->ncells; i += FORM_COUNT) {
		int unknown = 0;

		for (f = 0; f < FORM_COUNT; f++)
			unknown |= isnan(n->cells[i + f].need);
		if (!unknown)
			continue;
		if (k < max)
			names[k] = needs_area_name(n, n->cells[i].area);
		k++;
	}
	return k;
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
	else if (lt->config != NULL && lt->config->council != NULL)
		snprintf(council, sizeof council, "%s", lt->config->council);
	else
		letter_council(lt, place, council, sizeof council);
	letter_header(lt, council, place);
	letter_reason(lt, &t, place);
	letter_summary(lt, &t);
	letter_observations(lt, &t);
	letter_measures(lt);
	letter_per_principle(lt);
	letter_scenarios(lt, &t);
	letter_recommendations(lt, &t);
	letter_method(lt, &t);
	letter_closing(lt, council);
	letter_appendix(lt);
}
