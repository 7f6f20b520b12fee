/*
 * replay: runs a harness's LLVMFuzzerTestOneInput over saved inputs,
 * without libFuzzer, so that make check replays every crash and leak
 * once found (tests/fuzz/regress/NAME/) with gcc alone.  Operands are
 * files or folders of files; prints "NAME: N inputs" and exits 0, or
 * dies (abort, a sanitizer) on the input that still fails.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

/* Feeds the whole of file path to the harness; 0, or -1 when unreadable. */
static int
replay_file(const char *path)
{
	FILE *fp;
	uint8_t *buf = NULL;
	size_t len = 0, cap = 0, n;

	if ((fp = fopen(path, "rb")) == NULL) {
		perror(path);
		return -1;
	}
	do {
		if (cap - len < 65536) {
			cap = cap * 2 + 65536;
			if ((buf = realloc(buf, cap)) == NULL) {
				perror("realloc");
				exit(2);
			}
		}
		n = fread(buf + len, 1, cap - len, fp);
		len += n;
	} while (n > 0);
	if (ferror(fp)) {
		perror(path);
		fclose(fp);
		free(buf);
		return -1;
	}
	fclose(fp);
	LLVMFuzzerTestOneInput(buf, len);
	free(buf);
	return 0;
}

/* Replays path, or each file in it when it is a folder; counts them. */
static int
replay(const char *path, unsigned long *count)
{
	struct stat st;
	struct dirent **names;
	char sub[4096];
	int i, n, bad = 0;

	if (stat(path, &st) == -1) {
		perror(path);
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		(*count)++;
		return replay_file(path);
	}
	if ((n = scandir(path, &names, NULL, alphasort)) == -1) {
		perror(path);
		return -1;
	}
	for (i = 0; i < n; i++) {
		if (names[i]->d_name[0] != '.') {
			snprintf(sub, sizeof sub, "%s/%s", path,
			    names[i]->d_name);
			if (replay(sub, count) == -1)
				bad = -1;
		}
		free(names[i]);
	}
	free(names);
	return bad;
}

int
main(int argc, char *argv[])
{
	const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 :
	    argv[0];
	unsigned long count = 0;
	int i, bad = 0;

	for (i = 1; i < argc; i++)
		if (replay(argv[i], &count) == -1)
			bad = 1;
	printf("%s: %lu inputs\n", name, count);
	return bad ? 2 : 0;
}
