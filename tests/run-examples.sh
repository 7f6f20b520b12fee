#!/bin/sh
# run-examples.sh PAGE...: runs every example of the EXAMPLES section of
# each manual page, and every command block of a Markdown file (README.md),
# as printed, and says how each went.
#
# In a manual page an example is a .Bd -literal block of the section; in
# Markdown a block of lines indented by four spaces after a blank line,
# skipped when the line before it is `<!-- not run: REASON -->`.  Its text is taken as
# the reader sees it (a leading "$ " prompt dropped, \e read as a
# backslash), and run by bash with -o pipefail in a scratch folder that
# holds a copy of the repository's examples/ folder, with the programs of
# the build first on PATH: "from the repository, as printed".  The blocks
# of one page run in order in one folder, so that a later example may use
# what an earlier one wrote (the registry, say).  A block just after a
# line `.\" not run: REASON` (a crontab line is no command) is skipped,
# with its reason.  Prints "PAGE: N run, N skipped" per page, or a FAIL
# line with the block and its output, and exits 1 when any block failed.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${CRAM_BIN:-$root/${B:-build}/bin}
PATH=$bin:$PATH
export PATH
status=0
for page in "$@"; do
	name=$(basename "$page")
	work=$(mktemp -d)
	cp -R "$root/examples" "$work/examples"
	case $page in
	*.md) extract=markdown ;;
	*) extract=mdoc ;;
	esac
	if [ $extract = markdown ]; then awk -v dir="$work" '
		/^<!-- not run:/ { skip = $0; sub(/^<!-- not run: */, "", skip)
			sub(/ *-->$/, "", skip); prev = ""; next }
		/^    / && !inblk && prev == "" { n++; file = dir "/block." n
			inblk = 1; if (skip != "") print skip > (file ".skip")
			skip = ""; printf "" > file }
		inblk && /^    / { print substr($0, 5) > file; prev = $0; next }
		inblk { inblk = 0; close(file) }
		{ if ($0 != "") skip = ""; prev = $0 }
	' "$page"
	else awk -v dir="$work" '
		/^\.Sh EXAMPLES/ { in_ex = 1; next }
		/^\.Sh / { in_ex = 0 }
		!in_ex { next }
		/^\.\\" not run:/ { skip = substr($0, 14); next }
		/^\.Bd -literal/ { n++; file = dir "/block." n; inblk = 1
			if (skip != "") print skip > (file ".skip")
			skip = ""; printf "" > file; next }
		/^\.Ed/ { inblk = 0; close(file); next }
		inblk {
			line = $0
			sub(/^\$ /, "", line)
			gsub(/\\e/, "\\", line)
			gsub(/\\&/, "", line)
			gsub(/\\\(aq/, "\047", line)
			gsub(/\\-/, "-", line)
			print line > file
			next
		}
		{ skip = "" }
	' "$page"
	fi
	run=0 skipped=0 i=1
	while [ -f "$work/block.$i" ]; do
		if [ -f "$work/block.$i.skip" ]; then
			skipped=$((skipped + 1))
		elif (cd "$work" && bash -o pipefail "block.$i") \
		    >"$work/out.$i" 2>&1 </dev/null; then
			run=$((run + 1))
		else
			echo "FAIL: $name: example $i (status $?):"
			sed 's/^/    /' "$work/block.$i"
			echo "  gave:"
			sed 's/^/    /' "$work/out.$i" | head -n 20
			status=1
		fi
		i=$((i + 1))
	done
	echo "$name: $run run, $skipped skipped"
	rm -rf "$work"
done
exit $status
