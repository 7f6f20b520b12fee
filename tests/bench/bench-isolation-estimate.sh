# isolation-estimate on a country: all 14,000 neighbourhoods (times
# BENCH_SCALE) of tests/tools/gen-sae, about 24 respondents each, summed
# by isolation-score --partial beforehand; isolation-estimate alone is
# timed, on the area records and the partials, with two covariates.  The
# issue asks for under 2 s.  R's sae, for scale, was measured at 7 s for
# 1,000 areas and 39 s for 2,000 (R is not installed here: no comparison
# is run).
n=$(awk -v s="$BENCH_SCALE" 'BEGIN { printf "%d", 14000 * s }')
"$TOOLS/gen-sae" --areas "$n" --seed 14 >"$BENCH_DIR/sae.jsonl"
isolation-score --partial "$BENCH_DIR/sae.jsonl" >"$BENCH_DIR/sae-partials.jsonl"
bench_compare "isolation-estimate ($n areas, $(grep -c '"type":"response"' "$BENCH_DIR/sae.jsonl") respondents)" \
    "$BENCH_DIR/sae-partials.jsonl" \
    "isolation-estimate --covariates share_65_plus,income_index --indicators group"
awk -v t="$t_ours" 'BEGIN { printf "isolation-estimate: %s the 2 s the issue allows\n", t < 2 ? "within" : "OVER" }'
rm -f "$BENCH_DIR/sae.jsonl" "$BENCH_DIR/sae-partials.jsonl"
