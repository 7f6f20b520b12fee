isolation-score: each response gets an "isolation" object, put before the
record's closing brace; other records pass through unchanged, in order.

  $ d=$TESTDIR/data/isolation-score
  $ isolation-score $d/small.jsonl > out.jsonl; echo $?
  0
  $ head -n 1 out.jsonl
  {"type":"area","area":"BU99010101","name":"Oude Kern","population":2140}
  $ grep -c '"isolation":{"djg"' out.jsonl
  8

The manual's worked cases: all yes (emotional 6, social 0, total 6,
moderate), all no (0, 5, 5), all more or less (11, very severe), the ideal
pattern (0), the short form all more or less (6, severe, here as codes):

  $ grep -o '"id":"[a-z-]*"\|"isolation":{"djg":{[^}]*}' out.jsonl | paste -d' ' - - | sed -n 1,5p
  "id":"all-yes" "isolation":{"djg":{"items":11,"score":6,"emotional":6,"social":0,"missing":0,"level":"moderate"}
  "id":"all-no" "isolation":{"djg":{"items":11,"score":5,"emotional":0,"social":5,"missing":0,"level":"moderate"}
  "id":"all-mol" "isolation":{"djg":{"items":11,"score":11,"emotional":6,"social":5,"missing":0,"level":"very-severe"}
  "id":"ideal" "isolation":{"djg":{"items":11,"score":0,"emotional":0,"social":0,"missing":0,"level":"not-lonely"}
  "id":"short" "isolation":{"djg":{"items":6,"score":6,"emotional":3,"social":3,"missing":0,"level":"severe"}

LSNS-6 at 11 is at risk, at 12 not; a missing item leaves the total
unknown but not the other subscale:

  $ grep -o '"lsns":{[^}]*}' out.jsonl
  "lsns":{"score":11,"family":6,"friends":5,"at_risk":true}
  "lsns":{"score":12,"family":6,"friends":6,"at_risk":false}
  "lsns":{"score":1,"family":1,"friends":0,"at_risk":true}
  "lsns":{"score":30,"family":15,"friends":15,"at_risk":false}
  "lsns":{"score":null,"family":null,"friends":3,"at_risk":null}

The participation ladder, given or from the fields (a missing field above
the highest step shown leaves it unknown), the forms, the primary form and
what answers it:

  $ grep -o '"id":"[a-z-]*"\|"ladder":[0-9n][a-z]*,"forms".*' out.jsonl | paste -d' ' - -
  "id":"all-yes" "ladder":1,"forms":{"societal":true,"group":true,"individual":true},"any_form":true,"primary":"individual","severity":"persistent","response":"warm-place"}}
  "id":"all-no" "ladder":2,"forms":{"societal":true,"group":false,"individual":false},"any_form":true,"primary":"societal","severity":"persistent","response":"environment-initiative"}}
  "id":"all-mol" "ladder":6,"forms":{"societal":false,"group":null,"individual":true},"any_form":true,"primary":"individual","severity":"severe","response":"warm-place"}}
  "id":"ideal" "ladder":5,"forms":{"societal":false,"group":false,"individual":false},"any_form":false,"primary":null,"severity":"none","response":null}}
  "id":"short" "ladder":4,"forms":{"societal":false,"group":null,"individual":null},"any_form":null,"primary":null,"severity":"severe","response":null}}
  "id":"five-point" "ladder":null,"forms":{"societal":null,"group":null,"individual":null},"any_form":null,"primary":null,"severity":"persistent","response":null}}
  "id":"again" "ladder":null,"forms":{"societal":null,"group":null,"individual":null},"any_form":null,"primary":null,"severity":null,"response":null}}
  "id":"empty" "ladder":null,"forms":{"societal":null,"group":null,"individual":null},"any_form":null,"primary":null,"severity":null,"response":null}}

A record that already has an "isolation" field (here twice, with spaces)
comes out with exactly one, the new one:

  $ grep '"id":"again"' out.jsonl
  {"type":"response","id":"again","area":"BU99010202","djg":null,"isolation":{"djg":null,"emotionally_lonely":null,"socially_lonely":null,"lsns":null,"ladder":null,"forms":{"societal":null,"group":null,"individual":null},"any_form":null,"primary":null,"severity":null,"response":null}}

Standard input, blank lines, and a record of only spaces around its
members:

  $ printf '\n  \n{ "id" : "x" , "ladder" : 3 }  \n' | isolation-score
  { "id" : "x" , "ladder" : 3 ,"isolation":{"djg":null,"emotionally_lonely":null,"socially_lonely":null,"lsns":null,"ladder":3,"forms":{"societal":false,"group":null,"individual":null},"any_form":null,"primary":null,"severity":null,"response":null}}
