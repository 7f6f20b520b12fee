/*
 * gen-registry N [SEED]: N made-up initiative records, deterministic for a
 * seed, for the benchmark of initiative-add --check.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "registry/initiative.h"
#include "prng.h"

static uint64_t state;

static uint64_t
next(void)
{
	return splitmix64(&state);
}

static unsigned
pick(unsigned n)
{
	return (unsigned)(next() % n);
}

int
main(int argc, char *argv[])
{
	static const char *const forms[] = {
		"informal", "association", "cooperative", "foundation",
		"enterprise"
	};
	static const char *const domains[] = {
		"care", "welfare", "energy", "food", "green", "safety",
		"transport", "culture", "housing", "youth", "work"
	};
	long n = argc > 1 ? atol(argv[1]) : 1000, i;

	state = argc > 2 ? strtoull(argv[2], NULL, 10) : 1;
	for (i = 0; i < n; i++) {
		size_t k = pick((unsigned)initiative_kinds.n);
		unsigned gm = 9000 + pick(900), wk = pick(20), bu = pick(30);

		printf("{\"type\":\"initiative\",\"id\":\"initiatief-%ld\","
		    "\"name\":\"Initiatief %ld\",\"kind\":\"%s\","
		    "\"responds_to\":\"%s\",\"domain\":[\"%s\",\"%s\"],"
		    "\"form\":\"%s\",\"areas\":[\"BU%04u%02u%02u\","
		    "\"WK%04u%02u\"],\"started\":\"20%02u-%02u-%02u\","
		    "\"capacity\":%u,\"members\":%u,\"volunteers\":%u}\n",
		    i, i, initiative_kinds.terms[k].name,
		    isolation_form_name(initiative_kind_form(k)),
		    domains[pick(11)], domains[pick(11)], forms[pick(5)],
		    gm, wk, bu, gm, wk, 10 + pick(16), 1 + pick(12),
		    1 + pick(28), 5 + pick(200), pick(400), pick(60));
	}
	return ferror(stdout) ? 2 : 0;
}
