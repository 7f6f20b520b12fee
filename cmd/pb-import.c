/*
 * pb-import: a Pabulib .pb file (participatory budgeting data) as samen
 * records: one budget record for its META, one request per project, one
 * vote per voter.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <jansson.h>

#include "core/err.h"
#include "core/opt.h"
#include "core/out.h"
#include "advice/pabulib.h"
#include "core/stream.h"

static struct stream s;
static const struct opt options[] = {
	STREAM_OPTIONS(&s),
	OPT_END
};
static const struct cmd cmd = { "pb-import", "[file.pb ...]",
	"turn Pabulib .pb files into budget, request and vote records",
	options };

/* 0, or -1 when the file could not be read. */
static int
import(FILE *fp, const char *name)
{
	struct pb_reader *r = pabulib_open(fp);
	struct jsonl_line line;
	unsigned long lineno;
	const char *why;
	json_t *rec;
	int rc;

	while ((rc = pabulib_next(r, &rec, &lineno, &why)) != 0) {
		if (rc == 1) {
			out_json(rec);
			json_decref(rec);
			continue;
		}
		line.file = name;
		line.lineno = lineno;
		line.text = (char *)pabulib_raw(r, &line.len);
		/* --strict ends the run inside */
		stream_reject(&s, &line, "%s", why);
	}
	rc = ferror(fp) ? -1 : 0;
	pabulib_close(r);
	return rc;
}

int
main(int argc, char *argv[])
{
	int i = opt_parse(&cmd, argc, argv), status, ioerr = 0;
	FILE *fp;

	stream_open(&s, 0, NULL);
	if (i == argc)
		ioerr |= import(stdin, "-") == -1;
	for (; i < argc; i++) {
		if (strcmp(argv[i], "-") == 0) {
			ioerr |= import(stdin, "-") == -1;
			continue;
		}
		if ((fp = fopen(argv[i], "r")) == NULL) {
			warnx_("%s: %s", argv[i], strerror(errno));
			ioerr = 1;
			continue;
		}
		ioerr |= import(fp, argv[i]) == -1;
		fclose(fp);
	}
	status = stream_finish(&s);
	return ioerr ? 2 : status;
}
