# bench-budget: the Method of Equal Shares with Add1 on the largest
# Amsterdam instances of Pabulib (309: the most voters, 14,411; 621: the
# most approvals, 1.2 MB), which issue 5 asks to take under 2 seconds.
# pb-rule (tests/tools) reads the file through lib/pabulib and prints the
# CPU time of the allocation alone; bench_compare times the whole run,
# parsing included.  Sourced by tests/bench/run.sh.
pb_dir=$SAMEN_SHARED/testdata/pabulib
for inst in 309 621; do
	f=$pb_dir/Netherlands_Amsterdam_$inst.pb
	[ -f "$f" ] || { echo "bench-budget: no $f" >&2; continue; }
	"$TOOLS/pb-rule" equal-shares "$f" |
	    awk -v i="$inst" '{ printf "equal-shares Amsterdam %s: allocation %s, %d funded\n", i, $3, NF - 4 }'
	bench_compare "equal-shares+Add1 Amsterdam $inst (parse + allocate)" \
	    "$f" "$TOOLS/pb-rule equal-shares $f"
	if council-advise --help 2>/dev/null | grep -q -- '--rule'; then
		bench_compare "pb-import | council-advise --rule equal-shares, Amsterdam $inst" \
		    "$f" "pb-import | council-advise --rule equal-shares"
	fi
done
