/*
 * es_reference: the Method of Equal Shares and its completions written
 * the slow and obvious way, to check lib/advice/equalshares against:
 * every voter on its own, every budget an exact GMP rational, every
 * project's payment found afresh each round by sorting its supporters'
 * budgets, no filter, no heap.  Same contract as equal_shares_run()
 * (lib/advice/equalshares.h); for small instances only.
 */
#ifndef SAMEN_ES_REFERENCE_H
#define SAMEN_ES_REFERENCE_H

#include "advice/equalshares.h"

int es_reference_run(const struct es_problem *, int64_t budget_cents,
    const struct es_options *, struct es_result *);

#endif
