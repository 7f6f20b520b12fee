#include "advice/keys.h"
#include "core/err.h"
#include "core/keys.h"

/*
 * The Dutch keys of policy notes and principles, and the English ones they
 * mean.  Keys are English only, as in initiative files; a council's
 * secretary writes the Dutch word first.
 */
static const struct key_in_dutch dutch[] = {
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

int
keys_check(const json_t *obj, const char *const *keys, char *err,
    size_t size)
{
	return keys_known(obj, keys, dutch, NELEM(dutch), err, size);
}
