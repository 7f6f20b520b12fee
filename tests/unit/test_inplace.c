/*
 * inplace_update closes standard output when it is done, and its errors
 * end the process, so every update here runs in a child of its own.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <signal.h>
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
	int signal;		/* end it by this signal halfway */
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
	if (u->signal) {
		fflush(stdout);
		raise(u->signal);
	}
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

	ck_assert_int_eq(update((struct update){ "a\n", 1, 0, 0, 0 }), 0);
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
	ck_assert_int_eq(update((struct update){ "new\n", 1, 0, 0, 0 }), 0);
	file_is("old\nnew\n");
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0640);
	ck_assert_int_eq(entries(), 1);
}
END_TEST

START_TEST(no_commit_leaves_it)
{
	ck_assert_int_eq(update((struct update){ "a\n", 1, 0, 0, 0 }), 0);
	ck_assert_int_eq(update((struct update){ "b\n", 0, 0, 0, 0 }), 1);
	file_is("a\n");
	ck_assert_int_eq(entries(), 1);
}
END_TEST

START_TEST(error_leaves_it)
{
	ck_assert_int_eq(update((struct update){ "a\n", 1, 0, 0, 0 }), 0);
	ck_assert_int_eq(update((struct update){ "b\n", 1, 0, 1, 0 }), 2);
	file_is("a\n");
	ck_assert_int_eq(entries(), 1);		/* exit removed the temp */
}
END_TEST

/* Ended halfway with no chance to clean up: the registry is the old one,
 * whole; the temporary file may stay behind, as registry.h says. */
START_TEST(kill_leaves_it)
{
	ck_assert_int_eq(update((struct update){ "a\n", 1, 0, 0, 0 }), 0);
	ck_assert_int_eq(update((struct update){ "b\n", 1, 1, 0, 0 }), 9);
	file_is("a\n");
	ck_assert_int_le(entries(), 2);
}
END_TEST

/* The temporary file a kill -9 left is removed by the next update, which
 * says so; one of a process still alive is not touched. */
START_TEST(stale_temp_removed)
{
	char stale[128], alive[128], other[128];
	struct unit_child c;
	struct update u = { "b\n", 1, 0, 0, 0 };
	FILE *fp;

	ck_assert_int_eq(update((struct update){ "a\n", 1, 1, 0, 0 }), 9);
	ck_assert_int_eq(entries(), 2);		/* the temp of the kill */
	/* pid 2^22 + 1 is above Linux's pid_max: no such process */
	snprintf(stale, sizeof stale, "%s/.registry.jsonl.4194305.AbC123", dir);
	snprintf(alive, sizeof alive, "%s/.registry.jsonl.%ld.XyZ789", dir,
	    (long)getppid());
	snprintf(other, sizeof other, "%s/.registry.jsonl.old", dir);
	ck_assert((fp = fopen(stale, "w")) != NULL && fclose(fp) == 0);
	ck_assert((fp = fopen(alive, "w")) != NULL && fclose(fp) == 0);
	ck_assert((fp = fopen(other, "w")) != NULL && fclose(fp) == 0);
	c = unit_run_child(run_update, &u, "/dev/null");
	ck_assert(c.exited && c.status == 0);
	ck_assert_msg(strstr(c.err, "removed the temporary file of an update "
	    "that did not finish (process 4194305)") != NULL, "%s", c.err);
	unit_child_free(&c);
	file_is("b\n");
	ck_assert_int_eq(access(stale, F_OK), -1);
	ck_assert_int_eq(access(alive, F_OK), 0);
	ck_assert_int_eq(access(other, F_OK), 0);
	ck_assert_int_eq(entries(), 3);		/* path, alive, other */
}
END_TEST

/* Ended by SIGTERM, SIGINT or SIGHUP halfway: the old file, whole, and no
 * temporary file left. */
START_TEST(signal_removes_temp)
{
	static const int sigs[] = { SIGTERM, SIGINT, SIGHUP };
	size_t i;

	ck_assert_int_eq(update((struct update){ "a\n", 1, 0, 0, 0 }), 0);
	for (i = 0; i < 3; i++) {
		struct update u = { "b\n", 1, 0, 0, sigs[i] };
		struct unit_child c = unit_run_child(run_update, &u,
		    "/dev/null");

		ck_assert(!c.exited && c.signal == sigs[i]);
		unit_child_free(&c);
		file_is("a\n");
		ck_assert_int_eq(entries(), 1);
	}
}
END_TEST

/* A link, and a link to a link: the file they lead to is updated, in its
 * own folder, and the links stay links.  A link to nothing is refused. */
START_TEST(symbolic_links)
{
	char link1[128], link2[128], dangling[128];
	struct update u = { "b\n", 1, 0, 0, 0 };
	struct unit_child c;
	struct stat st;

	ck_assert_int_eq(update((struct update){ "a\n", 1, 0, 0, 0 }), 0);
	snprintf(link1, sizeof link1, "%s/link1", dir);
	snprintf(link2, sizeof link2, "%s/link2", dir);
	snprintf(dangling, sizeof dangling, "%s/dangling", dir);
	ck_assert_int_eq(symlink("registry.jsonl", link1), 0);
	ck_assert_int_eq(symlink(link1, link2), 0);
	strcpy(path, link2);
	ck_assert_int_eq(update(u), 0);
	ck_assert_int_eq(lstat(link2, &st), 0);
	ck_assert(S_ISLNK(st.st_mode));
	ck_assert_int_eq(lstat(link1, &st), 0);
	ck_assert(S_ISLNK(st.st_mode));
	file_is("a\nb\n");			/* through the links */
	strcpy(path, link1);
	ck_assert_int_eq(update(u), 0);
	file_is("a\nb\nb\n");
	ck_assert_int_eq(entries(), 3);		/* no temporary file */
	ck_assert_int_eq(symlink("nowhere.jsonl", dangling), 0);
	strcpy(path, dangling);
	c = unit_run_child(run_update, &u, "/dev/null");
	ck_assert(c.exited && c.status == 2);
	ck_assert_msg(strstr(c.err, "dangling: a symbolic link to a file that "
	    "does not exist") != NULL, "%s", c.err);
	unit_child_free(&c);
	ck_assert_int_eq(access(dangling, F_OK), -1);	/* still dangling */
	snprintf(path, sizeof path, "%s/registry.jsonl", dir);
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
			struct update u = { lines[i], 1, 0, 0, 0 };

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
	Suite *s = suite_create("inplace");
	TCase *t = tcase_create("update");

	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, creates_the_file);
	tcase_add_test(t, keeps_permissions);
	tcase_add_test(t, no_commit_leaves_it);
	tcase_add_test(t, error_leaves_it);
	tcase_add_test(t, kill_leaves_it);
	tcase_add_test(t, concurrent_updates);
	tcase_add_test(t, stale_temp_removed);
	tcase_add_test(t, signal_removes_temp);
	tcase_add_test(t, symbolic_links);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(inplace_suite)
