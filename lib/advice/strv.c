#include <stdlib.h>

#include "advice/strv.h"
#include "core/err.h"

void
strv_add(char ***v, size_t *n, const char *s)
{
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	(*v)[(*n)++] = xstrdup(s);
}

void
strv_free(char **v, size_t n)
{
	free_each(v, n);
	free(v);
}
