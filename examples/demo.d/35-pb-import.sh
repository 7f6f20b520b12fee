# Step 35: participatory budgets.  The example municipality's own
# (examples/pabulib, made up) in the Pabulib format: pb-import turns the
# .pb file into budget, request and vote records, and council-advise
# decides it by the Method of Equal Shares.  Then, where the shared test
# data lie beside the repository, a real one: Assen's Top Idee 2024 chose
# its winners by the same method with Add1, and computing it again gives
# the same nine projects.
echo
echo "== pb-import: Lindewaarde's neighbourhood budget (made up), equal shares =="
pb-import pabulib/lindewaarde-2026.pb > "$DEMO/pb-lindewaarde.jsonl"
council-advise --rule equal-shares "$DEMO/pb-lindewaarde.jsonl" |
    jq -r --slurpfile pb "$DEMO/pb-lindewaarde.jsonl" '
        ($pb | map(select(.type == "request")) | INDEX(.id)) as $req |
        select(.type == "allocation") |
        "\(.request)\t\(.amount)\t\($req[.request].name)"' |
    awk -F'\t' '{ printf "funded: %-3s %9s  %s\n", $1, $2, $3 }'
echo
echo "== pb-import: Assen Top Idee 2024 (Pabulib), equal shares again =="
pb=$SAMEN_SHARED/testdata/pabulib/Netherlands_Assen_2024.pb
if [ -f "$pb" ]; then
	pb-import "$pb" > "$DEMO/assen.jsonl"
	council-advise --rule equal-shares "$DEMO/assen.jsonl" \
	    > "$DEMO/assen-es.jsonl"
	jq -r 'select(.type == "allocation") | .request' "$DEMO/assen-es.jsonl" |
	    sort -n | paste -sd' ' - | sed 's/^/funded now:      /'
	jq -r 'select(.type == "request" and .selected) | .id' \
	    "$DEMO/assen.jsonl" | sort -n | paste -sd' ' - |
	    sed 's/^/funded in 2024:  /'
	jq -r 'select(.type == "scenario") | "used \(.used) of \(.budget); " +
	    "\(.voters_served * 100 | round)% of voters have a winner they approved"' \
	    "$DEMO/assen-es.jsonl"
else
	echo "(no $pb here)"
fi
