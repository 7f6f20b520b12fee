#!/bin/sh
# make demo: the main jobs on the example municipality of Lindewaarde (a
# made-up place).  Each step is a file in examples/demo.d, run in order.
# What the steps write (the registry, the advice, the letter, the web
# pages) stays in $B/demo, made anew by each run, for the user to read.
set -eu
B=${B:-build}
PATH=$(cd "$B/bin" && pwd):$PATH
TOOLS=$(cd "$B/tools" && pwd)
DEMO=$(pwd)/$B/demo
SAMEN_SHARED=$(sh tests/shared.sh)
export PATH TOOLS DEMO SAMEN_SHARED
rm -rf "$DEMO"
mkdir -p "$DEMO"
cd examples
for step in demo.d/*.sh; do
	. "./$step"
done
echo
echo "demo: every output is in $DEMO:"
(cd "$DEMO" && ls)
