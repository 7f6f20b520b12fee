Bad lines are reported with file and line, skipped and counted; every good
record still counts, and the exit status is 1.

  $ D=$TESTDIR/data/council-advise
  $ cd $D && council-advise bad.jsonl > $OLDPWD/out.jsonl; echo "status $?"; cd $OLDPWD
  council-advise: bad.jsonl:2: area is not a CBS area code (GM and 4 digits, WK and 6, or BU and 8)
  council-advise: bad.jsonl:4: a second isolation summary for BU99010101
  council-advise: bad.jsonl:5: summary for a wijk, but earlier ones are for a buurt: use one --level
  council-advise: bad.jsonl:6: kind 'zorgboerdrij': unknown kind (did you mean 'care-farm' / zorgboerderij?)
  council-advise: bad.jsonl:7: accountability.accounts.verdict 'maybe' is not pass, fail or unknown
  council-advise: bad.jsonl:8: approach 'outreech': unknown tag (did you mean 'outreach'?)
  council-advise: bad.jsonl:9: aproach: unknown key (did you mean 'approach'?)
  council-advise: bad.jsonl:10:3: invalid JSON: invalid token near 'not'
  status 1
  $ grep -c advice out.jsonl
  3
  $ grep note out.jsonl
  {"type":"note","text":"passes through"}

--rejects keeps each rejected line with its error; --strict stops at the
first:

  $ (cd $D && council-advise --rejects $OLDPWD/rej.jsonl bad.jsonl 2>/dev/null >/dev/null); jq -c '[.line, .error]' rej.jsonl
  [2,"area is not a CBS area code (GM and 4 digits, WK and 6, or BU and 8)"]
  [4,"a second isolation summary for BU99010101"]
  [5,"summary for a wijk, but earlier ones are for a buurt: use one --level"]
  [6,"kind 'zorgboerdrij': unknown kind (did you mean 'care-farm' / zorgboerderij?)"]
  [7,"accountability.accounts.verdict 'maybe' is not pass, fail or unknown"]
  [8,"approach 'outreech': unknown tag (did you mean 'outreach'?)"]
  [9,"aproach: unknown key (did you mean 'approach'?)"]
  [10,"invalid JSON: invalid token near 'not'"]
  $ (cd $D && council-advise --strict bad.jsonl | wc -l)
  council-advise: bad.jsonl:2: area is not a CBS area code (GM and 4 digits, WK and 6, or BU and 8)
  0

Usage errors exit 2:

  $ council-advise --format html < /dev/null
  council-advise: --format 'html': not jsonl or letter
  Try 'council-advise --help' for more information.
  [2]
  $ council-advise --lang de < /dev/null
  council-advise: --lang 'de': not en or nl
  Try 'council-advise --help' for more information.
  [2]
  $ council-advise --date 2026-13-01 < /dev/null
  council-advise: --date '2026-13-01': is no day of the calendar
  Try 'council-advise --help' for more information.
  [2]
  $ council-advise --top -1 < /dev/null
  council-advise: --top '-1': must be 0 or more
  Try 'council-advise --help' for more information.
  [2]
  $ council-advise no-such-file.jsonl
  council-advise: no-such-file.jsonl: No such file or directory
  council-advise: no advice written: an operand could not be read
  [2]
  $ council-advise --principles no-such.yaml < /dev/null
  council-advise: no-such.yaml: No such file or directory
  [2]

A principles file or a policy note with a mistake in it is an error that
names the file and what is wrong:

  $ printf -- '- id: a\n  name: A\n  condition: c\n  serve: [x]\n' > p.yaml
  $ council-advise --principles p.yaml < /dev/null
  council-advise: p.yaml: principle 1 (a): serve: unknown key (did you mean 'serves'?)
  [2]
  $ printf 'measures:\n  - id: a\n    text: A\n    approach: [tendr]\n' > n.yaml
  $ council-advise --proposal n.yaml < /dev/null
  council-advise: n.yaml: measure 1: approach 'tendr': unknown tag (did you mean 'tender'?)
  [2]

A key nobody reads is a mistake at every level of both files, with the
nearest key, or the English key a Dutch one means, as in initiative files
(issue 10):

  $ printf 'principels:\n  - {id: a, name: A, condition: c}\n' > p.yaml
  $ council-advise --principles p.yaml < /dev/null
  council-advise: p.yaml: principels: unknown key (did you mean 'principles'?)
  [2]
  $ printf -- '- {id: a, naam: A, condition: c}\n' > p.yaml
  $ council-advise --principles p.yaml < /dev/null
  council-advise: p.yaml: principle 1 (a): naam: unknown key (did you mean 'name'?)
  [2]
  $ printf 'title: Nota\nmeasure:\n  - {id: a, text: A}\n' > n.yaml
  $ council-advise --proposal n.yaml < /dev/null
  council-advise: n.yaml: measure: unknown key (did you mean 'measures'?)
  [2]
  $ printf 'titel: Nota\nmaatregelen:\n  - {id: a, text: A}\n' > n.yaml
  $ council-advise --proposal n.yaml < /dev/null
  council-advise: n.yaml: titel: unknown key (did you mean 'title'?)
  [2]
  $ printf 'measures:\n  - {id: a, text: A, budjet: 1000}\n  - {id: b, tekst: B}\n' > n.yaml
  $ council-advise --proposal n.yaml < /dev/null
  council-advise: n.yaml: measure 1: budjet: unknown key (did you mean 'budget'?)
  [2]
  $ printf 'measures:\n  - {id: b, tekst: B}\n' > n.yaml
  $ council-advise --proposal n.yaml < /dev/null
  council-advise: n.yaml: measure 1: tekst: unknown key (did you mean 'text'?)
  [2]

A tag from the built-in vocabulary is unknown under other principles:

  $ printf -- '- id: dichtbij\n  name: Dichtbij\n  condition: werk in de buurt\n  serves: [local]\n' > q.yaml
  $ echo '{"type":"proposal","id":"a","text":"A","approach":["tender"]}' | council-advise --principles q.yaml
  council-advise: <stdin>:1: approach 'tender': unknown tag (one of: local)
  [1]

A full disk is an error; a closed pipe is not:

  $ council-advise $D/small.jsonl > /dev/full
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  council-advise: write error: No space left on device
  [2]
  $ council-advise --format letter $D/small.jsonl | head -n 1
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  # Advice on need and supply in the social domain
