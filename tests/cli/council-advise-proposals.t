A policy note's measures against the council's principles.  On the
hand-computed case of council-advise-needs.t: warme-plekken aims at
individual isolation in Oude Kern, which holds 140 of the 314 residents
of the total gap in 1 of the 8 cells of known need: concentration
(140/314)/(1/8) = 3.567, so its money goes where the gap is.

  $ D=$TESTDIR/data/council-advise
  $ council-advise --proposal $D/note.yaml $D/small.jsonl | jq -c 'select(.type == "assessment") | [.measure, .budget, .verdict, .served, .breached, .tension]'
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  ["warme-plekken","40000.00","support",["trust-over-control","collective-self-reliance","integral","reach-the-most-isolated"],[],[]]
  ["aanbesteding","250000.00","advise-against",[],["trust-over-control","collective-self-reliance","bottom-up"],[]]
  ["zorgcoop","15000.50","support-with-conditions",["bottom-up"],[],["accountability-to-participants"]]
  $ council-advise --proposal $D/note.yaml $D/small.jsonl | jq -c 'select(.type == "assessment" and .measure == "warme-plekken") | .principles[] | select(.measured != null) | .measured'
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  {"test":"integral","domains":2}
  {"test":"gap","gap_share":0.446,"cell_share":0.125,"concentration":3.567}
  {"test":"accounts","initiatives":["koffie-oude-kern","inloop-markt-kern"],"failing":[]}
  $ council-advise --proposal $D/note.yaml $D/small.jsonl | jq -r 'select(.type == "assessment" and .measure == "zorgcoop") | .conditions[]'
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  Fund Zorgcoop Kern only after the participants have approved the accounts at a meeting.

The principles in examples/principles.yaml are the built-in ones, written
out for a council to edit: the advice is the same, byte for byte.

  $ council-advise --proposal $D/note.yaml $D/small.jsonl > builtin.jsonl
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  $ council-advise --principles $TESTDIR/../../examples/principles.yaml --proposal $D/note.yaml $D/small.jsonl | cmp - builtin.jsonl
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which

A council with principles of its own; its tags, and only its tags, are the
vocabulary:

  $ echo '{"type":"proposal","id":"p","text":"Buurtkamer","approach":["local"],"areas":["BU99010102"]}' | council-advise --principles $D/principles.yaml --lang nl $D/small.jsonl - | jq -c 'select(.type == "assessment") | [.verdict, .principles[0].effect, .principles[0].measured.concentration, .conditions]'
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  ["support","served",0.51,[]]

Measures from records and from the note together; an id given twice is
rejected:

  $ echo '{"type":"proposal","id":"aanbesteding","text":"Nog eens"}' | council-advise --proposal $D/note.yaml $D/small.jsonl - | grep -c assessment
  council-advise: <stdin>:1: measure 'aanbesteding' is given twice
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  3
  $ echo '{"type":"proposal","id":"extra","text":"Iets erbij","approach":"trust"}' | council-advise --proposal $D/note.yaml $D/small.jsonl - | jq -r 'select(.type == "assessment") | .measure'
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  warme-plekken
  aanbesteding
  zorgcoop
  extra

The example policy note of Lindewaarde reads cleanly:

  $ council-advise --proposal $TESTDIR/../../examples/policy-note.yaml < /dev/null | jq -r '[.measure, .verdict] | @tsv'
  warme-plekken-oosterveld	support
  aanbesteding-dagbesteding	advise-against
  digitaal-maatjesloket	advise-against
  buurtbudget-haven-en-polder	support
  kavel-zorgcooperaties	support
