/*
 * gen-ledger: deterministic ledger events for examples and benchmarks.
 *
 *   gen-ledger [--from YYYY-MM]        twelve months, from November 2025
 *                                      unless told, for the 20 example
 *                                      initiatives of Lindewaarde
 *   gen-ledger --events N [--initiatives K] [--seed S]
 *                                      N events spread over K made-up
 *                                      initiatives, for make bench
 *
 * The example year holds initiatives of four kinds of conduct: healthy
 * ones (that now and then miss a goal and adjust the month after), ones
 * that never hold a meeting, one that misses its goal in spring and
 * adjusts, and one that misses its goal from May on and does not.  Everything comes
 * from a fixed-seed splitmix64, so the same arguments give the same bytes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "prng.h"

static uint64_t state = 0x5a4d454eULL;

static uint64_t
next(void)
{
	return splitmix64(&state);
}

static long
range(long lo, long hi)
{
	return lo + (long)(next() % (uint64_t)(hi - lo + 1));
}

enum conduct { HEALTHY, NO_MEETINGS, MISS_ADJUST, MISS_NO_ADJUST };

struct ini {
	const char *id;
	enum conduct conduct;
	long subsidy;		/* municipality, cents a month */
	long contribution;	/* members, cents a month */
	long sales;		/* cents a month, on average */
	long rent;		/* cents a month */
	long staff;		/* cents a month */
	int volunteers;
	int professional;	/* hours a week */
	int capacity;
	const char *goal, *unit;
	int target;
};

static const struct ini inis[] = {
	{ "koffie-uurtje-oude-kern", HEALTHY, 25000, 0, 0, 15000, 0, 6, 0, 30,
	    "visitors", "visitors a week", 20 },
	{ "inloophuis-de-marktkamer", HEALTHY, 420000, 0, 0, 180000, 210000,
	    14, 16, 60, "visitors", "visitors a week", 45 },
	{ "maatjesproject-oosterveld", MISS_ADJUST, 150000, 40000, 0, 30000,
	    90000, 25, 8, 25, "matches", "new buddy pairs", 4 },
	{ "herstelacademie-lindewaarde", HEALTHY, 380000, 0, 0, 120000,
	    260000, 10, 24, 40, "courses", "course meetings", 12 },
	{ "zorgcoop-polderdorp", HEALTHY, 60000, 85000, 40000, 45000, 0, 18, 0,
	    35, "meals", "meals a week", 30 },
	{ "bewonersgroep-stationsbuurt", NO_MEETINGS, 30000, 0, 0, 0, 0, 8, 0,
	    50, "activities", "activities", 3 },
	{ "buurtbedrijf-havenkwartier", HEALTHY, 200000, 0, 260000, 150000,
	    320000, 6, 32, 20, "trainees", "trainees at work", 12 },
	{ "zorgboerderij-de-dijkhoeve", HEALTHY, 0, 0, 540000, 90000, 380000,
	    5, 40, 18, "days", "care days", 60 },
	{ "interculturele-kookgroep-bloemenbuurt", NO_MEETINGS, 15000, 0,
	    12000, 8000, 0, 9, 0, 24, "dinners", "shared dinners", 4 },
	{ "energiecooperatie-lindewaarde", HEALTHY, 0, 120000, 310000, 20000,
	    0, 12, 0, 200, "households", "households advised", 25 },
	{ "voedseltuin-kerkeveld", HEALTHY, 20000, 10000, 18000, 5000, 0, 16,
	    0, 30, "harvest", "kilos to the food bank", 120 },
	{ "bewonersbedrijf-oosterveld", HEALTHY, 90000, 30000, 150000, 110000,
	    120000, 20, 12, 80, "jobs", "residents at work", 10 },
	{ "inloop-havenkerk", NO_MEETINGS, 0, 0, 0, 10000, 0, 7, 0, 25,
	    "visitors", "visitors a week", 15 },
	{ "maatjes-aan-de-dijk", HEALTHY, 40000, 8000, 0, 5000, 0, 15, 0, 20,
	    "matches", "new buddy pairs", 2 },
	{ "zorgcoop-vestingwal", HEALTHY, 80000, 95000, 20000, 60000, 40000,
	    22, 6, 45, "visits", "home visits", 90 },
	{ "buurtwerkplaats-marktkwartier", MISS_NO_ADJUST, 110000, 0, 35000,
	    70000, 60000, 9, 10, 20, "repairs", "repairs done", 40 },
	{ "samen-eten-oosterveld-zuid", HEALTHY, 20000, 0, 14000, 12000, 0, 11,
	    0, 40, "meals", "meals a week", 35 },
	{ "bewonersgroep-kerkeveld", HEALTHY, 25000, 0, 0, 0, 0, 9, 0, 60,
	    "activities", "activities", 2 },
	{ "jongerenwerkplaats-havenkwartier", HEALTHY, 160000, 0, 30000, 60000,
	    140000, 4, 20, 16, "youngsters", "young people taking part", 12 },
	{ "herstelcafe-oosterveld", HEALTHY, 35000, 0, 6000, 10000, 0, 8, 0,
	    20, "visitors", "visitors a week", 12 },
};

/* The Dutch of each goal and unit, so that a Dutch report reads Dutch. */
static const char *const dutch[][2] = {
	{ "visitors", "bezoekers" }, { "visitors a week", "bezoekers per week" },
	{ "matches", "koppelingen" },
	{ "new buddy pairs", "nieuwe maatjeskoppels" },
	{ "courses", "cursussen" }, { "course meetings", "cursusbijeenkomsten" },
	{ "meals", "maaltijden" }, { "meals a week", "maaltijden per week" },
	{ "activities", "activiteiten" }, { "trainees", "leerwerkplekken" },
	{ "trainees at work", "leerlingen aan het werk" },
	{ "days", "zorgdagen" }, { "care days", "zorgdagen" },
	{ "dinners", "etentjes" }, { "shared dinners", "gedeelde maaltijden" },
	{ "households", "huishoudens" },
	{ "households advised", "huishoudens met advies" },
	{ "harvest", "oogst" },
	{ "kilos to the food bank", "kilo voor de voedselbank" },
	{ "jobs", "banen" }, { "residents at work", "bewoners aan het werk" },
	{ "visits", "bezoeken" }, { "home visits", "huisbezoeken" },
	{ "repairs", "reparaties" }, { "repairs done", "reparaties gedaan" },
	{ "youngsters", "jongeren" },
	{ "young people taking part", "deelnemende jongeren" },
};

/* {"en":"repairs","nl":"reparaties"} for an English word of the table. */
static void
both(const char *en)
{
	size_t i;

	for (i = 0; i < sizeof dutch / sizeof dutch[0]; i++)
		if (strcmp(dutch[i][0], en) == 0) {
			printf("{\"en\":\"%s\",\"nl\":\"%s\"}", en, dutch[i][1]);
			return;
		}
	fprintf(stderr, "gen-ledger: no Dutch for '%s'\n", en);
	exit(2);
}

static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
	31 };

static void
money(const char *id, int y, int m, int d, const char *ev, long cents,
    const char *key, const char *val)
{
	if (cents <= 0)
		return;
	printf("{\"type\":\"ledger\",\"initiative\":\"%s\",\"date\":"
	    "\"%04d-%02d-%02d\",\"event\":\"%s\",\"amount\":\"%ld.%02ld\","
	    "\"%s\":\"%s\"}\n", id, y, m, d, ev, cents / 100, cents % 100, key,
	    val);
}

static void
head(const char *id, int y, int m, int d, const char *ev)
{
	printf("{\"type\":\"ledger\",\"initiative\":\"%s\",\"date\":"
	    "\"%04d-%02d-%02d\",\"event\":\"%s\"", id, y, m, d, ev);
}

/* The month's result of the initiative's goal, by its conduct. */
static int
result(const struct ini *in, int m)
{
	int t = in->target;

	if (in->conduct == MISS_ADJUST && m >= 3 && m <= 5)
		return t * range(55, 75) / 100;
	if (in->conduct == MISS_NO_ADJUST && m >= 5)
		return t * range(50, 80) / 100;
	if ((in->conduct == HEALTHY || in->conduct == NO_MEETINGS) &&
	    range(1, 10) == 1)
		return t * range(80, 95) / 100;
	return t + (int)range(0, t / 4 + 1);
}

static void
meeting(const struct ini *in, int y, int m, int d, int accounts, int plan)
{
	head(in->id, y, m, d, "meeting");
	printf(",\"members\":%d,\"attendees\":%ld,\"accounts_approved\":%s,"
	    "\"plan_agreed\":%s}\n", in->volunteers * 2 + 10,
	    range(in->volunteers / 2 + 3, in->volunteers + 8),
	    accounts ? "true" : "false", plan ? "true" : "false");
}

static int missed[32];

static void
month(const struct ini *in, int y, int m)
{
	int idx = (int)(in - inis), v;
	int last = mdays[m - 1] + (m == 2 && y % 4 == 0), w, h;

	money(in->id, y, m, 1, "expense", in->rent, "category",
	    "accommodation");
	money(in->id, y, m, 2, "income", in->subsidy, "source", "municipality");
	money(in->id, y, m, 5, "income", in->contribution, "source", "members");
	if (m % 3 == 1 && in->subsidy > 0)
		money(in->id, y, m, 10, "income", in->subsidy / 2 +
		    range(0, 20000), "source", "fund");
	if (range(1, 3) == 1)
		money(in->id, y, m, (int)range(3, 27), "income",
		    range(1000, 30000), "source", "donations");
	if (in->sales > 0)
		money(in->id, y, m, 20, "income", in->sales * range(70, 130) /
		    100, "source", "sales");
	money(in->id, y, m, 25, "expense", in->staff, "category", "staff");
	money(in->id, y, m, (int)range(6, 26), "expense", range(2000, 9000) *
	    in->volunteers / 4, "category", "activities");
	if (range(1, 2) == 1)
		money(in->id, y, m, (int)range(6, 26), "expense",
		    range(1500, 25000), "category", "materials");
	for (w = 0; w < 4; w++) {
		h = in->volunteers * (int)range(4, 12);
		head(in->id, y, m, 1 + 7 * w, "hours");
		printf(",\"hours\":%d.%d,\"by\":\"volunteer\"}\n", h / 2,
		    h % 2 ? 5 : 0);
		if (in->professional > 0) {
			head(in->id, y, m, 1 + 7 * w, "hours");
			printf(",\"hours\":%d,\"by\":\"professional\"}\n",
			    in->professional);
		}
	}
	if (in->contribution > 0) {
		head(in->id, y, m, 15, "hours");
		printf(",\"hours\":%ld,\"by\":\"member\"}\n", range(6, 30));
	}
	if (missed[idx]) {
		head(in->id, y, m, 12, "adjustment");
		printf(",\"goal\":\"%s\",\"description\":\"more evenings "
		    "and a call round to earlier participants\"}\n", in->goal);
	}
	v = result(in, m);
	missed[idx] = (in->conduct == HEALTHY || in->conduct == NO_MEETINGS) &&
	    v < in->target;
	head(in->id, y, m, last, "result");
	printf(",\"goal\":\"%s\",\"value\":%d}\n", in->goal, v);
	head(in->id, y, m, last, "reach");
	printf(",\"participants\":%ld}\n", in->capacity * range(60, 100) /
	    100);
	if (in->conduct == MISS_ADJUST && m == 5) {
		head(in->id, y, m, 20, "adjustment");
		printf(",\"goal\":\"%s\",\"description\":\"a second intake "
		    "volunteer and an evening for new buddies\"}\n", in->goal);
	}
	if (in->conduct != NO_MEETINGS && m == 3)
		meeting(in, y, m, (int)range(10, 28), 1, 1);
	if ((in->conduct == HEALTHY || in->conduct == MISS_ADJUST) && m == 9)
		meeting(in, y, m, (int)range(10, 28), 0, 1);
}

static void
example(int y, int m0)
{
	size_t i;
	int k;

	for (i = 0; i < sizeof inis / sizeof inis[0]; i++) {
		head(inis[i].id, y, m0, 1, "goal");
		printf(",\"goal\":\"%s\",\"label\":", inis[i].goal);
		both(inis[i].goal);
		printf(",\"target\":%d,\"unit\":", inis[i].target);
		both(inis[i].unit);
		printf(",\"per\":\"month\"}\n");
	}
	for (k = m0 - 1; k < m0 - 1 + 12; k++)
		for (i = 0; i < sizeof inis / sizeof inis[0]; i++)
			month(&inis[i], y + k / 12, k % 12 + 1);
}

/* Random events of every kind, for throughput and memory. */
static void
bulk(long n, long k)
{
	static const char *const src[] = { "municipality", "fund", "members",
	    "donations", "sales", "other" };
	static const char *const cat[] = { "accommodation", "activities",
	    "staff", "materials", "other" };
	static const char *const by[] = { "volunteer", "member",
	    "professional" };
	long i, r, ini, mo, d;
	char id[32];

	for (i = 0; i < k && i < n; i++) {
		snprintf(id, sizeof id, "initiative-%04ld", i);
		head(id, 2026, 1, 1, "goal");
		printf(",\"goal\":\"reach\",\"target\":%ld,\"per\":\"month\"}\n",
		    range(5, 50));
	}
	for (; i < n; i++) {
		ini = range(0, k - 1);
		mo = range(1, 12);
		d = range(1, mdays[mo - 1]);
		snprintf(id, sizeof id, "initiative-%04ld", ini);
		r = range(1, 100);
		if (r <= 35)
			money(id, 2026, (int)mo, (int)d, "income",
			    range(100, 500000), "source", src[range(0, 5)]);
		else if (r <= 70)
			money(id, 2026, (int)mo, (int)d, "expense",
			    range(100, 300000), "category", cat[range(0, 4)]);
		else if (r <= 88) {
			head(id, 2026, (int)mo, (int)d, "hours");
			printf(",\"hours\":%ld.5,\"by\":\"%s\"}\n", range(0, 12),
			    by[range(0, 2)]);
		} else if (r <= 95) {
			head(id, 2026, (int)mo, (int)d, "result");
			printf(",\"goal\":\"reach\",\"value\":%ld}\n",
			    range(0, 20));
		} else if (r <= 98) {
			head(id, 2026, (int)mo, (int)d, "reach");
			printf(",\"participants\":%ld}\n", range(5, 200));
		} else {
			head(id, 2026, (int)mo, (int)d, "meeting");
			printf(",\"attendees\":%ld,\"accounts_approved\":%s,"
			    "\"plan_agreed\":%s}\n", range(3, 40),
			    range(0, 1) ? "true" : "false",
			    range(0, 1) ? "true" : "false");
		}
	}
}

int
main(int argc, char *argv[])
{
	long n = -1, k = 100;
	int i, y = 2025, m0 = 11;

	for (i = 1; i < argc; i++) {
		if (i + 1 < argc && strcmp(argv[i], "--from") == 0 &&
		    sscanf(argv[i + 1], "%4d-%2d", &y, &m0) == 2 && m0 >= 1 &&
		    m0 <= 12)
			i++;
		else if (i + 1 < argc && strcmp(argv[i], "--events") == 0)
			n = atol(argv[++i]);
		else if (i + 1 < argc && strcmp(argv[i], "--initiatives") == 0)
			k = atol(argv[++i]);
		else if (i + 1 < argc && strcmp(argv[i], "--seed") == 0)
			state = strtoull(argv[++i], NULL, 0);
		else {
			fprintf(stderr, "usage: gen-ledger [--from YYYY-MM] | "
			    "--events N [--initiatives K] [--seed S]\n");
			return 2;
		}
	}
	if (y < 1900 || y > 2999 || k < 1 || k > 9999) {
		fprintf(stderr, "gen-ledger: year or initiatives out of range\n");
		return 2;
	}
	if (n >= 0)
		bulk(n, k);
	else
		example(y, m0);
	return fflush(stdout) == 0 ? 0 : 1;
}
