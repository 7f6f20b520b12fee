/*
 * utf8: well-formed UTF-8 as RFC 3629 defines it (no surrogates, no
 * overlong forms, nothing past U+10FFFF).
 */
#ifndef SAMEN_UTF8_H
#define SAMEN_UTF8_H

#include <stddef.h>

int utf8_valid(const char *, size_t);
/* Replaces each byte of s that is not part of well-formed UTF-8 by '?'. */
void utf8_scrub(char *s);

#endif
