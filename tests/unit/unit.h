/*
 * unit: what every Check test file shares.  A test file defines its suite
 * and ends with UNIT_MAIN(suite_function).  Tests run from the top of the
 * tree; SAMEN_SHARED names ../shared (the default) for the public test data.
 */
#ifndef SAMEN_UNIT_H
#define SAMEN_UNIT_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>

static inline const char *
unit_shared_dir(void)
{
	const char *d = getenv("SAMEN_SHARED");

	return d != NULL && *d != '\0' ? d : "../shared";
}

/* The whole file, NUL-terminated for convenience; its length in *len. */
static inline char *
unit_slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long n;

	ck_assert_msg(fp != NULL, "%s", path);
	ck_assert(fseek(fp, 0, SEEK_END) == 0 && (n = ftell(fp)) >= 0);
	rewind(fp);
	buf = malloc((size_t)n + 1);
	ck_assert(buf != NULL && fread(buf, 1, (size_t)n, fp) == (size_t)n);
	buf[n] = '\0';
	fclose(fp);
	*len = (size_t)n;
	return buf;
}

#define UNIT_MAIN(suite_fn) \
	int main(void) \
	{ \
		SRunner *sr = srunner_create(suite_fn()); \
		int nfailed; \
		srunner_run_all(sr, CK_NORMAL); \
		nfailed = srunner_ntests_failed(sr); \
		srunner_free(sr); \
		return nfailed == 0 ? 0 : 1; \
	}

#endif
