# initiative-add --check on a registry of 1 million initiatives.
n=$((1000000 * BENCH_SCALE))
reg=$BENCH_DIR/registry.jsonl
"$TOOLS/gen-registry" "$n" 1 >"$reg"
echo "initiative-add --check: $n initiatives, $(($(wc -c <"$reg") / 1000000)) MB"
# jq doing the same checks (vocabularies, area codes, counts), without the
# duplicate-id check, which jq cannot do in constant memory.
jq_check='def kinds: ["resident-group","care-cooperative","resident-enterprise",
  "energy-cooperative","food-initiative","neighbourhood-business","care-farm",
  "intercultural-group","recovery-academy","drop-in","buddy-project"];
def forms: ["informal","association","cooperative","foundation","enterprise"];
def domains: ["care","welfare","energy","food","green","safety","transport",
  "culture","housing","youth","work"];
select(((.kind as $k | kinds | index($k)) == null)
  or ((.form as $f | forms | index($f)) == null)
  or (.domain | any(. as $d | domains | index($d) == null))
  or (.areas | any(test("^(GM[0-9]{4}|WK[0-9]{4}[0-9A-Z]{2}|BU[0-9]{4}[0-9A-Z]{4})$") | not))
  or (.id | test("^[a-z0-9]+(-[a-z0-9]+)*$") | not)
  or ((.capacity | type) != "number") or .capacity < 0
  or (.started | test("^[0-9]{4}-[0-9]{2}-[0-9]{2}$") | not))'
printf '%s\n' "$jq_check" >"$BENCH_DIR/check.jq"
bench_compare "initiative-add --check" "$reg" \
    "initiative-add --check" \
    "jq -c -f $BENCH_DIR/check.jq" \
    "$TOOLS/jansson-cat"

# Adding many new initiatives: each id is checked in a string map, so the
# time is linear in the new and the old lines together (issue 14, 3; a
# linear scan took 131 s and 123 s for these two).
n_new=$((40000 * BENCH_SCALE))
"$TOOLS/gen-registry" "$n_new" 2 | jq -s 'map(.id = "nieuw-" + .id)' \
    >"$BENCH_DIR/new.yaml"
: >"$BENCH_DIR/empty.jsonl"
bench_compare "initiative-add --from: $n_new new" "$BENCH_DIR/empty.jsonl" \
    "initiative-add --from $BENCH_DIR/new.yaml"
n_new=$((5000 * BENCH_SCALE))
n_old=$((200000 * BENCH_SCALE))
"$TOOLS/gen-registry" "$n_new" 3 | jq -s 'map(.id = "nieuw-" + .id)' \
    >"$BENCH_DIR/new.yaml"
head -n "$n_old" "$reg" >"$BENCH_DIR/old.jsonl"
bench_compare "initiative-add --from: $n_new new into $n_old" \
    "$BENCH_DIR/old.jsonl" "initiative-add --from $BENCH_DIR/new.yaml"
