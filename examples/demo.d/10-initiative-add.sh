# The registry of initiatives, built from the YAML that people keep, then
# a new initiative added in place as a cron job or a clerk would.
echo "== initiative-add: the registry of Lindewaarde (a made-up municipality)"
initiative-add --registry "$DEMO/registry.jsonl" --from initiatives.yaml
initiative-add --registry "$DEMO/registry.jsonl" \
    --name 'Koffie-uurtje Dijkzicht' --kind koffie-uurtje \
    --area BU99010302 --capacity 20 --volunteers 4 --started 2026-09-01
cat "$DEMO/registry.jsonl"
echo
jq -r '[.id, .kind, .responds_to, (.capacity | tostring)] | @tsv' \
    "$DEMO/registry.jsonl" |
    awk -F'\t' '{ printf "%-38s %-23s %-11s %4s\n", $1, $2, $3, $4 }'
echo
