#include <sys/file.h>
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/err.h"
#include "core/out.h"
#include "core/inplace.h"

/* The temporary file while an update runs; read by the signal handler,
 * so set before the handler can run and cleared only after. */
static char *volatile temp_path;

static void
remove_temp(void)
{
	if (temp_path != NULL)
		unlink(temp_path);
}

/* SIGINT, SIGTERM, SIGHUP during an update: the temporary file goes
 * (unlink is async-signal-safe), then the signal ends the process as it
 * would have. */
static void
on_signal(int sig)
{
	if (temp_path != NULL)
		unlink(temp_path);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
catch_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < NELEM(sigs); i++)
		sigaddset(&sa.sa_mask, sigs[i]);
	for (i = 0; i < NELEM(sigs); i++)
		sigaction(sigs[i], &sa, NULL);
}

/*
 * The file an update of path changes: path itself, or, when it is a
 * symbolic link (to a link ...), the file it leads to, so that the link
 * stays a link and the file it names gets the new contents.  A link to
 * nothing is refused: which file was meant cannot be told.
 */
static char *
target_of(const char *path)
{
	struct stat st;
	char *real;

	if (lstat(path, &st) != 0 || !S_ISLNK(st.st_mode))
		return xstrdup(path);
	if ((real = realpath(path, NULL)) == NULL) {
		if (errno == ENOENT)
			die("%s: a symbolic link to a file that does not exist: "
			    "create the file, or name it instead of the link",
			    path);
		die_errno("%s", path);
	}
	return real;
}

/* The file at path, locked: retried when another update renamed a new
 * file into place while we waited for the lock on the old one. */
static int
lock(const char *path, struct stat *st)
{
	for (;;) {
		struct stat now;
		int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);

		if (fd < 0)
			die_errno("%s", path);
		if (flock(fd, LOCK_EX) != 0)
			die_errno("%s: lock", path);
		if (fstat(fd, st) != 0)
			die_errno("%s", path);
		if (stat(path, &now) == 0 && now.st_ino == st->st_ino &&
		    now.st_dev == st->st_dev)
			return fd;
		close(fd);
	}
}

static char *
folder_of(const char *path)
{
	char *copy = xstrdup(path), *dir = xstrdup(dirname(copy));

	free(copy);
	return dir;
}

static int
make_temp(const char *path)
{
	char *copy = xstrdup(path), *dir = folder_of(path);
	size_t n = strlen(dir) + strlen(path) + 16;
	int fd;

	char *name;

	n += 24;
	name = xmalloc(n);
	snprintf(name, n, "%s/.%s.%ld.XXXXXX", dir, basename(copy),
	    (long)getpid());
	free(copy);
	free(dir);
	if ((fd = mkstemp(name)) < 0) {
		free(name);
		die_errno("%s: temporary file", path);
	}
	temp_path = name;
	catch_signals();
	atexit(remove_temp);
	return fd;
}

/* Whether name is a temporary file of an update of base (".BASE.PID.XXXXXX")
 * made by a process that has ended; its pid in *pid. */
static int
stale_temp(const char *name, const char *base, long *pid)
{
	size_t n = strlen(base);
	char *end;

	if (name[0] != '.' || strncmp(name + 1, base, n) != 0 ||
	    name[n + 1] != '.')
		return 0;
	*pid = strtol(name + n + 2, &end, 10);
	if (end == name + n + 2 || *end != '.' || strlen(end) != 7 || *pid <= 0)
		return 0;
	return *pid != (long)getpid() && kill((pid_t)*pid, 0) != 0 &&
	    errno == ESRCH;
}

/*
 * With the lock held, no other update of path is under way: a temporary
 * file of one left beside it by a process that is gone (killed with -9,
 * or by a power cut) is removed, and said so.
 */
static void
remove_stale(const char *path)
{
	char *copy = xstrdup(path), *dir = folder_of(path);
	const char *base = basename(copy);
	struct dirent *e;
	DIR *d = opendir(dir);
	long pid;

	while (d != NULL && (e = readdir(d)) != NULL) {
		char *p;
		size_t n;

		if (!stale_temp(e->d_name, base, &pid))
			continue;
		n = strlen(dir) + strlen(e->d_name) + 2;
		p = xmalloc(n);
		snprintf(p, n, "%s/%s", dir, e->d_name);
		if (unlink(p) == 0)
			warnx_("%s: removed the temporary file of an update "
			    "that did not finish (process %ld)", p, pid);
		free(p);
	}
	if (d != NULL)
		closedir(d);
	free(copy);
	free(dir);
}

static void
sync_folder(const char *path)
{
	char *dir = folder_of(path);
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd < 0 || fsync(fd) != 0)
		die_errno("%s", dir);
	close(fd);
	free(dir);
}

int
inplace_update(const char *given, int (*fn)(const char *, void *), void *ctx)
{
	char *path = target_of(given);
	struct stat st;
	int lockfd = lock(path, &st), tmp, commit;
	char *name;

	remove_stale(path);
	tmp = make_temp(path);

	/* Standard output becomes the temporary file; tmp stays open to
	 * fsync it after out_close has closed standard output. */
	fflush(stdout);
	if (dup2(tmp, STDOUT_FILENO) < 0)
		die_errno("%s", temp_path);
	commit = fn(path, ctx);
	out_close();
	name = temp_path;
	if (!commit) {
		remove_temp();
		temp_path = NULL;
		free(name);
		close(tmp);
		close(lockfd);
		free(path);
		return 0;
	}
	if (fsync(tmp) != 0 || fchmod(tmp, st.st_mode & 07777) != 0)
		die_errno("%s", name);
	close(tmp);
	if (rename(name, path) != 0)
		die_errno("%s: rename", path);
	temp_path = NULL;
	free(name);
	sync_folder(path);
	close(lockfd);
	free(path);
	return commit;
}
