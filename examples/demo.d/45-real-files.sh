# Step 45: the same advice from the files a municipality really holds, with
# no jq or Miller: the survey as an SPSS file written by GNU PSPP
# (survey-lindewaarde.sav, from survey-lindewaarde.sps, value labels in
# Dutch), the CBS neighbourhood figures (semicolons, padded codes, "." and
# "x") and the neighbourhood map (GeoJSON in RD New), all made up.  The
# advice leaves as one sheet for Excel.
echo
echo "== survey-import: the SPSS survey of Lindewaarde (made up), as responses =="
survey-import --describe survey-lindewaarde.sav | sed -n '4,8p'
survey-import --map survey-map.yaml survey-lindewaarde.sav \
    > "$DEMO/survey-sav.jsonl"
printf '%s responses; the same from the CSV export: ' \
    "$(wc -l < "$DEMO/survey-sav.jsonl")"
survey-import --map survey-map.yaml survey-lindewaarde.csv |
    cmp - "$DEMO/survey-sav.jsonl" && echo identical
echo
echo "== area-import: CBS figures and the neighbourhood map, as area records =="
area-import --cbs cbs-lindewaarde.csv --columns cbs-columns.yaml \
    --geojson buurten-lindewaarde.geojson > "$DEMO/areas-cbs.jsonl"
samen-table --tsv --columns area,name,population,share_65plus,income_per_person \
    "$DEMO/areas-cbs.jsonl" | head -n 6
echo
echo "== council-advise: from the .sav and the CBS files to the advice =="
registry=$DEMO/registry.jsonl
[ -f "$registry" ] || registry=/dev/null
survey-import --map survey-map.yaml survey-lindewaarde.sav |
    isolation-score --by area --min-n 30 |
    council-advise "$DEMO/areas-cbs.jsonl" "$registry" \
        "$DEMO/accounts.jsonl" - > "$DEMO/advice-files.jsonl"
samen-table --tsv --type advice --columns rank,name,form,need,supply,gap,action \
    "$DEMO/advice-files.jsonl" |
    awk -F'\t' 'NR == 1 || ($1 != "" && $1 <= 8)' | sort -n |
    awk -F'\t' '{ printf "%-4s %-18s %-10s %6s %6s %6s  %s\n", $1, $2, $3, $4, $5, $6, $7 }'
samen-table --type advice --xlsx "$DEMO/advies.xlsx" "$DEMO/advice-files.jsonl"
echo "the advice as one sheet: advies.xlsx, $(wc -c < "$DEMO/advies.xlsx") bytes"
