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

Each partial carries the settings it was made with: the weight field and
every rule and threshold of --config but min_n, which only hides cells.
A merge takes only partials made with its own settings, so that the
merged summaries are the ones a single run with those settings gives;
any other partial is rejected, naming the first setting that differs and
its value on both sides (issue 10):

  $ head -n 1 partials.jsonl | jq -c .settings
  {"weight":"weight","djg":{"max_missing":1,"emotional_threshold":3,"social_threshold":3,"moderate":3,"severe":9,"very_severe":11},"djg_short":{"max_missing":1,"emotional_threshold":1,"social_threshold":1,"moderate":2,"severe":5,"very_severe":7},"lsns":{"at_risk_below":12},"forms":{"societal_max_step":2,"group_contacts":["mostly-own-group"],"individual":["emotionally-lonely","lsns-at-risk"]}}
  $ cp $TESTDIR/data/isolation-score/strict.yaml .
  $ for f in part.*; do isolation-score --partial --config strict.yaml $f; done > strict.jsonl
  $ isolation-score --merge strict.jsonl 2>errors > merged.jsonl; echo $?
  1
  $ sed -n 1p errors
  isolation-score: strict.jsonl:1: a partial made with other settings: djg.max_missing is 0 in the partial and 1 in this run; merge with the --config and --weight the partials were made with
  $ grep -c 'other settings' errors; grep '"type":"isolation"' merged.jsonl | wc -l
  71
  0

With the same --config the merge is the single run, byte for byte; the
min_n of the file applies at the merge, as in one run:

  $ isolation-score --by area --config strict.yaml survey.jsonl > strict-whole.jsonl
  $ isolation-score --merge --config strict.yaml strict.jsonl | cmp - strict-whole.jsonl && echo same
  same

Partials of one piece made with strict.yaml and of another with the
defaults do not mix, whichever settings the merge has; nor do partials
weighted by another field.  A list in another order is the same setting:

  $ (isolation-score --partial --config strict.yaml part.aa; isolation-score --partial part.ab) | isolation-score --merge --config strict.yaml 2>&1 >/dev/null | sed -n 1p
  isolation-score: <stdin>:13: a partial made with other settings: djg.max_missing is 1 in the partial and 0 in this run; merge with the --config and --weight the partials were made with
  $ isolation-score --partial --weight w part.aa | isolation-score --merge 2>&1 >/dev/null | sed -n 1p
  isolation-score: <stdin>:1: a partial made with other settings: weight is "w" in the partial and "weight" in this run; merge with the --config and --weight the partials were made with
  $ printf 'forms:\n  group_contacts: [mixed, mostly-own-group]\n' > one.yaml
  $ printf 'forms:\n  group_contacts: [mostly-own-group, mixed]\n' > other.yaml
  $ isolation-score --partial --config one.yaml part.aa | isolation-score --merge 2>&1 >/dev/null | sed -n 1p
  isolation-score: <stdin>:1: a partial made with other settings: forms.group_contacts is ["mostly-own-group","mixed"] in the partial and ["mostly-own-group"] in this run; merge with the --config and --weight the partials were made with
  $ isolation-score --partial --config one.yaml part.aa | isolation-score --merge --config other.yaml | grep -c '"type":"isolation"'
  12

A partial without settings, from before they were recorded, is refused:

  $ head -n 1 partials.jsonl | jq -c 'del(.settings)' | isolation-score --merge
  isolation-score: <stdin>:1: a partial without the settings it was made with (an older isolation-score?): make it again with isolation-score --partial
  [1]
