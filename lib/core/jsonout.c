#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "core/jsonout.h"

/*
 * %.17g always reads back as the same double; fewer digits often do too.
 * For a normal double, 15 significant digits name a single double, so when
 * %.15g reads back it is already the shortest form; otherwise try 16, 17.
 * Subnormals have fewer significant bits and may need fewer digits still.
 */
static void
shortest(double d, char buf[JSONOUT_REAL_MAX])
{
	int p;

	for (p = 15; p <= 17; p++) {
		snprintf(buf, JSONOUT_REAL_MAX, "%.*g", p, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	if (fabs(d) < DBL_MIN && d != 0) {
		for (p = 1; p < 17; p++) {
			snprintf(buf, JSONOUT_REAL_MAX, "%.*g", p, d);
			if (strtod(buf, NULL) == d)
				break;
		}
	}
}

char *
jsonout_number(double d, char buf[JSONOUT_REAL_MAX])
{
	if (d == 0)
		snprintf(buf, JSONOUT_REAL_MAX, "%s", signbit(d) ? "-0" : "0");
	else
		shortest(d, buf);
	return buf;
}

char *
jsonout_real(double d, char buf[JSONOUT_REAL_MAX])
{
	jsonout_number(d, buf);
	if (strpbrk(buf, ".e") == NULL)
		strcat(buf, ".0");
	return buf;
}

int
jsonout_fstring(FILE *fp, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, start = 0;

	putc('"', fp);
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		const char *esc = NULL;
		char u[7];

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		fwrite(s + start, 1, i - start, fp);
		start = i + 1;
		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\n': esc = "\\n"; break;
		case '\t': esc = "\\t"; break;
		case '\r': esc = "\\r"; break;
		case '\b': esc = "\\b"; break;
		case '\f': esc = "\\f"; break;
		default:
			memcpy(u, "\\u00", 4);
			u[4] = hex[c >> 4];
			u[5] = hex[c & 15];
			u[6] = '\0';
			esc = u;
		}
		fputs(esc, fp);
	}
	fwrite(s + start, 1, len - start, fp);
	return putc('"', fp) == EOF ? -1 : 0;
}

int
jsonout_fprint(FILE *fp, const json_t *v)
{
	char buf[JSONOUT_REAL_MAX];
	const char *key;
	json_t *item;
	size_t i, n = 0;

	switch (json_typeof(v)) {
	case JSON_OBJECT:
		putc('{', fp);
		json_object_foreach((json_t *)v, key, item) {
			if (n++)
				putc(',', fp);
			jsonout_fstring(fp, key, strlen(key));
			putc(':', fp);
			jsonout_fprint(fp, item);
		}
		putc('}', fp);
		break;
	case JSON_ARRAY:
		putc('[', fp);
		json_array_foreach(v, i, item) {
			if (i)
				putc(',', fp);
			jsonout_fprint(fp, item);
		}
		putc(']', fp);
		break;
	case JSON_STRING:
		jsonout_fstring(fp, json_string_value(v), json_string_length(v));
		break;
	case JSON_INTEGER:
		fprintf(fp, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		break;
	case JSON_REAL:
		fputs(jsonout_real(json_real_value(v), buf), fp);
		break;
	case JSON_TRUE:
		fputs("true", fp);
		break;
	case JSON_FALSE:
		fputs("false", fp);
		break;
	case JSON_NULL:
		fputs("null", fp);
		break;
	}
	return ferror(fp) ? -1 : 0;
}

char *
jsonout_string(const json_t *v)
{
	char *s = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&s, &len);

	if (fp == NULL)
		die("out of memory");
	jsonout_fprint(fp, v);
	if (fclose(fp) != 0)
		die("out of memory");
	return s;
}
