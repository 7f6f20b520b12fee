#include <string.h>

#include "core/err.h"
#include "core/keys.h"
#include "core/opt.h"
#include "core/suggest.h"

/* The English key the Dutch key means, by the n entries of dutch, or
 * NULL. */
static const char *
key_in_english(const char *key, const struct key_in_dutch *dutch, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(key, dutch[i].dutch) == 0)
			return dutch[i].english;
	return NULL;
}

int
keys_known(const json_t *obj, const char *const *keys,
    const struct key_in_dutch *dutch, size_t ndutch, char *err, size_t size)
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
		if ((english = key_in_english(k, dutch, ndutch)) != NULL &&
		    opt_word(keys, english) >= 0)
			return errorf(err, size, "%s: unknown key (did you mean "
			    "'%s'?)", k, english);
		suggest_unknown(why, sizeof why, "key", k, keys, n);
		return errorf(err, size, "%s: %s", k, why);
	}
	return 0;
}
