isolation-score --partial and --merge: a survey split into pieces, each
summed on its own, merges into exactly the summaries of one run, byte for
byte, whatever the order of the partials.  Weights are summed exactly
(256-bit fixed point), so no last digit can differ.

  $ tools=$(dirname "$(command -v isolation-score)")/../tools
  $ "$tools/gen-survey" --responses 2000 --seed 7 > survey.jsonl
  $ grep -v '"id":"empty"' $TESTDIR/data/isolation-score/small.jsonl >> survey.jsonl
  $ isolation-score --by area --min-n 5 survey.jsonl > whole.jsonl; echo $?
  0
  $ wc -l < whole.jsonl
  13
  $ split -l 300 survey.jsonl part.
  $ ls part.* | wc -l
  7
  $ for f in part.*; do isolation-score --partial $f; done > partials.jsonl
  $ grep -c '"type":"isolation_partial"' partials.jsonl
  71
  $ isolation-score --merge --min-n 5 partials.jsonl | cmp - whole.jsonl && echo same
  same
  $ for f in $(ls part.* | sort -r); do isolation-score --partial $f; done | isolation-score --merge --min-n 5 | cmp - whole.jsonl && echo same
  same

At a coarser level, with the level given at either step, and with
partials of partials:

  $ isolation-score --by area --level wijk survey.jsonl > wijk.jsonl
  $ isolation-score --merge --level wijk partials.jsonl | cmp - wijk.jsonl && echo same
  same
  $ for f in part.*; do isolation-score --partial --level wijk $f; done | isolation-score --merge | cmp - wijk.jsonl && echo same
  same
  $ (head -n 20 partials.jsonl | isolation-score --merge --partial; tail -n +21 partials.jsonl) | isolation-score --merge --min-n 5 | cmp - whole.jsonl && echo same
  same

Partials by another field, or damaged ones, are rejected; without --merge
they pass through like any record:

  $ head -n 1 partials.jsonl | isolation-score --merge --by sex
  isolation-score: <stdin>:1: a partial by 'area', not by 'sex' as asked
  [1]
  $ head -n 1 partials.jsonl | sed 's/"w":"[0-9a-f]*"/"w":"x"/' | isolation-score --merge
  isolation-score: <stdin>:1: not an isolation_partial record as isolation-score --partial writes it
  [1]
  $ head -n 1 partials.jsonl | isolation-score | cmp - <(head -n 1 partials.jsonl) && echo same
  same
