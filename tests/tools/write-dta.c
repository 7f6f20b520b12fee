/*
 * write-dta FILE: writes the five cases of tests/cli/data/survey-import/
 * small.sps as a Stata file, through ReadStat's writer, for the test that
 * survey-import reads Stata as it reads SPSS.  Stata has no user-missing
 * values: 9 "weet niet" is a plain labelled value there.
 */
#include <stdio.h>
#include <string.h>

#include <readstat.h>

static ssize_t
put(const void *data, size_t len, void *ctx)
{
	return (ssize_t)fwrite(data, 1, len, ctx);
}

static const struct {
	int nr;
	const char *bu;
	double w;
	int d[6], l[6], werk;		/* werk 0: missing */
} cases[] = {
	{ 1, "BU99010101", 1.25, { 1, 3, 3, 1, 2, 3 }, { 0, 1, 2, 3, 4, 5 }, 1 },
	{ 2, "BU99010102", 0.75, { 3, 3, 3, 3, 3, 3 }, { 5, 5, 5, 5, 5, 5 }, 7 },
	{ 3, "XX123", 1, { 1, 1, 1, 1, 1, 1 }, { 2, 2, 2, 2, 2, 2 }, 2 },
	{ 4, "BU99010103", 1.5, { 9, 1, 1, 1, 1, 1 }, { 9, 9, 9, 9, 9, 9 }, 0 },
	{ 5, "  BU99010201", 2, { 2, 2, 2, 2, 2, 2 }, { 1, 1, 1, 1, 1, 1 }, 3 }
};

int
main(int argc, char *argv[])
{
	static const char *const lsns[] = { "geen", "\xc3\xa9\xc3\xa9n", "twee",
	    "drie of vier", "vijf tot acht", "negen of meer" };
	readstat_writer_t *w = readstat_writer_init();
	readstat_label_set_t *djg, *count, *work;
	readstat_variable_t *nr, *bu, *wt, *d[6], *l[6], *werk;
	char name[8];
	FILE *fp;
	int i, j;

	if (argc != 2 || (fp = fopen(argv[1], "wb")) == NULL) {
		fprintf(stderr, "usage: write-dta FILE.dta\n");
		return 2;
	}
	readstat_set_data_writer(w, put);
	djg = readstat_add_label_set(w, READSTAT_TYPE_INT32, "djg");
	readstat_label_int32_value(djg, 1, "Ja");
	readstat_label_int32_value(djg, 2, "Min of meer");
	readstat_label_int32_value(djg, 3, "Nee");
	readstat_label_int32_value(djg, 9, "weet niet");
	count = readstat_add_label_set(w, READSTAT_TYPE_INT32, "aantal");
	for (i = 0; i < 6; i++)
		readstat_label_int32_value(count, i, lsns[i]);
	readstat_label_int32_value(count, 9, "weet niet");
	work = readstat_add_label_set(w, READSTAT_TYPE_INT32, "werk");
	readstat_label_int32_value(work, 1, "betaald werk");
	readstat_label_int32_value(work, 2, "betaald werk met ondersteuning");
	readstat_label_int32_value(work, 3, "geen betaald werk");
	nr = readstat_add_variable(w, "nr", READSTAT_TYPE_INT32, 0);
	bu = readstat_add_variable(w, "bu", READSTAT_TYPE_STRING, 12);
	wt = readstat_add_variable(w, "w", READSTAT_TYPE_DOUBLE, 0);
	for (i = 0; i < 6; i++) {
		snprintf(name, sizeof name, "d%d", i + 1);
		d[i] = readstat_add_variable(w, name, READSTAT_TYPE_INT32, 0);
		readstat_variable_set_label_set(d[i], djg);
	}
	for (i = 0; i < 6; i++) {
		snprintf(name, sizeof name, "l%d", i + 1);
		l[i] = readstat_add_variable(w, name, READSTAT_TYPE_INT32, 0);
		readstat_variable_set_label_set(l[i], count);
	}
	werk = readstat_add_variable(w, "werk", READSTAT_TYPE_INT32, 0);
	readstat_variable_set_label_set(werk, work);
	readstat_begin_writing_dta(w, fp, 5);
	for (i = 0; i < 5; i++) {
		readstat_begin_row(w);
		readstat_insert_int32_value(w, nr, cases[i].nr);
		readstat_insert_string_value(w, bu, cases[i].bu);
		readstat_insert_double_value(w, wt, cases[i].w);
		for (j = 0; j < 6; j++)
			readstat_insert_int32_value(w, d[j], cases[i].d[j]);
		for (j = 0; j < 6; j++)
			readstat_insert_int32_value(w, l[j], cases[i].l[j]);
		if (cases[i].werk)
			readstat_insert_int32_value(w, werk, cases[i].werk);
		else
			readstat_insert_missing_value(w, werk);
		readstat_end_row(w);
	}
	readstat_end_writing(w);
	readstat_writer_free(w);
	return fclose(fp) == 0 ? 0 : 1;
}
