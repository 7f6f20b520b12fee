#!/bin/sh
# Runs every test and ends with one line "N passed, N failed": the Check
# unit tests (one program per lib module), the saved inputs of the fuzz
# harnesses (tests/fuzz/replay.sh), the command-level transcripts in
# tests/cli (browser-*.t among them render every HTML page in Chromium,
# tests/browser/render.mjs), and mandoc -Tlint over the man pages.
# VALGRIND=1 runs the unit tests and every program under valgrind, not
# node or Chromium; any report fails the test.
set -u
B=${B:-build}
SAMEN_SHARED=$(sh tests/shared.sh)
export SAMEN_SHARED
passed=0
failed=0
log=$(mktemp)
trap 'rm -rf "$log" "$B/vg-bin"' EXIT

vg="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect"
if [ "${VALGRIND:-}" = 1 ]; then
	command -v valgrind >/dev/null || { echo "run.sh: VALGRIND=1 needs valgrind" >&2; exit 2; }
	rm -rf "$B/vg-bin"
	mkdir -p "$B/vg-bin"
	for p in "$B"/bin/*; do
		n=$(basename "$p")
		full=$(cd "$(dirname "$p")" && pwd)/$n
		# a program in sh is run as it is (valgrind would test the
		# shell), and calls the wrapped programs beside it
		if [ "$(head -c 2 "$p")" = '#!' ]; then
			cp "$p" "$B/vg-bin/$n"
		else
			printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$vg" "$full" >"$B/vg-bin/$n"
		fi
		chmod +x "$B/vg-bin/$n"
	done
	export CRAM_BIN=$(cd "$B/vg-bin" && pwd)
	export CK_FORK=no
	wrap=$vg
else
	wrap=
fi

for t in "$B"/tests/test_*; do
	[ -x "$t" ] || continue
	$wrap "$t" >"$log" 2>&1
	status=$?
	line=$(grep -E 'Checks: [0-9]+' "$log" | tail -n 1)
	checks=$(echo "$line" | sed -n 's/.*Checks: \([0-9]*\).*/\1/p')
	fails=$(echo "$line" | sed -n 's/.*Failures: \([0-9]*\).*/\1/p')
	errors=$(echo "$line" | sed -n 's/.*Errors: \([0-9]*\).*/\1/p')
	if [ -z "$checks" ]; then
		echo "FAIL: $t gave no Check summary (status $status)"
		cat "$log"
		failed=$((failed + 1))
		continue
	fi
	bad=$((fails + errors))
	if [ "$status" -ne 0 ] && [ "$bad" -eq 0 ]; then
		bad=1
	fi
	if [ "$bad" -ne 0 ]; then
		echo "FAIL: $t (status $status)"
		grep -v '^Running suite' "$log"
	fi
	passed=$((passed + checks - fails - errors))
	failed=$((failed + bad))
done
echo "unit: $passed passed, $failed failed"

# Adds the counts of a part's last line "PART: N passed, N failed" in
# $log to the totals, after showing the rest of what it said.
tally() {
	grep -v "^$1: " "$log"
	line=$(grep "^$1: " "$log" | tail -n 1)
	echo "$line"
	p=$(echo "$line" | sed -n "s/$1: \([0-9]*\) passed.*/\1/p")
	f=$(echo "$line" | sed -n 's/.* \([0-9]*\) failed/\1/p')
	passed=$((passed + ${p:-0}))
	failed=$((failed + ${f:-1}))
}

B=$B WRAP=$wrap sh tests/fuzz/replay.sh >"$log" 2>&1
tally fuzz

bash tests/cli/cram.sh tests/cli/*.t >"$log" 2>&1
tally cli

if command -v mandoc >/dev/null 2>&1; then
	for m in man/*.[1-9]; do
		[ -f "$m" ] || continue
		if out=$(mandoc -Tlint -Wwarning "$m" 2>&1) && [ -z "$out" ]; then
			passed=$((passed + 1))
		else
			echo "FAIL: mandoc -Tlint $m"
			echo "$out"
			failed=$((failed + 1))
		fi
	done
else
	echo "man: mandoc not installed; man page lint skipped"
fi

# Two hosts made as network namespaces, GNU parallel --sshlogin to them: not
# under valgrind (the programs run on the hosts are the plain build's).
if [ "${VALGRIND:-}" != 1 ]; then
	out=$(sh tests/multihost.sh "$B/bin" "$B/tools" 2>&1)
	echo "$out"
	case $out in
	*skipped*) ;;
	*DIFFERS* | *"ran nothing"* | *"does not answer"*)
		failed=$((failed + 1)) ;;
	*) passed=$((passed + $(echo "$out" | grep -c identical))) ;;
	esac
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
