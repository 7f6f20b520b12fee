# account-report on a million generated ledger events over 200 initiatives
# and a year: the full monthly accounts against jq adding up only the
# monthly income and expense totals per initiative (in floating point, as
# jq must), and against jansson parsing and printing the same lines.
# Peak RSS on a tenth of the events shows memory does not grow with them.
n=$(awk -v s="$BENCH_SCALE" 'BEGIN { printf "%d", 1000000 * s }')
"$TOOLS/gen-ledger" --events "$n" --initiatives 200 >"$BENCH_DIR/ledger.jsonl"
head -n $((n / 10)) "$BENCH_DIR/ledger.jsonl" >"$BENCH_DIR/ledger-tenth.jsonl"
bench_compare "account-report ($n events)" "$BENCH_DIR/ledger.jsonl" \
    "account-report" \
    "jq -nc 'reduce (inputs | select(.event == \"income\" or .event == \"expense\")) as \$e ({}; .[\$e.initiative + \" \" + \$e.date[0:7]][\$e.event] += (\$e.amount | tonumber))'" \
    "$TOOLS/jansson-cat"
bench_compare "account-report ($((n / 10)) events)" \
    "$BENCH_DIR/ledger-tenth.jsonl" "account-report"
bench_compare "account-report --partial ($n events)" "$BENCH_DIR/ledger.jsonl" \
    "account-report --partial"
