/*
 * unit: what every Check test file shares.  A test file defines its suite
 * and ends with UNIT_MAIN(suite_function).  Tests run from the top of the
 * tree; SAMEN_SHARED names ../shared (the default) for the public test data.
 */
#ifndef SAMEN_UNIT_H
#define SAMEN_UNIT_H

#include <check.h>
#include <stdlib.h>

static inline const char *
unit_shared_dir(void)
{
	const char *d = getenv("SAMEN_SHARED");

	return d != NULL && *d != '\0' ? d : "../shared";
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
