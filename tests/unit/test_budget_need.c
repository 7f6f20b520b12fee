/*
 * The rules need and proportional over the forms a request names
 * (advice/budget_need.c): hand-computed cases in cents, the warnings, and
 * random small instances against a reference of this file's own, in
 * integers, by other algorithms (a full scan each round; sweeps instead
 * of the sorted prefix).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

#include "advice/budget.h"
#include "advice/budget_input.h"
#include "advice/equalshares.h"
#include "advice/needs.h"
#include "prng.h"
#include "unit.h"

/* Adds one record given as JSON text; budget_add_record's value, its
 * message in why. */
static int
add_why(struct budget_input *b, const char *text, char *why, size_t size)
{
	json_error_t jerr;
	json_t *rec = json_loads(text, 0, &jerr);
	int rc;

	ck_assert_msg(rec != NULL, "%s", jerr.text);
	rc = budget_add_record(b, rec, json_string_value(json_object_get(rec,
	    "type")), why, size);
	json_decref(rec);
	return rc;
}

static void
add(struct budget_input *b, const char *text)
{
	char why[512];

	ck_assert_msg(add_why(b, text, why, sizeof why) == 1, "%s", why);
	ck_assert_msg(why[0] == '\0', "%s", why);
}

/* An area's need and supply per form (societal, group, individual). */
static void
area(struct budget_input *b, const char *code, double s, double g,
    double i, double ss, double sg, double si)
{
	double need[FORM_COUNT] = { s, g, i }, sup[FORM_COUNT] = { ss, sg, si };

	budget_set_area(b, code, need, sup, NAN);
}

/* The allocation of rule at cents; alloc and the funding order, as ids
 * "id=cents" space-separated, in order. */
static char *
run(struct budget_input *b, enum budget_rule rule, int64_t cents)
{
	static char buf[1024];
	int64_t *alloc;
	size_t *order, n, i, len = 0;
	char why[512];

	ck_assert_msg(budget_allocate(b, rule, cents, &alloc, &order, &n, why,
	    sizeof why) == 0, "%s", why);
	buf[0] = '\0';
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s=%lld",
		    i ? " " : "", budget_request_id(b, order[i]),
		    (long long)alloc[order[i]]);
	free(alloc);
	free(order);
	return buf;
}

/*
 * A: societal 100 against 0, group 10 against 0, individual unknown.
 * g names group (claims 10), s societal (100), all none (110: all forms,
 * the known ones).  Each asks 100.00.  Need at 100.00: all (110); at
 * 200.00: all, then s (100).  By the sums over the forms g would claim
 * 110 as well.
 */
START_TEST(need_claims_forms)
{
	struct budget_input *b = budget_new();

	add(b, "{\"type\":\"request\",\"id\":\"g\",\"amount\":100,"
	    "\"areas\":[\"A\"],\"forms\":[\"group\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"s\",\"amount\":100,"
	    "\"areas\":[\"A\"],\"forms\":[\"societal\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"all\",\"amount\":100,"
	    "\"areas\":[\"A\"]}");
	area(b, "A", 100, 10, NAN, 0, 0, 0);
	ck_assert_str_eq(run(b, BUDGET_NEED, 10000), "all=10000");
	ck_assert_str_eq(run(b, BUDGET_NEED, 20000), "all=10000 s=10000");
	ck_assert_str_eq(run(b, BUDGET_NEED, 30000),
	    "all=10000 s=10000 g=10000");
	budget_free(b);
}
END_TEST

/*
 * Capacity lowers the gaps of the cells the funded request claims:
 * A societal 30, group 20, individual 0 (against 0); B group 25.  p [A]
 * names societal and group, 40 places, asks 50.00: claims 50; q [A]
 * group asks 10.00: 20; r [B] group asks 10.00: 25.  Budget 70.00: p
 * first (50); its 40 places go 20 to each form it claims in A, so A's
 * group gap falls to 0; r (25) is funded; q claims no gap any more and
 * is left out, though 10.00 is left.
 */
START_TEST(need_capacity)
{
	struct budget_input *b = budget_new();

	add(b, "{\"type\":\"request\",\"id\":\"p\",\"amount\":50,"
	    "\"areas\":[\"A\"],\"forms\":[\"societal\",\"group\"],"
	    "\"capacity\":40}");
	add(b, "{\"type\":\"request\",\"id\":\"q\",\"amount\":10,"
	    "\"areas\":[\"A\"],\"forms\":[\"group\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"r\",\"amount\":10,"
	    "\"areas\":[\"B\"],\"forms\":[\"group\"]}");
	area(b, "A", 30, 20, 0, 0, 0, 0);
	area(b, "B", NAN, 25, NAN, 0, 0, 0);
	ck_assert_str_eq(run(b, BUDGET_NEED, 7000), "p=5000 r=1000");
	budget_free(b);
}
END_TEST

/*
 * Ties of the need rule: the same gap, then the lower amount, then the
 * lower id, numerically: "9" before "10".
 */
START_TEST(need_ties)
{
	struct budget_input *b = budget_new();

	add(b, "{\"type\":\"request\",\"id\":\"10\",\"amount\":5,"
	    "\"areas\":[\"A\"],\"forms\":[\"group\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"9\",\"amount\":5,"
	    "\"areas\":[\"B\"],\"forms\":[\"group\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"1\",\"amount\":6,"
	    "\"areas\":[\"A\"],\"forms\":[\"individual\"]}");
	area(b, "A", 0, 7, 7, 0, 0, 0);
	area(b, "B", 0, 7, 0, 0, 0, 0);
	ck_assert_str_eq(run(b, BUDGET_NEED, 1000), "9=500 10=500");
	ck_assert_str_eq(run(b, BUDGET_NEED, 1600), "9=500 10=500 1=600");
	budget_free(b);
}
END_TEST

/*
 * Proportional, in cents.  A societal 10, group 20, individual 30
 * (against 0): x [A] names group, y [A] names group and individual,
 * z [A] names none.  Cells: societal 10 to z alone; group 20 among x, y,
 * z (20/3 each); individual 30 among y and z (15 each).  Weights x 20/3,
 * y 20/3 + 15 = 65/3, z 10 + 20/3 + 15 = 95/3; W = 180/3 = 60.  Each asks
 * 1000.00.  Budget 100.00 = 10000 cents: x 10000 x 20/180 = 1111.11...,
 * y 3611.11..., z 5277.77...: down 1111 + 3611 + 5277 = 9999, and the
 * last cent to z (.77 the largest remainder): 1111, 3611, 5278.
 */
START_TEST(proportional_shared_cells)
{
	struct budget_input *b = budget_new();

	add(b, "{\"type\":\"request\",\"id\":\"x\",\"amount\":1000,"
	    "\"areas\":[\"A\"],\"forms\":[\"group\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"y\",\"amount\":1000,"
	    "\"areas\":[\"A\"],\"forms\":[\"group\",\"individual\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"z\",\"amount\":1000,"
	    "\"areas\":[\"A\"]}");
	area(b, "A", 10, 20, 30, 0, 0, 0);
	ck_assert_str_eq(run(b, BUDGET_PROPORTIONAL, 10000),
	    "x=1111 y=3611 z=5278");
	budget_free(b);
}
END_TEST

/*
 * The remainder rule: three requests of equal weight share 1.00; 33
 * cents each, and the cent left goes, the remainders being equal, to the
 * lowest id, compared numerically: "9" (before "10" and "a").  Two
 * cents short of a whole: 0.02 among the three: 0, 0, 0 and two cents
 * to "9" and "10".
 */
START_TEST(proportional_remainder_ties)
{
	struct budget_input *b = budget_new();

	add(b, "{\"type\":\"request\",\"id\":\"a\",\"amount\":5,"
	    "\"areas\":[\"A\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"10\",\"amount\":5,"
	    "\"areas\":[\"B\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"9\",\"amount\":5,"
	    "\"areas\":[\"C\"]}");
	area(b, "A", 4, NAN, NAN, 0, 0, 0);
	area(b, "B", NAN, 4, NAN, 0, 0, 0);
	area(b, "C", 1, 1, 2, 0, 0, 0);
	ck_assert_str_eq(run(b, BUDGET_PROPORTIONAL, 100),
	    "a=33 10=33 9=34");
	ck_assert_str_eq(run(b, BUDGET_PROPORTIONAL, 2), "10=1 9=1");
	budget_free(b);
}
END_TEST

/*
 * Funded in full, in cascade: A societal 90, group 9, individual 1
 * (supply 0): big [A] societal asks 10.00 (weight 90), mid [A] group
 * asks 50.00 (9), small [A] individual asks 50.00 (1).  Budget 60.00:
 * big's share 6000 x 90/100 = 5400 > 1000: funded; 5000 left by 9 : 1:
 * mid 4500, small 500.  Budget 120.00: big funded; 11000 by 9 : 1: mid
 * 9900 > 5000: funded; 6000 left for small alone, more than its 5000:
 * funded too, and 1000 stays unallocated, every request that claims need
 * being funded in full.
 */
START_TEST(proportional_cascade)
{
	struct budget_input *b = budget_new();

	add(b, "{\"type\":\"request\",\"id\":\"big\",\"amount\":10,"
	    "\"areas\":[\"A\"],\"forms\":[\"societal\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"mid\",\"amount\":50,"
	    "\"areas\":[\"A\"],\"forms\":[\"group\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"small\",\"amount\":50,"
	    "\"areas\":[\"A\"],\"forms\":[\"individual\"]}");
	area(b, "A", 90, 9, 1, 0, 0, 0);
	ck_assert_str_eq(run(b, BUDGET_PROPORTIONAL, 6000),
	    "big=1000 mid=4500 small=500");
	ck_assert_str_eq(run(b, BUDGET_PROPORTIONAL, 12000),
	    "big=1000 mid=5000 small=5000");
	ck_assert_str_eq(run(b, BUDGET_PROPORTIONAL, 0), "");
	budget_free(b);
}
END_TEST

/* Supply counts in tenths: a gap of 0.1 is a gap. */
START_TEST(tenths)
{
	struct budget_input *b = budget_new();

	add(b, "{\"type\":\"request\",\"id\":\"t\",\"amount\":1,"
	    "\"areas\":[\"A\"],\"forms\":[\"group\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"u\",\"amount\":1,"
	    "\"areas\":[\"A\"],\"forms\":[\"societal\"]}");
	area(b, "A", 10, 10, NAN, 10, 9.9, 0);
	ck_assert_str_eq(run(b, BUDGET_NEED, 500), "t=100");
	ck_assert_str_eq(run(b, BUDGET_PROPORTIONAL, 50), "t=50");
	budget_free(b);
}
END_TEST

/* A name that is no form: the request is kept, with a warning that
 * suggests the nearest; it claims only the forms it names that are. */
START_TEST(unknown_form_name)
{
	struct budget_input *b = budget_new();
	char why[512];

	ck_assert_int_eq(add_why(b, "{\"type\":\"request\",\"id\":\"r\","
	    "\"amount\":1,\"areas\":[\"A\"],\"forms\":[\"grup\",\"individual\"]}",
	    why, sizeof why), 1);
	ck_assert_str_eq(why, "request r: forms: 'grup': unknown form (did you "
	    "mean 'group'?): the rules need and proportional count no need of "
	    "it");
	ck_assert_int_eq(add_why(b, "{\"type\":\"request\",\"id\":\"q\","
	    "\"amount\":1,\"areas\":[\"A\"],\"forms\":[\"x\",\"y\"]}", why,
	    sizeof why), 1);
	ck_assert_str_eq(why, "request q: forms: 'x': unknown form (one of: "
	    "societal, group, individual) (and more names that are no form): "
	    "the rules need and proportional count no need of it");
	ck_assert_int_eq(add_why(b, "{\"type\":\"request\",\"id\":\"p\","
	    "\"amount\":1,\"forms\":[\"group\",\"group\"]}", why, sizeof why),
	    -1);
	ck_assert_int_eq(add_why(b, "{\"type\":\"request\",\"id\":\"o\","
	    "\"amount\":1,\"forms\":\"group\"}", why, sizeof why), -1);
	ck_assert_uint_eq(budget_nrequests(b), 2);
	/* r claims individual only; q, naming no form there is, nothing */
	area(b, "A", 50, 50, 3, 0, 0, 0);
	ck_assert_str_eq(run(b, BUDGET_NEED, 200), "r=100");
	budget_free(b);
}
END_TEST

/* The forms named whose need is unknown, per area, in one warning. */
START_TEST(unknown_need_warning)
{
	struct budget_input *b = budget_new();
	char why[512];

	add(b, "{\"type\":\"request\",\"id\":\"r\",\"amount\":1,"
	    "\"areas\":[\"A\",\"Z\"],\"forms\":[\"group\",\"individual\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"all\",\"amount\":1,"
	    "\"areas\":[\"A\",\"Z\"]}");
	add(b, "{\"type\":\"request\",\"id\":\"known\",\"amount\":1,"
	    "\"areas\":[\"A\"],\"forms\":[\"group\"]}");
	area(b, "A", 5, 5, NAN, 0, 0, 0);
	ck_assert_int_eq(budget_unknown_need(b, 0, why, sizeof why), 1);
	ck_assert_str_eq(why, "request r: no known need of individual in A, "
	    "group in Z, individual in Z: the rules need and proportional "
	    "count none of it (measure it, or leave the form out of "
	    "\"forms\")");
	ck_assert_int_eq(budget_unknown_need(b, 1, why, sizeof why), 0);
	ck_assert_int_eq(budget_unknown_need(b, 2, why, sizeof why), 0);
	budget_free(b);
}
END_TEST

/* The advice's cells into the budget's areas: per form, and the sums
 * over the known forms for the metrics.  Population 1000, shares 0.1 and
 * 0.02, individual not measured: need 100, 20, unknown. */
START_TEST(take_needs)
{
	struct needs n;
	struct budget_input *b = budget_new();
	const struct area *a;
	char why[512];
	json_t *rec;

	needs_init(&n);
	rec = json_loads("{\"type\":\"area\",\"area\":\"BU00010001\","
	    "\"population\":1000}", 0, NULL);
	ck_assert_int_eq(needs_add_area(&n, rec, why, sizeof why), 0);
	json_decref(rec);
	rec = json_loads("{\"type\":\"isolation\",\"area\":\"BU00010001\","
	    "\"n\":50,\"weight_sum\":50,\"suppressed\":false,\"shares\":{"
	    "\"societal\":{\"share\":0.1,\"low\":0,\"high\":1},"
	    "\"group\":{\"share\":0.02,\"low\":0,\"high\":1}}}", 0, NULL);
	ck_assert_int_eq(needs_add_isolation(&n, rec, why, sizeof why), 0);
	json_decref(rec);
	needs_compute(&n);
	budget_take_needs(b, &n);
	ck_assert_uint_eq(b->narea, 1);
	a = &b->area[0];
	ck_assert_str_eq(a->code, "BU00010001");
	ck_assert_double_eq(a->form_need[FORM_SOCIETAL], 100);
	ck_assert_double_eq(a->form_need[FORM_GROUP], 20);
	ck_assert(isnan(a->form_need[FORM_INDIVIDUAL]));
	ck_assert_double_eq(a->need, 120);
	ck_assert_double_eq(a->supply, 0);
	ck_assert_double_eq_tol(a->isolation, 0.12, 1e-15);
	needs_free(&n);
	budget_free(b);
}
END_TEST

/* ---- random small instances against a reference ---- */

#define NA 3		/* areas A, B, C in the table; Z is not */
#define NR 6		/* requests r1 .. r6 */
#define LCM_CLAIMS 60	/* lcm(1 .. NR): weights as whole numbers */
#define LCM_PARTS 27720	/* lcm(1 .. 12): 4 areas x 3 forms */

struct inst {
	int known[NA][FORM_COUNT];
	long need[NA][FORM_COUNT], supply[NA][FORM_COUNT];	/* whole */
	int nreq;
	int inarea[NR][NA + 1];		/* names area k (NA: Z) */
	unsigned forms[NR];		/* 0: names none */
	long amount[NR], capacity[NR];	/* cents; places, -1 none */
	long budget;
};

static uint64_t seed;

static long
pick(long n)
{
	return (long)(splitmix64(&seed) % (uint64_t)n);
}

static void
make_inst(struct inst *in)
{
	int a, f, i;

	memset(in, 0, sizeof *in);
	for (a = 0; a < NA; a++)
		for (f = 0; f < FORM_COUNT; f++) {
			in->known[a][f] = pick(5) != 0;
			in->need[a][f] = pick(40);
			in->supply[a][f] = pick(25);
		}
	in->nreq = 1 + (int)pick(NR);
	for (i = 0; i < in->nreq; i++) {
		for (a = 0; a <= NA; a++)
			in->inarea[i][a] = pick(a == NA ? 6 : 2) == 0;
		in->forms[i] = (unsigned)pick(1 << FORM_COUNT);
		in->amount[i] = 100 * (1 + pick(30)) + pick(3);
		in->capacity[i] = pick(3) == 0 ? -1 : pick(30);
	}
	in->budget = pick(8000);
}

static struct budget_input *
load_inst(const struct inst *in)
{
	struct budget_input *b = budget_new();
	char text[512], areas[64], forms[64];
	double need[FORM_COUNT], sup[FORM_COUNT];
	static const char *const codes[] = { "A", "B", "C", "Z" };
	int a, f, i;
	size_t len;

	for (i = 0; i < in->nreq; i++) {
		len = 0;
		areas[0] = forms[0] = '\0';
		for (a = 0; a <= NA; a++)
			if (in->inarea[i][a])
				len += (size_t)snprintf(areas + len, sizeof areas -
				    len, "%s\"%s\"", len ? "," : "", codes[a]);
		len = 0;
		for (f = 0; f < FORM_COUNT; f++)
			if (in->forms[i] & 1u << f)
				len += (size_t)snprintf(forms + len, sizeof forms -
				    len, "%s\"%s\"", len ? "," : "",
				    isolation_form_name((enum isolation_form)f));
		snprintf(text, sizeof text, "{\"type\":\"request\",\"id\":\"r%d\","
		    "\"amount\":\"%ld.%02ld\",\"areas\":[%s],\"forms\":[%s]%s%ld}",
		    i + 1, in->amount[i] / 100, in->amount[i] % 100, areas, forms,
		    in->capacity[i] < 0 ? ",\"x\":" : ",\"capacity\":",
		    in->capacity[i] < 0 ? 0 : in->capacity[i]);
		add(b, text);
	}
	for (a = 0; a < NA; a++) {
		for (f = 0; f < FORM_COUNT; f++) {
			need[f] = in->known[a][f] ? (double)in->need[a][f] : NAN;
			sup[f] = (double)in->supply[a][f];
		}
		budget_set_area(b, codes[a], need, sup, NAN);
	}
	return b;
}

/* Does request i claim cell (a, f)? */
static int
ref_claims(const struct inst *in, int i, int a, int f)
{
	unsigned forms = in->forms[i] ? in->forms[i] : 7;

	return in->inarea[i][a] && (forms & 1u << f) && in->known[a][f];
}

static long
ref_gap(const struct inst *in, int a, int f)
{
	long g = 10 * (in->need[a][f] - in->supply[a][f]);

	return g > 0 ? g : 0;
}

/* The rule need by a full scan every round, in units of 1 / LCM_PARTS of
 * a tenth; the funded "id=cents" in order, as run() writes them. */
static void
ref_need(const struct inst *in, char *buf, size_t size)
{
	long added[NA][FORM_COUNT] = { { 0 } }, g, bg, used = 0;
	int funded[NR] = { 0 }, i, a, f, best, nareas, k;
	size_t len = 0;

	buf[0] = '\0';
	for (;;) {
		best = -1;
		bg = 0;
		for (i = 0; i < in->nreq; i++) {
			if (funded[i] || in->amount[i] > in->budget - used)
				continue;
			g = 0;
			for (a = 0; a < NA; a++)
				for (f = 0; f < FORM_COUNT; f++)
					if (ref_claims(in, i, a, f) &&
					    ref_gap(in, a, f) * LCM_PARTS >
					    added[a][f])
						g += ref_gap(in, a, f) *
						    LCM_PARTS - added[a][f];
			if (g > 0 && (best < 0 || g > bg || (g == bg &&
			    (in->amount[i] < in->amount[best] ||
			    (in->amount[i] == in->amount[best] && i < best))))) {
				best = i;
				bg = g;
			}
		}
		if (best < 0)
			break;
		funded[best] = 1;
		used += in->amount[best];
		len += (size_t)snprintf(buf + len, size - len, "%sr%d=%ld",
		    len ? " " : "", best + 1, in->amount[best]);
		if (in->capacity[best] <= 0)
			continue;
		for (nareas = 0, a = 0; a <= NA; a++)
			nareas += in->inarea[best][a];
		for (a = 0; a < NA; a++) {
			for (k = 0, f = 0; f < FORM_COUNT; f++)
				k += ref_claims(in, best, a, f);
			for (f = 0; f < FORM_COUNT; f++)
				if (ref_claims(in, best, a, f))
					added[a][f] += 10 * in->capacity[best] *
					    LCM_PARTS / (nareas * k);
		}
	}
}

/* The rule proportional by sweeps, weights in units of 1 / LCM_CLAIMS;
 * "id=cents" in request order. */
static void
ref_proportional(const struct inst *in, char *buf, size_t size)
{
	long w[NR] = { 0 }, alloc[NR] = { 0 }, W, R = in->budget, left;
	long rem[NR];
	int n[NA][FORM_COUNT] = { { 0 } }, capped[NR] = { 0 }, i, j, a, f;
	int changed, order[NR], m = 0, x;
	size_t len = 0;

	for (i = 0; i < in->nreq; i++)
		for (a = 0; a < NA; a++)
			for (f = 0; f < FORM_COUNT; f++)
				n[a][f] += ref_claims(in, i, a, f);
	for (i = 0; i < in->nreq; i++)
		for (a = 0; a < NA; a++)
			for (f = 0; f < FORM_COUNT; f++)
				if (ref_claims(in, i, a, f))
					w[i] += ref_gap(in, a, f) *
					    LCM_CLAIMS / n[a][f];
	do {
		changed = 0;
		for (W = 0, i = 0; i < in->nreq; i++)
			W += capped[i] ? 0 : w[i];
		for (left = R, i = 0; W > 0 && i < in->nreq; i++)
			if (!capped[i] && w[i] > 0 &&
			    R * w[i] >= in->amount[i] * W) {
				capped[i] = changed = 1;
				alloc[i] = in->amount[i];
				left -= alloc[i];
			}
		R = left;
	} while (changed);
	for (W = 0, i = 0; i < in->nreq; i++)
		W += capped[i] ? 0 : w[i];
	/* W == 0: every request claiming need is funded; R stays */
	for (left = W > 0 ? R : 0, i = 0; W > 0 && i < in->nreq; i++)
		if (!capped[i] && w[i] > 0) {
			alloc[i] = R * w[i] / W;
			rem[i] = R * w[i] % W;
			left -= alloc[i];
			order[m++] = i;
		}
	/* the larger remainder first, then the lower id (r1 < r2 ...) */
	for (i = 1; i < m; i++)
		for (j = i; j > 0 && rem[order[j]] > rem[order[j - 1]]; j--) {
			x = order[j];
			order[j] = order[j - 1];
			order[j - 1] = x;
		}
	for (i = 0; i < left; i++)
		alloc[order[i]]++;
	buf[0] = '\0';
	for (i = 0; i < in->nreq; i++)
		if (alloc[i] > 0)
			len += (size_t)snprintf(buf + len, size - len, "%sr%d=%ld",
			    len ? " " : "", i + 1, alloc[i]);
}

START_TEST(random_against_reference)
{
	struct inst in;
	struct budget_input *b;
	char want[1024];
	int k;

	seed = 20261201;
	for (k = 0; k < 3000; k++) {
		make_inst(&in);
		b = load_inst(&in);
		ref_need(&in, want, sizeof want);
		ck_assert_msg(strcmp(run(b, BUDGET_NEED, in.budget), want) == 0,
		    "instance %d, need: %s, want %s", k, run(b, BUDGET_NEED,
		    in.budget), want);
		ref_proportional(&in, want, sizeof want);
		ck_assert_msg(strcmp(run(b, BUDGET_PROPORTIONAL, in.budget),
		    want) == 0, "instance %d, proportional: %s, want %s", k,
		    run(b, BUDGET_PROPORTIONAL, in.budget), want);
		budget_free(b);
	}
}
END_TEST

static Suite *
budget_need_suite(void)
{
	Suite *s = suite_create("budget_need");
	TCase *tc = tcase_create("budget_need");

	tcase_add_test(tc, need_claims_forms);
	tcase_add_test(tc, need_capacity);
	tcase_add_test(tc, need_ties);
	tcase_add_test(tc, proportional_shared_cells);
	tcase_add_test(tc, proportional_remainder_ties);
	tcase_add_test(tc, proportional_cascade);
	tcase_add_test(tc, tenths);
	tcase_add_test(tc, unknown_form_name);
	tcase_add_test(tc, unknown_need_warning);
	tcase_add_test(tc, take_needs);
	tcase_add_test(tc, random_against_reference);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(budget_need_suite)
