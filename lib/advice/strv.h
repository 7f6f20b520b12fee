/*
 * strv: a list of strings the list owns (char **v with n of them), as the
 * records of advice keep their tags, areas and ids.  An empty list is
 * NULL and 0; strv_free() makes one so.
 */
#ifndef SAMEN_STRV_H
#define SAMEN_STRV_H

#include <stddef.h>

/* Appends a copy of s. */
void	strv_add(char ***v, size_t *n, const char *s);
/* Frees the strings and the list. */
void	strv_free(char **v, size_t n);

#endif
