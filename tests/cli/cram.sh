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
#
# CRAM_WRITE=1 rewrites each FILE.t with the output the commands gave:
# for writing a new test; read the diff before you keep it.
set -u
passed=0 failed=0
root=$(cd "$(dirname "$0")/../.." && pwd)
bindir=${CRAM_BIN:-$root/${B:-build}/bin}
shared=${SAMEN_SHARED:-$(sh "$root/tests/shared.sh")}
shared=$(cd "$shared" 2>/dev/null && pwd || echo "$shared")

# Splits FILE.t into ctl/cmd.N, ctl/exp.N and the comments before each
# command, ctl/pre.N (ctl/pre.(last+1) holds the trailing ones).
parse() {
	local t=$1 ctl=$2 line mode= n=0
	: >"$ctl/pre.1"
	while IFS= read -r line || [ -n "$line" ]; do
		case $line in
		'  $ '*)
			n=$((n + 1))
			printf '%s\n' "${line#  \$ }" >"$ctl/cmd.$n"
			: >"$ctl/exp.$n"
			: >"$ctl/pre.$((n + 1))"
			mode=cmd
			continue ;;
		'  > '*)
			if [ "$mode" = cmd ]; then
				printf '%s\n' "${line#  > }" >>"$ctl/cmd.$n"
				continue
			fi ;;
		'  '*)
			if [ "$mode" = cmd ] || [ "$mode" = exp ]; then
				mode=exp
				printf '%s\n' "${line#  }" >>"$ctl/exp.$n"
				continue
			fi ;;
		esac
		mode=
		printf '%s\n' "$line" >>"$ctl/pre.$((n + 1))"
	done <"$t"
	echo "$n"
}

run_file() {
	local t=$1 tmp n i exp want got status actual
	tmp=$(mktemp -d) || exit 2
	mkdir "$tmp/ctl" "$tmp/work"
	n=$(parse "$t" "$tmp/ctl")
	{
		printf "cd '%s/work' || exit 97\n" "$tmp"
		for ((i = 1; i <= n; i++)); do
			printf '{\n%s\n} >"%s" 2>&1 </dev/null\necho $? >"%s"\n' \
			    "$(cat "$tmp/ctl/cmd.$i")" "$tmp/ctl/out.$i" \
			    "$tmp/ctl/st.$i"
		done
	} >"$tmp/ctl/all.sh"
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
			actual=$(cat "$tmp/ctl/st.$i" 2>/dev/null || echo '?')
			cp "$got" "$tmp/ctl/new.$i"
			[ "$actual" != 0 ] && echo "[$actual]" >>"$tmp/ctl/new.$i"
			if [ "$actual" != "$status" ]; then
				echo "[$actual]" >>"$got"
				echo "[$status]" >>"$want"
			fi
		else
			echo "(did not run: an earlier command ended the shell)" >"$got"
			cp "$got" "$tmp/ctl/new.$i"
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
	if [ "${CRAM_WRITE:-}" = 1 ]; then
		for ((i = 1; i <= n; i++)); do
			cat "$tmp/ctl/pre.$i"
			sed '1s/^/  $ /; 2,$s/^/  > /' "$tmp/ctl/cmd.$i"
			sed 's/^/  /' "$tmp/ctl/new.$i"
		done >"$t.new"
		cat "$tmp/ctl/pre.$((n + 1))" >>"$t.new"
		mv "$t.new" "$t"
	fi
	rm -rf "$tmp"
}

for t in "$@"; do
	run_file "$t"
done
echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
