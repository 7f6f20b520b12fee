#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/yamlload.h"
#include "unit.h"

static char err[600];

static json_t *
load(const char *yaml)
{
	err[0] = '\0';
	return yaml_load_string(yaml, strlen(yaml), "t.yaml", err, sizeof err);
}

/* yaml loads to exactly json: same types (1 is not 1.0), same key order. */
static void
loads_as(const char *yaml, const char *json)
{
	json_t *got = load(yaml);
	char *text;

	ck_assert_msg(got != NULL, "%s: %s", yaml, err);
	text = json_dumps(got, JSON_COMPACT | JSON_ENCODE_ANY);
	ck_assert_msg(strcmp(text, json) == 0, "%s: got %s, want %s", yaml,
	    text, json);
	free(text);
	json_decref(got);
}

static void
fails_with(const char *yaml, const char *msg)
{
	json_t *got = load(yaml);

	ck_assert_msg(got == NULL, "%s loaded", yaml);
	ck_assert_str_eq(err, msg);
}

START_TEST(plain_scalars)
{
	loads_as("x: ~", "{\"x\":null}");
	loads_as("x:", "{\"x\":null}");
	loads_as("x: NULL", "{\"x\":null}");
	loads_as("x: Yes\ny: OFF\nz: yES\nw: on", "{\"x\":true,\"y\":false,"
	    "\"z\":\"yES\",\"w\":true}");
	loads_as("x: 0x1F", "{\"x\":31}");
	loads_as("x: 0o17", "{\"x\":15}");
	loads_as("x: -0x10", "{\"x\":-16}");
	loads_as("x: 1_000", "{\"x\":1000}");
	loads_as("x: +5", "{\"x\":5}");
	/* decimal, as YAML 1.2 and JSON read it, not 1.1's octal */
	loads_as("x: 017", "{\"x\":17}");
	loads_as("x: 9223372036854775807", "{\"x\":9223372036854775807}");
	loads_as("x: -9223372036854775808", "{\"x\":-9223372036854775808}");
	loads_as("x: 1.5e3", "{\"x\":1500.0}");
	loads_as("x: .5", "{\"x\":0.5}");
	loads_as("x: 1.", "{\"x\":1.0}");
	loads_as("x: 0x", "{\"x\":\"0x\"}");
	loads_as("x: _1", "{\"x\":\"_1\"}");
	loads_as("x: 12abc", "{\"x\":\"12abc\"}");
	loads_as("x: Lindewaarde", "{\"x\":\"Lindewaarde\"}");
}
END_TEST

START_TEST(quoted_and_tagged)
{
	loads_as("x: \"123\"", "{\"x\":\"123\"}");
	loads_as("x: 'true'", "{\"x\":\"true\"}");
	loads_as("x: ''", "{\"x\":\"\"}");
	loads_as("x: \"a\\0b\"", "{\"x\":\"a\\u0000b\"}");
	loads_as("x: !!str 123", "{\"x\":\"123\"}");
	loads_as("x: !!float 1", "{\"x\":1.0}");
	loads_as("x: !!int 0x10", "{\"x\":16}");
	loads_as("x: !!bool yes", "{\"x\":true}");
	loads_as("x: !!null \"\"", "{\"x\":null}");
	fails_with("x: !!int abc", "t.yaml:1:4: 'abc' is not a valid int");
	fails_with("x: !foo bar", "t.yaml:1:4: tag !foo is not supported");
}
END_TEST

START_TEST(numbers_json_cannot_hold)
{
	fails_with("x: .inf", "t.yaml:1:4: '.inf': JSON has no infinity or NaN");
	fails_with("x: -.INF",
	    "t.yaml:1:4: '-.INF': JSON has no infinity or NaN");
	fails_with("x: .NaN", "t.yaml:1:4: '.NaN': JSON has no infinity or NaN");
	fails_with("x: 9223372036854775808",
	    "t.yaml:1:4: integer '9223372036854775808' is too large");
	fails_with("a: 1\nb: 1e400", "t.yaml:2:4: '1e400': JSON has no "
	    "infinity or NaN");
}
END_TEST

START_TEST(structure)
{
	loads_as("x: [a, {b: c}, [], {}]",
	    "{\"x\":[\"a\",{\"b\":\"c\"},[],{}]}");
	loads_as("z: 1\na: 2\nm: 3\n", "{\"z\":1,\"a\":2,\"m\":3}");
	loads_as("- a\n- - b\n  - c\n- d: e\n",
	    "[\"a\",[\"b\",\"c\"],{\"d\":\"e\"}]");
	loads_as("", "null");
	loads_as("# only a comment\n", "null");
	loads_as("--- a\n--- b\n", "\"a\"");	/* the first document */
	loads_as("plain", "\"plain\"");
}
END_TEST

START_TEST(anchors_and_merge)
{
	loads_as("x: &a [1, 2]\ny: *a", "{\"x\":[1,2],\"y\":[1,2]}");
	/* an anchor named again holds its new value from there on */
	loads_as("a: &a 1\nb: *a\nc: &a 2\nd: *a\n",
	    "{\"a\":1,\"b\":1,\"c\":2,\"d\":2}");
	loads_as("base: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3\n",
	    "{\"base\":{\"x\":1,\"y\":2},\"d\":{\"x\":1,\"y\":3}}");
	loads_as("d:\n  y: 3\n  <<: [{x: 1, y: 2}, {z: 4}]\n",
	    "{\"d\":{\"y\":3,\"x\":1,\"z\":4}}");
	/* a quoted "<<" is an ordinary key */
	loads_as("\"<<\": 1", "{\"<<\":1}");
	fails_with("<<: 1", "t.yaml:1:1: '<<' merges only mappings");
	fails_with("- *nope", "t.yaml:1:3: unknown alias '*nope'");
}
END_TEST

/* A billion laughs: nine levels of ten aliases each. */
START_TEST(alias_bomb)
{
	char doc[2048], *p = doc;
	int level, i;

	p += sprintf(p, "l0: &l0 [lol]\n");
	for (level = 1; level <= 9; level++) {
		p += sprintf(p, "l%d: &l%d [", level, level);
		for (i = 0; i < 10; i++)
			p += sprintf(p, "%s*l%d", i ? ", " : "", level - 1);
		p += sprintf(p, "]\n");
	}
	ck_assert_ptr_null(load(doc));
	ck_assert_msg(strstr(err, "aliases expand to more than 1000000 nodes")
	    != NULL, "%s", err);
	ck_assert(strncmp(err, "t.yaml:", 7) == 0);
}
END_TEST

START_TEST(errors_located)
{
	fails_with("a: 1\na: 2\n", "t.yaml:2:1: duplicate key 'a'");
	fails_with("a:\n  b: 1\n  c: 2\n  b: 3\n",
	    "t.yaml:4:3: duplicate key 'b'");
	fails_with("a:\n  b: [1, 2\n", "t.yaml:3:1: did not find expected "
	    "',' or ']' while parsing a flow sequence");
	fails_with("a: \"unclosed\n", "t.yaml:2:1: found unexpected end of "
	    "stream while scanning a quoted scalar");
	fails_with("a: 1\n b: 2\n",
	    "t.yaml:2:3: mapping values are not allowed in this context");
	fails_with("\t- a\n", "t.yaml:1:1: found character that cannot "
	    "start any token while scanning for the next token");
	fails_with("? [a]\n: 1\n", "t.yaml:1:3: a key must be a plain value, "
	    "not a list or a mapping");
	fails_with("\"a\\0b\": 1", "t.yaml:1:1: a key may not hold a NUL "
	    "character");
}
END_TEST

START_TEST(files)
{
	static const char dup[] = "name: x\nname: y\n";
	char path[UNIT_TEMP_SIZE];
	json_t *v;

	v = yaml_load_file("/nonexistent/x.yaml", err, sizeof err);
	ck_assert_ptr_null(v);
	ck_assert_str_eq(err, "/nonexistent/x.yaml: No such file or directory");

	unit_temp_file(path, dup, sizeof dup - 1);
	ck_assert_ptr_null(yaml_load_file(path, err, sizeof err));
	ck_assert(strncmp(err, path, strlen(path)) == 0);
	ck_assert_str_eq(err + strlen(path), ":2:1: duplicate key 'name'");
	unlink(path);
}
END_TEST

/* The example municipality's initiatives: twenty, each a mapping. */
START_TEST(example_initiatives)
{
	json_t *v = yaml_load_file("examples/initiatives.yaml", err,
	    sizeof err), *item;
	size_t i;

	ck_assert_msg(v != NULL, "%s", err);
	ck_assert(json_is_array(v));
	ck_assert_uint_eq(json_array_size(v), 20);
	/* a date is not resolved: it stays the string it was written as */
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(v, 0),
	    "started")), "2023-09-04");
	json_array_foreach(v, i, item) {
		ck_assert(json_is_object(item));
		ck_assert(json_is_string(json_object_get(item, "name")));
	}
	json_decref(v);
}
END_TEST

/* Every prefix of a real file: loaded or refused, never a crash or leak. */
START_TEST(truncated_prefixes)
{
	size_t len, n;
	char *text = unit_slurp("examples/initiatives.yaml", &len);
	int refused = 0;

	for (n = 0; n <= len; n += 1 + n / 64) {
		json_t *v = yaml_load_string(text, n, "p.yaml", err,
		    sizeof err);

		if (v == NULL) {
			ck_assert(strncmp(err, "p.yaml:", 7) == 0);
			refused++;
		}
		json_decref(v);
	}
	ck_assert_int_gt(refused, 0);
	free(text);
}
END_TEST

static Suite *
yamlload_suite(void)
{
	Suite *s = suite_create("yamlload");
	TCase *t = tcase_create("yamlload");

	tcase_add_test(t, plain_scalars);
	tcase_add_test(t, quoted_and_tagged);
	tcase_add_test(t, numbers_json_cannot_hold);
	tcase_add_test(t, structure);
	tcase_add_test(t, anchors_and_merge);
	tcase_add_test(t, alias_bomb);
	tcase_add_test(t, errors_located);
	tcase_add_test(t, files);
	tcase_add_test(t, example_initiatives);
	tcase_add_test(t, truncated_prefixes);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(yamlload_suite)
