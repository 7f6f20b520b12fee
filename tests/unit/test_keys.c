#include <jansson.h>

#include "core/keys.h"
#include "unit.h"

static const char *const keys[] = { "name", "areas", "capacity", NULL };
static const struct key_in_dutch dutch[] = {
	{ "naam", "name" }, { "gebied", "areas" }, { "vorm", "form" },
};

/* keys_known on the JSON object text: its return, and err. */
static int
check(const char *text, char *err, size_t size)
{
	json_t *o = json_loads(text, 0, NULL);
	int r;

	ck_assert_ptr_nonnull(o);
	err[0] = '\0';
	r = keys_known(o, keys, dutch, 3, err, size);
	json_decref(o);
	return r;
}

/* Known keys pass; a misspelt one gets the nearest, a Dutch one the
 * English key it means, but only when that key is one of keys. */
START_TEST(known)
{
	char err[256];

	ck_assert_int_eq(check("{\"name\":1,\"capacity\":2}", err,
	    sizeof err), 0);
	ck_assert_int_eq(check("{}", err, sizeof err), 0);
	ck_assert_int_eq(check("{\"name\":1,\"capacty\":2}", err,
	    sizeof err), -1);
	ck_assert_str_eq(err, "capacty: unknown key (did you mean "
	    "'capacity'?)");
	ck_assert_int_eq(check("{\"gebied\":[]}", err, sizeof err), -1);
	ck_assert_str_eq(err, "gebied: unknown key (did you mean 'areas'?)");
	/* "form" is not a key here: no hint from the table */
	ck_assert_int_eq(check("{\"vorm\":1}", err, sizeof err), -1);
	ck_assert_str_ne(err, "vorm: unknown key (did you mean 'form'?)");
	ck_assert_int_eq(check("{\"naam\":1}", err, sizeof err), -1);
	ck_assert_str_eq(err, "naam: unknown key (did you mean 'name'?)");
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("keys");
	TCase *t = tcase_create("keys");

	tcase_add_test(t, known);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
