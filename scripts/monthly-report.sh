#!/bin/sh
# monthly-report: last month's accounts of every initiative, as one HTML
# page, written into a folder for the participants to read and print.
# See monthly-report(1).
#
# The page is FOLDER/YYYY-MM.html for the last whole month.  It is written
# to a temporary file in FOLDER and renamed into place, so a reader (or a
# web server) never sees half a page, and a failed run leaves the last good
# page as it was.  account-report is taken from the folder this script lies
# in (build/bin, or where make install put both), else from PATH: cron's
# PATH (/usr/bin:/bin) need not hold it.
#
# Exit status: that of account-report.  With 1 (some ledger lines were
# rejected) the page is still published, and cron mails the messages.
# SAMEN_TODAY=YYYY-MM-DD re-runs a month that was missed.  Needs GNU date.
set -u
prog=monthly-report
usage() {
	echo "usage: $prog [-l en|nl] FOLDER FILE..."
}
help() {
	usage
	echo "publish last month's accounts of every initiative as one HTML page"
	echo
	echo "options:"
	echo "  -l, --lang WORD             the page's language: en or nl (default nl)"
	echo "  -h, --help                  print this help and exit"
	echo "  -V, --version               print the version and exit"
	echo
	echo "See $prog(1)."
}
fail_usage() {
	echo "$prog: $1" >&2
	echo "Try '$prog --help' for more information." >&2
	exit 2
}
lang=nl
while [ $# -gt 0 ]; do
	case $1 in
	-l | --lang)
		[ $# -ge 2 ] || fail_usage "option needs an argument: $1"
		lang=$2
		shift 2 ;;
	--lang=*) lang=${1#--lang=}; shift ;;
	-h | --help) help || exit 2; exit 0 ;;
	-V | --version)
		echo "$prog (samen) @VERSION@" || exit 2
		exit 0 ;;
	--) shift; break ;;
	-?*) fail_usage "unknown option: $1" ;;
	*) break ;;
	esac
done
case $lang in
en | nl) ;;
*) fail_usage "--lang '$lang': not en or nl" ;;
esac
if [ $# -lt 2 ]; then
	usage >&2
	exit 2
fi
here=$(dirname "$0")
if [ -x "$here/account-report" ]; then
	account_report=$here/account-report
else
	account_report=account-report
fi
dir=$1
shift
today=${SAMEN_TODAY:-$(date -u +%Y-%m-%d)}
month=$(date -u -d "${today%-*}-01 -1 day" +%Y-%m) || exit 2
tmp=$(mktemp "$dir/.$month.html.XXXXXX") || exit 2
trap 'rm -f "$tmp"' EXIT
trap 'exit 2' HUP INT TERM
SAMEN_TODAY=$today "$account_report" --month last --format html \
    --lang "$lang" "$@" >"$tmp"
status=$?
if [ "$status" -le 1 ]; then
	chmod 644 "$tmp" && mv -f "$tmp" "$dir/$month.html" || exit 2
fi
exit "$status"
