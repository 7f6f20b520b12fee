/*
 * account-report: initiatives accounting to their participants for their
 * means, goals and results, per initiative and period.
 */
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

#include "accounts/book.h"
#include "base/area.h"
#include "accounts/account_report.h"
#include "accounts/accountability.h"
#include "core/err.h"
#include "base/lang.h"
#include "accounts/ledger.h"
#include "core/opt.h"
#include "core/out.h"
#include "base/period.h"
#include "accounts/report.h"
#include "core/stream.h"
#include "core/yamlload.h"
#include "registry/initiative.h"
#include "registry/initiative_refs.h"

enum format { F_JSONL, F_TEXT, F_MARKDOWN, F_HTML };

static const char *const formats[] = { "jsonl", "text|tekst", "markdown",
	"html", NULL };

static struct stream s;
static const char *month_arg, *from_arg, *to_arg, *config_arg, *date_arg;
static int period_arg, format_arg = F_JSONL, lang_arg = LANG_EN;
static struct strlist only;
static int partial, merge;
static struct initiative_refs refs;	/* for the unknown-id warnings */

static const struct opt options[] = {
	OPT_CHOICE(0, "period", &period_arg, "KIND", period_kind_words,
	    "the period of each report; month is the default"),
	OPT_STRING(0, "month", &month_arg, "YYYY-MM",
	    "report that month only; 'last' is the last whole month"),
	OPT_STRING(0, "from", &from_arg, "DATE",
	    "report the periods that end on or after DATE"),
	OPT_STRING(0, "to", &to_arg, "DATE",
	    "report the periods that start on or before DATE"),
	OPT_LIST(0, "initiative", &only, "ID",
	    "report this initiative only (repeatable)"),
	OPT_CHOICE(0, "format", &format_arg, "FORMAT", formats,
	    "how to write the accounts; jsonl is the default"),
	OPT_LANG(&lang_arg, "reasons and reports"),
	OPT_STRING(0, "date", &date_arg, "DATE",
	    "the day the report is made, YYYY-MM-DD (default: today)"),
	OPT_STRING(0, "config", &config_arg, "FILE",
	    "thresholds of the five questions, from YAML"),
	STREAM_SPLIT_OPTIONS(&partial, &merge, "account_partial", "accounts"),
	STREAM_OPTIONS(&s),
	OPT_END
};

static const struct cmd cmd = { "account-report", "[file ...]",
	"accounts of initiatives to their participants, per period", options };

struct run {
	enum period_kind kind;
	int lo, hi;		/* the months to report */
	enum format format;
	enum lang lang;
	struct acc_config config;
	char made[DATE_STR_MAX];	/* --date, or today */
	char *municipality;		/* from an area record, or NULL */
};

/* "YYYY-MM-DD" or "YYYY-MM" as a month. */
static int
month_arg_parse(const char *opt, const char *arg)
{
	struct date d;
	const char *why;
	int month;

	if (strlen(arg) == 7) {
		if (month_parse(arg, &month, &why) != 0)
			opt_usage_error("--%s '%s': %s", opt, arg, why);
		return month;
	}
	if (date_parse(arg, strlen(arg), &d, &why) != 0)
		opt_usage_error("--%s '%s': %s", opt, arg, why);
	return month_of(d);
}

static int
apply_config(void *ctx, const json_t *doc, char *err, size_t errsize)
{
	return acc_config_load(ctx, doc, err, errsize);
}

/* The months to report, from --month, --from and --to; the day the
 * report is made, from --date or today, which --month last is before. */
static void
setup_months(struct run *r)
{
	struct date today;

	r->lo = 0;
	r->hi = REPORT_OPEN;
	date_option(date_arg, &today);
	date_format(today, r->made);
	if (month_arg != NULL) {
		if (r->kind != PERIOD_MONTH)
			opt_usage_error("--month needs --period month");
		if (from_arg || to_arg)
			opt_usage_error("--month and --from/--to do not go "
			    "together");
		if (strcmp(month_arg, "last") == 0)
			r->lo = r->hi = month_of(today) - 1;
		else
			r->lo = r->hi = month_arg_parse("month", month_arg);
	}
	if (from_arg)
		r->lo = month_arg_parse("from", from_arg);
	if (to_arg)
		r->hi = month_arg_parse("to", to_arg);
	if (r->lo > r->hi)
		opt_usage_error("--from lies after --to");
}

static void
setup(struct run *r)
{
	memset(r, 0, sizeof *r);
	r->kind = period_kind_by_word[period_arg];
	r->format = (enum format)format_arg;
	r->lang = (enum lang)lang_arg;
	if (partial && r->format != F_JSONL)
		opt_usage_error("--partial writes jsonl only");
	setup_months(r);
	acc_config_default(&r->config);
	if (config_arg != NULL)
		yaml_load_config(config_arg, apply_config, &r->config);
}

static int
selected(const char *id)
{
	size_t i;

	if (only.n == 0)
		return 1;
	for (i = 0; i < only.n; i++)
		if (strcmp(only.item[i], id) == 0)
			return 1;
	return 0;
}

/* An initiative record, checked as initiative-add checks it, gives the
 * book its name and ownership; 0, or -1 with the reason in err. */
static int
read_initiative(struct book *b, const json_t *rec, char *err, size_t errsize)
{
	json_t *ok = initiative_normalise(rec, err, errsize);

	if (ok == NULL)
		return -1;
	initiative_refs_define(&refs, json_string_value(json_object_get(ok,
	    "id")));
	book_add_initiative(b, ok);
	json_decref(ok);
	return 0;
}

/* The name of the municipality, from an area record of one (GM9901). */
static void
note_municipality(struct run *r, const json_t *rec)
{
	const json_t *code = json_object_get(rec, "area");
	const json_t *name = json_object_get(rec, "name");

	if (r->municipality == NULL && json_is_string(code) &&
	    json_is_string(name) && area_level_of(json_string_value(code)) ==
	    AREA_GEMEENTE)
		r->municipality = xstrdup(json_string_value(name));
}

static void
read_input(struct book *b, struct run *r)
{
	struct jsonl_line line;
	struct ledger_event ev;
	const json_t *id;
	const char *type;
	char err[512];
	json_t *rec;

	while (stream_next(&s, &line, &rec, &type)) {
		if (stream_is(type, "ledger")) {
			if (ledger_parse(rec, &ev, err, sizeof err) != 0)
				stream_reject(&s, &line, "%s", err);
			else if (selected(ev.initiative) && book_add_event(b,
			    &ev, line.file, line.lineno, line.text, line.len,
			    err, sizeof err) != 0)
				stream_reject(&s, &line, "%s", err);
			else
				initiative_refs_use(&refs, ev.initiative,
				    line.file, line.lineno);
		} else if (merge && strcmp(type, "account_partial") == 0) {
			id = json_object_get(rec, "initiative");
			if ((!json_is_string(id) ||
			    selected(json_string_value(id))) &&
			    book_merge_partial(b, rec, err, sizeof err) != 0)
				stream_reject(&s, &line, "%s", err);
			else	/* a partial without one is rejected */
				initiative_refs_use(&refs, json_string_value(id),
				    line.file, line.lineno);
		} else if (strcmp(type, "initiative") == 0) {
			if (read_initiative(b, rec, err, sizeof err) != 0)
				stream_reject(&s, &line, "%s", err);
			else if (r->format == F_JSONL)
				stream_pass(&line);
		} else {
			if (strcmp(type, "area") == 0)
				note_municipality(r, rec);
			if (r->format == F_JSONL)
				stream_pass(&line);
		}
		json_decref(rec);
	}
}

/*
 * The ids that would give a wrong account without a word: reported
 * initiatives that no initiative record of the input has (when it has
 * some), and --initiative naming one that no ledger event names.
 */
static void
warn_unknown_initiatives(void)
{
	char msg[1024];
	size_t i;

	for (i = 0; i < refs.n; i++)
		if (selected(refs.v[i].id) &&
		    initiative_refs_unknown(&refs, i, msg, sizeof msg))
			warnx_("%s", msg);
	for (i = 0; i < only.n; i++)
		if (!initiative_refs_used(&refs, only.item[i])) {
			initiative_refs_suggest_used(&refs, only.item[i], msg,
			    sizeof msg);
			warnx_("--initiative '%s': %s; no ledger event names "
			    "it, so it has no account", only.item[i], msg);
		}
}

static void
reject_held(void *ctx, const struct book_entry *e, const struct goal *g,
    const struct pending_line *p)
{
	struct jsonl_line line;

	(void)ctx;
	line.file = p->file;
	line.lineno = p->lineno;
	line.text = p->text;
	line.len = p->len;
	stream_reject(&s, &line, "goal '%s' of '%s' was never set (no goal "
	    "event for it)", g->id, e->id);
}

static void
write_reports(const struct book *b, const struct run *r)
{
	struct book_entry **v = book_sorted(b);
	struct report_doc doc;
	json_t **acc = NULL;
	size_t i, n = 0, cap = 0, had;
	int first, last, p;

	report_doc_init(&doc, r->lang, r->kind, r->lo, r->hi, r->made);
	report_doc_municipality(&doc, r->municipality);
	for (i = 0; i < b->n; i++) {
		had = doc.n;
		if (account_span(v[i], &first, &last) != 0) {
			first = 0;
			last = -1;
		}
		for (p = period_start(r->kind, first); p <= last;
		    p += (int)r->kind) {
			if (p + (int)r->kind - 1 < r->lo || p > r->hi)
				continue;
			if (r->format == F_HTML) {
				report_doc_add(&doc, v[i], p, &r->config);
				continue;
			}
			if (r->format == F_JSONL) {
				json_t *o = account_record(v[i], r->kind, p,
				    &r->config, r->lang);
				out_json(o);
				json_decref(o);
				continue;
			}
			XGROW(acc, n, cap);
			acc[n++] = account_record(v[i], r->kind, p, &r->config,
			    r->lang);
		}
		if (r->format == F_HTML && doc.n == had && selected(v[i]->id))
			report_doc_idle(&doc, v[i]);
	}
	if (r->format == F_TEXT)
		report_text(acc, n, r->lang);
	else if (r->format == F_MARKDOWN)
		report_markdown(acc, n, r->lang);
	else if (r->format == F_HTML)
		report_html(&doc);
	report_doc_free(&doc);
	for (i = 0; i < n; i++)
		json_decref(acc[i]);
	free(acc);
	free(v);
}

/* --partial: the book as account_partial records, by initiative. */
static void
write_partials(const struct book *b)
{
	struct book_entry **v = book_sorted(b);
	size_t i;

	for (i = 0; i < b->n; i++) {
		json_t *o;

		if (v[i]->n == 0 && v[i]->ngoals == 0)
			continue;
		o = book_partial(v[i]);
		out_json(o);
		json_decref(o);
	}
	free(v);
}

int
main(int argc, char *argv[])
{
	struct book b;
	struct run r;
	int first;

	first = opt_parse(&cmd, argc, argv);
	setup(&r);
	book_init(&b);
	stream_open(&s, argc - first, argv + first);
	read_input(&b, &r);
	if (partial)
		write_partials(&b);
	else {
		warn_unknown_initiatives();
		book_unresolved(&b, reject_held, NULL);
		write_reports(&b, &r);
	}
	book_free(&b);
	initiative_refs_free(&refs);
	free(r.municipality);
	strlist_free(&only);
	return stream_finish(&s);
}
