/*
 * inplace_update closes standard output when it is done, and its errors
 * end the process, so every update here runs in a child of its own.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/err.h"
#include "core/out.h"
#include "core/inplace.h"
#include "unit.h"

struct update {
	const char *line;	/* appended to what the file held */
	int commit;		/* what fn returns */
	int vanish;		/* end the process halfway, as a kill would */
	int give_up;		/* end it through die(), as an error would */
};

static char dir[] = "/tmp/samen-registry.XXXXXX";
static char path[64];

static int
append(const char *current, void *ctx)
{
	const struct update *u = ctx;
	size_t len;
	char *old = unit_slurp(current, &len);

	out_init();
	out_write(old, len);
	free(old);
	if (u->vanish) {
		fflush(stdout);
		_exit(9);
	}
	if (u->give_up)
		die("%s: giving up", current);
	out_puts(u->line);
	return u->commit;
}

static void
run_update(void *u)
{
	_exit(inplace_update(path, append, u) ? 0 : 1);
}

/* The exit status of a child that runs one update. */
static int
update(struct update u)
{
	struct unit_child c = unit_run_child(run_update, &u, "/dev/null");

	ck_assert(c.exited);
	unit_child_free(&c);
	return c.status;
}

static void
file_is(const char *want)
{
	size_t len;
	char *got = unit_slurp(path, &len);

	ck_assert_str_eq(got, want);
	ck_assert_uint_eq(len, strlen(want));
	free(got);
}

static int
entries(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	ck_assert(d != NULL);
	while ((e = readdir(d)) != NULL)
		n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	closedir(d);
	return n;
}

static void
setup(void)
{
	strcpy(dir, "/tmp/samen-registry.XXXXXX");
	ck_assert(mkdtemp(dir) != NULL);
	snprintf(path, sizeof path, "%s/registry.jsonl", dir);
}

static void
teardown(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char p[512];

	while (d != NULL && (e = readdir(d)) != NULL) {
		snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
		if (e->d_name[0] != '.' || strlen(e->d_name) > 2)
			unlink(p);
	}
	if (d != NULL)
		closedir(d);
	rmdir(dir);
}

START_TEST(creates_the_file)
{
	struct stat st;
	mode_t mask = umask(022);

	ck_assert_int_eq(update((struct update){ "a\n", 1, 0, 0 }), 0);
	file_is("a\n");
	ck_assert_int_eq(entries(), 1);		/* no temporary file left */
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0644);
	umask(mask);
}
END_TEST

START_TEST(keeps_permissions)
{
	struct stat st;
	FILE *fp = fopen(path, "w");

	ck_assert(fp != NULL);
	fputs("old\n", fp);
	fclose(fp);
	ck_assert_int_eq(chmod(path, 0640), 0);
	ck_assert_int_eq(update((struct update){ "new\n", 1, 0, 0 }), 0);
	file_is("old\nnew\n");
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0640);
	ck_assert_int_eq(entries(), 1);
}
END_TEST

START_TEST(no_commit_leaves_it)
{
	ck_assert_int_eq(update((struct update){ "a\n", 1, 0, 0 }), 0);
	ck_assert_int_eq(update((struct update){ "b\n", 0, 0, 0 }), 1);
	file_is("a\n");
	ck_assert_int_eq(entries(), 1);
}
END_TEST

START_TEST(error_leaves_it)
{
	ck_assert_int_eq(update((struct update){ "a\n", 1, 0, 0 }), 0);
	ck_assert_int_eq(update((struct update){ "b\n", 1, 0, 1 }), 2);
	file_is("a\n");
	ck_assert_int_eq(entries(), 1);		/* exit removed the temp */
}
END_TEST

/* Ended halfway with no chance to clean up: the registry is the old one,
 * whole; the temporary file may stay behind, as registry.h says. */
START_TEST(kill_leaves_it)
{
	ck_assert_int_eq(update((struct update){ "a\n", 1, 0, 0 }), 0);
	ck_assert_int_eq(update((struct update){ "b\n", 1, 1, 0 }), 9);
	file_is("a\n");
	ck_assert_int_le(entries(), 2);
}
END_TEST

/* Updates at once queue up on the lock: every one of them lands. */
START_TEST(concurrent_updates)
{
	enum { N = 16 };
	char lines[N][8];
	pid_t pid[N];
	int i, st;

	fflush(stdout);
	fflush(stderr);
	for (i = 0; i < N; i++) {
		snprintf(lines[i], sizeof lines[i], "%02d\n", i);
		ck_assert_int_ge(pid[i] = fork(), 0);
		if (pid[i] == 0) {
			struct update u = { lines[i], 1, 0, 0 };

			run_update(&u);
		}
	}
	for (i = 0; i < N; i++) {
		ck_assert_int_eq(waitpid(pid[i], &st, 0), pid[i]);
		ck_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	}
	/* in whatever order they ran, each line once: 3 bytes a line */
	{
		size_t len;
		char *got = unit_slurp(path, &len);

		ck_assert_uint_eq(len, 3 * N);
		for (i = 0; i < N; i++)
			ck_assert_msg(strstr(got, lines[i]) != NULL, "%s lost",
			    lines[i]);
		free(got);
	}
	ck_assert_int_eq(entries(), 1);
}
END_TEST

static Suite *
inplace_suite(void)
{
	Suite *s = suite_create("registry");
	TCase *t = tcase_create("update");

	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, creates_the_file);
	tcase_add_test(t, keeps_permissions);
	tcase_add_test(t, no_commit_leaves_it);
	tcase_add_test(t, error_leaves_it);
	tcase_add_test(t, kill_leaves_it);
	tcase_add_test(t, concurrent_updates);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(inplace_suite)
