isolation-score checks a response the same way in every mode: scoring
each response, summarising with --by, and writing partials (issue 14,
finding 6; issue 10).

  $ printf '%s\n' '{"type":"response","area":"BU99010101","weight":"heavy","ladder":2}' \
  >   '{"type":"response","area":5,"ladder":2}' \
  >   '{"type":"response","area":"BU99010102","weight":-1,"ladder":2}' \
  >   '{"type":"response","area":"BU99010101","ladder":3}' > bad.jsonl

Without --by, the same lines are rejected as with it:

  $ isolation-score bad.jsonl > scored.jsonl
  isolation-score: bad.jsonl:1: weight: "heavy" is not a positive weight from 0.001 to 1000000
  isolation-score: bad.jsonl:2: area: 5 is not a string (the CBS code of an area)
  isolation-score: bad.jsonl:3: weight: -1 is not a positive weight from 0.001 to 1000000
  [1]
  $ jq -c '[.area, .isolation.ladder]' scored.jsonl
  ["BU99010101",3]

  $ isolation-score bad.jsonl 2>scored.err >/dev/null
  [1]
  $ isolation-score --by area --min-n 0 bad.jsonl 2>groups.err > groups.jsonl
  [1]
  $ cmp scored.err groups.err
  $ jq -c '[.area, .n]' groups.jsonl
  ["BU99010101",1]

A line rejected for its weight leaves no trace: no group BU99010102 with n
0, in the summaries or the partials:

  $ isolation-score --partial bad.jsonl 2>/dev/null | jq -c '[.key, .n]'
  ["BU99010101",1]

A null weight is a missing one, which counts as 1, in every mode:

  $ printf '%s\n' '{"type":"response","area":"BU99010101","weight":null,"ladder":2}' \
  >   '{"type":"response","area":"BU99010101","weight":3,"ladder":3}' > null.jsonl
  $ isolation-score null.jsonl | jq -c .weight
  null
  3
  $ isolation-score --by area --min-n 0 null.jsonl | jq -c '[.n, .weight_sum]'
  [2,4]

A file given to --by by mistake is a usage error that says what --by
takes:

  $ isolation-score --by bad.jsonl
  isolation-score: --by 'bad.jsonl': that is a file; --by takes the field of the responses that names the groups, such as --by area, and the file comes after the options
  Try 'isolation-score --help' for more information.
  [2]
