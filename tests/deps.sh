#!/bin/sh
# Installs the Debian packages the build needs when pkg-config does not find
# them: as root with apt-get, else through sudo; elsewhere it says what to run.
# ReadStat and libcsv have no pkg-config file: the compiler looks for their
# headers.  GNU PSPP writes the SPSS files of the tests and examples.
set -u
missing=
has_header() {
	printf '#include <%s>\n' "$1" | ${CC:-cc} -E - >/dev/null 2>&1
}
has_header readstat.h || missing="$missing libreadstat-dev"
has_header csv.h || missing="$missing libcsv-dev"
pkg-config --exists xlsxwriter 2>/dev/null || missing="$missing libxlsxwriter-dev"
command -v pspp >/dev/null 2>&1 || missing="$missing pspp"
pkg-config --exists jansson 2>/dev/null || missing="$missing libjansson-dev"
pkg-config --exists yaml-0.1 2>/dev/null || missing="$missing libyaml-dev"
pkg-config --exists check 2>/dev/null || missing="$missing check"
command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
[ -z "$missing" ] && exit 0
echo "samen: installing build dependencies:$missing" >&2
if command -v apt-get >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ]; then
		SUDO=
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		SUDO=sudo
	else
		SUDO=none
	fi
	if [ "$SUDO" != none ]; then
		$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
		$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		    --no-install-recommends "$@" >&2 && exit 0
	fi
fi
echo "samen: missing build dependencies; on Debian or Ubuntu run:" >&2
echo "    sudo apt-get install $*" >&2
echo "elsewhere install jansson, libyaml, Check and libxlsxwriter with their" >&2
echo "pkg-config files, ReadStat, libcsv and GNU PSPP." >&2
exit 1
