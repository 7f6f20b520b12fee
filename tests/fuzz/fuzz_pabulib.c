/*
 * fuzz_pabulib: the .pb reader.  Whatever the bytes, fed line by line as
 * the stream hands them out (pabulib_line, then pabulib_end), it must end,
 * give records that are objects or bad lines with a reason, and leak
 * nothing.
 */
#include <string.h>

#include "advice/pabulib.h"
#include "fuzz.h"

/* One line to the reader, checked. */
static void
feed(struct pb_reader *r, const char *text, size_t len)
{
	char err[1024];
	json_t *rec;
	int rc;

	err[0] = '\0';
	rc = pabulib_line(r, text, len, &rec, err, sizeof err);
	if (rc == 1) {
		FUZZ_CHECK(json_is_object(rec), "a record not an object");
		json_decref(rec);
	} else if (rc == -1)
		FUZZ_CHECK(err[0] != '\0', "a bad line without a reason");
	else
		FUZZ_CHECK(rc == 0, "pabulib_line gave %d", rc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data, *end = p + size;
	struct pb_reader *r = pabulib_open();
	json_t *rec;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = (size_t)((nl != NULL ? nl : end) - p);

		feed(r, p, len > 0 && p[len - 1] == '\r' ? len - 1 : len);
		p += len + (nl != NULL);
	}
	if (pabulib_end(r, &rec) == 1) {
		FUZZ_CHECK(json_is_object(rec), "the budget not an object");
		json_decref(rec);
	}
	pabulib_close(r);
	return 0;
}
