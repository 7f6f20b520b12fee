/*
 * council-advise: the social advisory council's advice — needs against
 * supply per area and form, a policy note's measures against the
 * council's principles, and budget scenarios.
 */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

#include "advice/advice_page.h"
#include "advice/budget.h"
#include "advice/equalshares.h"
#include "core/err.h"
#include "base/lang.h"
#include "advice/letter.h"
#include "base/money.h"
#include "advice/needs.h"
#include "core/opt.h"
#include "core/out.h"
#include "base/period.h"
#include "advice/principles.h"
#include "advice/proposal.h"
#include "core/jsonl.h"
#include "core/jsonval.h"
#include "core/stream.h"
#include "core/yamlload.h"
#include "registry/initiative_refs.h"

static struct stream s;
static const char *proposal_arg, *principles_arg, *council_arg, *date_arg;
static const char *budget_arg, *letter_config_arg;
/* the words of --format, in enum format's order */
enum format { FORMAT_JSONL, FORMAT_LETTER, FORMAT_HTML };
static const char *const formats[] = { "jsonl", "letter|brief", "html",
	NULL };
static int format = FORMAT_JSONL, lang = LANG_EN, rule = -1;
static int completion = -1;		/* es_completion_names */
static int leftover = -1;		/* budget_leftovers */
static long top = 5;

static const struct opt options[] = {
	OPT_STRING(0, "proposal", &proposal_arg, "FILE",
	    "assess the measures of a policy note, from YAML"),
	OPT_STRING(0, "principles", &principles_arg, "FILE",
	    "the council's principles, from YAML (default: built in)"),
	OPT_CHOICE(0, "format", &format, "FORMAT", formats,
	    "advice records, the default; the letter in Markdown; or the "
	    "advice as a web page, html"),
	OPT_LANG(&lang, "reasons and the letter"),
	OPT_STRING(0, "council", &council_arg, "NAME",
	    "who signs the letter"),
	OPT_STRING(0, "letter-config", &letter_config_arg, "FILE",
	    "the letter's reference, request, survey and signatories, "
	    "from YAML"),
	OPT_STRING(0, "date", &date_arg, "DATE",
	    "the letter's date, YYYY-MM-DD (default: today)"),
	OPT_RANGE(0, "top", &top, "N", 0, LONG_MAX,
	    "recommend the N largest gaps in the letter (default 5)"),
	OPT_STRING(0, "budget", &budget_arg, "AMOUNT",
	    "allocate AMOUNT euros over the funding requests"),
	OPT_CHOICE(0, "rule", &rule, "RULE", budget_rule_words,
	    "how to allocate the budget"),
	OPT_CHOICE(0, "leftover", &leftover, "STEP", budget_leftovers,
	    "what greedy does with what its capped pass leaves "
	    "(default: the budget record's leftover_budget)"),
	OPT_CHOICE(0, "completion", &completion, "NAME", es_completion_names,
	    "equal-shares' completion (default add1)"),
	STREAM_OPTIONS(&s),
	OPT_END
};

static const struct cmd cmd = { "council-advise", "[file ...]",
	"advice: needs against supply, measures against principles, budgets",
	options };

struct run {
	int letter;			/* the letter, alone or on the page */
	int html;
	json_t *outlines;		/* {area: geometry}, for the page */
	int scenario;			/* --budget or --rule */
	int64_t budget;			/* cents; -1: the budget record's */
	int has_rule;
	enum budget_rule rule;
	struct budget_input *bi;
	unsigned long requests, votes;	/* passed on, without a scenario */
	json_t *scenarios;		/* read, for the letter */
	enum lang lang;
	char date[DATE_STR_MAX];
	struct principles ps;
	struct policy policy;
	struct needs needs;
	struct letter_config lc;
};

/* The options the table cannot check: the date and the budget's amount,
 * and which go together. */
static void
setup(struct run *r)
{
	struct date d;
	const char *why;

	memset(r, 0, sizeof *r);
	r->letter = format == FORMAT_LETTER || format == FORMAT_HTML;
	r->html = format == FORMAT_HTML;
	r->lang = (enum lang)lang;
	date_option(date_arg, &d);
	date_format(d, r->date);
	r->budget = -1;
	if (budget_arg != NULL) {
		if (money_parse(budget_arg, strlen(budget_arg), &r->budget,
		    &why) != 0)
			opt_usage_error("--budget '%s': %s", budget_arg, why);
		if (r->budget <= 0)
			opt_usage_error("--budget '%s': must be more than 0",
			    budget_arg);
	}
	r->has_rule = rule >= 0;
	r->rule = (enum budget_rule)(r->has_rule ? rule : 0);
	r->scenario = budget_arg != NULL || r->has_rule || completion >= 0;
	if (completion >= 0 && r->has_rule && r->rule != BUDGET_EQUAL_SHARES)
		opt_usage_error("--completion is equal-shares': use it with "
		    "--rule equal-shares");
	if (r->scenario && r->letter)
		opt_usage_error("--budget, --rule and --completion write "
		    "records: use them "
		    "with --format jsonl, and give the letter their scenario "
		    "records");
}

static int
apply_principles(void *ctx, const json_t *doc, char *err, size_t size)
{
	return principles_load(ctx, doc, err, size);
}

static int
apply_proposal(void *ctx, const json_t *doc, char *err, size_t size)
{
	struct run *r = ctx;

	return policy_load(&r->policy, doc, &r->ps, err, size);
}

static int
apply_letter_config(void *ctx, const json_t *doc, char *err, size_t size)
{
	return letter_config_apply(ctx, doc, err, size);
}

static void
load_files(struct run *r)
{
	size_t i;
	json_t *w;

	letter_config_init(&r->lc);
	if (letter_config_arg != NULL)
		yaml_load_config(letter_config_arg, apply_letter_config,
		    &r->lc);
	json_array_foreach(r->lc.warnings, i, w)
		warnx_("%s: %s", letter_config_arg, json_string_value(w));
	if (principles_arg == NULL)
		principles_default(&r->ps);
	else
		yaml_load_config(principles_arg, apply_principles, &r->ps);
	policy_init(&r->policy);
	if (proposal_arg != NULL)
		yaml_load_config(proposal_arg, apply_proposal, r);
}

static int
add_proposal(struct run *r, const json_t *rec, char *err, size_t size)
{
	struct measure m;

	if (measure_parse(&m, rec, &r->ps, err, size) != 0)
		return -1;
	if (policy_has(&r->policy, m.id)) {
		errorf(err, size, "measure '%s' is given twice", m.id);
		measure_free(&m);
		return -1;
	}
	policy_add(&r->policy, &m);
	return 0;
}

/* 1: the record was one of ours (and err is set if it was bad). */
static int
consume(struct run *r, const char *type, const json_t *rec, int *bad,
    char *err, size_t size)
{
	struct needs *n = &r->needs;
	int rc;

	if (stream_is(type, "isolation"))
		rc = needs_add_isolation(n, rec, err, size);
	else if (strcmp(type, "area") == 0) {
		const json_t *outline = json_object_get(rec, "geometry");

		rc = needs_add_area(n, rec, err, size);
		if (rc == 0 && r->html && !json_absent(outline))
			json_object_set(r->outlines, json_string_value(
			    json_object_get(rec, "area")), (json_t *)outline);
	}
	else if (strcmp(type, "initiative") == 0)
		rc = needs_add_initiative(n, rec, err, size);
	else if (strcmp(type, "account") == 0)
		rc = needs_add_account(n, rec, err, size);
	else if (strcmp(type, "proposal") == 0)
		rc = add_proposal(r, rec, err, size);
	else if (r->letter && strcmp(type, "scenario") == 0)
		rc = json_array_append(r->scenarios, (json_t *)rec);
	else if (r->scenario) {
		rc = budget_add_record(r->bi, rec, type, err, size);
		if (rc == 0)
			return 0;
		rc = rc == -1;
	} else
		return 0;
	*bad = rc != 0;
	return 1;
}

/* Initiatives that requests name, against the initiative records. */
static struct initiative_refs refs;

/* Notes what a record read and kept says of initiatives. */
static void
note_initiative(const char *type, const json_t *rec,
    const struct jsonl_line *line)
{
	const json_t *id;

	if (strcmp(type, "initiative") == 0)
		initiative_refs_define(&refs,
		    json_string_value(json_object_get(rec, "id")));
	else if (stream_is(type, "request") &&
	    json_is_string(id = json_object_get(rec, "initiative")))
		initiative_refs_use(&refs, json_string_value(id), line->file,
		    line->lineno);
}

/* Requests for initiatives that no initiative record of the input has. */
static void
warn_requests(void)
{
	char msg[1024];
	size_t i;

	for (i = 0; i < refs.n; i++)
		if (initiative_refs_unknown(&refs, i, msg, sizeof msg))
			warnx_("%s", msg);
	initiative_refs_free(&refs);
}

static void
read_input(struct run *r)
{
	struct jsonl_line line;
	const char *type;
	char err[1024];
	json_t *rec;
	int bad;

	while (stream_next(&s, &line, &rec, &type)) {
		err[0] = '\0';
		if (consume(r, type, rec, &bad, err, sizeof err)) {
			if (bad)
				stream_reject(&s, &line, "%s", err);
			else {
				if (err[0] != '\0')	/* kept, with a warning */
					warnx_("%s:%lu: %s", line.file,
					    line.lineno, err);
				if (type != NULL)
					note_initiative(type, rec, &line);
			}
		} else if (!r->letter) {
			r->requests += stream_is(type, "request");
			r->votes += stream_is(type, "vote");
			stream_pass(&line);
		}
		json_decref(rec);
	}
}

/*
 * What the reader of the advice must know of its needs: survey areas that
 * no area record knows, and needs counted in residents beside needs
 * counted in respondents, which do not compare.
 */
static void
warn_needs(const struct needs *n)
{
	char err[1024];
	size_t i;

	for (i = 0; i < n->nareas; i++)
		if (needs_unknown_area(n, i, err, sizeof err))
			warnx_("%s", err);
	if (n->nbasis[BASIS_POPULATION] > 0 && n->nbasis[BASIS_WEIGHTED] > 0)
		warnx_("%zu needs are counted in residents (share x population) "
		    "and %zu in respondents (weighted count, no population "
		    "known): they do not compare; need_basis says which",
		    n->nbasis[BASIS_POPULATION], n->nbasis[BASIS_WEIGHTED]);
}

/* Requests and votes passed on: the user may have meant a scenario (and
 * then this says it, not the stream's "none of type"). */
static void
say_how_to_ask(const struct run *r)
{
	if (r->requests > 0 && r->votes > 0) {
		s.main_types = NULL;
		warnx_("read %lu requests and %lu votes and passed them on: "
		    "to allocate the budget, add --rule equal-shares (or "
		    "greedy, need, proportional), or --budget AMOUNT for the "
		    "rule the budget record names", r->requests, r->votes);
	}
}

static json_t *
assess_all(const struct run *r)
{
	json_t *all = json_array();
	size_t i;

	for (i = 0; i < r->policy.n; i++)
		json_array_append_new(all, measure_assess(&r->policy.m[i],
		    &r->ps, &r->needs, r->lang));
	return all;
}

static void
write_jsonl(const struct run *r, const json_t *assessments)
{
	size_t i;
	json_t *a;

	for (i = 0; i < r->needs.ncells; i++) {
		a = needs_advice(&r->needs, i, r->lang);
		out_json(a);
		json_decref(a);
	}
	json_array_foreach((json_t *)assessments, i, a)
		out_json(a);
}

/* The budget scenario, over the needs per area and form; the requests
 * that name forms of unknown need are warned of where need is weighed. */
static void
run_scenario(struct run *r)
{
	char err[1024];
	size_t i;

	budget_take_needs(r->bi, &r->needs);
	if (!r->has_rule && budget_default_rule(r->bi, &r->rule) != 0)
		die("--budget needs --rule: the input names no rule");
	if (completion >= 0 && r->rule != BUDGET_EQUAL_SHARES)
		die("--completion is equal-shares', and the input names rule "
		    "%s: add --rule equal-shares", budget_rule_name(r->rule));
	if (completion >= 0)
		budget_set_completion(r->bi, completion);
	if (leftover >= 0)
		budget_set_leftover(r->bi, (enum budget_leftover)leftover);
	for (i = 0; (r->rule == BUDGET_NEED || r->rule ==
	    BUDGET_PROPORTIONAL) && i < budget_nrequests(r->bi); i++)
		if (budget_unknown_need(r->bi, i, err, sizeof err))
			warnx_("%s", err);
	if (budget_run(r->bi, r->rule, r->budget, err, sizeof err) != 0)
		die("%s", err);
}

/* The page around the letter's Markdown md, which it frees. */
static void
write_page(const struct run *r, char *md)
{
	struct advice_page p;

	memset(&p, 0, sizeof p);
	p.lang = r->lang;
	p.letter = md;
	p.letterlen = strlen(md);
	p.needs = &r->needs;
	p.outlines = r->outlines;
	p.scenarios = r->scenarios;
	p.date = r->date;
	advice_page_write(&p);
	free(md);
}

static void
write_letter(const struct run *r, const json_t *assessments)
{
	struct letter lt;

	memset(&lt, 0, sizeof lt);
	lt.lang = r->lang;
	lt.council = council_arg;
	lt.config = &r->lc;
	lt.date = r->date;
	lt.title = r->policy.title;
	lt.top = (size_t)top;
	lt.needs = &r->needs;
	lt.principles = &r->ps;
	lt.assessments = assessments;
	lt.scenarios = r->scenarios;
	if (!r->html) {
		letter_write(&lt);
		return;
	}
	out_capture_begin();
	letter_write(&lt);
	write_page(r, out_capture_end(NULL));
}

int
main(int argc, char *argv[])
{
	static struct run r;
	json_t *assessments;
	int i = opt_parse(&cmd, argc, argv), status;

	setup(&r);
	load_files(&r);
	needs_init(&r.needs);
	r.scenarios = json_array();
	r.outlines = json_object();
	if (r.scenario)
		r.bi = budget_new();
	s.main_types = r.scenario ?
	    "isolation|area|initiative|account|proposal|budget|request|vote" :
	    "isolation|area|initiative|account|proposal|scenario";
	stream_open(&s, argc - i, argv + i);
	read_input(&r);
	needs_compute(&r.needs);
	warn_needs(&r.needs);
	warn_requests();
	assessments = assess_all(&r);
	/* advice without one of its operands would be wrong, not partial */
	if (jsonl_failed(&s.in))
		warnx_("no advice written: an operand could not be read");
	else if (r.letter)
		write_letter(&r, assessments);
	else
		write_jsonl(&r, assessments);
	json_decref(assessments);
	if (r.scenario && !jsonl_failed(&s.in))
		run_scenario(&r);
	if (r.scenario)
		budget_free(r.bi);
	else
		say_how_to_ask(&r);
	status = stream_finish(&s);
	json_decref(r.scenarios);
	json_decref(r.outlines);
	needs_free(&r.needs);
	policy_free(&r.policy);
	principles_free(&r.ps);
	letter_config_free(&r.lc);
	return status;
}
