Budget scenarios through the advice's own need and supply.  From the
hand-computed case of council-advise-needs.t, each area's need and supply
are the sums over the forms whose need is known: Oude Kern 350 against
100 (gap 250); Marktkwartier 200 against 200 (its individual form is
unknown, so its 30 places there do not count): gap 0; Oosterveld-Noord 24
against 0; Oosterveld-Zuid unknown.  With 50000 the need rule funds r1
(Oude Kern, 30000) and then r3 (Oosterveld-Noord, 20000); r2 answers no
gap and r4 an unknown one.

  $ D=$TESTDIR/data/council-advise
  $ cat $D/small.jsonl $D/requests.jsonl | council-advise --budget 50000 --rule need | grep -v '"advice"'
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  {"type":"ledger","initiative":"zorgcoop-kern","date":"2026-10-03","event":"hours","hours":2,"by":"volunteer"}
  {"type":"allocation","rule":"need","rank":1,"request":"r1","initiative":"koffie-oude-kern","amount":"30000.00","requested":"30000.00","share":1.0}
  {"type":"allocation","rule":"need","rank":2,"request":"r3","amount":"20000.00","requested":"20000.00","share":1.0}
  {"type":"scenario","rule":"need","budget":"50000.00","used":"50000.00","left":"0.00","requests":4,"funded":2,"voters":null,"voters_served":null,"need_covered_before":0.5226,"need_covered":0.5226,"min_coverage_before":0.0,"min_coverage":0.0,"gini_before":0.5185,"gini":0.5185,"hoover":0.3582,"isolated_fifth_share":0.6,"areas":{"BU99010101":{"need":350.0,"before":0.2857,"after":0.2857,"money":"30000.00"},"BU99010102":{"need":200.0,"before":1.0,"after":1.0,"money":"0.00"},"BU99010201":{"need":24.0,"before":0.0,"after":0.0,"money":"20000.00"},"BU99010202":{"need":null,"before":null,"after":null,"money":"0.00"}}}

How isolated an area is, is the sum of its known forms' shares: Oude Kern
0.35, Oosterveld-Noord 0.32, Marktkwartier 0.1.  The most isolated fifth
(one area of three) is Oude Kern, which gets 30000 of 50000: 0.6.

Proportional splits by the gaps, 250 to 24: r1 is capped at its 30000,
the rest goes to r3.  Greedy and equal shares follow the three ballots.

  $ for r in proportional greedy equal-shares; do cat $D/small.jsonl $D/requests.jsonl | council-advise --budget 50000 --rule $r | jq -c 'select(.type == "allocation" or .type == "scenario") | [.type, .rule, .request, .amount, .used, .voters_served]'; done
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  ["allocation","proportional","r1","30000.00",null,null]
  ["allocation","proportional","r3","20000.00",null,null]
  ["scenario","proportional",null,null,"50000.00",null]
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  ["allocation","greedy","r2","10000.00",null,null]
  ["allocation","greedy","r4","5000.00",null,null]
  ["allocation","greedy","r3","20000.00",null,null]
  ["scenario","greedy",null,null,"35000.00",1]
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  ["allocation","equal-shares","r2","10000.00",null,null]
  ["allocation","equal-shares","r4","5000.00",null,null]
  ["allocation","equal-shares","r3","20000.00",null,null]
  ["scenario","equal-shares",null,null,"35000.00",1]

Without --budget or --rule, requests and votes pass through untouched (a
warning on standard error says how to ask for a scenario, below):

  $ cat $D/requests.jsonl | council-advise 2>/dev/null | cmp - $D/requests.jsonl

Errors: a bad request is a rejected line; a scenario that cannot be run,
and a bad --budget or --rule, are errors; the letter takes no budget.

  $ echo '{"type":"request","id":"x","amount":"12.345"}' | council-advise --rule greedy --budget 10
  council-advise: <stdin>:1: amount: has more than two decimals (a point is the decimal point: write thousands without a separator, "1.250" as "1250")
  {"type":"scenario","rule":"greedy","budget":"10.00","used":"0.00","left":"10.00","requests":0,"funded":0,"voters":0,"voters_served":null,"need_covered_before":null,"need_covered":null,"min_coverage_before":null,"min_coverage":null,"gini_before":null,"gini":null,"hoover":null,"isolated_fifth_share":null,"areas":{}}
  [1]
  $ council-advise --rule need --budget 100 < $D/requests.jsonl
  council-advise: rule need needs the need of the areas (area and isolation records)
  [2]
  $ council-advise --rule fair < /dev/null
  council-advise: --rule 'fair': not need, proportional, greedy or equal-shares
  Try 'council-advise --help' for more information.
  [2]
  $ council-advise --budget 12,50 --rule need < /dev/null
  council-advise: --budget '12,50': has a decimal comma: use a point for decimals ("12,50" is "12.50")
  Try 'council-advise --help' for more information.
  [2]
  $ council-advise --budget 0 --rule need < /dev/null
  council-advise: --budget '0': must be more than 0
  Try 'council-advise --help' for more information.
  [2]
  $ council-advise --budget 100 < $D/requests.jsonl
  council-advise: --budget needs --rule: the input names no rule
  [2]
  $ council-advise --format letter --rule need < /dev/null
  council-advise: --budget, --rule and --completion write records: use them with --format jsonl, and give the letter their scenario records
  Try 'council-advise --help' for more information.
  [2]

Requests and votes without --rule or --budget pass through, as any record
council-advise does not use, and it says how to ask for a scenario:

  $ pb-import $SHARED/testdata/pabulib/Netherlands_Assen_2024.pb | council-advise | grep -c '"type":"vote"'
  council-advise: read 14 requests and 84 votes and passed them on: to allocate the budget, add --rule equal-shares (or greedy, need, proportional), or --budget AMOUNT for the rule the budget record names
  84

Greedy on Amsterdam 179: the file says the leftover after the capped pass
went to further projects by votes, outside the caps, and so it is spent;
--leftover none stops at the caps (84,013 euros unspent), partial funds
one more:

  $ pb-import $SHARED/testdata/pabulib/Netherlands_Amsterdam_179.pb > a179.jsonl
  $ grep -o '"leftover_budget":"[^"]*"' a179.jsonl
  "leftover_budget":"Fund additional projects that fit within leftover budget ordered by score"
  $ for l in "" "--leftover none" "--leftover partial"; do
  >   council-advise --rule greedy $l a179.jsonl | jq -c 'select(.type == "scenario") | [.used, .left, .funded]'
  > done
  ["248763.00","1237.00",22]
  ["165987.00","84013.00",13]
  ["170987.00","79013.00",14]
