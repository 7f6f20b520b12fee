/*
 * yamlload: YAML files as jansson values, for --from, --config and the
 * like.
 *
 * Mappings become objects (keys in file order; a key must be a scalar, and
 * a repeated key is an error), sequences arrays.  Plain scalars resolve as
 * YAML 1.1 users expect: true/false/yes/no/on/off (any case as the spec
 * lists them), null/~/empty, integers (decimal, 0x hex, 0o octal),
 * floats (including .inf/.nan are rejected: JSON has no such numbers),
 * anything else a string.  Quoted scalars always stay strings.  Anchors
 * and aliases work; tags other than the core ones are an error.  Only the
 * first document of a stream is read; an empty file is JSON null.
 * Errors read "FILE:LINE:COLUMN: message", 1-based.
 */
#ifndef SAMEN_YAMLLOAD_H
#define SAMEN_YAMLLOAD_H

#include <stddef.h>
#include <jansson.h>

json_t *yaml_load_file(const char *path, char *err, size_t errsize);
/* As above; name stands for the file in messages. */
json_t *yaml_load_string(const char *text, size_t len, const char *name,
    char *err, size_t errsize);

/*
 * The one loader of configuration files (--config, --principles, ...):
 * loads the YAML file at path and hands the document to apply, which
 * checks it and keeps what it needs (the document is borrowed).  A file
 * that cannot be read or parsed, or that apply refuses, ends the run with
 * "PROG: PATH: reason" (the parser's reasons carry LINE:COLUMN) and exit
 * status 2.  This is one of the few functions of lib/ that exit: a run
 * with a broken configuration has nothing right to do.
 */
typedef int yaml_apply_fn(void *ctx, const json_t *doc, char *err,
    size_t errsize);
void yaml_load_config(const char *path, yaml_apply_fn *apply, void *ctx);

#endif
