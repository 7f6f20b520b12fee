#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "num/exactsum.h"
#include "survey/response.h"

static int
is_null(const char *v)
{
	return *v == 'n';
}

static int
is_number(const char *v)
{
	return *v == '-' || (*v >= '0' && *v <= '9');
}

/* A number value; the text is validated JSON, ending before a delimiter. */
static double
number(const char *v, size_t len)
{
	if (len == 1)
		return *v - '0';
	return strtod(v, NULL);
}

/* 1 when the value is a whole number, in *d. */
static int
whole(const char *v, size_t len, double *d)
{
	if (!is_number(v))
		return 0;
	*d = number(v, len);
	return *d == floor(*d);
}

/* The value as a short text for messages: at most 40 bytes of it. */
static const char *
shown(const char *v, size_t len, char buf[48])
{
	size_t n = len > 40 ? 40 : len;

	memcpy(buf, v, n);
	strcpy(buf + n, len > 40 ? "..." : "");
	return buf;
}

/* A string value decoded into buf (size 64), or -1 if it is longer. */
static int
short_string(const char *v, size_t len, char buf[64])
{
	size_t n;

	if (len > 63 + 2)
		return -1;
	n = jsonscan_string(v, len, buf);
	buf[n] = '\0';
	return memchr(buf, '\0', n) == NULL ? 0 : -1;
}

static int
read_djg(const struct jsonscan_member *m, struct isolation_input *in,
    char *err, size_t size)
{
	const char *pos = NULL, *e;
	size_t elen;
	char buf[64], show[48];
	int n = 0;
	double d;

	if (*m->value != '[')
		return errorf(err, size, "djg: must be an array of 11 or 6 "
		    "answers, not %s", shown(m->value, m->valuelen, show));
	while (jsonscan_element(m->value, m->valuelen, &pos, &e, &elen)) {
		enum djg_answer a = DJG_MISSING;

		if (++n > 11)
			continue;
		if (is_null(e))
			;
		else if (*e == '"') {
			if (short_string(e, elen, buf) == -1 ||
			    djg_answer_parse(buf, strlen(buf), &a) == -1)
				return errorf(err, size, "djg item %d: %s is not "
				    "an answer (yes, more or less, no; ja, min "
				    "of meer, nee; or 1, 2, 3)", n,
				    shown(e, elen, show));
		} else if (!whole(e, elen, &d) || djg_answer_code((long)d, &a) == -1)
			return errorf(err, size, "djg item %d: %s is not an "
			    "answer (codes are 1 no, 2 more or less, 3 yes)", n,
			    shown(e, elen, show));
		in->djg[n - 1] = a;
	}
	if (n != 11 && n != 6)
		return errorf(err, size, "djg: %d items; the scale has 11, its "
		    "short form 6", n);
	in->djg_n = n;
	return 0;
}

static int
read_lsns(const struct jsonscan_member *m, struct isolation_input *in,
    char *err, size_t size)
{
	const char *pos = NULL, *e;
	size_t elen;
	char show[48];
	int n = 0;
	double d;

	if (*m->value != '[')
		return errorf(err, size, "lsns: must be an array of 6 items, "
		    "not %s", shown(m->value, m->valuelen, show));
	while (jsonscan_element(m->value, m->valuelen, &pos, &e, &elen)) {
		if (++n > LSNS_ITEMS)
			continue;
		if (is_null(e))
			in->lsns[n - 1] = LSNS_MISSING;
		else if (!whole(e, elen, &d) || d < 0 || d > 5)
			return errorf(err, size, "lsns item %d: %s is not a "
			    "whole number from 0 to 5", n, shown(e, elen, show));
		else
			in->lsns[n - 1] = (int)d;
	}
	if (n != LSNS_ITEMS)
		return errorf(err, size, "lsns: %d items; LSNS-6 has 6", n);
	in->has_lsns = 1;
	return 0;
}

/* A boolean field: 1, 0, or -1 when absent or null. */
static int
read_bool(const struct jsonscan *j, const char *field, int *out, char *err,
    size_t size)
{
	const struct jsonscan_member *m = jsonscan_get(j, field);
	char show[48];

	*out = -1;
	if (m == NULL || is_null(m->value))
		return 0;
	if (*m->value == 't' || *m->value == 'f') {
		*out = *m->value == 't';
		return 0;
	}
	return errorf(err, size, "%s: must be true, false or null, not %s",
	    field, shown(m->value, m->valuelen, show));
}

/* A string field, one of the n names (its index in *out), or -1 when
 * absent or null. */
static int
read_word(const struct jsonscan *j, const char *field,
    const char *const *names, int n, int *out, char *err, size_t size)
{
	const struct jsonscan_member *m = jsonscan_get(j, field);
	char buf[64], show[48], list[256] = "";
	int i;

	*out = -1;
	if (m == NULL || is_null(m->value))
		return 0;
	if (*m->value == '"' && short_string(m->value, m->valuelen, buf) == 0)
		for (i = 0; i < n; i++)
			if (strcmp(buf, names[i]) == 0) {
				*out = i;
				return 0;
			}
	for (i = 0; i < n; i++)
		snprintf(list + strlen(list), sizeof list - strlen(list),
		    "%s%s", i ? ", " : "", names[i]);
	return errorf(err, size, "%s: %s is not one of %s", field,
	    shown(m->value, m->valuelen, show), list);
}

int
response_read(const struct jsonscan *j, struct isolation_input *in,
    char *err, size_t size)
{
	const struct jsonscan_member *m;
	char show[48];
	int paid, contacts;
	double d;

	in->djg_n = 0;
	in->has_lsns = 0;
	in->ladder = 0;
	if ((m = jsonscan_get(j, "djg")) != NULL && !is_null(m->value) &&
	    read_djg(m, in, err, size) == -1)
		return -1;
	if ((m = jsonscan_get(j, "lsns")) != NULL && !is_null(m->value) &&
	    read_lsns(m, in, err, size) == -1)
		return -1;
	if ((m = jsonscan_get(j, "ladder")) != NULL && !is_null(m->value)) {
		if (!whole(m->value, m->valuelen, &d) || d < 1 || d > 6)
			return errorf(err, size, "ladder: %s is not a step from "
			    "1 to 6", shown(m->value, m->valuelen, show));
		in->ladder = (int)d;
	}
	if ((m = jsonscan_get(j, "area")) != NULL && !is_null(m->value) &&
	    *m->value != '"')
		return errorf(err, size, "area: %s is not a string (the CBS "
		    "code of an area)", shown(m->value, m->valuelen, show));
	if (read_word(j, "paid_work", paid_work_names, PAID_COUNT, &paid, err,
	    size) == -1 ||
	    read_bool(j, "unpaid_work", &in->part.unpaid_work, err, size) ||
	    read_bool(j, "organised_activity", &in->part.organised_activity,
	    err, size) ||
	    read_bool(j, "contact_outside_home",
	    &in->part.contact_outside_home, err, size) ||
	    read_word(j, "contacts", contacts_names, CONTACTS_COUNT,
	    &contacts, err, size) == -1)
		return -1;
	in->part.paid_work = (enum paid_work)paid;
	in->contacts = (enum contacts)contacts;
	return 0;
}

int
response_weight(const struct jsonscan *j, const char *field, double *w,
    char *err, size_t size)
{
	const struct jsonscan_member *m = jsonscan_get(j, field);
	char show[48];

	*w = 1;
	if (m == NULL || is_null(m->value))
		return 0;
	if (!is_number(m->value) ||
	    !((*w = number(m->value, m->valuelen)) >= EXACTSUM_MIN &&
	    *w <= EXACTSUM_MAX))
		return errorf(err, size, "%s: %s is not a positive weight from "
		    "0.001 to 1000000", field, shown(m->value, m->valuelen,
		    show));
	return 0;
}
