/*
 * fuzz_stream: stream_next against stream_next_scanned.  stream.h
 * promises that the fast path rejects the same lines with the same
 * messages as the tree-building one: the two runs over the same input
 * must hand out the same records (line and type) and write the same
 * --rejects file, byte for byte.
 */
#include <string.h>

#include "core/stream.h"
#include "fuzz.h"

struct run {
	char *rejects;			/* the --rejects file */
	size_t rejectslen;
	unsigned long *lineno;		/* the records handed out */
	char (*type)[64];
	size_t n, cap;
};

/* Notes a record handed out at line l with type t (NULL: none). */
static void
note(struct run *run, const struct jsonl_line *l, const char *t)
{
	if (run->n == run->cap) {
		run->cap = run->cap * 2 + 16;
		run->lineno = realloc(run->lineno, run->cap *
		    sizeof run->lineno[0]);
		run->type = realloc(run->type, run->cap * sizeof run->type[0]);
	}
	run->lineno[run->n] = l->lineno;
	snprintf(run->type[run->n], sizeof run->type[0], "%s",
	    t ? t : "(none)");
	run->n++;
}

/* Reads the file at path as a program would, by one path or the other. */
static void
read_stream(const char *path, int scanned, struct run *run)
{
	struct stream s = { 0 };
	struct jsonl_line line;
	struct jsonscan j = { 0 };
	char *files[1] = { (char *)path };
	const char *type;
	json_t *rec;

	s.rejects_path = "rejects";
	s.rejects = open_memstream(&run->rejects, &run->rejectslen);
	jsonl_open(&s.in, 1, files);
	if (scanned) {
		while (stream_next_scanned(&s, &line, &j, &type))
			note(run, &line, type);
		jsonscan_free(&j);
	} else {
		while (stream_next(&s, &line, &rec, &type)) {
			note(run, &line, type);
			json_decref(rec);
		}
	}
	jsonl_close(&s.in);
	fclose(s.rejects);
}

static void
run_free(struct run *run)
{
	free(run->rejects);
	free(run->lineno);
	free(run->type);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file(data, size);
	struct run tree = { 0 }, scan = { 0 };
	size_t i;

	read_stream(path, 0, &tree);
	read_stream(path, 1, &scan);
	FUZZ_CHECK(tree.rejectslen == scan.rejectslen &&
	    memcmp(tree.rejects, scan.rejects, tree.rejectslen) == 0,
	    "the rejects differ:\nstream_next:\n%.*s\nstream_next_scanned:\n"
	    "%.*s", (int)tree.rejectslen, tree.rejects, (int)scan.rejectslen,
	    scan.rejects);
	FUZZ_CHECK(tree.n == scan.n, "%zu records against %zu", tree.n,
	    scan.n);
	for (i = 0; i < tree.n; i++) {
		FUZZ_CHECK(tree.lineno[i] == scan.lineno[i],
		    "record %zu: line %lu against %lu", i, tree.lineno[i],
		    scan.lineno[i]);
		FUZZ_CHECK(strcmp(tree.type[i], scan.type[i]) == 0 ||
		    strcmp(scan.type[i], "?") == 0, "line %lu: type %s against "
		    "%s", tree.lineno[i], tree.type[i], scan.type[i]);
	}
	run_free(&tree);
	run_free(&scan);
	return 0;
}
