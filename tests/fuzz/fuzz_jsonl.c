/*
 * fuzz_jsonl: the line reader against a plain splitting of the bytes.
 * The input is read as two operands (the same file twice), so the line
 * numbers must start again at 1 and the second file's byte order mark be
 * dropped too.  jsonl.h promises: each line whole, without "\n" or
 * "\r\n" (a last line without its "\n" included), NUL-terminated and
 * holding any bytes; blank lines skipped; a BOM dropped at a file's start.
 */
#include <string.h>

#include "core/jsonl.h"
#include "fuzz.h"

/* Only spaces and tabs. */
static int
is_blank(const uint8_t *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

/* The next line the reader must give of data, from *at; 0 at the end. */
static int
expect_line(const uint8_t *data, size_t size, size_t *at,
    unsigned long *lineno, const uint8_t **text, size_t *len)
{
	const uint8_t *nl;
	size_t n;

	while (*at < size) {
		nl = memchr(data + *at, '\n', size - *at);
		n = nl ? (size_t)(nl - (data + *at)) : size - *at;
		*text = data + *at;
		*at += n + (nl != NULL);
		++*lineno;
		if (n > 0 && (*text)[n - 1] == '\r')
			n--;
		if (*lineno == 1 && n >= 3 && memcmp(*text, "\xef\xbb\xbf",
		    3) == 0)
			*text += 3, n -= 3;
		if (is_blank(*text, n))
			continue;
		*len = n;
		return 1;
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct jsonl_reader r;
	struct jsonl_line line;
	char *files[2];
	const uint8_t *want;
	size_t at, wantlen;
	unsigned long lineno;
	int pass;

	files[0] = files[1] = (char *)fuzz_file(data, size);
	jsonl_open(&r, 2, files);
	for (pass = 0; pass < 2; pass++) {
		at = 0;
		lineno = 0;
		while (expect_line(data, size, &at, &lineno, &want, &wantlen)) {
			FUZZ_CHECK(jsonl_next(&r, &line) == 1,
			    "no line %lu of pass %d", lineno, pass);
			FUZZ_CHECK(line.lineno == lineno, "line %lu read as %lu",
			    lineno, line.lineno);
			FUZZ_CHECK(line.len == wantlen && memcmp(line.text, want,
			    wantlen) == 0 && line.text[line.len] == '\0',
			    "line %lu differs", lineno);
			FUZZ_CHECK(strcmp(line.file, files[0]) == 0,
			    "line %lu names file %s", lineno, line.file);
		}
	}
	FUZZ_CHECK(jsonl_next(&r, &line) == 0, "a line too many: %lu",
	    line.lineno);
	FUZZ_CHECK(!jsonl_failed(&r), "the reader failed");
	jsonl_close(&r);
	return 0;
}
