#!/bin/sh
# layering.sh [DIR]: checks that lib/ keeps its rooms (lib/README).
#
# Every #include "ROOM/file.h" in lib/ROOM2/ must be allowed:
#   core      nothing of samen but core
#   num       core
#   base      core, num
#   registry, survey, accounts   core, num, base
#   advice    core, num, base, and registry/initiative.h (the initiative
#             record's contract) only
# A quoted include without a room, or of cmd/, is refused as well.  Prints
# one line "FILE:LINE: ROOM may not include INCLUDE" per breach and exits 1
# when there is any.
set -u
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root/lib" || exit 2
status=0
for f in */*.c */*.h; do
	room=${f%%/*}
	case $room in
	core) allowed='core' ;;
	num) allowed='core num' ;;
	base) allowed='core num base' ;;
	registry | survey | accounts) allowed="core num base $room" ;;
	advice) allowed='core num base advice registry/initiative.h' ;;
	*) echo "lib/$f: no such room: $room"; status=1; continue ;;
	esac
	grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f" |
	while IFS= read -r hit; do
		line=${hit%%:*}
		inc=$(printf '%s\n' "$hit" | sed 's/.*include[[:space:]]*"\([^"]*\)".*/\1/')
		ok=
		for a in $allowed; do
			case $inc in
			"$a" | "$a"/*) ok=1 ;;
			esac
		done
		[ -n "$ok" ] || echo "lib/$f:$line: $room may not include \"$inc\""
	done
done >"${TMPDIR:-/tmp}/layering.$$"
if [ -s "${TMPDIR:-/tmp}/layering.$$" ]; then
	cat "${TMPDIR:-/tmp}/layering.$$"
	status=1
fi
rm -f "${TMPDIR:-/tmp}/layering.$$"
exit $status
