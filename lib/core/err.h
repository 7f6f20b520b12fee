/*
 * err: how samen reports trouble, and allocation that cannot fail.
 *
 * The rules every module keeps (lib/README says the same, once):
 *
 *   - A leaf parser (a date, an amount, a word of a vocabulary) returns -1
 *     and points a const char ** at a static reason.
 *   - A record-level function returns -1 (or NULL) with the reason in the
 *     caller's buffer, through errorf(), and never prints.
 *   - Only the stream, out, opt, err and the in-place rewrite print or
 *     exit: warnx_() warns and goes on, die() and die_errno() end the run
 *     with EXIT_TROUBLE.
 *   - A json_t * that a samen function returns is a new reference: the
 *     caller json_decref()s it.  json_t * arguments are borrowed; what a
 *     module keeps, it copies or increfs.
 *   - A broken invariant of samen's own is BUG(), never bad input: bad
 *     input is always a message and a count.
 */
#ifndef SAMEN_ERR_H
#define SAMEN_ERR_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Exit statuses, the same in every program (samen(7)). */
enum {
	EXIT_CLEAN = 0,		/* all input read and used */
	EXIT_REJECTED = 1,	/* some input rejected; the rest came through */
	EXIT_TROUBLE = 2	/* usage or I/O error */
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

void warnx_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
/* As die, with ": strerror(errno)" appended. */
void die_errno(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

/* Writes a message into err (like snprintf) and returns -1, for functions
 * that report why they failed through a caller's buffer:
 *	return errorf(err, size, "rule %s needs votes", rule); */
int errorf(char *err, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A broken invariant of samen's own: says where and aborts. */
#define BUG(...) bug_at(__FILE__, __LINE__, __VA_ARGS__)
void bug_at(const char *file, int line, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 3, 4)));

/* Allocation that cannot fail: out of memory ends the program (exit 2). */
void *xmalloc(size_t);
void *xrealloc(void *, size_t);
/* realloc of n elements of size bytes; n * size overflowing ends the
 * program as out of memory does. */
void *xreallocarray(void *, size_t n, size_t size);
char *xstrdup(const char *);
/* Frees the n strings of v, but not v: a list emptied keeps its room. */
void free_each(char **v, size_t n);

/* Room for v[n]: doubles cap (from 16) when n has reached it. */
#define XGROW(v, n, cap) do { \
	if ((n) >= (cap)) { \
		(cap) = (cap) ? 2 * (cap) : 16; \
		(v) = xreallocarray((v), (cap), sizeof *(v)); \
	} \
} while (0)

/* Room for one more in v, zeroed, and a pointer to it (v[n], n then one
 * more): the append every growing array of structs uses. */
#define XPUSH(v, n, cap) \
	((n) >= (cap) ? ((cap) = (cap) ? 2 * (cap) : 16, \
	    (v) = xreallocarray((v), (cap), sizeof *(v))) : (v), \
	    memset(&(v)[(n)], 0, sizeof *(v)), &(v)[(n)++])

/*
 * Lets go of v, an owned array of n elements of type T: for each element,
 * with p pointing at it, the expression release; then v itself.  The one
 * loop over an array being freed:
 *	FREE_ARRAY(struct letter_signatory, c->signatories, c->nsignatories,
 *	    g, (free(g->name), free(g->role)));
 */
#define FREE_ARRAY(T, v, n, p, release) do { \
	size_t i_; \
	for (i_ = 0; i_ < (size_t)(n); i_++) { \
		T *p = &(v)[i_]; \
		release; \
	} \
	free(v); \
} while (0)

#endif
