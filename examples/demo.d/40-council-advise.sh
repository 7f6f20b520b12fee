# Step 40: the social advisory council's advice.  The per-area isolation
# estimates (the model-based ones of step 25, so that every neighbourhood
# has a need; else isolation-score --by area over examples/survey.jsonl), the
# areas, the registry of step 10 and the initiatives' latest accounts
# (account-report) go into council-advise: need against supply per
# neighbourhood and form of isolation, the policy note's measures weighed
# against the council's principles, the budget rules compared (when the
# example funding requests and votes are there), and at the end the
# letter to the College, in Dutch.
echo
echo "== council-advise: need against supply in Lindewaarde (made up) =="
registry=$DEMO/registry.jsonl
[ -f "$registry" ] || registry=/dev/null
if [ -s "$DEMO/estimates.jsonl" ]; then
	grep -v '"type":"area"' "$DEMO/estimates.jsonl" > "$DEMO/isolation.jsonl"
elif [ -f survey.jsonl ] && command -v isolation-score >/dev/null 2>&1; then
	isolation-score --by area survey.jsonl > "$DEMO/isolation.jsonl"
else
	echo "(no survey.jsonl or isolation-score yet: every need is unknown)"
	: > "$DEMO/isolation.jsonl"
fi
account-report --month 2026-10 "$registry" \
    ledger.jsonl | grep '"type":"account"' > "$DEMO/accounts.jsonl" || :
council-advise areas.jsonl "$registry" "$DEMO/accounts.jsonl" \
    "$DEMO/isolation.jsonl" > "$DEMO/advice.jsonl"
printf '%-4s %-18s %-10s %6s %6s %6s  %-8s %-11s %s\n' rank area form need \
    supply gap action method uncertain
jq -r 'select(.type == "advice" and .rank != null and .rank <= 10) |
    [.rank, .name, .form, .need, .supply, .gap, .action, .method,
     (if .rank_uncertain then "yes" else "" end)] | @tsv' \
    "$DEMO/advice.jsonl" | sort -n |
    awk -F'\t' '{ printf "%-4s %-18s %-10s %6s %6s %6s  %-8s %-11s %s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }'
jq -r 'select(.type == "advice" and .method != null) | .method' \
    "$DEMO/advice.jsonl" | sort | uniq -c |
    awk '{ printf "%s needs from %s estimates\n", $1, $2 }'
jq -r 'select(.type == "advice" and .rank == null) | .name' \
    "$DEMO/advice.jsonl" | sort -u | paste -sd, - |
    sed 's/^./need unknown in: &/;s/,/, /g'
echo
echo "== council-advise: the policy note against the council's principles =="
council-advise --proposal policy-note.yaml areas.jsonl "$registry" \
    "$DEMO/accounts.jsonl" "$DEMO/isolation.jsonl" |
    jq -r 'select(.type == "assessment") |
        "\(.verdict)\t\(.measure)\t+\(.served | join(","))\t-\(.breached | join(","))"' |
    awk -F'\t' '{ printf "%-24s %-28s %s %s\n", $1, $2, $3, $4 }'
: > "$DEMO/scenarios.jsonl"
if [ -f requests.jsonl ] && [ -f votes.jsonl ]; then
	echo
	echo "== council-advise: the budget rules at three budgets (examples/scenarios) =="
	./scenarios areas.jsonl "$registry" "$DEMO/isolation.jsonl" \
	    requests.jsonl votes.jsonl
	for rule in need equal-shares; do
		council-advise --budget 250000 --rule "$rule" areas.jsonl \
		    "$registry" "$DEMO/isolation.jsonl" requests.jsonl \
		    votes.jsonl | grep '"type":"scenario"'
	done > "$DEMO/scenarios.jsonl"
fi
echo
echo "== council-advise: the advice letter to the College (Markdown, Dutch) =="
SAMEN_TODAY=2026-11-23 council-advise --proposal policy-note.yaml \
    --letter-config letter.yaml \
    --format letter --lang nl areas.jsonl "$registry" \
    "$DEMO/accounts.jsonl" "$DEMO/isolation.jsonl" "$DEMO/scenarios.jsonl" |
    tee "$DEMO/advies.md"
