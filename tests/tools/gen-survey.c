/*
 * gen-survey: deterministic survey responses (the GGD health-monitor kind)
 * for the made-up municipality of Lindewaarde, for examples and benchmarks.
 *
 *   gen-survey [--responses N] [--seed S]
 *
 * N responses (default 3000) spread over the 12 neighbourhoods in
 * proportion to their population and a response rate that is lower in the
 * rural ones, so the smallest fall below a minimum cell of 50.  Each person
 * draws a tendency to loneliness from the neighbourhood's level and their
 * own circumstances; the DJG, LSNS-6 and participation answers follow it,
 * with some missing answers, the short form, Dutch answers and numeric
 * codes mixed in, as real survey files have them.  Everything comes from a
 * fixed-seed splitmix64, so the same arguments give the same bytes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "prng.h"

static uint64_t state = 0x4c4f4e454cULL;

static uint64_t
next(void)
{
	return splitmix64(&state);
}

/* Uniform in [0, 1). */
static double
unit(void)
{
	return (double)(next() >> 11) / 9007199254740992.0;
}

static int
chance(double p)
{
	return unit() < p;
}

static const struct area {
	const char *code;
	int population;
	double rate;		/* relative response rate */
	double deprivation;	/* 0 well off .. 1 deprived */
} areas[] = {
	{ "BU99010101", 2140, 1.0, 0.3 }, { "BU99010102", 3380, 1.0, 0.4 },
	{ "BU99010103", 2910, 0.9, 0.6 }, { "BU99010104", 3080, 1.1, 0.2 },
	{ "BU99010201", 4120, 0.8, 0.8 }, { "BU99010202", 3890, 0.8, 0.9 },
	{ "BU99010203", 2460, 0.9, 0.7 }, { "BU99010204", 2190, 1.0, 0.5 },
	{ "BU99010301", 3570, 0.9, 0.6 }, { "BU99010302", 2860, 1.1, 0.3 },
	{ "BU99010303", 840, 0.6, 0.4 }, { "BU9901039A", 390, 0.6, 0.3 },
};
#define NAREAS (sizeof areas / sizeof areas[0])

static const char *const english[3] = { "no", "more or less", "yes" };
static const char *const dutch[3] = { "nee", "min of meer", "ja" };
static const char *const fivepoint[3] = { "no!", "more or less", "yes!" };
static const int emotional[11] = { 0, 1, 1, 0, 1, 1, 0, 0, 1, 1, 0 };
static const int short_items[6] = { 2, 3, 6, 7, 8, 9 };	/* 0-based */

/* One DJG answer (0 no, 1 more or less, 2 yes) for a person of loneliness
 * tendency t (0..1): lonely answers are yes to emotional items and no to
 * social ones. */
static int
djg_answer(int emo, double t)
{
	double u = unit();
	int lonely = u < t ? (u < t * 0.35 ? 1 : 2) : 0;

	if (lonely == 0)
		return emo ? 0 : 2;
	if (lonely == 1)
		return 1;
	return emo ? 2 : 0;
}

static void
put_djg(double t)
{
	int form = chance(0.1) ? 6 : 11, i, style;
	double r = unit();

	style = r < 0.35 ? 0 : r < 0.5 ? 1 : r < 0.6 ? 2 : 3;
	printf(",\"djg\":[");
	for (i = 0; i < form; i++) {
		int item = form == 11 ? i : short_items[i];
		int a = djg_answer(emotional[item], t);

		if (i > 0)
			putchar(',');
		if (chance(0.02))
			printf("null");
		else if (style == 3)
			printf("%d", a + 1);
		else
			printf("\"%s\"", (style == 0 ? english : style == 1 ?
			    dutch : fivepoint)[a]);
	}
	putchar(']');
}

static void
put_lsns(double t)
{
	int i, v;

	printf(",\"lsns\":[");
	for (i = 0; i < 6; i++) {
		if (i > 0)
			putchar(',');
		v = (int)(unit() * 6 * (1.15 - t));
		if (chance(0.015))
			printf("null");
		else
			printf("%d", v > 5 ? 5 : v);
	}
	putchar(']');
}

static void
put_bool(const char *name, double p)
{
	if (chance(0.03))
		return;
	printf(",\"%s\":%s", name, chance(p) ? "true" : "false");
}

static void
put_participation(double t, double deprivation)
{
	double work = 0.75 - 0.35 * deprivation - 0.3 * t, r;

	if (chance(0.05)) {
		printf(",\"ladder\":%d", 1 + (int)(unit() * 6));
		return;
	}
	if (!chance(0.03)) {
		r = unit();
		printf(",\"paid_work\":\"%s\"", r < work ? "regular" :
		    r < work + 0.06 ? "supported" : "none");
	}
	put_bool("unpaid_work", 0.3 - 0.15 * t);
	put_bool("organised_activity", 0.45 - 0.3 * t);
	put_bool("contact_outside_home", 0.92 - 0.5 * t);
	if (!chance(0.04)) {
		r = unit();
		printf(",\"contacts\":\"%s\"", r < 0.15 + 0.35 * deprivation *
		    (0.5 + t) ? "mostly-own-group" : r < 0.8 ? "mixed" :
		    "mostly-other-groups");
	}
}

static void
response(long id, const struct area *a)
{
	double t = unit() * unit() * (0.6 + 0.6 * a->deprivation);

	printf("{\"type\":\"response\",\"id\":\"r%06ld\",\"area\":\"%s\","
	    "\"weight\":%.2f", id, a->code, 0.6 + unit() * 1.2);
	if (!chance(0.02))
		put_djg(t > 1 ? 1 : t);
	if (!chance(0.03))
		put_lsns(t);
	put_participation(t, a->deprivation);
	printf("}\n");
}

int
main(int argc, char *argv[])
{
	long n = 3000, id = 0, want[NAREAS], given = 0;
	double total = 0;
	size_t i;
	int k;

	for (k = 1; k < argc; k++) {
		if (strcmp(argv[k], "--responses") == 0 && k + 1 < argc)
			n = atol(argv[++k]);
		else if (strcmp(argv[k], "--seed") == 0 && k + 1 < argc)
			state = strtoull(argv[++k], NULL, 10);
		else {
			fprintf(stderr, "usage: gen-survey [--responses N] "
			    "[--seed S]\n");
			return 2;
		}
	}
	for (i = 0; i < NAREAS; i++)
		total += areas[i].population * areas[i].rate;
	for (i = 0; i < NAREAS; i++) {
		want[i] = (long)(n * areas[i].population * areas[i].rate /
		    total);
		given += want[i];
	}
	want[0] += n - given;
	/* interleaved as a survey file arrives, not grouped by area */
	while (id < n) {
		i = (size_t)(next() % NAREAS);
		if (want[i] == 0)
			continue;
		want[i]--;
		response(++id, &areas[i]);
	}
	return ferror(stdout) ? 2 : 0;
}
