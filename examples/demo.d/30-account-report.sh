# Step 30: the initiatives account to their participants.  A year of ledger
# events (examples/ledger.jsonl, made by tests/tools/gen-ledger) with the
# registry for names and ownership; October 2026 as text for three of
# them: one that does well, one that missed its goal in spring and
# adjusted, one that never holds a meeting.
echo
echo "== account-report: October 2026, three initiatives =="
registry=$DEMO/registry.jsonl
[ -f "$registry" ] || registry=/dev/null
account-report --month 2026-10 --format text \
    --initiative koffie-uurtje-oude-kern \
    --initiative maatjesproject-oosterveld \
    --initiative inloop-havenkerk "$registry" ledger.jsonl
echo
echo "== account-report: the same month for all twenty, as one Dutch web page =="
SAMEN_TODAY=2026-11-01 monthly-report -l nl "$DEMO" "$registry" areas.jsonl ledger.jsonl
ls "$DEMO"/*.html | sed "s|$DEMO/||"
