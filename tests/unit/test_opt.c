#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/opt.h"
#include "unit.h"


static int verbose, quiet, longest;
static const char *output, *level;
static long count, top = -1;
static int format = -1;
static const char *const formats[] = { "jsonl", "text|tekst",
    "markdown|md", "html", NULL };
static double alpha;
static struct strlist areas;

static int
level_call(const struct opt *o, const char *arg)
{
	if (strcmp(arg, "wijk") != 0 && strcmp(arg, "gemeente") != 0)
		return -1;
	*(const char **)o->value = arg;
	return 0;
}

static const struct opt opts[] = {
	OPT_FLAG('v', "verbose", &verbose, "say more"),
	/* 50 characters: one too many for the line */
	OPT_STRING('o', "output", &output, "FILE",
	    "write to FILE, or to the standard output when none"),
	/* 49: just fit */
	OPT_LONG('n', "count", &count, "N",
	    "stop after N records, or at the end of all input."),
	OPT_DOUBLE(0, "alpha", &alpha, "X",
	    "the level of the test: a number between 0 and 1, here given a "
	    "help text long enough to wrap over three lines of the usage "
	    "text, at the words"),
	OPT_LIST('a', "area", &areas, "CODE",
	    "only records of area CODE; may be repeated"),
	OPT_CALL(0, "level", &level, "LEVEL",
	    "roll areas up to LEVEL: wijk or gemeente", level_call),
	OPT_CHOICE(0, "format", &format, "WORD", formats, "how to write"),
	OPT_RANGE(0, "top", &top, "N", 1, 100, "the first N"),
	OPT_RANGE(0, "min-n", &top, "N", 0, LONG_MAX, "the smallest group"),
	OPT_FLAG(0, "a-rather-long-option", &longest, "help just fits"),
	OPT_FLAG(0, "a-rather-long-options", &longest,
	    "help on a line of its own"),
	OPT_END
};

/* Short options only, and a long one after them that must still work. */
static const struct opt short_opts[] = {
	OPT_FLAG('q', NULL, &quiet, "say less"),
	OPT_STRING('O', NULL, &output, "FILE", "write to FILE"),
	OPT_FLAG(0, "verbose", &verbose, "say more"),
	OPT_END
};

static const struct cmd short_cmd = {
	"test-opt", "", "Short.", short_opts
};

static const struct cmd cmd = {
	"test-opt", "[file ...]", "Tries the option table.", opts
};

static const char help_text[] =
	"usage: test-opt [options] [file ...]\n"
	"Tries the option table.\n"
	"\n"
	"options:\n"
	"  -v, --verbose               say more\n"
	"  -o, --output FILE           "
	    "write to FILE, or to the standard output when\n"
	"                              none\n"
	"  -n, --count N               "
	    "stop after N records, or at the end of all input.\n"
	"      --alpha X               "
	    "the level of the test: a number between 0 and 1,\n"
	"                              "
	    "here given a help text long enough to wrap over\n"
	"                              "
	    "three lines of the usage text, at the words\n"
	"  -a, --area CODE             "
	    "only records of area CODE; may be repeated\n"
	"      --level LEVEL           roll areas up to LEVEL: wijk or gemeente\n"
	"      --format WORD           how to write (jsonl, text/tekst, markdown/md,\n"
	"                              html)\n"
	"      --top N                 the first N\n"
	"      --min-n N               the smallest group\n"
	"      --a-rather-long-option  help just fits\n"
	"      --a-rather-long-options\n"
	"                              help on a line of its own\n"
	"  -h, --help                  print this help and exit\n"
	"  -V, --version               print the version and exit\n"
	"\n"
	"See test-opt(1).\n";

/* The options are globals, as in a program: back to their defaults, and
 * getopt_long back to the start (optind 0 makes glibc start afresh). */
static void
reset(void)
{
	verbose = quiet = longest = 0;
	output = level = NULL;
	count = 0;
	top = -1;
	format = -1;
	alpha = 0;
	strlist_free(&areas);
	optind = 0;
}

/* Parses the NULL-terminated args (the name first). */
static int
parse(char **argv)
{
	int argc = 0;

	while (argv[argc] != NULL)
		argc++;
	reset();
	return opt_parse(&cmd, argc, argv);
}

START_TEST(kinds)
{
	char a0[] = "test-opt", a1[] = "-v", a2[] = "--output=a.jsonl",
	    a3[] = "-o", a4[] = "b.jsonl", a5[] = "-n", a6[] = "-5",
	    a7[] = "--alpha", a8[] = "0.25", a9[] = "-a", a10[] = "BU1",
	    a11[] = "--area=BU2", a12[] = "-aBU3", a13[] = "--level",
	    a14[] = "wijk", a15[] = "--verbose", a16[] = "--a-rather-long-option",
	    a17[] = "in.jsonl", a18[] = "-";
	char *argv[] = { a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11,
	    a12, a13, a14, a15, a16, a17, a18, NULL };

	progname = "samen";
	ck_assert_int_eq(parse(argv), 17);
	ck_assert_str_eq(progname, "test-opt");
	ck_assert_int_eq(verbose, 1);
	ck_assert_int_eq(longest, 1);
	ck_assert_str_eq(output, "b.jsonl");	/* the last one wins */
	ck_assert_int_eq(count, -5);
	ck_assert(alpha == 0.25);
	ck_assert_uint_eq(areas.n, 3);
	ck_assert_str_eq(areas.item[0], "BU1");
	ck_assert_str_eq(areas.item[1], "BU2");
	ck_assert_str_eq(areas.item[2], "BU3");
	ck_assert_str_eq(level, "wijk");
	ck_assert_str_eq(argv[17], "in.jsonl");
	ck_assert_str_eq(argv[18], "-");		/* "-" is an operand */
	reset();
}
END_TEST

/* Nothing given: nothing set, and the operands start at 1. */
START_TEST(defaults)
{
	char a0[] = "test-opt";
	char *argv[] = { a0, NULL };

	ck_assert_int_eq(parse(argv), 1);
	ck_assert_int_eq(verbose, 0);
	ck_assert(output == NULL && level == NULL);
	ck_assert_uint_eq(areas.n, 0);
	reset();
}
END_TEST

/* Options may follow operands (getopt_long moves the operands to the
 * end); "--" ends the options. */
START_TEST(operands)
{
	char a0[] = "test-opt", a1[] = "x.jsonl", a2[] = "-vaBU9", a3[] = "y",
	    a4[] = "--", a5[] = "-n", a6[] = "--verbose";
	char *argv[] = { a0, a1, a2, a3, a4, a5, a6, NULL };

	ck_assert_int_eq(parse(argv), 3);
	ck_assert_int_eq(verbose, 1);
	ck_assert_uint_eq(areas.n, 1);
	ck_assert_str_eq(areas.item[0], "BU9");
	ck_assert_int_eq(count, 0);
	ck_assert_str_eq(argv[3], "x.jsonl");
	ck_assert_str_eq(argv[4], "y");
	ck_assert_str_eq(argv[5], "-n");
	ck_assert_str_eq(argv[6], "--verbose");
	reset();
}
END_TEST

/* What opt_help writes. */
static char *
help_of(const struct cmd *c)
{
	struct unit_capture cap;

	unit_capture_begin(&cap, 1);
	opt_help(c);
	return unit_capture_end(&cap, NULL);
}

/* Help from column 30, wrapped at words before column 80; an option too
 * long for its column has its help on the next line. */
START_TEST(help)
{
	char *got = help_of(&cmd);

	ck_assert_str_eq(got, help_text);
	free(got);
}
END_TEST

START_TEST(short_only)
{
	char a0[] = "test-opt", a1[] = "-q", a2[] = "-O", a3[] = "f.jsonl",
	    a4[] = "--verbose", a5[] = "-";
	char *argv[] = { a0, a1, a2, a3, a4, a5, NULL }, *got;

	reset();
	ck_assert_int_eq(opt_parse(&short_cmd, 6, argv), 5);
	ck_assert_int_eq(quiet, 1);
	ck_assert_int_eq(verbose, 1);
	ck_assert_str_eq(output, "f.jsonl");
	reset();
	got = help_of(&short_cmd);
	ck_assert_str_eq(got,
	    "usage: test-opt [options]\n"
	    "Short.\n"
	    "\n"
	    "options:\n"
	    "  -q                          say less\n"
	    "  -O FILE                     write to FILE\n"
	    "      --verbose               say more\n"
	    "  -h, --help                  print this help and exit\n"
	    "  -V, --version               print the version and exit\n"
	    "\n"
	    "See test-opt(1).\n");
	free(got);
}
END_TEST

/* Whatever exits runs in a child of its own (unit_run_child). */
static void
parse_child(void *argv)
{
	parse(argv);
	reset();
	_exit(99);	/* should not get here */
}

static void
ends(const char *arg, const char *arg2, int status, const char *out,
    const char *err)
{
	char a0[] = "test-opt", *a1 = strdup(arg);
	char *a2 = arg2 != NULL ? strdup(arg2) : NULL;
	char *argv[] = { a0, a1, a2, NULL };
	struct unit_child e;

	ck_assert(a1 != NULL && (arg2 == NULL || a2 != NULL));
	e = unit_run_child(parse_child, argv, NULL);
	ck_assert(e.exited);
	ck_assert_int_eq(e.status, status);
	ck_assert_str_eq(e.out, out);
	if (err != NULL)
		ck_assert_str_eq(e.err, err);
	else
		ck_assert(strncmp(e.err, "test-opt: ", 10) == 0);
	unit_child_free(&e);
	free(a1);
	free(a2);
}

START_TEST(help_exits)
{
	ends("--help", NULL, 0, help_text, "");
	ends("-h", NULL, 0, help_text, "");
	ends("--version", NULL, 0, "test-opt (samen) " SAMEN_VERSION "\n", "");
	ends("-V", NULL, 0, "test-opt (samen) 0.1.0\n", "");
}
END_TEST

#define TRY "\nTry 'test-opt --help' for more information.\n"

START_TEST(usage_errors)
{
	ends("--bogus", NULL, 2, "", "test-opt: unknown option: --bogus" TRY);
	ends("--bogus=1", NULL, 2, "",
	    "test-opt: unknown option: --bogus=1" TRY);
	ends("-z", NULL, 2, "", "test-opt: unknown option: -z" TRY);
	ends("-vz", NULL, 2, "", "test-opt: unknown option: -z" TRY);
	ends("--output", NULL, 2, "",
	    "test-opt: option needs an argument: --output" TRY);
	ends("-o", NULL, 2, "", "test-opt: option needs an argument: -o" TRY);
	ends("-n", "12x", 2, "",
	    "test-opt: --count: '12x' is not a whole number" TRY);
	ends("--count", "", 2, "",
	    "test-opt: --count: '' is not a whole number" TRY);
	ends("-n", "99999999999999999999", 2, "",
	    "test-opt: --count: '99999999999999999999' is not a whole number"
	    TRY);
	ends("--alpha", "nan", 2, "",
	    "test-opt: --alpha: 'nan' is not a number" TRY);
	ends("--alpha", "inf", 2, "",
	    "test-opt: --alpha: 'inf' is not a number" TRY);
	ends("--alpha", "1e999", 2, "",
	    "test-opt: --alpha: '1e999' is not a number" TRY);
	ends("--alpha", "0.5x", 2, "",
	    "test-opt: --alpha: '0.5x' is not a number" TRY);
	ends("--level", "buurt", 2, "",
	    "test-opt: --level: invalid value 'buurt'" TRY);
	ends("--verbose=1", NULL, 2, "",
	    "test-opt: option takes no argument: --verbose=1" TRY);
	ends("--a-rather", NULL, 2, "",
	    "test-opt: ambiguous option: --a-rather" TRY);
	ends("--a-rather=x", NULL, 2, "",
	    "test-opt: ambiguous option: --a-rather=x" TRY);
}
END_TEST

/* A word of the table gives its index, an alias the index of its word;
 * --help shows each word with its aliases ("text/tekst"). */
START_TEST(choice_and_range)
{
	char a0[] = "t", a1[] = "--format", a2[] = "md", a3[] = "--top",
	    a4[] = "100", a5[] = "--format=html";
	char *argv[] = { a0, a1, a2, a3, a4, NULL };
	char *argv2[] = { a0, a5, NULL };

	parse(argv);
	ck_assert_int_eq(format, 2);
	ck_assert_int_eq(top, 100);
	parse(argv2);
	ck_assert_int_eq(format, 3);
	ck_assert_int_eq(top, -1);		/* untouched when not given */
	ck_assert_int_eq(opt_word(formats, "jsonl"), 0);
	ck_assert_int_eq(opt_word(formats, "markdown"), 2);
	ck_assert_int_eq(opt_word(formats, "tekst"), 1);
	ck_assert_int_eq(opt_word(formats, "text|tekst"), -1);
	ck_assert_int_eq(opt_word(formats, "tek"), -1);
	ck_assert_int_eq(opt_word(formats, "m"), -1);
	ck_assert_int_eq(opt_word(formats, "mark"), -1);
	ck_assert_int_eq(opt_word(formats, ""), -1);
	reset();
}
END_TEST

/* A wrong word lists the table's own words (not the aliases) and the
 * nearest; a number out of bounds says the bounds. */
START_TEST(choice_and_range_errors)
{
	ends("--format", "htm", 2, "", "test-opt: --format 'htm': not jsonl, "
	    "text, markdown or html (did you mean 'html'?)" TRY);
	ends("--format", "pdf", 2, "", "test-opt: --format 'pdf': not jsonl, "
	    "text, markdown or html" TRY);
	/* the nearest may be an alias: the word a Dutch user meant */
	ends("--format", "tekstt", 2, "", "test-opt: --format 'tekstt': not "
	    "jsonl, text, markdown or html (did you mean 'tekst'?)" TRY);
	ends("--top", "0", 2, "",
	    "test-opt: --top '0': must be from 1 to 100" TRY);
	ends("--top", "101", 2, "",
	    "test-opt: --top '101': must be from 1 to 100" TRY);
	ends("--top", "x", 2, "",
	    "test-opt: --top: 'x' is not a whole number" TRY);
	ends("--min-n", "-1", 2, "",
	    "test-opt: --min-n '-1': must be 0 or more" TRY);
}
END_TEST

/* --help into a full disk is a write error, exit 2, said on stderr. */
static void
help_full_child(void *unused __attribute__((unused)))
{
	char a0[] = "test-opt", a1[] = "--help";
	char *argv[] = { a0, a1, NULL };

	if (freopen("/dev/full", "w", stdout) == NULL)
		_exit(98);
	parse(argv);
	_exit(99);
}

START_TEST(help_write_error)
{
	struct unit_child c = unit_run_child(help_full_child, NULL, NULL);

	ck_assert(c.exited);
	ck_assert_int_eq(c.status, 2);
	ck_assert_str_eq(c.err, "test-opt: write error: No space left on "
	    "device\n");
	unit_child_free(&c);
}
END_TEST

static void
usage_error_child(void *unused __attribute__((unused)))
{
	progname = "prog";
	opt_usage_error("%s and %d", "this", 2);
}

START_TEST(usage_error)
{
	struct unit_child c = unit_run_child(usage_error_child, NULL, NULL);

	ck_assert(c.exited);
	ck_assert_int_eq(c.status, 2);
	ck_assert_str_eq(c.err,
	    "prog: this and 2\nTry 'prog --help' for more information.\n");
	unit_child_free(&c);
}
END_TEST

START_TEST(strlist)
{
	struct strlist l = { 0 };
	char name[16][8];
	int i;

	for (i = 0; i < 16; i++) {
		snprintf(name[i], sizeof name[i], "s%d", i);
		strlist_add(&l, name[i]);
	}
	ck_assert_uint_eq(l.n, 16);
	for (i = 0; i < 16; i++)
		ck_assert(l.item[i] == name[i]);	/* not copies */
	strlist_free(&l);
	ck_assert(l.item == NULL && l.n == 0 && l.cap == 0);
	strlist_add(&l, "again");
	ck_assert_uint_eq(l.n, 1);
	strlist_free(&l);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("opt");
	TCase *t = tcase_create("opt");

	tcase_add_test(t, kinds);
	tcase_add_test(t, defaults);
	tcase_add_test(t, operands);
	tcase_add_test(t, help);
	tcase_add_test(t, short_only);
	tcase_add_test(t, help_exits);
	tcase_add_test(t, usage_errors);
	tcase_add_test(t, choice_and_range);
	tcase_add_test(t, choice_and_range_errors);
	tcase_add_test(t, help_write_error);
	tcase_add_test(t, usage_error);
	tcase_add_test(t, strlist);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
