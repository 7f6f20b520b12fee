The completions of equal-shares by name (--completion).  Wieliczka 2023's
Green Budget (1,000,000 zł, 6,586 voters) was decided by Add1 without the
stop at an exhaustive outcome: add1-nostop gives its official 30 projects,
the default add1 stops earlier at an exhaustive outcome of 31.  The
scenario record says which completion ran, how many raises of one unit per
voter it kept above its start, and the final endowment of each voter, so
that the result can be replayed.

  $ pb-import $SHARED/testdata/pabulib/Poland_Wieliczka_2023.pb > w.jsonl
  $ grep '"selected":true' w.jsonl | grep -o '"id":"[0-9]*"' | sort > official
  $ for c in add1 add1-nostop add1-exact none; do
  >   council-advise --completion $c w.jsonl > out.jsonl
  >   grep '"type":"allocation"' out.jsonl | grep -o '"request":"[0-9]*"' |
  >     sed 's/request/id/' | sort > ours
  >   echo "$c: $(wc -l < ours) funded, $(cmp -s official ours && echo official || echo other)"
  >   grep '"type":"scenario"' out.jsonl | grep -o '"used":"[0-9.]*"\|"completion":"[a-z1-]*"\|"add1_steps":[0-9]*\|"endowment":"[0-9./]*"' | paste -sd' '
  > done
  add1: 31 funded, other
  "used":"984579.00" "completion":"add1" "add1_steps":151 "endowment":"302.00"
  add1-nostop: 30 funded, official
  "used":"995079.00" "completion":"add1-nostop" "add1_steps":164 "endowment":"315.00"
  add1-exact: 31 funded, other
  "used":"984579.00" "completion":"add1-exact" "add1_steps":150 "endowment":"993950/3293"
  none: 21 funded, other
  "used":"450548.00" "completion":"none" "add1_steps":0 "endowment":"500000/3293"

The endowment replays: add1 starts at floor(1000000 / 6586) = 151 whole
units and raised 151 times, 151 + 151 = 302; add1-exact starts at B/n
exactly, 1000000/6586 + 150 = 993950/3293.

Without --rule, the budget record's rule (equalshares/add1) is used; with
another rule, --completion is refused:

  $ council-advise --completion add1-nostop w.jsonl | grep -c '"type":"allocation"'
  30
  $ council-advise --rule greedy --completion add1 w.jsonl
  council-advise: --completion is equal-shares': use it with --rule equal-shares
  Try 'council-advise --help' for more information.
  [2]
  $ council-advise --completion add2 w.jsonl 2>&1 | head -1
  council-advise: --completion 'add2': not add1, add1u, add1-nostop, add1-exact or none (did you mean 'add1'?)
