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
	if (fwrite(p, 1, n, stdout) != n)
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
	vfprintf(stdout, fmt, ap);
	va_end(ap);
	check();
}

void
out_json(const json_t *v)
{
	jsonout_fprint(stdout, v);
	putc('\n', stdout);
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
