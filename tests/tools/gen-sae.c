/*
 * gen-sae: areas with covariates and survey responses drawn from a known
 * truth, for testing and timing isolation-estimate.
 *
 *   gen-sae [--areas N] [--seed S] [--truth FILE]
 *
 * N neighbourhoods (default 1000; 40 to a made-up municipality, in
 * districts of 10), each with an "area" record holding its population and
 * two covariates, share_65_plus (0 to 0.4) and income_index (60 to 140).
 * The true share of group isolation of area d is
 *
 *   theta_d = 0.4 + 0.3 share_65_plus - 0.002 income_index + u_d,
 *   u_d ~ N(0, 0.04^2), kept within [0.01, 0.99],
 *
 * and the area has 5 to 45 respondents (none in one area of twenty), each
 * with a weight from 0.5 to 1.5 and "contacts" mostly-own-group with
 * probability theta_d (isolation-score's "group" indicator), mixed
 * otherwise.  --truth writes {"area","theta"} per area to FILE.  Area
 * records come first, then the responses; a fixed-seed splitmix64 makes
 * the same arguments give the same bytes.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "prng.h"

static uint64_t state = 0x5341452d54525554ULL;

/* Uniform in [0, 1). */
static double
unit(void)
{
	return (double)(splitmix64(&state) >> 11) / 9007199254740992.0;
}

/* A standard normal draw (Box-Muller). */
static double
normal(void)
{
	double u = unit(), v = unit();

	return sqrt(-2 * log(1 - u)) * cos(2 * 3.14159265358979323846 * v);
}

static void
code(long i, char out[32])
{
	snprintf(out, 32, "BU%04ld%02ld%02ld", 1 + i / 40, i % 40 / 10,
	    i % 10);
}

int
main(int argc, char *argv[])
{
	long n = 1000, i, r, k;
	const char *truth_path = NULL;
	FILE *truth = NULL;
	double *theta;
	int *resp, a;
	char c[32];

	for (a = 1; a < argc; a++) {
		if (strcmp(argv[a], "--areas") == 0 && a + 1 < argc)
			n = atol(argv[++a]);
		else if (strcmp(argv[a], "--seed") == 0 && a + 1 < argc)
			state = strtoull(argv[++a], NULL, 10);
		else if (strcmp(argv[a], "--truth") == 0 && a + 1 < argc)
			truth_path = argv[++a];
		else {
			fprintf(stderr, "usage: gen-sae [--areas N] [--seed S] "
			    "[--truth FILE]\n");
			return 2;
		}
	}
	if (n < 1 || n > 400000 || (theta = calloc((size_t)n,
	    sizeof *theta)) == NULL || (resp = calloc((size_t)n,
	    sizeof *resp)) == NULL) {
		fprintf(stderr, "gen-sae: --areas from 1 to 400000\n");
		return 2;
	}
	if (truth_path != NULL && (truth = fopen(truth_path, "w")) == NULL) {
		perror(truth_path);
		return 2;
	}
	for (i = 0; i < n; i++) {
		double old = 0.4 * unit(), income = 60 + 80 * unit();
		double t = 0.4 + 0.3 * old - 0.002 * income + 0.04 * normal();

		theta[i] = t < 0.01 ? 0.01 : t > 0.99 ? 0.99 : t;
		resp[i] = unit() < 0.05 ? 0 : 5 + (int)(41 * unit());
		code(i, c);
		printf("{\"type\":\"area\",\"area\":\"%s\",\"population\":%d,"
		    "\"share_65_plus\":%.4f,\"income_index\":%.1f}\n", c,
		    200 + (int)(4000 * unit()), old, income);
		if (truth != NULL)
			fprintf(truth, "{\"area\":\"%s\",\"theta\":%.6f}\n", c,
			    theta[i]);
	}
	for (i = 0, k = 0; i < n; i++) {
		code(i, c);
		for (r = 0; r < resp[i]; r++)
			printf("{\"type\":\"response\",\"id\":\"r%ld\","
			    "\"area\":\"%s\",\"weight\":%.2f,\"contacts\":"
			    "\"%s\"}\n", k++, c, 0.5 + unit(), unit() <
			    theta[i] ? "mostly-own-group" : "mixed");
	}
	free(theta);
	free(resp);
	if (truth != NULL && fclose(truth) != 0) {
		perror(truth_path);
		return 2;
	}
	return ferror(stdout) || fflush(stdout) ? 2 : 0;
}
