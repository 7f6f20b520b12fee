#include <stdio.h>
#include <string.h>

#include "core/jsonout.h"
#include "base/money.h"
#include "base/period.h"
#include "accounts/ledger.h"
#include "accounts/report.h"

const char *const rf_questions[5] = { "value", "pride", "accounts",
	"adjusts", "agreement" };

const json_t *
rf_get(const json_t *o, const char *a, const char *b)
{
	const json_t *v = json_object_get(o, a);

	if (v != NULL && b != NULL)
		v = json_object_get(v, b);
	return v;
}

int64_t
rf_cents(const json_t *v)
{
	int64_t c;
	const char *why;

	if (v == NULL || money_from_json(v, &c, &why) != 0)
		return 0;
	return c;
}

int64_t
rf_hundredths(const json_t *v)
{
	return rf_cents(v);
}

const char *
rf_name(const json_t *acct)
{
	const json_t *n = json_object_get(acct, "name");

	if (json_is_string(n))
		return json_string_value(n);
	n = json_object_get(acct, "initiative");
	return json_is_string(n) ? json_string_value(n) : "?";
}

char *
rf_period(const json_t *acct, enum lang l, char buf[LANG_BUF])
{
	const json_t *p = json_object_get(acct, "period");
	const char *s = json_is_string(p) ? json_string_value(p) : "";
	const char *why;
	int month, y;

	if (strlen(s) == 4 && sscanf(s, "%4d", &y) == 1)
		return lang_period(l, PERIOD_YEAR, y * 12, buf);
	if (strlen(s) == 7 && s[5] == 'Q' && sscanf(s, "%4d", &y) == 1 &&
	    s[6] >= '1' && s[6] <= '4')
		return lang_period(l, PERIOD_QUARTER, y * 12 + (s[6] - '1') * 3,
		    buf);
	if (month_parse(s, &month, &why) == 0)
		return lang_period(l, PERIOD_MONTH, month, buf);
	snprintf(buf, LANG_BUF, "%s", s);
	return buf;
}

enum lang_word
rf_question_name(int i)
{
	return (enum lang_word)(W_Q_VALUE + i);
}

enum lang_word
rf_question_text(int i)
{
	return (enum lang_word)(W_QQ_VALUE + i);
}

enum lang_word
rf_verdict_word(const char *v)
{
	if (v != NULL && strcmp(v, "pass") == 0)
		return W_PASS;
	if (v != NULL && strcmp(v, "fail") == 0)
		return W_FAIL;
	return W_UNKNOWN;
}

const char *
rf_goal_name(const json_t *g)
{
	const json_t *label = json_object_get(g, "label");

	if (json_is_string(label) && json_string_length(label) > 0)
		return json_string_value(label);
	label = json_object_get(g, "goal");
	return json_is_string(label) ? json_string_value(label) : "?";
}

const char *
rf_goal_unit(const json_t *g)
{
	const json_t *unit = json_object_get(g, "unit");

	return json_is_string(unit) ? json_string_value(unit) : "";
}

const char *
rf_met_word(const json_t *g, enum lang l)
{
	const json_t *met = json_object_get(g, "met");

	if (json_is_true(met))
		return lang_word(l, W_YES);
	if (json_is_false(met))
		return lang_word(l, W_NO);
	if (json_integer_value(json_object_get(g, "results")) == 0)
		return lang_word(l, W_NO_RESULT);
	return lang_word(l, W_NOT_YET);
}

void
rf_means_rows(const json_t *m, enum lang l, rf_row_fn *row, void *ctx)
{
	int64_t v;
	int i;

	row(ctx, l, lang_word(l, W_INCOME), rf_cents(rf_get(m, "income",
	    NULL)), 1);
	for (i = 0; i < LEDGER_NSOURCES; i++)
		if ((v = rf_cents(rf_get(m, "by_source", ledger_sources[i]))))
			row(ctx, l, lang_word(l, W_SRC_MUNICIPALITY + i), v, 0);
	row(ctx, l, lang_word(l, W_EXPENSES), rf_cents(rf_get(m, "expenses",
	    NULL)), 1);
	for (i = 0; i < LEDGER_NCATEGORIES; i++)
		if ((v = rf_cents(rf_get(m, "by_category",
		    ledger_categories[i]))))
			row(ctx, l, lang_word(l, W_CAT_ACCOMMODATION + i), v, 0);
	row(ctx, l, lang_word(l, W_BALANCE), rf_cents(rf_get(m, "balance",
	    NULL)), 1);
}

char *
rf_reach(const json_t *acct, enum lang l, char *buf, size_t size)
{
	const json_t *reach = json_object_get(acct, "reach");
	char d[LANG_BUF];

	if (!json_is_object(reach)) {
		snprintf(buf, size, "%s", lang_word(l, W_NO_REACH));
		return buf;
	}
	snprintf(buf, size, "%lld %s (%s)", (long long)json_integer_value(
	    json_object_get(reach, "participants")), lang_word(l,
	    W_PARTICIPANTS), lang_date_str(l, json_string_value(
	    json_object_get(reach, "date")), d));
	return buf;
}

void
rf_hours_rows(const json_t *m, enum lang l, rf_hours_fn *row, void *ctx)
{
	const json_t *h = rf_get(m, "hours", NULL);
	int64_t v;
	int i;

	for (i = 0; i < LEDGER_NBY; i++)
		if ((v = rf_hundredths(rf_get(h, ledger_by[i], NULL))))
			row(ctx, l, lang_word(l, W_BY_VOLUNTEER + i), v);
}
