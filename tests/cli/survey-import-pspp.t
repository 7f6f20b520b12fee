The example survey is written by GNU PSPP from the syntax file beside it:
PSPP writes the same data again, as the .sav and the CSV export kept in
examples/.  (The .sav holds the time it was written, so the files compare
by what survey-import and PSPP read from them.)

  $ E=$TESTDIR/../../examples
  $ cp $E/survey-lindewaarde.sps .
  $ pspp -o /dev/null survey-lindewaarde.sps
  $ cmp survey-lindewaarde.csv $E/survey-lindewaarde.csv && echo same csv
  same csv
  $ survey-import --map $E/survey-map.yaml survey-lindewaarde.sav > new.jsonl
  $ survey-import --map $E/survey-map.yaml $E/survey-lindewaarde.sav | cmp - new.jsonl && echo same responses
  same responses
  $ survey-import --describe survey-lindewaarde.sav > new.txt
  $ survey-import --describe $E/survey-lindewaarde.sav | cmp - new.txt && echo same variables
  same variables
  $ pspp-convert survey-lindewaarde.sav new.csv && pspp-convert $E/survey-lindewaarde.sav old.csv && cmp new.csv old.csv && echo same data
  same data

The fixture of the tests too:

  $ cp $TESTDIR/data/survey-import/small.sps .
  $ pspp -o /dev/null small.sps
  $ cmp small.csv $TESTDIR/data/survey-import/small.csv && echo same csv
  same csv
  $ pspp-convert small.sav a.csv && pspp-convert $TESTDIR/data/survey-import/small.sav b.csv && cmp a.csv b.csv && echo same data
  same data
