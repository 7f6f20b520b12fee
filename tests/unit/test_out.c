#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/out.h"
#include "unit.h"

/*
 * out_close closes standard output for good, and write errors end the
 * program, so each body runs in a child of its own (CK_FORK=no runs every
 * test in one process) with standard output and error in files; the
 * parent checks how it ended and what it wrote.
 */

static void
text_is(const char *got, size_t len, const char *want, size_t wantlen)
{
	ck_assert_str_eq(got, want);
	ck_assert_uint_eq(len, wantlen);
	ck_assert(memcmp(got, want, len) == 0);
}

#define OUT_IS(c, lit) text_is((c).out, (c).outlen, lit, sizeof(lit) - 1)
#define ERR_IS(c, lit) text_is((c).err, (c).errlen, lit, sizeof(lit) - 1)

static void
writes(void *unused __attribute__((unused)))
{
	json_t *v = json_pack("{s:[i,f],s:s,s:f}", "b", 1, 0.5, "a", "\n",
	    "c", 2.0);

	out_init();
	out_write("ab\0c", 4);
	out_puts("|xyz\n");
	out_printf("%d-%s\n", 42, "\xc3\xa9");
	out_json(v);
	json_decref(v);
	out_close();
	out_close();		/* again: nothing */
}

START_TEST(write_all)
{
	struct unit_child e = unit_run_child(writes, NULL, NULL);

	ck_assert(e.exited);
	ck_assert_int_eq(e.status, 0);
	OUT_IS(e, "ab\0c|xyz\n42-\xc3\xa9\n"
	    "{\"b\":[1,0.5],\"a\":\"\\n\",\"c\":2.0}\n");
	ERR_IS(e, "");
	unit_child_free(&e);
}
END_TEST

/* A capture takes what is written between its begin and end, and
 * standard output goes on around it. */
static void
captures(void *unused __attribute__((unused)))
{
	size_t n;
	char *s;

	out_init();
	out_puts("a\n");
	out_capture_begin();
	out_printf("%d", 7);
	out_puts("<x>");
	s = out_capture_end(&n);
	out_printf("[%s %zu]\n", s, n);
	free(s);
	out_capture_begin();
	s = out_capture_end(NULL);
	out_printf("[%s]\n", s);
	free(s);
	out_close();
}

START_TEST(capture)
{
	struct unit_child e = unit_run_child(captures, NULL, NULL);

	ck_assert(e.exited);
	ck_assert_int_eq(e.status, 0);
	OUT_IS(e, "a\n[7<x> 4]\n[]\n");
	unit_child_free(&e);
}
END_TEST

/* More than the 64 KiB buffer, in odd pieces: all of it, in order. */
static void
writes_much(void *unused __attribute__((unused)))
{
	char line[100];
	int i;

	out_init();
	for (i = 0; i < 20000; i++) {
		snprintf(line, sizeof line, "%05d\n", i);
		out_puts(line);
	}
	out_close();
}

START_TEST(write_much)
{
	struct unit_child e = unit_run_child(writes_much, NULL, NULL);
	char *got, want[8];
	int i, bad = 0;

	ck_assert(e.exited);
	ck_assert_int_eq(e.status, 0);
	got = e.out;
	ck_assert_uint_eq(e.outlen, 20000 * 6);
	for (i = 0; i < 20000; i++) {
		snprintf(want, sizeof want, "%05d\n", i);
		bad += memcmp(got + 6 * i, want, 6) != 0;
	}
	ck_assert_int_eq(bad, 0);
	unit_child_free(&e);
}
END_TEST

/* A full disk: reported, status 2, whether it shows when the buffer
 * fills or only at the close. */
static void
writes_little(void *unused __attribute__((unused)))
{
	out_init();
	out_printf("%s\n", "x");
	out_close();
}

START_TEST(write_error_at_close)
{
	struct unit_child e = unit_run_child(writes_little, NULL, "/dev/full");

	ck_assert(e.exited);
	ck_assert_int_eq(e.status, 2);
	ERR_IS(e, "samen: write error: No space left on device\n");
	unit_child_free(&e);
}
END_TEST

static void
writes_past_buffer(void *unused __attribute__((unused)))
{
	static char block[100000];
	json_t *v = json_pack("{s:i}", "a", 1);

	memset(block, 'x', sizeof block);
	out_init();
	out_json(v);
	out_write(block, sizeof block);
	json_decref(v);
}

START_TEST(write_error_at_write)
{
	struct unit_child e = unit_run_child(writes_past_buffer, NULL, "/dev/full");

	ck_assert(e.exited);
	ck_assert_int_eq(e.status, 2);
	ERR_IS(e, "samen: write error: No space left on device\n");
	unit_child_free(&e);
}
END_TEST

/*
 * A closed pipe ends the program as SIGPIPE ends cat, quietly, even when
 * it started with SIGPIPE ignored.
 */
static void
writes_to_closed_pipe(void *unused __attribute__((unused)))
{
	int fd[2];

	if (pipe(fd) != 0 || dup2(fd[1], fileno(stdout)) < 0)
		_exit(101);
	close(fd[0]);
	close(fd[1]);
	signal(SIGPIPE, SIG_IGN);
	out_init();
	out_puts("{}\n");
	out_close();
}

START_TEST(closed_pipe)
{
	struct unit_child e = unit_run_child(writes_to_closed_pipe, NULL, NULL);

	ck_assert_msg(!e.exited, "exited %d", e.status);
	ck_assert_int_eq(e.signal, SIGPIPE);
	ERR_IS(e, "");
	unit_child_free(&e);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("out");
	TCase *t = tcase_create("out");

	tcase_add_test(t, write_all);
	tcase_add_test(t, write_much);
	tcase_add_test(t, write_error_at_close);
	tcase_add_test(t, write_error_at_write);
	tcase_add_test(t, closed_pipe);
	tcase_add_test(t, capture);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
