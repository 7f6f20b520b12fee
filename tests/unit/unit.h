/*
 * unit: what every Check test file shares.  A test file defines its suite
 * and ends with UNIT_MAIN(suite_function).  Tests run from the top of the
 * tree; SAMEN_SHARED names ../shared (the default) for the public test data.
 */
#ifndef SAMEN_UNIT_H
#define SAMEN_UNIT_H

#include <sys/types.h>
#include <sys/wait.h>

#include <check.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static inline const char *
unit_shared_dir(void)
{
	const char *d = getenv("SAMEN_SHARED");

	return d != NULL && *d != '\0' ? d : "../shared";
}

/* The whole file, NUL-terminated for convenience; its length in *len. */
static inline char *
unit_slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long n;

	ck_assert_msg(fp != NULL, "%s", path);
	ck_assert(fseek(fp, 0, SEEK_END) == 0 && (n = ftell(fp)) >= 0);
	rewind(fp);
	buf = malloc((size_t)n + 1);
	ck_assert(buf != NULL && fread(buf, 1, (size_t)n, fp) == (size_t)n);
	buf[n] = '\0';
	fclose(fp);
	*len = (size_t)n;
	return buf;
}

#define UNIT_TEMP_SIZE 32

/* A new empty temporary file; its name in path, which it returns. */
static inline char *
unit_temp(char path[UNIT_TEMP_SIZE])
{
	int fd;

	strcpy(path, "/tmp/samen-unit.XXXXXX");
	ck_assert((fd = mkstemp(path)) >= 0);
	close(fd);
	return path;
}

/* A temporary file holding len bytes of data; its name in path. */
static inline char *
unit_temp_file(char path[UNIT_TEMP_SIZE], const void *data, size_t len)
{
	FILE *fp;

	ck_assert((fp = fopen(unit_temp(path), "wb")) != NULL);
	ck_assert(fwrite(data, 1, len, fp) == len);
	ck_assert(fclose(fp) == 0);
	return path;
}

/*
 * What the code between begin and end writes to file descriptor fd (1 or
 * 2), caught in a file; the descriptor is put back at the end, for
 * Check's own report when it runs every test in one process (CK_FORK=no).
 */
struct unit_capture {
	char path[UNIT_TEMP_SIZE];
	int fd, saved;
};

static inline void
unit_capture_begin(struct unit_capture *c, int fd)
{
	int tmp;

	fflush(fd == 1 ? stdout : stderr);
	ck_assert((tmp = open(unit_temp(c->path), O_WRONLY)) >= 0);
	c->fd = fd;
	ck_assert((c->saved = dup(fd)) >= 0);
	ck_assert(dup2(tmp, fd) >= 0);
	close(tmp);
}

/* What was written, NUL-terminated; its length in *len when not NULL. */
static inline char *
unit_capture_end(struct unit_capture *c, size_t *len)
{
	size_t n;
	char *s;

	fflush(c->fd == 1 ? stdout : stderr);
	dup2(c->saved, c->fd);
	close(c->saved);
	s = unit_slurp(c->path, len != NULL ? len : &n);
	unlink(c->path);
	return s;
}

/* A JSON value written in a test; bad JSON there fails the test. */
static inline json_t *
unit_json(const char *text)
{
	json_error_t e;
	json_t *v = json_loads(text, 0, &e);

	ck_assert_msg(v != NULL, "bad test JSON: %s: %s", text, e.text);
	return v;
}

/*
 * For code that ends the process or closes standard output: runs body(arg)
 * in a child of its own (whether Check forks or not), standard output to
 * stdout_to or, when that is NULL, to a file read back into out, standard
 * error (unbuffered) read back into err.  A body that returns exits 0.
 */
struct unit_child {
	int exited, status, signal;
	char *out, *err;
	size_t outlen, errlen;
};

static inline struct unit_child
unit_run_child(void (*body)(void *), void *arg, const char *stdout_to)
{
	struct unit_child c = { 0, -1, 0, NULL, NULL, 0, 0 };
	char out[UNIT_TEMP_SIZE], err[UNIT_TEMP_SIZE];
	pid_t pid;
	int st;

	unit_temp(out);
	unit_temp(err);
	fflush(stdout);		/* nothing of ours twice */
	fflush(stderr);
	ck_assert((pid = fork()) >= 0);
	if (pid == 0) {
		if (freopen(stdout_to != NULL ? stdout_to : out, "w",
		    stdout) == NULL || freopen(err, "w", stderr) == NULL)
			_exit(100);
		setvbuf(stderr, NULL, _IONBF, 0);
		body(arg);
		_exit(0);
	}
	ck_assert(waitpid(pid, &st, 0) == pid);
	if ((c.exited = WIFEXITED(st)))
		c.status = WEXITSTATUS(st);
	else if (WIFSIGNALED(st))
		c.signal = WTERMSIG(st);
	c.out = unit_slurp(out, &c.outlen);
	c.err = unit_slurp(err, &c.errlen);
	unlink(out);
	unlink(err);
	return c;
}

static inline void
unit_child_free(struct unit_child *c)
{
	free(c->out);
	free(c->err);
}

#define UNIT_MAIN(suite_fn) \
	int main(void) \
	{ \
		SRunner *sr = srunner_create(suite_fn()); \
		int nfailed; \
		srunner_run_all(sr, CK_NORMAL); \
		nfailed = srunner_ntests_failed(sr); \
		srunner_free(sr); \
		return nfailed == 0 ? 0 : 1; \
	}

#endif
