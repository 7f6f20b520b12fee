#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "core/jsonval.h"
#include "core/opt.h"
#include "advice/keys.h"
#include "advice/principles.h"
#include "advice/strv.h"
#include "core/slug.h"
#include "core/strmap.h"
#include "core/suggest.h"

/*
 * The built-in principles.  Tags are "|"-separated; the wording of each
 * principle follows the essay it comes from (named in source).
 */
static const struct builtin {
	const char *id, *name_en, *name_nl, *source;
	const char *serves, *breaches;
	enum principle_test test;
	const char *cond_en, *cond_nl;
} builtin[] = {
	{ "trust-over-control", "Trust over control",
	    "Vertrouwen boven controle",
	    "Sociale Adviesraad Waalwijk (essay 004)",
	    "trust|lump-sum|light-reporting|informal-welcome",
	    "kpi-monitoring|control|formal-registration|earmarked",
	    PTEST_NONE,
	    "replace detailed monitoring by a short yearly account, and let "
	    "informal initiatives take part without first becoming a legal "
	    "entity",
	    "vervang gedetailleerde monitoring door een korte jaarlijkse "
	    "verantwoording, en laat informele initiatieven meedoen zonder dat "
	    "zij eerst een rechtsvorm hoeven aan te nemen" },
	{ "collective-self-reliance", "Collective self-reliance",
	    "Samenredzaamheid",
	    "Sociale Adviesraad Waalwijk (essay 004)",
	    "collective|mutual-aid|platform|community-building",
	    "self-reliance|individual-arrangement",
	    PTEST_NONE,
	    "build the measure around groups and networks of residents rather "
	    "than individual arrangements, and involve the platform of "
	    "initiatives",
	    "bouw de maatregel op rond groepen en netwerken van inwoners in "
	    "plaats van individuele arrangementen, en betrek het platform van "
	    "initiatieven" },
	{ "bottom-up", "Bottom-up, with citizens leading procurement",
	    "Van onderop, met inwoners aan het roer bij de inkoop",
	    "Doorbreek de perverse triade (essay 001); SAR Waalwijk (004)",
	    "bottom-up|citizen-led|citizen-procurement|cooperative",
	    "top-down|tender|provider-led",
	    PTEST_NONE,
	    "give residents and their cooperatives a seat at the table when the "
	    "measure is procured, and open it to cooperative care and welfare "
	    "organisations",
	    "geef inwoners en hun coöperaties een plaats aan tafel bij de "
	    "inkoop, en stel de maatregel open voor coöperatieve zorg- en "
	    "welzijnsorganisaties" },
	{ "integral", "Integral, not categorical",
	    "Integraal in plaats van categoraal",
	    "Sociale Adviesraad Waalwijk (essay 004)",
	    "integral|cross-domain",
	    "categorical|single-target-group",
	    PTEST_INTEGRAL,
	    "connect the measure to the other domains residents meet (care, "
	    "work, housing, welfare) instead of addressing one category of "
	    "people",
	    "verbind de maatregel met de andere terreinen waar inwoners mee te "
	    "maken hebben (zorg, werk, wonen, welzijn) in plaats van één "
	    "categorie mensen te bedienen" },
	{ "reach-the-most-isolated", "Reach the most isolated",
	    "De meest geïsoleerden bereiken",
	    "Sociaal doe-het-zelven (essay 002); three forms of isolation (003)",
	    "outreach|warm-place|targeted-to-need",
	    "digital-only|first-come-first-served|self-registration",
	    PTEST_GAP,
	    "direct the money to the neighbourhoods and forms of isolation "
	    "where the gap between need and supply is largest, and report whom "
	    "the measure reaches",
	    "zet het geld in waar het gat tussen behoefte en aanbod het grootst "
	    "is, en laat zien wie de maatregel bereikt" },
	{ "accountability-to-participants", "Accountability to participants",
	    "Verantwoording aan de deelnemers",
	    "Wederkerigheid en verantwoording (essay 000)",
	    "accountability-to-participants|participant-ownership|"
	    "members-meeting",
	    "accountability-to-funder-only",
	    PTEST_ACCOUNTS,
	    "ask every funded initiative to account at least once a year to its "
	    "participants for its means, goals and results, and accept that "
	    "account as its report to the municipality",
	    "vraag elk gesteund initiatief minstens eens per jaar aan zijn "
	    "deelnemers verantwoording af te leggen over middelen, doelen en "
	    "resultaten, en aanvaard die verantwoording als verslag aan de "
	    "gemeente" },
};

#define NBUILTIN (sizeof builtin / sizeof builtin[0])

/* What each built-in tag means, for sentences people read. */
static const char *const tag_labels[][3] = {
	{ "trust", "trust as the starting point", "vertrouwen als vertrekpunt" },
	{ "lump-sum", "a lump sum, not earmarked", "een vast bedrag zonder "
	    "oormerk" },
	{ "light-reporting", "light reporting", "een lichte "
	    "verantwoordingslast" },
	{ "informal-welcome", "open to informal initiatives", "open voor "
	    "informele initiatieven" },
	{ "kpi-monitoring", "detailed monitoring of performance indicators",
	    "gedetailleerde monitoring op prestatie-indicatoren" },
	{ "control", "control and inspection", "controle en toezicht" },
	{ "formal-registration", "a legal entity required", "een verplichte "
	    "rechtsvorm" },
	{ "earmarked", "earmarked money", "geoormerkt geld" },
	{ "collective", "collective arrangements", "collectieve "
	    "voorzieningen" },
	{ "mutual-aid", "mutual aid", "onderlinge hulp" },
	{ "platform", "working through the platform of initiatives", "werken "
	    "via het platform van initiatieven" },
	{ "community-building", "community building", "opbouw van de "
	    "gemeenschap" },
	{ "self-reliance", "an appeal to self-reliance", "een beroep op "
	    "zelfredzaamheid" },
	{ "individual-arrangement", "individual arrangements", "individuele "
	    "arrangementen" },
	{ "bottom-up", "initiative from below", "initiatief van onderop" },
	{ "citizen-led", "led by residents", "geleid door inwoners" },
	{ "citizen-procurement", "residents leading procurement", "inwoners "
	    "aan het roer bij de inkoop" },
	{ "cooperative", "room for cooperatives", "ruimte voor coöperaties" },
	{ "top-down", "steering from above", "sturing van bovenaf" },
	{ "tender", "a tender among large providers", "een aanbesteding onder "
	    "grote aanbieders" },
	{ "provider-led", "led by providers", "geleid door aanbieders" },
	{ "integral", "an integral approach", "een integrale aanpak" },
	{ "cross-domain", "working across domains", "werken over de grenzen "
	    "van beleidsterreinen heen" },
	{ "categorical", "a categorical approach", "een categorale aanpak" },
	{ "single-target-group", "one target group only", "slechts één "
	    "doelgroep" },
	{ "outreach", "outreach work", "outreachend werken" },
	{ "warm-place", "warm places", "warme plekken" },
	{ "targeted-to-need", "money aimed at need", "geld gericht op de "
	    "behoefte" },
	{ "digital-only", "digital access only", "alleen digitaal "
	    "toegankelijk" },
	{ "first-come-first-served", "first come, first served", "wie het "
	    "eerst komt, het eerst maalt" },
	{ "self-registration", "only for those who sign up themselves",
	    "alleen voor wie zich zelf aanmeldt" },
	{ "accountability-to-participants", "accounting to participants",
	    "verantwoording aan de deelnemers" },
	{ "participant-ownership", "ownership by participants", "eigenaarschap "
	    "van de deelnemers" },
	{ "members-meeting", "a members' meeting", "een ledenvergadering" },
	{ "accountability-to-funder-only", "accounting to the funder only",
	    "alleen verantwoording aan de financier" },
};

const char *
principles_tag_label(const char *tag, enum lang l)
{
	size_t i;

	for (i = 0; i < NELEM(tag_labels); i++)
		if (strcmp(tag_labels[i][0], tag) == 0)
			return LANG_PICK(l, tag_labels[i][1], tag_labels[i][2]);
	return tag;
}

static const char *const test_names[] = { "none", "gap", "accounts",
	"integral", NULL };

/* The "|"-separated tags of a built-in principle. */
static void
split_tags(const char *s, char ***out, size_t *n)
{
	const char *p, *bar;
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	for (p = s; *p != '\0'; p = bar + 1) {
		size_t len;

		bar = strchr(p, '|');
		len = bar != NULL ? (size_t)(bar - p) : strlen(p);
		XGROW(*out, *n, cap);
		(*out)[*n] = xmalloc(len + 1);
		memcpy((*out)[*n], p, len);
		(*out)[(*n)++][len] = '\0';
		if (bar == NULL)
			break;
	}
}

void
principles_default(struct principles *ps)
{
	size_t i;

	ps->n = NBUILTIN;
	ps->p = xmalloc(NBUILTIN * sizeof *ps->p);
	for (i = 0; i < NBUILTIN; i++) {
		const struct builtin *b = &builtin[i];
		struct principle *p = &ps->p[i];

		p->id = xstrdup(b->id);
		p->name[LANG_EN] = xstrdup(b->name_en);
		p->name[LANG_NL] = xstrdup(b->name_nl);
		p->condition[LANG_EN] = xstrdup(b->cond_en);
		p->condition[LANG_NL] = xstrdup(b->cond_nl);
		p->source = xstrdup(b->source);
		split_tags(b->serves, &p->serves, &p->nserves);
		split_tags(b->breaches, &p->breaches, &p->nbreaches);
		p->test = b->test;
	}
}

void
principles_free(struct principles *ps)
{
	size_t i;

	for (i = 0; i < ps->n; i++) {
		struct principle *p = &ps->p[i];

		free(p->id);
		free(p->name[0]);
		free(p->name[1]);
		free(p->condition[0]);
		free(p->condition[1]);
		free(p->source);
		strv_free(p->serves, p->nserves);
		strv_free(p->breaches, p->nbreaches);
	}
	free(ps->p);
	ps->p = NULL;
	ps->n = 0;
}

/* A text in both languages: a string (the same in both) or {en, nl}. */
static int
load_text(const json_t *v, char *out[2], const char *key, char *err,
    size_t size)
{
	const json_t *en, *nl;

	if (json_is_string(v)) {
		out[0] = xstrdup(json_string_value(v));
		out[1] = xstrdup(json_string_value(v));
		return 0;
	}
	en = json_object_get(v, "en");
	nl = json_object_get(v, "nl");
	if (!json_is_object(v) || !json_is_string(en) || !json_is_string(nl) ||
	    json_object_size(v) != 2)
		return errorf(err, size, "%s must be a string or a mapping with "
		    "en and nl", key);
	out[LANG_EN] = xstrdup(json_string_value(en));
	out[LANG_NL] = xstrdup(json_string_value(nl));
	return 0;
}

static int
load_tags(const json_t *v, char ***out, size_t *n, const char *key,
    char *err, size_t size)
{
	size_t i;
	json_t *t;

	*out = NULL;
	*n = 0;
	if (v == NULL)
		return 0;
	if (!json_is_array(v))
		return errorf(err, size, "%s must be a list of tags", key);
	*out = xreallocarray(NULL, json_array_size(v) + 1, sizeof **out);
	json_array_foreach(v, i, t) {
		if (!json_is_string(t) || !slug_valid(json_string_value(t)))
			return errorf(err, size, "%s: tag %zu is not a tag "
			    "(lower-case words joined by hyphens)", key, i + 1);
		(*out)[(*n)++] = xstrdup(json_string_value(t));
	}
	return 0;
}

/* The keys of a principle and its tests' names, NULL-terminated. */
static const char *const keys[] = { "id", "name", "condition", "source",
	"serves", "breaches", "test", NULL };

/* A principle's test, by its name; none when it names none. */
static int
load_test(const json_t *v, enum principle_test *t, char *err, size_t size)
{
	const char *word = json_absent(v) ? "none" : json_string_value(v);
	char why[256];
	int i;

	if (word == NULL)
		return errorf(err, size, "test must be a word (none, gap, "
		    "accounts or integral)");
	if ((i = opt_word(test_names, word)) < 0) {
		suggest_unknown(why, sizeof why, "test", word, test_names,
		    NELEM(test_names) - 1);
		return errorf(err, size, "test '%s': %s", word, why);
	}
	*t = (enum principle_test)i;
	return 0;
}

/* No tag both serves and breaches p; a tag or a test makes it matter. */
static int
check_tags(const struct principle *p, char *err, size_t size)
{
	size_t i, j;

	for (i = 0; i < p->nserves; i++)
		for (j = 0; j < p->nbreaches; j++)
			if (strcmp(p->serves[i], p->breaches[j]) == 0)
				return errorf(err, size, "tag '%s' both serves "
				    "and breaches it", p->serves[i]);
	if (p->nserves + p->nbreaches == 0 && p->test == PTEST_NONE)
		return errorf(err, size, "names no tags and no test, so nothing "
		    "could ever serve or breach it");
	return 0;
}

static int
load_one(struct principle *p, const json_t *m, char *err, size_t size)
{
	const json_t *id = json_object_get(m, "id");
	const json_t *src = json_object_get(m, "source");

	memset(p, 0, sizeof *p);
	if (!json_is_object(m))
		return errorf(err, size, "is not a mapping");
	if (keys_check(m, keys, err, size) == -1)
		return -1;
	if (!json_is_string(id) || !slug_valid(json_string_value(id)))
		return errorf(err, size, "id is missing or not a slug");
	p->id = xstrdup(json_string_value(id));
	if (json_object_get(m, "name") == NULL ||
	    json_object_get(m, "condition") == NULL)
		return errorf(err, size, "needs a name and a condition");
	if (load_text(json_object_get(m, "name"), p->name, "name", err,
	    size) == -1 || load_text(json_object_get(m, "condition"),
	    p->condition, "condition", err, size) == -1)
		return -1;
	if (src != NULL && !json_is_string(src))
		return errorf(err, size, "source must be a string");
	p->source = src != NULL ? xstrdup(json_string_value(src)) : NULL;
	if (load_tags(json_object_get(m, "serves"), &p->serves, &p->nserves,
	    "serves", err, size) == -1 ||
	    load_tags(json_object_get(m, "breaches"), &p->breaches,
	    &p->nbreaches, "breaches", err, size) == -1 ||
	    load_test(json_object_get(m, "test"), &p->test, err, size) == -1)
		return -1;
	return check_tags(p, err, size);
}

/* The keys of a principles file that is a mapping. */
static const char *const doc_keys[] = { "principles", NULL };

int
principles_load(struct principles *ps, const json_t *doc, char *err,
    size_t size)
{
	const json_t *list = doc, *m, *id;
	struct strmap ids = { 0 };
	char why[512];
	size_t i;
	int rc = 0;

	ps->p = NULL;
	ps->n = 0;
	if (json_is_object(doc)) {
		if (keys_check(doc, doc_keys, err, size) == -1)
			return -1;
		list = json_object_get(doc, "principles");
	}
	if (!json_is_array(list) || json_array_size(list) == 0)
		return errorf(err, size, "expected a list of principles (or a "
		    "mapping with one under 'principles')");
	ps->p = xreallocarray(NULL, json_array_size(list), sizeof *ps->p);
	json_array_foreach(list, i, m) {
		ps->n = i + 1;
		id = json_object_get(m, "id");
		if (load_one(&ps->p[i], m, why, sizeof why) == -1)
			rc = json_is_string(id) ? errorf(err, size, "principle "
			    "%zu (%s): %s", i + 1, json_string_value(id), why) :
			    errorf(err, size, "principle %zu: %s", i + 1, why);
		else if (strmap_add(&ids, ps->p[i].id, i, NULL) == 0)
			rc = errorf(err, size, "principle %zu: id '%s' is used "
			    "twice", i + 1, ps->p[i].id);
		if (rc != 0)
			break;
	}
	strmap_free(&ids);
	if (rc != 0)
		principles_free(ps);
	return rc;
}

int
principle_tag_effect(const struct principle *p, const char *tag)
{
	size_t i;

	for (i = 0; i < p->nserves; i++)
		if (strcmp(p->serves[i], tag) == 0)
			return 1;
	for (i = 0; i < p->nbreaches; i++)
		if (strcmp(p->breaches[i], tag) == 0)
			return -1;
	return 0;
}

int
principles_has_tag(const struct principles *ps, const char *tag)
{
	size_t i;

	for (i = 0; i < ps->n; i++)
		if (principle_tag_effect(&ps->p[i], tag) != 0)
			return 1;
	return 0;
}

int
principles_unknown_tag(const struct principles *ps, const char *tag,
    char *err, size_t size)
{
	const char **all = NULL;
	size_t i, j, n = 0, cap = 0;
	int rc;

	for (i = 0; i < ps->n; i++) {
		for (j = 0; j < ps->p[i].nserves; j++) {
			XGROW(all, n, cap);
			all[n++] = ps->p[i].serves[j];
		}
		for (j = 0; j < ps->p[i].nbreaches; j++) {
			XGROW(all, n, cap);
			all[n++] = ps->p[i].breaches[j];
		}
	}
	rc = suggest_unknown(err, size, "tag", tag, all, n);
	free(all);
	return rc;
}
