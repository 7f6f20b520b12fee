#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "accounts/account_report.h"
#include "accounts/report.h"
#include "core/err.h"

void
report_doc_init(struct report_doc *d, enum lang l, enum period_kind kind,
    int lo, int hi, const char *made)
{
	memset(d, 0, sizeof *d);
	d->lang = l;
	d->kind = kind;
	d->lo = lo;
	d->hi = hi;
	snprintf(d->made, sizeof d->made, "%s", made);
	d->idle = json_array();
}

/* The accounts of the periods up to and including start, as far back as
 * REPORT_HISTORY periods or the entry's first month, oldest first. */
static json_t *
history(const struct book_entry *e, enum period_kind kind, int start,
    const struct acc_config *c, enum lang l)
{
	json_t *a = json_array();
	int first, last, p, k = (int)kind;

	if (account_span(e, &first, &last) != 0)
		first = start;
	p = start - (REPORT_HISTORY - 1) * k;
	if (p < period_start(kind, first))
		p = period_start(kind, first);
	for (; p <= start; p += k)
		json_array_append_new(a, account_record(e, kind, p, c, l));
	return a;
}

void
report_doc_add(struct report_doc *d, const struct book_entry *e, int start,
    const struct acc_config *c)
{
	struct report_page *pg;

	pg = XPUSH(d->page, d->n, d->cap);
	pg->history = history(e, d->kind, start, c, d->lang);
	pg->account = json_incref(json_array_get(pg->history,
	    json_array_size(pg->history) - 1));
}

void
report_doc_idle(struct report_doc *d, const struct book_entry *e)
{
	json_array_append_new(d->idle, json_pack("{s:s,s:s?}", "initiative",
	    e->id, "name", e->name));
}

void
report_doc_municipality(struct report_doc *d, const char *name)
{
	if (d->municipality == NULL && name != NULL && *name)
		d->municipality = xstrdup(name);
}

void
report_doc_free(struct report_doc *d)
{
	FREE_ARRAY(struct report_page, d->page, d->n, pg,
	    (json_decref(pg->account), json_decref(pg->history)));
	free(d->municipality);
	json_decref(d->idle);
}
