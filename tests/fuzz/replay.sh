#!/bin/sh
# replay.sh: make check's part of the fuzzing.  Runs the seed inputs of
# each harness (tests/fuzz/seeds.sh), the crashes and leaks once found
# among them, through the harness built without libFuzzer ($B/fuzz/NAME,
# by tests/fuzz/replay.c).  One test a harness; ends "fuzz: N passed, N
# failed".  What a failing harness said is shown.
set -u
B=${B:-build}
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for h in "$B"/fuzz/fuzz_*; do
	name=$(basename "$h")
	sh tests/fuzz/seeds.sh "$name" "$tmp/$name"
	if ${WRAP:-} "$h" "$tmp/$name" >"$tmp/out" 2>"$tmp/err"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL: fuzz replay $name"
		tail -n 20 "$tmp/err"
	fi
done
echo "fuzz: $passed passed, $failed failed"
