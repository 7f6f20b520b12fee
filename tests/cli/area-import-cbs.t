area-import turns the CBS neighbourhood figures ("Kerncijfers wijken en
buurten": semicolons, codes padded with spaces, "." for missing and "x"
for secret) into area records: code, name, level, parent codes,
population, and the figures a column map names, under its names.

  $ cp $TESTDIR/data/area-import/* .
  $ E=$TESTDIR/../../examples
  $ cp $E/cbs-lindewaarde.csv $E/cbs-columns.yaml .
  $ area-import --cbs cbs-lindewaarde.csv --columns cbs-columns.yaml > areas.jsonl
  area-import: cbs-lindewaarde.csv: 2 figures missing (.) and 2 secret (x), written as null
  $ wc -l < areas.jsonl
  16
  $ grep BU99010101 areas.jsonl
  {"type":"area","area":"BU99010101","name":"Oude Kern","level":"buurt","gemeente":"GM9901","wijk":"WK990101","population":2140,"share_65plus":0.16,"share_single_households":0.46,"household_size":2.32,"income_per_person":35.1,"share_low_income":0.47}
  $ jq -c 'select(.area == "BU9901039A" or .area == "BU99010303") | [.area, .income_per_person, .share_low_income, .household_size]' areas.jsonl
  ["BU99010303",26.9,null,null]
  ["BU9901039A",null,null,2.27]

The rows of the country (NL..) are no areas and are left out; the records
are those of examples/areas.jsonl, with the figures added:

  $ jq -c "{type, area, name, population}" $E/areas.jsonl > want.jsonl
  $ jq -c "{type, area, name, population}" areas.jsonl | cmp - want.jsonl && echo same
  same

A bad row is rejected with its line, the column and the value; the others
come through (exit 1):

  $ area-import --cbs cbs.csv --columns columns.yaml | jq -c '[.area, .share_65plus, .income_per_person]'
  area-import: cbs.csv:8: p_65_eo_jr: '12a' is not a number, '.' (missing) or 'x' (secret)
  area-import: cbs.csv:9: gwb_code_10: 'BU123' is not a CBS code (GM and 4 digits, WK and 6, BU and 8 characters)
  area-import: cbs.csv:10: recs: 'Wijk' is not the level of code BU99010104 (buurt)
  area-import: cbs.csv: 2 figures missing (.) and 2 secret (x), written as null
  ["GM9901",0.19,31.5]
  ["WK990101",0.17,30.9]
  ["BU99010101",0.16,35.1]
  ["BU99010102",null,null]
  ["BU99010103",null,null]
  ["GM9902",0.22,29.9]
  ["BU99020101",0.22,29.9]

--gemeente keeps one municipality:

  $ area-import --gemeente GM9902 --cbs cbs.csv | jq -r .area
  area-import: cbs.csv:9: gwb_code_10: 'BU123' is not a CBS code (GM and 4 digits, WK and 6, BU and 8 characters)
  GM9902
  BU99020101
  $ area-import --gemeente 9902 --cbs cbs.csv
  area-import: --gemeente '9902': not a municipality's code (GM and 4 digits)
  Try 'area-import --help' for more information.
  [2]

A column the map names that the file lacks stops the run (exit 2), with
the nearest column it has:

  $ printf 'fields:\n  old: p_65_eo_j\n' > typo.yaml
  $ area-import --cbs cbs.csv --columns typo.yaml
  area-import: cbs.csv: fields.old: no column p_65_eo_j (did you mean 'p_65_eo_jr'?)
  [2]
  $ printf 'fields:\n  old: {column: p_65_eo_jr, divide: 0}\n' > zero.yaml
  $ area-import --cbs cbs.csv --columns zero.yaml
  area-import: zero.yaml: fields.old.divide: must be a number other than 0
  [2]
  $ area-import
  area-import: nothing to read: give --cbs FILE, --geojson FILE or both
  Try 'area-import --help' for more information.
  [2]
