pb-import into council-advise: the official winners of Assen's Top Idee
2024 and 2025 (the selected column), chosen by the Method of Equal Shares
with Add1, come out again with no other input, the budget taken from the
budget record.

  $ for y in 2024 2025; do
  >   pb-import $SHARED/testdata/pabulib/Netherlands_Assen_$y.pb > assen.jsonl
  >   grep '"selected":true' assen.jsonl | grep -o '"id":"[0-9]*"' | sort > official
  >   council-advise --rule equal-shares assen.jsonl | grep '"type":"allocation"' |
  >     grep -o '"request":"[0-9]*"' | sed 's/request/id/' | sort > ours
  >   echo "$y: $(wc -l < official) official, $(wc -l < ours) ours"
  >   cmp official ours && echo same
  > done
  2024: 9 official, 9 ours
  same
  2025: 13 official, 13 ours
  same

The scenario of 2024: the rule used 76,700 of 100,000 euros, the Add1
completion raised each voter's share 843 euros above floor(100000 / 84),
and 79 of the 84 voters approve a winner.  Need metrics are null: a
Pabulib file has no need data.

  $ pb-import $SHARED/testdata/pabulib/Netherlands_Assen_2024.pb |
  >   council-advise --rule equal-shares | grep '"type":"scenario"' |
  >   grep -o '"used":"[0-9.]*"\|"add1_steps":[0-9]*\|"voters_served":[0-9.]*\|"need_covered":null'
  "used":"76700.00"
  "voters_served":0.9405
  "add1_steps":843
  "need_covered":null
