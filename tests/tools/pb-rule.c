/*
 * pb-rule: runs a budget rule on Pabulib files or on made-up instances,
 * for the bench (tests/bench/bench-budget.sh) and the tests.
 *
 * usage: pb-rule greedy|equal-shares FILE.pb ...
 *        pb-rule -c COMPLETION FILE.pb ...
 *        pb-rule -c COMPLETION -s VOTERS PROJECTS [-w FILE.pb]
 *        pb-rule -n AREAS REQUESTS
 *
 * The first form goes through lib/advice/budget and prints per file the
 * instance, the rule, the CPU seconds of the allocation, the funded ids
 * in order and the cost used.  The others call lib/advice/equalshares
 * with a completion (add1, add1u, add1-nostop, add1-exact, none) and
 * print the CPU seconds of one run at B/n and of the completion, the
 * funded ids, the final endowment per voter, the raises and the runs;
 * -s makes up an instance (es_instance_synthetic, seed 1), -w also
 * writes it as a Pabulib file for the peers.  -n makes up areas with a
 * need and supply per form and funding requests over them (seed 1: one
 * to three areas each, a random set of forms or none, a capacity, a
 * budget of 30% of the amounts) and prints the CPU seconds of the rules
 * need and proportional through lib/advice/budget, and what they funded.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <jansson.h>

#include "advice/budget.h"
#include "advice/equalshares.h"
#include "advice/pabulib.h"
#include "core/err.h"
#include "es_instance.h"
#include "prng.h"

static double
cpu_since(clock_t t0)
{
	return (double)(clock() - t0) / CLOCKS_PER_SEC;
}

/* Hands a record of the file to the budget. */
static void
add(void *b, json_t *rec, unsigned long line)
{
	const char *t = json_string_value(json_object_get(rec, "type"));
	char err[1024];

	if (budget_add_record(b, rec, t, err, sizeof err) == -1)
		fprintf(stderr, "line %lu: %s\n", line, err);
}

/* The first form: the rule through lib/advice/budget. */
static int
through_budget(const char *file, enum budget_rule rule, const char *name)
{
	struct budget_input *b = budget_new();
	unsigned long nbad;
	int64_t *alloc, used = 0;
	size_t *order, n, k;
	char err[1024];
	clock_t t0;

	if (pb_each_record(file, 1, add, b, &nbad) == -1) {
		budget_free(b);
		return 2;
	}
	t0 = clock();
	if (budget_allocate(b, rule, -1, &alloc, &order, &n, err,
	    sizeof err) == -1) {
		fprintf(stderr, "%s: %s\n", file, err);
		budget_free(b);
		return 1;
	}
	printf("%s %s %.3fs", file, name, cpu_since(t0));
	for (k = 0; k < n; k++) {
		used += alloc[order[k]];
		printf(" %s", budget_request_id(b, order[k]));
	}
	printf(" used=%lld\n", (long long)(used / 100));
	free(alloc);
	free(order);
	budget_free(b);
	return 0;
}

/* The other forms: one run at B/n, then the completion, timed. */
static int
through_equalshares(const char *label, struct es_instance *in,
    enum es_completion c)
{
	struct es_options one = { ES_NONE, 0 }, opt = { c, 0 };
	struct es_result res;
	const char *why;
	char endow[128];
	double t1, t2;
	clock_t t0;

	res.winners = xmalloc((in->p.nprojects + 1) * sizeof(size_t));
	t0 = clock();
	if (equal_shares_run(&in->p, in->budget, &one, &res, &why) == -1) {
		fprintf(stderr, "%s: %s\n", label, why);
		free(res.winners);
		return 1;
	}
	t1 = cpu_since(t0);
	t0 = clock();
	equal_shares_run(&in->p, in->budget, &opt, &res, &why);
	t2 = cpu_since(t0);
	equal_shares_endowment(&res, endow, sizeof endow);
	printf("%s %s one=%.3fs completion=%.3fs funded=%zu endowment=%s "
	    "steps=%ld runs=%ld: %s\n", label, es_completion_names[c], t1,
	    t2, res.nwinners, endow, res.steps, res.runs,
	    es_instance_ids(in, res.winners, res.nwinners));
	free(res.winners);
	return 0;
}

static int
usage(void)
{
	fprintf(stderr, "usage: pb-rule greedy|equal-shares FILE.pb ...\n"
	    "       pb-rule -c COMPLETION FILE.pb ...\n"
	    "       pb-rule -c COMPLETION -s VOTERS PROJECTS [-w FILE.pb]\n"
	    "       pb-rule -n AREAS REQUESTS\n");
	return 2;
}

/* A made-up need instance of na areas and nr requests (see above). */
static struct budget_input *
need_instance(unsigned long na, unsigned long nr)
{
	static const char *const forms[] = { "societal", "group",
	    "individual" };
	struct budget_input *b = budget_new();
	double need[3], sup[3];
	uint64_t seed = 1;
	int64_t total = 0;
	char code[32], err[256];
	json_t *rec, *areas, *fl;
	unsigned long i, k;
	int f;

	for (i = 0; i < na; i++) {
		for (f = 0; f < 3; f++) {
			need[f] = splitmix64(&seed) % 10 == 0 ? NAN :
			    (double)(splitmix64(&seed) % 500);
			sup[f] = (double)(splitmix64(&seed) % 3000) / 10;
		}
		snprintf(code, sizeof code, "A%lu", i);
		budget_set_area(b, code, need, sup, NAN);
	}
	for (i = 0; i < nr; i++) {
		areas = json_array();
		fl = json_array();
		for (k = 0; k <= splitmix64(&seed) % 3; k++) {
			snprintf(code, sizeof code, "A%lu", (unsigned long)
			    (splitmix64(&seed) % na));
			json_array_append_new(areas, json_string(code));
		}
		for (f = 0; f < 3; f++)
			if (splitmix64(&seed) % 2)
				json_array_append_new(fl, json_string(forms[f]));
		snprintf(code, sizeof code, "r%lu", i);
		rec = json_pack("{s:s, s:I, s:o, s:o, s:I}", "id", code,
		    "amount", (json_int_t)(1000 + splitmix64(&seed) % 49000),
		    "areas", areas, "forms", fl, "capacity",
		    (json_int_t)(splitmix64(&seed) % 100));
		/* a repeated area is a bad request: left out, as a reader
		 * would */
		if (budget_add_record(b, rec, "request", err, sizeof err) == 1)
			total += 100 * json_integer_value(json_object_get(rec,
			    "amount"));
		json_decref(rec);
	}
	snprintf(code, sizeof code, "%lld.00", (long long)(total * 3 / 10 /
	    100));
	rec = json_pack("{s:s}", "budget", code);
	budget_add_record(b, rec, "budget", err, sizeof err);
	json_decref(rec);
	return b;
}

/* -n AREAS REQUESTS: need and proportional, timed. */
static int
need_rules(unsigned long na, unsigned long nr)
{
	static const enum budget_rule rules[] = { BUDGET_NEED,
	    BUDGET_PROPORTIONAL };
	struct budget_input *b = need_instance(na, nr);
	int64_t *alloc, used;
	size_t *order, n, k, r;
	char err[256];
	clock_t t0;

	printf("need-%lux%lu requests=%zu", na, nr, budget_nrequests(b));
	for (r = 0; r < NELEM(rules); r++) {
		t0 = clock();
		if (budget_allocate(b, rules[r], -1, &alloc, &order, &n, err,
		    sizeof err) == -1) {
			fprintf(stderr, "%s\n", err);
			budget_free(b);
			return 1;
		}
		printf(" %s=%.3fs", budget_rule_name(rules[r]), cpu_since(t0));
		for (used = 0, k = 0; k < n; k++)
			used += alloc[order[k]];
		printf(" funded=%zu used=%lld", n, (long long)(used / 100));
		free(alloc);
		free(order);
	}
	printf("\n");
	budget_free(b);
	return 0;
}

static int
completion_parse(const char *s, enum es_completion *c)
{
	int i;

	for (i = 0; es_completion_names[i] != NULL; i++)
		if (strcmp(s, es_completion_names[i]) == 0) {
			*c = (enum es_completion)i;
			return 0;
		}
	return -1;
}

/* -s VOTERS PROJECTS [-w FILE]: a made-up instance. */
static int
synthetic(int argc, char *argv[], enum es_completion c)
{
	struct es_instance in;
	char label[64];
	FILE *fp;
	int rc;

	if (argc < 2)
		return usage();
	es_instance_synthetic(strtoul(argv[0], NULL, 10),
	    strtoul(argv[1], NULL, 10), 1, &in);
	if (argc >= 4 && strcmp(argv[2], "-w") == 0) {
		if ((fp = fopen(argv[3], "w")) == NULL) {
			perror(argv[3]);
			return 2;
		}
		es_instance_write_pb(&in, fp);
		fclose(fp);
	}
	snprintf(label, sizeof label, "synthetic-%sx%s", argv[0], argv[1]);
	rc = through_equalshares(label, &in, c);
	es_instance_free(&in);
	return rc;
}

int
main(int argc, char *argv[])
{
	enum budget_rule rule;
	enum es_completion c;
	struct es_instance in;
	const char *why;
	int i, status = 0, rc;

	if (argc == 4 && strcmp(argv[1], "-n") == 0)
		return need_rules(strtoul(argv[2], NULL, 10),
		    strtoul(argv[3], NULL, 10));
	if (argc >= 3 && strcmp(argv[1], "-c") == 0) {
		if (completion_parse(argv[2], &c) == -1)
			return usage();
		if (argc >= 4 && strcmp(argv[3], "-s") == 0)
			return synthetic(argc - 4, argv + 4, c);
		for (i = 3; i < argc; i++) {
			if (es_instance_load(argv[i], &in, &why) == -1) {
				fprintf(stderr, "%s: %s\n", argv[i], why);
				status = 2;
			} else if (through_equalshares(argv[i], &in, c) != 0)
				status = 1;
			es_instance_free(&in);
		}
		return status;
	}
	if (argc < 3 || budget_rule_parse(argv[1], &rule) == -1)
		return usage();
	for (i = 2; i < argc; i++)
		if ((rc = through_budget(argv[i], rule, argv[1])) != 0)
			status = rc;
	return status;
}
