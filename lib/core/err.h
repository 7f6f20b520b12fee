/*
 * err: messages in the style of err(3), prefixed with the program's name.
 * die() exits 2, the status for usage and I/O errors throughout samen.
 */
#ifndef SAMEN_ERR_H
#define SAMEN_ERR_H

#include <stddef.h>

void warnx_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
/* As die, with ": strerror(errno)" appended. */
void die_errno(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

/* Writes a message into err (like snprintf) and returns -1, for functions
 * that report why they failed through a caller's buffer. */
int errorf(char *err, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Allocation that cannot fail: out of memory ends the program (exit 2). */
void *xmalloc(size_t);
void *xrealloc(void *, size_t);
char *xstrdup(const char *);

#endif
