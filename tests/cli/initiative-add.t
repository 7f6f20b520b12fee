initiative-add: new initiatives into a registry.

  $ cp $TESTDIR/data/initiative-add/* $TESTDIR/../../examples/initiatives.yaml .

One initiative from options, Dutch names made canonical, id from the name:

  $ initiative-add --name 'Koffie-uurtje Besoijen' --kind koffie-uurtje \
  >   --area BU99010101 -a WK990102 --capacity 30 --volunteers 6 \
  >   --domain welzijn -d zorg --started 2024-03-01 --platform sociale-basis </dev/null
  {"type":"initiative","id":"koffie-uurtje-besoijen","name":"Koffie-uurtje Besoijen","kind":"drop-in","responds_to":"individual","domain":["welfare","care"],"form":"informal","areas":["BU99010101","WK990102"],"started":"2024-03-01","capacity":30,"members":0,"volunteers":6,"owned_by_participants":false,"platform":"sociale-basis"}

  $ initiative-add -n 'Zorgcoöperatie Sprang' -k zorgcoop --form coöperatie \
  >   -a BU99010303 -c 5 --members 40 --id zorgcoop-sprang </dev/null
  {"type":"initiative","id":"zorgcoop-sprang","name":"Zorgcoöperatie Sprang","kind":"care-cooperative","responds_to":"societal","domain":[],"form":"cooperative","areas":["BU99010303"],"capacity":5,"members":40,"volunteers":0,"owned_by_participants":true}

  $ initiative-add -n 'Herstelcafé' -k herstelacademie --form stichting \
  >   -a GM9901 -c 12 --owned yes </dev/null
  {"type":"initiative","id":"herstelcafe","name":"Herstelcafé","kind":"recovery-academy","responds_to":"individual","domain":[],"form":"foundation","areas":["GM9901"],"capacity":12,"members":0,"volunteers":0,"owned_by_participants":true}

Mistakes in options are usage errors that say what to do:

  $ initiative-add --name x --kind zorgboerdrij -a BU99010101 -c 1
  initiative-add: --kind 'zorgboerdrij': unknown kind (did you mean 'care-farm' / zorgboerderij?)
  Try 'initiative-add --help' for more information.
  [2]

  $ initiative-add --name x --kind drop-in --area BU1 -c 1
  initiative-add: --area 'BU1': not a CBS area code (GM and 4 digits, WK and 6, or BU and 8)
  Try 'initiative-add --help' for more information.
  [2]

  $ initiative-add --name x --kind drop-in --form club -a GM9901 -c 1
  initiative-add: --form 'club': unknown form (one of: informal, association, cooperative, foundation, enterprise)
  Try 'initiative-add --help' for more information.
  [2]

  $ initiative-add --name x --kind drop-in --domain sport -a GM9901 -c 1
  initiative-add: --domain 'sport': unknown domain (one of: care, welfare, energy, food, green, safety, transport, culture, housing, youth, work)
  Try 'initiative-add --help' for more information.
  [2]

  $ initiative-add --name x --kind drop-in --started 2024-02-30 -a GM9901 -c 1
  initiative-add: --started '2024-02-30': is no day of the calendar
  Try 'initiative-add --help' for more information.
  [2]

  $ initiative-add --name x --kind drop-in -a GM9901 -c -4
  initiative-add: --capacity '-4': must be from 0 to 1000000
  Try 'initiative-add --help' for more information.
  [2]

  $ initiative-add --name x --kind drop-in -a GM9901 -c many
  initiative-add: --capacity: 'many' is not a whole number
  Try 'initiative-add --help' for more information.
  [2]

  $ initiative-add --name x --kind drop-in -a GM9901 -c 1 --owned maybe
  initiative-add: --owned 'maybe': not yes or no
  Try 'initiative-add --help' for more information.
  [2]

  $ initiative-add --kind drop-in -a GM9901 -c 1
  initiative-add: --name is missing: every initiative has a name
  Try 'initiative-add --help' for more information.
  [2]

  $ initiative-add </dev/null
  initiative-add: nothing to add: describe an initiative (--name, --kind, --area, --capacity ...) or give --from FILE
  Try 'initiative-add --help' for more information.
  [2]

  $ initiative-add --bogus
  initiative-add: unknown option: --bogus
  Try 'initiative-add --help' for more information.
  [2]

  $ initiative-add -r reg.jsonl -n x -k drop-in -a GM9901 -c 1 other.jsonl
  initiative-add: --registry names the registry; give no file operands with it
  Try 'initiative-add --help' for more information.
  [2]

A record that lacks what the options cannot default is refused, exit 1:

  $ initiative-add -n 'Zonder plek' -k drop-in -c 3 </dev/null
  initiative-add: --area is missing
  [1]

  $ initiative-add -n '!!!' -k drop-in -a GM9901 -c 3 </dev/null
  initiative-add: --name '!!!' has no letter or digit to make an id of; give an id
  [1]

The registry streams through unchanged, in order; the new one comes last:

  $ initiative-add -n 'Inloop Havenkerk' -k inloop -a BU99010301 -c 25 registry.jsonl
  {"type":"area","area":"BU99010101","name":"Oude Kern","population":2140}
  {"type":"initiative","id":"koffie-uurtje-oude-kern","name":"Koffie-uurtje Oude Kern","kind":"drop-in","responds_to":"individual","domain":["welfare"],"form":"informal","areas":["BU99010101"],"started":"2023-09-04","capacity":30,"members":0,"volunteers":6,"owned_by_participants":false,"platform":"sociale-basis-lindewaarde"}
  {"type":"initiative","id":"zorgcoop-polderdorp","name":"Zorgcoöperatie Polderdorp","kind":"care-cooperative","responds_to":"societal","domain":["care"],"form":"cooperative","areas":["BU99010303","BU9901039A"],"started":"2018-06-01","capacity":80,"members":210,"volunteers":35,"owned_by_participants":true}
  {"type":"ledger","initiative":"zorgcoop-polderdorp","date":"2026-10-03","event":"income","amount":"1250.00","source":"municipality"}
  {"type":"initiative","id":"inloop-havenkerk","name":"Inloop Havenkerk","kind":"drop-in","responds_to":"individual","domain":[],"form":"informal","areas":["BU99010301"],"capacity":25,"members":0,"volunteers":0,"owned_by_participants":false}

An id the registry has is refused; --replace puts the new one in its place:

  $ initiative-add -n 'Koffie-uurtje Oude Kern' -k drop-in -a BU99010101 -c 40 registry.jsonl
  initiative-add: id 'koffie-uurtje-oude-kern' is taken by registry.jsonl:2 (use --replace to replace it)
  {"type":"area","area":"BU99010101","name":"Oude Kern","population":2140}
  {"type":"initiative","id":"koffie-uurtje-oude-kern","name":"Koffie-uurtje Oude Kern","kind":"drop-in","responds_to":"individual","domain":["welfare"],"form":"informal","areas":["BU99010101"],"started":"2023-09-04","capacity":30,"members":0,"volunteers":6,"owned_by_participants":false,"platform":"sociale-basis-lindewaarde"}
  {"type":"initiative","id":"zorgcoop-polderdorp","name":"Zorgcoöperatie Polderdorp","kind":"care-cooperative","responds_to":"societal","domain":["care"],"form":"cooperative","areas":["BU99010303","BU9901039A"],"started":"2018-06-01","capacity":80,"members":210,"volunteers":35,"owned_by_participants":true}
  {"type":"ledger","initiative":"zorgcoop-polderdorp","date":"2026-10-03","event":"income","amount":"1250.00","source":"municipality"}
  [1]

  $ initiative-add --replace -n 'Koffie-uurtje Oude Kern' -k drop-in -a BU99010101 -c 40 registry.jsonl | jq -c '[.id, .capacity]'
  [null,null]
  ["koffie-uurtje-oude-kern",40]
  ["zorgcoop-polderdorp",80]
  [null,null]

Bulk entry from YAML: the good entries are added, the bad ones reported:

  $ initiative-add --from bad.yaml </dev/null
  initiative-add: bad.yaml: initiative 2 (Zorgboerderij De Wei): kind 'zorgboerdrij': unknown kind (did you mean 'care-farm' / zorgboerderij?)
  initiative-add: bad.yaml: initiative 3 (Maatjes Marktkwartier): areas: 'BU9901012' is not a CBS area code (GM and 4 digits, WK and 6, or BU and 8)
  {"type":"initiative","id":"buurttuin-vestingwal","name":"Buurttuin Vestingwal","kind":"food-initiative","responds_to":"societal","domain":["green","food"],"form":"association","areas":["BU99010104"],"capacity":25,"members":19,"volunteers":0,"owned_by_participants":true}
  [1]

  $ initiative-add --from initiatives.yaml </dev/null > reg.jsonl
  $ wc -l < reg.jsonl
  20
  $ jq -r '[.id, .kind, .responds_to, .form, (.owned_by_participants|tostring)] | join(" ")' reg.jsonl
  koffie-uurtje-oude-kern drop-in individual informal false
  inloophuis-de-marktkamer drop-in individual foundation false
  maatjesproject-oosterveld buddy-project individual association true
  herstelacademie-lindewaarde recovery-academy individual foundation false
  zorgcoop-polderdorp care-cooperative societal cooperative true
  bewonersgroep-stationsbuurt resident-group societal informal false
  buurtbedrijf-havenkwartier neighbourhood-business group enterprise false
  zorgboerderij-de-dijkhoeve care-farm group enterprise false
  interculturele-kookgroep-bloemenbuurt intercultural-group group informal false
  energiecooperatie-lindewaarde energy-cooperative societal cooperative true
  voedseltuin-kerkeveld food-initiative societal association true
  bewonersbedrijf-oosterveld resident-enterprise societal cooperative true
  inloop-havenkerk drop-in individual informal false
  maatjes-aan-de-dijk buddy-project individual informal false
  zorgcoop-vestingwal care-cooperative societal cooperative true
  buurtwerkplaats-marktkwartier neighbourhood-business group foundation false
  samen-eten-oosterveld-zuid intercultural-group group association true
  bewonersgroep-kerkeveld resident-group societal association false
  jongerenwerkplaats-havenkwartier neighbourhood-business group cooperative true
  herstelcafe-oosterveld recovery-academy individual informal false

  $ initiative-add --from missing.yaml </dev/null
  initiative-add: missing.yaml: No such file or directory
  [2]

  $ printf 'name: [unclosed\n' > broken.yaml; initiative-add --from broken.yaml </dev/null
  initiative-add: broken.yaml:2:1: did not find expected ',' or ']' while parsing a flow sequence
  [2]

Stream rules: CRLF, blank lines, lines that are not records, non-UTF-8:

  $ initiative-add -n 'Nieuw' -k drop-in -a GM9901 -c 1 --rejects rej.jsonl mixed.jsonl
  initiative-add: mixed.jsonl:4:26: invalid JSON: unable to decode byte 0xe9 near '"caf'
  initiative-add: mixed.jsonl:5: a record must be a JSON object
  initiative-add: mixed.jsonl:6: "type" must be a string
  {"type":"initiative","id":"crlf","name":"CRLF","kind":"drop-in","areas":["GM9901"],"capacity":1}
  {"type":"initiative","id":"nieuw","name":"Nieuw","kind":"drop-in","responds_to":"individual","domain":[],"form":"informal","areas":["GM9901"],"capacity":1,"members":0,"volunteers":0,"owned_by_participants":false}
  [1]
  $ cat rej.jsonl
  {"file":"mixed.jsonl","line":4,"error":"invalid JSON: unable to decode byte 0xe9 near '\"caf'","raw_base64":"eyJ0eXBlIjoibm90ZSIsInRleHQiOiJjYWbpIn0="}
  {"file":"mixed.jsonl","line":5,"error":"a record must be a JSON object","raw":"[1,2]"}
  {"file":"mixed.jsonl","line":6,"error":"\"type\" must be a string","raw":"{\"type\":7}"}

  $ initiative-add -n 'Nieuw' -k drop-in -a GM9901 -c 1 --strict mixed.jsonl
  initiative-add: mixed.jsonl:4:26: invalid JSON: unable to decode byte 0xe9 near '"caf'
  {"type":"initiative","id":"crlf","name":"CRLF","kind":"drop-in","areas":["GM9901"],"capacity":1}
  [1]

Files in order, "-" for standard input, an unreadable file reported:

  $ echo '{"type":"note"}' | initiative-add -n 'Nieuw' -k drop-in -a GM9901 -c 1 registry.jsonl - nosuch.jsonl | jq -c .type
  initiative-add: nosuch.jsonl: No such file or directory
  "area"
  "initiative"
  "initiative"
  "ledger"
  "note"
  "initiative"

--check reads the registry in full and writes nothing:

  $ initiative-add --check registry.jsonl

  $ initiative-add --check dup.jsonl
  initiative-add: dup.jsonl:2: id 'inloop-a' is already taken at line 1
  initiative-add: dup.jsonl:3: id 'Bad Id' is not a slug (lower-case letters, digits and single hyphens)
  initiative-add: dup.jsonl:4: responds_to does not fit kind 'care-farm', which responds to group isolation
  initiative-add: dup.jsonl:5: capacity is missing
  [1]

  $ initiative-add --check -n 'Koffie-uurtje Oude Kern' -k drop-in -a BU99010101 -c 4 registry.jsonl
  initiative-add: id 'koffie-uurtje-oude-kern' is taken by registry.jsonl:2 (use --replace to replace it)
  [1]

  $ initiative-add --check reg.jsonl

Output errors: a full disk is an error, a closed pipe is not:

  $ initiative-add --from initiatives.yaml </dev/null > /dev/full
  initiative-add: write error: No space left on device
  [2]

  $ for i in $(seq 2000); do cat reg.jsonl; done |
  >   jq -c '.id += "-\(input_line_number)"' > big.jsonl
  $ initiative-add -n 'Nieuw' -k drop-in -a GM9901 -c 1 big.jsonl | head -n 1 | jq -r .id
  koffie-uurtje-oude-kern-1

--registry updates a file in place, creating it when needed:

  $ initiative-add -r new.jsonl -n 'Eerste' -k drop-in -a GM9901 -c 1
  $ initiative-add -r new.jsonl -n 'Tweede' -k buurtbedrijf -a GM9901 -c 2
  $ jq -r .id new.jsonl
  eerste
  tweede
  $ ls -A
  bad.yaml
  big.jsonl
  broken.yaml
  dup.jsonl
  initiatives.yaml
  mixed.jsonl
  new.jsonl
  reg.jsonl
  registry.jsonl
  rej.jsonl

A registry with a line that cannot be read is left as it is:

  $ cp new.jsonl broken.jsonl; echo 'oops' >> broken.jsonl; cp broken.jsonl before.jsonl
  $ initiative-add -r broken.jsonl -n 'Derde' -k drop-in -a GM9901 -c 1
  initiative-add: broken.jsonl:3:4: invalid JSON: invalid token near 'oops'
  initiative-add: broken.jsonl: left unchanged: it has lines that cannot be read
  [1]
  $ cmp broken.jsonl before.jsonl && echo unchanged
  unchanged

The file keeps its permissions:

  $ chmod 640 new.jsonl; initiative-add -r new.jsonl -n 'Derde' -k drop-in -a GM9901 -c 1; stat -c %a new.jsonl
  640

Twenty processes adding at once on one file: all twenty land.

  $ for i in $(seq 20); do
  >   initiative-add -r par.jsonl -n "Initiatief $i" -k drop-in -a GM9901 -c $i &
  > done; wait
  $ wc -l < par.jsonl; jq -r .id par.jsonl | sort -u | wc -l; initiative-add --check par.jsonl && echo valid
  20
  20
  valid

Killed while it writes, it leaves the old registry or the new one, whole:

  $ jq -c '.id = "x\(input_line_number)"' big.jsonl | head -n 20000 > crash.jsonl
  $ whole=0
  > for i in $(seq 12); do
  >   cp crash.jsonl old.jsonl
  >   initiative-add -r crash.jsonl -n "Crash $i" -k drop-in -a GM9901 -c 1 2>>cleaned.txt &
  >   pid=$!; sleep 0.0$((i % 5 * 2)); kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
  >   if cmp -s crash.jsonl old.jsonl; then whole=$((whole + 1))
  >   elif head -n -1 crash.jsonl | cmp -s - old.jsonl && tail -n 1 crash.jsonl | grep -q "\"crash-$i\""; then whole=$((whole + 1))
  >   fi
  > done; echo "$whole of 12 whole"
  12 of 12 whole
  $ initiative-add --check crash.jsonl && echo valid
  valid

A kill -9 may leave the temporary file of the update it stopped; the next
update removes it and says so, so they do not pile up: at most the last
one's is left.

  $ test "$(ls -A | grep -c '^\.crash\.jsonl\.')" -le 1 && echo "at most one"
  at most one
  $ grep -v 'removed the temporary file of an update that did not finish' cleaned.txt || echo nothing else said
  nothing else said
