#!/bin/sh
# run.sh HARNESS...: make fuzz.  Seeds a corpus for each harness in
# $FZ/corpus/NAME (tests/fuzz/seeds.sh), then runs the harnesses one after the other,
# FUZZ_SECONDS each, on one core.  A crash or leak stops a harness: its
# input is kept in $FZ/crash/NAME/; save it as tests/fuzz/regress/NAME/WHAT
# so that make check replays it.  Ends with one line a harness: its
# executions, and whether it held.
set -u
FZ=${FZ:-build-fuzz}
SECONDS_EACH=${FUZZ_SECONDS:-10}
failed=0

for name in "$@"; do
	mkdir -p "$FZ/corpus/$name"
	sh tests/fuzz/seeds.sh "$name" "$FZ/corpus/$name"
	mkdir -p "$FZ/crash/$name"
	log=$FZ/$name.log
	"$FZ/$name" -max_total_time="$SECONDS_EACH" -timeout=10 \
	    -rss_limit_mb=2048 -max_len=16384 -close_fd_mask=1 \
	    -print_final_stats=1 -artifact_prefix="$FZ/crash/$name/" \
	    "$FZ/corpus/$name" >"$log" 2>&1
	status=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	if [ "$status" -eq 0 ]; then
		echo "fuzz: $name: ${runs:-?} runs in ${SECONDS_EACH}s, held"
	else
		failed=$((failed + 1))
		echo "fuzz: $name: FAILED after ${runs:-?} runs (status $status):"
		grep -E 'ERROR|FUZZ_CHECK|SUMMARY|Test unit written' "$log" | head -n 8
		echo "  the whole log: $log; save the input as tests/fuzz/regress/$name/"
	fi
done
[ "$failed" -eq 0 ]
