#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <jansson.h>

#include "advice/budget.h"
#include "advice/budget_input.h"	/* the requests' amounts */
#include "advice/equalshares.h"
#include "num/inequality.h"
#include "advice/pabulib.h"
#include "core/jsonl.h"
#include "unit.h"

/*
 * Reads a .pb file as pb-import does, through jsonl lines and
 * pabulib_line(): calls each(ctx, line, rc, rec, err) for every record
 * (rc 1, rec yours) and every bad line (rc -1, err says why).
 */
static void
read_pb(const char *path, void (*each)(void *, unsigned long, int, json_t *,
    const char *), void *ctx)
{
	struct pb_reader *r = pabulib_open();
	struct jsonl_reader in;
	struct jsonl_line line;
	char *files[1] = { (char *)path }, err[512];
	unsigned long last = 0;
	json_t *rec;
	int rc;

	jsonl_open(&in, 1, files);
	while (jsonl_next(&in, &line)) {
		last = line.lineno;
		if ((rc = pabulib_line(r, line.text, line.len, &rec, err,
		    sizeof err)) != 0)
			each(ctx, last, rc, rec, err);
	}
	ck_assert(!jsonl_failed(&in));
	if (pabulib_end(r, &rec) == 1)
		each(ctx, last, 1, rec, "");
	jsonl_close(&in);
	pabulib_close(r);
}

struct load {
	const char *name;
	struct budget_input *b;
	json_t *selected;
};

static void
load_one(void *ctx, unsigned long line, int rc, json_t *rec, const char *why)
{
	struct load *l = ctx;
	char err[512];

	/* Amsterdam 604 has a ballot naming a project twice (line 1927):
	 * that voter is skipped, as pb-import skips it */
	if (rc == -1 && l->selected == NULL)
		return;
	ck_assert_msg(rc == 1, "%s:%lu: %s", l->name, line, why);
	ck_assert_int_eq(budget_add_record(l->b, rec, json_string_value(
	    json_object_get(rec, "type")), err, sizeof err), 1);
	if (l->selected != NULL && json_is_true(json_object_get(rec,
	    "selected")))
		json_object_set_new(l->selected, json_string_value(
		    json_object_get(rec, "id")), json_true());
	json_decref(rec);
}

/* Feeds a .pb file of the shared test data into a budget_input. */
static struct budget_input *
load_pb(const char *name, json_t *selected)
{
	struct load l = { name, budget_new(), selected };
	char path[512];

	snprintf(path, sizeof path, "%s/testdata/pabulib/%s",
	    unit_shared_dir(), name);
	ck_assert_msg(access(path, R_OK) == 0, "%s", path);
	read_pb(path, load_one, &l);
	return l.b;
}

/* Equal shares with Add1 gives exactly the official winners. */
static void
official(const char *name)
{
	json_t *sel = json_object();
	struct budget_input *b = load_pb(name, sel);
	int64_t *alloc;
	size_t *order, n, i;
	char err[512];

	ck_assert_int_eq(budget_allocate(b, BUDGET_EQUAL_SHARES, -1, &alloc,
	    &order, &n, err, sizeof err), 0);
	ck_assert_uint_eq(n, json_object_size(sel));
	for (i = 0; i < n; i++)
		ck_assert_msg(json_object_get(sel, budget_request_id(b,
		    order[i])) != NULL, "%s not selected officially",
		    budget_request_id(b, order[i]));
	free(alloc);
	free(order);
	budget_free(b);
	json_decref(sel);
}

START_TEST(assen_2024)
{
	official("Netherlands_Assen_2024.pb");
}
END_TEST

START_TEST(assen_2025)
{
	official("Netherlands_Assen_2025.pb");
}
END_TEST


/* Adds one record given as JSON text; returns budget_add_record's value. */
static int
add(struct budget_input *b, const char *text)
{
	json_error_t err;
	json_t *rec = json_loads(text, 0, &err);
	char why[512];
	int rc;

	ck_assert_msg(rec != NULL, "%s", err.text);
	rc = budget_add_record(b, rec, json_string_value(json_object_get(rec,
	    "type")), why, sizeof why);
	json_decref(rec);
	return rc;
}

/* The funded ids in funding order, space-separated. */
static char *
funded(struct budget_input *b, enum budget_rule rule, int64_t cents)
{
	static char buf[512];
	int64_t *alloc;
	size_t *order, n, i;
	char why[512];

	ck_assert_msg(budget_allocate(b, rule, cents, &alloc, &order, &n,
	    why, sizeof why) == 0, "%s", why);
	buf[0] = '\0';
	for (i = 0; i < n; i++) {
		if (i > 0)
			strcat(buf, " ");
		strcat(buf, budget_request_id(b, order[i]));
	}
	free(alloc);
	free(order);
	return buf;
}

/*
 * Greedy, budget 100: A 60 (3 approvals), B 50 (2), C 40 (2), D 10 (1).
 * A (used 60); B and C tie on 2 approvals, the lower amount first: C
 * (used 100); B and D no longer fit: A C.  With a cap of 80 on category
 * x, which A and C are in: A (60 in x); C would make x 100 > 80; B 50
 * would make 110 > 100; D fits (70): A D.
 */
static struct budget_input *
greedy_case(int cap)
{
	struct budget_input *b = budget_new();

	ck_assert_int_eq(add(b, cap ?
	    "{\"type\":\"budget\",\"budget\":\"100\","
	    "\"budget_per_category\":{\"x\":\"80.00\"}}" :
	    "{\"type\":\"budget\",\"budget\":\"100\"}"), 1);
	add(b, "{\"type\":\"request\",\"id\":\"A\",\"amount\":60,"
	    "\"categories\":[\"x\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"B\",\"amount\":\"50\","
	    "\"categories\":[\"y\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"C\",\"amount\":\"40\","
	    "\"categories\":[\"x\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"D\",\"amount\":\"10\"}");
	add(b, "{\"type\":\"vote\",\"voter\":\"1\",\"approved\":[\"A\",\"B\"]}");
	add(b, "{\"type\":\"vote\",\"voter\":\"2\",\"approved\":[\"A\",\"C\"]}");
	add(b, "{\"type\":\"vote\",\"voter\":\"3\",\"approved\":"
	    "[\"A\",\"B\",\"C\",\"D\"]}");
	return b;
}

START_TEST(greedy_hand)
{
	struct budget_input *b = greedy_case(0);

	ck_assert_str_eq(funded(b, BUDGET_GREEDY, -1), "A C");
	/* --budget overrides the record: 70 takes A, then D */
	ck_assert_str_eq(funded(b, BUDGET_GREEDY, 7000), "A D");
	budget_free(b);
	b = greedy_case(1);
	ck_assert_str_eq(funded(b, BUDGET_GREEDY, -1), "A D");
	budget_free(b);
}
END_TEST

/*
 * Equal shares, 3 voters, budget 150: p1 100 {v1, v2}, p2 50 {v1},
 * p3 50 {v3}.  Each holds 50.  p1 split 50/50: rho 50, 100/50 = 2
 * effective votes; p2 and p3 1 each.  p1 wins, v1 and v2 pay all.  p2
 * is then unaffordable, p3 wins (v3 pays 50).  Used 150: exhaustive, so
 * Add1 adds nothing.  (The example of equalshares.net's reference code.)
 */
START_TEST(equal_shares_hand)
{
	struct budget_input *b = budget_new();

	add(b, "{\"type\":\"request\",\"id\":\"p1\",\"amount\":100}");
	add(b, "{\"type\":\"request\",\"id\":\"p2\",\"amount\":50}");
	add(b, "{\"type\":\"request\",\"id\":\"p3\",\"amount\":50}");
	add(b, "{\"type\":\"vote\",\"voter\":\"v1\",\"approved\":[\"p1\",\"p2\"]}");
	add(b, "{\"type\":\"vote\",\"voter\":\"v2\",\"approved\":[\"p1\"]}");
	add(b, "{\"type\":\"vote\",\"voter\":\"v3\",\"approved\":[\"p3\"]}");
	ck_assert_str_eq(funded(b, BUDGET_EQUAL_SHARES, 15000), "p1 p3");
	budget_free(b);
}
END_TEST

/*
 * Add1: 2 voters, budget 100: A 60 {v1}, B 70 {v2}.  At 50 each neither
 * is affordable: nothing, not exhaustive.  One euro per voter at a time:
 * at 60 each A is (v1 pays 60), B is not (60 < 70): A, 60 <= 100, kept
 * (10 steps); B 70 > 40 left: exhaustive, stop.
 */
START_TEST(equal_shares_add1)
{
	struct es_problem p;
	int64_t cost[] = { 6000, 7000 };
	const char *id[] = { "A", "B" };
	size_t start[] = { 0, 1, 2 }, ballot[] = { 0, 1 }, w[2], n;
	long steps;
	const char *why;

	p.nprojects = 2;
	p.cost = cost;
	p.id = id;
	p.nvoters = 2;
	p.start = start;
	p.ballot = ballot;
	ck_assert_int_eq(equal_shares(&p, 10000, 0, w, &n, &steps, &why), 0);
	ck_assert_uint_eq(n, 0);
	ck_assert_int_eq(equal_shares(&p, 10000, 1, w, &n, &steps, &why), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(w[0], 0);
	ck_assert_int_eq(steps, 10);
}
END_TEST

/*
 * Ties: 3 voters, budget 30, projects "10" and "9", both 30, both
 * approved by all: rho 10, 3 effective votes each; same cost, same
 * approvals, so the lower id, numerically: "9".  Then no one has money
 * left, and 30 is used up: exhaustive.
 */
START_TEST(equal_shares_ties)
{
	struct es_problem p;
	int64_t cost[] = { 3000, 3000 };
	const char *id[] = { "10", "9" };
	size_t start[] = { 0, 2, 4, 6 }, ballot[] = { 0, 1, 1, 0, 0, 1 };
	size_t w[2], n;
	long steps;
	const char *why;

	p.nprojects = 2;
	p.cost = cost;
	p.id = id;
	p.nvoters = 3;
	p.start = start;
	p.ballot = ballot;
	ck_assert_int_eq(equal_shares(&p, 3000, 1, w, &n, &steps, &why), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(w[0], 1);
	ck_assert_int_eq(equal_shares_id_cmp("9", "10"), -1);
	ck_assert_int_eq(equal_shares_id_cmp("b", "a"), 1);
}
END_TEST

/* An area whose need is known in one form only, societal. */
static void
set_societal(struct budget_input *b, const char *code, double need,
    double supply, double isolation)
{
	double n[FORM_COUNT] = { need, NAN, NAN }, s[FORM_COUNT] = { supply };

	budget_set_area(b, code, n, s, isolation);
}

/*
 * Need (the societal form only; the requests name no forms, so claim
 * it): A need 100 supply 20 (gap 80), B need 50 supply 40 (gap 10),
 * C unknown.  r1 5000 [A] +30 places, r2 3000 [B] +20, r3 4000 [A] +60,
 * r4 1000 [C].  Budget 9000.  r1 and r3 both answer gap 80: the lower
 * amount, r3; A's gap falls to 20.  Then r1 (20) before r2 (10); 9000
 * used, r2 no longer fits; r4 answers no known gap.
 */
static struct budget_input *
need_case(void)
{
	struct budget_input *b = budget_new();

	add(b, "{\"type\":\"request\",\"id\":\"r1\",\"amount\":5000,"
	    "\"areas\":[\"A\"],\"capacity\":30}");
	add(b, "{\"type\":\"request\",\"id\":\"r2\",\"amount\":3000,"
	    "\"areas\":[\"B\"],\"capacity\":20}");
	add(b, "{\"type\":\"request\",\"id\":\"r3\",\"amount\":4000,"
	    "\"areas\":[\"A\"],\"capacity\":60}");
	add(b, "{\"type\":\"request\",\"id\":\"r4\",\"amount\":1000,"
	    "\"areas\":[\"C\"]}");
	set_societal(b, "A", 100, 20, 0.4);
	set_societal(b, "B", 50, 40, 0.2);
	set_societal(b, "C", NAN, 0, NAN);
	return b;
}

START_TEST(need_hand)
{
	struct budget_input *b = need_case();

	ck_assert_str_eq(funded(b, BUDGET_NEED, 900000), "r3 r1");
	budget_free(b);
}
END_TEST

/*
 * Proportional on the same areas: A's gap 80 shared by r1 and r3 (40
 * each), B's gap 10 to r2; total weight 90.  Budget 9000: r1 and r3
 * 4000 each, r2 1000; r3 asks 4000 and gets it all; the others part.
 * Budget 18000: r1 8000 > 5000, r3 8000 > 4000 are capped; 9000 left
 * goes to r2 alone, capped at 3000.  r4 (unknown need) gets nothing.
 */
START_TEST(proportional_hand)
{
	struct budget_input *b = need_case();
	int64_t *alloc;
	size_t *order, n;
	char why[512];

	ck_assert_int_eq(budget_allocate(b, BUDGET_PROPORTIONAL, 900000,
	    &alloc, &order, &n, why, sizeof why), 0);
	ck_assert_int_eq(alloc[0], 400000);
	ck_assert_int_eq(alloc[1], 100000);
	ck_assert_int_eq(alloc[2], 400000);
	ck_assert_int_eq(alloc[3], 0);
	free(alloc);
	free(order);
	ck_assert_int_eq(budget_allocate(b, BUDGET_PROPORTIONAL, 1800000,
	    &alloc, &order, &n, why, sizeof why), 0);
	ck_assert_int_eq(alloc[0], 500000);
	ck_assert_int_eq(alloc[1], 300000);
	ck_assert_int_eq(alloc[2], 400000);
	free(alloc);
	free(order);
	budget_free(b);
}
END_TEST

/*
 * The scenario of need_hand (r3, r1 funded, 9000):
 * coverage before A 20/100 = 0.2, B 40/50 = 0.8; after A (20+60+30)/100
 * = 1.1, B 0.8.  Need covered before (20 + 40) / 150 = 0.4, after
 * (100 + 40) / 150 = 0.9333.  Gini before of {0.2, 0.8}: sum |xi - xj|
 * = 1.2 over 2 n^2 mean = 4: 0.3; after {1.1, 0.8}: 0.6 / 7.6 =
 * 0.0789.  Hoover: money A 9000, B 0 against need 2/3, 1/3: 1/2 (1/3 +
 * 1/3) = 0.3333.  Most isolated fifth of 2 areas: 1 area, A (0.4):
 * 9000 of 9000 = 1.
 */
START_TEST(scenario_metrics)
{
	struct budget_input *b = need_case();
	char why[512];
	struct unit_capture cap;
	json_t *rec, *sc = NULL;
	char *out, *line, *nl;

	/* budget_run writes its records to standard output */
	unit_capture_begin(&cap, 1);
	ck_assert_int_eq(budget_run(b, BUDGET_NEED, 900000, why, sizeof why), 0);
	out = unit_capture_end(&cap, NULL);
	for (line = out; (nl = strchr(line, '\n')) != NULL; line = nl + 1) {
		*nl = '\0';
		rec = unit_json(line);
		if (strcmp(json_string_value(json_object_get(rec, "type")),
		    "scenario") == 0)
			sc = rec;
		else
			json_decref(rec);
	}
	free(out);
	ck_assert(sc != NULL);
	ck_assert_str_eq(json_string_value(json_object_get(sc, "used")),
	    "9000.00");
	ck_assert_int_eq(json_integer_value(json_object_get(sc, "funded")),
	    2);
	ck_assert(json_is_null(json_object_get(sc, "voters_served")));
#define R(k) json_real_value(json_object_get(sc, k))
	ck_assert_double_eq(R("need_covered_before"), 0.4);
	ck_assert_double_eq(R("need_covered"), 0.9333);
	ck_assert_double_eq(R("min_coverage_before"), 0.2);
	ck_assert_double_eq(R("min_coverage"), 0.8);
	ck_assert_double_eq(R("gini_before"), 0.3);
	ck_assert_double_eq(R("gini"), 0.0789);
	ck_assert_double_eq(R("hoover"), 0.3333);
	ck_assert_double_eq(R("isolated_fifth_share"), 1);
#undef R
	ck_assert_double_eq(json_real_value(json_object_get(json_object_get(
	    json_object_get(sc, "areas"), "A"), "after")), 1.1);
	json_decref(sc);
	budget_free(b);
}
END_TEST

/* Gini of {1, 2, 3, 4}: sum |xi - xj| = 2 (1+2+3+1+2+1) = 20, over
 * 2 * 16 * 2.5 = 80: 0.25.  One of four holding all: 3/4. */
START_TEST(inequality_hand)
{
	double x[] = { 4, 1, 3, 2 }, y[] = { 0, 0, 9, 0 };
	double a[] = { 50, 50, 0 }, n[] = { 20, 20, 60 };

	ck_assert_double_eq_tol(gini(x, 4), 0.25, 1e-15);
	ck_assert_double_eq_tol(gini(y, 4), 0.75, 1e-15);
	ck_assert(isnan(gini(y, 0)));
	/* 1/2 (|0.5 - 0.2| + |0.5 - 0.2| + |0 - 0.6|) = 0.6 */
	ck_assert_double_eq_tol(hoover(a, n, 3), 0.6, 1e-15);
	ck_assert_double_eq_tol(hoover(n, n, 3), 0, 1e-15);
}
END_TEST

/* Bad records are refused with a reason, and nothing else is taken. */
START_TEST(bad_records)
{
	struct budget_input *b = budget_new();

	ck_assert_int_eq(add(b, "{\"type\":\"request\",\"amount\":5}"), -1);
	ck_assert_int_eq(add(b, "{\"type\":\"request\",\"id\":\"a\","
	    "\"amount\":\"5.001\"}"), -1);
	ck_assert_int_eq(add(b, "{\"type\":\"request\",\"id\":\"a\","
	    "\"amount\":0}"), -1);
	ck_assert_int_eq(add(b, "{\"type\":\"vote\",\"voter\":\"v\","
	    "\"approved\":[\"a\",\"a\"]}"), -1);
	ck_assert_int_eq(add(b, "{\"type\":\"budget\",\"budget\":\"x\"}"), -1);
	ck_assert_int_eq(add(b, "{\"type\":\"area\",\"area\":\"A\"}"), 0);
	ck_assert_uint_eq(budget_nrequests(b), 0);
	ck_assert_int_eq(add(b, "{\"type\":\"request\",\"id\":\"a\","
	    "\"amount\":5}"), 1);
	ck_assert_int_eq(add(b, "{\"type\":\"request\",\"id\":\"a\","
	    "\"amount\":5}"), -1);
	ck_assert_int_eq(add(b, "{\"type\":\"vote\",\"voter\":\"v\","
	    "\"approved\":[\"zz\"]}"), 1);
	{
		int64_t *alloc;
		size_t *order, n;
		char why[512];

		/* a vote for an unknown request fails the run */
		ck_assert_int_eq(budget_allocate(b, BUDGET_GREEDY, 100,
		    &alloc, &order, &n, why, sizeof why), -1);
		ck_assert_int_eq(budget_allocate(b, BUDGET_NEED, 100,
		    &alloc, &order, &n, why, sizeof why), -1);
	}
	budget_free(b);
}
END_TEST

struct parsed {
	json_t *recs;
	char *errs;
	size_t size;
	int nerr;
};

static void
parsed_one(void *ctx, unsigned long line, int rc, json_t *rec,
    const char *why)
{
	struct parsed *p = ctx;
	size_t len = strlen(p->errs);

	if (rc == 1) {
		json_array_append_new(p->recs, rec);
		return;
	}
	p->nerr++;
	snprintf(p->errs + len, p->size - len, "%lu: %s|", line, why);
}

/* Reads all records of a .pb text; errors as "LINE: why" in errs. */
static int
parse_text(const char *text, json_t *recs, char *errs, size_t errsize)
{
	struct parsed p = { recs, errs, errsize, 0 };
	char path[UNIT_TEMP_SIZE];

	errs[0] = '\0';
	read_pb(unit_temp_file(path, text, strlen(text)), parsed_one, &p);
	unlink(path);
	return p.nerr;
}

START_TEST(pabulib_parse)
{
	const char *text =
	    "META\r\nkey;value\r\nbudget;1000\r\ncategories;a,b\r\n"
	    "budget_per_category;600,400\r\n"
	    "PROJECTS\r\nproject_id;cost;votes;name;category;selected\r\n"
	    "1;500;2;\"Say \"\"hi\"\"; now\";a;1\r\n"
	    "2;x;1;Two;b;0\r\n"
	    "3;400;1;Three;a,b;0\r\n"
	    "VOTES\r\nvoter_id;vote;neighborhood\r\n"
	    "v1;1,3;North\r\n"
	    "v2;1,9;South\r\n"
	    "v3;1;\"open\r\n";
	json_t *recs = json_array(), *r;
	char errs[512], *s;

	ck_assert_int_eq(parse_text(text, recs, errs, sizeof errs), 3);
	ck_assert_str_eq(errs, "9: cost: is not a decimal amount of euros (like 1250.00)|"
	    "14: vote for unknown project 9|15: a quote left open|");
	ck_assert_uint_eq(json_array_size(recs), 4);
	s = json_dumps(json_array_get(recs, 0), JSON_COMPACT);
	ck_assert_str_eq(s, "{\"type\":\"budget\",\"budget\":\"1000.00\","
	    "\"categories\":[\"a\",\"b\"],\"budget_per_category\":"
	    "{\"a\":\"600.00\",\"b\":\"400.00\"}}");
	free(s);
	s = json_dumps(json_array_get(recs, 1), JSON_COMPACT);
	ck_assert_str_eq(s, "{\"type\":\"request\",\"id\":\"1\","
	    "\"name\":\"Say \\\"hi\\\"; now\",\"amount\":\"500.00\","
	    "\"votes\":2,\"categories\":[\"a\"],\"selected\":true}");
	free(s);
	r = json_array_get(recs, 3);
	s = json_dumps(r, JSON_COMPACT);
	ck_assert_str_eq(s, "{\"type\":\"vote\",\"voter\":\"v1\","
	    "\"approved\":[\"1\",\"3\"],\"area\":\"North\"}");
	free(s);
	json_decref(recs);
}
END_TEST

/*
 * Greedy with budget_per_category on Amsterdam 179 (Bloemenbuurt 2020):
 * caps Jeugd 82000, Groen 53000, Ontmoeting 115000; the votes column
 * equals the raw count of the ballots here, so ballots and column agree.
 * By hand from the PROJECTS table (approvals, then lower cost):
 * Ontmoeting 15034 19206, 15014 16190, 15004 60000, 15010 6500, 15026
 * 4000, 15013 4875, 15024 2515 = 113286; then 15002 5200 and every
 * later one would pass 115000.  Groen 15045 10624, 15035 2750, 15039
 * 7000, 15036 2000, 15037 15467, 15046 14860 = 52701; 15044 5000 and
 * later pass 53000: 165,987 used, 84,013 left.  Then the file's
 * leftover step ("fund additional projects that fit within leftover
 * budget ordered by score", beyond the caps), in the same order: 15044
 * 5000, 15002 5200, 15043 5000, 15003 7150, 15025 1875, 15020 10711,
 * 15038 30000, 15001 7840, 15042 10000 (1,237 left); 15007 6860 and
 * 15022 15375 do not fit.
 */
START_TEST(amsterdam_179_categories)
{
	struct budget_input *b = load_pb("Netherlands_Amsterdam_179.pb",
	    NULL);

	ck_assert_str_eq(funded(b, BUDGET_GREEDY, -1),
	    "15034 15014 15045 15004 15035 15010 15039 15036 15037 15026 "
	    "15046 15013 15024 "
	    "15044 15002 15043 15003 15025 15020 15038 15001 15042");
	budget_set_leftover(b, LEFTOVER_NONE);
	ck_assert_str_eq(funded(b, BUDGET_GREEDY, -1),
	    "15034 15014 15045 15004 15035 15010 15039 15036 15037 15026 "
	    "15046 15013 15024");
	budget_free(b);
}
END_TEST

/* Sums the allocation. */
static int64_t
allocated(const struct budget_input *b, const int64_t *alloc)
{
	int64_t used = 0;
	size_t i;

	for (i = 0; i < budget_nrequests(b); i++)
		used += alloc[i];
	return used;
}

/*
 * Amsterdam 179 says its leftover went to further projects by votes,
 * outside the caps: the record switches the step on; the capped pass
 * comes first and unchanged; no approved request left out fits in what
 * is left; "partial" funds part of one more, "none" stops at the caps.
 */
START_TEST(greedy_leftover)
{
	struct budget_input *b = load_pb("Netherlands_Amsterdam_179.pb", NULL);
	int64_t *capped, *all, left;
	size_t *oc, *oa, nc, na, i;
	char why[512];

	ck_assert_int_eq(budget_allocate(b, BUDGET_GREEDY, -1, &all, &oa,
	    &na, why, sizeof why), 0);
	budget_set_leftover(b, LEFTOVER_NONE);
	ck_assert_int_eq(budget_allocate(b, BUDGET_GREEDY, -1, &capped, &oc,
	    &nc, why, sizeof why), 0);
	ck_assert_int_eq(allocated(b, capped), 16598700);	/* 84,013 left */
	ck_assert(budget_caps_hold(b, capped));
	ck_assert_uint_gt(na, nc);
	for (i = 0; i < nc; i++)
		ck_assert_uint_eq(oa[i], oc[i]);
	left = 25000000 - allocated(b, all);
	ck_assert_int_eq(left, 123700);
	for (i = 0; i < budget_nrequests(b); i++)	/* every one approved */
		ck_assert(all[i] > 0 || b->req[i].amount > left);
	free(all);
	free(oa);
	budget_set_leftover(b, LEFTOVER_PARTIAL);
	ck_assert_int_eq(budget_allocate(b, BUDGET_GREEDY, -1, &all, &oa,
	    &na, why, sizeof why), 0);
	ck_assert_uint_eq(na, nc + 1);
	ck_assert_int_eq(allocated(b, all) - allocated(b, capped),
	    all[oa[nc]]);
	free(all);
	free(oa);
	free(capped);
	free(oc);
	budget_free(b);
}
END_TEST

/* The caps hold on every Amsterdam file that has them. */
START_TEST(amsterdam_caps_hold)
{
	static const char *files[] = { "Netherlands_Amsterdam_166.pb",
	    "Netherlands_Amsterdam_285.pb", "Netherlands_Amsterdam_604.pb",
	    "Netherlands_Amsterdam_605.pb" };
	size_t f;

	for (f = 0; f < sizeof(files) / sizeof(files[0]); f++) {
		struct budget_input *b = load_pb(files[f], NULL);
		int64_t *alloc;
		size_t *order, n;
		char why[512];

		/* the caps bind the capped pass; the leftover step is
		 * outside them (greedy_leftover) */
		budget_set_leftover(b, LEFTOVER_NONE);
		ck_assert_int_eq(budget_allocate(b, BUDGET_GREEDY, -1, &alloc,
		    &order, &n, why, sizeof why), 0);
		ck_assert_msg(budget_caps_hold(b, alloc), "%s", files[f]);
		ck_assert(n > 0);
		free(alloc);
		free(order);
		budget_free(b);
	}
}
END_TEST
static Suite *
budget_suite(void)
{
	Suite *s = suite_create("budget");
	TCase *tc = tcase_create("budget");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, assen_2024);
	tcase_add_test(tc, assen_2025);
	tcase_add_test(tc, greedy_hand);
	tcase_add_test(tc, equal_shares_hand);
	tcase_add_test(tc, equal_shares_add1);
	tcase_add_test(tc, equal_shares_ties);
	tcase_add_test(tc, greedy_leftover);
	tcase_add_test(tc, need_hand);
	tcase_add_test(tc, proportional_hand);
	tcase_add_test(tc, scenario_metrics);
	tcase_add_test(tc, inequality_hand);
	tcase_add_test(tc, bad_records);
	tcase_add_test(tc, pabulib_parse);
	tcase_add_test(tc, amsterdam_179_categories);
	tcase_add_test(tc, amsterdam_caps_hold);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(budget_suite)
