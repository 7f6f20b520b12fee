An initiative id mistyped in a ledger would get an account of its own
without a word.  When the input has initiative records, a ledger event for
an initiative none of them has is a warning, once per id, at the file and
line that named it first, with how many lines named it and the closest id
the records have.  The accounts are written all the same (exit 0):

  $ cp $TESTDIR/../../examples/registry.jsonl $TESTDIR/../../examples/ledger.jsonl .
  $ head -n 300 ledger.jsonl | sed 's/koffie-uurtje-oude-kern/koffie-uurtje-oude-kren/' > typo.jsonl
  $ echo '{"initiative":"qqq","date":"2026-10-01","event":"reach","participants":3}' >> typo.jsonl
  $ account-report registry.jsonl typo.jsonl | grep -c '"type":"account"'
  account-report: typo.jsonl:1: initiative 'koffie-uurtje-oude-kren' is in no initiative record (did you mean 'koffie-uurtje-oude-kern'?); 22 lines name it, this the first
  account-report: typo.jsonl:301: initiative 'qqq' is in no initiative record
  23

The registry may come after the ledger:

  $ account-report typo.jsonl registry.jsonl 2>&1 >/dev/null | cut -c 1-60
  account-report: typo.jsonl:1: initiative 'koffie-uurtje-oude
  account-report: typo.jsonl:301: initiative 'qqq' is in no in

A ledger on its own, without initiative records, is no mistake:

  $ account-report typo.jsonl > /dev/null

Merged pieces warn as one run does, at the partial that named the id
first (a piece alone does not know the registry, so --partial does not
warn):

  $ account-report --partial registry.jsonl typo.jsonl > partials.jsonl
  $ account-report --merge partials.jsonl > /dev/null
  account-report: partials.jsonl:33: initiative 'koffie-uurtje-oude-kren' is in no initiative record (did you mean 'koffie-uurtje-oude-kern'?)
  account-report: partials.jsonl:36: initiative 'qqq' is in no initiative record

--initiative asks for one: only its warning is given, and an id that no
ledger event names is a warning with the nearest that one does:

  $ account-report --initiative qqq registry.jsonl typo.jsonl | grep -c '"type":"account"'
  account-report: typo.jsonl:301: initiative 'qqq' is in no initiative record
  1
  $ account-report --initiative koffie-uurtje-oude-ker ledger.jsonl | wc -l
  account-report: --initiative 'koffie-uurtje-oude-ker': unknown initiative (did you mean 'koffie-uurtje-oude-kern'?); no ledger event names it, so it has no account
  0
  $ account-report --merge --initiative koffie-uurtje-oude-kren --initiative zorgcoop-sprang partials.jsonl 2>&1 >/dev/null | cut -c 1-110
  account-report: partials.jsonl:33: initiative 'koffie-uurtje-oude-kren' is in no initiative record (did you me
  account-report: --initiative 'zorgcoop-sprang': unknown initiative (one of: inloophuis-de-marktkamer, maatjesp

An initiative record that is rejected names no initiative:

  $ printf '%s\n' '{"type":"initiative","id":"inloop-west","name":"A","kind":"drop-in","capacity":5,"areas":["BU99010101"]}' \
  >   '{"type":"initiative","id":"zorgcoop-oost","name":"B","kind":"nothing","capacity":5,"areas":["BU99010101"]}' \
  >   '{"initiative":"zorgcoop-oost","date":"2026-10-03","event":"reach","participants":3}' | account-report > /dev/null
  account-report: <stdin>:2: kind 'nothing': unknown kind (one of: resident-group, care-cooperative, resident-enterprise, energy-cooperative, food-initiative, neighbourhood-business, care-farm, intercultural-group, recovery-academy, drop-in, buddy-project)
  account-report: <stdin>:3: initiative 'zorgcoop-oost' is in no initiative record
  [1]
