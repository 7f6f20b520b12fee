/*
 * area-import: CBS neighbourhood figures and outlines as area records.
 * See area-import(1).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/area.h"
#include "base/areashape.h"
#include "base/cbsfig.h"
#include "core/err.h"
#include "core/opt.h"
#include "core/out.h"
#include "core/stream.h"
#include "core/strmap.h"
#include "core/tabread.h"
#include "core/yamlload.h"

static struct stream s;
static const char *cbs_path, *geojson_path, *columns_path, *gemeente;
static double tolerance = 5;
static int encoding;

static const struct opt options[] = {
	OPT_STRING(0, "cbs", &cbs_path, "FILE",
	    "the CBS figures per area (Kerncijfers wijken en buurten, CSV)"),
	OPT_STRING(0, "geojson", &geojson_path, "FILE",
	    "the areas' outlines (the CBS/PDOK wijk- en buurtkaart, GeoJSON)"),
	OPT_STRING(0, "columns", &columns_path, "FILE",
	    "a YAML map of the figures to keep, and under which names"),
	OPT_STRING(0, "gemeente", &gemeente, "GMxxxx",
	    "only the municipality GMxxxx and its districts and neighbourhoods"),
	OPT_DOUBLE(0, "tolerance", &tolerance, "METRES",
	    "simplify outlines to within METRES (default 5; 0 keeps all)"),
	OPT_CHOICE(0, "encoding", &encoding, "NAME", tabread_encodings,
	    "the text of the CSV is in NAME"),
	STREAM_OPTIONS(&s),
	OPT_END
};

static const struct cmd cmd = { "area-import",
	"[--cbs FILE.csv] [--geojson FILE]",
	"turn CBS neighbourhood figures and outlines into area records",
	options };

static struct cbs_columns columns;
static struct cbs_counts counts;
static struct areashape_map map;
static struct strmap shape_of;		/* code -> index into map.shape */
static unsigned char *shape_used;

/* The outline of code, when the map has it, at the end of rec. */
static void
add_geometry(json_t *rec, const char *code)
{
	unsigned long i;

	if (!strmap_get(&shape_of, code, &i))
		return;
	json_object_set(rec, "geometry", map.shape[i].geometry);
	shape_used[i] = 1;
}

static int
begin(void *ctx, const struct tabvar *var, size_t n)
{
	const char **names = xreallocarray(NULL, n + 1, sizeof *names);
	char err[512];
	size_t i;

	(void)ctx;
	for (i = 0; i < n; i++)
		names[i] = var[i].name;
	if (cbs_columns_bind(&columns, names, n, err, sizeof err) == -1)
		die("%s: %s", cbs_path, err);
	free(names);
	return 0;
}

static int
row(void *ctx, const struct tab_row *r)
{
	const char **cells = xreallocarray(NULL, r->n + 1, sizeof *cells);
	char err[512];
	json_t *rec;
	size_t i;
	int skip;

	(void)ctx;
	for (i = 0; i < r->n; i++)
		cells[i] = r->cell[i].text;
	rec = cbs_area(&columns, cells, r->n, gemeente, &counts, &skip, err,
	    sizeof err);
	free(cells);
	if (rec == NULL) {
		if (!skip)
			stream_reject_row(&s, cbs_path, r->number, r->raw,
			    r->rawlen, err);
		return 0;
	}
	add_geometry(rec, json_string_value(json_object_get(rec, "area")));
	out_json(rec);
	json_decref(rec);
	return 0;
}

static const struct tab_sink sink = { begin, row, stream_bad_row };

static void
read_map(void)
{
	char err[512], where[64], why[600];
	size_t i;

	if (areashape_read(geojson_path, tolerance, &map, err, sizeof err))
		die("%s: %s", geojson_path, err);
	for (i = 0; i < map.nreject; i++) {
		snprintf(where, sizeof where, "feature %lu",
		    map.reject[i].feature);
		snprintf(why, sizeof why, "%s: %s", where, map.reject[i].why);
		stream_reject_row(&s, geojson_path, map.reject[i].feature,
		    where, strlen(where), why);
	}
	shape_used = xmalloc(map.n + 1);
	memset(shape_used, 0, map.n + 1);
	for (i = 0; i < map.n; i++)
		if (!strmap_add(&shape_of, map.shape[i].code, i, NULL))
			warnx_("%s: %s appears twice; the first outline is used",
			    geojson_path, map.shape[i].code);
}

/* The outlines without figures: records of their own. */
static void
write_shapes(void)
{
	char gm[AREA_CODE_MAX], parent[AREA_CODE_MAX];
	enum area_level level;
	json_t *rec;
	size_t i;

	for (i = 0; i < map.n; i++) {
		const struct areashape *a = &map.shape[i];
		unsigned long first;

		if (shape_used[i] || !strmap_get(&shape_of, a->code, &first) ||
		    first != i || (gemeente != NULL && (area_rollup(a->code,
		    AREA_GEMEENTE, gm) == -1 || strcmp(gm, gemeente) != 0)))
			continue;
		if (cbs_path != NULL)
			warnx_("%s: %s has an outline but no figures in %s",
			    geojson_path, a->code, cbs_path);
		level = area_level_of(a->code);
		rec = json_pack("{s:s,s:s}", "type", "area", "area", a->code);
		json_object_set_new(rec, "name", a->name ?
		    json_string(a->name) : json_null());
		json_object_set_new(rec, "level",
		    json_string(area_level_name(level)));
		if (level > AREA_GEMEENTE && !area_rollup(a->code, AREA_GEMEENTE,
		    parent))
			json_object_set_new(rec, "gemeente", json_string(parent));
		if (level > AREA_WIJK && !area_rollup(a->code, AREA_WIJK, parent))
			json_object_set_new(rec, "wijk", json_string(parent));
		json_object_set(rec, "geometry", a->geometry);
		out_json(rec);
		json_decref(rec);
	}
}

int
main(int argc, char *argv[])
{
	struct tabread_opts o = { 0, 0 };
	int i = opt_parse(&cmd, argc, argv), status, ioerr = 0;
	struct stream_rows rows = { &s, cbs_path };
	char err[512];

	if (i != argc)
		opt_usage_error("no operands: name the files with --cbs and "
		    "--geojson");
	if (cbs_path == NULL && geojson_path == NULL)
		opt_usage_error("nothing to read: give --cbs FILE, --geojson "
		    "FILE or both");
	if (gemeente != NULL && area_level_of(gemeente) != AREA_GEMEENTE)
		opt_usage_error("--gemeente '%s': not a municipality's code "
		    "(GM and 4 digits)", gemeente);
	if (!(tolerance >= 0))
		opt_usage_error("--tolerance: metres, 0 or more");
	cbs_columns_default(&columns);
	if (columns_path != NULL)
		yaml_load_config(columns_path, cbs_columns_apply, &columns);
	o.windows1252 = encoding == 1;
	stream_open(&s, 0, NULL);
	if (geojson_path != NULL)
		read_map();
	if (cbs_path != NULL && tabread_file(cbs_path, &o, &sink, &rows, err,
	    sizeof err)) {
		warnx_("%s: %s", cbs_path, err);
		ioerr = 1;
	}
	if (counts.missing + counts.secret > 0)
		warnx_("%s: %lu figures missing (.) and %lu secret (x), written "
		    "as null", cbs_path, counts.missing, counts.secret);
	if (geojson_path != NULL)
		write_shapes();
	areashape_free(&map);
	strmap_free(&shape_of);
	free(shape_used);
	cbs_columns_free(&columns);
	status = stream_finish(&s);
	return ioerr ? EXIT_TROUBLE : status;
}
