account-report --partial and --merge: a ledger split into pieces, each
summed on its own, merges into exactly the reports of one run.

  $ cp $TESTDIR/../../examples/ledger.jsonl $TESTDIR/data/account-report/small.jsonl .
  $ account-report ledger.jsonl > whole.jsonl; echo $?
  0

  $ split -l 700 ledger.jsonl part.
  $ ls part.* | wc -l
  5
  $ for f in part.*; do account-report --partial $f; done > partials.jsonl
  $ grep -c '"type":"account_partial"' partials.jsonl
  100
  $ account-report --merge partials.jsonl | cmp - whole.jsonl && echo same
  same

In any order, for quarters and years, in Dutch and as HTML too:

  $ for f in $(ls part.* | sort -r); do account-report --partial $f; done | account-report --merge --period quarter --lang nl > q1.jsonl
  $ account-report --period quarter --lang nl ledger.jsonl | cmp - q1.jsonl && echo same
  same
  $ account-report --merge --period year --format html partials.jsonl | cmp - <(account-report --period year --format html ledger.jsonl) && echo same
  same

--merge with --partial merges partials into one partial (as
isolation-score does), so merging can itself be split up; a goal not set
in what was merged so far keeps its lines for the next step.  The first
two pieces hold partials of the same 20 initiatives:

  $ head -n 40 partials.jsonl | account-report --merge --partial | grep -c '"type":"account_partial"'
  20
  $ (head -n 40 partials.jsonl | account-report --merge --partial; tail -n +41 partials.jsonl) | account-report --merge | cmp - whole.jsonl && echo same
  same
  $ printf '%s\n' '{"initiative":"a","date":"2026-01-31","event":"result","goal":"h","value":3}' | account-report --partial | account-report --merge --partial | grep -c '"pending":\[\["<stdin>",1,'
  1

--initiative picks from the partials as from the ledger:

  $ account-report --merge --initiative koffie-uurtje-oude-kern partials.jsonl | cmp - <(account-report --initiative koffie-uurtje-oude-kern ledger.jsonl) && echo same
  same

Other records pass through both steps in order, as in one run:

  $ split -l 5 small.jsonl piece.
  $ for f in piece.*; do account-report --partial $f; done | account-report --merge | cmp - <(account-report small.jsonl) && echo same
  same

Without --merge, partials are records like any other and pass through:

  $ account-report --partial small.jsonl | account-report | grep -c '"type":"account_partial"'
  2

A goal set in one piece counts for results in another; a goal set nowhere
rejects its results when the pieces meet, at their own file and line:

  $ printf '%s\n' '{"initiative":"a","date":"2026-01-31","event":"result","goal":"g","value":3}' \
  >   '{"initiative":"a","date":"2026-01-31","event":"result","goal":"h","value":3}' > one.jsonl
  $ printf '%s\n' '{"initiative":"a","date":"2026-01-01","event":"goal","goal":"g","target":2}' > two.jsonl
  $ (account-report --partial one.jsonl; account-report --partial two.jsonl) | account-report --merge | grep -o '"goals":\[[^]]*\]'
  account-report: one.jsonl:2: goal 'h' of 'a' was never set (no goal event for it)
  "goals":[{"goal":"g","unit":"","per":"month","since":"2026-01-01","target":2,"actual":3,"results":1,"progress":1.5,"met":true}]

A partial that is not one is rejected:

  $ echo '{"type":"account_partial","initiative":"a","first":"2026-13","months":[],"goals":[]}' | account-report --merge
  account-report: <stdin>:1: not an account_partial record as account-report --partial writes it
  [1]
