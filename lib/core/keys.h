/*
 * keys: the keys a mapping may have (an initiative, a proposal record, a
 * measure, a policy note, a principle), so that a misspelt key is an
 * error with a "did you mean" (core/suggest.h) and never passes
 * unnoticed.  Keys are English only; a Dutch key that the caller's table
 * knows is answered with the English one it means.
 */
#ifndef SAMEN_CORE_KEYS_H
#define SAMEN_CORE_KEYS_H

#include <stddef.h>
#include <jansson.h>

/* A Dutch key and the English key it means ({ "naam", "name" }). */
struct key_in_dutch {
	const char *dutch, *english;
};

/* 0 when every key of obj is one of keys (NULL-terminated); else -1 and
 * "KEY: unknown key (did you mean 'k'?)" in err: the English key that
 * the n entries of dutch give for it, or else the nearest of keys. */
int	keys_known(const json_t *obj, const char *const *keys,
	    const struct key_in_dutch *dutch, size_t n, char *err,
	    size_t errsize);

#endif
