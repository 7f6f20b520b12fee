survey-import turns a survey file into response records, through a map that
names the variable of each field.  The example survey of Lindewaarde (made
up) is an SPSS file written by GNU PSPP, with value labels in Dutch:

  $ E=$TESTDIR/../../examples
  $ survey-import --map $E/survey-map.yaml $E/survey-lindewaarde.sav > sav.jsonl
  $ wc -l < sav.jsonl
  600
  $ head -n 1 sav.jsonl
  {"type":"response","id":"1","area":"BU99010201","weight":1.3,"djg":["yes","no","no","no","no","no","yes","yes","no","no","yes"],"lsns":[5,1,5,5,0,4],"ladder":null,"paid_work":"regular","unpaid_work":true,"organised_activity":true,"contact_outside_home":true,"contacts":"mixed"}
  $ sed -n 4p sav.jsonl
  {"type":"response","id":"4","area":"BU99010301","weight":1.48,"djg":["no","yes","no","yes","no","no","more or less","no","no","more or less","no"],"lsns":[1,1,1,0,1,1],"ladder":4,"paid_work":null,"unpaid_work":null,"organised_activity":null,"contact_outside_home":null,"contacts":null}

The answers go by the file's labels (ja, min of meer, nee; geen, één, ...),
not by its codes: the survey codes "ja" as 1, samen's own code 1 is "no".
Code 9, "weet niet", is declared missing in the file and becomes null:

  $ survey-import --describe $E/survey-lindewaarde.sav | sed -n '4,9p;/^lsns1/,/^lsns2/p'
  djg1	number	Er is altijd wel iemand in mijn omgeving bij wie ik met mijn dagelijkse probleempjes terecht kan	missing: 9
  	1 = ja
  	2 = min of meer
  	3 = nee
  	9 = weet niet
  djg2	number	Ik mis een echt goede vriend of vriendin	missing: 9
  lsns1	number	Hoeveel familieleden ziet of spreekt u minstens eens per maand?	missing: 9
  	0 = geen
  	1 = één
  	2 = twee
  	3 = drie of vier
  	4 = vijf tot acht
  	5 = negen of meer
  	9 = weet niet
  lsns2	number	Met hoeveel familieleden kunt u over persoonlijke zaken praten?	missing: 9

The same survey exported by PSPP as CSV, with the labels as text, decimal
commas and semicolons, gives the very same responses; its "weet niet" is a
label of no answer:

  $ survey-import --map $E/survey-map.yaml $E/survey-lindewaarde.csv | cmp - sav.jsonl && echo same
  same
  $ grep -o 'weet niet' $E/survey-lindewaarde.csv | wc -l
  209
  $ jq -s '[.[] | (.djg // []) + (.lsns // []) | .[] | select(. == null)] | length' sav.jsonl
  514

The responses score as responses do:

  $ isolation-score sav.jsonl | head -n 1 | jq -c '.isolation | [.djg.score, .lsns.score, .ladder, .primary]'
  [1,20,6,null]
  $ survey-import --map $E/survey-map.yaml $E/survey-lindewaarde.sav |
  >     isolation-score --by area --min-n 30 | jq -r 'select(.area == "BU99010101") | [.n, .suppressed] | @tsv'
  56	false

--template writes a first map, each line a guess from the variables' names
and labels, marked for review:

  $ survey-import --template $E/survey-lindewaarde.sav | head -n 6
  # survey-import map: guessed from the file's variables and labels.
  # Check every line; see survey-import(1).
  id: respnr    # review: Respondentnummer
  area: buurt    # review: Buurtcode (CBS)
  weight: weegfactor    # review: Weegfactor
  djg:
  $ survey-import --template $E/survey-lindewaarde.sav | grep -c review
  26

With no file, survey-import reads a CSV on standard input:

  $ printf 'nr,bu,d\n1,BU99010101,ja\n' > one.csv
  $ printf 'id: nr\narea: bu\nunpaid_work: d\n' > one.yaml
  $ survey-import --map one.yaml < one.csv
  {"type":"response","id":"1","area":"BU99010101","unpaid_work":true}
