#include <string.h>

#include "survey/response.h"
#include "unit.h"

static struct jsonscan j;

static int
read_response(const char *line, struct isolation_input *in, char *err, size_t size)
{
	ck_assert_int_eq(jsonscan_record(&j, line, strlen(line)), 0);
	return response_read(&j, in, err, size);
}

START_TEST(fields)
{
	struct isolation_input in;
	char err[256];

	ck_assert_int_eq(read_response("{\"djg\":[\"yes\",\"Nee\",\"min of meer\",1,2,"
	    "3,null,\"no!\",\"ja!\",\"more-or-less\",\"n\\u006f\"],"
	    "\"lsns\":[0,5,null,1,2,3],\"paid_work\":\"supported\","
	    "\"unpaid_work\":true,\"organised_activity\":null,"
	    "\"contacts\":\"mixed\"}", &in, err, sizeof err), 0);
	ck_assert_int_eq(in.djg_n, 11);
	ck_assert_int_eq(in.djg[0], DJG_YES);
	ck_assert_int_eq(in.djg[1], DJG_NO);
	ck_assert_int_eq(in.djg[2], DJG_MORE_OR_LESS);
	ck_assert_int_eq(in.djg[3], DJG_NO);
	ck_assert_int_eq(in.djg[4], DJG_MORE_OR_LESS);
	ck_assert_int_eq(in.djg[5], DJG_YES);
	ck_assert_int_eq(in.djg[6], DJG_MISSING);
	ck_assert_int_eq(in.djg[10], DJG_NO);	/* an escaped "no" */
	ck_assert_int_eq(in.has_lsns, 1);
	ck_assert_int_eq(in.lsns[1], 5);
	ck_assert_int_eq(in.lsns[2], LSNS_MISSING);
	ck_assert_int_eq(in.part.paid_work, PAID_SUPPORTED);
	ck_assert_int_eq(in.part.unpaid_work, 1);
	ck_assert_int_eq(in.part.organised_activity, -1);
	ck_assert_int_eq(in.part.contact_outside_home, -1);
	ck_assert_int_eq(in.contacts, CONTACTS_MIXED);
	ck_assert_int_eq(in.ladder, 0);
	ck_assert_int_eq(read_response("{\"djg\":null,\"lsns\":null,\"ladder\":6.0}",
	    &in, err, sizeof err), 0);
	ck_assert_int_eq(in.djg_n, 0);
	ck_assert_int_eq(in.has_lsns, 0);
	ck_assert_int_eq(in.ladder, 6);
	/* the last of duplicate keys counts, as in jansson */
	ck_assert_int_eq(read_response("{\"ladder\":9,\"ladder\":2}", &in, err,
	    sizeof err), 0);
	ck_assert_int_eq(in.ladder, 2);
}
END_TEST

START_TEST(errors)
{
	static const struct { const char *line, *err; } cases[] = {
		{ "{\"djg\":[1,2,3,1,2,3,1,2,3]}",
		    "djg: 9 items; the scale has 11, its short form 6" },
		{ "{\"djg\":[1,2,3,1,2,3,1,2,3,1,2,3]}",
		    "djg: 12 items; the scale has 11, its short form 6" },
		{ "{\"djg\":[1,2,3,0,2,3]}", "djg item 4: 0 is not an answer "
		    "(codes are 1 no, 2 more or less, 3 yes)" },
		{ "{\"djg\":[1,2,true,1,2,3]}", "djg item 3: true is not an "
		    "answer (codes are 1 no, 2 more or less, 3 yes)" },
		{ "{\"djg\":[\"yes\",\"yess\",1,1,1,1]}", "djg item 2: \"yess\" "
		    "is not an answer (yes, more or less, no; ja, min of meer, "
		    "nee; or 1, 2, 3)" },
		{ "{\"djg\":{}}", "djg: must be an array of 11 or 6 answers, "
		    "not {}" },
		{ "{\"lsns\":[1,2,7,1,1,1]}",
		    "lsns item 3: 7 is not a whole number from 0 to 5" },
		{ "{\"lsns\":[1,2,3,1,1,-1]}",
		    "lsns item 6: -1 is not a whole number from 0 to 5" },
		{ "{\"lsns\":[1,2,3,1,1,1,1]}", "lsns: 7 items; LSNS-6 has 6" },
		{ "{\"ladder\":7}", "ladder: 7 is not a step from 1 to 6" },
		{ "{\"ladder\":\"3\"}", "ladder: \"3\" is not a step from 1 to 6" },
		{ "{\"area\":12}", "area: 12 is not a string (the CBS code of "
		    "an area)" },
		{ "{\"area\":[\"BU99010101\"]}", "area: [\"BU99010101\"] is not "
		    "a string (the CBS code of an area)" },
		{ "{\"paid_work\":true}", "paid_work: true is not one of none, "
		    "supported, regular" },
		{ "{\"paid_work\":\"Regular\"}", "paid_work: \"Regular\" is not "
		    "one of none, supported, regular" },
		{ "{\"paid_work\":\"\"}", "paid_work: \"\" is not one of none, "
		    "supported, regular" },
		{ "{\"contact_outside_home\":1}", "contact_outside_home: must "
		    "be true, false or null, not 1" },
		{ "{\"contacts\":\"mostly own group\"}", "contacts: \"mostly own "
		    "group\" is not one of mostly-own-group, mixed, "
		    "mostly-other-groups" },
	};
	struct isolation_input in;
	char err[256];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		ck_assert_int_eq(read_response(cases[i].line, &in, err, sizeof err), -1);
		ck_assert_str_eq(err, cases[i].err);
	}
}
END_TEST

START_TEST(weights)
{
	double w;
	char err[256];

	jsonscan_record(&j, "{\"a\":1}", 7);
	ck_assert(response_weight(&j, "weight", &w, err, sizeof err) == 0 &&
	    w == 1);
	jsonscan_record(&j, "{\"weight\":1.21}", 15);
	ck_assert(response_weight(&j, "weight", &w, err, sizeof err) == 0 &&
	    w == 1.21);
	jsonscan_record(&j, "{\"weight\":0.0009}", 17);
	ck_assert_int_eq(response_weight(&j, "weight", &w, err, sizeof err),
	    -1);
	ck_assert_str_eq(err, "weight: 0.0009 is not a positive weight from "
	    "0.001 to 1000000");
	/* null is missing, which weighs 1 (samen-formats(5); issue 10) */
	jsonscan_record(&j, "{\"weight\":null}", 15);
	ck_assert(response_weight(&j, "weight", &w, err, sizeof err) == 0 &&
	    w == 1);
	jsonscan_free(&j);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("response");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, fields);
	tcase_add_test(tc, errors);
	tcase_add_test(tc, weights);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
