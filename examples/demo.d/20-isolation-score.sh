# Step 20: social isolation per neighbourhood.  examples/survey.jsonl holds
# 2500 made-up survey responses (tests/tools/gen-survey --responses 2500);
# isolation-score scores each one and sums them per area, with the local
# rules of isolation.yaml.  Below its minimum cell of 40 Buitengebied is
# suppressed; at the default of 50 (step 40) Polderdorp is too.
echo
echo "== isolation-score: one response, scored =="
head -n 1 survey.jsonl | isolation-score | jq -c .isolation
echo
echo "== isolation-score --by area: the three forms per neighbourhood (made up) =="
isolation-score --config isolation.yaml --by area survey.jsonl \
    > "$DEMO/isolation-areas.jsonl"
printf '%-11s %-17s %5s %8s %8s %8s %8s  %s\n' area name n lonely \
    societal group individual '95% interval (individual)'
cat areas.jsonl "$DEMO/isolation-areas.jsonl" | jq -rs '
    (map(select(.type == "area") | {(.area): .name}) | add) as $names
    | .[] | select(.type == "isolation")
    | def pct: if . == null then "-" else (. * 1000 | round / 10 | tostring) + "%" end;
      [.area, $names[.area], .n, (.shares.lonely.share? | pct),
       (.shares.societal.share? | pct), (.shares.group.share? | pct),
       (.shares.individual.share? | pct),
       (if .suppressed then "suppressed (n < min_n)"
        else (.shares.individual.low | pct) + " .. " + (.shares.individual.high | pct) end)]
    | @tsv' |
    awk -F'\t' '{ printf "%-11s %-17s %5s %8s %8s %8s %8s  %s\n", $1, $2, $3, $4, $5, $6, $7, $8 }'
echo
echo "== isolation-score: the same, in four pieces merged (same bytes) =="
pieces=$(mktemp -d)
split -l 700 survey.jsonl "$pieces/piece."
for f in "$pieces"/piece.*; do
	isolation-score --config isolation.yaml --partial "$f"
done | isolation-score --config isolation.yaml --merge |
    cmp - "$DEMO/isolation-areas.jsonl" && echo "identical"
rm -rf "$pieces"
