#include <string.h>

#include "core/csvread.h"
#include "unit.h"

/* All rows of text, as "line:field|field" strings, errors as "line:!". */
static char *
rows_of(const char *text, const struct csvread_opts *o)
{
	static char out[2048];
	char path[UNIT_TEMP_SIZE], err[256];
	struct csv_row row;
	struct csvread *r;
	FILE *fp;
	size_t i, len = 0;
	int rc;

	fp = fopen(unit_temp_file(path, text, strlen(text)), "rb");
	ck_assert(fp != NULL);
	r = csvread_open(fp, o);
	out[0] = '\0';
	while ((rc = csvread_next(r, &row, err, sizeof err)) != 0) {
		len += (size_t)snprintf(out + len, sizeof out - len, "%s%lu:",
		    len ? " " : "", row.line);
		for (i = 0; rc == 1 && i < row.n; i++)
			len += (size_t)snprintf(out + len, sizeof out - len,
			    "%s%s", i ? "|" : "", row.field[i]);
		if (rc == -1)
			len += (size_t)snprintf(out + len, sizeof out - len, "!");
	}
	ck_assert(!csvread_failed(r));
	csvread_close(r);
	fclose(fp);
	unlink(path);
	return out;
}

static const struct csvread_opts plain = { 0, 0 };

/* RFC 4180: quotes, doubled quotes, a line break inside quotes; the
 * row's line is where it starts. */
START_TEST(rfc4180)
{
	ck_assert_str_eq(rows_of("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n"
	    "\"two\nlines\",z\n", &plain),
	    "1:a|b 2:x, y|say \"hi\" 3:two\nlines|z");
}
END_TEST

/* The delimiter is guessed from the first line; padding is dropped, a
 * BOM too, blank lines skipped, a last line without "\n" read. */
START_TEST(dutch)
{
	ck_assert_str_eq(rows_of("\xef\xbb\xbf" "code;naam\n\n  GM9901  ;"
	    "Lindewaarde\nBU99010101;\"Oude, Kern\"", &plain),
	    "1:code|naam 3:GM9901|Lindewaarde 4:BU99010101|Oude, Kern");
	ck_assert_str_eq(rows_of("a\tb\n1,5\t2\n", &plain), "1:a|b 2:1,5|2");
}
END_TEST

/* A stray quote and bytes that are not UTF-8 reject their row only. */
START_TEST(bad_rows)
{
	ck_assert_str_eq(rows_of("a,b\nx,y\"z\nc,d\n\xe9,e\nf,g\n", &plain),
	    "1:a|b 2:! 3:c|d 4:! 5:f|g");
	ck_assert_str_eq(rows_of("a,b\n\"open,c\n", &plain), "1:a|b 2:!");
}
END_TEST

/* Windows-1252: é as one byte, the euro sign at 0x80. */
START_TEST(windows1252)
{
	struct csvread_opts o = { ';', 1 };

	ck_assert_str_eq(rows_of("caf\xe9;\x80 5\n", &o),
	    "1:caf\xc3\xa9|\xe2\x82\xac 5");
}
END_TEST

START_TEST(numbers)
{
	double d;

	ck_assert(csv_number("1,5", &d) == 0 && d == 1.5);
	ck_assert(csv_number(" -2.25 ", &d) == 0 && d == -2.25);
	ck_assert(csv_number("42", &d) == 0 && d == 42);
	ck_assert(csv_number("1.234,5", &d) == -1);
	ck_assert(csv_number("1e5", &d) == -1);
	ck_assert(csv_number("", &d) == -1);
	ck_assert(csv_number(",", &d) == -1);
	ck_assert(csv_number("x", &d) == -1);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("csvread");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, rfc4180);
	tcase_add_test(tc, dutch);
	tcase_add_test(tc, bad_rows);
	tcase_add_test(tc, windows1252);
	tcase_add_test(tc, numbers);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(suite)
