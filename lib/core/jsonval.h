/*
 * jsonval: the questions every reader of a record asks of a value that
 * json_object_get() gave: was the optional field given, and is it a whole
 * number in range.  Leaf checks: they say yes or no, and the caller, who
 * knows the field's name and meaning, writes the message.
 */
#ifndef SAMEN_CORE_JSONVAL_H
#define SAMEN_CORE_JSONVAL_H

#include <jansson.h>

/* 1 when an optional field is not given: absent (NULL) or null. */
int	json_absent(const json_t *v);

/* 0 when v is a JSON integer from lo to hi, put in *out; else -1 (a real,
 * a string, out of range) and *out is left alone. */
int	json_whole(const json_t *v, long lo, long hi, long *out);

#endif
