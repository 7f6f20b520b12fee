# bench-budget: the Method of Equal Shares, sourced by tests/bench/run.sh.
#
# 1. The largest Amsterdam instances of Pabulib (309: the most voters,
#    14,411; 621: the most approvals) through lib/advice/budget: the CPU
#    time of the allocation alone (tests/tools/pb-rule), then the whole run
#    with parsing, and pb-import | council-advise.
# 2. Made-up instances (es_instance_synthetic: seed 1, about six approvals
#    a ballot, a budget of 30% of the costs) over voters x projects: the CPU
#    time of one run at B/n, of the whole Add1 completion and its runs, the
#    peak memory of the process (instance included).  BENCH_SCALE scales the
#    voters.
# 3. With EQUALSHARES_COMPUTE_TOOL naming a checkout of
#    github:equalshares/equalshares-compute-tool and node on PATH, the same
#    instances through that tool's own code (tests/bench/compute-tool.js:
#    Add1 with the exhaustive and integral options, floating point) side by
#    side, whether it funds the same projects, and the ratio; a peer run
#    longer than BENCH_PEER_MAX seconds (default 120) is cut off and shown
#    as a lower bound.  pabutools needs Python packages from PyPI and is not
#    run.
pb_dir=$SAMEN_SHARED/testdata/pabulib
for inst in 309 621; do
	f=$pb_dir/Netherlands_Amsterdam_$inst.pb
	[ -f "$f" ] || { echo "bench-budget: no $f" >&2; continue; }
	"$TOOLS/pb-rule" equal-shares "$f" |
	    awk -v i="$inst" '{ printf "equal-shares Amsterdam %s: allocation %s, %d funded\n", i, $3, NF - 4 }'
	bench_compare "equal-shares+Add1 Amsterdam $inst (parse + allocate)" \
	    "$f" "$TOOLS/pb-rule equal-shares $f"
	bench_compare "pb-import | council-advise --rule equal-shares, Amsterdam $inst" \
	    "$f" "pb-import | council-advise --rule equal-shares"
done

peer=${EQUALSHARES_COMPUTE_TOOL:-}
if [ -n "$peer" ] && ! { [ -f "$peer/js/methodOfEqualSharesWorker.js" ] &&
    command -v node >/dev/null 2>&1; }; then
	echo "bench-budget: no compute tool in $peer or no node: peer left out" >&2
	peer=
fi
[ -z "$peer" ] && echo "equal-shares: no peer (set EQUALSHARES_COMPUTE_TOOL to a checkout of the equalshares.net compute tool)"
pb=$BENCH_DIR/synthetic.pb

# peer_run COMPLETION OPTIONS LABEL: the compute tool on $pb against the
# time samen took for the same (one= or completion= in .ours).
peer_run() {
	case $3 in one) key=one ;; *) key=completion ;; esac
	if CT_DIR=$peer timeout "${BENCH_PEER_MAX:-120}" node \
	    tests/bench/compute-tool.js "$1" "$2" floats "$pb" \
	    >"$BENCH_DIR/.peer" 2>/dev/null; then
		awk -v label="$3" -v c="$(sed "s/.* $key=\([0-9.]*\)s.*/\1/" \
		    "$BENCH_DIR/.ours")" 'NR == FNR { sub(/.*: /, ""); ours = $0; next }
		{ t = $2 + 0; $1 = $2 = ""; $NF = ""; gsub(/^ +| +$/, "")
		  printf "    the compute tool: %s %.3f s%s; samen takes 1/%.0f of its time\n",
		      label, t, label == "one" ? "" : $0 == ours ? ", the same projects" : ", OTHER projects",
		      t / (c + 0.0005)
		}' "$BENCH_DIR/.ours" "$BENCH_DIR/.peer"
	else
		echo "    the compute tool: $3 over ${BENCH_PEER_MAX:-120} s (cut off)"
	fi
}
for v in 10000 25000 50000 100000 200000; do
	v=$(awk -v v="$v" -v s="$BENCH_SCALE" 'BEGIN { printf "%d", v * s }')
	for p in 100 300 1000; do
		/usr/bin/time -f '%M' -o "$BENCH_DIR/.rss" "$TOOLS/pb-rule" \
		    -c add1 -s "$v" "$p" ${peer:+-w "$pb"} >"$BENCH_DIR/.ours"
		awk -v rss="$(tail -n 1 "$BENCH_DIR/.rss")" '{
			for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
			split($1, vp, /[-x]/)
			printf "equal-shares %7d voters x %4d projects: one run %6.3f s, Add1 %7.3f s (%4d runs, %3d funded), peak RSS %6.1f MB\n",
			    vp[2], vp[3], f["one"], f["completion"], f["runs"], f["funded"], rss / 1024
		}' "$BENCH_DIR/.ours"
		[ -n "$peer" ] || continue
		peer_run none "" one
		peer_run add1e exhaustive,integral Add1
	done
done

# 4. The rules need and proportional (pb-rule -n: made-up areas with a
#    need and supply per form, requests over one to three of them naming a
#    random set of forms, with a capacity; a budget of 30% of the amounts)
#    over areas x requests: the CPU time of each rule's allocation alone,
#    and the peak memory of the process (instance included).
for a in 100 1000 10000; do
	for r in 1000 10000 100000; do
		/usr/bin/time -f '%M' -o "$BENCH_DIR/.rss" "$TOOLS/pb-rule" \
		    -n "$a" "$r" >"$BENCH_DIR/.need"
		awk -v rss="$(tail -n 1 "$BENCH_DIR/.rss")" '{
			for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
			split($1, ar, /[-x]/)
			printf "need/proportional %5d areas x %6d requests: need %6.3f s, proportional %6.3f s, peak RSS %6.1f MB\n",
			    ar[2], ar[3], f["need"], f["proportional"], rss / 1024
		}' "$BENCH_DIR/.need"
	done
done
