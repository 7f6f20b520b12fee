The corruption drill (tests/corruption-drill.sh): each example input with a
tenth of its lines damaged (tests/tools/corrupt: truncation, invalid UTF-8,
a NUL byte, one 10 MB line, nesting deeper than 2048, numbers out of range,
wrong types, missing fields, duplicate keys; fixed seeds), through the
programs that read it.  Intact lines must give what they gave clean, and
every damaged line must be in --rejects once, with its file and line.  A
line whose damage is a duplicate key (the bad value first, the original
last) is a valid record as jansson reads it, and counts as intact.

Every program the drill runs now passes it (issue 14's findings 2, 6 and
7 fixed, and account-report rejects a damaged initiative record as
initiative-add --check does, where it passed them through before), so the
status is 0.

  $ tools=$(dirname "$(command -v isolation-score)")/../tools
  $ sh "$TESTDIR/../corruption-drill.sh" "$tools"
  survey.jsonl (seed 14, 2500 lines, 250 damaged): isolation-score FILE: ok
  survey.jsonl (seed 14, 2500 lines, 250 damaged): isolation-score --by area --config isolation.yaml FILE: ok
  ledger.jsonl (seed 14, 3293 lines, 330 damaged): account-report --month 2026-10 registry.jsonl FILE: ok
  registry.jsonl (seed 14, 20 lines, 2 damaged): initiative-add --name Drill --kind drop-in --area BU99010101 --capacity 5 FILE: ok
  registry.jsonl (seed 14, 20 lines, 2 damaged): account-report --month 2026-10 FILE ledger.jsonl: ok
  registry.jsonl (seed 15, 20 lines, 2 damaged): initiative-add --name Drill --kind drop-in --area BU99010101 --capacity 5 FILE: ok
  registry.jsonl (seed 15, 20 lines, 2 damaged): account-report --month 2026-10 FILE ledger.jsonl: ok
  registry.jsonl (seed 16, 20 lines, 2 damaged): initiative-add --name Drill --kind drop-in --area BU99010101 --capacity 5 FILE: ok
  registry.jsonl (seed 16, 20 lines, 2 damaged): account-report --month 2026-10 FILE ledger.jsonl: ok
  registry.jsonl (seed 17, 20 lines, 2 damaged): initiative-add --name Drill --kind drop-in --area BU99010101 --capacity 5 FILE: ok
  registry.jsonl (seed 17, 20 lines, 2 damaged): account-report --month 2026-10 FILE ledger.jsonl: ok
  registry.jsonl (seed 18, 20 lines, 2 damaged): initiative-add --name Drill --kind drop-in --area BU99010101 --capacity 5 FILE: ok
  registry.jsonl (seed 18, 20 lines, 2 damaged): account-report --month 2026-10 FILE ledger.jsonl: ok
  requests.jsonl (seed 14, 20 lines, 2 damaged): council-advise --budget 200000 --rule equal-shares FILE votes.jsonl: ok
  requests.jsonl (seed 15, 20 lines, 2 damaged): council-advise --budget 200000 --rule equal-shares FILE votes.jsonl: ok
  requests.jsonl (seed 16, 20 lines, 2 damaged): council-advise --budget 200000 --rule equal-shares FILE votes.jsonl: ok
  requests.jsonl (seed 17, 20 lines, 2 damaged): council-advise --budget 200000 --rule equal-shares FILE votes.jsonl: ok
  requests.jsonl (seed 18, 20 lines, 2 damaged): council-advise --budget 200000 --rule equal-shares FILE votes.jsonl: ok
  votes.jsonl (seed 14, 1200 lines, 120 damaged): council-advise --budget 200000 --rule equal-shares requests.jsonl FILE: ok
  areas.jsonl (seed 14, 16 lines, 2 damaged): council-advise registry.jsonl FILE summaries.jsonl: ok
  areas.jsonl (seed 15, 16 lines, 2 damaged): council-advise registry.jsonl FILE summaries.jsonl: ok
  areas.jsonl (seed 16, 16 lines, 2 damaged): council-advise registry.jsonl FILE summaries.jsonl: ok
  areas.jsonl (seed 17, 16 lines, 2 damaged): council-advise registry.jsonl FILE summaries.jsonl: ok
  areas.jsonl (seed 18, 16 lines, 2 damaged): council-advise registry.jsonl FILE summaries.jsonl: ok
  kinds of damage: deep 95,duplicate-key 94,huge 1,missing 59,nul 96,range 98,truncated 94,utf8 99,wrong-type 94
