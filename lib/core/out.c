#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/err.h"
#include "core/jsonout.h"
#include "core/out.h"

static char buffer[1 << 16];
static int closed;
/* Where out_* write: standard output, or the memory of a capture. */
static FILE *sink;
static char *captured;
static size_t ncaptured;

static FILE *
to(void)
{
	return sink != NULL ? sink : stdout;
}

void
out_init(void)
{
	/* A closed pipe should end us as it ends cat, even when the parent
	 * left SIGPIPE ignored. */
	signal(SIGPIPE, SIG_DFL);
	setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
}

static void
check(void)
{
	if (sink != NULL && ferror(sink))
		die("out of memory for the captured output");
	if (!ferror(stdout))
		return;
	if (errno == EPIPE) {
		signal(SIGPIPE, SIG_DFL);
		raise(SIGPIPE);
	}
	die_errno("write error");
}

void
out_write(const void *p, size_t n)
{
	if (fwrite(p, 1, n, to()) != n)
		check();
}

void
out_puts(const char *s)
{
	out_write(s, strlen(s));
}

void
out_printf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfprintf(to(), fmt, ap);
	va_end(ap);
	check();
}

void
out_json(const json_t *v)
{
	jsonout_fprint(to(), v);
	putc('\n', to());
	check();
}

void
out_close(void)
{
	if (closed)
		return;
	closed = 1;
	if (fflush(stdout) != 0 || ferror(stdout))
		check();
	if (fclose(stdout) != 0)
		die_errno("write error");
}

void
out_capture_begin(void)
{
	if (sink != NULL)
		BUG("out_capture_begin: a capture is under way");
	if ((sink = open_memstream(&captured, &ncaptured)) == NULL)
		die_errno("open_memstream");
}

char *
out_capture_end(size_t *len)
{
	char *s;

	if (sink == NULL)
		BUG("out_capture_end: no capture under way");
	if (fclose(sink) != 0)
		die("out of memory for the captured output");
	sink = NULL;
	s = captured;
	if (len != NULL)
		*len = ncaptured;
	captured = NULL;
	ncaptured = 0;
	return s;
}
