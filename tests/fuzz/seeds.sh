#!/bin/sh
# seeds.sh NAME DIR: copies the seed inputs of harness NAME into DIR: from
# examples/, tests/, the JSON test suite and the Pabulib files of the
# shared test data (tests/shared.sh), and every input once saved in
# tests/fuzz/regress/NAME/.  make fuzz starts its corpora from them; make
# check replays them (tests/fuzz/replay.sh).
set -u
name=$1 dir=$2
shared=$(sh tests/shared.sh)/testdata
suite=$shared/jsontestsuite/test_parsing
mkdir -p "$dir"

# The first lines of each file named, each line a file of its own.
split_lines() {
	for f in "$@"; do
		head -n 40 "$f" | split -l 1 -a 4 - "$dir/$(basename "$f")."
	done
}

case $name in
fuzz_json)
	[ -d "$suite" ] && cp "$suite"/* "$dir/"
	split_lines examples/*.jsonl ;;
fuzz_jsonl|fuzz_stream)
	for f in examples/*.jsonl; do
		head -n 40 "$f" >"$dir/$(basename "$f")"
	done
	[ -d "$suite" ] && cp "$suite"/[in]_* "$dir/" ;;
fuzz_yaml)
	cp examples/*.yaml "$dir/"
	find tests -name '*.yaml' -size -64k -exec cp {} "$dir/" \; ;;
fuzz_money)
	for a in 1250.00 80.5 -3 0.01 -0.5 92233720368547758.07 \
	    -92233720368547758.08 1e3 1,000.00 12.345; do
		printf '%s' "$a" >"$dir/$a"
	done ;;
fuzz_period)
	for d in 2024-02-29 2023-02-29 1900-01-01 2999-12-31 2026-10 \
	    1899-12 2026-13-01; do
		printf '%s' "$d" >"$dir/$d"
	done ;;
fuzz_mdhtml)
	find tests/cli/data -name '*.md' -size -64k -exec cp {} "$dir/" \;
	printf '%% T\n%% A\n%% D\n# h\n\n- **b** *i*\n   1. n\n' >"$dir/blocks"
	printf '| a | b |\n|--|-:|\n| <x> | & |\n7. x\n' >"$dir/table"
	printf '**<script>** *a **b* c** \\\nx\n' >"$dir/marks" ;;
fuzz_pabulib)
	cp examples/pabulib/*.pb "$dir/"
	for f in "$shared"/pabulib/*.pb; do
		[ -f "$f" ] && head -c 4000 "$f" >"$dir/$(basename "$f")"
	done ;;
*)
	echo "seeds.sh: no seeds for $name" >&2
	exit 2 ;;
esac
if [ -d "tests/fuzz/regress/$name" ]; then
	cp "tests/fuzz/regress/$name"/* "$dir/"
fi
exit 0
