examples/scenarios, the researcher's script: every rule at the budgets
given, one row per scenario (see council-advise-budget.t for the figures).

  $ D=$TESTDIR/data/council-advise
  $ $TESTDIR/../../examples/scenarios -b '20000 50000' $D/small.jsonl $D/requests.jsonl
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
      budget  rule                used funded need-covered min-cover   gini hoover to-isolated-5th voters-served
    20000.00  need            10000.00      1        52.3%        0%  0.519  0.652              0%             -
    20000.00  proportional    20000.00      3        52.3%        0%  0.519  0.221           79.6%             -
    20000.00  greedy          15000.00      2        52.3%        0%  0.519  0.652              0%         66.7%
    20000.00  equal-shares    15000.00      2        52.3%        0%  0.519  0.652              0%         66.7%
    50000.00  need            40000.00      2        52.3%        0%  0.519   0.14             75%             -
    50000.00  proportional    50000.00      3        52.3%        0%  0.519  0.158             60%             -
    50000.00  greedy          35000.00      3        52.3%        0%  0.519  0.625              0%          100%
    50000.00  equal-shares    35000.00      3        52.3%        0%  0.519  0.625              0%          100%
