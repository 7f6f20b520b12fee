# Step 25: a share for every neighbourhood from a small survey.  A real
# health monitor has 10 to 40 respondents a neighbourhood; here 400 made-up
# ones (tests/tools/gen-survey --responses 400) go through isolation-score
# --partial and isolation-estimate, which borrows strength from the
# covariates in areas.jsonl (made up as well) with the Fay-Herriot model.
echo
echo "== isolation-estimate: group isolation from 400 respondents (made up) =="
"$TOOLS/gen-survey" --responses 400 --seed 25 > "$DEMO/small-survey.jsonl"
isolation-score --partial "$DEMO/small-survey.jsonl" |
    isolation-estimate --covariates share_65_plus,share_single_households,income_index \
        areas.jsonl - > "$DEMO/estimates.jsonl"
jq -r 'select(.type == "isolation_model") |
    "\(.indicator): sigma2_u \(.sigma2_u * 1e5 | round / 1e5), \(.areas_in_sample) areas, \(.iterations) steps of Fisher scoring"' \
    "$DEMO/estimates.jsonl"
printf '%-11s %-17s %4s %8s %8s %8s  %s\n' area name n direct model gamma \
    '95% interval (model)'
jq -rs '(map(select(.type == "area") | {(.area): .name}) | add) as $names
    | .[] | select(.type == "isolation")
    | def pct: if . == null then "-" else (. * 1000 | round / 10 | tostring) + "%" end;
      .shares.group as $s
    | [.area, $names[.area], .n, ($s.direct | pct), ($s.share | pct),
       ($s.gamma * 100 | round / 100), ($s.low | pct) + " .. " + ($s.high | pct)]
    | @tsv' "$DEMO/estimates.jsonl" |
    awk -F'\t' '{ printf "%-11s %-17s %4s %8s %8s %8s  %s\n", $1, $2, $3, $4, $5, $6, $7 }'
echo "(gamma is the weight of a neighbourhood's own respondents; where sigma2_u"
echo "is 0 the covariates explain all the survey can see and gamma is 0)"
