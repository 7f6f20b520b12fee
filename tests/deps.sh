#!/bin/sh
# deps.sh NEED...: installs the Debian packages and the npm modules the
# build, the demo and the tests need, when they are missing; Debian's as
# root with apt-get, else through sudo; elsewhere it says what to run and
# fails.
#
# A NEED is KIND:NAME=PACKAGE, with KIND one of
#   pc    a pkg-config module (pc:jansson=libjansson-dev)
#   cmd   a command on PATH (cmd:jq=jq)
#   h     a C header the compiler finds (h:csv.h=libcsv-dev), for
#         libraries that ship no pkg-config file
#   file  a file that must exist, such as a font the page tests render
#         with (file:/usr/share/fonts/.../DejaVuSerif-Italic.ttf=...)
#   npm   a Node.js module, PACKAGE the folder whose package.json and
#         package-lock.json pin it (npm:playwright-core=tests/browser);
#         installed with npm ci into $SAMEN_NODE_DIR (build/node), never
#         into the source tree, and again when the lock file changes.
#         Name cmd:npm=npm too; one such folder for all (they
#         would share the one node_modules).
# Only the packages of missing needs are installed, the Debian ones first;
# when nothing is missing it exits 0 at once, so it can run before every
# build.
set -u
node_dir=${SAMEN_NODE_DIR:-build/node}
missing=
npm_missing=

# Whether the npm module $1 pinned in folder $2 is in $node_dir as its
# lock file says: installed.lock, a copy of it, marks a finished npm ci.
npm_installed() {
	[ -f "$node_dir/node_modules/$1/package.json" ] &&
	    cmp -s "$2/package-lock.json" "$node_dir/installed.lock"
}

# Installs with npm ci into $node_dir the modules that folder $1 pins,
# without the browsers some of them would download (Debian's chromium is
# the one the tests drive).
npm_install() {
	echo "samen: installing the npm modules of $1 into $node_dir" >&2
	mkdir -p "$node_dir" && rm -f "$node_dir/installed.lock" &&
	cp "$1/package.json" "$1/package-lock.json" "$node_dir/" &&
	(cd "$node_dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
	    npm ci --no-audit --no-fund --loglevel=error >&2) &&
	cp "$node_dir/package-lock.json" "$node_dir/installed.lock"
}

# Installs the Debian packages in $missing, or says how and fails.
apt_install() {
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
			    --no-install-recommends $missing >&2 && return 0
		fi
	fi
	echo "samen: missing packages; on Debian or Ubuntu run:" >&2
	echo "    sudo apt-get install$missing" >&2
	echo "elsewhere install the same (jansson, libyaml, Check, jq ...) by hand." >&2
	return 1
}

for need in "$@"; do
	kind=${need%%:*} rest=${need#*:}
	name=${rest%%=*} pkg=${rest#*=}
	case $kind in
	pc) command -v pkg-config >/dev/null 2>&1 &&
	    pkg-config --exists "$name" 2>/dev/null ;;
	cmd) command -v "$name" >/dev/null 2>&1 ;;
	file) [ -e "$name" ] ;;
	h) printf '#include <%s>\n' "$name" |
	    ${CC:-cc} -E -x c - >/dev/null 2>&1 ;;
	npm) npm_installed "$name" "$pkg" ||
	    case " $npm_missing " in *" $pkg "*) ;; *) npm_missing="$npm_missing $pkg" ;; esac
	    continue ;;
	*) echo "deps.sh: $need: not pc:, cmd:, h:, file: or npm:" >&2; exit 2 ;;
	esac && continue
	case " $missing " in *" $pkg "*) ;; *) missing="$missing $pkg" ;; esac
done
[ -z "$missing" ] || apt_install || exit 1
for dir in $npm_missing; do
	npm_install "$dir" || {
		echo "samen: npm ci of $dir in $node_dir failed (npm's message is above)" >&2
		exit 1
	}
done
exit 0
