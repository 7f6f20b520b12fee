/*
 * pb-rule: runs one budget rule on .pb files through lib/pabulib and
 * lib/budget, and prints per file the instance, the rule, the funded
 * project ids in order, the cost used and the CPU seconds of the
 * allocation alone.  For the speed figure of equal shares
 * (tests/bench/bench-budget.sh) and for checking Pabulib instances.
 *
 * usage: pb-rule greedy|equal-shares FILE.pb ...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <jansson.h>

#include "advice/budget.h"
#include "advice/pabulib.h"
#include "core/jsonl.h"

/* Hands a record to the budget (and frees it). */
static void
add(struct budget_input *b, json_t *rec, const char *file,
    unsigned long line)
{
	const char *t = json_string_value(json_object_get(rec, "type"));
	char err[1024];

	if (budget_add_record(b, rec, t, err, sizeof err) == -1)
		fprintf(stderr, "%s:%lu: %s\n", file, line, err);
	json_decref(rec);
}

int
main(int argc, char *argv[])
{
	enum budget_rule rule;
	int i, rc, status = 0;

	if (argc < 3 || budget_rule_parse(argv[1], &rule) == -1) {
		fprintf(stderr, "usage: pb-rule RULE FILE.pb ...\n");
		return 2;
	}
	for (i = 2; i < argc; i++) {
		struct pb_reader *r = pabulib_open();
		struct budget_input *b = budget_new();
		struct jsonl_reader in;
		struct jsonl_line line;
		json_t *rec;
		char err[1024];
		int64_t *alloc, used = 0;
		size_t *order, n, k;
		clock_t t0;

		jsonl_open(&in, 1, argv + i);
		while (jsonl_next(&in, &line)) {
			rc = pabulib_line(r, line.text, line.len, &rec, err,
			    sizeof err);
			if (rc == 1)
				add(b, rec, argv[i], line.lineno);
			else if (rc == -1)
				fprintf(stderr, "%s:%lu: %s\n", argv[i],
				    line.lineno, err);
		}
		if (pabulib_end(r, &rec) == 1)
			add(b, rec, argv[i], 0);
		if (jsonl_failed(&in))
			return 2;
		jsonl_close(&in);
		pabulib_close(r);
		t0 = clock();
		if (budget_allocate(b, rule, -1, &alloc, &order, &n,
		    err, sizeof err) == -1) {
			fprintf(stderr, "%s: %s\n", argv[i], err);
			status = 1;
			budget_free(b);
			continue;
		}
		printf("%s %s %.3fs", argv[i], argv[1],
		    (double)(clock() - t0) / CLOCKS_PER_SEC);
		for (k = 0; k < n; k++) {
			used += alloc[order[k]];
			printf(" %s", budget_request_id(b, order[k]));
		}
		printf(" used=%lld\n", (long long)(used / 100));
		free(alloc);
		free(order);
		budget_free(b);
	}
	return status;
}
