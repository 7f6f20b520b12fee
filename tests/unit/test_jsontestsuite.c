/*
 * JSONTestSuite's test_parsing, every file an operand of one stream, as
 * samen programs read their input: y_ files are accepted, n_ files are
 * rejected with a located message, i_ files either way; none may crash
 * (the sanitizer and valgrind runs of this test see to that).
 *
 * Where the stream rules and the suite meet, on purpose:
 * - a file that holds nothing but blanks (n_structure_no_data.json,
 *   n_single_space.json, n_structure_UTF8_BOM_no_data.json) is a blank
 *   line, which every samen program skips: nothing to reject;
 * - a newline ends a JSON Lines record, so a file with one inside splits
 *   into several lines; those files are parsed whole as well, by length;
 * - jansson refuses "\u0000" in an object key, so
 *   y_object_escaped_null_in_key.json is rejected: jansson keeps keys as
 *   C strings and would cut the key short otherwise.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/jsonl.h"
#include "core/out.h"
#include "core/stream.h"
#include "unit.h"

#define MAXFILES 1000

enum outcome { NONE, RECORD, NOT_OBJECT, INVALID };

struct testfile {
	char *path;
	const char *name;
	enum outcome outcome;
	unsigned long nlines;	/* lines that reached the stream */
	int located;		/* its message named FILE:LINE */
};

static struct testfile files[MAXFILES];
static int nfiles;

static int
by_name(const void *a, const void *b)
{
	return strcmp(((const struct testfile *)a)->name,
	    ((const struct testfile *)b)->name);
}

static void
list_files(void)
{
	char dir[1024], path[2048];
	struct dirent *e;
	DIR *d;

	snprintf(dir, sizeof dir, "%s/testdata/jsontestsuite/test_parsing",
	    unit_shared_dir());
	ck_assert_msg((d = opendir(dir)) != NULL, "%s", dir);
	nfiles = 0;
	while ((e = readdir(d)) != NULL) {
		if (strstr(e->d_name, ".json") == NULL)
			continue;
		ck_assert_int_lt(nfiles, MAXFILES);
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		files[nfiles].path = strdup(path);
		files[nfiles].name = strrchr(files[nfiles].path, '/') + 1;
		files[nfiles].outcome = NONE;
		files[nfiles].nlines = 0;
		files[nfiles].located = 0;
		nfiles++;
	}
	closedir(d);
	qsort(files, (size_t)nfiles, sizeof files[0], by_name);
	ck_assert_int_ge(nfiles, 300);
}

static void
free_files(void)
{
	int i;

	for (i = 0; i < nfiles; i++)
		free(files[i].path);
	nfiles = 0;
}

static struct testfile *
file_named(const char *path)
{
	int i;

	for (i = 0; i < nfiles; i++)
		if (strcmp(files[i].path, path) == 0)
			return &files[i];
	ck_abort_msg("no such file: %s", path);
	return NULL;
}

/* What the reader counts as a blank file: an optional byte order mark,
 * then spaces, tabs and line ends only. */
static int
is_blank(const char *s, size_t len)
{
	size_t i = 0;

	if (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	for (; i < len; i++)
		if (strchr(" \t\r\n", s[i]) == NULL || s[i] == '\0')
			return 0;
	return 1;
}

/* A newline before the last byte: the file is more than one line. */
static int
is_multiline(const char *s, size_t len)
{
	const char *nl = memchr(s, '\n', len);

	return nl != NULL && nl < s + len - 1;
}

/* In a child (stream_finish closes standard output): every file an
 * operand, the file of each record that comes through on a line. */
static void
stream_child(void *rejects_path)
{
	struct stream s = { 0 };
	struct jsonl_line line;
	const char *type;
	char **argv;
	json_t *rec;
	int i;

	argv = calloc((size_t)nfiles, sizeof *argv);
	for (i = 0; i < nfiles; i++)
		argv[i] = files[i].path;
	s.rejects_path = rejects_path;
	stream_open(&s, nfiles, argv);
	while (stream_next(&s, &line, &rec, &type)) {
		out_puts(line.file);
		out_puts("\n");
		json_decref(rec);
	}
	_exit(stream_finish(&s));
}

static void read_messages(const char *);

/* Runs every file through one stream; the rejects are left in a file. */
static void
run_stream(char rejects_path[32])
{
	struct unit_child c;
	char *p, *nl;

	c = unit_run_child(stream_child, unit_temp(rejects_path), NULL);
	ck_assert_int_eq(c.status, 1);
	for (p = c.out; (nl = strchr(p, '\n')) != NULL; p = nl + 1) {
		struct testfile *f;

		*nl = '\0';
		f = file_named(p);
		f->outcome = RECORD;
		f->nlines++;
	}
	read_messages(c.err);
	unit_child_free(&c);
}

static void
read_rejects(const char *path)
{
	FILE *fp = fopen(path, "r");
	char *buf = NULL;
	size_t cap = 0;

	ck_assert(fp != NULL);
	while (getline(&buf, &cap, fp) > 0) {
		json_error_t e;
		json_t *r = json_loads(buf, JSON_ALLOW_NUL, &e);
		struct testfile *f;
		const char *error;

		ck_assert_msg(r != NULL, "rejects file: %s", e.text);
		f = file_named(json_string_value(json_object_get(r, "file")));
		ck_assert_int_ge(json_integer_value(json_object_get(r, "line")), 1);
		ck_assert(json_object_get(r, "raw") != NULL ||
		    json_object_get(r, "raw_base64") != NULL);
		error = json_string_value(json_object_get(r, "error"));
		f->nlines++;
		if (strncmp(error, "invalid JSON: ", 14) == 0)
			f->outcome = INVALID;
		else if (f->outcome != INVALID)
			f->outcome = NOT_OBJECT;
		json_decref(r);
	}
	free(buf);
	fclose(fp);
}

/* Each message is "PROG: FILE:LINE: ..." or "PROG: FILE:LINE:COL: ...". */
static void
read_messages(const char *text)
{
	const char *line, *end;
	int i;

	for (line = text; *line != '\0'; line = end + (*end != '\0')) {
		end = strchr(line, '\n');
		if (end == NULL)
			end = line + strlen(line);
		for (i = 0; i < nfiles; i++) {
			const char *at = strstr(line, files[i].path);
			size_t n = strlen(files[i].path);

			if (at != NULL && at < end && at[n] == ':' &&
			    strtoul(at + n + 1, NULL, 10) >= 1)
				files[i].located = 1;
		}
	}
}

static void
check_file(const struct testfile *f)
{
	char err[JSON_ERROR_TEXT_LENGTH];
	size_t len;
	char *text = unit_slurp(f->path, &len);
	json_t *whole;
	int column;

	whole = jsonl_parse(text, len, &column, err, sizeof err);
	if (is_blank(text, len)) {
		ck_assert_msg(f->nlines == 0, "%s: blank, yet read", f->name);
	} else if (f->name[0] == 'y' &&
	    strcmp(f->name, "y_object_escaped_null_in_key.json") != 0) {
		ck_assert_msg(whole != NULL, "%s: %s", f->name, err);
		if (!is_multiline(text, len))
			ck_assert_msg(f->outcome == RECORD ||
			    f->outcome == NOT_OBJECT, "%s rejected", f->name);
	} else if (f->name[0] == 'n') {
		ck_assert_msg(whole == NULL, "%s parsed whole", f->name);
		ck_assert_msg(f->outcome == INVALID, "%s not rejected",
		    f->name);
		ck_assert_msg(f->located, "%s: message without place",
		    f->name);
	} else if (f->name[0] != 'i') {
		ck_assert_msg(whole == NULL, "%s accepted", f->name);
	}
	json_decref(whole);
	free(text);
}

START_TEST(every_file_through_the_stream)
{
	char rejects[32];
	int i, y = 0, n = 0;

	list_files();
	run_stream(rejects);
	read_rejects(rejects);
	for (i = 0; i < nfiles; i++) {
		check_file(&files[i]);
		y += files[i].name[0] == 'y';
		n += files[i].name[0] == 'n';
	}
	ck_assert_int_ge(y, 90);
	ck_assert_int_ge(n, 180);
	unlink(rejects);
	free_files();
}
END_TEST

static enum outcome
outcome_of(const char *name)
{
	int i;

	for (i = 0; i < nfiles; i++)
		if (strcmp(files[i].name, name) == 0)
			return files[i].outcome;
	ck_abort_msg("no such file: %s", name);
	return NONE;
}

/* The suite's objects are records; its other values are refused as such,
 * not as bad JSON; a record split over lines is bad JSON line by line. */
START_TEST(records_and_other_values)
{
	char rejects[32];

	list_files();
	run_stream(rejects);
	read_rejects(rejects);
	ck_assert_int_eq(outcome_of("y_object_basic.json"), RECORD);
	ck_assert_int_eq(outcome_of("y_object_duplicated_key.json"), RECORD);
	ck_assert_int_eq(outcome_of("y_array_empty.json"), NOT_OBJECT);
	ck_assert_int_eq(outcome_of("y_string_utf8.json"), NOT_OBJECT);
	ck_assert_int_eq(outcome_of("y_object_with_newlines.json"), INVALID);
	ck_assert_int_eq(outcome_of("y_object_escaped_null_in_key.json"),
	    INVALID);
	ck_assert_int_eq(outcome_of("n_structure_no_data.json"), NONE);
	ck_assert_int_eq(outcome_of("n_structure_UTF8_BOM_no_data.json"), NONE);
	ck_assert_int_eq(outcome_of("i_structure_UTF-8_BOM_empty_object.json"),
	    RECORD);
	unlink(rejects);
	free_files();
}
END_TEST

static Suite *
jsontestsuite_suite(void)
{
	Suite *s = suite_create("jsontestsuite");
	TCase *tc = tcase_create("stream");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, every_file_through_the_stream);
	tcase_add_test(tc, records_and_other_values);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(jsontestsuite_suite)
