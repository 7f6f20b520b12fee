#!/bin/sh
# corruption-drill.sh TOOLS: the corruption drill (tests/cli/corruption-drill.t).
#
# Each example input, with a tenth of its lines damaged by TOOLS/corrupt
# (a fixed seed), goes through a program that reads it.  A per-record
# program must write, for the intact lines, what it wrote for them from
# the clean file (compared as records, jq -cS); an aggregating one must
# write exactly what it writes from the clean file less the damaged lines.
# Every damaged line must be in --rejects exactly once, with its file and
# line, and no other line.  A line whose only damage is a duplicate key
# (corrupt repeats a member before the original, with a bad value) is
# a valid record, as jansson reads it: the drill counts it intact.
#
# The 10 MB line is one, in survey.jsonl.  One line a run: "FILE: PROGRAM: N lines, K damaged: ok", or what went
# wrong, each line let through or dropped quoted (its first 100 bytes).
# Runs in the current folder; exits 1 when a run went wrong.
set -u
tools=$1
ex=$(cd "$(dirname "$0")/../examples" && pwd)
bad=0
mkdir -p clean damaged less
: >kinds

# damage NAME SEED CORRUPT-OPTION...: damaged/NAME, its list of damaged
# lines (damaged/NAME.list) and less/NAME, the input less the damaged
# lines (with the duplicate-key lines, which are intact records, as they
# are in damaged/NAME: a program that passes records through writes them
# as they came).
damage() {
	name=$1 seed=$2
	shift 2
	cp "$ex/$name" "clean/$name"
	"$tools/corrupt" -s "$seed" "$@" "clean/$name" "damaged/$name.list" \
	    >"damaged/$name" || exit 2
	cat "damaged/$name.list" >>kinds
	must_reject "$name" | sed 's/$/d/' >less.sed
	sed -f less.sed "damaged/$name" >"less/$name"
}

# The numbers of the damaged lines that must be rejected, one a line.
must_reject() {
	awk '$2 != "duplicate-key" { print $1 }' "damaged/$1.list"
}

# Quotes line N of FILE, cut to 100 bytes, with its kind of damage.
quote() {
	kind=$(awk -v n="$2" '$1 == n { print $2 }' "damaged/$3.list")
	printf '    %s:%s (%s): %s\n' "$1" "$2" "${kind:-intact}" \
	    "$(sed -n "$2{p;q}" "$1" | head -c 100 | tr -d '\000' | LC_ALL=C tr -c '[:print:]' '?')"
}

# The lines of file $2 not in file $1, one a line.
missing_from() {
	awk 'FILENAME == ARGV[1] { seen[$1]; next } !($1 in seen)' "$1" "$2" |
	    sort -nu
}

# tell PROGRAM WHAT NAME LINES: says which lines went wrong and how (their
# numbers, then the first quoted), when there are any; 1 then.
tell() {
	[ -s "$4" ] || return 0
	echo "  $1 $2 ($(wc -l <"$4")):" $(head -n 10 "$4") \
	    $([ "$(wc -l <"$4")" -gt 10 ] && echo ...)
	quote "damaged/$3" "$(head -n 1 "$4")" "$3"
	return 1
}

# check_rejects NAME PROGRAM REJECTS: each must-reject line there once.
check_rejects() {
	name=$1 prog=$2 rejects=$3 ok=0
	jq -r --arg f "damaged/$name" 'if .file == $f then .line
	    else "other \(.file):\(.line)" end' "$rejects" >rejected.lines
	grep -v '^other ' rejected.lines | sort -n >got.lines
	sed -n 's/^other //p' rejected.lines >other.lines
	must_reject "$name" | sort -n >want.lines
	missing_from got.lines want.lines >through.lines
	missing_from want.lines got.lines >wrong.lines
	uniq -d got.lines >twice.lines
	tell "$prog" "let through" "$name" through.lines || ok=1
	tell "$prog" "rejected intact lines" "$name" wrong.lines || ok=1
	tell "$prog" "rejected lines twice" "$name" twice.lines || ok=1
	if [ -s other.lines ]; then
		echo "  $prog rejected lines of other files:"
		sed 's/^/    /' other.lines
		ok=1
	fi
	return $ok
}

# The summary of a run of PROGRAM over NAME, and the tally.
verdict() {
	lines=$(wc -l <"clean/$1")
	hurt=$(wc -l <"damaged/$1.list")
	if [ "$3" -eq 0 ]; then
		echo "$1 (seed $seed, $lines lines, $hurt damaged): $2: ok"
	else
		echo "$1 (seed $seed, $lines lines, $hurt damaged): $2: FAILED"
		bad=1
	fi
}

# The command line of a run as the drill's lines show it.
label() {
	echo "$*" | sed "s|$ex/||g; s|@|FILE|"
}

# run OUT FILE PROGRAM ARG...: the program with @ in the arguments
# standing for FILE, output to OUT, --rejects to OUT.rejects.
run() {
	out=$1 file=$2
	shift 2
	prog=$1
	shift
	set -- "$@" END
	while [ "$1" != END ]; do
		a=$1
		shift
		[ "$a" = @ ] && a=$file
		set -- "$@" "$a"
	done
	shift
	"$prog" --rejects "$out.rejects" "$@" >"$out" 2>/dev/null
	return 0
}

# drill per-record|aggregate NAME PROGRAM ARG...: a per-record program's
# intact lines give what they gave clean (compared as records: a
# duplicate-key line is rebuilt or passed as it came); an aggregating
# program gives from the damaged file exactly what it gives from the
# clean one less the damaged lines.
drill() {
	mode=$1 name=$2
	shift 2
	if [ "$mode" = per-record ]; then base=clean; else base=less; fi
	run base.out "$base/$name" "$@"
	run damaged.out "damaged/$name" "$@"
	ok=0
	check_rejects "$name" "$1" damaged.out.rejects || ok=1
	if [ "$mode" = per-record ]; then
		must_reject "$name" | sed 's/$/d/' >less.sed
		sed -f less.sed base.out | jq -cS . >want.out
		jq -cS . damaged.out >got.out 2>/dev/null
		what="the intact lines' output differs from the clean run's"
	else
		if [ -s base.out.rejects ]; then
			echo "  $1: rejects lines of the clean file"
			ok=1
		fi
		cp base.out want.out
		cp damaged.out got.out
		what="the result differs from the clean run's less the damaged lines"
	fi
	if ! cmp -s want.out got.out; then
		echo "  $1: $what:"
		diff want.out got.out | head -n 2 | cut -c 1-100 |
		    sed 's/^/    /'
		ok=1
	fi
	verdict "$name" "$(label "$@")" "$ok"
}

# The seeds of the drill: one for the long files, five for the short ones
# (a tenth of 20 lines is 2, one kind of damage each).
seeds() {
	if [ "$(wc -l <"$ex/$1")" -lt 100 ]; then
		echo 14 15 16 17 18
	else
		echo 14
	fi
}

iso=$ex/isolation.yaml
for s in $(seeds survey.jsonl); do
	damage survey.jsonl "$s" -H -n weight=-1 -t lsns='"many"'
	drill per-record survey.jsonl isolation-score @
	drill aggregate survey.jsonl isolation-score --by area --config "$iso" @
done

# The goal events are left whole: later lines refer to them, and a result
# for a goal never set is rightly rejected.
for s in $(seeds ledger.jsonl); do
	damage ledger.jsonl "$s" -x '"event":"goal"' -n target=-20 \
	    -t date=20261003 -r event
	drill aggregate ledger.jsonl account-report --month 2026-10 \
	    "$ex/registry.jsonl" @
done

for s in $(seeds registry.jsonl); do
	damage registry.jsonl "$s" -n capacity=1000000000000000000 -t kind=7 \
	    -r kind
	drill per-record registry.jsonl initiative-add --name 'Drill' \
	    --kind drop-in --area BU99010101 --capacity 5 @
	drill aggregate registry.jsonl account-report --month 2026-10 @ \
	    "$ex/ledger.jsonl"
done

for s in $(seeds requests.jsonl); do
	damage requests.jsonl "$s" -n amount='"-100.00"' \
	    -t areas='"BU99010101"' -r amount
	drill aggregate requests.jsonl council-advise --budget 200000 \
	    --rule equal-shares @ "$ex/votes.jsonl"
done

for s in $(seeds votes.jsonl); do
	damage votes.jsonl "$s" -t approved='"req-01"' -r voter
	drill aggregate votes.jsonl council-advise --budget 200000 \
	    --rule equal-shares "$ex/requests.jsonl" @
done

isolation-score --by area --config "$iso" "$ex/survey.jsonl" >summaries.jsonl
for s in $(seeds areas.jsonl); do
	damage areas.jsonl "$s" -n population=-5 -t name=42 -r area
	drill aggregate areas.jsonl council-advise "$ex/registry.jsonl" @ \
	    summaries.jsonl
done

echo "kinds of damage:" $(awk '{ print $2 }' kinds | sort | uniq -c |
    awk '{ printf "%s %s,", $2, $1 }' | sed 's/,$//')
exit $bad
