/* letter_config: the --letter-config document of council-advise. */
#include <string.h>

#include "advice/letter.h"
#include "core/yamlload.h"
#include "unit.h"

static int
apply(struct letter_config *c, const char *yaml, char *err, size_t size)
{
	json_t *doc = yaml_load_string(yaml, strlen(yaml), "l.yaml", err, size);
	int r;

	ck_assert_ptr_nonnull(doc);
	letter_config_init(c);
	r = letter_config_apply(c, doc, err, size);
	json_decref(doc);
	return r;
}

START_TEST(full)
{
	struct letter_config c;
	char err[256];

	ck_assert_int_eq(apply(&c, "council: Raad\nreference: R-1\n"
	    "request: {date: 2026-10-12, subject: Nota, reference: G-2}\n"
	    "survey: {name: Monitor, min_n: 40}\ntagged_by: wij\n"
	    "signatories:\n  - {name: A, role: voorzitter}\n  - {name: B}\n",
	    err, sizeof err), 0);
	ck_assert_str_eq(c.council, "Raad");
	ck_assert_str_eq(c.reference, "R-1");
	ck_assert_str_eq(c.request_date, "2026-10-12");
	ck_assert_str_eq(c.request_subject, "Nota");
	ck_assert_str_eq(c.request_reference, "G-2");
	ck_assert_str_eq(c.survey, "Monitor");
	ck_assert_int_eq(c.min_n, 40);
	ck_assert_int_eq(c.nsignatories, 2);
	ck_assert_str_eq(c.signatories[0].role, "voorzitter");
	ck_assert_ptr_null(c.signatories[1].role);
	ck_assert_int_eq(json_array_size(c.warnings), 0);
	letter_config_free(&c);
}
END_TEST

/* An unknown key is a warning with the closest key, not an error; an
 * empty document leaves every field unset. */
START_TEST(unknown_keys_warn)
{
	struct letter_config c;
	char err[256];

	ck_assert_int_eq(apply(&c, "refrence: R\nsurvey: {nme: M}\n", err,
	    sizeof err), 0);
	ck_assert_ptr_null(c.reference);
	ck_assert_int_eq(json_array_size(c.warnings), 2);
	ck_assert_str_eq(json_string_value(json_array_get(c.warnings, 0)),
	    "refrence: unknown key (did you mean 'reference'?), ignored");
	ck_assert_str_eq(json_string_value(json_array_get(c.warnings, 1)),
	    "survey.nme: unknown key (did you mean 'name'?), ignored");
	letter_config_free(&c);
	ck_assert_int_eq(apply(&c, "{}", err, sizeof err), 0);
	ck_assert_ptr_null(c.council);
	ck_assert_int_eq(c.nsignatories, 0);
	letter_config_free(&c);
}
END_TEST

START_TEST(bad_values)
{
	struct letter_config c;
	char err[256];

	ck_assert_int_eq(apply(&c, "- a\n", err, sizeof err), -1);
	letter_config_free(&c);
	ck_assert_int_eq(apply(&c, "request: {date: 12-10-2026}\n", err,
	    sizeof err), -1);
	ck_assert(strncmp(err, "request.date '12-10-2026': ", 27) == 0);
	letter_config_free(&c);
	ck_assert_int_eq(apply(&c, "survey: {min_n: 0}\n", err, sizeof err),
	    -1);
	letter_config_free(&c);
	ck_assert_int_eq(apply(&c, "signatories: [{role: x}]\n", err,
	    sizeof err), -1);
	ck_assert_str_eq(err, "signatories[0]: name is missing");
	letter_config_free(&c);
	ck_assert_int_eq(apply(&c, "reference: 12\n", err, sizeof err), -1);
	ck_assert_str_eq(err, "reference: must be a non-empty string");
	letter_config_free(&c);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("letter_config");
	TCase *t = tcase_create("core");

	tcase_add_test(t, full);
	tcase_add_test(t, unknown_keys_warn);
	tcase_add_test(t, bad_values);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
