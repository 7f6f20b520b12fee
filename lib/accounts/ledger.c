#include <math.h>
#include <stdio.h>
#include <string.h>

#include "accounts/ledger.h"
#include "base/money.h"
#include "core/err.h"
#include "core/jsonval.h"
#include "core/suggest.h"

static const char *const kinds[LEDGER_NKINDS] = { "income", "expense",
	"hours", "reach", "goal", "result", "meeting", "adjustment" };
const char *const ledger_sources[LEDGER_NSOURCES] = { "municipality",
	"fund", "members", "donations", "sales", "other" };
const char *const ledger_categories[LEDGER_NCATEGORIES] = {
	"accommodation", "activities", "staff", "materials", "other" };
const char *const ledger_by[LEDGER_NBY] = { "volunteer", "member",
	"professional" };

/* The index of s in the list of n names, or -1. */
static int
lookup(const char *const *names, int n, const char *s)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(names[i], s) == 0)
			return i;
	return -1;
}

/* "source 'fnd': unknown source (did you mean 'fund'?)"; returns -1. */
static int
unknown(char *err, size_t errsize, const char *key, const char *what,
    const char *s, const char *const *names, int n)
{
	char why[256];

	suggest_unknown(why, sizeof why, what, s, names, (size_t)n);
	return errorf(err, errsize, "%s '%s': %s", key, s, why);
}

static const char *
string_field(const json_t *rec, const char *key, char *err, size_t errsize,
    int required)
{
	const json_t *v = json_object_get(rec, key);

	if (json_absent(v)) {
		if (required)
			errorf(err, errsize, "%s: missing", key);
		return NULL;
	}
	if (!json_is_string(v) || json_string_length(v) == 0 ||
	    strlen(json_string_value(v)) != json_string_length(v)) {
		errorf(err, errsize, "%s: not a non-empty string", key);
		return NULL;
	}
	return json_string_value(v);
}

static int
name_field(const json_t *rec, const char *key, const char *const *names,
    int n, int dflt, int *out, char *err, size_t errsize)
{
	const json_t *v = json_object_get(rec, key);
	const char *s;

	*err = '\0';
	if (json_absent(v)) {
		*out = dflt;
		if (dflt < 0) {
			return errorf(err, errsize, "%s: missing", key);
		}
		return 0;
	}
	if ((s = string_field(rec, key, err, errsize, 1)) == NULL)
		return -1;
	if ((*out = lookup(names, n, s)) < 0)
		return unknown(err, errsize, key, key, s, names, n);
	return 0;
}

/* Exact hundredths (money's rules), never negative. */
static int
quantity(const json_t *rec, const char *key, int64_t max, int64_t *out,
    char *err, size_t errsize)
{
	const json_t *v = json_object_get(rec, key);
	const char *why;

	if (json_absent(v)) {
		return errorf(err, errsize, "%s: missing", key);
	}
	if (money_from_json(v, out, &why) != 0) {
		return errorf(err, errsize, "%s: %s", key, why);
	}
	if (*out < 0) {
		return errorf(err, errsize, "%s: negative amounts are not allowed "
		    "(record a %s instead)", key,
		    strcmp(key, "amount") == 0 ? "separate event" : "zero");
	}
	if (*out > max) {
		return errorf(err, errsize, "%s: is too large", key);
	}
	return 0;
}

/* A whole number >= 0; absent gives dflt (or an error when dflt < -1). */
static int
count_field(const json_t *rec, const char *key, long dflt, long *out,
    char *err, size_t errsize)
{
	const json_t *v = json_object_get(rec, key);
	double d;

	if (json_absent(v)) {
		if (dflt < -1) {
			return errorf(err, errsize, "%s: missing", key);
		}
		*out = dflt;
		return 0;
	}
	if (json_is_integer(v) && json_integer_value(v) >= 0 &&
	    json_integer_value(v) <= 1000000000) {
		*out = (long)json_integer_value(v);
		return 0;
	}
	d = json_is_real(v) ? json_real_value(v) : -1;
	if (d >= 0 && d <= 1e9 && d == floor(d)) {
		*out = (long)d;
		return 0;
	}
	return errorf(err, errsize, "%s: not a whole number from 0 to "
	    "1000000000", key);
}

static int
bool_field(const json_t *rec, const char *key, int dflt, int *out,
    char *err, size_t errsize)
{
	const json_t *v = json_object_get(rec, key);

	if (json_absent(v)) {
		*out = dflt;
		return 0;
	}
	if (!json_is_boolean(v)) {
		return errorf(err, errsize, "%s: not true or false", key);
	}
	*out = json_is_true(v);
	return 0;
}

/* A name given per language: {"en":"repairs","nl":"reparaties"}, one
 * language or both; 0, or -1 with a message in err. */
static int
per_language(const json_t *v, const char *key, char *err, size_t errsize)
{
	const char *lang;
	const json_t *s;

	if (!json_is_object(v) || json_object_size(v) == 0)
		return errorf(err, errsize, "%s: not an object of names by "
		    "language, such as {\"en\":\"repairs\",\"nl\":"
		    "\"reparaties\"}", key);
	json_object_foreach((json_t *)v, lang, s) {
		if (strcmp(lang, "en") != 0 && strcmp(lang, "nl") != 0)
			return errorf(err, errsize, "%s: language '%s': not en "
			    "or nl", key, lang);
		if (!json_is_string(s) || json_string_length(s) == 0 ||
		    strlen(json_string_value(s)) != json_string_length(s))
			return errorf(err, errsize, "%s.%s: not a non-empty "
			    "string", key, lang);
	}
	return 0;
}

/* The goal's label, and its unit when that is given per language; 0 or
 * -1 with a message in err. */
static int
goal_words(const json_t *rec, struct ledger_event *ev, char *err,
    size_t errsize)
{
	const json_t *label = json_object_get(rec, "label");
	const json_t *unit = json_object_get(rec, "unit");

	if (!json_absent(label)) {
		if (per_language(label, "label", err, errsize) != 0)
			return -1;
		ev->label = label;
	}
	if (json_is_object(unit)) {
		if (per_language(unit, "unit", err, errsize) != 0)
			return -1;
		ev->unit_lang = unit;
	}
	return 0;
}

static int
parse_goal(const json_t *rec, struct ledger_event *ev, char *err,
    size_t errsize)
{
	const json_t *per = json_object_get(rec, "per");
	const char *unit = NULL;

	if (quantity(rec, "target", LEDGER_QUANTITY_MAX, &ev->target, err,
	    errsize))
		return -1;
	ev->per = PERIOD_MONTH;
	if (!json_absent(per) && (!json_is_string(per) ||
	    period_kind_parse(json_string_value(per), &ev->per) != 0)) {
		return errorf(err, errsize, "per: not month, quarter or year");
	}
	*err = '\0';
	if (!json_is_object(json_object_get(rec, "unit")))
		unit = string_field(rec, "unit", err, errsize, 0);
	if (*err != '\0')
		return -1;
	ev->unit = unit != NULL ? unit : "";
	return goal_words(rec, ev, err, errsize);
}

static int
parse_meeting(const json_t *rec, struct ledger_event *ev, char *err,
    size_t errsize)
{
	return count_field(rec, "members", -1, &ev->members, err, errsize) ||
	    count_field(rec, "attendees", -1, &ev->attendees, err, errsize) ||
	    bool_field(rec, "accounts_approved", 0, &ev->accounts_approved,
	    err, errsize) ||
	    bool_field(rec, "plan_agreed", -1, &ev->plan_agreed, err, errsize);
}

/* Amounts are euros; a ledger that says otherwise is not added up. */
static int
euro(const json_t *rec, char *err, size_t errsize)
{
	const json_t *c = json_object_get(rec, "currency");

	if (json_absent(c) || (json_is_string(c) &&
	    (strcmp(json_string_value(c), "EUR") == 0 ||
	    strcmp(json_string_value(c), "euro") == 0)))
		return 0;
	return errorf(err, errsize, "currency: only euros (EUR) are "
	    "accepted");
}

static int
parse_kind(const json_t *rec, struct ledger_event *ev, char *err,
    size_t errsize)
{
	if ((ev->kind == LEDGER_INCOME || ev->kind == LEDGER_EXPENSE) &&
	    euro(rec, err, errsize) != 0)
		return -1;
	switch (ev->kind) {
	case LEDGER_INCOME:
		return quantity(rec, "amount", INT64_MAX, &ev->amount, err,
		    errsize) || name_field(rec, "source", ledger_sources,
		    LEDGER_NSOURCES, SRC_OTHER, &ev->source, err, errsize);
	case LEDGER_EXPENSE:
		return quantity(rec, "amount", INT64_MAX, &ev->amount, err,
		    errsize) || name_field(rec, "category", ledger_categories,
		    LEDGER_NCATEGORIES, CAT_OTHER, &ev->category, err, errsize);
	case LEDGER_HOURS:
		return quantity(rec, "hours", LEDGER_QUANTITY_MAX, &ev->hours,
		    err, errsize) || name_field(rec, "by", ledger_by,
		    LEDGER_NBY, -1, &ev->by, err, errsize);
	case LEDGER_REACH:
		return count_field(rec, "participants", -2,
		    &ev->participants, err, errsize);
	case LEDGER_GOAL:
		return parse_goal(rec, ev, err, errsize);
	case LEDGER_RESULT:
		return quantity(rec, "value", LEDGER_QUANTITY_MAX, &ev->value,
		    err, errsize);
	case LEDGER_MEETING:
		return parse_meeting(rec, ev, err, errsize);
	default:
		return 0;
	}
}

int
ledger_parse(const json_t *rec, struct ledger_event *ev, char *err,
    size_t errsize)
{
	const char *s, *why;
	int kind;

	memset(ev, 0, sizeof *ev);
	ev->members = ev->attendees = -1;
	ev->plan_agreed = -1;
	*err = '\0';
	if ((ev->initiative = string_field(rec, "initiative", err, errsize,
	    1)) == NULL)
		return -1;
	if ((s = string_field(rec, "event", err, errsize, 1)) == NULL)
		return -1;
	if ((kind = lookup(kinds, LEDGER_NKINDS, s)) < 0)
		return unknown(err, errsize, "event", "event kind", s, kinds,
		    LEDGER_NKINDS);
	ev->kind = (enum ledger_kind)kind;
	if ((s = string_field(rec, "date", err, errsize, 1)) == NULL)
		return -1;
	if (date_parse(s, strlen(s), &ev->date, &why) != 0) {
		return errorf(err, errsize, "date: '%s' %s", s, why);
	}
	if (kind == LEDGER_GOAL || kind == LEDGER_RESULT ||
	    kind == LEDGER_ADJUSTMENT) {
		ev->goal = string_field(rec, "goal", err, errsize,
		    kind != LEDGER_ADJUSTMENT);
		if (*err != '\0')
			return -1;
	}
	return parse_kind(rec, ev, err, errsize);
}
