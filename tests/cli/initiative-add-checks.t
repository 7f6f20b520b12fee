initiative-add checks a registry the same way in every mode: writing to
standard output, updating it with --registry, and with --check (issue 14,
findings 2 and 7).

  $ R='{"type":"initiative","id":"inloop","name":"Inloop","kind":"drop-in","areas":["GM9901"]'
  $ { echo "$R,\"capacity\":4}"
  >   echo "$R,\"capacity\":\"lots\"}"
  >   echo '{"type":"initiative","name":"Geen id","kind":"drop-in","areas":["GM9901"],"capacity":3}'
  >   echo "$R,\"capacity\":1000000000000000000}"
  >   echo "$R,\"capacity\":5}"
  >   echo '{"type":"area","area":"GM9901","population":1000}'; } > bad.jsonl

Each bad line is rejected, whatever the mode, with the same words:

  $ initiative-add --check bad.jsonl
  initiative-add: bad.jsonl:2: capacity must be a whole number from 0 to 1000000
  initiative-add: bad.jsonl:3: id is missing
  initiative-add: bad.jsonl:4: capacity must be a whole number from 0 to 1000000
  initiative-add: bad.jsonl:5: id 'inloop' is already taken at line 1
  [1]

  $ initiative-add -n Nieuw -k drop-in -a GM9901 -c 1 bad.jsonl | jq -c '[.type, .id, .capacity]'
  initiative-add: bad.jsonl:2: capacity must be a whole number from 0 to 1000000
  initiative-add: bad.jsonl:3: id is missing
  initiative-add: bad.jsonl:4: capacity must be a whole number from 0 to 1000000
  initiative-add: bad.jsonl:5: id 'inloop' is already taken at line 1
  ["initiative","inloop",4]
  ["area",null,null]
  ["initiative","nieuw",1]

The rejected lines are kept with --rejects, as in every program:

  $ initiative-add -n Nieuw -k drop-in -a GM9901 -c 1 --rejects rej.jsonl bad.jsonl 2>/dev/null | wc -l
  3
  $ jq -c '[.line, .error]' rej.jsonl
  [2,"capacity must be a whole number from 0 to 1000000"]
  [3,"id is missing"]
  [4,"capacity must be a whole number from 0 to 1000000"]
  [5,"id 'inloop' is already taken at line 1"]

With --registry the registry is left as it was:

  $ cp bad.jsonl reg.jsonl
  $ initiative-add -r reg.jsonl -n Nieuw -k drop-in -a GM9901 -c 1 2>&1 | tail -n 1
  initiative-add: reg.jsonl: left unchanged: it has lines that cannot be read
  $ cmp reg.jsonl bad.jsonl

Counts have a bound no real initiative comes near, and every reader of
initiative records keeps it (council-advise too):

  $ initiative-add -n Groot -k drop-in -a GM9901 -c 1000001 </dev/null
  initiative-add: --capacity '1000001': must be from 0 to 1000000
  Try 'initiative-add --help' for more information.
  [2]
  $ initiative-add -n Groot -k drop-in -a GM9901 -c 1000000 --members 1000000 --volunteers 1000000 </dev/null | jq -c '[.capacity, .members, .volunteers]'
  [1000000,1000000,1000000]
  $ printf '%s\n' '- {name: Groot, kind: inloop, areas: [GM9901], capacity: 2, members: 1000000000000000000}' > groot.yaml
  $ initiative-add --from groot.yaml </dev/null
  initiative-add: groot.yaml: initiative 1 (Groot): members must be a whole number from 0 to 1000000
  [1]
  $ sed -n 4p bad.jsonl | council-advise
  council-advise: <stdin>:1: capacity must be a whole number from 0 to 1000000
  [1]

An initiative without --capacity is a usage error, as a missing --name is
(issue 10):

  $ initiative-add -n Klein -k inloop -a GM9901 </dev/null
  initiative-add: --capacity is missing: say how many participants it can serve at a time (a week)
  Try 'initiative-add --help' for more information.
  [2]

In a file of initiatives, written by hand, a key samen does not know is a
mistake, in English or in Dutch; the other initiatives are added:

  $ printf '%s\n' '- {name: A, kind: inloop, areas: [GM9901], capacity: 2, volunteer: 3}' \
  >   '- {naam: B, kind: inloop, areas: [GM9901], capacity: 2}' \
  >   '- {name: C, kind: inloop, areas: [GM9901], capacity: 2}' > keys.yaml
  $ initiative-add --from keys.yaml </dev/null | jq -r .id
  initiative-add: keys.yaml: initiative 1 (A): volunteer: unknown key (did you mean 'volunteers'?)
  initiative-add: keys.yaml: initiative 2: naam: unknown key (did you mean 'name'?)
  c
