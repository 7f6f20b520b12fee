# isolation-score on a million generated survey responses (times
# BENCH_SCALE): per response against jansson parsing and printing the same
# lines; per response and --by area against jq doing the same work
# (tests/bench/isolation.jq: `score' gives output equal to ours, `tally' a
# reduce over the same weighted indicators).  jq needs minutes for a
# million lines a round, so it runs on the first tenth: the ratio is one
# of throughputs (lines a second).  Peak RSS on the million and on the
# tenth shows that memory does not grow with the input.
n=$(awk -v s="$BENCH_SCALE" 'BEGIN { printf "%d", 1000000 * s }')
"$TOOLS/gen-survey" --responses "$n" >"$BENCH_DIR/survey.jsonl"
head -n $((n / 10)) "$BENCH_DIR/survey.jsonl" >"$BENCH_DIR/survey-tenth.jsonl"
jqlib=$(pwd)/tests/bench
bench_compare "isolation-score ($n responses)" "$BENCH_DIR/survey.jsonl" \
    "isolation-score" "" "$TOOLS/jansson-cat"
bench_compare "isolation-score ($((n / 10)) responses)" \
    "$BENCH_DIR/survey-tenth.jsonl" "isolation-score" \
    "jq -L '$jqlib' -c 'include \"isolation\"; score'"
bench_compare "isolation-score --by area ($n responses)" \
    "$BENCH_DIR/survey.jsonl" "isolation-score --by area"
bench_compare "isolation-score --by area ($((n / 10)) responses)" \
    "$BENCH_DIR/survey-tenth.jsonl" "isolation-score --by area" \
    "jq -L '$jqlib' -nc 'include \"isolation\"; tally'"
bench_compare "isolation-score --partial ($n responses)" \
    "$BENCH_DIR/survey.jsonl" "isolation-score --partial"
rm -f "$BENCH_DIR/survey.jsonl" "$BENCH_DIR/survey-tenth.jsonl"
