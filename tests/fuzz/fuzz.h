/*
 * fuzz.h: what the libFuzzer harnesses of tests/fuzz share.
 *
 * Each harness defines LLVMFuzzerTestOneInput(); clang links it with
 * libFuzzer (make fuzz), gcc with replay.c (make check), which feeds it
 * the saved inputs of tests/fuzz/regress/NAME/.  A harness finds a fault
 * by crashing: a sanitizer report, or FUZZ_CHECK, which says what two
 * implementations disagreed on and aborts.
 */
#ifndef SAMEN_FUZZ_H
#define SAMEN_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond, ...) do {					\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: FUZZ_CHECK(%s) failed: ",	\
		    __FILE__, __LINE__, #cond);				\
		fprintf(stderr, __VA_ARGS__);				\
		fputc('\n', stderr);					\
		abort();						\
	}								\
} while (0)

/*
 * A file in memory holding data, named by a path the library can open
 * (/proc/self/fd/N): for the readers that take file names.  The same file
 * is rewritten from call to call.
 */
const char *fuzz_file(const uint8_t *data, size_t size);

#endif
