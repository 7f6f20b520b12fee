survey-import: a value the map cannot translate rejects its row, with the
file, the row (a CSV's line; for SPSS, Stata and SAS files the case
number), the variable, the field and the value; every other row comes
through (exit 1).

  $ cp $TESTDIR/data/survey-import/* . && D=.
  $ survey-import --map $D/small-map.yaml $D/bad.csv
  survey-import: ./bad.csv:3: w (weight): '1.234,5' is not a weight from 0.001 to 1000000
  survey-import: ./bad.csv:4: d1 (djg item 1): 'soms niet' is not one of yes (ja), more or less (min of meer), no (nee); give its answer under 'values: d1:' in the map
  survey-import: ./bad.csv:5: l1 (lsns item 1): '7' is not one of 0 (geen), 1 (één), 2 (twee), 3 (drie of vier), 4 (vijf tot acht), 5 (negen of meer), or a number from that range; give its answer under 'values: l1:' in the map
  survey-import: ./bad.csv:6: field 5: a quote inside an unquoted field, or text after a closing quote; quote the whole field and double the quotes in it
  survey-import: ./bad.csv:7: 4 fields, but the header has 17
  survey-import: ./bad.csv:8: field 17: not UTF-8 text; if the file is Windows-1252 or Latin-1, say so with --encoding windows-1252
  survey-import: ./bad.csv:9: bu (area): 'bu9901010' is not a CBS code (BU and 8, WK and 6, GM and 4 characters)
  {"type":"response","id":"1","area":"BU99010101","weight":1.25,"djg":["yes","no","no","yes","more or less","no"],"lsns":[0,1,2,3,4,5],"paid_work":"regular"}
  {"type":"response","id":"9","area":"BU99010101","weight":0.5,"djg":["yes","no","no","yes","more or less","no"],"lsns":[null,1,2,3,4,5],"paid_work":"none"}
  [1]

The PSPP fixture: case 2 holds a code without a label, case 3 a code that
is no CBS code; case 4's "weet niet" (user-missing) is null:

  $ survey-import --map $D/small-map.yaml $D/small.sav | jq -c '[.id, .djg[0], .lsns]'
  survey-import: ./small.sav:2: werk (paid_work): '7' is not one of none (geen betaald werk), supported (betaald werk met ondersteuning), regular (betaald werk); give its answer under 'values: werk:' in the map
  survey-import: ./small.sav:3: bu (area): 'XX123' is not a CBS code (BU and 8, WK and 6, GM and 4 characters)
  ["1","yes",[0,1,2,3,4,5]]
  ["4",null,null]
  ["5","more or less",[1,1,1,1,1,1]]

--rejects keeps each rejected row as it was read, with its error:

  $ survey-import --map $D/small-map.yaml --rejects rej.jsonl $D/bad.csv $D/small.sav > /dev/null 2>&1; echo $?
  1
  $ jq -c '[.file, .line, .error[0:30]]' rej.jsonl
  ["./bad.csv",3,"w (weight): '1.234,5' is not a"]
  ["./bad.csv",4,"d1 (djg item 1): 'soms niet' i"]
  ["./bad.csv",5,"l1 (lsns item 1): '7' is not o"]
  ["./bad.csv",6,"field 5: a quote inside an unq"]
  ["./bad.csv",7,"4 fields, but the header has 1"]
  ["./bad.csv",8,"field 17: not UTF-8 text; if t"]
  ["./bad.csv",9,"bu (area): 'bu9901010' is not "]
  ["./small.sav",2,"werk (paid_work): '7' is not o"]
  ["./small.sav",3,"bu (area): 'XX123' is not a CB"]
  $ jq -r 'select(.file | endswith("sav")) | .raw' rej.jsonl | head -n 1 | jq -c '{nr, werk}'
  {"nr":2,"werk":7}
  $ grep -c raw_base64 rej.jsonl
  1

--strict stops at the first:

  $ survey-import --strict --map $D/small-map.yaml $D/bad.csv
  survey-import: ./bad.csv:3: w (weight): '1.234,5' is not a weight from 0.001 to 1000000
  {"type":"response","id":"1","area":"BU99010101","weight":1.25,"djg":["yes","no","no","yes","more or less","no"],"lsns":[0,1,2,3,4,5],"paid_work":"regular"}
  [1]

A map that does not fit the file is an error before any row (exit 2), with
the nearest variable the file has:

  $ printf 'id: nr\narea: buurt\n' > wrong.yaml
  $ survey-import --map wrong.yaml $D/small.sav
  survey-import: ./small.sav: map: area names variable 'buurt', which the file does not have
  [2]
  $ printf 'id: nr\nlonely: d1\n' > unknown.yaml
  $ survey-import --map unknown.yaml $D/small.sav
  survey-import: unknown.yaml: lonely: unknown field (one of: id, area, weight, djg, lsns, ladder, paid_work, unpaid_work, organised_activity, contact_outside_home, contacts, missing, values)
  [2]
  $ printf 'djg: [d1, d2]\n' > short.yaml
  $ survey-import --map short.yaml $D/small.sav
  survey-import: short.yaml: djg: must be a list of 11 (or, for the short form, 6) variables, one per item in the scale's order
  [2]
  $ printf 'paid_work: werk\nvalues:\n  werk: {7: x}\n' > table.yaml
  $ survey-import --map table.yaml $D/small.sav
  survey-import: ./small.sav:2: values.werk.7: the map gives no answer of paid_work there
  {"type":"response","paid_work":"regular"}
  {"type":"response","paid_work":"supported"}
  {"type":"response","paid_work":null}
  {"type":"response","paid_work":"none"}
  [1]

A map's values: table gives the answers of values without a label:

  $ printf 'id: nr\npaid_work: werk\nvalues:\n  werk: {7: supported}\n' > fixed.yaml
  $ survey-import --map fixed.yaml $D/small.sav | jq -c '[.id, .paid_work]'
  ["1","regular"]
  ["2","supported"]
  ["3","supported"]
  ["4",null]
  ["5","none"]

Without --map there is nothing to do; a file that is not what its name
says, or is not there, is an I/O error (exit 2) and the others are read:

  $ survey-import $D/small.sav
  survey-import: --map FILE is needed (survey-import --template FILE writes a first one)
  Try 'survey-import --help' for more information.
  [2]
  $ printf 'not spss' > fake.sav
  $ survey-import --map $D/small-map.yaml fake.sav missing.csv $D/en.csv | wc -l
  survey-import: fake.sav: not a readable sav file: Unable to read from file
  survey-import: missing.csv: No such file or directory
  2
  $ survey-import --map $D/small-map.yaml fake.sav > /dev/null 2>&1; echo $?
  2
  $ survey-import --map $D/small-map.yaml --encoding ebcdic $D/en.csv
  survey-import: --encoding 'ebcdic': not utf-8 or windows-1252
  Try 'survey-import --help' for more information.
  [2]
