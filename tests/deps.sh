#!/bin/sh
# deps.sh NEED...: installs the Debian packages the build, the demo and the
# tests need, when they are missing; as root with apt-get, else through
# sudo; elsewhere it says what to run and fails.
#
# A NEED is KIND:NAME=PACKAGE, with KIND one of
#   pc    a pkg-config module (pc:jansson=libjansson-dev)
#   cmd   a command on PATH (cmd:jq=jq)
#   h     a C header the compiler finds (h:csv.h=libcsv-dev), for
#         libraries that ship no pkg-config file
# Only the packages of missing needs are installed; when nothing is
# missing it exits 0 at once, so it can run before every build.
set -u
missing=
for need in "$@"; do
	kind=${need%%:*} rest=${need#*:}
	name=${rest%%=*} pkg=${rest#*=}
	case $kind in
	pc) command -v pkg-config >/dev/null 2>&1 &&
	    pkg-config --exists "$name" 2>/dev/null ;;
	cmd) command -v "$name" >/dev/null 2>&1 ;;
	h) printf '#include <%s>\n' "$name" |
	    ${CC:-cc} -E -x c - >/dev/null 2>&1 ;;
	*) echo "deps.sh: $need: not pc:, cmd: or h:" >&2; exit 2 ;;
	esac && continue
	case " $missing " in *" $pkg "*) ;; *) missing="$missing $pkg" ;; esac
done
[ -z "$missing" ] && exit 0
echo "samen: installing what the build and tests need:$missing" >&2
if command -v apt-get >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ]; then
		SUDO=
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		SUDO=sudo
	else
		SUDO=none
	fi
	if [ "$SUDO" != none ]; then
		# shellcheck disable=SC2086
		$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
		$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		    --no-install-recommends $missing >&2 && exit 0
	fi
fi
echo "samen: missing packages; on Debian or Ubuntu run:" >&2
echo "    sudo apt-get install$missing" >&2
echo "elsewhere install the same (jansson, libyaml, Check, jq ...) by hand." >&2
exit 1
