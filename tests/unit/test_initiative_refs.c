#include "core/err.h"
#include "registry/initiative_refs.h"
#include "unit.h"

/* Each id named but never defined is unknown once, at its first line,
 * with how many lines named it and the closest defined id. */
START_TEST(unknown_once)
{
	struct initiative_refs r;
	char msg[512];
	size_t i, n = 0;

	memset(&r, 0, sizeof r);
	initiative_refs_use(&r, "koffie-uurtje-oude-kren", "l.jsonl", 4);
	initiative_refs_use(&r, "zorgcoop-sprang", "l.jsonl", 5);
	initiative_refs_use(&r, "koffie-uurtje-oude-kren", "m.jsonl", 9);
	initiative_refs_use(&r, "qqq", "m.jsonl", 10);
	/* nothing is unknown before an initiative record is seen */
	for (i = 0; i < r.n; i++)
		ck_assert_int_eq(initiative_refs_unknown(&r, i, msg,
		    sizeof msg), 0);
	/* a definition after the use counts the same */
	initiative_refs_define(&r, "zorgcoop-sprang");
	initiative_refs_define(&r, "koffie-uurtje-oude-kern");
	initiative_refs_define(&r, "koffie-uurtje-oude-kern");
	ck_assert_uint_eq(r.ndefined, 2);
	for (i = 0; i < r.n; i++) {
		if (!initiative_refs_unknown(&r, i, msg, sizeof msg))
			continue;
		if (n++ == 0)
			ck_assert_str_eq(msg, "l.jsonl:4: initiative "
			    "'koffie-uurtje-oude-kren' is in no initiative "
			    "record (did you mean 'koffie-uurtje-oude-kern'?); "
			    "2 lines name it, this the first");
		else
			ck_assert_str_eq(msg, "m.jsonl:10: initiative 'qqq' "
			    "is in no initiative record");
	}
	ck_assert_uint_eq(n, 2);
	initiative_refs_free(&r);
	ck_assert_uint_eq(r.n, 0);
}
END_TEST

/* An id of the command line is checked against the ids records used,
 * not those only an initiative record has. */
START_TEST(used)
{
	struct initiative_refs r;
	char msg[512];

	memset(&r, 0, sizeof r);
	initiative_refs_define(&r, "registered-only");
	initiative_refs_use(&r, "buurtkamer-noord", "l.jsonl", 1);
	ck_assert(initiative_refs_used(&r, "buurtkamer-noord"));
	ck_assert(!initiative_refs_used(&r, "registered-only"));
	ck_assert(!initiative_refs_used(&r, "nobody"));
	ck_assert_int_eq(initiative_refs_suggest_used(&r, "buurtkamer-nord",
	    msg, sizeof msg), -1);
	ck_assert_str_eq(msg, "unknown initiative (did you mean "
	    "'buurtkamer-noord'?)");
	initiative_refs_free(&r);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("initiative_refs");
	TCase *t = tcase_create("initiative_refs");

	tcase_add_test(t, unknown_once);
	tcase_add_test(t, used);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
