#include <string.h>

#include "advice/keys.h"
#include "core/err.h"
#include "core/opt.h"
#include "core/suggest.h"

/*
 * The English key a Dutch one means, or NULL.  Keys are English only, as
 * in initiative files; a council's secretary writes the Dutch word first.
 */
static const char *
key_in_english(const char *key)
{
	static const char *const dutch[][2] = {
		{ "titel", "title" }, { "maatregelen", "measures" },
		{ "maatregel", "measures" }, { "tekst", "text" },
		{ "begroting", "budget" },
		{ "aanpak", "approach" }, { "gebieden", "areas" },
		{ "gebied", "areas" }, { "vormen", "forms" },
		{ "domeinen", "domains" }, { "initiatieven", "initiatives" },
		{ "naam", "name" }, { "voorwaarde", "condition" },
		{ "bron", "source" }, { "principes", "principles" },
		{ "beginselen", "principles" },
	};
	size_t i;

	for (i = 0; i < NELEM(dutch); i++)
		if (strcmp(key, dutch[i][0]) == 0)
			return dutch[i][1];
	return NULL;
}

int
keys_check(const json_t *obj, const char *const *keys, char *err,
    size_t size)
{
	char why[512];
	const char *k, *english;
	json_t *v;
	size_t n = 0;

	while (keys[n] != NULL)
		n++;
	json_object_foreach((json_t *)obj, k, v) {
		if (opt_word(keys, k) >= 0)
			continue;
		if ((english = key_in_english(k)) != NULL &&
		    opt_word(keys, english) >= 0)
			return errorf(err, size, "%s: unknown key (did you mean "
			    "'%s'?)", k, english);
		suggest_unknown(why, sizeof why, "key", k, keys, n);
		return errorf(err, size, "%s: %s", k, why);
	}
	return 0;
}
