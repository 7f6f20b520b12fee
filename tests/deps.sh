#!/bin/sh
# Installs the Debian packages the build needs when pkg-config does not find
# them: as root with apt-get, else through sudo; elsewhere it says what to run.
set -u
missing=
pkg-config --exists jansson 2>/dev/null || missing="$missing libjansson-dev"
pkg-config --exists yaml-0.1 2>/dev/null || missing="$missing libyaml-dev"
pkg-config --exists gmp 2>/dev/null || missing="$missing libgmp-dev"
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
echo "elsewhere install jansson, libyaml, GMP and Check with their pkg-config files." >&2
exit 1
