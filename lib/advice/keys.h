/*
 * keys: the keys a mapping may have (a proposal record, a measure, a
 * policy note, a principle), so that a misspelt key is an error with a
 * "did you mean" (core/suggest.h) and never passes unnoticed.
 */
#ifndef SAMEN_KEYS_H
#define SAMEN_KEYS_H

#include <stddef.h>
#include <jansson.h>

/* keys_known (core/keys.h) with the Dutch keys of the council's files:
 * 0 when every key of obj is one of keys (NULL-terminated); else -1 and
 * "KEY: unknown key (did you mean 'k'?)" in err: the nearest key, or the
 * English one a Dutch key means ("tekst" for "text"). */
int	keys_check(const json_t *obj, const char *const *keys, char *err,
	    size_t errsize);

#endif
