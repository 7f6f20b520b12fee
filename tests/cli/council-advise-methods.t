Model-based estimates (isolation-estimate, issue 11) go into the advice as
direct ones do.  From 400 made-up respondents, the Fay-Herriot model gives
every neighbourhood of the example a share, so every area has a need, and
each advice record says the method its need comes from:

  $ tools=$TESTDIR/../../build/tools
  $ areas=$TESTDIR/../../examples/areas.jsonl
  $ "$tools/gen-survey" --responses 400 --seed 25 | isolation-score --partial | isolation-estimate --covariates share_65_plus,share_single_households,income_index $areas - > estimates.jsonl
  $ council-advise estimates.jsonl | jq -r 'select(.type == "advice") | [.method, .need_basis, (.need != null)] | @tsv' | sort | uniq -c
       36 fay-herriot	population	true

The reasons say so, in both languages, and say where the ranking between
two neighbouring priorities is uncertain:

  $ council-advise estimates.jsonl | jq -r 'select(.type == "advice" and .rank == 2) | .reasons[]' | grep -E 'model|ranking'
  The share is a model-based estimate (Fay-Herriot): the 44 respondents here, with what the neighbourhood figures predict.
  The ranking against group isolation in Oosterveld-Zuid (priority 1) is uncertain: their intervals overlap by more than half.
  The ranking against group isolation in Stationsbuurt (priority 3) is uncertain: their intervals overlap by more than half.
  $ council-advise --lang nl estimates.jsonl | jq -r 'select(.type == "advice" and .rank == 2) | .reasons[]' | grep -E 'model|rangorde'
  Het aandeel is een modelschatting (Fay-Herriot): de 44 respondenten hier, aangevuld met wat de buurtcijfers voorspellen.
  De rangorde ten opzichte van groepsisolement in Oosterveld-Zuid (prioriteit 1) is onzeker: hun intervallen overlappen voor meer dan de helft.
  De rangorde ten opzichte van groepsisolement in Stationsbuurt (prioriteit 3) is onzeker: hun intervallen overlappen voor meer dan de helft.

isolation-score's summaries have no method: they are direct.

  $ D=$TESTDIR/data/council-advise
  $ council-advise $D/small.jsonl 2>/dev/null | jq -r 'select(.type == "advice") | .method' | sort | uniq -c
        8 direct
        4 null

Ranks are uncertain where the gaps' intervals of neighbouring ranks overlap
by more than half the narrower one:

  $ council-advise estimates.jsonl | jq -c 'select(.type == "advice" and .rank != null and .rank <= 4) | [.rank, .need_low - .supply, .need_high - .supply, .rank_uncertain]' | sort -n -t, -k1.2
  [1,1155,2294,true]
  [2,1125,2279,true]
  [3,863,1753,true]
  [4,629,1716,true]

A survey area that no area record knows (a mistyped code) is a warning
naming the closest known one:

  $ sed 's/"area":"BU99010104"/"area":"BU99010174"/' estimates.jsonl | grep -v '"type":"area"' > typo.jsonl
  $ grep '"type":"area"' estimates.jsonl | cat - typo.jsonl | council-advise > /dev/null
  council-advise: BU99010174: survey results for an area that no area record knows (did you mean BU99010104?); its need is counted in respondents
  council-advise: 33 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which

Needs counted in residents beside needs counted in respondents are a
warning; need_basis marks each:

  $ council-advise $D/small.jsonl | jq -r 'select(.type == "advice" and .need != null) | .need_basis' | sort | uniq -c
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
        5 population
        3 weighted-count

A missing operand writes no advice at all (exit 2), not a partial one:

  $ council-advise estimates.jsonl no-such.jsonl | jq -c 'select(.type == "advice")' | wc -l
  council-advise: no-such.jsonl: No such file or directory
  council-advise: no advice written: an operand could not be read
  0
  $ council-advise estimates.jsonl no-such.jsonl > /dev/null
  council-advise: no-such.jsonl: No such file or directory
  council-advise: no advice written: an operand could not be read
  [2]

Supply, gap and coverage print in their shortest form, and coverage comes
from the unrounded supply: 10 places shared over three areas is 3.3 each,
and 3.333... of a need of 10 covers 0.333:

  $ cat > thirds.jsonl <<'X'
  > {"type":"area","area":"BU99010101","population":100}
  > {"type":"isolation","area":"BU99010101","n":50,"weight_sum":50,"suppressed":false,"shares":{"group":{"share":0.1,"low":0.05,"high":0.2,"n":50}}}
  > {"type":"initiative","id":"werk","name":"Werk","kind":"neighbourhood-business","areas":["BU99010101","BU99010102","BU99010103"],"capacity":10}
  > X
  $ council-advise thirds.jsonl | jq -c 'select(.form == "group") | [.supply, .gap, .coverage]'
  [3.3,6.7,0.333]

A run with no record of council-advise's types warns:

  $ echo '{"type":"ledger","initiative":"x"}' | council-advise
  {"type":"ledger","initiative":"x"}
  council-advise: read 1 record, none of type isolation|area|initiative|account|proposal|scenario (is this the input meant for council-advise?)
