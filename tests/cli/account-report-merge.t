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

Goals have no natural order, so they are kept in the byte order of their
ids, in the accounts and in the partials: pieces that meet the goals in
other orders merge to the same bytes in every order.

  $ printf '%s\n' '{"initiative":"a","date":"2026-01-01","event":"goal","goal":"zorg","target":2}' \
  >   '{"initiative":"a","date":"2026-01-09","event":"result","goal":"zorg","value":3}' > zorg.jsonl
  $ printf '%s\n' '{"initiative":"a","date":"2026-01-02","event":"goal","goal":"Maaltijd","target":5}' \
  >   '{"initiative":"a","date":"2026-01-09","event":"result","goal":"Maaltijd","value":1}' \
  >   '{"initiative":"a","date":"2026-01-03","event":"goal","goal":"boek","target":1}' > rest.jsonl
  $ (account-report --partial zorg.jsonl; account-report --partial rest.jsonl) | account-report --merge > zr.jsonl
  $ (account-report --partial rest.jsonl; account-report --partial zorg.jsonl) | account-report --merge | cmp - zr.jsonl && echo same
  same
  $ cat zorg.jsonl rest.jsonl | account-report | cmp - zr.jsonl && echo same
  same
  $ jq -c '[.goals[].goal]' zr.jsonl
  ["Maaltijd","boek","zorg"]
  $ (account-report --partial rest.jsonl; account-report --partial zorg.jsonl) | account-report --merge --partial | jq -c '[.goals[].goal]'
  ["Maaltijd","boek","zorg"]

Results of goals never set are rejected in one order too, by initiative,
goal, file and line, whichever piece came first:

  $ printf '%s\n' '{"initiative":"a","date":"2026-01-31","event":"result","goal":"x","value":1}' > p1.jsonl
  $ printf '%s\n' '{"initiative":"a","date":"2026-02-28","event":"result","goal":"x","value":1}' '{"initiative":"a","date":"2026-02-28","event":"result","goal":"w","value":1}' > p2.jsonl
  $ (account-report --partial p2.jsonl; account-report --partial p1.jsonl) | account-report --merge > /dev/null
  account-report: p2.jsonl:2: goal 'w' of 'a' was never set (no goal event for it)
  account-report: p1.jsonl:1: goal 'x' of 'a' was never set (no goal event for it)
  account-report: p2.jsonl:1: goal 'x' of 'a' was never set (no goal event for it)
  [1]
  $ diff <((account-report --partial p1.jsonl; account-report --partial p2.jsonl) | account-report --merge 2>&1 >/dev/null) <(account-report p2.jsonl p1.jsonl 2>&1 >/dev/null) && echo same
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
  $ for f in piece.*; do account-report --partial $f; done | account-report --merge 2>/dev/null | cmp - <(account-report small.jsonl 2>/dev/null) && echo same
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
