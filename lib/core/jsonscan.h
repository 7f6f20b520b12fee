/*
 * jsonscan: a validating JSON scanner that builds no tree, for the fast
 * path of per-record filters.
 *
 * jsonscan_record() accepts exactly the texts that jsonl_parse() accepts
 * (jansson with JSON_DECODE_ANY | JSON_ALLOW_NUL): RFC 8259 with strict
 * UTF-8, no lone surrogate escapes, integers that fit in 64 bits, reals
 * that do not overflow, no "\u0000" in object keys, at most 2048 levels of
 * values.  Of a top-level object it records each member where it lies in
 * the text; nothing is copied.  Spans point into the caller's text, which
 * must stay put while they are used.  The other functions read values that
 * jsonscan_record() has already validated and are undefined on others.
 */
#ifndef SAMEN_JSONSCAN_H
#define SAMEN_JSONSCAN_H

#include <stddef.h>

/* The kind of a value is its first byte: '"', '-' or a digit, 't', 'f',
 * 'n', '[', '{'. */
struct jsonscan_member {
	const char *key;	/* the key's text, without its quotes */
	size_t keylen;
	int key_escaped;	/* the key holds a backslash escape */
	const char *value;	/* the value's text */
	size_t valuelen;
};

struct jsonscan {
	int is_object;		/* the top-level value is an object */
	const char *open;	/* its '{' */
	const char *close;	/* its '}' */
	struct jsonscan_member *member;	/* in text order; duplicates kept */
	size_t n, cap;
	const char *error;	/* on failure: a short reason */
	size_t error_offset;	/* and the byte where it was found */
};

/* 0: the text is valid JSON; -1: it is not (error, error_offset set). */
int jsonscan_record(struct jsonscan *, const char *text, size_t len);
void jsonscan_free(struct jsonscan *);

/* The last member named key (as jansson keeps the last of duplicates), or
 * NULL. */
const struct jsonscan_member *jsonscan_get(const struct jsonscan *,
    const char *key);

/*
 * Decodes a string value (with its quotes) into out, which must hold
 * valuelen bytes; returns the decoded length.  The result is not
 * NUL-terminated and may hold NULs.
 */
size_t jsonscan_string(const char *value, size_t valuelen, char *out);

/* Walks the elements of an array value: start with *pos = NULL; each call
 * gives the next element's text, or returns 0 after the last. */
int jsonscan_element(const char *array, size_t arraylen, const char **pos,
    const char **elem, size_t *elemlen);

/* The length of the value that starts at text (validated text). */
size_t jsonscan_skip(const char *text, const char *end);

#endif
