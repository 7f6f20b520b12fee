#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "registry/enrol.h"
#include "unit.h"

static int
add(struct enrol *e, const char *json, const char *source)
{
	json_t *v = unit_json(json);
	int r = enrol_add(e, v, source);

	json_decref(v);
	return r;
}

static const char *
fresh_field(const struct enrol *e, size_t i, const char *key)
{
	return json_string_value(json_object_get(json_array_get(e->fresh, i),
	    key));
}

START_TEST(new_ones_made_canonical)
{
	struct enrol e;

	enrol_init(&e, 0);
	ck_assert_int_eq(add(&e, "{\"name\":\"Zorgboerderij De Hoeve\","
	    "\"kind\":\"zorgboerderij\",\"areas\":[\"BU99010101\"],"
	    "\"capacity\":12}", "a.yaml: initiative 1"), 0);
	ck_assert_int_eq(add(&e, "{\"id\":\"eigen-id\",\"name\":\"Koffie\","
	    "\"kind\":\"koffie-uurtje\",\"areas\":[\"GM9901\"],"
	    "\"capacity\":5}", ""), 0);
	ck_assert_uint_eq(json_array_size(e.fresh), 2);
	ck_assert_str_eq(fresh_field(&e, 0, "id"), "zorgboerderij-de-hoeve");
	ck_assert_str_eq(fresh_field(&e, 0, "kind"), "care-farm");
	ck_assert_str_eq(fresh_field(&e, 0, "responds_to"),
	    "group");
	ck_assert_str_eq(fresh_field(&e, 0, "type"), "initiative");
	ck_assert_str_eq(fresh_field(&e, 1, "id"), "eigen-id");
	ck_assert_str_eq(fresh_field(&e, 1, "kind"), "drop-in");
	ck_assert_uint_eq(e.nbad, 0);
	enrol_free(&e);
}
END_TEST

struct refusal {
	const char *json, *source;
};

static void
refuse_second(void *arg)
{
	const struct refusal *r = arg;
	struct enrol e;

	enrol_init(&e, 0);
	if (add(&e, "{\"name\":\"Koffie\",\"kind\":\"drop-in\","
	    "\"areas\":[\"GM9901\"],\"capacity\":5}", "") != 0)
		exit(3);
	if (add(&e, r->json, r->source) != -1 || e.nbad != 1 ||
	    json_array_size(e.fresh) != 1)
		exit(4);
	enrol_free(&e);
}

/* One refused initiative is a message and a count; the others stay. */
static void
refused_with(const char *json, const char *source, const char *msg)
{
	struct refusal r = { json, source };
	struct unit_child c = unit_run_child(refuse_second, &r, NULL);

	ck_assert_int_eq(c.status, 0);
	ck_assert_str_eq(c.err, msg);
	unit_child_free(&c);
}

START_TEST(refusals)
{
	refused_with("{\"name\":\"Koffie\",\"kind\":\"drop-in\","
	    "\"areas\":[\"GM9901\"],\"capacity\":5}", "b.yaml: initiative 2",
	    "samen: b.yaml: initiative 2: id 'koffie' is given twice among "
	    "the new initiatives\n");
	refused_with("[1]", "", "samen: an initiative must be a mapping of "
	    "fields\n");
	refused_with("{\"kind\":\"drop-in\"}", "", "samen: --name is "
	    "missing\n");
	refused_with("{\"name\":\"!!!\",\"kind\":\"drop-in\"}", "",
	    "samen: --name '!!!' has no letter or digit to make an id of; "
	    "give an id\n");
	refused_with("{\"name\":\"X\",\"kind\":\"zorgboerdrij\","
	    "\"areas\":[\"GM9901\"],\"capacity\":5}", "",
	    "samen: --kind 'zorgboerdrij': unknown kind (did you mean "
	    "'care-farm' / zorgboerderij?)\n");
	refused_with("{\"name\":\"X\",\"kind\":\"zorgboerdrij\","
	    "\"areas\":[\"GM9901\"],\"capacity\":5}", "c.yaml: initiative 4 (X)",
	    "samen: c.yaml: initiative 4 (X): kind 'zorgboerdrij': unknown "
	    "kind (did you mean 'care-farm' / zorgboerderij?)\n");
}
END_TEST

START_TEST(from_yaml)
{
	struct enrol e;

	enrol_init(&e, 0);
	enrol_add_yaml(&e, "examples/initiatives.yaml");
	ck_assert_uint_eq(json_array_size(e.fresh), 20);
	ck_assert_uint_eq(e.nbad, 0);
	ck_assert_str_eq(fresh_field(&e, 0, "id"), "koffie-uurtje-oude-kern");
	ck_assert_str_eq(fresh_field(&e, 0, "kind"), "drop-in");
	enrol_free(&e);
}
END_TEST

/* Valid, not canonical: a registry line passes as it was written. */
#define OLD_KOFFIE "{\"type\":\"initiative\",\"id\":\"koffie\"," \
	"\"name\":\"Oud\",\"kind\":\"inloop\",\"areas\":\"GM9901\",\"capacity\":2}\n"
#define TUIN "{\"type\":\"initiative\",\"id\":\"tuin\",\"name\":\"Tuin\"," \
	"\"kind\":\"voedselinitiatief\",\"areas\":[\"GM9901\"],\"capacity\":9}\n"
#define REGISTRY OLD_KOFFIE "{\"type\":\"area\",\"code\":\"GM9901\"}\n" TUIN

struct streaming {
	char path[32];
	int replace, check;
};

static void
stream_registry(void *arg)
{
	struct streaming *st = arg;
	struct stream s = { 0 };
	struct enrol e;
	char *files[] = { st->path };

	enrol_init(&e, st->replace);
	add(&e, "{\"name\":\"Koffie\",\"kind\":\"drop-in\","
	    "\"areas\":[\"GM9901\"],\"capacity\":5}", "");
	add(&e, "{\"name\":\"Nieuw\",\"kind\":\"drop-in\","
	    "\"areas\":[\"GM9901\"],\"capacity\":5}", "");
	stream_open(&s, 1, files);
	if (st->check)
		enrol_check(&e, &s);
	else
		enrol_stream(&e, &s);
	/* on standard error: stream_finish closes standard output */
	fprintf(stderr, "nbad %lu status %d\n", e.nbad, stream_finish(&s));
	enrol_free(&e);
}

static struct unit_child
run_stream(int replace, int check, const char *contents)
{
	struct streaming st = { "", replace, check };
	struct unit_child c;

	unit_temp_file(st.path, contents, strlen(contents));
	c = unit_run_child(stream_registry, &st, NULL);
	unlink(st.path);
	ck_assert_int_eq(c.status, 0);
	return c;
}

#define CANON_TAIL "\"kind\":\"drop-in\",\"responds_to\":\"individual\"," \
	"\"domain\":[],\"form\":\"informal\",\"areas\":[\"GM9901\"]," \
	"\"capacity\":5,\"members\":0,\"volunteers\":0," \
	"\"owned_by_participants\":false}\n"
#define KOFFIE "{\"type\":\"initiative\",\"id\":\"koffie\"," \
	"\"name\":\"Koffie\"," CANON_TAIL
#define NIEUW "{\"type\":\"initiative\",\"id\":\"nieuw\"," \
	"\"name\":\"Nieuw\"," CANON_TAIL

START_TEST(duplicate_kept_out)
{
	struct unit_child c = run_stream(0, 0, REGISTRY);

	/* the registry as it was, then the new one; the taken id refused
	 * with the place that took it */
	ck_assert_str_eq(c.out, REGISTRY NIEUW);
	ck_assert(strncmp(c.err, "samen: id 'koffie' is taken by "
	    "/tmp/samen-unit.", 47) == 0);
	ck_assert(strstr(c.err, ":1 (use --replace to replace it)\n"
	    "nbad 1 status 0\n") != NULL);
	unit_child_free(&c);
}
END_TEST

START_TEST(replace_in_place)
{
	struct unit_child c = run_stream(1, 0, REGISTRY);

	ck_assert_str_eq(c.out, KOFFIE
	    "{\"type\":\"area\",\"code\":\"GM9901\"}\n" TUIN NIEUW);
	ck_assert_str_eq(c.err, "nbad 0 status 0\n");
	unit_child_free(&c);
}
END_TEST

#define LINE_A "{\"type\":\"initiative\",\"id\":\"a\",\"name\":\"A\"," \
	"\"kind\":\"drop-in\",\"areas\":[\"GM9901\"],\"capacity\":1}\n"
#define BAD_REGISTRY LINE_A LINE_A \
	"{\"type\":\"initiative\",\"id\":\"b\",\"name\":\"B\"," \
	"\"kind\":\"zorgboerdrij\",\"areas\":[\"GM9901\"]," \
	"\"capacity\":1}\n" \
	"{\"type\":\"area\",\"code\":\"GM9901\"}\n"

/* The reasons BAD_REGISTRY is rejected for, in every mode. */
static void
bad_registry_rejected(const struct unit_child *c)
{
	ck_assert(strstr(c->err, "\nnbad 0 status 1\n") != NULL);
	ck_assert(strstr(c->err, ":2: id 'a' is already taken at line 1\n")
	    != NULL);
	ck_assert(strstr(c->err, ":3: kind 'zorgboerdrij': unknown kind") !=
	    NULL);
}

START_TEST(check_writes_nothing)
{
	struct unit_child c = run_stream(1, 1, BAD_REGISTRY);

	ck_assert_str_eq(c.out, "");
	bad_registry_rejected(&c);
	unit_child_free(&c);
}
END_TEST

/* Writing, the registry is checked as --check does (issue 14, 7). */
START_TEST(stream_checks_as_check)
{
	struct unit_child c = run_stream(1, 0, BAD_REGISTRY);

	ck_assert_str_eq(c.out, LINE_A "{\"type\":\"area\",\"code\":"
	    "\"GM9901\"}\n" KOFFIE NIEUW);
	bad_registry_rejected(&c);
	unit_child_free(&c);
}
END_TEST

static Suite *
enrol_suite(void)
{
	Suite *s = suite_create("enrol");
	TCase *t = tcase_create("enrol");

	tcase_add_test(t, new_ones_made_canonical);
	tcase_add_test(t, refusals);
	tcase_add_test(t, from_yaml);
	tcase_add_test(t, duplicate_kept_out);
	tcase_add_test(t, replace_in_place);
	tcase_add_test(t, check_writes_nothing);
	tcase_add_test(t, stream_checks_as_check);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(enrol_suite)
