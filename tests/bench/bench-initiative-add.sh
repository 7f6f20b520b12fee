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
