pb-import: a row that cannot be read is reported with its file and line,
skipped and counted (exit 1); every other row still comes through.

  $ cp $TESTDIR/data/pb-import/bad.pb .
  $ pb-import bad.pb
  pb-import: bad.pb:7: cost: has more than two decimals
  pb-import: bad.pb:8: PROJECTS: wrong number of fields, not one per column
  pb-import: bad.pb:9: project 1 listed twice
  pb-import: bad.pb:10: a quote left open
  pb-import: bad.pb:11: not UTF-8 text
  pb-import: bad.pb:15: vote for unknown project 9
  pb-import: bad.pb:16: vote for project 1 twice
  pb-import: bad.pb:17: vote for unknown project 4
  {"type":"budget","budget":"100.00"}
  {"type":"request","id":"1","name":"Een","amount":"50.00","votes":1}
  {"type":"vote","voter":"a","approved":["1"]}
  [1]

--rejects keeps each rejected .pb line, as it was, with its error:

  $ pb-import --rejects rej.jsonl bad.pb > /dev/null 2>&1; echo $?
  1
  $ wc -l < rej.jsonl
  8
  $ grep -c raw_base64 rej.jsonl
  1
  $ head -n 2 rej.jsonl
  {"file":"bad.pb","line":7,"error":"cost: has more than two decimals","raw":"2;5.555;1;Twee"}
  {"file":"bad.pb","line":8,"error":"PROJECTS: wrong number of fields, not one per column","raw":"3;20;1"}

--strict stops at the first:

  $ pb-import --strict bad.pb
  pb-import: bad.pb:7: cost: has more than two decimals
  {"type":"budget","budget":"100.00"}
  {"type":"request","id":"1","name":"Een","amount":"50.00","votes":1}
  [1]

A file that cannot be read is an I/O error (exit 2); the others are still
read.

  $ pb-import nosuch.pb $TESTDIR/data/pb-import/small.pb | wc -l
  pb-import: nosuch.pb: No such file or directory
  7
  $ pb-import nosuch.pb > /dev/null 2>&1; echo $?
  2
  $ pb-import --bogus
  pb-import: unknown option: --bogus
  Try 'pb-import --help' for more information.
  [2]

Standard input is named <stdin> in messages, as by every samen program, and
a file that cannot be read says why:

  $ sed -n 1,11p bad.pb | pb-import --rejects rej2.jsonl > /dev/null
  pb-import: <stdin>:7: cost: has more than two decimals
  pb-import: <stdin>:8: PROJECTS: wrong number of fields, not one per column
  pb-import: <stdin>:9: project 1 listed twice
  pb-import: <stdin>:10: a quote left open
  pb-import: <stdin>:11: not UTF-8 text
  [1]
  $ jq -r .file rej2.jsonl | sort -u
  <stdin>
  $ mkdir dir.pb
  $ pb-import dir.pb; echo "status $?"
  pb-import: dir.pb: Is a directory
  status 2

Each file is read on its own: a vote names the projects of its own file,
and a file without PROJECTS still gives its budget record:

  $ printf 'META\nkey;value\nbudget;10\n' > meta.pb
  $ pb-import meta.pb $TESTDIR/data/pb-import/small.pb meta.pb | jq -c 'select(.type == "budget") | .budget'
  "10.00"
  "1000.00"
  "10.00"
  $ pb-import $TESTDIR/data/pb-import/small.pb $TESTDIR/data/pb-import/small.pb | jq -s 'map(.type) | group_by(.) | map([.[0], length])' -c
  [["budget",2],["request",6],["vote",6]]
