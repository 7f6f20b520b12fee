isolation-score --by: one "isolation" summary per group, sorted by key,
instead of the responses; other records still pass through, first.

  $ cp $TESTDIR/data/isolation-score/small.jsonl $TESTDIR/data/isolation-score/strict.yaml .
  $ isolation-score --by area small.jsonl
  isolation-score: small.jsonl:9: area: missing; the groups need it as a string
  {"type":"area","area":"BU99010101","name":"Oude Kern","population":2140}
  {"type":"isolation","area":"BU99010101","n":2,"weight_sum":3.0,"n_eff":1.8,"suppressed":true,"djg_forms":{"11":2,"6":0},"shares":{"lonely":null,"severely_lonely":null,"emotionally_lonely":null,"socially_lonely":null,"societal":null,"group":null,"individual":null,"lsns_at_risk":null,"ladder_1":null,"ladder_2":null,"ladder_3":null,"ladder_4":null,"ladder_5":null,"ladder_6":null}}
  {"type":"isolation","area":"BU99010102","n":2,"weight_sum":1.5,"n_eff":1.8,"suppressed":true,"djg_forms":{"11":2,"6":0},"shares":{"lonely":null,"severely_lonely":null,"emotionally_lonely":null,"socially_lonely":null,"societal":null,"group":null,"individual":null,"lsns_at_risk":null,"ladder_1":null,"ladder_2":null,"ladder_3":null,"ladder_4":null,"ladder_5":null,"ladder_6":null}}
  {"type":"isolation","area":"BU99010201","n":2,"weight_sum":2.0,"n_eff":2.0,"suppressed":true,"djg_forms":{"11":1,"6":1},"shares":{"lonely":null,"severely_lonely":null,"emotionally_lonely":null,"socially_lonely":null,"societal":null,"group":null,"individual":null,"lsns_at_risk":null,"ladder_1":null,"ladder_2":null,"ladder_3":null,"ladder_4":null,"ladder_5":null,"ladder_6":null}}
  {"type":"isolation","area":"BU99010202","n":1,"weight_sum":1.0,"n_eff":1.0,"suppressed":true,"djg_forms":{"11":0,"6":0},"shares":{"lonely":null,"severely_lonely":null,"emotionally_lonely":null,"socially_lonely":null,"societal":null,"group":null,"individual":null,"lsns_at_risk":null,"ladder_1":null,"ladder_2":null,"ladder_3":null,"ladder_4":null,"ladder_5":null,"ladder_6":null}}
  [1]

Every group here is below the default minimum of 50: all shares hidden.
With --min-n 1 they show, each with its 95% Wilson interval on the Kish
effective n of the responses where the indicator is known (n).  In
BU99010101 the weights are 1 and 2: weight_sum 3, n_eff 9/5.

  $ grep -v '"type":"area"' small.jsonl | isolation-score --by area --min-n 1 | head -n 1
  isolation-score: <stdin>:8: area: missing; the groups need it as a string
  {"type":"isolation","area":"BU99010101","n":2,"weight_sum":3.0,"n_eff":1.8,"suppressed":false,"djg_forms":{"11":2,"6":0},"shares":{"lonely":{"share":1.0,"low":0.31906640768114797,"high":1.0,"n":2},"severely_lonely":{"share":0.0,"low":0.0,"high":0.6809335923188521,"n":2},"emotionally_lonely":{"share":0.3333333333333333,"low":0.04160835426122947,"high":0.8520361765117211,"n":2},"socially_lonely":{"share":0.6666666666666666,"low":0.14796382348827877,"high":0.9583916457387704,"n":2},"societal":{"share":1.0,"low":0.31906640768114797,"high":1.0,"n":2},"group":{"share":0.3333333333333333,"low":0.04160835426122947,"high":0.8520361765117211,"n":2},"individual":{"share":0.3333333333333333,"low":0.04160835426122947,"high":0.8520361765117211,"n":2},"lsns_at_risk":{"share":0.3333333333333333,"low":0.04160835426122947,"high":0.8520361765117211,"n":2},"ladder_1":{"share":0.3333333333333333,"low":0.04160835426122947,"high":0.8520361765117211,"n":2},"ladder_2":{"share":0.6666666666666666,"low":0.14796382348827877,"high":0.9583916457387704,"n":2},"ladder_3":{"share":0.0,"low":0.0,"high":0.6809335923188521,"n":2},"ladder_4":{"share":0.0,"low":0.0,"high":0.6809335923188521,"n":2},"ladder_5":{"share":0.0,"low":0.0,"high":0.6809335923188521,"n":2},"ladder_6":{"share":0.0,"low":0.0,"high":0.6809335923188521,"n":2}}}

--level rolls the neighbourhood codes up; --weight names another weight
field (absent: 1):

  $ isolation-score --by area --level wijk --min-n 1 small.jsonl | grep -o '"area":"[A-Z0-9]*","n":[0-9]*,"weight_sum":[0-9.]*,"n_eff":[0-9.]*'
  isolation-score: small.jsonl:9: area: missing; the groups need it as a string
  "area":"WK990101","n":4,"weight_sum":4.5,"n_eff":3.24
  "area":"WK990102","n":3,"weight_sum":3.0,"n_eff":3.0
  $ isolation-score --by area --level gemeente --weight w --min-n 1 small.jsonl | grep -o '"area":"[A-Z0-9]*","n":[0-9]*,"weight_sum":[0-9.]*,"n_eff":[0-9.]*'
  isolation-score: small.jsonl:9: area: missing; the groups need it as a string
  "area":"GM9901","n":7,"weight_sum":7.0,"n_eff":7.0

Any string field groups:

  $ printf '%s\n' '{"sex":"f","ladder":1}' '{"sex":"m","ladder":6}' '{"sex":"f","ladder":2}' | isolation-score --by sex --min-n 2 | grep -o '"sex":"[a-z]","n":[0-9],.*"suppressed":[a-z]*\|"ladder_1":{[^}]*}'
  "sex":"f","n":2,"weight_sum":2.0,"n_eff":2.0,"suppressed":false
  "ladder_1":{"share":0.5,"low":0.09453120573423071,"high":0.9054687942657693,"n":2}
  "sex":"m","n":1,"weight_sum":1.0,"n_eff":1.0,"suppressed":true

--config sets the rules and thresholds (here min_n 2, stricter
loneliness, and group isolation for mixed contacts too); --min-n on the
command line still wins:

  $ isolation-score --config strict.yaml small.jsonl | grep -o '"id":"[a-z-]*"\|"emotionally_lonely":[a-z]*,\|"forms":{[^}]*}' | paste -d' ' - - -
  "id":"all-yes" "emotionally_lonely":true, "forms":{"societal":true,"group":true,"individual":true}
  "id":"all-no" "emotionally_lonely":false, "forms":{"societal":false,"group":true,"individual":true}
  "id":"all-mol" "emotionally_lonely":true, "forms":{"societal":false,"group":null,"individual":true}
  "id":"ideal" "emotionally_lonely":false, "forms":{"societal":false,"group":false,"individual":false}
  "id":"short" "emotionally_lonely":true, "forms":{"societal":false,"group":null,"individual":null}
  "id":"five-point" "emotionally_lonely":null, "forms":{"societal":null,"group":null,"individual":null}
  "id":"again" "emotionally_lonely":null, "forms":{"societal":null,"group":null,"individual":null}
  "id":"empty" "emotionally_lonely":null, "forms":{"societal":null,"group":null,"individual":null}
  $ grep -v '"id":"empty"' small.jsonl | isolation-score --config strict.yaml --by area | grep -o '"area":"[A-Z0-9]*","n":[0-9]*\|"suppressed":[a-z]*'
  "area":"BU99010101","n":2
  "suppressed":false
  "area":"BU99010102","n":2
  "suppressed":false
  "area":"BU99010201","n":2
  "suppressed":false
  "area":"BU99010202","n":1
  "suppressed":true
  $ grep -v '"id":"empty"' small.jsonl | isolation-score --config strict.yaml --min-n 3 --by area | grep -c '"suppressed":true'
  4

The 11-item De Jong Gierveld scale and its 6-item short form each have
their own published cut-offs, and no source equates the two forms'
levels: a summary says how many of its responses answered each form, so
that a share pooling both is never taken for one of a single form
(issue 10).  Responses without the scale count in neither:

  $ printf '%s\n' '{"area":"BU99010101","djg":[1,1,1,1,1,1,1,1,1,1,1]}' \
  >   '{"area":"BU99010101","djg":[3,3,3,3,3,3]}' \
  >   '{"area":"BU99010101","djg":[3,3,3,3,3,3]}' '{"area":"BU99010101","ladder":2}' \
  >   '{"area":"BU99010102","djg":[3,3,3,3,3,3]}' > forms.jsonl
  $ isolation-score --by area --min-n 1 forms.jsonl | jq -c '[.area, .n, .djg_forms, .shares.lonely.n]'
  ["BU99010101",4,{"11":1,"6":2},3]
  ["BU99010102",1,{"11":0,"6":1},1]

The counts travel in the partials and add up in a merge:

  $ (head -n 2 forms.jsonl | isolation-score --partial; tail -n +3 forms.jsonl | isolation-score --partial) | isolation-score --merge --min-n 1 | jq -c '[.area, .djg_forms]'
  ["BU99010101",{"11":1,"6":2}]
  ["BU99010102",{"11":0,"6":1}]
