#!/bin/sh
# make demo: the main jobs on the example municipality of Lindewaarde (a
# made-up place).  Each step is a file in examples/demo.d, run in order.
set -eu
B=${B:-build}
PATH=$(cd "$B/bin" && pwd):$PATH
TOOLS=$(cd "$B/tools" && pwd)
DEMO=$(mktemp -d)
SAMEN_SHARED=$(sh tests/shared.sh)
export PATH TOOLS DEMO SAMEN_SHARED
trap 'rm -rf "$DEMO"' EXIT
cd examples
for step in demo.d/*.sh; do
	. "./$step"
done
