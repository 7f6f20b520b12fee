/*
 * pb-import: a Pabulib .pb file (participatory budgeting data) as samen
 * records: one budget record for its META, one request per project, one
 * vote per voter.
 */
#include <string.h>
#include <jansson.h>

#include "advice/pabulib.h"
#include "core/err.h"
#include "core/opt.h"
#include "core/out.h"
#include "core/stream.h"

static struct stream s;
static const struct opt options[] = {
	STREAM_OPTIONS(&s),
	OPT_END
};
static const struct cmd cmd = { "pb-import", "[file.pb ...]",
	"turn Pabulib .pb files into budget, request and vote records",
	options };

/* Writes the record of a file that has ended, if it owes one. */
static void
end_file(struct pb_reader *r)
{
	json_t *rec;

	if (pabulib_end(r, &rec) == 1) {
		out_json(rec);
		json_decref(rec);
	}
}

int
main(int argc, char *argv[])
{
	int i = opt_parse(&cmd, argc, argv);
	struct pb_reader *r = pabulib_open();
	struct jsonl_line line;
	const char *file = NULL;
	unsigned long last = 0;
	char err[1024];
	json_t *rec;

	/* the stream reads the operands, "-" and none as <stdin>, and says
	 * why one cannot be read */
	stream_open(&s, argc - i, argv + i);
	while (jsonl_next(&s.in, &line)) {
		/* a new operand: line numbers start again */
		if (line.file != file || line.lineno <= last) {
			end_file(r);
			file = line.file;
		}
		last = line.lineno;
		switch (pabulib_line(r, line.text, line.len, &rec, err,
		    sizeof err)) {
		case 1:
			if (err[0] != '\0')
				warnx_("%s:%lu: %s", line.file, line.lineno,
				    err);
			out_json(rec);
			json_decref(rec);
			break;
		case -1:
			/* --strict ends the run inside */
			stream_reject(&s, &line, "%s", err);
			break;
		}
	}
	end_file(r);
	pabulib_close(r);
	return stream_finish(&s);
}
