#include <sys/file.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/err.h"
#include "core/out.h"
#include "core/inplace.h"

static char *temp_path;

static void
remove_temp(void)
{
	if (temp_path != NULL)
		unlink(temp_path);
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

	temp_path = xmalloc(n);
	snprintf(temp_path, n, "%s/.%s.XXXXXX", dir, basename(copy));
	free(copy);
	free(dir);
	if ((fd = mkstemp(temp_path)) < 0) {
		free(temp_path);
		temp_path = NULL;
		die_errno("%s: temporary file", path);
	}
	atexit(remove_temp);
	return fd;
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
inplace_update(const char *path, int (*fn)(const char *, void *), void *ctx)
{
	struct stat st;
	int lockfd = lock(path, &st), tmp = make_temp(path), commit;

	/* Standard output becomes the temporary file; tmp stays open to
	 * fsync it after out_close has closed standard output. */
	fflush(stdout);
	if (dup2(tmp, STDOUT_FILENO) < 0)
		die_errno("%s", temp_path);
	commit = fn(path, ctx);
	out_close();
	if (!commit) {
		remove_temp();
		free(temp_path);
		temp_path = NULL;
		close(tmp);
		close(lockfd);
		return 0;
	}
	if (fsync(tmp) != 0 || fchmod(tmp, st.st_mode & 07777) != 0)
		die_errno("%s", temp_path);
	close(tmp);
	if (rename(temp_path, path) != 0)
		die_errno("%s: rename", path);
	free(temp_path);
	temp_path = NULL;
	sync_folder(path);
	close(lockfd);
	return commit;
}
