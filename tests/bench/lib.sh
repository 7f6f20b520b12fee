# Functions for the bench-*.sh scripts that tests/bench/run.sh sources.
# B is the build folder; BENCH_DIR a scratch folder for generated inputs;
# BENCH_RUNS how many interleaved rounds (default 3; the best time counts).

# bench_compare LABEL INPUT OURS [JQ] [BASE]
# Runs the shell commands OURS, JQ and BASE (each reading INPUT on standard
# input, output discarded) in interleaved rounds and prints the best wall
# time of each, OURS's throughput and peak RSS, and the ratios
# "OURS is Nx the throughput of jq" and "OURS takes Nx the time of BASE".
# An empty JQ or BASE is left out.
bench_compare() {
	label=$1 input=$2 ours=$3 jqcmd=${4:-} base=${5:-}
	runs=${BENCH_RUNS:-3}
	t_ours= t_jq= t_base= rss=0
	bytes=$(wc -c <"$input")
	lines=$(wc -l <"$input")
	r=0
	while [ "$r" -lt "$runs" ]; do
		set -- $(bench_one "$ours" "$input")
		t_ours=$(bench_min "$t_ours" "$1")
		[ "$2" -gt "$rss" ] && rss=$2
		if [ -n "$jqcmd" ]; then
			set -- $(bench_one "$jqcmd" "$input")
			t_jq=$(bench_min "$t_jq" "$1")
		fi
		if [ -n "$base" ]; then
			set -- $(bench_one "$base" "$input")
			t_base=$(bench_min "$t_base" "$1")
		fi
		r=$((r + 1))
	done
	awk -v l="$label" -v t="$t_ours" -v n="$lines" -v b="$bytes" -v rss="$rss" \
	    -v tj="$t_jq" -v tb="$t_base" 'BEGIN {
		if (t <= 0) t = 0.005
		printf "%s: %.2f s, %.0f lines/s, %.1f MB/s, peak RSS %.1f MB\n", \
		    l, t, n / t, b / t / 1e6, rss / 1024
		if (tj != "") printf "%s: jq %.2f s: samen has %.1fx the throughput of jq\n", l, tj, tj / t
		if (tb != "") printf "%s: jansson parse+print %.2f s: samen takes %.2fx its time\n", l, tb, t / tb
	}'
}

# bench_one CMD INPUT: prints "SECONDS MAXRSS_KB" for one run.
bench_one() {
	/usr/bin/time -f '%e %M' -o "$BENCH_DIR/.time" sh -c "$1" <"$2" >/dev/null 2>"$BENCH_DIR/.err"
	tail -n 1 "$BENCH_DIR/.time"
}

bench_min() {
	if [ -z "$1" ]; then echo "$2"; else awk -v a="$1" -v b="$2" 'BEGIN { print (b < a ? b : a) }'; fi
}
