/* memfile.c: fuzz_file(), the in-memory file of fuzz.h. */
#define _GNU_SOURCE
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz.h"

/* Rewrites the one memory file with data and returns its path. */
const char *
fuzz_file(const uint8_t *data, size_t size)
{
	static int fd = -1;
	static char path[64];
	size_t done = 0;
	ssize_t n;

	if (fd == -1) {
		if ((fd = memfd_create("fuzz", 0)) == -1) {
			perror("memfd_create");
			abort();
		}
		snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	}
	if (ftruncate(fd, 0) == -1) {
		perror("ftruncate");
		abort();
	}
	while (done < size) {
		if ((n = pwrite(fd, data + done, size - done,
		    (off_t)done)) <= 0) {
			perror("pwrite");
			abort();
		}
		done += (size_t)n;
	}
	return path;
}
