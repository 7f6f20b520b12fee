samen-table turns records of one type into one flat table: nested fields
become dotted columns, in the order the records hold them, and a column
that only some records have goes where it belongs, so the header is one.
CSV lines end in CR LF, shown here as "\r".

  $ crlf() { sed 's/\r$/\\r/'; }

  $ cat > recs.jsonl <<'X'
  > {"type":"account","initiative":"koffie","period":"2026-10","means":{"income":"1250.00","expenses":"80.50"},"reach":34,"ok":true}
  > {"type":"account","initiative":"moestuin, \"de Hof\"","period":"2026-10","means":{"income":"0.00","expenses":"12.25","balance":"-12.25"},"reach":null,"ok":false,"goals":[{"goal":"meals","progress":0.9}]}
  > {"type":"note","text":"not in the table"}
  > X
  $ samen-table recs.jsonl | crlf
  samen-table: left out 1 record of other types than account (--type picks one)
  initiative,period,means.income,means.expenses,means.balance,reach,ok,goals.1.goal,goals.1.progress\r
  koffie,2026-10,1250.00,80.50,,34,true,,\r
  "moestuin, ""de Hof""",2026-10,0.00,12.25,-12.25,,false,meals,0.9\r
  $ samen-table --tsv --columns initiative,means recs.jsonl
  samen-table: left out 1 record of other types than account (--type picks one)
  initiative	means.income	means.expenses	means.balance
  koffie	1250.00	80.50	
  moestuin, "de Hof"	0.00	12.25	-12.25
  $ samen-table --type note recs.jsonl | crlf
  samen-table: left out 2 records of other types than note (--type picks one)
  text\r
  not in the table\r

--excel-nl writes the CSV that Dutch Excel opens by a double click: a byte
order mark, semicolons, decimal commas:

  $ samen-table --excel-nl --columns initiative,means.income,goals recs.jsonl | od -c | head -n 2
  samen-table: left out 1 record of other types than account (--type picks one)
  0000000 357 273 277   i   n   i   t   i   a   t   i   v   e   ;   m   e
  0000020   a   n   s   .   i   n   c   o   m   e   ;   g   o   a   l   s
  $ samen-table --excel-nl --columns initiative,means.income,goals recs.jsonl | crlf | tail -n 2
  samen-table: left out 1 record of other types than account (--type picks one)
  koffie;1250,00;;\r
  "moestuin, ""de Hof""";0,00;meals;0,9\r

--xlsx writes one sheet named after the type, the header bold and
frozen, numbers as numbers (no "t" attribute in the sheet's XML), money as
numbers in a euro format (style 2), booleans as booleans (t="b"), text as
text (t="s", shared strings):

  $ samen-table --xlsx t.xlsx recs.jsonl 2>/dev/null
  $ unzip -p t.xlsx xl/workbook.xml | grep -o '<sheet [^>]*>'
  <sheet name="account" sheetId="1" r:id="rId1"/>
  $ unzip -p t.xlsx xl/worksheets/sheet1.xml | grep -o '<c r="[A-Z]*2"[^>]*>'
  <c r="A2" t="s">
  <c r="B2" t="s">
  <c r="C2" s="2">
  <c r="D2" s="2">
  <c r="F2">
  <c r="G2" t="b">
  $ unzip -p t.xlsx xl/styles.xml | grep -o 'formatCode="[^"]*"'
  formatCode="€ #,##0.00;€ -#,##0.00"
  $ unzip -p t.xlsx xl/sharedStrings.xml | grep -o '<t>[^<]*</t>' | head -n 4
  <t>initiative</t>
  <t>period</t>
  <t>means.income</t>
  <t>means.expenses</t>

The advice of the example municipality, from its survey, opens as one
clean sheet, one row per area and form:

  $ E=$TESTDIR/../../examples
  $ survey-import --map $E/survey-map.yaml $E/survey-lindewaarde.sav |
  >     isolation-score --by area --min-n 30 > isolation.jsonl
  $ council-advise $E/areas.jsonl isolation.jsonl > advice.jsonl
  $ samen-table --type advice --xlsx advice.xlsx advice.jsonl
  $ unzip -l advice.xlsx | grep -c 'worksheets/sheet'
  1
  $ unzip -p advice.xlsx xl/worksheets/sheet1.xml | grep -o '<dimension ref="[^"]*"'
  <dimension ref="A1:AF37"
  $ jq -c 'select(.type == "advice")' advice.jsonl | wc -l
  36
  $ samen-table --type advice advice.jsonl | crlf | head -n 1
  area,name,form,response,population,share,need,need_low,need_high,need_basis,method,supply,coverage,gap,rank,rank_uncertain,action,kinds.1,kinds.2,kinds.3,kinds.4,kinds.5,initiatives,flagged,nearby,reasons.1,reasons.2,reasons.3,reasons.4,reasons.5,reasons.6,reasons.7\r
  $ samen-table --columns area,n,shares.individual isolation.jsonl | crlf | head -n 3
  area,n,shares.individual.share,shares.individual.low,shares.individual.high,shares.individual.n\r
  BU99010101,56,0.05408095554080955,0.016789622076842457,0.16066511259803465,50\r
  BU99010102,64,0.049408489909533754,0.015742504002613223,0.1445006786377007,56\r

Area records hold their outlines; a table leaves them out, unless
--columns names them, as one cell of GeoJSON:

  $ area-import --cbs $E/cbs-lindewaarde.csv --geojson $E/buurten-lindewaarde.geojson 2>/dev/null > areas.jsonl
  $ samen-table areas.jsonl | crlf | head -n 2
  area,name,level,gemeente,wijk,population\r
  GM9901,Lindewaarde,gemeente,,,31830\r
  $ samen-table --columns area,geometry areas.jsonl | crlf | sed -n 6p | cut -c1-60
  BU99010101,"{""type"":""Polygon"",""coordinates"":[[[150000.

Usage errors: one output at a time, and --columns must name columns:

  $ samen-table --tsv --xlsx x.xlsx recs.jsonl
  samen-table: one of --csv, --tsv and --xlsx FILE
  Try 'samen-table --help' for more information.
  [2]
  $ samen-table --columns nothing recs.jsonl
  samen-table: left out 1 record of other types than account (--type picks one)
  samen-table: --columns: 'nothing' names no column of the account records
  [2]
