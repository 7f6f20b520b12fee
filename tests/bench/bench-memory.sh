# Memory on big streams: each program fed 2 GB (times BENCH_SCALE),
# generated on the fly through a pipe, never on disk; the peak RSS of the
# program alone.  Per-record programs must stay under 10 MB whatever the
# size; aggregators within their bound (groups, initiatives x months).
bytes=$(awk -v s="$BENCH_SCALE" 'BEGIN { printf "%d", 2e9 * s }')
bench_memory() {
	label=$1 gen=$2 prog=$3
	set -- $( { sh -c "$gen" | head -c "$bytes" |
	    /usr/bin/time -f '%e %M' sh -c "$prog" >/dev/null; } 2>&1 | tail -n 1)
	awk -v l="$label" -v b="$bytes" -v t="$1" -v rss="$2" 'BEGIN {
		printf "memory: %s, %.1f GB through a pipe: %.1f s, peak RSS %.1f MB\n",
		    l, b / 1e9, t, rss / 1024 }'
}
# ~250 bytes a response, ~110 an event: more than enough lines for 2 GB;
# head cuts the stream (the last line may be cut: one reject, no matter)
bench_memory "isolation-score (per record)" \
    "'$TOOLS/gen-survey' --responses 10000000" "isolation-score 2>/dev/null"
bench_memory "isolation-score --by area (aggregator: 12 groups)" \
    "'$TOOLS/gen-survey' --responses 10000000" "isolation-score --by area 2>/dev/null"
bench_memory "account-report (aggregator: 200 initiatives x months)" \
    "'$TOOLS/gen-ledger' --events 20000000 --initiatives 200" \
    "account-report --period year 2>/dev/null"
