/*
 * jansson-cat: the benchmark's floor.  Parses each line of standard input
 * with jansson and prints it again compactly: what any jansson-based filter
 * pays before it does any work.
 */
#include <stdio.h>
#include <stdlib.h>
#include <jansson.h>

int
main(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	json_error_t error;

	while ((len = getline(&line, &cap, stdin)) > 0) {
		json_t *v = json_loadb(line, (size_t)len, JSON_DECODE_ANY, &error);

		if (v == NULL)
			continue;
		json_dumpf(v, stdout, JSON_COMPACT);
		putchar('\n');
		json_decref(v);
	}
	free(line);
	return ferror(stdout) ? 2 : 0;
}
