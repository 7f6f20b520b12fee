pb-import: a row that cannot be read is reported with its file and line,
skipped and counted (exit 1); every other row still comes through.

  $ cp $TESTDIR/data/pb-import/bad.pb .
  $ pb-import bad.pb
  pb-import: bad.pb:7: cost: has more than two decimals (a point is the decimal point: write thousands without a separator, "1.250" as "1250")
  pb-import: bad.pb:8: PROJECTS: wrong number of fields, not one per column
  pb-import: bad.pb:9: project 1 listed twice
  pb-import: bad.pb:10: a quote left open
  pb-import: bad.pb:11: invalid UTF-8
  pb-import: bad.pb:15: vote for unknown project 9
  pb-import: bad.pb:16: vote names project 1 more than once: each counted once
  pb-import: bad.pb:17: vote for unknown project 4
  {"type":"budget","budget":"100.00"}
  {"type":"request","id":"1","name":"Een","amount":"50.00","votes":1}
  {"type":"vote","voter":"a","approved":["1"]}
  {"type":"vote","voter":"c","approved":["1"]}
  [1]

--rejects keeps each rejected .pb line, as it was, with its error:

  $ pb-import --rejects rej.jsonl bad.pb > /dev/null 2>&1; echo $?
  1
  $ wc -l < rej.jsonl
  7
  $ grep -c raw_base64 rej.jsonl
  1
  $ head -n 2 rej.jsonl
  {"file":"bad.pb","line":7,"error":"cost: has more than two decimals (a point is the decimal point: write thousands without a separator, \"1.250\" as \"1250\")","raw":"2;5.555;1;Twee"}
  {"file":"bad.pb","line":8,"error":"PROJECTS: wrong number of fields, not one per column","raw":"3;20;1"}

--strict stops at the first:

  $ pb-import --strict bad.pb
  pb-import: bad.pb:7: cost: has more than two decimals (a point is the decimal point: write thousands without a separator, "1.250" as "1250")
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
  pb-import: <stdin>:7: cost: has more than two decimals (a point is the decimal point: write thousands without a separator, "1.250" as "1250")
  pb-import: <stdin>:8: PROJECTS: wrong number of fields, not one per column
  pb-import: <stdin>:9: project 1 listed twice
  pb-import: <stdin>:10: a quote left open
  pb-import: <stdin>:11: invalid UTF-8
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

A ballot that names a project more than once (as Amsterdam 604's line 1927
does) counts each project once, with a warning; the vote is kept and the
exit status stays 0:

  $ (cd $SHARED/testdata/pabulib && pb-import Netherlands_Amsterdam_604.pb) > a604.jsonl; echo "status $?"
  pb-import: Netherlands_Amsterdam_604.pb:1927: vote names project 42346 and others more than once: each counted once
  status 0
  $ grep -c '"type":"vote"' a604.jsonl
  2324
  $ grep '"voter":"13650977333"' a604.jsonl
  {"type":"vote","voter":"13650977333","approved":["42344","42346","42350","42355","42360"]}

A META key or a column given twice is an error, never a silent choice: the
second META line is rejected (the first stays), and a section whose header
names a column twice has every row rejected under it.  An empty ballot
(voter;) is a voter who approves nothing, kept: it counts among the voters.
A quote inside an unquoted field is text, as Python's csv module (and so
pabutools) reads it; a field that opens with a quote must close it.

  $ printf 'META\nkey;value\nbudget;10\nbudget;20\nPROJECTS\nproject_id;cost;name\n1;5;Caf"e\nVOTES\nvoter_id;vote\na;\nb;1\n' > odd.pb
  $ pb-import odd.pb; echo "status $?"
  pb-import: odd.pb:4: META: budget given twice: keep one line for it
  {"type":"budget","budget":"10.00"}
  {"type":"request","id":"1","name":"Caf\"e","amount":"5.00"}
  {"type":"vote","voter":"a","approved":[]}
  {"type":"vote","voter":"b","approved":["1"]}
  status 1
  $ printf 'META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote;vote\na;1;1\nb;1;\n' | pb-import; echo "status $?"
  pb-import: <stdin>:8: VOTES: column vote given twice: name each column once
  pb-import: <stdin>:9: VOTES: under a rejected header
  pb-import: <stdin>:10: VOTES: under a rejected header
  {"type":"budget","budget":"10.00"}
  {"type":"request","id":"1","amount":"5.00"}
  status 1
  $ printf 'META\nkey;value\nname;a\0b\nx;\377\n' | pb-import > /dev/null
  pb-import: <stdin>:3: NUL byte in input
  pb-import: <stdin>:4: invalid UTF-8
  [1]

Memory grows with the projects, never with the votes: a million votes
generated on the fly, with a good header and with a column named twice
(which once leaked an array a row), keep the peak RSS under 64 MB (under
valgrind, which finds leaks itself, 20,000 votes and its own overhead;
under AddressSanitizer its quarantine of freed memory made small, or it
alone would hold 256 MB).

  $ n=1000000 lim=65536
  $ export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=1"
  $ if [ "${VALGRIND:-}" = 1 ]; then n=20000 lim=1000000; fi
  $ gen() { awk -v n=$n -v dup=$1 'BEGIN { print "META\nkey;value\nbudget;1000\nPROJECTS\nproject_id;cost"
  >   for (i = 1; i <= 20; i++) print i ";" i * 10
  >   print "VOTES"; print dup ? "voter_id;vote;vote" : "voter_id;vote"
  >   for (v = 1; v <= n; v++) print v ";" v % 20 + 1 (dup ? ";1" : "") }'; }
  $ for dup in 0 1; do
  >   votes=$(gen $dup | /usr/bin/time -f %M -o rss pb-import 2>/dev/null | grep -c '"type":"vote"')
  >   [ "$votes" = $n ] && echo "every vote" || echo "$votes votes"
  >   [ "$(tail -n 1 rss)" -lt $lim ] && echo "under the bound" || cat rss
  > done
  every vote
  under the bound
  0 votes
  under the bound
