/*
 * initiative-add: add citizens' initiatives to a registry.
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "base/area.h"
#include "registry/enrol.h"
#include "core/err.h"
#include "registry/initiative.h"
#include "core/opt.h"
#include "base/period.h"
#include "core/inplace.h"
#include "core/stream.h"

static const char *const yes_no[] = { "yes|ja", "no|nee", NULL };

static struct stream s;
static const char *name, *id, *kind, *form, *started, *platform;
static const char *from, *registry;
static struct strlist domains, areas;
static long capacity = -1, members = -1, volunteers = -1;
static int owned = -1;		/* yes_no[owned]; -1: not given */
static int replace, check;

/* A word of the vocabulary v, which takes Dutch names and other
 * spellings as well (vocab.h), or a usage error that suggests one. */
static const char *
term_arg(const struct opt *o, const char *arg, const struct vocab *v)
{
	char why[256];

	if (vocab_find(v, arg) < 0)
		opt_usage_error("--%s '%s': %s", o->long_name, arg,
		    vocab_unknown(v, arg, why, sizeof why));
	return arg;
}

static int
set_kind(const struct opt *o, const char *arg)
{
	kind = term_arg(o, arg, &initiative_kinds);
	return 0;
}

static int
set_form(const struct opt *o, const char *arg)
{
	form = term_arg(o, arg, &initiative_forms);
	return 0;
}

static int
add_domain(const struct opt *o, const char *arg)
{
	strlist_add(&domains, term_arg(o, arg, &initiative_domains));
	return 0;
}

static int
add_area(const struct opt *o, const char *arg)
{
	(void)o;
	if (area_level_of(arg) == AREA_INVALID)
		opt_usage_error("--area '%s': not a CBS area code (GM and 4 "
		    "digits, WK and 6, or BU and 8)", arg);
	strlist_add(&areas, arg);
	return 0;
}

static int
set_started(const struct opt *o, const char *arg)
{
	struct date d;
	const char *why;

	(void)o;
	if (date_parse(arg, strlen(arg), &d, &why) != 0)
		opt_usage_error("--started '%s': %s", arg, why);
	started = arg;
	return 0;
}

static const struct opt options[] = {
	OPT_STRING('n', "name", &name, "NAME", "the new initiative's name"),
	OPT_STRING(0, "id", &id, "ID", "its id (default: a slug of the name)"),
	OPT_CALL('k', "kind", NULL, "KIND", "its kind, English or Dutch",
	    set_kind),
	OPT_CALL(0, "form", NULL, "FORM",
	    "informal, association, cooperative, foundation or enterprise",
	    set_form),
	OPT_CALL('d', "domain", NULL, "DOMAIN",
	    "a domain it works in (repeatable)", add_domain),
	OPT_CALL('a', "area", NULL, "CODE",
	    "a CBS area code it serves (repeatable)", add_area),
	OPT_CALL(0, "started", NULL, "DATE", "when it started (YYYY-MM-DD)",
	    set_started),
	OPT_RANGE('c', "capacity", &capacity, "N", 0, INITIATIVE_COUNT_MAX,
	    "participants it can serve at a time (a week)"),
	OPT_RANGE(0, "members", &members, "N", 0, INITIATIVE_COUNT_MAX,
	    "its number of members"),
	OPT_RANGE(0, "volunteers", &volunteers, "N", 0, INITIATIVE_COUNT_MAX,
	    "its number of volunteers"),
	OPT_CHOICE(0, "owned", &owned, "yes|no", yes_no,
	    "whether its participants own it (default by form)"),
	OPT_STRING(0, "platform", &platform, "NAME",
	    "the platform of initiatives it belongs to"),
	OPT_STRING('f', "from", &from, "FILE",
	    "add every initiative listed in the YAML file FILE"),
	OPT_FLAG(0, "replace", &replace,
	    "replace an initiative with the same id instead of refusing"),
	OPT_FLAG(0, "check", &check,
	    "only check the registry and the new initiatives; write nothing"),
	OPT_STRING('r', "registry", &registry, "FILE",
	    "update the registry FILE in place, safely"),
	STREAM_OPTIONS(&s),
	OPT_END
};

static const struct cmd cmd = {
	"initiative-add", "[file ...]",
	"Add citizens' initiatives to a registry of initiatives (JSON Lines).",
	options
};

/* -1: not given. */
static void
set_count(json_t *rec, const char *key, long n)
{
	if (n >= 0)
		json_object_set_new(rec, key, json_integer(n));
}

/* The initiative the options describe, as a record for enrol_add. */
static json_t *
from_options(void)
{
	json_t *rec = json_object(), *list;
	size_t i;

	if (name != NULL)
		json_object_set_new(rec, "name", json_string(name));
	if (id != NULL)
		json_object_set_new(rec, "id", json_string(id));
	if (kind != NULL)
		json_object_set_new(rec, "kind", json_string(kind));
	list = json_array();
	for (i = 0; i < domains.n; i++)
		json_array_append_new(list, json_string(domains.item[i]));
	json_object_set_new(rec, "domain", list);
	if (form != NULL)
		json_object_set_new(rec, "form", json_string(form));
	list = json_array();
	for (i = 0; i < areas.n; i++)
		json_array_append_new(list, json_string(areas.item[i]));
	if (areas.n > 0)
		json_object_set_new(rec, "areas", list);
	else
		json_decref(list);
	if (started != NULL)
		json_object_set_new(rec, "started", json_string(started));
	set_count(rec, "capacity", capacity);
	set_count(rec, "members", members);
	set_count(rec, "volunteers", volunteers);
	if (owned >= 0)
		json_object_set_new(rec, "owned_by_participants",
		    json_boolean(owned == 0));
	if (platform != NULL)
		json_object_set_new(rec, "platform", json_string(platform));
	return rec;
}

static int
described(void)
{
	return name || id || kind || form || domains.n || areas.n || started ||
	    capacity != -1 || members != -1 || volunteers != -1 ||
	    owned >= 0 || platform;
}

static void
check_options(int noperands)
{
	if (registry != NULL && noperands > 0)
		opt_usage_error("--registry names the registry; give no file "
		    "operands with it");
	if (!check && !from && !described())
		opt_usage_error("nothing to add: describe an initiative "
		    "(--name, --kind, --area, --capacity ...) or give --from "
		    "FILE");
	if (described() && name == NULL)
		opt_usage_error("--name is missing: every initiative has a "
		    "name");
	if (described() && capacity == -1)
		opt_usage_error("--capacity is missing: say how many "
		    "participants it can serve at a time (a week)");
}

static int
add_into(const char *current, void *ctx)
{
	struct enrol *e = ctx;
	char *files[1];
	int status;

	files[0] = (char *)current;
	stream_open(&s, 1, files);
	enrol_stream(e, &s);
	status = stream_finish(&s);
	if (status != EXIT_CLEAN)
		warnx_("%s: left unchanged: it has lines that cannot be read",
		    current);
	return status == EXIT_CLEAN;	/* 1: put the new registry in place */
}

int
main(int argc, char *argv[])
{
	struct enrol e;
	int i = opt_parse(&cmd, argc, argv), status;
	char *files[1];

	check_options(argc - i);
	enrol_init(&e, replace);
	if (described()) {
		json_t *rec = from_options();

		enrol_add(&e, rec, "");
		json_decref(rec);
	}
	if (from != NULL)
		enrol_add_yaml(&e, from);
	if (check) {
		files[0] = (char *)registry;
		if (registry != NULL)
			stream_open(&s, 1, files);
		else
			stream_open(&s, argc - i, argv + i);
		enrol_check(&e, &s);
		status = stream_finish(&s);
	} else if (registry != NULL)
		status = inplace_update(registry, add_into, &e) ? EXIT_CLEAN :
		    EXIT_REJECTED;
	else {
		stream_open(&s, argc - i, argv + i);
		enrol_stream(&e, &s);
		status = stream_finish(&s);
	}
	if (status == EXIT_CLEAN && e.nbad > 0)
		status = EXIT_REJECTED;
	enrol_free(&e);
	strlist_free(&domains);
	strlist_free(&areas);
	return status;
}
