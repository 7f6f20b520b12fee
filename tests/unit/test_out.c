#include <sys/wait.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "out.h"
#include "unit.h"

/*
 * out_close closes standard output for good, and write errors end the
 * program, so each body runs in a child of its own (CK_FORK=no runs every
 * test in one process) with standard output and error in files; the
 * parent checks how it ended and what it wrote.
 */

#define TMP_TEMPLATE "/tmp/test_out.XXXXXX"

static char out_path[sizeof TMP_TEMPLATE], err_path[sizeof TMP_TEMPLATE];

struct ending {
	int exited, status, signal;
};

static void
tmp_name(char path[sizeof TMP_TEMPLATE])
{
	int fd;

	memcpy(path, TMP_TEMPLATE, sizeof TMP_TEMPLATE);
	ck_assert_int_ge(fd = mkstemp(path), 0);
	close(fd);
}

/* Runs body with standard output to stdout_to (out_path when NULL); a
 * body that returns exits 0. */
static struct ending
run(void (*body)(void), const char *stdout_to)
{
	struct ending e = { 0, -1, 0 };
	pid_t pid;
	int st;

	tmp_name(out_path);
	tmp_name(err_path);
	fflush(stdout);		/* nothing of ours twice */
	fflush(stderr);
	ck_assert_int_ge(pid = fork(), 0);
	if (pid == 0) {
		if (freopen(stdout_to != NULL ? stdout_to : out_path, "w",
		    stdout) == NULL || freopen(err_path, "w", stderr) == NULL)
			_exit(100);
		setvbuf(stderr, NULL, _IONBF, 0);
		body();
		_exit(0);
	}
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	if ((e.exited = WIFEXITED(st)))
		e.status = WEXITSTATUS(st);
	else if (WIFSIGNALED(st))
		e.signal = WTERMSIG(st);
	return e;
}

static void
done(void)
{
	unlink(out_path);
	unlink(err_path);
}

static void
file_is(const char *path, const char *want, size_t wantlen)
{
	size_t len;
	char *got = unit_slurp(path, &len);

	ck_assert_str_eq(got, want);
	ck_assert_uint_eq(len, wantlen);
	ck_assert(memcmp(got, want, len) == 0);
	free(got);
}

#define FILE_IS(path, lit) file_is(path, lit, sizeof(lit) - 1)

static void
writes(void)
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
	struct ending e = run(writes, NULL);

	ck_assert(e.exited);
	ck_assert_int_eq(e.status, 0);
	FILE_IS(out_path, "ab\0c|xyz\n42-\xc3\xa9\n"
	    "{\"b\":[1,0.5],\"a\":\"\\n\",\"c\":2.0}\n");
	FILE_IS(err_path, "");
	done();
}
END_TEST

/* More than the 64 KiB buffer, in odd pieces: all of it, in order. */
static void
writes_much(void)
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
	struct ending e = run(writes_much, NULL);
	char *got, want[8];
	size_t len;
	int i, bad = 0;

	ck_assert(e.exited);
	ck_assert_int_eq(e.status, 0);
	got = unit_slurp(out_path, &len);
	ck_assert_uint_eq(len, 20000 * 6);
	for (i = 0; i < 20000; i++) {
		snprintf(want, sizeof want, "%05d\n", i);
		bad += memcmp(got + 6 * i, want, 6) != 0;
	}
	ck_assert_int_eq(bad, 0);
	free(got);
	done();
}
END_TEST

/* A full disk: reported, status 2, whether it shows when the buffer
 * fills or only at the close. */
static void
writes_little(void)
{
	out_init();
	out_printf("%s\n", "x");
	out_close();
}

START_TEST(write_error_at_close)
{
	struct ending e = run(writes_little, "/dev/full");

	ck_assert(e.exited);
	ck_assert_int_eq(e.status, 2);
	FILE_IS(err_path, "samen: write error: No space left on device\n");
	done();
}
END_TEST

static void
writes_past_buffer(void)
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
	struct ending e = run(writes_past_buffer, "/dev/full");

	ck_assert(e.exited);
	ck_assert_int_eq(e.status, 2);
	FILE_IS(err_path, "samen: write error: No space left on device\n");
	done();
}
END_TEST

/*
 * A closed pipe ends the program as SIGPIPE ends cat, quietly, even when
 * it started with SIGPIPE ignored.
 */
static void
writes_to_closed_pipe(void)
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
	struct ending e = run(writes_to_closed_pipe, NULL);

	ck_assert_msg(!e.exited, "exited %d", e.status);
	ck_assert_int_eq(e.signal, SIGPIPE);
	FILE_IS(err_path, "");
	done();
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
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
