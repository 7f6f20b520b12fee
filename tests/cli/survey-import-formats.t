survey-import reads the same survey from SPSS, Stata and CSV files alike:
the five cases of the PSPP fixture, as an SPSS file, as PSPP's CSV export
with labels, as a Stata file (written by ReadStat: Stata has no
user-missing values, so "weet niet" is a plain label there, taken as no
answer), and as CSVs typed by hand in Dutch and English conventions.

  $ cp $TESTDIR/data/survey-import/* .
  $ survey-import --map small-map.yaml small.sav > sav.jsonl 2>/dev/null; echo $?
  1
  $ survey-import --map small-map.yaml small.csv 2>/dev/null | cmp - sav.jsonl && echo same
  same
  $ tools=$(dirname "$(command -v survey-import)")/../tools
  $ "$tools/write-dta" small.dta
  $ survey-import --map small-map.yaml small.dta 2>/dev/null | cmp - sav.jsonl && echo same
  same
  $ survey-import --describe small.dta | sed -n '/^l1/,/^l2/p'
  l1	number
  	0 = geen
  	1 = één
  	2 = twee
  	3 = drie of vier
  	4 = vijf tot acht
  	5 = negen of meer
  	9 = weet niet
  l2	number

The Dutch CSV is Windows-1252 text ("één" in single bytes), with a byte
order mark, semicolons, a decimal comma, a quoted field holding a
semicolon, a padded code and LSNS answers typed as numbers; the English
one has commas, decimal points and English labels.  Both give the
responses of cases 1 and 5:

  $ grep -E '"id":"(1|5)"' sav.jsonl > want.jsonl
  $ survey-import --map small-map.yaml --encoding windows-1252 nl.csv | cmp - want.jsonl && echo same
  same
  $ survey-import --map small-map.yaml en.csv | cmp - want.jsonl && echo same
  same

Without --encoding, the Dutch file's bytes are refused, located, never
guessed:

  $ survey-import --map small-map.yaml nl.csv > /dev/null
  survey-import: nl.csv:2: field 11: not UTF-8 text; if the file is Windows-1252 or Latin-1, say so with --encoding windows-1252
  [1]
