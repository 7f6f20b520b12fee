#include <stdlib.h>
#include <string.h>

#include "registry/initiative.h"
#include "unit.h"

/* The normalised record of text as compact JSON, in the order written. */
static char *
normalised(const char *text)
{
	json_t *in = unit_json(text), *out;
	char err[256] = "", *s;

	out = initiative_normalise(in, err, sizeof err);
	ck_assert_msg(out != NULL, "%s: %s", text, err);
	s = json_dumps(out, JSON_COMPACT);
	json_decref(out);
	json_decref(in);
	return s;
}

static void
expect(const char *text, const char *want)
{
	char *got = normalised(text);

	ck_assert_str_eq(got, want);
	free(got);
}

/* The reason text is refused; the caller compares it. */
static void
refused(const char *text, const char *want)
{
	json_t *in = unit_json(text);
	char err[512] = "";

	ck_assert_msg(initiative_normalise(in, err, sizeof err) == NULL,
	    "accepted: %s", text);
	json_decref(in);
	ck_assert_str_eq(err, want);
}

/* A valid record with `extra' keys added before the closing brace. */
#define BASE "{\"id\":\"x\",\"name\":\"X\",\"kind\":\"drop-in\"," \
	"\"areas\":[\"BU99010302\"],\"capacity\":10"

START_TEST(dutch_to_canonical)
{
	expect("{\"id\":\"koffie-uurtje-dijkzicht\","
	    "\"name\":\"Koffie-uurtje Dijkzicht\",\"kind\":\"koffie-uurtje\","
	    "\"areas\":\"BU99010302\",\"capacity\":20,\"volunteers\":4}",
	    "{\"type\":\"initiative\",\"id\":\"koffie-uurtje-dijkzicht\","
	    "\"name\":\"Koffie-uurtje Dijkzicht\",\"kind\":\"drop-in\","
	    "\"responds_to\":\"individual\",\"domain\":[],"
	    "\"form\":\"informal\",\"areas\":[\"BU99010302\"],\"capacity\":20,"
	    "\"members\":0,"
	    "\"volunteers\":4,\"owned_by_participants\":false}");
}
END_TEST

/* Keys come out in the canonical order whatever order they came in. */
START_TEST(full_record)
{
	expect("{\"platform\":\"sociale-basis\",\"owned_by_participants\":true,"
	    "\"volunteers\":6,\"members\":12,\"capacity\":30,"
	    "\"started\":\"2024-03-01\","
	    "\"areas\":[\"BU08670301\",\"WK0867AB\",\"GM0867\"],"
	    "\"form\":\"stichting\",\"domain\":[\"welzijn\",\"Zorg\"],"
	    "\"responds_to\":\"group\",\"kind\":\"Zorgboerderij\","
	    "\"name\":\"De Hoeve\",\"id\":\"de-hoeve\","
	    "\"type\":\"initiative\"}",
	    "{\"type\":\"initiative\",\"id\":\"de-hoeve\","
	    "\"name\":\"De Hoeve\","
	    "\"kind\":\"care-farm\",\"responds_to\":\"group\","
	    "\"domain\":[\"welfare\",\"care\"],\"form\":\"foundation\","
	    "\"areas\":[\"BU08670301\",\"WK0867AB\",\"GM0867\"],"
	    "\"started\":\"2024-03-01\",\"capacity\":30,\"members\":12,"
	    "\"volunteers\":6,\"owned_by_participants\":true,"
	    "\"platform\":\"sociale-basis\"}");
}
END_TEST

/* Unknown keys are kept, after the known ones, in their own order. */
START_TEST(unknown_keys_kept)
{
	expect("{\"zeta\":1,\"id\":\"x\",\"note\":{\"a\":[1]},\"name\":\"X\","
	    "\"kind\":\"drop-in\",\"areas\":[\"BU99010302\"],\"capacity\":10,"
	    "\"alpha\":null}",
	    "{\"type\":\"initiative\",\"id\":\"x\",\"name\":\"X\","
	    "\"kind\":\"drop-in\",\"responds_to\":\"individual\",\"domain\":[],"
	    "\"form\":\"informal\",\"areas\":[\"BU99010302\"],\"capacity\":10,"
	    "\"members\":0,\"volunteers\":0,\"owned_by_participants\":false,"
	    "\"zeta\":1,\"note\":{\"a\":[1]},\"alpha\":null}");
	/* Whatever type it came with, it is an initiative now. */
	expect(BASE ",\"type\":\"proposal\"}",
	    "{\"type\":\"initiative\",\"id\":\"x\",\"name\":\"X\","
	    "\"kind\":\"drop-in\",\"responds_to\":\"individual\",\"domain\":[],"
	    "\"form\":\"informal\",\"areas\":[\"BU99010302\"],\"capacity\":10,"
	    "\"members\":0,\"volunteers\":0,\"owned_by_participants\":false}");
}
END_TEST

/* The kind alone fixes responds_to. */
START_TEST(kind_fixes_response)
{
	static const struct {
		const char *kind, *name, *form;
	} k[] = {
		{ "bewonersgroep", "resident-group", "societal" },
		{ "bewonersinitiatief", "resident-group", "societal" },
		{ "zorgcoöperatie", "care-cooperative", "societal" },
		{ "bewonersbedrijf", "resident-enterprise", "societal" },
		{ "energiecoöperatie", "energy-cooperative", "societal" },
		{ "voedselinitiatief", "food-initiative", "societal" },
		{ "buurtbedrijf", "neighbourhood-business", "group" },
		{ "zorgboerderij", "care-farm", "group" },
		{ "interculturele groep", "intercultural-group", "group" },
		{ "kookgroep", "intercultural-group", "group" },
		{ "herstelacademie", "recovery-academy", "individual" },
		{ "inloop", "drop-in", "individual" },
		{ "koffie-uurtje", "drop-in", "individual" },
		{ "maatjesproject", "buddy-project", "individual" },
	};
	size_t i;

	for (i = 0; i < sizeof k / sizeof k[0]; i++) {
		json_t *in = unit_json("{\"id\":\"x\",\"name\":\"X\","
		    "\"areas\":\"GM9901\",\"capacity\":1}"), *out;
		char err[256] = "";

		json_object_set_new(in, "kind", json_string(k[i].kind));
		out = initiative_normalise(in, err, sizeof err);
		ck_assert_msg(out != NULL, "%s: %s", k[i].kind, err);
		ck_assert_str_eq(json_string_value(json_object_get(out,
		    "kind")), k[i].name);
		ck_assert_str_eq(json_string_value(json_object_get(out,
		    "responds_to")), k[i].form);
		json_decref(out);
		json_decref(in);
	}
}
END_TEST

/* The same mapping as the vocabulary and initiative_kind_form give it. */
START_TEST(kind_forms)
{
	static const char *const want[] = {
		"societal", "societal", "societal", "societal", "societal",
		"group", "group", "group",
		"individual", "individual", "individual",
	};
	size_t i;

	ck_assert_uint_eq(initiative_kinds.n, sizeof want / sizeof want[0]);
	ck_assert_str_eq(initiative_kinds.what, "kind");
	for (i = 0; i < initiative_kinds.n; i++)
		ck_assert_str_eq(isolation_form_name(initiative_kind_form(i)),
		    want[i]);
	ck_assert_str_eq(initiative_kinds.terms[6].name, "care-farm");
	ck_assert_str_eq(initiative_kinds.terms[6].dutch, "zorgboerderij");
	ck_assert_int_eq(initiative_kind_form(6), FORM_GROUP);
	ck_assert_int_eq(initiative_kind_form(0), FORM_SOCIETAL);
	ck_assert_int_eq(initiative_kind_form(10), FORM_INDIVIDUAL);
}
END_TEST

START_TEST(isolation_forms)
{
	enum isolation_form f;

	ck_assert_str_eq(isolation_form_name(FORM_SOCIETAL), "societal");
	ck_assert_str_eq(isolation_form_name(FORM_GROUP), "group");
	ck_assert_str_eq(isolation_form_name(FORM_INDIVIDUAL), "individual");
	ck_assert_str_eq(isolation_form_response(FORM_SOCIETAL),
	    "environment-initiative");
	ck_assert_str_eq(isolation_form_response(FORM_GROUP),
	    "mild-work-setting");
	ck_assert_str_eq(isolation_form_response(FORM_INDIVIDUAL),
	    "warm-place");
	ck_assert_int_eq(isolation_form_parse("societal", &f), 0);
	ck_assert_int_eq(f, FORM_SOCIETAL);
	ck_assert_int_eq(isolation_form_parse("group", &f), 0);
	ck_assert_int_eq(f, FORM_GROUP);
	ck_assert_int_eq(isolation_form_parse("individual", &f), 0);
	ck_assert_int_eq(f, FORM_INDIVIDUAL);
	ck_assert_int_eq(isolation_form_parse("Group", &f), -1);
	ck_assert_int_eq(isolation_form_parse("", &f), -1);
	ck_assert_int_eq(isolation_form_parse("individueel", &f), -1);
	ck_assert_int_eq(isolation_form_parse("warm-place", &f), -1);
}
END_TEST

START_TEST(responds_to_checked)
{
	char *s = normalised(BASE ",\"responds_to\":\"individual\"}");

	ck_assert_ptr_nonnull(strstr(s, "\"responds_to\":\"individual\""));
	free(s);
	refused(BASE ",\"responds_to\":\"group\"}",
	    "responds_to does not fit kind 'drop-in', which responds to "
	    "individual isolation");
	refused("{\"id\":\"x\",\"name\":\"X\",\"kind\":\"zorgboerderij\","
	    "\"areas\":[\"BU99010302\"],\"capacity\":10,"
	    "\"responds_to\":\"societal\"}",
	    "responds_to does not fit kind 'care-farm', which responds to "
	    "group isolation");
	refused(BASE ",\"responds_to\":\"Individual\"}",
	    "responds_to does not fit kind 'drop-in', which responds to "
	    "individual isolation");
	refused(BASE ",\"responds_to\":null}",
	    "responds_to does not fit kind 'drop-in', which responds to "
	    "individual isolation");
}
END_TEST

/* Associations and cooperatives belong to their members by default. */
START_TEST(forms_and_ownership)
{
	static const struct {
		const char *form, *name;
		int owned;
	} f[] = {
		{ "informeel", "informal", 0 },
		{ "vereniging", "association", 1 },
		{ "Association", "association", 1 },
		{ "coöperatie", "cooperative", 1 },
		{ "cooperatie", "cooperative", 1 },
		{ "stichting", "foundation", 0 },
		{ "onderneming", "enterprise", 0 },
		{ "sociale onderneming", "enterprise", 0 },
		{ "bedrijf", "enterprise", 0 },
	};
	size_t i;

	for (i = 0; i < sizeof f / sizeof f[0]; i++) {
		json_t *in = unit_json(BASE "}"), *out, *owned;
		char err[256] = "";

		json_object_set_new(in, "form", json_string(f[i].form));
		out = initiative_normalise(in, err, sizeof err);
		ck_assert_msg(out != NULL, "%s: %s", f[i].form, err);
		ck_assert_str_eq(json_string_value(json_object_get(out,
		    "form")), f[i].name);
		owned = json_object_get(out, "owned_by_participants");
		ck_assert_msg(json_is_boolean(owned) &&
		    json_boolean_value(owned) == f[i].owned, "%s", f[i].form);
		json_decref(out);
		json_decref(in);
	}
	/* Given, it is kept either way. */
	expect(BASE ",\"form\":\"vereniging\",\"owned_by_participants\":false}",
	    "{\"type\":\"initiative\",\"id\":\"x\",\"name\":\"X\","
	    "\"kind\":\"drop-in\",\"responds_to\":\"individual\",\"domain\":[],"
	    "\"form\":\"association\",\"areas\":[\"BU99010302\"],"
	    "\"capacity\":10,\"members\":0,\"volunteers\":0,"
	    "\"owned_by_participants\":false}");
	expect(BASE ",\"owned_by_participants\":true}",
	    "{\"type\":\"initiative\",\"id\":\"x\",\"name\":\"X\","
	    "\"kind\":\"drop-in\",\"responds_to\":\"individual\",\"domain\":[],"
	    "\"form\":\"informal\",\"areas\":[\"BU99010302\"],"
	    "\"capacity\":10,\"members\":0,\"volunteers\":0,"
	    "\"owned_by_participants\":true}");
	refused(BASE ",\"owned_by_participants\":\"yes\"}",
	    "owned_by_participants must be true or false");
	refused(BASE ",\"owned_by_participants\":1}",
	    "owned_by_participants must be true or false");
	refused(BASE ",\"form\":\"bv\"}",
	    "form 'bv': unknown form (one of: informal, association, "
	    "cooperative, foundation, enterprise)");
	refused(BASE ",\"form\":\"verening\"}",
	    "form 'verening': unknown form (did you mean 'association' / "
	    "vereniging?)");
	refused(BASE ",\"form\":[\"stichting\"]}", "form must be a string");
}
END_TEST

START_TEST(domains)
{
	char *s;

	/* Aliases become canonical names, once each, in the order given. */
	s = normalised(BASE ",\"domain\":[\"zorg\",\"Welzijn\",\"care\","
	    "\"mobiliteit\",\"zorg\"]}");
	ck_assert_ptr_nonnull(strstr(s,
	    "\"domain\":[\"care\",\"welfare\",\"transport\"],"));
	free(s);
	/* A lone string is a list of one. */
	s = normalised(BASE ",\"domain\":\"groen\"}");
	ck_assert_ptr_nonnull(strstr(s, "\"domain\":[\"green\"],"));
	free(s);
	s = normalised(BASE ",\"domain\":[]}");
	ck_assert_ptr_nonnull(strstr(s, "\"domain\":[],"));
	free(s);
	refused(BASE ",\"domain\":[\"care\",\"sport\"]}",
	    "domain 'sport': unknown domain (one of: care, welfare, energy, "
	    "food, green, safety, transport, culture, housing, youth, work)");
	refused(BASE ",\"domain\":\"welzjin\"}",
	    "domain 'welzjin': unknown domain (did you mean 'welfare' / "
	    "welzijn?)");
	refused(BASE ",\"domain\":[\"care\",1]}",
	    "domain must be a list of strings");
	refused(BASE ",\"domain\":5}", "domain must be a list of strings");
	refused(BASE ",\"domain\":{\"care\":true}}",
	    "domain must be a list of strings");
}
END_TEST

START_TEST(areas)
{
	char *s = normalised(BASE ",\"areas\":[\"GM9901\",\"WK990103\","
	    "\"BU99010302\",\"BU9901AB0Z\"]}");

	ck_assert_ptr_nonnull(strstr(s, "\"areas\":[\"GM9901\",\"WK990103\","
	    "\"BU99010302\",\"BU9901AB0Z\"],"));
	free(s);
	refused("{\"id\":\"x\",\"name\":\"X\",\"kind\":\"drop-in\","
	    "\"capacity\":10}", "areas is missing");
	refused(BASE ",\"areas\":[]}", "areas must name at least one area");
	refused(BASE ",\"areas\":[\"BU99010302\",\"BU123\"]}",
	    "areas: 'BU123' is not a CBS area code (GM and 4 digits, WK and 6, "
	    "or BU and 8)");
	refused(BASE ",\"areas\":\"bu99010302\"}",
	    "areas: 'bu99010302' is not a CBS area code (GM and 4 digits, WK "
	    "and 6, or BU and 8)");
	refused(BASE ",\"areas\":[\"GM9901\",7]}",
	    "areas must be a list of strings");
	refused(BASE ",\"areas\":null}", "areas must be a list of strings");
}
END_TEST

START_TEST(identity)
{
	refused("{\"name\":\"X\",\"kind\":\"drop-in\",\"areas\":[\"GM9901\"],"
	    "\"capacity\":1}", "id is missing");
	refused("{\"id\":\"\",\"name\":\"X\",\"kind\":\"drop-in\","
	    "\"areas\":[\"GM9901\"],\"capacity\":1}",
	    "id must be a non-empty string");
	refused("{\"id\":42,\"name\":\"X\",\"kind\":\"drop-in\","
	    "\"areas\":[\"GM9901\"],\"capacity\":1}",
	    "id must be a non-empty string");
	refused("{\"id\":\"Koffie Uurtje\",\"name\":\"X\",\"kind\":\"drop-in\","
	    "\"areas\":[\"GM9901\"],\"capacity\":1}",
	    "id 'Koffie Uurtje' is not a slug (lower-case letters, digits and "
	    "single hyphens)");
	refused("{\"id\":\"a--b\",\"name\":\"X\",\"kind\":\"drop-in\","
	    "\"areas\":[\"GM9901\"],\"capacity\":1}",
	    "id 'a--b' is not a slug (lower-case letters, digits and single "
	    "hyphens)");
	refused("{\"id\":\"x\",\"kind\":\"drop-in\",\"areas\":[\"GM9901\"],"
	    "\"capacity\":1}", "name is missing");
	refused("{\"id\":\"x\",\"name\":\"\",\"kind\":\"drop-in\","
	    "\"areas\":[\"GM9901\"],\"capacity\":1}",
	    "name must be a non-empty string");
	refused("{\"id\":\"x\",\"name\":[\"X\"],\"kind\":\"drop-in\","
	    "\"areas\":[\"GM9901\"],\"capacity\":1}",
	    "name must be a non-empty string");
}
END_TEST

START_TEST(kinds_refused)
{
	refused("{\"id\":\"x\",\"name\":\"X\",\"areas\":[\"GM9901\"],"
	    "\"capacity\":1}", "kind is missing");
	refused("{\"id\":\"x\",\"name\":\"X\",\"kind\":3,"
	    "\"areas\":[\"GM9901\"],\"capacity\":1}", "kind must be a string");
	refused("{\"id\":\"x\",\"name\":\"X\",\"kind\":\"zorgboerderei\","
	    "\"areas\":[\"GM9901\"],\"capacity\":1}",
	    "kind 'zorgboerderei': unknown kind (did you mean 'care-farm' / "
	    "zorgboerderij?)");
	refused("{\"id\":\"x\",\"name\":\"X\",\"kind\":\"\","
	    "\"areas\":[\"GM9901\"],\"capacity\":1}",
	    "kind '': unknown kind (one of: resident-group, care-cooperative, "
	    "resident-enterprise, energy-cooperative, food-initiative, "
	    "neighbourhood-business, care-farm, intercultural-group, "
	    "recovery-academy, drop-in, buddy-project)");
}
END_TEST

START_TEST(counts_and_dates)
{
	char *s;

	s = normalised(BASE ",\"members\":0,\"volunteers\":3,"
	    "\"started\":\"2024-02-29\"}");
	ck_assert_ptr_nonnull(strstr(s, "\"started\":\"2024-02-29\","
	    "\"capacity\":10,\"members\":0,\"volunteers\":3,"));
	free(s);
	s = normalised("{\"id\":\"x\",\"name\":\"X\",\"kind\":\"drop-in\","
	    "\"areas\":[\"GM9901\"],\"capacity\":0}");
	ck_assert_ptr_nonnull(strstr(s, "\"capacity\":0,"));
	free(s);
	refused("{\"id\":\"x\",\"name\":\"X\",\"kind\":\"drop-in\","
	    "\"areas\":[\"GM9901\"]}", "capacity is missing");
	refused("{\"id\":\"x\",\"name\":\"X\",\"kind\":\"drop-in\","
	    "\"areas\":[\"GM9901\"],\"capacity\":-1}",
	    "capacity must be a whole number from 0 to 1000000");
	refused("{\"id\":\"x\",\"name\":\"X\",\"kind\":\"drop-in\","
	    "\"areas\":[\"GM9901\"],\"capacity\":2.5}",
	    "capacity must be a whole number from 0 to 1000000");
	refused("{\"id\":\"x\",\"name\":\"X\",\"kind\":\"drop-in\","
	    "\"areas\":[\"GM9901\"],\"capacity\":\"20\"}",
	    "capacity must be a whole number from 0 to 1000000");
	refused(BASE ",\"members\":null}",
	    "members must be a whole number from 0 to 1000000");
	refused(BASE ",\"volunteers\":-4}",
	    "volunteers must be a whole number from 0 to 1000000");
	refused(BASE ",\"started\":\"2023-02-29\"}",
	    "started must be a date written YYYY-MM-DD");
	refused(BASE ",\"started\":\"1-3-2024\"}",
	    "started must be a date written YYYY-MM-DD");
	refused(BASE ",\"started\":20240301}",
	    "started must be a date written YYYY-MM-DD");
	refused(BASE ",\"platform\":\"\"}",
	    "platform must be a non-empty string");
	refused(BASE ",\"platform\":true}",
	    "platform must be a non-empty string");
}
END_TEST

/* The input is not changed, and a short err buffer is cut, terminated. */
START_TEST(input_and_err)
{
	json_t *in = unit_json("{\"id\":\"x\",\"name\":\"X\",\"kind\":\"inloop\","
	    "\"domain\":\"zorg\",\"areas\":\"GM9901\",\"capacity\":1,"
	    "\"extra\":[1,2]}");
	json_t *copy = json_deep_copy(in), *out;
	char err[8];

	out = initiative_normalise(in, err, sizeof err);
	ck_assert_ptr_nonnull(out);
	ck_assert(json_equal(in, copy));
	/* The extra value is shared or copied, but equal. */
	ck_assert(json_equal(json_object_get(out, "extra"),
	    json_object_get(in, "extra")));
	json_decref(out);
	json_decref(copy);

	json_object_set_new(in, "capacity", json_integer(-1));
	memset(err, 'X', sizeof err);
	ck_assert_ptr_null(initiative_normalise(in, err, sizeof err));
	ck_assert_str_eq(err, "capacit");
	json_decref(in);
}
END_TEST

/* The reason the keys of text are refused, or "" when all are known. */
static void
keys(const char *text, const char *want)
{
	json_t *in = unit_json(text);
	char err[512] = "";

	ck_assert_int_eq(initiative_keys_known(in, err, sizeof err),
	    *want == '\0' ? 0 : -1);
	json_decref(in);
	ck_assert_str_eq(err, want);
}

/* Files written by hand know only the record's keys (issue 10). */
START_TEST(keys_of_a_written_record)
{
	keys(BASE ",\"volunteers\":3,\"platform\":\"p\"}", "");
	keys(BASE ",\"volunteer\":3}",
	    "volunteer: unknown key (did you mean 'volunteers'?)");
	keys("{\"naam\":\"X\"}", "naam: unknown key (did you mean 'name'?)");
	keys("{\"capaciteit\":3}",
	    "capaciteit: unknown key (did you mean 'capacity'?)");
	keys("{\"zzz\":3}", "zzz: unknown key (one of: type, id, name, kind, "
	    "responds_to, domain, form, areas, started, capacity, members, "
	    "volunteers, owned_by_participants, platform)");
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("initiative");
	TCase *t = tcase_create("initiative");

	tcase_add_test(t, dutch_to_canonical);
	tcase_add_test(t, full_record);
	tcase_add_test(t, unknown_keys_kept);
	tcase_add_test(t, kind_fixes_response);
	tcase_add_test(t, kind_forms);
	tcase_add_test(t, isolation_forms);
	tcase_add_test(t, responds_to_checked);
	tcase_add_test(t, forms_and_ownership);
	tcase_add_test(t, domains);
	tcase_add_test(t, areas);
	tcase_add_test(t, identity);
	tcase_add_test(t, kinds_refused);
	tcase_add_test(t, counts_and_dates);
	tcase_add_test(t, input_and_err);
	tcase_add_test(t, keys_of_a_written_record);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
