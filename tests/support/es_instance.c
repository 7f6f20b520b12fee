/*
 * es_instance: Equal Shares problems from Pabulib files or made up
 * (es_instance.h).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

#include "advice/pabulib.h"
#include "core/jsonl.h"
#include "base/money.h"
#include "core/err.h"
#include "es_instance.h"
#include "prng.h"

struct grow {
	size_t nproj, capproj, nvot, capvot, nb, capb;
};

/* Takes one project record: its cost, id and selected flag. */
static int
take_project(struct es_instance *in, struct grow *g, const json_t *rec,
    const char **why)
{
	int64_t cents;

	if (money_from_json(json_object_get(rec, "amount"), &cents,
	    why) == -1)
		return -1;
	XGROW(in->cost, g->nproj, g->capproj);
	in->id = xreallocarray(in->id, g->capproj, sizeof(char *));
	in->selected = xreallocarray(in->selected, g->capproj, 1);
	in->cost[g->nproj] = cents;
	in->id[g->nproj] = xstrdup(json_string_value(json_object_get(rec,
	    "id")));
	in->selected[g->nproj++] = json_is_true(json_object_get(rec,
	    "selected"));
	return 0;
}

/* Takes one vote record: its ballot as project indices. */
static int
take_vote(struct es_instance *in, struct grow *g, const json_t *rec,
    const char **why)
{
	const json_t *ap = json_object_get(rec, "approved");
	size_t i, j;

	XGROW(in->start, g->nvot + 1, g->capvot);
	in->start[g->nvot] = g->nb;
	for (i = 0; i < json_array_size(ap); i++) {
		const char *s = json_string_value(json_array_get(ap, i));

		for (j = 0; j < g->nproj && strcmp(in->id[j], s) != 0; j++)
			continue;
		if (j == g->nproj) {
			*why = "a vote for an unknown project";
			return -1;
		}
		XGROW(in->ballot, g->nb, g->capb);
		in->ballot[g->nb++] = j;
	}
	in->start[++g->nvot] = g->nb;
	return 0;
}

static void
instance_done(struct es_instance *in, const struct grow *g)
{
	if (in->start == NULL)
		in->start = xmalloc(sizeof(size_t));
	in->start[g->nvot] = g->nb;
	in->p.nprojects = g->nproj;
	in->p.cost = in->cost;
	in->p.id = (const char *const *)in->id;
	in->p.nvoters = g->nvot;
	in->p.start = in->start;
	in->p.ballot = in->ballot;
}

int
pb_each_record(const char *path, int loud,
    void (*each)(void *, json_t *, unsigned long), void *ctx,
    unsigned long *nbad)
{
	struct pb_reader *r = pabulib_open();
	struct jsonl_reader in;
	struct jsonl_line line;
	char *files[1] = { (char *)path };
	char err[1024];
	json_t *rec;
	int rc, failed;

	*nbad = 0;
	jsonl_open(&in, 1, files);
	while (jsonl_next(&in, &line)) {
		rc = pabulib_line(r, line.text, line.len, &rec, err, sizeof err);
		if (rc == 1) {
			each(ctx, rec, line.lineno);
			json_decref(rec);
		} else if (rc == -1) {
			(*nbad)++;
			if (loud)
				fprintf(stderr, "%s:%lu: %s\n", path,
				    line.lineno, err);
		}
	}
	if (pabulib_end(r, &rec) == 1) {
		each(ctx, rec, 0);
		json_decref(rec);
	}
	failed = jsonl_failed(&in);
	jsonl_close(&in);
	pabulib_close(r);
	return failed ? -1 : 0;
}

struct load {
	struct es_instance *in;
	struct grow g;
	const char **why;
	int bad;
};

static void
load_record(void *ctx, json_t *rec, unsigned long line)
{
	struct load *l = ctx;
	const char *t = json_string_value(json_object_get(rec, "type"));

	(void)line;
	if (l->bad)
		return;
	if (strcmp(t, "budget") == 0)
		l->bad = money_from_json(json_object_get(rec, "budget"),
		    &l->in->budget, l->why) == -1;
	else if (strcmp(t, "request") == 0)
		l->bad = take_project(l->in, &l->g, rec, l->why) == -1;
	else if (strcmp(t, "vote") == 0)
		l->bad = take_vote(l->in, &l->g, rec, l->why) == -1;
}

int
es_instance_load(const char *path, struct es_instance *in, const char **why)
{
	struct load l = { in, { 0 }, why, 0 };

	memset(in, 0, sizeof(*in));
	if (pb_each_record(path, 0, load_record, &l, &in->rejected) == -1) {
		*why = "cannot read the file";
		return -1;
	}
	instance_done(in, &l.g);
	return l.bad ? -1 : 0;
}

static double
unif(uint64_t *s)
{
	return (double)(splitmix64(s) >> 11) / 9007199254740992.0;
}

/* The projects' costs and ids, and their chances of approval in pr. */
static void
synthetic_projects(struct es_instance *in, size_t np, uint64_t *s,
    double *pr)
{
	double sum = 0, u;
	size_t j;
	char buf[32];

	in->cost = xreallocarray(NULL, np + 1, sizeof(int64_t));
	in->id = xreallocarray(NULL, np + 1, sizeof(char *));
	in->selected = xreallocarray(NULL, np + 1, 1);
	for (j = 0; j < np; j++) {
		in->cost[j] = (5000 + (int64_t)(95000 * unif(s))) * 100;
		in->budget += in->cost[j];
		snprintf(buf, sizeof buf, "%zu", j + 1);
		in->id[j] = xstrdup(buf);
		in->selected[j] = 0;
		u = unif(s);
		pr[j] = u * u;
		sum += pr[j];
	}
	for (j = 0; j < np; j++)
		if ((pr[j] *= 6 / sum) > 0.9)
			pr[j] = 0.9;
	in->budget = in->budget * 3 / 10 / 100 * 100;
}

void
es_instance_synthetic(size_t nv, size_t np, uint64_t seed,
    struct es_instance *in)
{
	uint64_t s = seed;
	double *pr = xreallocarray(NULL, np + 1, sizeof(double));
	struct grow g = { 0 };
	size_t v, j;

	memset(in, 0, sizeof(*in));
	synthetic_projects(in, np, &s, pr);
	g.nproj = np;
	in->start = xreallocarray(NULL, nv + 1, sizeof(size_t));
	for (v = 0; v < nv; v++) {
		in->start[v] = g.nb;
		for (j = 0; j < np; j++)
			if (unif(&s) < pr[j]) {
				XGROW(in->ballot, g.nb, g.capb);
				in->ballot[g.nb++] = j;
			}
	}
	g.nvot = nv;
	instance_done(in, &g);
	free(pr);
}

void
es_instance_write_pb(const struct es_instance *in, FILE *fp)
{
	const struct es_problem *p = &in->p;
	size_t v, j, i;

	fprintf(fp, "META\nkey;value\ndescription;samen synthetic\n"
	    "num_projects;%zu\nnum_votes;%zu\nbudget;%lld\n"
	    "vote_type;approval\nrule;equalshares/add1\n",
	    p->nprojects, p->nvoters, (long long)(in->budget / 100));
	fprintf(fp, "PROJECTS\nproject_id;cost\n");
	for (j = 0; j < p->nprojects; j++)
		fprintf(fp, "%s;%lld\n", p->id[j],
		    (long long)(p->cost[j] / 100));
	fprintf(fp, "VOTES\nvoter_id;vote\n");
	for (v = 0; v < p->nvoters; v++) {
		fprintf(fp, "%zu;", v + 1);
		for (i = p->start[v]; i < p->start[v + 1]; i++)
			fprintf(fp, "%s%s", i > p->start[v] ? "," : "",
			    p->id[p->ballot[i]]);
		fputc('\n', fp);
	}
}

const char *
es_instance_ids(const struct es_instance *in, const size_t *w, size_t n)
{
	static char *buf;
	static size_t cap;
	size_t len = 0, i, k;

	for (i = 0; i < n; i++) {
		k = strlen(in->id[w[i]]) + 2;
		while (len + k >= cap) {
			cap = cap ? 2 * cap : 256;
			buf = xrealloc(buf, cap);
		}
		len += (size_t)snprintf(buf + len, cap - len, "%s%s",
		    i > 0 ? " " : "", in->id[w[i]]);
	}
	if (buf == NULL)
		buf = xmalloc(cap = 1);
	buf[len] = '\0';
	return buf;
}

void
es_instance_free(struct es_instance *in)
{
	size_t j;

	for (j = 0; j < in->p.nprojects; j++)
		free(in->id[j]);
	free(in->id);
	free(in->cost);
	free(in->selected);
	free(in->start);
	free(in->ballot);
}
