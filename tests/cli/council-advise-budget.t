Budget scenarios through the advice's own need and supply.  The rules
need and proportional weigh what a request claims: the gap of each area
it names in each form it names, all forms when it names none (these
requests name none).  From the hand-computed cells of
council-advise-needs.t: Oude Kern societal 100 against 40, group 50
against 0, individual 200 against 60: r1 claims 60 + 50 + 140 = 250;
Marktkwartier societal 160 against 200 (no gap), group 40 against 0, its
individual form unknown: r2 claims 40 (the sums over the forms, 200
against 200, would hide that group gap); Oosterveld-Noord 15 + 3 + 6: r3
claims 24; Oosterveld-Zuid is unknown: r4 claims nothing.  With 50000 the
need rule funds r1 (30000), then r2 (10000); r3 (20000) no longer fits.

  $ D=$TESTDIR/data/council-advise
  $ cat $D/small.jsonl $D/requests.jsonl | council-advise --budget 50000 --rule need | grep -v '"advice"'
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  {"type":"ledger","initiative":"zorgcoop-kern","date":"2026-10-03","event":"hours","hours":2,"by":"volunteer"}
  {"type":"allocation","rule":"need","rank":1,"request":"r1","initiative":"koffie-oude-kern","amount":"30000.00","requested":"30000.00","share":1.0}
  {"type":"allocation","rule":"need","rank":2,"request":"r2","initiative":"bewonersgroep-markt","amount":"10000.00","requested":"10000.00","share":1.0}
  {"type":"scenario","rule":"need","budget":"50000.00","used":"40000.00","left":"10000.00","requests":4,"funded":2,"voters":null,"voters_served":null,"need_covered_before":0.5226,"need_covered":0.5226,"min_coverage_before":0.0,"min_coverage":0.0,"gini_before":0.5185,"gini":0.5185,"hoover":0.1402,"isolated_fifth_share":0.75,"areas":{"BU99010101":{"need":350.0,"before":0.2857,"after":0.2857,"money":"30000.00"},"BU99010102":{"need":200.0,"before":1.0,"after":1.0,"money":"10000.00"},"BU99010201":{"need":24.0,"before":0.0,"after":0.0,"money":"0.00"},"BU99010202":{"need":null,"before":null,"after":null,"money":"0.00"}}}

How isolated an area is, is the sum of its known forms' shares: Oude Kern
0.35, Oosterveld-Noord 0.32, Marktkwartier 0.1.  The most isolated fifth
(one area of three) is Oude Kern, which gets 30000 of the 40000 used: 0.75.

Proportional splits by the claims, 250 : 40 : 24 of 314: r1's share
(50000 x 250 / 314) is more than its 30000, so it is funded in full; of
the 20000 left, r2's (20000 x 40 / 64) is more than its 10000 and it is
funded too; r3 gets the last 10000.  Greedy and equal shares follow the
three ballots.

  $ for r in proportional greedy equal-shares; do cat $D/small.jsonl $D/requests.jsonl | council-advise --budget 50000 --rule $r | jq -c 'select(.type == "allocation" or .type == "scenario") | [.type, .rule, .request, .amount, .used, .voters_served]'; done
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  ["allocation","proportional","r1","30000.00",null,null]
  ["allocation","proportional","r2","10000.00",null,null]
  ["allocation","proportional","r3","10000.00",null,null]
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

Requests that name forms claim only those (requests-forms.jsonl, on the
same cells): f1 Oude Kern group (50); f2 individual in Oude Kern (140)
and in Marktkwartier, where that need is unknown: a warning, as f2 would
otherwise silently claim less than it names; f3 names "grup", no form: a
warning with the nearest name, and f3 claims nothing; f4 names none, so
claims Oosterveld-Noord's 24; f5 Oude Kern group and societal, 50 + 60,
with 80 places.  Each asks 8000.

Need with 24000: f2 (140), then f5 (110); f5's 80 places go to the two
forms it claims in its one area, 40 each, so Oude Kern's group gap falls
to 10 and f4 (24) comes before f1 (10).

  $ cat $D/small.jsonl $D/requests-forms.jsonl | council-advise --budget 24000 --rule need | jq -c 'select(.type == "allocation") | [.request, .amount]'
  council-advise: <stdin>:20: request f3: forms: 'grup': unknown form (did you mean 'group'?): the rules need and proportional count no need of it
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  council-advise: request f2: no known need of individual in BU99010102: the rules need and proportional count none of it (measure it, or leave the form out of "forms")
  ["f2","8000.00"]
  ["f5","8000.00"]
  ["f4","8000.00"]

Proportional with 20000, in cents: a cell's gap is shared among the
requests claiming it, so f1 and f5 weigh 25 each for Oude Kern's group
gap: f1 25, f2 140, f4 24, f5 25 + 60 = 85, of 274.  f2's share,
2000000 x 140 / 274 = 1021897.8, is more than its 800000: funded in full.
The 1200000 cents left go by 25 : 24 : 85 of 134: f1 223880.597, f4
214925.373, f5 761194.029, whole cents down 1199999, and the last cent
to the largest remainder, f1's.

  $ cat $D/small.jsonl $D/requests-forms.jsonl | council-advise --budget 20000 --rule proportional 2>/dev/null | jq -c 'select(.type == "allocation" or .type == "scenario") | [.request, .amount, .used]'
  ["f1","2238.81",null]
  ["f2","8000.00",null]
  ["f4","2149.25",null]
  ["f5","7611.94",null]
  [null,null,"20000.00"]

The rules that do not weigh need do not warn of unknown need; a name that
is no form is warned of with any rule:

  $ { cat $D/small.jsonl $D/requests-forms.jsonl; echo '{"type":"vote","voter":"v1","approved":["f1","f2"]}'; } | council-advise --budget 8000 --rule equal-shares 2>&1 >/dev/null
  council-advise: <stdin>:20: request f3: forms: 'grup': unknown form (did you mean 'group'?): the rules need and proportional count no need of it
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which

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
