#!/bin/sh
# Prints the folder of the shared test data (JSONTestSuite, Pabulib): the
# SAMEN_SHARED environment variable, else ../shared beside this tree, else
# ../shared beside the tree this one was cloned from (CI's clean clone).
top=$(cd "$(dirname "$0")/.." && pwd)
origin=$(git -C "$top" config --get remote.origin.url 2>/dev/null)
for d in "${SAMEN_SHARED:-}" "$top/../shared" "${origin:+$origin/../shared}"; do
	if [ -n "$d" ] && [ -d "$d/testdata" ]; then
		(cd "$d" && pwd)
		exit 0
	fi
done
echo "$top/../shared"
