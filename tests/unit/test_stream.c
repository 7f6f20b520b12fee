#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/out.h"
#include "core/stream.h"
#include "unit.h"

/*
 * stream_finish closes standard output for good, and --strict exits, so
 * each run of the stream happens in a child of its own (CK_FORK=no runs
 * every test in one process; unit_run_child).  The child plays a program that knows the
 * type "thing": it writes things back through out_json, passes other
 * records through, and rejects a thing with "bad" itself.  The parent
 * reads what the child wrote.
 */

struct run {
	char in[UNIT_TEMP_SIZE];
	char rej[UNIT_TEMP_SIZE];
	const char *rejects;	/* --rejects: rej, or another name */
	int strict;
	int scanned;		/* read through stream_next_scanned */
	const char *main_types;
	int nfiles;
	char *files[4];
	int status;		/* the child's exit status, or -1 */
	char *out, *err;	/* what it wrote to standard output, error */
};

/* A run over one input file holding len bytes of data. */
static void
run_init(struct run *r, const char *data, size_t len)
{
	memset(r, 0, sizeof *r);
	unit_temp_file(r->in, data, len);
	unit_temp(r->rej);
	r->files[0] = r->in;
	r->nfiles = 1;
	r->status = -1;
}

#define RUN_INIT(r, lit) run_init(r, lit, sizeof(lit) - 1)

static void
run_free(struct run *r)
{
	unlink(r->in);
	unlink(r->rej);
	free(r->out);
	free(r->err);
}

/* What the program does with one record of its type "thing". */
static void
thing(struct stream *s, const struct jsonl_line *line, json_t *rec)
{
	if (json_object_get(rec, "bad") != NULL)
		stream_reject_at(s, line, 9, "bad thing: %.4s",
		    json_string_value(json_object_get(rec, "bad")));
	else
		out_json(rec);
}

/* The same program on the fast path: the line is only scanned, and a
 * thing parsed when it is one. */
static void
scanned_loop(struct stream *s)
{
	struct jsonscan j = { 0 };
	struct jsonl_line line;
	const char *type;
	char err[256];
	int column;
	json_t *rec;

	while (stream_next_scanned(s, &line, &j, &type)) {
		if (!stream_is(type, "thing")) {
			stream_pass(&line);
			continue;
		}
		rec = jsonl_parse(line.text, line.len, &column, err, sizeof err);
		ck_assert(rec != NULL);
		thing(s, &line, rec);
		json_decref(rec);
	}
	jsonscan_free(&j);
}

static void
child(void *arg)
{
	struct run *r = arg;
	struct stream s = { 0 };
	struct jsonl_line line;
	const char *type;
	json_t *rec;
	int status;

	s.rejects_path = r->rejects;
	s.strict = r->strict;
	s.main_types = r->main_types;
	stream_open(&s, r->nfiles, r->files);
	if (r->scanned)
		scanned_loop(&s);
	else
		while (stream_next(&s, &line, &rec, &type)) {
			if (!stream_is(type, "thing"))
				stream_pass(&line);
			else
				thing(&s, &line, rec);
			json_decref(rec);
		}
	status = stream_finish(&s);
	fprintf(stderr, "rejected %lu\n", s.nrejected);
	_exit(status);
}

static void
run(struct run *r)
{
	struct unit_child c = unit_run_child(child, r, NULL);

	ck_assert_msg(c.exited, "child ended by signal %d", c.signal);
	r->status = c.status;
	r->out = c.out;
	r->err = c.err;
}

static void
text_is(const char *got, const char *want)
{
	ck_assert_str_eq(got, want);
}

static void
file_is(const char *path, const char *want)
{
	size_t len;
	char *got = unit_slurp(path, &len);

	ck_assert_str_eq(got, want);
	ck_assert_uint_eq(len, strlen(want));
	free(got);
}

/* The expected text, with each "@" standing for path a and "%" for b. */
static char *
with_paths(const char *fmt, const char *a, const char *b)
{
	size_t n = 1;
	const char *p;
	char *s, *q;

	for (p = fmt; *p != '\0'; p++)
		n += *p == '@' ? strlen(a) : *p == '%' ? strlen(b) : 1;
	ck_assert((s = malloc(n)) != NULL);
	for (p = fmt, q = s; *p != '\0'; p++) {
		if (*p == '@' || *p == '%') {
			strcpy(q, *p == '@' ? a : b);
			q += strlen(q);
		} else
			*q++ = *p;
	}
	*q = '\0';
	return s;
}

static void
text_is_at(const char *got, const char *fmt, const char *a, const char *b)
{
	char *want = with_paths(fmt, a, b);

	text_is(got, want);
	free(want);
}

static void
file_is_at(const char *file, const char *fmt, const char *a, const char *b)
{
	char *want = with_paths(fmt, a, b);

	file_is(file, want);
	free(want);
}

/* Records of types the program does not know come through byte for byte
 * (less a BOM and the "\r\n"), in order among the ones it writes itself. */
START_TEST(pass_through)
{
	struct run r;

	RUN_INIT(&r,
	    "\xef\xbb\xbf{\"type\":\"other\",\"bom\":1}\n"
	    "{\"type\":\"thing\",\"b\":1,\"a\":0.10}\n"
	    "{ \"type\" : \"other\",  \"z\":[1, 2.50 ] }\n"
	    "\n"
	    "{\"x\":1e2}\n"
	    "{\"type\":\"other\",\"s\":\"\\u00e9\"}\r\n"
	    "{\"type\":\"thing\",\"n\":null}");
	r.rejects = r.rej;
	run(&r);
	ck_assert_int_eq(r.status, 0);
	text_is(r.out,
	    "{\"type\":\"other\",\"bom\":1}\n"
	    "{\"type\":\"thing\",\"b\":1,\"a\":0.1}\n"
	    "{ \"type\" : \"other\",  \"z\":[1, 2.50 ] }\n"
	    "{\"x\":100.0}\n"
	    "{\"type\":\"other\",\"s\":\"\\u00e9\"}\n"
	    "{\"type\":\"thing\",\"n\":null}\n");
	text_is(r.err, "rejected 0\n");
	file_is(r.rej, "");
	run_free(&r);
}
END_TEST

/* Every kind of bad line: reported on stderr as FILE:LINE[:COL], kept in
 * the rejects file with its error, counted; the good ones still come. */
static const char bad_input[] =
	"{\"type\":\"thing\",\"n\":1}\n"
	"not json\n"
	"\n"
	"[1,2]\n"
	"{\"type\":3}\n"
	"{\"a\":\"\xff\"}\n"
	"{\"a\":1}\0\n"
	"{\"type\":\"thing\",\"bad\":\"caf\xc3\xa9\"}\n"
	"{\"type\":\"other\",\"n\":2}\n"
	"{\"type\":\"thing\",\"n\":3}";

static const char bad_stderr[] =
	"samen: @:2:3: invalid JSON: invalid token near 'not'\n"
	"samen: @:4: a record must be a JSON object\n"
	"samen: @:5: \"type\" must be a string\n"
	"samen: @:6:6: invalid JSON: unable to decode byte 0xff near '\"'\n"
	"samen: @:7:8: invalid JSON: end of file expected near end of file\n"
	"samen: @:8:9: bad thing: caf?\n"	/* cut in a character */
	"rejected 6\n";

static const char bad_stdout[] =
	"{\"type\":\"thing\",\"n\":1}\n"
	"{\"type\":\"other\",\"n\":2}\n"
	"{\"type\":\"thing\",\"n\":3}\n";

START_TEST(rejects)
{
	struct run r;

	run_init(&r, bad_input, sizeof bad_input - 1);
	r.rejects = r.rej;
	run(&r);
	ck_assert_int_eq(r.status, 1);
	text_is(r.out, bad_stdout);
	text_is_at(r.err, bad_stderr, r.in, NULL);
	/* the line that is not UTF-8 is kept as base64; the NUL as \u0000 */
	file_is_at(r.rej,
	    "{\"file\":\"@\",\"line\":2,"
	    "\"error\":\"invalid JSON: invalid token near 'not'\","
	    "\"raw\":\"not json\"}\n"
	    "{\"file\":\"@\",\"line\":4,"
	    "\"error\":\"a record must be a JSON object\",\"raw\":\"[1,2]\"}\n"
	    "{\"file\":\"@\",\"line\":5,"
	    "\"error\":\"\\\"type\\\" must be a string\","
	    "\"raw\":\"{\\\"type\\\":3}\"}\n"
	    "{\"file\":\"@\",\"line\":6,"
	    "\"error\":\"invalid JSON: unable to decode byte 0xff near '\\\"'\","
	    "\"raw_base64\":\"eyJhIjoi/yJ9\"}\n"
	    "{\"file\":\"@\",\"line\":7,"
	    "\"error\":\"invalid JSON: end of file expected near end of file\","
	    "\"raw\":\"{\\\"a\\\":1}\\u0000\"}\n"
	    "{\"file\":\"@\",\"line\":8,"
	    "\"error\":\"bad thing: caf?\","
	    "\"raw\":\"{\\\"type\\\":\\\"thing\\\",\\\"bad\\\":"
	    "\\\"caf\xc3\xa9\\\"}\"}\n",
	    r.in, NULL);
	run_free(&r);
}
END_TEST

/* The fast path rejects the same lines with the same words, and passes
 * the others through byte for byte. */
START_TEST(rejects_scanned)
{
	struct run r;

	run_init(&r, bad_input, sizeof bad_input - 1);
	r.scanned = 1;
	run(&r);
	ck_assert_int_eq(r.status, 1);
	text_is(r.out, bad_stdout);
	text_is_at(r.err, bad_stderr, r.in, NULL);
	run_free(&r);
	/* on both paths */
	for (int scanned = 0; scanned < 2; scanned++) {
		RUN_INIT(&r, "{\"type\":\"other\", \"a\" : 1}\n"
		    "{\"type\":\"thing\\u0000\"}\n"
		    "{\"type\":\"th\\u0069ng\",\"n\":1}\n");
		r.scanned = scanned;
		run(&r);
		ck_assert_int_eq(r.status, 0);
		/* an escaped type is decoded; one with a NUL is no type we know */
		text_is(r.out, "{\"type\":\"other\", \"a\" : 1}\n"
		    "{\"type\":\"thing\\u0000\"}\n"
		    "{\"type\":\"thing\",\"n\":1}\n");
		run_free(&r);
	}
}
END_TEST

/* A run that reads records, none of the program's types: a warning, and
 * the exit status it would have had. */
START_TEST(none_of_main_type)
{
	struct run r;

	RUN_INIT(&r, "{\"type\":\"other\"}\n{\"type\":\"more\"}\n");
	r.main_types = "thing|stuff";
	run(&r);
	ck_assert_int_eq(r.status, 0);
	text_is(r.err, "samen: read 2 records, none of type thing|stuff (is "
	    "this the input meant for samen?)\nrejected 0\n");
	run_free(&r);
	RUN_INIT(&r, "{\"type\":\"other\"}\n{\"type\":\"stuff\"}\n");
	r.main_types = "thing|stuff";
	r.scanned = 1;
	run(&r);
	text_is(r.err, "rejected 0\n");
	run_free(&r);
	/* a record without a type is of the main type; no input, no word */
	RUN_INIT(&r, "{\"n\":1}\n");
	r.main_types = "stuff";
	run(&r);
	text_is(r.err, "rejected 0\n");
	run_free(&r);
	RUN_INIT(&r, "");
	r.main_types = "stuff";
	run(&r);
	text_is(r.err, "rejected 0\n");
	run_free(&r);
}
END_TEST

/* Without --rejects the same, but nothing is kept. */
START_TEST(rejects_not_kept)
{
	struct run r;

	run_init(&r, bad_input, sizeof bad_input - 1);
	run(&r);
	ck_assert_int_eq(r.status, 1);
	text_is(r.out, bad_stdout);
	text_is_at(r.err, bad_stderr, r.in, NULL);
	file_is(r.rej, "");
	run_free(&r);
}
END_TEST

/* --strict: the first bad line ends the run, status 1, with what came
 * before it written out and the line kept. */
START_TEST(strict)
{
	struct run r;

	RUN_INIT(&r,
	    "{\"type\":\"thing\",\"n\":1}\n"
	    "{\"type\":\"other\"}\n"
	    "{\"type\":true}\n"
	    "{\"type\":\"thing\",\"n\":2}\n"
	    "]\n");
	r.rejects = r.rej;
	r.strict = 1;
	run(&r);
	ck_assert_int_eq(r.status, 1);
	text_is(r.out, "{\"type\":\"thing\",\"n\":1}\n{\"type\":\"other\"}\n");
	text_is_at(r.err, "samen: @:3: \"type\" must be a string\n",
	    r.in, NULL);
	file_is_at(r.rej,
	    "{\"file\":\"@\",\"line\":3,"
	    "\"error\":\"\\\"type\\\" must be a string\","
	    "\"raw\":\"{\\\"type\\\":true}\"}\n", r.in, NULL);
	run_free(&r);
}
END_TEST

/* An operand that cannot be read: the others are still read, status 2
 * even with rejects. */
START_TEST(unreadable_operand)
{
	char missing[] = "/nonexistent/test_stream.jsonl";
	struct run r;

	RUN_INIT(&r, "{\"type\":\"thing\"}\n{\n");
	r.files[0] = missing;
	r.files[1] = r.in;
	r.nfiles = 2;
	run(&r);
	ck_assert_int_eq(r.status, 2);
	text_is(r.out, "{\"type\":\"thing\"}\n");
	text_is_at(r.err,
	    "samen: /nonexistent/test_stream.jsonl: "
	    "No such file or directory\n"
	    "samen: @:2:1: invalid JSON: string or '}' expected near "
	    "end of file\n"
	    "rejected 1\n", r.in, NULL);
	run_free(&r);
}
END_TEST

/* A rejects file that cannot be made is an I/O error before any input. */
START_TEST(rejects_unwritable)
{
	struct run r;

	RUN_INIT(&r, "{}\n");
	r.rejects = "/nonexistent/rejects.jsonl";
	run(&r);
	ck_assert_int_eq(r.status, 2);
	text_is(r.out, "");
	text_is(r.err, "samen: /nonexistent/rejects.jsonl: "
	    "No such file or directory\n");
	run_free(&r);
}
END_TEST

/* Line numbers in messages are per file, blank lines counted. */
START_TEST(two_files)
{
	struct run r;
	char other[UNIT_TEMP_SIZE];
	static const char text[] = "{\"type\":\"other\"}\n\n\"x\"\n";

	RUN_INIT(&r, "\n\n{\"type\":\"thing\"}\n[]\n");
	unit_temp_file(other, text, sizeof text - 1);
	r.files[1] = other;
	r.nfiles = 2;
	run(&r);
	ck_assert_int_eq(r.status, 1);
	text_is(r.out, "{\"type\":\"thing\"}\n{\"type\":\"other\"}\n");
	text_is_at(r.err, "samen: @:4: a record must be a JSON object\n"
	    "samen: %:3: a record must be a JSON object\n"
	    "rejected 2\n", r.in, other);
	unlink(other);
	run_free(&r);
}
END_TEST

START_TEST(is)
{
	ck_assert(stream_is("thing", "thing"));
	ck_assert(stream_is(NULL, "thing"));	/* no type: main input */
	ck_assert(!stream_is("other", "thing"));
	ck_assert(!stream_is("thin", "thing"));
	ck_assert(!stream_is("things", "thing"));
	ck_assert(!stream_is("", "thing"));
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("stream");
	TCase *t = tcase_create("stream");

	tcase_add_test(t, pass_through);
	tcase_add_test(t, rejects);
	tcase_add_test(t, rejects_scanned);
	tcase_add_test(t, none_of_main_type);
	tcase_add_test(t, rejects_not_kept);
	tcase_add_test(t, strict);
	tcase_add_test(t, unreadable_operand);
	tcase_add_test(t, rejects_unwritable);
	tcase_add_test(t, two_files);
	tcase_add_test(t, is);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
