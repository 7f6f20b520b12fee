#include <string.h>

#include "core/err.h"
#include "survey/isolation.h"

const char *const isolation_indicator_names[IND_COUNT] = {
	"lonely", "severely_lonely", "emotionally_lonely", "socially_lonely",
	"societal", "group", "individual", "any_form", "lsns_at_risk",
	"ladder_1", "ladder_2", "ladder_3", "ladder_4", "ladder_5", "ladder_6"
};

const char *const contacts_names[CONTACTS_COUNT] = {
	"mostly-own-group", "mixed", "mostly-other-groups"
};

/* Three-valued and: false wins, then unknown. */
static int
and3(int a, int b)
{
	if (a == 0 || b == 0)
		return 0;
	return a < 0 || b < 0 ? -1 : 1;
}

/* Three-valued or: true wins, then unknown. */
static int
or3(int a, int b)
{
	if (a == 1 || b == 1)
		return 1;
	return a < 0 || b < 0 ? -1 : 0;
}

static int
at_least(enum djg_level l, enum djg_level from)
{
	return l == DJG_UNKNOWN ? -1 : l >= from;
}

static int
individual(const struct isolation_config *c, const struct isolation_result *r)
{
	int conds[COND_COUNT], i, v = 1;
	enum djg_level l = r->has_djg ? r->djg.level : DJG_UNKNOWN;

	conds[0] = r->has_djg ? r->djg.emotionally_lonely : -1;
	conds[1] = r->has_djg ? r->djg.socially_lonely : -1;
	conds[2] = at_least(l, DJG_MODERATE);
	conds[3] = at_least(l, DJG_SEVERE);
	conds[4] = r->has_lsns ? r->lsns.at_risk : -1;
	for (i = 0; i < (int)COND_COUNT; i++)
		if (c->individual & (1u << i))
			v = and3(v, conds[i]);
	return v;
}

void
isolation_evaluate(const struct isolation_config *c,
    const struct isolation_input *in, struct isolation_result *r)
{
	static const int order[FORM_COUNT] = { FORM_INDIVIDUAL, FORM_GROUP,
	    FORM_SOCIETAL };
	int i;

	memset(r, 0, sizeof *r);
	r->has_djg = in->djg_n != 0;
	if (r->has_djg)
		djg_score(in->djg, in->djg_n, c->djg, &r->djg);
	r->has_lsns = in->has_lsns;
	if (r->has_lsns)
		lsns_score(in->lsns, c->lsns_at_risk_below, &r->lsns);
	r->ladder = in->ladder ? in->ladder : ladder_step(&in->part);
	r->form[FORM_SOCIETAL] = r->ladder == 0 ? -1 :
	    r->ladder <= c->societal_max_step;
	r->form[FORM_GROUP] = in->contacts == CONTACTS_UNKNOWN ? -1 :
	    (int)((c->group_contacts >> in->contacts) & 1);
	r->form[FORM_INDIVIDUAL] = individual(c, r);
	r->any_form = or3(or3(r->form[FORM_SOCIETAL], r->form[FORM_GROUP]),
	    r->form[FORM_INDIVIDUAL]);
	r->primary = -1;
	for (i = 0; i < FORM_COUNT && r->form[order[i]] == 0; i++)
		;
	if (i < FORM_COUNT && r->form[order[i]] == 1)
		r->primary = order[i];
	if (!r->has_djg || r->djg.level == DJG_UNKNOWN)
		r->severity = SEVERITY_UNKNOWN;
	else if (r->djg.level >= DJG_SEVERE)
		r->severity = SEVERITY_SEVERE;
	else if (r->djg.level == DJG_MODERATE)
		r->severity = SEVERITY_PERSISTENT;
	else
		r->severity = SEVERITY_NONE;
}

void
isolation_indicators(const struct isolation_result *r, int out[IND_COUNT])
{
	enum djg_level l = r->has_djg ? r->djg.level : DJG_UNKNOWN;
	int i;

	out[IND_LONELY] = at_least(l, DJG_MODERATE);
	out[IND_SEVERELY_LONELY] = at_least(l, DJG_SEVERE);
	out[IND_EMOTIONALLY_LONELY] = r->has_djg ? r->djg.emotionally_lonely :
	    -1;
	out[IND_SOCIALLY_LONELY] = r->has_djg ? r->djg.socially_lonely : -1;
	out[IND_SOCIETAL] = r->form[FORM_SOCIETAL];
	out[IND_GROUP] = r->form[FORM_GROUP];
	out[IND_INDIVIDUAL] = r->form[FORM_INDIVIDUAL];
	out[IND_ANY_FORM] = r->any_form;
	out[IND_LSNS_AT_RISK] = r->has_lsns ? r->lsns.at_risk : -1;
	for (i = 0; i < 6; i++)
		out[IND_LADDER_1 + i] = r->ladder == 0 ? -1 : r->ladder == i + 1;
}

/* A tiny writer: every value here is a small integer, a boolean, null or
 * a fixed word, so no escaping or float formatting is needed. */
struct w {
	char *p;
};

static void
put(struct w *w, const char *s)
{
	size_t n = strlen(s);

	memcpy(w->p, s, n);
	w->p += n;
}

static void
put_int(struct w *w, int v)
{
	if (v < 0) {
		put(w, "null");
		return;
	}
	if (v >= 10)
		*w->p++ = (char)('0' + v / 10);
	*w->p++ = (char)('0' + v % 10);
}

static void
put_bool(struct w *w, int v)
{
	put(w, v < 0 ? "null" : v ? "true" : "false");
}

static void
put_word(struct w *w, const char *s)
{
	if (s == NULL) {
		put(w, "null");
		return;
	}
	*w->p++ = '"';
	put(w, s);
	*w->p++ = '"';
}

static void
put_djg(struct w *w, const struct isolation_result *r)
{
	const struct djg_score *d = &r->djg;

	if (!r->has_djg) {
		put(w, "null");
		return;
	}
	put(w, "{\"items\":");
	put_int(w, d->items);
	put(w, ",\"score\":");
	put_int(w, d->score);
	put(w, ",\"emotional\":");
	put_int(w, d->emotional);
	put(w, ",\"social\":");
	put_int(w, d->social);
	put(w, ",\"missing\":");
	put_int(w, d->missing);
	put(w, ",\"level\":");
	put_word(w, djg_level_name(d->level));
	put(w, "}");
}

static void
put_lsns(struct w *w, const struct isolation_result *r)
{
	if (!r->has_lsns) {
		put(w, "null");
		return;
	}
	put(w, "{\"score\":");
	put_int(w, r->lsns.score);
	put(w, ",\"family\":");
	put_int(w, r->lsns.family);
	put(w, ",\"friends\":");
	put_int(w, r->lsns.friends);
	put(w, ",\"at_risk\":");
	put_bool(w, r->lsns.at_risk);
	put(w, "}");
}

size_t
isolation_json(const struct isolation_result *r, char buf[ISOLATION_JSON_MAX])
{
	static const char *const severities[] = { "none", "persistent",
	    "severe" };
	struct w w = { buf };

	put(&w, "{\"djg\":");
	put_djg(&w, r);
	put(&w, ",\"emotionally_lonely\":");
	put_bool(&w, r->has_djg ? r->djg.emotionally_lonely : -1);
	put(&w, ",\"socially_lonely\":");
	put_bool(&w, r->has_djg ? r->djg.socially_lonely : -1);
	put(&w, ",\"lsns\":");
	put_lsns(&w, r);
	put(&w, ",\"ladder\":");
	put_int(&w, r->ladder ? r->ladder : -1);
	put(&w, ",\"forms\":{\"societal\":");
	put_bool(&w, r->form[FORM_SOCIETAL]);
	put(&w, ",\"group\":");
	put_bool(&w, r->form[FORM_GROUP]);
	put(&w, ",\"individual\":");
	put_bool(&w, r->form[FORM_INDIVIDUAL]);
	put(&w, "},\"any_form\":");
	put_bool(&w, r->any_form);
	put(&w, ",\"primary\":");
	put_word(&w, r->primary < 0 ? NULL :
	    isolation_form_name((enum isolation_form)r->primary));
	put(&w, ",\"severity\":");
	put_word(&w, r->severity < 0 ? NULL : severities[r->severity]);
	put(&w, ",\"response\":");
	put_word(&w, r->primary < 0 ? NULL :
	    isolation_form_response((enum isolation_form)r->primary));
	put(&w, "}");
	*w.p = '\0';
	return (size_t)(w.p - buf);
}
