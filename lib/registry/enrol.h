/*
 * enrol: new initiatives into a registry stream (initiative-add).
 *
 * New initiatives are gathered first, each checked and made canonical
 * (initiative_normalise) and given the slug of its name as id when it has
 * none.  Then the registry streams past: every record comes out unchanged,
 * in order, except that an initiative whose id a new one takes is replaced
 * by it (with replace) or keeps its place while the new one is refused (a
 * duplicate).  The new initiatives not placed so far follow at the end, in
 * the order given.  Every initiative of the registry is checked in full in
 * every mode, and its id must be one no earlier line took: a line that
 * fails is rejected by the stream (and so not written).  Ids are looked
 * up in string maps: time is linear in the new and old lines together.
 * A new initiative that is refused is reported as
 * "PROG: SOURCE: reason" and counted in nbad; it never takes the others
 * down with it.
 */
#ifndef SAMEN_ENROL_H
#define SAMEN_ENROL_H

#include <jansson.h>

#include "core/strmap.h"
#include "core/stream.h"

struct enrol {
	int replace;
	json_t *fresh;		/* the new initiatives, canonical */
	json_t *sources;	/* where each came from, for messages */
	struct strmap fresh_ids;	/* id -> index in fresh */
	char *placed;		/* fresh[i] has been written or refused */
	size_t nplaced, capplaced;
	unsigned long nbad;
};

void enrol_init(struct enrol *, int replace);
/* source names the origin in messages ("" for the command line). */
int enrol_add(struct enrol *, const json_t *rec, const char *source);
/* Every mapping of a YAML list (or a single mapping) in path; a file
 * that cannot be read ends the run (yaml_load_config). */
void enrol_add_yaml(struct enrol *, const char *path);

/* Streams the registry in s to standard output with the new ones added. */
void enrol_stream(struct enrol *, struct stream *);
/* As enrol_stream, and writes nothing. */
void enrol_check(struct enrol *, struct stream *);
void enrol_free(struct enrol *);

#endif
