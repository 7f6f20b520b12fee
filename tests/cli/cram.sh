#!/usr/bin/env bash
# cram.sh FILE.t ...: command-level tests written as shell transcripts.
#
# In FILE.t a line "  $ command" (continued by "  > " lines) runs in bash,
# in a scratch directory that the file's commands share (as does the shell:
# variables set by one command hold in the next).  The lines indented by two
# spaces after it are the expected standard output and standard error
# together; a last "  [N]" is the expected exit status (0 when absent).
# Output without a final newline shows " (no-eol)" on its last line.  All
# other lines are comments.  TESTDIR is the folder of FILE.t, SHARED that of
# the shared test data; the programs under test are first on PATH.
set -u
passed=0 failed=0
root=$(cd "$(dirname "$0")/../.." && pwd)
bindir=${CRAM_BIN:-$root/${B:-build}/bin}
shared=${SAMEN_SHARED:-$root/../shared}
shared=$(cd "$shared" 2>/dev/null && pwd || echo "$shared")

run_file() {
	local t=$1 tmp n=0 line mode= i exp want got status
	tmp=$(mktemp -d) || exit 2
	mkdir "$tmp/ctl" "$tmp/work"
	{
		echo "cd '$tmp/work' || exit 97"
		while IFS= read -r line || [ -n "$line" ]; do
			case $line in
			'  $ '*)
				[ "$mode" = cmd ] && close_cmd
				n=$((n + 1))
				printf '%s\n' "${line#  \$ }" >"$tmp/ctl/cmd.$n"
				: >"$tmp/ctl/exp.$n"
				mode=cmd ;;
			'  > '*)
				if [ "$mode" = cmd ]; then
					printf '%s\n' "${line#  > }" >>"$tmp/ctl/cmd.$n"
				fi ;;
			'  '*)
				if [ "$mode" = cmd ] || [ "$mode" = exp ]; then
					mode=exp
					printf '%s\n' "${line#  }" >>"$tmp/ctl/exp.$n"
				fi ;;
			*)
				[ "$mode" = cmd ] || [ "$mode" = exp ] && mode= ;;
			esac
		done <"$t"
	} >/dev/null
	for ((i = 1; i <= n; i++)); do
		printf '{\n%s\n} >"%s" 2>&1 </dev/null\necho $? >"%s"\n' \
		    "$(cat "$tmp/ctl/cmd.$i")" "$tmp/ctl/out.$i" "$tmp/ctl/st.$i"
	done | {
		cat
	} >"$tmp/ctl/script.sh"
	( printf "cd '%s/work' || exit 97\n" "$tmp"; cat "$tmp/ctl/script.sh" ) >"$tmp/ctl/all.sh"
	TESTDIR=$(cd "$(dirname "$t")" && pwd) SHARED=$shared \
	    PATH="$bindir:$PATH" LC_ALL=C.UTF-8 TZ=UTC \
	    timeout 300 bash "$tmp/ctl/all.sh" </dev/null >/dev/null 2>&1
	for ((i = 1; i <= n; i++)); do
		want=$tmp/ctl/want.$i got=$tmp/ctl/got.$i
		exp=$(tail -n 1 "$tmp/ctl/exp.$i")
		status=0
		if [[ $exp =~ ^\[([0-9]+)\]$ ]]; then
			status=${BASH_REMATCH[1]}
			sed '$d' "$tmp/ctl/exp.$i" >"$want"
		else
			cp "$tmp/ctl/exp.$i" "$want"
		fi
		if [ -f "$tmp/ctl/out.$i" ]; then
			cp "$tmp/ctl/out.$i" "$got"
			if [ -s "$got" ] && [ -n "$(tail -c 1 "$got")" ]; then
				printf ' (no-eol)\n' >>"$got"
			fi
			if [ "$(cat "$tmp/ctl/st.$i" 2>/dev/null)" != "$status" ]; then
				echo "[$(cat "$tmp/ctl/st.$i" 2>/dev/null || echo '?')]" >>"$got"
				echo "[$status]" >>"$want"
			fi
		else
			echo "(did not run: an earlier command ended the shell)" >"$got"
		fi
		if cmp -s "$want" "$got"; then
			passed=$((passed + 1))
		else
			failed=$((failed + 1))
			echo "FAIL: $t: command $i:"
			sed 's/^/  $ /' "$tmp/ctl/cmd.$i"
			diff -u --label expected --label actual "$want" "$got" | sed 's/^/    /'
		fi
	done
	rm -rf "$tmp"
}

for t in "$@"; do
	run_file "$t"
done
echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
