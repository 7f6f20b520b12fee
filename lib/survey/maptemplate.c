/*
 * The starting map of survey-import --template: for each field of a
 * response, the variable whose name or label looks like it.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/out.h"
#include "core/slug.h"
#include "survey/surveymap.h"

/* What names and labels of each field look like, as slugs: whole names
 * first, then words a label holds (Dutch and English). */
static const struct hint {
	const char *names;	/* "|"-separated whole names */
	const char *words;	/* "|"-separated parts of a label */
} hints[SF_COUNT] = {
	{ "id|respnr|respondent|resp-id|volgnr|respondentnummer", "respondent" },
	{ "area|buurt|buurtcode|bu-code|buurt-code", "buurtcode|buurt|"
	    "neighbourhood" },
	{ "weight|weegfactor|gewicht|wf|weging", "weegfactor|weight" },
	{ "", "" },
	{ "", "" },
	{ "ladder|trede|participatieladder", "participatieladder|ladder" },
	{ "paid-work|werk|betaald-werk|betaaldwerk|work", "betaald-werk|"
	    "paid-work" },
	{ "unpaid-work|vrijwillig|vrijwilligerswerk|onbetaald", "vrijwilligers|"
	    "unpaid|mantelzorg" },
	{ "organised-activity|activiteit|vereniging", "georganiseerde|"
	    "organised|organized" },
	{ "contact-outside-home|contact|buiten-huis", "contact-met|"
	    "outside-the-home|buiten-uw-huis" },
	{ "contacts|contacten|vrije-tijd", "vrije-tijd|free-time" }
};

/* Words of the De Jong Gierveld items' Dutch and English wordings. */
static const char *const djg_words[11] = {
	"probleempjes|day-to-day-problems",
	"goede-vriend|close-friend",
	"leegte|emptiness",
	"narigheid|lean-on",
	"gezelligheid|company-of-others",
	"kennissen|circle-of-friends",
	"vertrouwen|trust-completely",
	"verbonden|feel-close",
	"mis-mensen|people-around-me",
	"in-de-steek|rejected",
	"vrienden-terecht|call-on-my-friends"
};

/* Whether one of the "|"-separated slugs in list is s (whole) or in s. */
static int
matches(const char *list, const char *s, int whole)
{
	char want[64];
	const char *p = list, *bar;
	size_t n;

	while (*p != '\0') {
		bar = strchr(p, '|');
		n = bar ? (size_t)(bar - p) : strlen(p);
		if (n > 0 && n < sizeof want) {
			memcpy(want, p, n);
			want[n] = '\0';
			if (whole ? strcmp(s, want) == 0 : strstr(s, want) != NULL)
				return 1;
		}
		if (bar == NULL)
			break;
		p = bar + 1;
	}
	return 0;
}

/* The variable for a field: a name first, else a label; -1 for none. */
static long
guess(const struct tabvar *v, size_t n, const char *names, const char *words)
{
	char s[256];
	size_t i;

	for (i = 0; i < n; i++)
		if (slugify(v[i].name, s, sizeof s) && matches(names, s, 1))
			return (long)i;
	for (i = 0; i < n; i++)
		if (slugify(v[i].label, s, sizeof s) && matches(words, s, 0))
			return (long)i;
	return -1;
}

/* An item of a scale: "djg3", "djg_3", "DJG03", else by its label. */
static long
guess_item(const struct tabvar *v, size_t n, const char *scale, int item,
    const char *words)
{
	char names[96];

	snprintf(names, sizeof names, "%s%d|%s-%d|%s0%d|%s-0%d", scale, item,
	    scale, item, scale, item, scale, item);
	return guess(v, n, names, words != NULL ? words : "");
}

static void
put_var(const struct tabvar *v, long i, const char *indent, const char *key)
{
	if (i < 0) {
		out_printf("%s# %s?    no variable looks like it\n", indent, key);
		return;
	}
	out_printf("%s%s%s    # review: %.60s\n", indent, key, v[i].name,
	    *v[i].label ? v[i].label : "(no label)");
}

static void
put_scale(const struct tabvar *v, size_t n, const char *scale, int items)
{
	long col[11];
	int i, found = 0;

	for (i = 0; i < items; i++)
		found += (col[i] = guess_item(v, n, scale, i + 1,
		    items == 11 ? djg_words[i] : NULL)) >= 0;
	if (found == 0) {
		out_printf("# %s: ?    no variables look like its items\n", scale);
		return;
	}
	out_printf("%s:\n", scale);
	for (i = 0; i < items; i++)
		put_var(v, col[i], "  ", "- ");
}

void
survey_map_template(const struct tabvar *v, size_t n)
{
	char key[64];
	int f;

	out_printf("# survey-import map: guessed from the file's variables "
	    "and labels.\n# Check every line; see survey-import(1).\n");
	for (f = 0; f < SF_COUNT; f++) {
		if (f == SF_DJG) {
			put_scale(v, n, "djg", 11);
			continue;
		}
		if (f == SF_LSNS) {
			put_scale(v, n, "lsns", 6);
			continue;
		}
		snprintf(key, sizeof key, "%s: ", survey_field_name(f));
		put_var(v, guess(v, n, hints[f].names, hints[f].words), "",
		    key);
	}
	out_printf("# missing: [\"weet niet\"]    labels that mean no answer, "
	    "beyond the usual ones\n# values:                  answers for "
	    "values without a label of their own\n#   werk: {1: regular, 2: "
	    "supported, 3: none}\n");
}
