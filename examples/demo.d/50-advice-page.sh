# Step 50: the advice as a web page, beside the letter of step 40: the
# same letter (with its --letter-config), with a map of the gaps drawn
# from the neighbourhood outlines of step 45 (the CBS map, made up), need
# and supply per neighbourhood and the budget scenarios side by side.  One
# file that fetches nothing, to mail, keep or print; English beside the
# Dutch.
echo
echo "== council-advise --format html: the advice as a page, with a map =="
registry=$DEMO/registry.jsonl
[ -f "$registry" ] || registry=/dev/null
outlines=$DEMO/areas-cbs.jsonl
[ -f "$outlines" ] || outlines=areas.jsonl
for lang in nl en; do
	case $lang in nl) page=advies.html ;; *) page=advice.html ;; esac
	SAMEN_TODAY=2026-11-23 council-advise --proposal policy-note.yaml \
	    --letter-config letter.yaml \
	    --format html --lang $lang "$outlines" "$registry" \
	    "$DEMO/accounts.jsonl" "$DEMO/isolation.jsonl" \
	    "$DEMO/scenarios.jsonl" > "$DEMO/$page"
	printf '%s: %s bytes, %s maps, %s charts\n' "$page" \
	    "$(wc -c < "$DEMO/$page")" \
	    "$(grep -c '<figure class="map">' "$DEMO/$page")" \
	    "$(grep -c '<figure class="bars">' "$DEMO/$page")"
done
