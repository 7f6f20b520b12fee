/*
 * fuzz_yaml: the YAML loader and every loader fed from it.  Whatever the
 * bytes, yaml_load_string() gives a document or a reason; the document
 * then goes, as the programs hand it on, to the initiatives of
 * initiative-add --from (enrol_add, through initiative_normalise), the
 * --config of isolation-score and of account-report, the --principles
 * and the --proposal of council-advise.  Each must keep it or refuse it
 * with a reason, leaking nothing; a loaded document must also survive a
 * round trip through JSON.
 */
#include <string.h>

#include "accounts/accountability.h"
#include "advice/principles.h"
#include "advice/proposal.h"
#include "registry/enrol.h"
#include "survey/isolation.h"
#include "core/yamlload.h"
#include "fuzz.h"

/* A refusal says why: the reason is not empty. */
#define REFUSED_WITH_REASON(rc, err) \
	FUZZ_CHECK((rc) == 0 || (err)[0] != '\0', "refused without a reason")

/* initiative-add --from: every mapping of a list, or the one mapping. */
static void
load_initiatives(const json_t *doc)
{
	struct enrol e;
	size_t i;

	enrol_init(&e, 0);
	if (json_is_object(doc))
		enrol_add(&e, doc, "fuzz");
	else if (json_is_array(doc))
		for (i = 0; i < json_array_size(doc); i++)
			if (json_is_object(json_array_get(doc, i)))
				enrol_add(&e, json_array_get(doc, i), "fuzz");
	enrol_free(&e);
}

/* The configuration loaders of isolation-score and account-report. */
static void
load_configs(const json_t *doc)
{
	struct isolation_config ic;
	struct acc_config ac;
	char err[1024];

	isolation_config_default(&ic);
	err[0] = '\0';
	REFUSED_WITH_REASON(isolation_config_apply(&ic, doc, err, sizeof err),
	    err);
	acc_config_default(&ac);
	err[0] = '\0';
	REFUSED_WITH_REASON(acc_config_load(&ac, doc, err, sizeof err), err);
}

/* council-advise's --principles, then --proposal with those principles
 * (or the built-in ones when the document is none). */
static void
load_advice(const json_t *doc)
{
	struct principles ps;
	struct policy pol;
	char err[1024];
	int rc;

	err[0] = '\0';
	rc = principles_load(&ps, doc, err, sizeof err);
	REFUSED_WITH_REASON(rc, err);
	if (rc != 0) {
		FUZZ_CHECK(ps.n == 0, "a refused principles file leaves %zu",
		    ps.n);
		principles_free(&ps);
		principles_default(&ps);
	}
	policy_init(&pol);
	err[0] = '\0';
	REFUSED_WITH_REASON(policy_load(&pol, doc, &ps, err, sizeof err), err);
	policy_free(&pol);
	principles_free(&ps);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[1024], *text;
	json_t *doc, *again;

	err[0] = '\0';
	doc = yaml_load_string((const char *)data, size, "fuzz", err,
	    sizeof err);
	if (doc == NULL) {
		FUZZ_CHECK(err[0] != '\0', "no document and no reason");
		return 0;
	}
	text = json_dumps(doc, JSON_ENCODE_ANY | JSON_COMPACT);
	FUZZ_CHECK(text != NULL, "the document does not encode as JSON");
	again = json_loads(text, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
	FUZZ_CHECK(again != NULL && json_equal(doc, again),
	    "the document does not survive JSON: %s", text);
	json_decref(again);
	free(text);
	load_initiatives(doc);
	load_configs(doc);
	load_advice(doc);
	json_decref(doc);
	return 0;
}
