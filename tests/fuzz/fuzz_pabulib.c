/*
 * fuzz_pabulib: the .pb reader.  Whatever the bytes, pabulib_next() must
 * end, give records or bad lines with a reason, leak nothing, and keep
 * pabulib.h's promise that a line number only goes forward.
 */
#include "advice/pabulib.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *fp;
	struct pb_reader *r;
	json_t *rec;
	unsigned long line, last = 0;
	const char *why;
	size_t rawlen;
	int rc;

	if (size == 0 || (fp = fmemopen((void *)data, size, "r")) == NULL)
		return 0;
	r = pabulib_open(fp);
	while ((rc = pabulib_next(r, &rec, &line, &why)) != 0) {
		FUZZ_CHECK(line >= last, "line %lu after %lu", line, last);
		last = line;
		if (rc == 1) {
			FUZZ_CHECK(json_is_object(rec), "a record not an object");
			json_decref(rec);
		} else {
			FUZZ_CHECK(why != NULL && why[0] != '\0',
			    "line %lu: a bad line without a reason", line);
			(void)pabulib_raw(r, &rawlen);
		}
	}
	pabulib_close(r);
	fclose(fp);
	return 0;
}
