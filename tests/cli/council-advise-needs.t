Needs against supply on a case worked out by hand.  Oude Kern has 1000
residents: 10% in societal isolation is a need of 100, against 40 places of
Zorgcoop Kern (whose latest account fails, so it is flagged): coverage 0.4,
gap 60.  Individual isolation: 200 against 30 + 30 (Inloop Markt en Kern
shares its 60 places with Marktkwartier): gap 140, the first priority.
Oosterveld-Noord has no population, so need is the weighted count: 20% of
75 is 15.  Oosterveld-Zuid's summary is suppressed: unknown need, never 0.

  $ D=$TESTDIR/data/council-advise
  $ council-advise $D/small.jsonl | jq -c 'select(.type == "advice") | [.area, .form, .need, .need_basis, .supply, .coverage, .gap, .rank, .action, .flagged, .nearby]'
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  ["BU99010101","societal",100,"population",40,0.4,60,2,"support",["zorgcoop-kern"],["bewonersgroep-markt"]]
  ["BU99010101","group",50,"population",0,0,50,3,"start",[],[]]
  ["BU99010101","individual",200,"population",60,0.3,140,1,"support",[],[]]
  ["BU99010102","societal",160,"population",200,1.25,0,8,"maintain",[],["zorgcoop-kern"]]
  ["BU99010102","group",40,"population",0,0,40,4,"start",[],[]]
  ["BU99010102","individual",null,"not-measured",30,null,null,null,"measure",[],["koffie-oude-kern"]]
  ["BU99010201","societal",15,"weighted-count",0,0,15,5,"start",[],[]]
  ["BU99010201","group",3,"weighted-count",0,0,3,7,"connect",[],["buurtbedrijf-oosterveld"]]
  ["BU99010201","individual",6,"weighted-count",0,0,6,6,"start",[],[]]
  ["BU99010202","societal",null,"suppressed",0,null,null,null,"measure",[],[]]
  ["BU99010202","group",null,"suppressed",20,null,null,null,"measure",[],[]]
  ["BU99010202","individual",null,"suppressed",0,null,null,null,"measure",[],[]]

One whole record, and the record of another type passing through first:

  $ council-advise $D/small.jsonl | head -n 2
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  {"type":"ledger","initiative":"zorgcoop-kern","date":"2026-10-03","event":"hours","hours":2,"by":"volunteer"}
  {"type":"advice","area":"BU99010101","name":"Oude Kern","form":"societal","response":"environment-initiative","population":1000,"share":0.1,"need":100,"need_low":60,"need_high":160,"need_basis":"population","method":"direct","supply":40,"coverage":0.4,"gap":60,"rank":2,"rank_uncertain":true,"action":"support","kinds":["care-cooperative"],"initiatives":["zorgcoop-kern"],"flagged":["zorgcoop-kern"],"nearby":["bewonersgroep-markt"],"reasons":["Of the 1,000 residents, about 100 (10%) live in societal isolation; the 95% confidence interval of the share runs from 6% to 16%.","The share is the survey's direct estimate, from the 120 respondents here.","Zorgcoop Kern has room here for 40 participants a week.","Zorgcoop Kern has held no meeting in the last twelve months at which its participants approved the accounts; we advise you to tie any support to a meeting where they do.","That covers 40% of the need, leaving a gap of about 60 residents (priority 2 of the 8 combinations of area and form with a known need).","The ranking against group isolation in Oude Kern (priority 3) is uncertain: their intervals overlap by more than half.","We advise you to support Zorgcoop Kern to grow by about 20 places, half of what it offers here now.","For the rest, some 40 residents, new initiatives are needed, such as a resident group, care cooperative, resident enterprise, energy cooperative or food initiative."]}

The reasons in Dutch:

  $ council-advise --lang nl $D/small.jsonl | jq -r 'select(.type == "advice" and .rank == 7) | .reasons[]'
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  Er is geen inwonertal bekend; van de 75 respondenten (gewogen) leven er 3 in groepsisolement (4%).
  Het aandeel is de directe schatting van de enquête, uit de 80 respondenten hier.
  Er is in dit gebied geen mild werkverband.
  Dat dekt 0% van de behoefte; er blijft een gat van 3 inwoners (prioriteit 7 van de 8 combinaties van gebied en vorm met een bekende behoefte).
  De rangorde ten opzichte van individueel isolement in Oosterveld-Noord (prioriteit 6) is onzeker: hun intervallen overlappen voor meer dan de helft.
  De rangorde ten opzichte van maatschappelijk isolement in Marktkwartier (prioriteit 8) is onzeker: hun intervallen overlappen voor meer dan de helft.
  In de omgeving doet Buurtbedrijf Oosterveld dit werk al: wij adviseren u inwoners ermee in contact te brengen en het te helpen ook dit gebied te bedienen.

A record without a type is an isolation summary (the main input), and the
order of the records does not matter:

  $ grep -v '"isolation"' $D/small.jsonl > rest.jsonl
  $ grep '"isolation"' $D/small.jsonl | sed 's/"type":"isolation",//' > summaries.jsonl
  $ council-advise summaries.jsonl rest.jsonl | grep advice > a.jsonl
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  $ council-advise $D/small.jsonl | grep advice | cmp - a.jsonl
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which

With no isolation summaries at all, every neighbourhood named by an area
record has an unknown need:

  $ grep -v isolation $D/small.jsonl | council-advise | jq -r 'select(.type == "advice") | .need_basis' | sort | uniq -c
       12 no-summary
