#include <stdint.h>
#include <string.h>

#include "accounts/book.h"
#include "core/err.h"
#include "core/jsonout.h"
#include "accounts/ledger.h"
#include "unit.h"

/* Adds a ledger line; returns what book_add_event returned. */
static int
add(struct book *b, const char *text, char *err)
{
	struct ledger_event ev;
	json_error_t e;
	json_t *j = json_loads(text, 0, &e);
	int rc;

	ck_assert_ptr_nonnull(j);
	ck_assert_int_eq(ledger_parse(j, &ev, err, 256), 0);
	rc = book_add_event(b, &ev, "t.jsonl", 1, text, strlen(text), err,
	    256);
	json_decref(j);
	return rc;
}

#define L(ini, date, rest) "{\"initiative\":\"" ini "\",\"date\":\"" date \
	"\"," rest "}"

static const char *const lines[] = {
	L("b", "2026-03-15", "\"event\":\"meeting\",\"attendees\":5,"
	    "\"accounts_approved\":true,\"plan_agreed\":false"),
	L("a", "2026-10-03", "\"event\":\"income\",\"amount\":\"1250.00\","
	    "\"source\":\"municipality\""),
	L("a", "2026-01-01", "\"event\":\"goal\",\"goal\":\"meals\","
	    "\"target\":40"),
	L("a", "2026-10-31", "\"event\":\"result\",\"goal\":\"meals\","
	    "\"value\":36"),
	L("a", "2026-10-04", "\"event\":\"expense\",\"amount\":\"80.50\","
	    "\"category\":\"accommodation\""),
	L("b", "2026-03-15", "\"event\":\"meeting\",\"attendees\":7,"
	    "\"plan_agreed\":true"),
	L("a", "2026-08-05", "\"event\":\"hours\",\"hours\":12.5,"
	    "\"by\":\"volunteer\""),
	L("a", "2026-10-20", "\"event\":\"reach\",\"participants\":30"),
	L("a", "2026-10-31", "\"event\":\"reach\",\"participants\":34"),
	L("a", "2026-10-31", "\"event\":\"reach\",\"participants\":33"),
};
#define NLINES (sizeof lines / sizeof lines[0])

static char *
dump(const struct book *b)
{
	struct book_entry **v = book_sorted(b);
	json_t *a = json_array();
	char *s;
	size_t i;

	for (i = 0; i < b->n; i++)
		json_array_append_new(a, book_partial(v[i]));
	s = jsonout_string(a);
	json_decref(a);
	free(v);
	return s;
}

START_TEST(buckets)
{
	struct book b;
	const struct acct_month *m;
	struct book_entry *a;
	char err[256];
	size_t i;

	book_init(&b);
	for (i = 0; i < NLINES; i++)
		ck_assert_int_eq(add(&b, lines[i], err), 0);
	a = book_find(&b, "a");
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(a->lo, 2026 * 12 + 7);	/* August: the hours */
	ck_assert_int_eq(a->n, 3);
	m = book_month_at(a, 2026 * 12 + 9);
	ck_assert(m->income[SRC_MUNICIPALITY] == 125000);
	ck_assert(m->expense[CAT_ACCOMMODATION] == 8050);
	/* the latest reach, and of one day the highest */
	ck_assert_int_eq(m->reach_day, 31);
	ck_assert_int_eq(m->reach, 34);
	ck_assert_ptr_null(book_month_at(a, 2026 * 12 + 10));
	m = book_month_at(book_find(&b, "b"), 2026 * 12 + 2);
	ck_assert_int_eq(m->meetings, 2);
	ck_assert_int_eq(m->attendees, 12);
	ck_assert_int_eq(m->plan_agreed, 1);	/* agreed at one that day */
	ck_assert_int_eq(m->accounts_day, 15);
	ck_assert_ptr_nonnull(goal_in_force(&a->goals[0], 2026 * 12));
	ck_assert_ptr_null(goal_in_force(&a->goals[0], 2025 * 12 + 11));
	book_free(&b);
}
END_TEST

/* Any split of the ledger, merged in any order, is the whole book. */
START_TEST(partial_merge)
{
	struct book whole, part[2], merged;
	char err[256], *s1, *s2;
	json_t *p;
	size_t i, cut, k, j;

	book_init(&whole);
	for (i = 0; i < NLINES; i++)
		add(&whole, lines[i], err);
	s1 = dump(&whole);
	for (cut = 0; cut <= NLINES; cut++) {
		book_init(&part[0]);
		book_init(&part[1]);
		for (i = 0; i < NLINES; i++)
			add(&part[i >= cut], lines[i], err);
		book_init(&merged);
		for (k = 0; k < 2; k++) {
			struct book *src = &part[(k + cut) % 2];

			for (j = 0; j < src->n; j++) {
				p = book_partial(src->e[j]);
				ck_assert_int_eq(book_merge_partial(&merged, p,
				    err, sizeof err), 0);
				json_decref(p);
			}
		}
		s2 = dump(&merged);
		ck_assert_str_eq(s1, s2);
		free(s2);
		book_free(&merged);
		book_free(&part[0]);
		book_free(&part[1]);
	}
	free(s1);
	book_free(&whole);
}
END_TEST

START_TEST(overflow)
{
	struct book b;
	char err[256];

	book_init(&b);
	ck_assert_int_eq(add(&b, L("a", "2026-01-01", "\"event\":\"income\","
	    "\"amount\":\"92233720368547758.07\""), err), 0);
	ck_assert_int_ne(add(&b, L("a", "2026-02-01", "\"event\":\"income\","
	    "\"amount\":\"0.01\""), err), 0);
	ck_assert_ptr_nonnull(strstr(err, "overflow"));
	/* refused whole: the month it would have gone into is not there */
	ck_assert_ptr_null(book_month_at(book_find(&b, "a"), 2026 * 12 + 1));
	ck_assert_int_eq(add(&b, L("a", "2026-02-01", "\"event\":\"expense\","
	    "\"amount\":\"0.01\""), err), 0);
	book_free(&b);
}
END_TEST

static int nheld;

static void
count_held(void *ctx, const struct book_entry *e, const struct goal *g,
    const struct pending_line *p)
{
	(void)ctx;
	(void)e;
	ck_assert_str_eq(g->id, "cups");
	ck_assert_int_eq(p->lineno, 1);
	nheld++;
}

START_TEST(goals_never_set)
{
	struct book b;
	char err[256];
	json_t *bad;

	book_init(&b);
	add(&b, L("a", "2026-02-01", "\"event\":\"result\",\"goal\":\"meals\","
	    "\"value\":3"), err);
	add(&b, L("a", "2026-02-01", "\"event\":\"result\",\"goal\":\"cups\","
	    "\"value\":3"), err);
	add(&b, L("a", "2026-02-03", "\"event\":\"adjustment\",\"goal\":"
	    "\"cups\""), err);
	/* set later in the input: the held line counts after all */
	add(&b, L("a", "2026-01-01", "\"event\":\"goal\",\"goal\":\"meals\","
	    "\"target\":3"), err);
	nheld = 0;
	book_unresolved(&b, count_held, NULL);
	ck_assert_int_eq(nheld, 2);
	bad = json_pack("{s:s,s:s,s:[]}", "initiative", "a", "first", "x",
	    "months");
	ck_assert_int_ne(book_merge_partial(&b, bad, err, sizeof err), 0);
	json_decref(bad);
	book_free(&b);
}
END_TEST

/* Goals are kept in the byte order of their ids, whatever order they
 * are first named in. */
START_TEST(goal_order)
{
	static const char *const ids[] = { "zorg", "boek", "Maaltijd", "boek",
	    "aa" };
	static const char *const want[] = { "Maaltijd", "aa", "boek", "zorg" };
	struct book_entry e;
	size_t i;

	book_entry_init(&e, "a");
	for (i = 0; i < NELEM(ids); i++)
		ck_assert_str_eq(book_entry_goal(&e, ids[i])->id, ids[i]);
	ck_assert_uint_eq(e.ngoals, NELEM(want));
	for (i = 0; i < NELEM(want); i++)
		ck_assert_str_eq(e.goals[i].id, want[i]);
	book_entry_free(&e);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("account");
	TCase *t = tcase_create("account");

	tcase_add_test(t, buckets);
	tcase_add_test(t, partial_merge);
	tcase_add_test(t, overflow);
	tcase_add_test(t, goals_never_set);
	tcase_add_test(t, goal_order);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
