#include <stdio.h>
#include <string.h>

#include "core/err.h"
#include "core/slug.h"
#include "core/suggest.h"
#include "core/vocab.h"

#define NAME_MAX_ 128

/* Calls fn for the term's name, its Dutch name and each alias, stopping
 * when fn returns non-zero. */
static int
each_name(const struct term *t, int (*fn)(const char *, void *), void *ctx)
{
	char buf[NAME_MAX_];
	const char *p, *bar;

	if (fn(t->name, ctx) || (t->dutch != NULL && fn(t->dutch, ctx)))
		return 1;
	for (p = t->aliases; p != NULL && *p != '\0'; p = bar + 1) {
		size_t n;

		bar = strchr(p, '|');
		n = bar != NULL ? (size_t)(bar - p) : strlen(p);
		if (n >= sizeof buf)
			n = sizeof buf - 1;
		memcpy(buf, p, n);
		buf[n] = '\0';
		if (fn(buf, ctx))
			return 1;
		if (bar == NULL)
			break;
	}
	return 0;
}

static int
same_slug(const char *name, void *want)
{
	char s[NAME_MAX_];

	slugify(name, s, sizeof s);
	return strcmp(s, want) == 0;
}

int
vocab_find(const struct vocab *v, const char *word)
{
	char want[NAME_MAX_];
	size_t i;

	if (slugify(word, want, sizeof want) == 0)
		return -1;
	for (i = 0; i < v->n; i++)
		if (each_name(&v->terms[i], same_slug, want))
			return (int)i;
	return -1;
}

struct nearest {
	const char *word;
	size_t best;
};

static int
closer(const char *name, void *ctx)
{
	struct nearest *n = ctx;
	char s[NAME_MAX_];
	const char *cand = s;

	slugify(name, s, sizeof s);
	if (suggest(n->word, &cand, 1) != NULL) {
		size_t d = edit_distance(n->word, s);

		if (d < n->best)
			n->best = d;
	}
	return 0;
}

const char *
vocab_unknown(const struct vocab *v, const char *word, char *buf, size_t size)
{
	char w[NAME_MAX_];
	size_t i, best = (size_t)-1, pick = 0;

	slugify(word, w, sizeof w);
	for (i = 0; i < v->n; i++) {
		struct nearest n = { w, (size_t)-1 };

		each_name(&v->terms[i], closer, &n);
		if (n.best < best) {
			best = n.best;
			pick = i;
		}
	}
	if (best != (size_t)-1) {
		const struct term *t = &v->terms[pick];

		if (t->dutch != NULL)
			snprintf(buf, size, "unknown %s (did you mean '%s' / %s?)",
			    v->what, t->name, t->dutch);
		else
			snprintf(buf, size, "unknown %s (did you mean '%s'?)",
			    v->what, t->name);
		return buf;
	}
	{
		const char *names[64];

		for (i = 0; i < v->n && i < NELEM(names); i++)
			names[i] = v->terms[i].name;
		/* no name is near: the word itself suggests none either */
		suggest_unknown(buf, size, v->what, "", names, i);
	}
	return buf;
}
