#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/jsonl.h"
#include "unit.h"

#define TMP_FILE(path, lit) unit_temp_file(path, lit, sizeof(lit) - 1)

/* Reads the next line and checks where it came from and what it holds. */
static void
next_is(struct jsonl_reader *r, const char *file, unsigned long lineno,
    const char *text, size_t len)
{
	struct jsonl_line l;

	ck_assert_int_eq(jsonl_next(r, &l), 1);
	ck_assert_str_eq(l.file, file);
	ck_assert_uint_eq(l.lineno, lineno);
	ck_assert_uint_eq(l.len, len);
	ck_assert(memcmp(l.text, text, len) == 0);
	ck_assert(l.text[len] == '\0');
}

#define NEXT_IS(r, file, lineno, lit) \
	next_is(r, file, lineno, lit, sizeof(lit) - 1)

static void
at_end(struct jsonl_reader *r)
{
	struct jsonl_line l;

	ck_assert_int_eq(jsonl_next(r, &l), 0);
	ck_assert_int_eq(jsonl_next(r, &l), 0);	/* and stays there */
}

START_TEST(line_numbers)
{
	char path[UNIT_TEMP_SIZE], *files[1] = { path };
	struct jsonl_reader r;

	/* blank lines count, but do not come out; the last has no "\n" */
	TMP_FILE(path, "{\"a\":1}\n\n{\"b\":2}\n \t \n\r\n\t\n{\"c\":3}");
	jsonl_open(&r, 1, files);
	NEXT_IS(&r, path, 1, "{\"a\":1}");
	NEXT_IS(&r, path, 3, "{\"b\":2}");
	NEXT_IS(&r, path, 7, "{\"c\":3}");
	at_end(&r);
	ck_assert_int_eq(jsonl_failed(&r), 0);
	jsonl_close(&r);
	unlink(path);
}
END_TEST

START_TEST(crlf)
{
	char path[UNIT_TEMP_SIZE], *files[1] = { path };
	struct jsonl_reader r;

	TMP_FILE(path, "{\"a\":1}\r\n \r\n{\"b\":\"\r\"}\r\n{}\r");
	jsonl_open(&r, 1, files);
	NEXT_IS(&r, path, 1, "{\"a\":1}");
	NEXT_IS(&r, path, 3, "{\"b\":\"\r\"}");	/* only the ending goes */
	NEXT_IS(&r, path, 4, "{}");
	at_end(&r);
	jsonl_close(&r);
	unlink(path);
}
END_TEST

/* A byte order mark is dropped at the start of a file, and only there. */
START_TEST(bom)
{
	char a[UNIT_TEMP_SIZE], b[UNIT_TEMP_SIZE];
	char *files[2] = { a, b };
	struct jsonl_reader r;

	TMP_FILE(a, "\xef\xbb\xbf{\"a\":1}\n\xef\xbb\xbf{}\n");
	TMP_FILE(b, "\xef\xbb\xbf\n{\"b\":2}\n");
	jsonl_open(&r, 2, files);
	NEXT_IS(&r, a, 1, "{\"a\":1}");
	NEXT_IS(&r, a, 2, "\xef\xbb\xbf{}");
	NEXT_IS(&r, b, 2, "{\"b\":2}");	/* a BOM alone: a blank line */
	at_end(&r);
	jsonl_close(&r);
	unlink(a);
	unlink(b);
}
END_TEST

/* Operands in order, line numbers from 1 in each; one that cannot be
 * opened is reported and skipped, and jsonl_failed says so. */
START_TEST(operands)
{
	char a[UNIT_TEMP_SIZE], b[UNIT_TEMP_SIZE], want[128];
	char missing[] = "/nonexistent/test_jsonl.jsonl";
	char *files[3] = { a, missing, b }, *err;
	struct jsonl_reader r;
	struct unit_capture rd;

	TMP_FILE(a, "1\n2\n");
	TMP_FILE(b, "\n3\n");
	jsonl_open(&r, 3, files);
	NEXT_IS(&r, a, 1, "1");
	NEXT_IS(&r, a, 2, "2");
	ck_assert_int_eq(jsonl_failed(&r), 0);
	unit_capture_begin(&rd, 2);
	NEXT_IS(&r, b, 2, "3");
	err = unit_capture_end(&rd, NULL);
	snprintf(want, sizeof want, "samen: %s: No such file or directory\n",
	    missing);
	ck_assert_str_eq(err, want);
	free(err);
	at_end(&r);
	ck_assert_int_eq(jsonl_failed(&r), 1);
	jsonl_close(&r);
	ck_assert_int_eq(jsonl_failed(&r), 1);
	unlink(a);
	unlink(b);
}
END_TEST

/* An operand that opens but cannot be read, as a directory: the same. */
START_TEST(unreadable)
{
	char a[UNIT_TEMP_SIZE], dir[] = "/", *files[2] = { dir, a };
	char *err;
	struct jsonl_reader r;
	struct unit_capture rd;

	TMP_FILE(a, "{}");
	jsonl_open(&r, 2, files);
	unit_capture_begin(&rd, 2);
	NEXT_IS(&r, a, 1, "{}");
	err = unit_capture_end(&rd, NULL);
	ck_assert_str_eq(err, "samen: /: Is a directory\n");
	free(err);
	at_end(&r);
	ck_assert_int_eq(jsonl_failed(&r), 1);
	jsonl_close(&r);
	unlink(a);
}
END_TEST

START_TEST(empty_files)
{
	char a[UNIT_TEMP_SIZE], b[UNIT_TEMP_SIZE];
	char *files[2] = { a, b };
	struct jsonl_reader r;

	TMP_FILE(a, "");
	TMP_FILE(b, "\n\n  \n\r\n");
	jsonl_open(&r, 2, files);
	at_end(&r);
	ck_assert_int_eq(jsonl_failed(&r), 0);
	jsonl_close(&r);
	unlink(a);
	unlink(b);
}
END_TEST

/* Standard input reads from path until stdin_end. */
static int
stdin_begin(const char *path)
{
	int fd, saved;

	ck_assert_int_ge(saved = dup(0), 0);
	ck_assert_int_ge(fd = open(path, O_RDONLY), 0);
	ck_assert_int_ge(dup2(fd, 0), 0);
	close(fd);
	return saved;
}

static void
stdin_end(int saved)
{
	dup2(saved, 0);
	close(saved);
	clearerr(stdin);
}

/* No operand, or "-", is standard input, named "<stdin>". */
START_TEST(standard_input)
{
	char path[UNIT_TEMP_SIZE], a[UNIT_TEMP_SIZE], dash[] = "-";
	char *files[2] = { a, dash };
	struct jsonl_reader r;
	int saved;

	TMP_FILE(path, "{}\n\n[1]\n");
	TMP_FILE(a, "\"a\"");
	saved = stdin_begin(path);
	jsonl_open(&r, 0, NULL);
	NEXT_IS(&r, "<stdin>", 1, "{}");
	NEXT_IS(&r, "<stdin>", 3, "[1]");
	at_end(&r);
	jsonl_close(&r);
	stdin_end(saved);

	saved = stdin_begin(path);
	jsonl_open(&r, 2, files);
	NEXT_IS(&r, a, 1, "\"a\"");
	NEXT_IS(&r, "<stdin>", 1, "{}");
	NEXT_IS(&r, "<stdin>", 3, "[1]");
	at_end(&r);
	ck_assert_int_eq(jsonl_failed(&r), 0);
	jsonl_close(&r);
	stdin_end(saved);
	ck_assert(!feof(stdin) && !ferror(stdin));	/* left usable */
	unlink(path);
	unlink(a);
}
END_TEST

/* No limit on a line: 5 MB in one. */
START_TEST(long_line)
{
	const size_t n = 5 << 20;
	char path[UNIT_TEMP_SIZE], *files[1] = { path }, err[200];
	char *data = malloc(n + 16);
	struct jsonl_reader r;
	struct jsonl_line l;
	json_t *v;
	int col;

	ck_assert(data != NULL);
	memcpy(data, "[\"", 2);
	memset(data + 2, 'x', n);
	memcpy(data + 2 + n, "\"]\n{}", 5);
	unit_temp_file(path, data, n + 7);
	jsonl_open(&r, 1, files);
	ck_assert_int_eq(jsonl_next(&r, &l), 1);
	ck_assert_uint_eq(l.len, n + 4);
	ck_assert(memcmp(l.text, data, n + 4) == 0);
	ck_assert((v = jsonl_parse(l.text, l.len, &col, err, sizeof err)) !=
	    NULL);
	ck_assert_uint_eq(json_string_length(json_array_get(v, 0)), n);
	json_decref(v);
	NEXT_IS(&r, path, 2, "{}");
	at_end(&r);
	jsonl_close(&r);
	free(data);
	unlink(path);
}
END_TEST

/* A NUL byte does not end a line: the line comes out whole, and is then
 * not valid JSON. */
START_TEST(nul_in_line)
{
	char path[UNIT_TEMP_SIZE], *files[1] = { path }, err[200];
	struct jsonl_reader r;
	int col = -1;

	TMP_FILE(path, "{\"a\":1}\0x\n123\0\n{}\n");
	jsonl_open(&r, 1, files);
	NEXT_IS(&r, path, 1, "{\"a\":1}\0x");
	NEXT_IS(&r, path, 2, "123\0");
	NEXT_IS(&r, path, 3, "{}");
	at_end(&r);
	jsonl_close(&r);
	unlink(path);

	/* the same lines, parsed */
	ck_assert(jsonl_parse("{\"a\":1}\0x", 9, &col, err, sizeof err) ==
	    NULL);
	ck_assert_int_eq(col, 8);
	ck_assert(jsonl_parse("123\0", 4, &col, err, sizeof err) == NULL);
	ck_assert_int_eq(col, 4);
	ck_assert_str_eq(err, "NUL byte in input");
}
END_TEST

/* Reading can stop half way: close frees what the reader holds. */
START_TEST(close_early)
{
	char path[UNIT_TEMP_SIZE], *files[1] = { path };
	struct jsonl_reader r;

	TMP_FILE(path, "1\n2\n3\n");
	jsonl_open(&r, 1, files);
	NEXT_IS(&r, path, 1, "1");
	jsonl_close(&r);
	jsonl_close(&r);
	unlink(path);
}
END_TEST

static json_t *
parse(const char *text, size_t len, int *col, char err[200])
{
	*col = -1;
	err[0] = '\0';
	return jsonl_parse(text, len, col, err, 200);
}

#define PARSE(lit, col, err) parse(lit, sizeof(lit) - 1, col, err)

START_TEST(parse_values)
{
	char err[200];
	json_t *v;
	int col;

	ck_assert((v = PARSE("{\"a\":[1,2.5,\"x\"]}", &col, err)) != NULL);
	ck_assert(json_is_object(v));
	ck_assert_int_eq(json_integer_value(json_array_get(
	    json_object_get(v, "a"), 0)), 1);
	json_decref(v);
	/* any value, with spaces around */
	ck_assert((v = PARSE("  42 \t", &col, err)) != NULL);
	ck_assert_int_eq(json_integer_value(v), 42);
	json_decref(v);
	ck_assert((v = PARSE("null", &col, err)) != NULL);
	ck_assert(json_is_null(v));
	json_decref(v);
	/* \u0000 in a string is fine; the string keeps its length */
	ck_assert((v = PARSE("\"a\\u0000b\"", &col, err)) != NULL);
	ck_assert_uint_eq(json_string_length(v), 3);
	ck_assert(memcmp(json_string_value(v), "a\0b", 3) == 0);
	json_decref(v);
	/* exactly len bytes: what follows is not read */
	ck_assert((v = parse("[1]garbage", 3, &col, err)) != NULL);
	json_decref(v);
}
END_TEST

START_TEST(parse_errors)
{
	char err[200];
	int col;

	ck_assert(PARSE("{\"a\":1,}", &col, err) == NULL);
	ck_assert_int_eq(col, 8);
	ck_assert_str_eq(err, "string or '}' expected near '}'");
	ck_assert(PARSE("{\"a\":}", &col, err) == NULL);
	ck_assert_int_eq(col, 6);
	ck_assert_str_eq(err, "unexpected token near '}'");
	ck_assert(PARSE("{} {}", &col, err) == NULL);
	ck_assert_int_eq(col, 4);
	ck_assert(PARSE("tru", &col, err) == NULL);
	ck_assert_int_eq(col, 3);
	ck_assert(PARSE("[1,2", &col, err) == NULL);
	ck_assert_int_eq(col, 4);
	ck_assert(PARSE("{\"a\":\"\t\"}", &col, err) == NULL);
	ck_assert_int_eq(col, 6);
	ck_assert(PARSE("{\"a\":\"x\0y\"}", &col, err) == NULL);
	ck_assert_int_eq(col, 7);
	ck_assert(PARSE("{\"a\":\"\xff\"}", &col, err) == NULL);
	ck_assert_int_eq(col, 6);
	ck_assert_str_eq(err, "unable to decode byte 0xff near '\"'");
	ck_assert(PARSE("1e400", &col, err) == NULL);
	ck_assert(PARSE("", &col, err) == NULL);
	ck_assert_int_eq(col, 0);
	ck_assert(PARSE("{\"a\\u0000\":1}", &col, err) == NULL);
	ck_assert(err[0] != '\0');
	/* the reason fits the caller's buffer */
	ck_assert(jsonl_parse("{\"a\":}", 6, &col, err, 5) == NULL);
	ck_assert_str_eq(err, "unex");
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("jsonl");
	TCase *t = tcase_create("jsonl");

	tcase_add_test(t, line_numbers);
	tcase_add_test(t, crlf);
	tcase_add_test(t, bom);
	tcase_add_test(t, operands);
	tcase_add_test(t, unreadable);
	tcase_add_test(t, empty_files);
	tcase_add_test(t, standard_input);
	tcase_add_test(t, long_line);
	tcase_add_test(t, nul_in_line);
	tcase_add_test(t, close_early);
	tcase_add_test(t, parse_values);
	tcase_add_test(t, parse_errors);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
