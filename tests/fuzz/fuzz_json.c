/*
 * fuzz_json: jsonscan against jansson.  jsonscan_record() promises to
 * accept exactly what jsonl_parse() accepts; on a text both accept, every
 * value jsonscan locates must be the value jansson decoded there: the
 * members of a top-level object (the last of duplicate keys winning, as
 * in jansson), the elements of arrays, and the decoded bytes of strings.
 */
#include <string.h>
#include <jansson.h>

#include "core/jsonl.h"
#include "core/jsonscan.h"
#include "fuzz.h"

static void same_value(const char *text, size_t len, const json_t *want);

/* The string value at text decodes to the bytes jansson holds. */
static void
same_string(const char *text, size_t len, const json_t *want)
{
	char *got = malloc(len ? len : 1);
	size_t n;

	FUZZ_CHECK(json_is_string(want), "jsonscan sees a string at %.*s",
	    (int)len, text);
	n = jsonscan_string(text, len, got);
	FUZZ_CHECK(n == json_string_length(want) &&
	    memcmp(got, json_string_value(want), n) == 0,
	    "string %.*s decodes differently", (int)len, text);
	free(got);
}

/* Each element jsonscan_element walks is jansson's element there. */
static void
same_array(const char *text, size_t len, const json_t *want)
{
	const char *pos = NULL, *elem;
	size_t elemlen, i = 0;

	FUZZ_CHECK(json_is_array(want), "jsonscan sees an array at %.*s",
	    (int)len, text);
	while (jsonscan_element(text, len, &pos, &elem, &elemlen)) {
		FUZZ_CHECK(i < json_array_size(want), "array has more elements");
		same_value(elem, elemlen, json_array_get(want, i));
		i++;
	}
	FUZZ_CHECK(i == json_array_size(want), "array has %zu elements, "
	    "jansson %zu", i, json_array_size(want));
}

/* The value text (as jsonscan delimits it) is the value want. */
static void
same_value(const char *text, size_t len, const json_t *want)
{
	json_t *again;
	char err[256];
	int column;

	FUZZ_CHECK(len > 0 && jsonscan_skip(text, text + len) == len,
	    "jsonscan_skip does not span %.*s", (int)len, text);
	switch (text[0]) {
	case '"':
		same_string(text, len, want);
		return;
	case '[':
		same_array(text, len, want);
		return;
	}
	again = jsonl_parse(text, len, &column, err, sizeof err);
	FUZZ_CHECK(again != NULL && json_equal(again, want),
	    "value %.*s is not jansson's", (int)len, text);
	json_decref(again);
}

/* The members jsonscan recorded make jansson's object, last key winning. */
static void
same_members(const struct jsonscan *j, const json_t *want)
{
	json_t *have = json_object(), *v;
	const struct jsonscan_member *m;
	char *key;
	size_t i, n;

	FUZZ_CHECK(j->is_object, "jansson parsed an object, jsonscan not");
	for (i = 0; i < j->n; i++) {
		m = &j->member[i];
		key = malloc(m->keylen + 3);
		n = jsonscan_string(m->key - 1, m->keylen + 2, key);
		v = json_object_getn(want, key, n);
		FUZZ_CHECK(v != NULL, "key %.*s is not jansson's",
		    (int)m->keylen, m->key);
		json_object_setn(have, key, n, v);
		if (!m->key_escaped && memchr(key, '\0', n) == NULL) {
			key[n] = '\0';
			FUZZ_CHECK(jsonscan_get(j, key) != NULL,
			    "jsonscan_get misses %s", key);
			if (jsonscan_get(j, key) == m)
				same_value(m->value, m->valuelen, v);
		}
		free(key);
	}
	FUZZ_CHECK(json_equal(have, want), "the members are not jansson's");
	json_decref(have);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct jsonscan j = { 0 };
	const char *text = (const char *)data;
	char err[256];
	json_t *want;
	int column, scanned;

	want = jsonl_parse(text, size, &column, err, sizeof err);
	scanned = jsonscan_record(&j, text, size);
	FUZZ_CHECK((want != NULL) == (scanned == 0),
	    "jansson %s, jsonscan %s (%s at %zu)",
	    want ? "accepts" : err, scanned == 0 ? "accepts" : "rejects",
	    j.error ? j.error : "", j.error_offset);
	if (want != NULL) {
		if (json_is_object(want))
			same_members(&j, want);
		else
			FUZZ_CHECK(!j.is_object, "jsonscan sees an object");
		if (json_is_array(want) || json_is_string(want)) {
			const char *p = text;

			while (*p == ' ' || *p == '\t' || *p == '\n' ||
			    *p == '\r')
				p++;
			same_value(p, jsonscan_skip(p, text + size), want);
		}
	}
	json_decref(want);
	jsonscan_free(&j);
	return 0;
}
