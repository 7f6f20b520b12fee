/* needs: need against supply on a case computed by hand. */
#include <math.h>
#include <string.h>

#include "advice/needs.h"
#include "unit.h"

static int
add(struct needs *n, const char *text)
{
	json_error_t e;
	json_t *rec = json_loads(text, 0, &e);
	const char *type;
	char err[512];
	int rc;

	ck_assert_msg(rec != NULL, "bad test JSON: %s", e.text);
	type = json_string_value(json_object_get(rec, "type"));
	if (strcmp(type, "area") == 0)
		rc = needs_add_area(n, rec, err, sizeof err);
	else if (strcmp(type, "isolation") == 0)
		rc = needs_add_isolation(n, rec, err, sizeof err);
	else if (strcmp(type, "initiative") == 0)
		rc = needs_add_initiative(n, rec, err, sizeof err);
	else
		rc = needs_add_account(n, rec, err, sizeof err);
	json_decref(rec);
	return rc;
}

#define SUMMARY(area, soc, grp, ind) \
	"{\"type\":\"isolation\",\"area\":\"" area "\",\"n\":120," \
	"\"weight_sum\":80,\"suppressed\":false,\"shares\":{" \
	"\"societal\":" soc ",\"group\":" grp ",\"individual\":" ind "}}"
#define SHARE(s, lo, hi) \
	"{\"share\":" s ",\"low\":" lo ",\"high\":" hi ",\"n\":100}"

/*
 * By hand: BU99010101 has 1000 residents; societal 0.1 -> need 100
 * (60..150); a care cooperative there with capacity 40, and a resident
 * group with capacity 50 shared with BU99010102 (25 each): supply 65,
 * coverage 0.65, gap 35.  Group 0.05 -> 50, no supply, none nearby:
 * start.  Individual 0.2 -> 200 with a drop-in of 30: gap 170.
 * BU99010102 has no population: need is share x weight_sum 80; societal
 * 0.25 -> 20 against 25 supplied: coverage 1.25, gap 0, maintain.  Group
 * 0.1 -> 8: none here, and the business in BU99010201 lies in another
 * district, so start; individual 0.05 -> 4, the drop-in next door in
 * WK990101 makes it connect.  Ranks by gap: 170, 50, 35, 8, 4, 0.
 */
static void
load_case(struct needs *n)
{
	needs_init(n);
	ck_assert_int_eq(add(n, "{\"type\":\"area\",\"area\":\"BU99010101\","
	    "\"name\":\"Oude Kern\",\"population\":1000}"), 0);
	ck_assert_int_eq(add(n, SUMMARY("BU99010101",
	    SHARE("0.1", "0.06", "0.15"), SHARE("0.05", "0.02", "0.1"),
	    SHARE("0.2", "0.15", "0.26"))), 0);
	ck_assert_int_eq(add(n, SUMMARY("BU99010102",
	    SHARE("0.25", "0.2", "0.3"), SHARE("0.1", "0.05", "0.2"),
	    SHARE("0.05", "0.01", "0.1"))), 0);
	ck_assert_int_eq(add(n, "{\"type\":\"initiative\",\"id\":\"zc\","
	    "\"name\":\"ZC\",\"kind\":\"zorgcoöperatie\",\"areas\":"
	    "[\"BU99010101\"],\"capacity\":40}"), 0);
	ck_assert_int_eq(add(n, "{\"type\":\"initiative\",\"id\":\"bg\","
	    "\"name\":\"BG\",\"kind\":\"resident-group\",\"areas\":"
	    "[\"BU99010101\",\"BU99010102\"],\"capacity\":50}"), 0);
	ck_assert_int_eq(add(n, "{\"type\":\"initiative\",\"id\":\"di\","
	    "\"name\":\"DI\",\"kind\":\"drop-in\",\"areas\":[\"BU99010101\"],"
	    "\"capacity\":30}"), 0);
	ck_assert_int_eq(add(n, "{\"type\":\"initiative\",\"id\":\"nb\","
	    "\"name\":\"NB\",\"kind\":\"buurtbedrijf\",\"areas\":"
	    "[\"BU99010201\"],\"capacity\":12}"), 0);
	needs_compute(n);
}

START_TEST(hand_computed)
{
	struct needs n;
	const struct needs_cell *c;

	load_case(&n);
	ck_assert_uint_eq(n.ncells, 6);
	ck_assert_uint_eq(n.nranked, 6);
	c = &n.cells[0];	/* BU99010101 societal */
	ck_assert(c->basis == BASIS_POPULATION);
	ck_assert_double_eq(c->need, 100);
	ck_assert_double_eq(c->need_low, 60);
	ck_assert_double_eq(c->need_high, 150);
	ck_assert_double_eq(c->supply, 65);
	ck_assert_double_eq_tol(c->coverage, 0.65, 1e-12);
	ck_assert_double_eq(c->gap, 35);
	ck_assert_int_eq(c->rank, 3);
	ck_assert(c->action == ACT_SUPPORT);
	ck_assert_uint_eq(c->nlocal, 2);
	c = &n.cells[1];	/* group */
	ck_assert_double_eq(c->need, 50);
	ck_assert_double_eq(c->supply, 0);
	ck_assert_double_eq(c->coverage, 0);
	ck_assert_int_eq(c->rank, 2);
	ck_assert(c->action == ACT_START);
	c = &n.cells[2];	/* individual */
	ck_assert_double_eq(c->gap, 170);
	ck_assert_int_eq(c->rank, 1);
	c = &n.cells[3];	/* BU99010102 societal */
	ck_assert(c->basis == BASIS_WEIGHTED);
	ck_assert_double_eq(c->need, 20);
	ck_assert_double_eq(c->supply, 25);
	ck_assert_double_eq_tol(c->coverage, 1.25, 1e-12);
	ck_assert_double_eq(c->gap, 0);
	ck_assert_int_eq(c->rank, 6);
	ck_assert(c->action == ACT_MAINTAIN);
	c = &n.cells[4];	/* group: the business is in WK990102 */
	ck_assert_double_eq(c->need, 8);
	ck_assert(c->action == ACT_START);
	ck_assert_uint_eq(c->nnearby, 0);
	ck_assert_int_eq(c->rank, 4);
	c = &n.cells[5];	/* individual: the drop-in is next door */
	ck_assert_double_eq(c->need, 4);
	ck_assert(c->action == ACT_CONNECT);
	ck_assert_uint_eq(c->nnearby, 1);
	ck_assert_str_eq(n.inits[c->nearby[0]].id, "di");
	ck_assert_int_eq(c->rank, 5);
	needs_free(&n);
}
END_TEST

START_TEST(suppressed_is_unknown_not_zero)
{
	struct needs n;
	json_t *a;

	needs_init(&n);
	ck_assert_int_eq(add(&n, "{\"type\":\"isolation\",\"area\":"
	    "\"BU99010101\",\"n\":12,\"weight_sum\":11,\"suppressed\":true,"
	    "\"shares\":{\"societal\":null,\"group\":null,\"individual\":"
	    "null}}"), 0);
	ck_assert_int_eq(add(&n, "{\"type\":\"area\",\"area\":\"BU99010102\","
	    "\"population\":300}"), 0);
	needs_compute(&n);
	ck_assert_uint_eq(n.ncells, 6);
	ck_assert_uint_eq(n.nranked, 0);
	ck_assert(n.cells[0].basis == BASIS_SUPPRESSED);
	ck_assert(isnan(n.cells[0].need));
	ck_assert(n.cells[0].action == ACT_MEASURE);
	ck_assert(n.cells[3].basis == BASIS_NO_SUMMARY);
	a = needs_advice(&n, 0, LANG_EN);
	ck_assert(json_is_null(json_object_get(a, "need")));
	ck_assert(json_is_null(json_object_get(a, "rank")));
	ck_assert_str_eq(json_string_value(json_object_get(a, "need_basis")),
	    "suppressed");
	json_decref(a);
	needs_free(&n);
}
END_TEST

START_TEST(latest_account_flags)
{
	struct needs n;

	needs_init(&n);
	/* the later period fails; an earlier one read after it must not
	 * clear the flag */
	ck_assert_int_eq(add(&n, "{\"type\":\"account\",\"initiative\":\"zc\","
	    "\"to\":\"2026-10-31\",\"accountability\":{\"accounts\":"
	    "{\"verdict\":\"fail\"}}}"), 0);
	ck_assert_int_eq(add(&n, "{\"type\":\"account\",\"initiative\":\"zc\","
	    "\"to\":\"2026-09-30\",\"accountability\":{\"accounts\":"
	    "{\"verdict\":\"pass\"}}}"), 0);
	ck_assert_int_eq(add(&n, "{\"type\":\"initiative\",\"id\":\"zc\","
	    "\"name\":\"ZC\",\"kind\":\"care-cooperative\",\"areas\":"
	    "[\"BU99010101\"],\"capacity\":40}"), 0);
	ck_assert_int_eq(n.inits[0].accounts, 0);
	ck_assert_int_eq(add(&n, "{\"type\":\"account\",\"initiative\":\"zc\","
	    "\"to\":\"2026-11-30\",\"accountability\":{\"accounts\":"
	    "{\"verdict\":\"pass\"}}}"), 0);
	ck_assert_int_eq(n.inits[0].accounts, 1);
	needs_free(&n);
}
END_TEST

START_TEST(bad_records)
{
	struct needs n;

	needs_init(&n);
	ck_assert_int_eq(add(&n, "{\"type\":\"area\",\"area\":\"BU123\"}"), -1);
	ck_assert_int_eq(add(&n, "{\"type\":\"area\",\"area\":\"BU99010101\","
	    "\"population\":-3}"), -1);
	ck_assert_int_eq(add(&n, SUMMARY("BU99010101",
	    SHARE("0.1", "0.2", "0.3"), "null", "null")), -1);
	ck_assert_int_eq(add(&n, SUMMARY("BU99010101",
	    SHARE("0.1", "0.05", "0.2"), "null", "null")), 0);
	ck_assert_int_eq(add(&n, SUMMARY("BU99010101",
	    SHARE("0.1", "0.05", "0.2"), "null", "null")), -1);
	ck_assert_int_eq(add(&n, SUMMARY("WK990101",
	    SHARE("0.1", "0.05", "0.2"), "null", "null")), -1);
	ck_assert_int_eq(add(&n, "{\"type\":\"initiative\",\"id\":\"x\","
	    "\"name\":\"X\",\"kind\":\"zorgboerdrij\",\"areas\":"
	    "[\"BU99010101\"],\"capacity\":4}"), -1);
	ck_assert_int_eq(add(&n, "{\"type\":\"account\",\"initiative\":\"x\","
	    "\"to\":\"2026-10-31\",\"accountability\":{\"accounts\":"
	    "{\"verdict\":\"maybe\"}}}"), -1);
	needs_free(&n);
}
END_TEST

START_TEST(within)
{
	ck_assert(needs_area_within("BU99010101", "WK990101"));
	ck_assert(needs_area_within("BU99010101", "GM9901"));
	ck_assert(needs_area_within("WK990101", "WK990101"));
	ck_assert(!needs_area_within("BU99010201", "WK990101"));
	ck_assert(!needs_area_within("WK990101", "BU99010101"));
}
END_TEST

/*
 * The gaps' intervals of the case, by rank: 1 individual in BU99010101,
 * 120..230; 2 group, 20..100; 3 societal, -5..85.  1 and 2 do not
 * overlap; 2 and 3 overlap by 65, more than half of 80: uncertain.
 */
START_TEST(uncertain_neighbours)
{
	struct needs n;
	const struct needs_cell *c1, *c2, *c3;

	load_case(&n);
	c1 = &n.cells[n.by_rank[0]];
	c2 = &n.cells[n.by_rank[1]];
	c3 = &n.cells[n.by_rank[2]];
	ck_assert_int_eq(c1->form, FORM_INDIVIDUAL);
	ck_assert(!c1->uncertain_above && !c1->uncertain_below);
	ck_assert(!c2->uncertain_above && c2->uncertain_below);
	ck_assert(c3->uncertain_above);
	needs_free(&n);
}
END_TEST

/* A model-based summary is taken as a direct one; an unknown method is
 * refused. */
START_TEST(methods)
{
	struct needs n;

	needs_init(&n);
	ck_assert_int_eq(add(&n, "{\"type\":\"isolation\",\"area\":"
	    "\"BU99010101\",\"method\":\"bayes\",\"n\":3,\"weight_sum\":3,"
	    "\"suppressed\":false}"), -1);
	ck_assert_int_eq(add(&n, "{\"type\":\"isolation\",\"area\":"
	    "\"BU99010101\",\"method\":\"fay-herriot\",\"n\":3,"
	    "\"weight_sum\":3,\"suppressed\":false,\"shares\":{\"group\":"
	    SHARE("0.3", "0.1", "0.5") "}}"), 0);
	ck_assert_int_eq(n.areas[0].method, METHOD_FAY_HERRIOT);
	ck_assert(n.areas[0].known[FORM_GROUP]);
	needs_free(&n);
}
END_TEST

START_TEST(reasons_in_dutch)
{
	struct needs n;
	json_t *r;

	load_case(&n);
	r = needs_reasons(&n, 0, LANG_NL);
	ck_assert_str_eq(json_string_value(json_array_get(r, 0)),
	    "Van de 1.000 inwoners leven er ongeveer 100 (10%) in "
	    "maatschappelijk isolement; het 95%-betrouwbaarheidsinterval van "
	    "het aandeel loopt van 6% tot 15%.");
	ck_assert_str_eq(json_string_value(json_array_get(r, 1)),
	    "Het aandeel is de directe schatting van de enquête, uit de 120 "
	    "respondenten hier.");
	ck_assert_str_eq(json_string_value(json_array_get(r,
	    json_array_size(r) - 1)),
	    /* half of the 65 places they offer: 33 of the gap of 35; the
	     * 2 left round to 0 at the need's step of 10: no new ones */
	    "Wij adviseren u ZC en BG te steunen om er ongeveer 33 plaatsen "
	    "bij te maken, de helft van wat ze hier nu bieden.");
	json_decref(r);
	needs_free(&n);
}
END_TEST

/* People as the data carry them: the step is the power of ten below a
 * quarter of the interval's width; a model-based estimate is a range. */
START_TEST(people_rounded)
{
	char b[LANG_BUF];

	ck_assert(needs_people_step(1125, 2279) == 100);
	ck_assert(needs_people_step(60, 150) == 10);
	ck_assert(needs_people_step(9, 25) == 1);
	ck_assert_str_eq(needs_people(LANG_NL, 0, 1702, 1125, 2279, b),
	    "ongeveer 1.700");
	ck_assert_str_eq(needs_people(LANG_EN, 1, 1702, 1125, 2279, b),
	    "1,100 to 2,300");
	ck_assert_str_eq(needs_people(LANG_EN, 0, 17, 9, 25, b), "17");
	/* a half place is no person: whole people at least */
	ck_assert_str_eq(needs_people(LANG_NL, 0, 1080.5, 1079, 1082, b),
	    "1.081");
	ck_assert_str_eq(needs_people(LANG_EN, 1, 12, 11, 13, b), "11 to 13");
	/* a range of one number is said as that number */
	ck_assert_str_eq(needs_people(LANG_EN, 1, 12, 12, 12, b), "12");
}
END_TEST

/* The share in any form is read beside the forms, for the letter. */
START_TEST(any_form_read)
{
	struct needs n;

	needs_init(&n);
	ck_assert_int_eq(add(&n, "{\"type\":\"isolation\",\"area\":"
	    "\"BU99010101\",\"n\":3,\"weight_sum\":3,\"suppressed\":false,"
	    "\"shares\":{\"group\":" SHARE("0.3", "0.1", "0.5") ",\"any_form\":"
	    SHARE("0.4", "0.2", "0.6") "}}"), 0);
	ck_assert(n.areas[0].known[NEEDS_ANY_FORM]);
	ck_assert(n.areas[0].share[NEEDS_ANY_FORM] == 0.4);
	ck_assert(!n.areas[0].known[FORM_SOCIETAL]);
	ck_assert_int_eq(add(&n, "{\"type\":\"isolation\",\"area\":"
	    "\"BU99010102\",\"n\":3,\"weight_sum\":3,\"suppressed\":false,"
	    "\"shares\":{\"any_form\":" SHARE("0.4", "0.5", "0.6") "}}"), -1);
	needs_free(&n);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("needs");
	TCase *t = tcase_create("core");

	tcase_add_test(t, hand_computed);
	tcase_add_test(t, suppressed_is_unknown_not_zero);
	tcase_add_test(t, latest_account_flags);
	tcase_add_test(t, bad_records);
	tcase_add_test(t, within);
	tcase_add_test(t, reasons_in_dutch);
	tcase_add_test(t, uncertain_neighbours);
	tcase_add_test(t, methods);
	tcase_add_test(t, people_rounded);
	tcase_add_test(t, any_form_read);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
