# Step 35: a real participatory budget.  Assen's Top Idee 2024 (Pabulib)
# chose its winners by the Method of Equal Shares with Add1; pb-import
# turns the .pb file into budget, request and vote records, and
# council-advise computes the rule again: the same nine projects.
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
