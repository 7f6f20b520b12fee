# The aggregations three ways on 2 cores (examples/scale/three-ways): one
# process, split + --partial + --merge, GNU parallel --pipe --block 20M;
# the speed-up of each over one process.  4 million survey responses (about
# 1 GB) and 4 million ledger events, times BENCH_SCALE.
n=$(awk -v s="$BENCH_SCALE" 'BEGIN { printf "%d", 4000000 * s }')
"$TOOLS/gen-survey" --responses "$n" >"$BENCH_DIR/scale-survey.jsonl"
"$TOOLS/gen-ledger" --events "$n" --initiatives 2000 >"$BENCH_DIR/scale-ledger.jsonl"
for job in "isolation-score scale-survey.jsonl --by area" \
    "account-report scale-ledger.jsonl"; do
	set -- $job
	examples/scale/three-ways "$1" "$BENCH_DIR/$2" ${3:-} ${4:-} |
	    awk -v l="$1 ($n lines, $(du -m "$BENCH_DIR/$2" | cut -f1) MB)" '
		/ s$/ { t[++k] = $(NF - 1); w[k] = $0; sub(/: [0-9.]+ s$/, "", w[k]) }
		/identical|DIFFERENT/ { v = $0 }
		END { for (i = 1; i <= k; i++)
			printf "%s: %s: %.2f s, %.2fx one process\n", l, w[i], t[i], t[1] / t[i]
		      printf "%s: %s\n", l, v }'
done
rm -f "$BENCH_DIR/scale-survey.jsonl" "$BENCH_DIR/scale-ledger.jsonl"
