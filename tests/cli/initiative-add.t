initiative-add: new initiatives into a registry.

  $ cp $TESTDIR/data/initiative-add/* $TESTDIR/../../examples/initiatives.yaml .

One initiative from options, Dutch names made canonical, id from the name:

  $ initiative-add --name 'Koffie-uurtje Besoijen' --kind koffie-uurtje \
  >   --area BU99010101 -a WK990102 --capacity 30 --volunteers 6 \
  >   --domain welzijn -d zorg --started 2024-03-01 --platform sociale-basis </dev/null

  $ initiative-add -n 'Zorgcoöperatie Sprang' -k zorgcoop --form coöperatie \
  >   -a BU99010303 -c 5 --members 40 --id zorgcoop-sprang </dev/null

  $ initiative-add -n 'Herstelcafé' -k herstelacademie --form stichting \
  >   -a GM9901 -c 12 --owned yes </dev/null

Mistakes in options are usage errors that say what to do:

  $ initiative-add --name x --kind zorgboerdrij -a BU99010101 -c 1

  $ initiative-add --name x --kind drop-in --area BU1 -c 1

  $ initiative-add --name x --kind drop-in --form club -a GM9901 -c 1

  $ initiative-add --name x --kind drop-in --domain sport -a GM9901 -c 1

  $ initiative-add --name x --kind drop-in --started 2024-02-30 -a GM9901 -c 1

  $ initiative-add --name x --kind drop-in -a GM9901 -c -4

  $ initiative-add --name x --kind drop-in -a GM9901 -c many

  $ initiative-add --name x --kind drop-in -a GM9901 -c 1 --owned maybe

  $ initiative-add --kind drop-in -a GM9901 -c 1

  $ initiative-add </dev/null

  $ initiative-add --bogus

  $ initiative-add -r reg.jsonl -n x -k drop-in -a GM9901 -c 1 other.jsonl

A record that lacks what the options cannot default is refused, exit 1:

  $ initiative-add -n 'Zonder plek' -k drop-in -c 3 </dev/null

  $ initiative-add -n '!!!' -k drop-in -a GM9901 -c 3 </dev/null

The registry streams through unchanged, in order; the new one comes last:

  $ initiative-add -n 'Inloop Havenkerk' -k inloop -a BU99010301 -c 25 registry.jsonl

An id the registry has is refused; --replace puts the new one in its place:

  $ initiative-add -n 'Koffie-uurtje Oude Kern' -k drop-in -a BU99010101 -c 40 registry.jsonl

  $ initiative-add --replace -n 'Koffie-uurtje Oude Kern' -k drop-in -a BU99010101 -c 40 registry.jsonl | jq -c '[.id, .capacity]'

Bulk entry from YAML: the good entries are added, the bad ones reported:

  $ initiative-add --from bad.yaml </dev/null

  $ initiative-add --from initiatives.yaml </dev/null > reg.jsonl
  $ wc -l < reg.jsonl
  $ jq -r '[.id, .kind, .responds_to, .form, (.owned_by_participants|tostring)] | join(" ")' reg.jsonl

  $ initiative-add --from missing.yaml </dev/null

  $ printf 'name: [unclosed\n' > broken.yaml; initiative-add --from broken.yaml </dev/null

Stream rules: CRLF, blank lines, lines that are not records, non-UTF-8:

  $ initiative-add -n 'Nieuw' -k drop-in -a GM9901 -c 1 --rejects rej.jsonl mixed.jsonl
  $ cat rej.jsonl

  $ initiative-add -n 'Nieuw' -k drop-in -a GM9901 -c 1 --strict mixed.jsonl

Files in order, "-" for standard input, an unreadable file reported:

  $ echo '{"type":"note"}' | initiative-add -n 'Nieuw' -k drop-in -a GM9901 -c 1 registry.jsonl - nosuch.jsonl | jq -c .type

--check reads the registry in full and writes nothing:

  $ initiative-add --check registry.jsonl

  $ initiative-add --check dup.jsonl

  $ initiative-add --check -n 'Koffie-uurtje Oude Kern' -k drop-in -a BU99010101 -c 4 registry.jsonl

  $ initiative-add --check reg.jsonl

Output errors: a full disk is an error, a closed pipe is not:

  $ initiative-add --from initiatives.yaml </dev/null > /dev/full

  $ for i in $(seq 2000); do cat reg.jsonl; done > big.jsonl
  $ initiative-add -n 'Nieuw' -k drop-in -a GM9901 -c 1 big.jsonl | head -n 1 | jq -r .id

--registry updates a file in place, creating it when needed:

  $ initiative-add -r new.jsonl -n 'Eerste' -k drop-in -a GM9901 -c 1
  $ initiative-add -r new.jsonl -n 'Tweede' -k buurtbedrijf -a GM9901 -c 2
  $ jq -r .id new.jsonl
  $ ls -A

A registry with a line that cannot be read is left as it is:

  $ cp new.jsonl broken.jsonl; echo 'oops' >> broken.jsonl; cp broken.jsonl before.jsonl
  $ initiative-add -r broken.jsonl -n 'Derde' -k drop-in -a GM9901 -c 1
  $ cmp broken.jsonl before.jsonl && echo unchanged

The file keeps its permissions:

  $ chmod 640 new.jsonl; initiative-add -r new.jsonl -n 'Derde' -k drop-in -a GM9901 -c 1; stat -c %a new.jsonl

Twenty processes adding at once on one file: all twenty land.

  $ for i in $(seq 20); do
  >   initiative-add -r par.jsonl -n "Initiatief $i" -k drop-in -a GM9901 -c $i &
  > done; wait
  $ wc -l < par.jsonl; jq -r .id par.jsonl | sort -u | wc -l; initiative-add --check par.jsonl && echo valid

Killed while it writes, it leaves the old registry or the new one, whole:

  $ jq -c '.id = "x\(input_line_number)"' big.jsonl | head -n 20000 > crash.jsonl
  $ whole=0
  > for i in $(seq 12); do
  >   cp crash.jsonl old.jsonl
  >   initiative-add -r crash.jsonl -n "Crash $i" -k drop-in -a GM9901 -c 1 &
  >   pid=$!; sleep 0.0$((i % 6 * 2)); kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
  >   if cmp -s crash.jsonl old.jsonl; then whole=$((whole + 1))
  >   elif head -n -1 crash.jsonl | cmp -s - old.jsonl && tail -n 1 crash.jsonl | grep -q "\"crash-$i\""; then whole=$((whole + 1))
  >   fi
  > done; echo "$whole of 12 whole"
  $ initiative-add --check crash.jsonl && echo valid
