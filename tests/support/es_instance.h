/*
 * es_instance: Equal Shares problems for the tests and the bench: read
 * from a Pabulib file through lib/advice/pabulib, or made up (a fixed
 * seed gives the same instance on every machine), and written back as a
 * Pabulib file for the peers.  Everything an instance points to is its
 * own; es_instance_free releases it.
 */
#ifndef SAMEN_ES_INSTANCE_H
#define SAMEN_ES_INSTANCE_H

#include <stdint.h>
#include <stdio.h>
#include <jansson.h>

#include "advice/equalshares.h"

struct es_instance {
	struct es_problem p;
	int64_t budget;			/* cents */
	char *selected;			/* the file's selected column, 0/1 */
	int64_t *cost;
	char **id;
	size_t *start, *ballot;
	unsigned long rejected;		/* records the reader refused */
};

/* Reads a .pb file; 0, or -1 with a static *why.  A vote the reader
 * refuses (a repeated project) is left out and counted. */
int es_instance_load(const char *path, struct es_instance *, const char **why);

/*
 * Reads the .pb file at path through lib/advice/pabulib, line by line as
 * the stream hands them out, and calls each(ctx, rec, line) with every
 * record (borrowed); bad lines are counted in *nbad (and said on stderr
 * when loud).  -1 when the file cannot be read.
 */
int pb_each_record(const char *path, int loud,
    void (*each)(void *ctx, json_t *rec, unsigned long line), void *ctx,
    unsigned long *nbad);

/*
 * A made-up instance: nprojects costing 5,000 to 100,000 whole euros,
 * popularity skewed (a project's chance of approval is u^2 for uniform u,
 * scaled to about six approvals a ballot), a budget of 30% of the total.
 */
void es_instance_synthetic(size_t nvoters, size_t nprojects, uint64_t seed,
    struct es_instance *);

/* Writes the instance as a Pabulib file (META, PROJECTS, VOTES). */
void es_instance_write_pb(const struct es_instance *, FILE *);

/* The ids of the winners, space-separated, in a static buffer. */
const char *es_instance_ids(const struct es_instance *, const size_t *w,
    size_t n);

void es_instance_free(struct es_instance *);

#endif
