#!/bin/sh
# make bench: generates large inputs deterministically into a scratch
# folder and runs every tests/bench/bench-*.sh.  BENCH_SCALE scales the input
# sizes (1 = the sizes the issues name).
set -u
B=${B:-build}
BIN=$(cd "$B/bin" && pwd)
TOOLS=$(cd "$B/tools" && pwd)
PATH=$BIN:$PATH
BENCH_DIR=${BENCH_DIR:-$(mktemp -d)}
BENCH_SCALE=${BENCH_SCALE:-1}
SAMEN_SHARED=$(sh tests/shared.sh)
export PATH BENCH_DIR BENCH_SCALE SAMEN_SHARED
trap 'rm -rf "$BENCH_DIR"' EXIT
for tool in jq /usr/bin/time; do
	command -v $tool >/dev/null 2>&1 || { echo "bench: needs $tool" >&2; exit 2; }
done
. tests/bench/lib.sh
echo "bench: $(nproc) cores, $(jq --version), jansson $(pkg-config --modversion jansson)"
for b in tests/bench/bench-*.sh; do
	[ -f "$b" ] || continue
	. "$b"
done
