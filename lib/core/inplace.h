/*
 * inplace: a file rewritten in place, safely.
 *
 * inplace_update() holds an exclusive flock(2) on the file for the whole
 * update (creating it empty when it does not exist), so concurrent updates
 * queue up and each sees the one before it.  The new contents go to a
 * temporary file in the same folder, which is fsync'ed, given the old
 * file's permissions and renamed over it, and the folder is fsync'ed: a
 * crash at any moment leaves the old file or the new one, whole, never a
 * mix.
 *
 * The temporary file is ".NAME.PID.XXXXXX".  SIGINT, SIGTERM and SIGHUP
 * remove it before they end the process; what only a kill -9 or a power
 * cut can leave behind, the next update (holding the lock, so sure that
 * no other is under way) removes and reports.
 *
 * A path that is a symbolic link (or a link to a link) updates the file
 * it leads to, in that file's folder, and the link stays a link; a link to
 * no file is refused.
 */
#ifndef SAMEN_INPLACE_H
#define SAMEN_INPLACE_H

/*
 * fn reads the current contents from the file named current and writes the
 * new contents to standard output (through out.h, and may end with
 * out_close); it returns 1 to put them in place, 0 to leave the file as it
 * was.  inplace_update returns what fn returned.  I/O errors end the
 * program with status 2, the file unchanged.
 */
int inplace_update(const char *path, int (*fn)(const char *current, void *),
    void *ctx);

#endif
