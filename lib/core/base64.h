/*
 * base64: RFC 4648 base64 with padding, for keeping bytes that are not
 * text (a rejected line that is not UTF-8) losslessly in JSON.
 */
#ifndef SAMEN_BASE64_H
#define SAMEN_BASE64_H

#include <stddef.h>

/* Encoded length of n bytes, without the NUL. */
size_t base64_len(size_t n);
/* Writes base64_len(n) characters and a NUL into out. */
void base64_encode(const unsigned char *in, size_t n, char *out);
/* Returns the decoded length, or -1 when in is not padded base64. */
long base64_decode(const char *in, size_t n, unsigned char *out);

#endif
