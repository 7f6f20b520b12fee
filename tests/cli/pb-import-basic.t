pb-import: a .pb file (CRLF lines, quoted fields with doubled quotes,
lists inside fields, a budget per category) becomes one budget record,
one request per project and one vote per voter, in file order.

  $ pb-import $TESTDIR/data/pb-import/small.pb
  {"type":"budget","description":"Proefbudget \"Lindewaarde\"","unit":"Lindewaarde","instance":"2026","num_projects":3,"num_votes":3,"budget":"1000.00","rule":"greedy","categories":["groen","ontmoeting"],"budget_per_category":{"groen":"600.00","ontmoeting":"400.00"}}
  {"type":"request","id":"1","name":"Bankjes; \"samen\" zitten","amount":"500.00","votes":2,"categories":["groen"],"selected":true}
  {"type":"request","id":"2","name":"Buurtsoep","amount":"450.50","votes":2,"categories":["ontmoeting"],"selected":true}
  {"type":"request","id":"3","name":"Moestuin","amount":"300.00","votes":1,"categories":["groen"],"selected":false}
  {"type":"vote","voter":"v1","approved":["1","2"],"area":"Oost"}
  {"type":"vote","voter":"v2","approved":["2","3","1"],"area":"West"}
  {"type":"vote","voter":"v3","approved":["3"],"area":"Oost"}

Standard input and '-' are read alike.

  $ pb-import < $TESTDIR/data/pb-import/small.pb | wc -l
  7
  $ pb-import - < $TESTDIR/data/pb-import/small.pb | tail -n 1
  {"type":"vote","voter":"v3","approved":["3"],"area":"Oost"}

The real files: Assen 2024 has 14 projects and 84 voters, 9 of the
projects selected.

  $ pb-import $SHARED/testdata/pabulib/Netherlands_Assen_2024.pb > assen.jsonl
  $ grep -c '"type":"request"' assen.jsonl
  14
  $ grep -c '"type":"vote"' assen.jsonl
  84
  $ grep -c '"selected":true' assen.jsonl
  9
  $ head -c 120 assen.jsonl; echo
  {"type":"budget","description":"Assen Top Idee","country":"Netherlands","unit":"Assen","instance":"2024","num_projects":
