account-report: bad ledger lines are rejected, each with a reason, and
every good line still counts.

  $ cp $TESTDIR/data/account-report/* .

  $ account-report --format text bad.jsonl
  account-report: bad.jsonl:2: event 'donation': unknown event kind (one of: income, expense, hours, reach, goal, result, meeting, adjustment)
  account-report: bad.jsonl:3: date: '2026-02-30' is no day of the calendar
  account-report: bad.jsonl:4: amount: negative amounts are not allowed (record a separate event instead)
  account-report: bad.jsonl:5: amount: has more than two decimals (a point is the decimal point: write thousands without a separator, "1.250" as "1250")
  account-report: bad.jsonl:6: source 'fnd': unknown source (did you mean 'fund'?)
  account-report: bad.jsonl:8: by: missing
  account-report: bad.jsonl:10:3: invalid JSON: invalid token near 'not'
  account-report: bad.jsonl:12: amount: the income total of 'a' would overflow (beyond 92 233 720 368 547 758.07)
  account-report: bad.jsonl:7: goal 'cups' of 'a' was never set (no goal event for it)
  a, January 2026
  1 January 2026 to 31 January 2026
  
  Means
    Income                                        €92,233,720,368,547,758.07
      other                                       €92,233,720,368,547,758.07
    Expenses                                           €0.00
    Balance                                       €92,233,720,368,547,758.07
    Share of income from the municipality: 0%
    Hours given: 0 hours
  
  Goals and results
    meals: Target 10, Achieved 12 (120%): yes
  
  Reach: not reported
  Meetings: 0 (0 attendees)
  Adjustments: 0
  
  Five questions
    1. Can the people it is for expect quality and value?
       Value           yes: the one goal with a result was met
    2. Can the participants be proud of their role, their own work and their ownership?
       Pride           cannot tell yet: no hours were recorded in this period
    3. Does it account to its participants, at least once a year, for its means, goals and results?
       Accounts        cannot tell yet: no meeting has approved the accounts yet, but the ledger covers only 1 of the 12 months looked back over
    4. Is it visibly adjusted when that is needed?
       Adjusts         cannot tell yet: no goal was missed in the 12 months before this period, so there was nothing to adjust
    5. Do those who run it and those it serves agree on its scale and set-up?
       Agreement       cannot tell yet: no meeting yet, but the ledger covers only 1 of the 12 months looked back over
  [1]

  $ account-report --rejects rej.jsonl bad.jsonl >/dev/null 2>&1; echo $?; cut -c 1-60 rej.jsonl
  1
  {"file":"bad.jsonl","line":2,"error":"event 'donation': unkn
  {"file":"bad.jsonl","line":3,"error":"date: '2026-02-30' is 
  {"file":"bad.jsonl","line":4,"error":"amount: negative amoun
  {"file":"bad.jsonl","line":5,"error":"amount: has more than 
  {"file":"bad.jsonl","line":6,"error":"source 'fnd': unknown 
  {"file":"bad.jsonl","line":8,"error":"by: missing","raw":"{\
  {"file":"bad.jsonl","line":10,"error":"invalid JSON: invalid
  {"file":"bad.jsonl","line":12,"error":"amount: the income to
  {"file":"bad.jsonl","line":7,"error":"goal 'cups' of 'a' was

  $ account-report --strict bad.jsonl
  account-report: bad.jsonl:2: event 'donation': unknown event kind (one of: income, expense, hours, reach, goal, result, meeting, adjustment)
  [1]

Goals may be set after their results in the input; only a goal that is
never set rejects its results:

  $ printf '%s\n' '{"initiative":"a","date":"2026-01-31","event":"result","goal":"g","value":3}' \
  >   '{"initiative":"a","date":"2026-01-31","event":"result","goal":"h","value":3}' \
  >   '{"initiative":"a","date":"2026-01-01","event":"goal","goal":"g","target":2}' | account-report --format text | grep -A1 Goals
  account-report: <stdin>:2: goal 'h' of 'a' was never set (no goal event for it)
  Goals and results
    g: Target 2, Achieved 3 (150%): yes

Usage errors:

  $ account-report --period week small.jsonl
  account-report: --period 'week': not month, quarter or year
  Try 'account-report --help' for more information.
  [2]

  $ account-report --month 2026-13 small.jsonl
  account-report: --month '2026-13': is not a month of the form YYYY-MM
  Try 'account-report --help' for more information.
  [2]

  $ account-report --month 2026-10 --period quarter small.jsonl
  account-report: --month needs --period month
  Try 'account-report --help' for more information.
  [2]

  $ account-report --month 2026-10 --from 2026-01-01 small.jsonl
  account-report: --month and --from/--to do not go together
  Try 'account-report --help' for more information.
  [2]

  $ account-report --from 2026-05-01 --to 2026-04-30 small.jsonl
  account-report: --from lies after --to
  Try 'account-report --help' for more information.
  [2]

  $ account-report --format pdf small.jsonl
  account-report: --format 'pdf': not jsonl, text, markdown or html
  Try 'account-report --help' for more information.
  [2]

  $ account-report --lang de small.jsonl
  account-report: --lang 'de': not en or nl
  Try 'account-report --help' for more information.
  [2]

  $ account-report --partial --format html small.jsonl
  account-report: --partial writes jsonl only
  Try 'account-report --help' for more information.
  [2]

  $ account-report nothere.jsonl
  account-report: nothere.jsonl: No such file or directory
  [2]

  $ account-report small.jsonl > /dev/full
  account-report: small.jsonl:14: initiative 'buurtkamer-noord' is in no initiative record; 3 lines name it, this the first
  account-report: write error: No space left on device
  [2]

A damaged initiative record is rejected as initiative-add --check rejects
it: said with its line, counted in the exit status, kept by --rejects,
and not passed on (nor does it name an initiative):

  $ printf '%s\n' '{"type":"initiative","id":"a","name":"A","kind":7,"capacity":5,"areas":["BU99010101"]}' \
  >   '{"type":"initiative","id":"b","name":"B","kind":"drop-in","capacity":5,"areas":["BU99010101"]}' \
  >   '{"type":"initiative","id":"c","name":"C","kind":"drop-in","capacity":1000000000000000000,"areas":["BU99010101"]}' \
  >   '{"type":"initiative","name":"D","kind":"drop-in","capacity":5,"areas":["BU99010101"]}' \
  >   '{"initiative":"a","date":"2026-10-03","event":"income","amount":"5.00","source":"fund"}' > reg.jsonl
  $ account-report --rejects rj.jsonl reg.jsonl | jq -c '[.type, .id // .initiative, .name]'
  account-report: reg.jsonl:1: kind must be a string
  account-report: reg.jsonl:3: capacity must be a whole number from 0 to 1000000
  account-report: reg.jsonl:4: id is missing
  account-report: reg.jsonl:5: initiative 'a' is in no initiative record (did you mean 'b'?)
  ["initiative","b","B"]
  ["account","a",null]
  $ jq -c '[.line, .error]' rj.jsonl
  [1,"kind must be a string"]
  [3,"capacity must be a whole number from 0 to 1000000"]
  [4,"id is missing"]
