/*
 * registry: citizens' initiatives (initiative-add).
 *   initiative.c  the initiative record, its vocabularies, and the form of
 *                 isolation each kind answers (the contract advice reads)
 *   enrol.c       new initiatives into a registry stream
 *   initiative_refs.c  the ids other records name against those the
 *                 input's initiative records have (the unknown-id warning)
 *
 * initiative: the initiative record and its vocabularies (DESIGN.md).
 *
 * An initiative's kind fixes the form of social isolation it responds to
 * (Van Delden): environment initiatives answer societal isolation, mild
 * work settings group isolation, warm places individual isolation.  Kinds,
 * organisational forms and domains are closed vocabularies that accept
 * Dutch names and store the canonical English ones.
 *
 * initiative_normalise() turns a record as people write it (options, YAML,
 * an older registry line) into the canonical record, in the canonical key
 * order, or says in one sentence what is wrong with it.
 */
#ifndef SAMEN_INITIATIVE_H
#define SAMEN_INITIATIVE_H

#include <stddef.h>
#include <jansson.h>

#include "base/forms.h"
#include "core/vocab.h"


extern const struct vocab initiative_kinds;	/* resident-group, ... */
extern const struct vocab initiative_forms;	/* informal, association, ... */
extern const struct vocab initiative_domains;	/* care, welfare, ... */


/*
 * The most a capacity, a number of members or of volunteers can be: no
 * real initiative comes near it, and every reader can sum and scale
 * counts this size without overflow.
 */
#define INITIATIVE_COUNT_MAX 1000000

/* The form that kind (an index into initiative_kinds) responds to. */
enum isolation_form initiative_kind_form(size_t kind);

/*
 * Checks and canonicalises rec (an object; keys as in samen-formats(5)).
 * Kind, form and domains may be aliases; "type" and "responds_to" are set;
 * "form" defaults to informal, members and volunteers to 0, and
 * owned_by_participants to true for associations and cooperatives, false
 * otherwise; capacity, members and volunteers are whole numbers from 0 to
 * INITIATIVE_COUNT_MAX.  An id is required here (the caller makes it from the name).
 * Keys samen does not know are kept, after the known ones.  Returns the
 * new record, or NULL with the reason in err ("kind 'x': unknown kind ...").
 */
json_t *initiative_normalise(const json_t *rec, char *err, size_t errsize);

/*
 * 0 when every key of rec is one of the record's own; else -1 with "KEY:
 * unknown key (did you mean ...)" in err.  For files people write by hand
 * (initiative-add --from), where an unknown key is a mistake; a registry
 * line may carry keys of its own.
 */
int initiative_keys_known(const json_t *rec, char *err, size_t errsize);

#endif
