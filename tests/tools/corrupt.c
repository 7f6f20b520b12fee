/*
 * corrupt: the corruption drill's damage, deterministic.  Reads a JSON
 * Lines file of compact records (as examples/ holds them) and writes it
 * with a tenth of its lines damaged, each in one way, the ways taken in
 * turn: truncation, invalid UTF-8 in a string, a NUL byte, one 10 MB line
 * (with -H),
 * nesting deeper than the 2048 levels JSON readers allow, numbers out of
 * range (out of the field's documented range, or beyond what JSON numbers
 * hold), a wrong type, a missing required field, and a duplicate key.  A
 * way that does not apply to a line (no such field) passes to the next.
 *
 * A duplicate key is damage that leaves a valid record: the member is
 * repeated before the original with the wrong-type value, and jansson,
 * like jsonscan, keeps the last of duplicates, so the record reads as the
 * original.  The drill counts such a line as intact.
 *
 * usage: corrupt [-H] [-s SEED] [-n FIELD=VALUE] [-t FIELD=VALUE]
 *            [-r FIELD] [-x TEXT] FILE LIST > OUT
 *   -n  the out-of-range value for FIELD (else only JSON's own limits)
 *   -t  the wrong-type value for FIELD
 *   -r  a required field, to leave out
 *   -x  leave the lines that hold TEXT whole (records others refer to)
 *   -H  make one of the damaged lines 10 MB long
 * LIST gets one line "LINE KIND" for each damaged line, KIND one of
 * truncated utf8 nul huge deep range wrong-type missing duplicate-key.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "prng.h"

enum kind {
	TRUNCATED, UTF8, NUL, HUGE, DEEP, RANGE, WRONG_TYPE, MISSING,
	DUPLICATE, NKINDS
};
static const char *const kind_name[NKINDS] = {
	"truncated", "utf8", "nul", "huge", "deep", "range", "wrong-type",
	"missing", "duplicate-key"
};

#define HUGE_BYTES (10 * 1024 * 1024)
#define DEEP_LEVELS 3000

static uint64_t state;
static const char *range_field, *range_value, *type_field, *type_value;
static const char *required_field, *keep_text;
static int huge_done = 1;	/* -H clears it */

/* Uniform in [0, n). */
static size_t
pick(size_t n)
{
	return (size_t)(splitmix64(&state) % n);
}

/* The end of the JSON value that starts at p (compact, valid text). */
static const char *
value_end(const char *p)
{
	int depth = 0, in_string = 0;

	for (; *p != '\0'; p++) {
		if (in_string) {
			if (*p == '\\')
				p++;
			else if (*p == '"')
				in_string = 0;
			if (!in_string && depth == 0)
				return p + 1;
			continue;
		}
		switch (*p) {
		case '"':
			in_string = 1;
			break;
		case '[': case '{':
			depth++;
			break;
		case ']': case '}':
			if (depth == 0)
				return p;
			if (--depth == 0)
				return p + 1;
			break;
		case ',':
			if (depth == 0)
				return p;
			break;
		}
	}
	return p;
}

/* The member "field": of the top-level object of line: its key's quote
 * in *key, its value in [*val, *end); 0 when absent. */
static int
find_member(const char *line, const char *field, const char **key,
    const char **val, const char **end)
{
	char pat[128];
	const char *p = line;

	snprintf(pat, sizeof pat, "\"%s\":", field);
	while ((p = strstr(p, pat)) != NULL) {
		if (p[-1] == '{' || p[-1] == ',') {
			*key = p;
			*val = p + strlen(pat);
			*end = value_end(*val);
			return 1;
		}
		p++;
	}
	return 0;
}

/* Writes line with [from, to) replaced by with (len bytes). */
static void
splice(const char *line, const char *from, const char *to,
    const char *with, size_t len)
{
	fwrite(line, 1, (size_t)(from - line), stdout);
	fwrite(with, 1, len, stdout);
	fputs(to, stdout);
}

/* Writes "{" + what + the rest of line. */
static void
prepend(const char *line, const char *what)
{
	splice(line, line + 1, line + 1, what, strlen(what));
}

/* Replaces field's value with value; 0 when the line has no such field. */
static int
replace_value(const char *line, const char *field, const char *value)
{
	const char *key, *val, *end;

	if (field == NULL || !find_member(line, field, &key, &val, &end))
		return 0;
	splice(line, val, end, value, strlen(value));
	return 1;
}

/* Damages line (len bytes, no newline) in way k; 0 when k does not
 * apply to it, and nothing is written. */
static int
damage(const char *line, size_t len, enum kind k)
{
	const char *key, *val, *end;
	char buf[256];
	size_t i, at;

	switch (k) {
	case TRUNCATED:
		fwrite(line, 1, 1 + pick(len - 1), stdout);
		return 1;
	case UTF8:	/* in the last string value */
		for (key = NULL, val = line; (val = strstr(val, "\":\"")) !=
		    NULL; val++)
			key = val;
		if (key == NULL)
			return 0;
		splice(line, key + 3, key + 3, "\xc3\x28", 2);
		return 1;
	case NUL:
		at = 1 + pick(len - 1);
		fwrite(line, 1, at, stdout);
		fputc('\0', stdout);
		fputs(line + at, stdout);
		return 1;
	case HUGE:
		if (huge_done)
			return 0;
		huge_done = 1;
		fwrite(line, 1, len / 2, stdout);
		for (i = 0; i < HUGE_BYTES; i++)
			putchar('x');
		return 1;
	case DEEP:
		fputs("{\"deep\":", stdout);
		for (i = 0; i < DEEP_LEVELS; i++)
			putchar('[');
		for (i = 0; i < DEEP_LEVELS; i++)
			putchar(']');
		fputs(",", stdout);
		fputs(line + 1, stdout);
		return 1;
	case RANGE:
		if (pick(2) == 0 && replace_value(line, range_field, range_value))
			return 1;
		if (replace_value(line, range_field,
		    "123456789012345678901234567890"))
			return 1;
		prepend(line, "\"big\":1e999,");
		return 1;
	case WRONG_TYPE:
		return replace_value(line, type_field, type_value);
	case MISSING:
		if (required_field == NULL || !find_member(line, required_field,
		    &key, &val, &end))
			return 0;
		if (*end == ',')
			end++;
		else if (key[-1] == ',')
			key--;
		splice(line, key, end, "", 0);
		return 1;
	case DUPLICATE:
		if (type_field == NULL || !find_member(line, type_field, &key,
		    &val, &end))
			return 0;
		snprintf(buf, sizeof buf, "\"%s\":%s,", type_field, type_value);
		prepend(line, buf);
		return 1;
	default:
		return 0;
	}
}

/* FIELD=VALUE into its two parts. */
static void
field_value(char *arg, const char **field, const char **value)
{
	char *eq = strchr(arg, '=');

	if (eq == NULL) {
		fprintf(stderr, "corrupt: %s: not FIELD=VALUE\n", arg);
		exit(2);
	}
	*eq = '\0';
	*field = arg;
	*value = eq + 1;
}

/* Reads the lines of fp into *lines; returns how many. */
static size_t
read_lines(FILE *fp, char ***lines)
{
	char *buf = NULL;
	size_t cap = 0, n = 0, room = 0;
	ssize_t len;

	*lines = NULL;
	while ((len = getline(&buf, &cap, fp)) > 0) {
		if (buf[len - 1] == '\n')
			buf[len - 1] = '\0';
		if (n == room) {
			room = room * 2 + 64;
			*lines = realloc(*lines, room * sizeof **lines);
			if (*lines == NULL) {
				perror("corrupt");
				exit(2);
			}
		}
		(*lines)[n++] = strdup(buf);
	}
	free(buf);
	return n;
}

int
main(int argc, char *argv[])
{
	FILE *in, *list;
	char **lines, *hit;
	size_t n, i, want, done = 0, kept = 0, tries;
	uint64_t seed = 14;
	unsigned next_kind;
	int c;

	while ((c = getopt(argc, argv, "Hs:n:t:r:x:")) != -1) {
		switch (c) {
		case 'H':
			huge_done = 0;
			break;
		case 's':
			seed = strtoull(optarg, NULL, 10);
			break;
		case 'n':
			field_value(optarg, &range_field, &range_value);
			break;
		case 't':
			field_value(optarg, &type_field, &type_value);
			break;
		case 'r':
			required_field = optarg;
			break;
		case 'x':
			keep_text = optarg;
			break;
		default:
			return 2;
		}
	}
	if (argc - optind != 2 || (in = fopen(argv[optind], "r")) == NULL ||
	    (list = fopen(argv[optind + 1], "w")) == NULL) {
		fprintf(stderr, "usage: corrupt [-H] [-s SEED] [-n FIELD=VALUE] "
		    "[-t FIELD=VALUE] [-r FIELD] [-x TEXT] FILE LIST > OUT\n");
		return 2;
	}
	state = seed;
	n = read_lines(in, &lines);
	fclose(in);
	hit = calloc(n + 1, 1);
	for (i = 0; i < n; i++)
		if (keep_text != NULL && strstr(lines[i], keep_text) != NULL)
			hit[i] = 2, kept++;	/* never damaged */
	want = (n + 9) / 10;
	if (want > n - kept)
		want = n - kept;
	while (done < want) {
		if (!hit[i = pick(n)])
			hit[i] = 1, done++;
	}
	/* Two kinds a seed in a short file: seeds 14 to 18 take them all. */
	next_kind = (unsigned)(seed * 2 % NKINDS);
	for (i = 0; i < n; i++) {
		if (hit[i] != 1 || strlen(lines[i]) < 2) {
			puts(lines[i]);
			continue;
		}
		for (tries = 0; tries < NKINDS; tries++) {
			enum kind k = (enum kind)(next_kind++ % NKINDS);

			if (damage(lines[i], strlen(lines[i]), k)) {
				putchar('\n');
				fprintf(list, "%zu %s\n", i + 1, kind_name[k]);
				break;
			}
		}
		if (tries == NKINDS)
			puts(lines[i]);
	}
	for (i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
	free(hit);
	return fclose(list) != 0 || fflush(stdout) != 0 ? 2 : 0;
}
