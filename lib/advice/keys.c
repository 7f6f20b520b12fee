#include "advice/keys.h"
#include "core/err.h"
#include "core/opt.h"
#include "core/suggest.h"

int
keys_check(const json_t *obj, const char *const *keys, char *err,
    size_t size)
{
	char why[512];
	const char *k;
	json_t *v;
	size_t n = 0;

	while (keys[n] != NULL)
		n++;
	json_object_foreach((json_t *)obj, k, v)
		if (opt_word(keys, k) < 0) {
			suggest_unknown(why, sizeof why, "key", k, keys, n);
			return errorf(err, size, "%s: %s", k, why);
		}
	return 0;
}
