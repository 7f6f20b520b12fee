isolation-score: a response with a value that is no answer is rejected
with a message naming the field and the item; every valid record still
comes through.

  $ cp $TESTDIR/data/isolation-score/bad.jsonl .
  $ isolation-score bad.jsonl | grep -o '"id":"[a-z0-9]*"'
  isolation-score: bad.jsonl:2: djg: 9 items; the scale has 11, its short form 6
  isolation-score: bad.jsonl:3: djg item 3: "maybe" is not an answer (yes, more or less, no; ja, min of meer, nee; or 1, 2, 3)
  isolation-score: bad.jsonl:4: djg item 4: 4 is not an answer (codes are 1 no, 2 more or less, 3 yes)
  isolation-score: bad.jsonl:5: lsns item 3: 7 is not a whole number from 0 to 5
  isolation-score: bad.jsonl:6: lsns: 5 items; LSNS-6 has 6
  isolation-score: bad.jsonl:7: lsns item 6: 0.5 is not a whole number from 0 to 5
  isolation-score: bad.jsonl:8: ladder: 0 is not a step from 1 to 6
  isolation-score: bad.jsonl:9: paid_work: "yes" is not one of none, supported, regular
  isolation-score: bad.jsonl:10: unpaid_work: must be true, false or null, not "no"
  isolation-score: bad.jsonl:11: contacts: "own" is not one of mostly-own-group, mixed, mostly-other-groups
  isolation-score: bad.jsonl:12: djg: must be an array of 11 or 6 answers, not "yes"
  isolation-score: bad.jsonl:13:15: invalid JSON: string or '}' expected near end of file
  isolation-score: bad.jsonl:14: a record must be a JSON object
  isolation-score: bad.jsonl:15: "type" must be a string
  "id":"ok1"
  "id":"ok2"

--rejects keeps each rejected line with its error; --strict stops at the
first:

  $ isolation-score --rejects rej.jsonl bad.jsonl > /dev/null 2>&1; echo $?
  1
  $ wc -l < rej.jsonl
  14
  $ head -n 1 rej.jsonl
  {"file":"bad.jsonl","line":2,"error":"djg: 9 items; the scale has 11, its short form 6","raw":"{\"id\":\"nine\",\"djg\":[\"yes\",\"no\",\"no\",\"yes\",\"no\",\"no\",\"yes\",\"yes\",\"no\"]}"}
  $ isolation-score --strict bad.jsonl
  isolation-score: bad.jsonl:2: djg: 9 items; the scale has 11, its short form 6
  {"id":"ok1","area":"BU99010101","djg":["yes","no","no","yes","no","no","yes","yes","no","no","yes"],"isolation":{"djg":{"items":11,"score":0,"emotional":0,"social":0,"missing":0,"level":"not-lonely"},"emotionally_lonely":false,"socially_lonely":false,"lsns":null,"ladder":null,"forms":{"societal":null,"group":null,"individual":false},"primary":null,"severity":"none","response":null}}
  [1]

Under --by the same lines are rejected, and so are responses without the
group field or with a weight that is not a positive number:

  $ printf '%s\n' '{"area":"BU99010101","weight":0}' '{"area":"BU99010101","weight":"2"}' \
  >   '{"area":"BU99010101","weight":-1}' '{"area":"BU99010101","weight":1e9}' '{"weight":1}' \
  >   '{"area":12}' '{"area":"BU99010101","w":"x"}' | isolation-score --by area --min-n 0 | grep -o '"n":[0-9]*' | head -n 1
  isolation-score: <stdin>:1: weight: 0 is not a positive weight from 0.001 to 1000000
  isolation-score: <stdin>:2: weight: "2" is not a positive weight from 0.001 to 1000000
  isolation-score: <stdin>:3: weight: -1 is not a positive weight from 0.001 to 1000000
  isolation-score: <stdin>:4: weight: 1e9 is not a positive weight from 0.001 to 1000000
  isolation-score: <stdin>:5: area: missing; the groups need it as a string
  isolation-score: <stdin>:6: area: 12 is not a string (the CBS code of an area)
  "n":1
  $ echo '{"area":"nowhere"}' | isolation-score --by area --level wijk
  isolation-score: <stdin>:1: area: 'nowhere' is not a CBS area code at wijk level or finer
  [1]

Usage and I/O errors exit 2:

  $ isolation-score --level wijk < /dev/null
  isolation-score: --level and --min-n need --by, --partial or --merge
  Try 'isolation-score --help' for more information.
  [2]
  $ isolation-score --by area --level street < /dev/null
  isolation-score: --level 'street': not buurt, wijk or gemeente
  Try 'isolation-score --help' for more information.
  [2]
  $ isolation-score --by shares < /dev/null
  isolation-score: --by 'shares': not a field that can name a group
  Try 'isolation-score --help' for more information.
  [2]
  $ isolation-score --by area --min-n -1 < /dev/null
  isolation-score: --min-n '-1': must be 0 or more
  Try 'isolation-score --help' for more information.
  [2]
  $ isolation-score no-such-file.jsonl
  isolation-score: no-such-file.jsonl: No such file or directory
  [2]
  $ printf 'djg:\n  max_mising: 2\n' > typo.yaml
  $ isolation-score --config typo.yaml < /dev/null
  isolation-score: typo.yaml: djg.max_mising: unknown key (did you mean 'max_missing'?)
  [2]
  $ printf 'djg_shrt:\n  severe: 4\n' > typo.yaml
  $ isolation-score --config typo.yaml < /dev/null
  isolation-score: typo.yaml: djg_shrt: unknown key (did you mean 'djg_short'?)
  [2]
  $ printf 'forms:\n  individul: [lonely]\n' > typo.yaml
  $ isolation-score --config typo.yaml < /dev/null
  isolation-score: typo.yaml: forms.individul: unknown key (did you mean 'individual'?)
  [2]
  $ printf 'lsns:\n  at_risk_belov: 10\n' > typo.yaml
  $ isolation-score --config typo.yaml < /dev/null
  isolation-score: typo.yaml: lsns.at_risk_belov: unknown key (did you mean 'at_risk_below'?)
  [2]
  $ printf 'djg: [\n' > broken.yaml
  $ isolation-score --config broken.yaml < /dev/null
  isolation-score: broken.yaml:2:1: did not find expected node content while parsing a flow node
  [2]
  $ isolation-score --config no-such.yaml < /dev/null
  isolation-score: no-such.yaml: No such file or directory
  [2]
