#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "core/idset.h"

static uint64_t
hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	while (*s != '\0')
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

static struct idset_slot *
find(const struct idset *set, const char *id)
{
	size_t i = (size_t)hash(id) & (set->cap - 1);

	while (set->slot[i].id != NULL && strcmp(set->slot[i].id, id) != 0)
		i = (i + 1) & (set->cap - 1);
	return &set->slot[i];
}

static void
grow(struct idset *set)
{
	struct idset old = *set;
	size_t i;

	set->cap = old.cap ? 2 * old.cap : 64;
	set->slot = xmalloc(set->cap * sizeof *set->slot);
	memset(set->slot, 0, set->cap * sizeof *set->slot);
	for (i = 0; i < old.cap; i++)
		if (old.slot[i].id != NULL)
			*find(set, old.slot[i].id) = old.slot[i];
	free(old.slot);
}

int
idset_add(struct idset *set, const char *id, unsigned long where,
    unsigned long *first)
{
	struct idset_slot *s;

	if (2 * (set->n + 1) > set->cap)
		grow(set);
	s = find(set, id);
	if (s->id != NULL) {
		if (first != NULL)
			*first = s->where;
		return 0;
	}
	s->id = xstrdup(id);
	s->where = where;
	set->n++;
	return 1;
}

int
idset_has(const struct idset *set, const char *id)
{
	return set->cap > 0 && find(set, id)->id != NULL;
}

void
idset_free(struct idset *set)
{
	size_t i;

	for (i = 0; i < set->cap; i++)
		free(set->slot[i].id);
	free(set->slot);
	memset(set, 0, sizeof *set);
}
