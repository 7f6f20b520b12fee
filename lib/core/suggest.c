#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "core/suggest.h"

static size_t
distance(const char *a, const char *b, int fold)
{
	size_t la = strlen(a), lb = strlen(b), i, j;
	size_t *row = xmalloc((lb + 1) * sizeof *row), d;

	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (j = 1; j <= lb; j++) {
			unsigned char ca = (unsigned char)a[i - 1];
			unsigned char cb = (unsigned char)b[j - 1];
			size_t up = row[j], best;

			if (fold) {
				ca = (unsigned char)tolower(ca);
				cb = (unsigned char)tolower(cb);
			}
			best = diag + (ca != cb);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	d = row[lb];
	free(row);
	return d;
}

size_t
edit_distance(const char *a, const char *b)
{
	return distance(a, b, 0);
}

const char *
suggest(const char *word, const char *const *candidates, size_t n)
{
	size_t i, best = (size_t)-1, limit = strlen(word) / 3;
	const char *pick = NULL;

	if (limit < 1)
		limit = 1;
	for (i = 0; i < n; i++) {
		size_t d = distance(word, candidates[i], 1);

		if (d < best) {
			best = d;
			pick = candidates[i];
		}
	}
	return best <= limit ? pick : NULL;
}

const char *
suggest_hint(const char *word, const char *const *cand, size_t n, char *buf,
    size_t size)
{
	const char *near = suggest(word, cand, n);

	if (near == NULL)
		snprintf(buf, size, "%s", "");
	else
		snprintf(buf, size, " (did you mean '%s'?)", near);
	return buf;
}

int
suggest_unknown(char *err, size_t size, const char *what, const char *word,
    const char *const *cand, size_t n)
{
	const char *near = suggest(word, cand, n);
	size_t i, len;
	int k;

	if (near != NULL)
		return errorf(err, size, "unknown %s (did you mean '%s'?)", what,
		    near);
	k = snprintf(err, size, "unknown %s (one of:", what);
	len = k < 0 ? size : (size_t)k;
	for (i = 0; i < n && len < size; i++) {
		k = snprintf(err + len, size - len, "%s %s", i ? "," : "",
		    cand[i]);
		len = k < 0 ? size : len + (size_t)k;
	}
	if (len < size)
		snprintf(err + len, size - len, ")");
	return -1;
}
