#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "core/suggest.h"
#include "registry/initiative_refs.h"

/* The ref of id, made (named nowhere yet) when new. */
static struct initiative_ref *
ref_get(struct initiative_refs *r, const char *id)
{
	struct initiative_ref *p;
	unsigned long i;

	if (!strmap_add(&r->ids, id, r->n, &i))
		return &r->v[i];
	p = XPUSH(r->v, r->n, r->cap);
	p->id = xstrdup(id);
	return p;
}

void
initiative_refs_define(struct initiative_refs *r, const char *id)
{
	struct initiative_ref *p = ref_get(r, id);

	if (!p->defined)
		r->ndefined++;
	p->defined = 1;
}

void
initiative_refs_use(struct initiative_refs *r, const char *id,
    const char *file, unsigned long line)
{
	struct initiative_ref *p = ref_get(r, id);

	if (p->uses++ == 0) {
		p->file = xstrdup(file);
		p->line = line;
	}
}

void
initiative_refs_free(struct initiative_refs *r)
{
	FREE_ARRAY(struct initiative_ref, r->v, r->n, p,
	    (free(p->id), free(p->file)));
	strmap_free(&r->ids);
	memset(r, 0, sizeof *r);
}

int
initiative_refs_used(const struct initiative_refs *r, const char *id)
{
	unsigned long i;

	return strmap_get(&r->ids, id, &i) && r->v[i].uses > 0;
}

/* The ids defined (defined 1) or used (0), as a malloc'd array; n in *n. */
static const char **
ids_where(const struct initiative_refs *r, int defined, size_t *n)
{
	const char **v = xreallocarray(NULL, r->n + 1, sizeof *v);
	size_t i;

	*n = 0;
	for (i = 0; i < r->n; i++)
		if (defined ? r->v[i].defined : r->v[i].uses > 0)
			v[(*n)++] = r->v[i].id;
	return v;
}

int
initiative_refs_unknown(const struct initiative_refs *r, size_t i, char *msg,
    size_t size)
{
	const struct initiative_ref *p = &r->v[i];
	const char **known;
	char hint[256];
	size_t n;

	if (r->ndefined == 0 || p->defined || p->uses == 0)
		return 0;
	known = ids_where(r, 1, &n);
	suggest_hint(p->id, known, n, hint, sizeof hint);
	free(known);
	if (p->uses == 1)
		snprintf(msg, size, "%s:%lu: initiative '%s' is in no "
		    "initiative record%s", p->file, p->line, p->id, hint);
	else
		snprintf(msg, size, "%s:%lu: initiative '%s' is in no "
		    "initiative record%s; %lu lines name it, this the first",
		    p->file, p->line, p->id, hint, p->uses);
	return 1;
}

int
initiative_refs_suggest_used(const struct initiative_refs *r, const char *id,
    char *msg, size_t size)
{
	const char **used;
	size_t n;
	int rc;

	used = ids_where(r, 0, &n);
	rc = suggest_unknown(msg, size, "initiative", id, used, n);
	free(used);
	return rc;
}
