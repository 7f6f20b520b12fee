/*
 * gen-votes: simulated approval votes of the residents of the example
 * municipality (made up) on examples/requests.jsonl, deterministic: a
 * fixed-seed splitmix64.  Each voter lives in a neighbourhood drawn by
 * population and approves a request with a chance that is highest for
 * requests in the voter's own neighbourhood, lower in the same district,
 * lowest elsewhere, plus the request's own appeal.
 *
 * usage: gen-votes [N] < requests.jsonl > votes.jsonl   (N = 1200)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "prng.h"

static uint64_t state = 0x5a4d454eULL;	/* "SAMEN" */

static uint64_t
next(void)
{
	return splitmix64(&state);
}

/* uniform in [0, 1) */
static double
unif(void)
{
	return (double)(next() >> 11) / 9007199254740992.0;
}

static const struct {
	const char *code;
	int pop;
} hoods[] = {
	{ "BU99010101", 2140 }, { "BU99010102", 3380 },
	{ "BU99010103", 2910 }, { "BU99010104", 3080 },
	{ "BU99010201", 4120 }, { "BU99010202", 3890 },
	{ "BU99010203", 2460 }, { "BU99010204", 2190 },
	{ "BU99010301", 3570 }, { "BU99010302", 2860 },
	{ "BU99010303", 840 }, { "BU9901039A", 390 }
};
#define NHOODS (sizeof(hoods) / sizeof(hoods[0]))

int
main(int argc, char *argv[])
{
	long n = argc > 1 ? atol(argv[1]) : 1200, v;
	json_t *req[64];
	double appeal[64];
	size_t nreq = 0, i, k, h;
	int total = 0, pick;
	char line[4096], id[32];
	json_error_t err;

	while (fgets(line, sizeof line, stdin) != NULL && nreq < 64) {
		if ((req[nreq] = json_loads(line, 0, &err)) == NULL) {
			fprintf(stderr, "gen-votes: %s\n", err.text);
			return 2;
		}
		appeal[nreq] = 0.04 + 0.12 * unif();
		nreq++;
	}
	for (h = 0; h < NHOODS; h++)
		total += hoods[h].pop;
	for (v = 1; v <= n; v++) {
		json_t *o = json_object(), *ap = json_array();
		double best = -1, p;
		size_t bi = 0;

		pick = (int)(unif() * total);
		for (h = 0; h < NHOODS - 1 && pick >= hoods[h].pop; h++)
			pick -= hoods[h].pop;
		for (i = 0; i < nreq; i++) {
			json_t *areas = json_object_get(req[i], "areas");
			double local = 0;

			for (k = 0; k < json_array_size(areas); k++) {
				const char *a = json_string_value(
				    json_array_get(areas, k));

				if (strcmp(a, hoods[h].code) == 0)
					local = 0.45;
				else if (strncmp(a + 2, hoods[h].code + 2, 6)
				    == 0 && local < 0.12)
					local = 0.12;
			}
			p = appeal[i] + local;
			if (unif() < p)
				json_array_append_new(ap, json_string(
				    json_string_value(json_object_get(req[i],
				    "id"))));
			if (p > best) {
				best = p;
				bi = i;
			}
		}
		/* nobody votes for nothing */
		if (json_array_size(ap) == 0)
			json_array_append_new(ap, json_string(
			    json_string_value(json_object_get(req[bi], "id"))));
		snprintf(id, sizeof id, "v%04ld", v);
		json_object_set_new(o, "type", json_string("vote"));
		json_object_set_new(o, "voter", json_string(id));
		json_object_set_new(o, "area", json_string(hoods[h].code));
		json_object_set_new(o, "approved", ap);
		json_dumpf(o, stdout, JSON_COMPACT | JSON_PRESERVE_ORDER);
		putchar('\n');
		json_decref(o);
	}
	for (i = 0; i < nreq; i++)
		json_decref(req[i]);
	return 0;
}
