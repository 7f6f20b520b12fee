#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "core/strmap.h"

/* FNV-1a (Fowler, Noll, Vo): keys are short; any fair hash will do. */
static uint64_t
hash(const char *s, size_t len)
{
	uint64_t h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

static struct strmap_slot *
find(const struct strmap *m, const char *key, size_t len)
{
	size_t i = (size_t)hash(key, len) & (m->cap - 1);

	while (m->slot[i].key != NULL && (m->slot[i].len != len ||
	    memcmp(m->slot[i].key, key, len) != 0))
		i = (i + 1) & (m->cap - 1);
	return &m->slot[i];
}

static void
grow(struct strmap *m)
{
	struct strmap old = *m;
	size_t i;

	m->cap = old.cap ? 2 * old.cap : 64;
	m->slot = xreallocarray(NULL, m->cap, sizeof *m->slot);
	memset(m->slot, 0, m->cap * sizeof *m->slot);
	for (i = 0; i < old.cap; i++)
		if (old.slot[i].key != NULL)
			*find(m, old.slot[i].key, old.slot[i].len) = old.slot[i];
	free(old.slot);
}

int
strmap_addn(struct strmap *m, const char *key, size_t len,
    unsigned long value, unsigned long *held)
{
	struct strmap_slot *s;

	if (2 * (m->n + 1) > m->cap)
		grow(m);
	s = find(m, key, len);
	if (s->key != NULL) {
		if (held != NULL)
			*held = s->value;
		return 0;
	}
	s->key = xmalloc(len + 1);
	memcpy(s->key, key, len);
	s->key[len] = '\0';
	s->len = len;
	s->value = value;
	m->n++;
	return 1;
}

int
strmap_add(struct strmap *m, const char *key, unsigned long value,
    unsigned long *held)
{
	return strmap_addn(m, key, strlen(key), value, held);
}

int
strmap_getn(const struct strmap *m, const char *key, size_t len,
    unsigned long *value)
{
	const struct strmap_slot *s;

	if (m->cap == 0)
		return 0;
	s = find(m, key, len);
	if (s->key == NULL)
		return 0;
	if (value != NULL)
		*value = s->value;
	return 1;
}

int
strmap_get(const struct strmap *m, const char *key, unsigned long *value)
{
	return strmap_getn(m, key, strlen(key), value);
}

void
strmap_free(struct strmap *m)
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		free(m->slot[i].key);
	free(m->slot);
	memset(m, 0, sizeof *m);
}
