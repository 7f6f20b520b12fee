isolation-estimate: bad area records are rejected with a message naming
the area and the covariate, and counted (exit 1); every valid record still
counts.  An area whose record was rejected has no record: its partials
are estimated directly only, with a warning.

  $ tools=$(dirname "$(command -v isolation-score)")/../tools
  $ cp $TESTDIR/data/isolation-estimate/areas.jsonl .
  $ "$tools/gen-survey" --responses 400 --seed 3 | isolation-score --partial > partials.jsonl
  $ isolation-estimate --covariates old,single areas.jsonl partials.jsonl > est.jsonl
  isolation-estimate: areas.jsonl:4: BU99010103: covariate old is missing; every area of the model needs it as a number
  isolation-estimate: areas.jsonl:5: BU99010104: covariate old is not a number; write it as one, such as 0.25
  isolation-estimate: areas.jsonl:13: a second area record for BU99010302
  isolation-estimate: areas.jsonl:14: area: not a CBS area code; write a CBS area code (GM and 4 digits, WK and 6, or BU and 8)
  isolation-estimate: BU99010103: isolation_partial records but no area record: estimated directly only (method direct)
  isolation-estimate: BU99010104: isolation_partial records but no area record: estimated directly only (method direct)
  [1]
  $ jq -c 'select(.type == "isolation_model") | [.indicator, .areas_in_sample, .areas_out_of_sample, .areas_direct_only]' est.jsonl
  ["societal",10,0,2]
  ["group",10,0,2]
  ["individual",10,0,2]
  $ jq -c 'select(.type == "isolation") | [.area, .method, .shares.individual.gamma]' est.jsonl | sed -n '3,4p'
  ["BU99010103","direct",null]
  ["BU99010104","direct",null]

A covariate cannot be infinite or NaN in JSON; such a line is rejected as
invalid JSON before it is read as an area:

  $ printf '%s\n' '{"type":"area","area":"BU99010101","old":1e999,"single":0.4}' '{"type":"area","area":"BU99010102","old":NaN,"single":0.4}' |
  >   isolation-estimate --covariates old,single - partials.jsonl 2>&1 >/dev/null | grep -v 'no area record'
  isolation-estimate: <stdin>:1:46: invalid JSON: real number overflow near '1e999'
  isolation-estimate: <stdin>:2:44: invalid JSON: invalid token near 'NaN'
  isolation-estimate: societal: 0 areas in the sample (with respondents and an area record), fewer than the 4 that an intercept and 2 covariates need; use fewer covariates or a coarser --level; nothing estimated

--rejects keeps the rejected lines with their errors; --strict stops at
the first (and writes no estimate):

  $ isolation-estimate --covariates old,single --rejects rej.jsonl areas.jsonl partials.jsonl > /dev/null 2>&1; echo $?
  1
  $ jq -c '[.line, .error]' rej.jsonl
  [4,"BU99010103: covariate old is missing; every area of the model needs it as a number"]
  [5,"BU99010104: covariate old is not a number; write it as one, such as 0.25"]
  [13,"a second area record for BU99010302"]
  [14,"area: not a CBS area code; write a CBS area code (GM and 4 digits, WK and 6, or BU and 8)"]
  $ isolation-estimate --strict --covariates old,single areas.jsonl partials.jsonl | grep -c '"type":"isolation"'
  isolation-estimate: areas.jsonl:4: BU99010103: covariate old is missing; every area of the model needs it as a number
  0
  [1]

Whole-model failures stop the run with exit 2 and no estimate at all (the
area records that came before have passed through): a
covariate constant over the areas, one collinear with the others (young
is 1 - old), fewer areas than parameters + 1, a fit that does not
converge, an indicator nobody has a known value of, --benchmark without
populations:

  $ sed -n '1,3p;6,12p;15p' areas.jsonl > good.jsonl
  $ isolation-estimate --covariates old,flat good.jsonl partials.jsonl > out.jsonl; echo $?; grep -c '"type":"isolation' out.jsonl || :
  isolation-estimate: societal: covariate flat is 1 in every area of the sample: it says nothing the intercept does not; leave it out; nothing estimated
  2
  0
  $ isolation-estimate --covariates old,single,young good.jsonl partials.jsonl > out.jsonl; echo $?; grep -c '"type":"isolation' out.jsonl || :
  isolation-estimate: societal: covariate young is collinear with the intercept and the covariates before it (X'V^-1X is singular); leave it, or one of those, out; nothing estimated
  2
  0
  $ head -n 4 good.jsonl | isolation-estimate --covariates old,single,income - partials.jsonl 2>&1 >/dev/null | grep -v 'no area record'
  isolation-estimate: societal: 3 areas in the sample (with respondents and an area record), fewer than the 5 that an intercept and 3 covariates need; use fewer covariates or a coarser --level; nothing estimated
  $ isolation-estimate --max-iterations 1 --indicators group --covariates old good.jsonl partials.jsonl > out.jsonl; echo $?; grep -c '"type":"isolation' out.jsonl || :
  isolation-estimate: group: REML did not converge within --max-iterations 1; give it more, try --method ml, or use fewer covariates; nothing estimated
  2
  0
  $ "$tools/gen-sae" --areas 20 > sae.jsonl
  $ isolation-score --partial sae.jsonl | isolation-estimate --indicators lonely > /dev/null
  isolation-estimate: lonely: no respondent has a known value, so there is nothing to estimate; nothing estimated
  [2]
  $ isolation-estimate --benchmark --covariates old good.jsonl partials.jsonl > /dev/null
  isolation-estimate: --benchmark needs the population of every area, and BU9901039A has none; nothing estimated
  [2]

Partials that are damaged, or coarser than --level, are rejected:

  $ head -n 1 partials.jsonl | sed 's/"w":"[0-9a-f]*"/"w":"x"/' | isolation-estimate good.jsonl - > /dev/null
  isolation-estimate: <stdin>:1: not an isolation_partial record as isolation-score --partial writes it
  isolation-estimate: no isolation_partial records to estimate from; make them with isolation-score --partial; nothing estimated
  [2]
  $ "$tools/gen-survey" --responses 50 | isolation-score --partial --level wijk | isolation-estimate good.jsonl - > /dev/null
  isolation-estimate: <stdin>:1: WK990101 is a wijk, coarser than the buurt asked for; give --level wijk
  isolation-estimate: <stdin>:2: WK990102 is a wijk, coarser than the buurt asked for; give --level wijk
  isolation-estimate: <stdin>:3: WK990103 is a wijk, coarser than the buurt asked for; give --level wijk
  isolation-estimate: no isolation_partial records to estimate from; make them with isolation-score --partial; nothing estimated
  [2]

Partials made with other settings than the first one taken (another
--config or --weight of isolation-score) are rejected, naming the
setting: an estimate from mixed rules would be no estimate at all:

  $ printf 'lsns:\n  at_risk_below: 10\n' > lsns.yaml
  $ "$tools/gen-survey" --responses 50 --seed 4 | isolation-score --partial --config lsns.yaml > other.jsonl
  $ isolation-estimate good.jsonl partials.jsonl other.jsonl 2>&1 >/dev/null | sed -n 1p
  isolation-estimate: other.jsonl:1: a partial made with other settings: lsns.at_risk_below is 10 in the partial and 12 in the first partial; make every partial with the same --config and --weight

Usage errors: an unknown indicator (with a suggestion), method or level,
the same covariate twice:

  $ isolation-estimate --indicators individul < /dev/null
  isolation-estimate: --indicators 'individul': unknown indicator (did you mean 'individual'?)
  Try 'isolation-estimate --help' for more information.
  [2]
  $ isolation-estimate --method bayes < /dev/null
  isolation-estimate: --method 'bayes': not reml or ml
  Try 'isolation-estimate --help' for more information.
  [2]
  $ isolation-estimate --level province < /dev/null
  isolation-estimate: --level 'province': not buurt, wijk or gemeente
  Try 'isolation-estimate --help' for more information.
  [2]
  $ isolation-estimate --covariates old,old < /dev/null
  isolation-estimate: --covariates: old twice
  Try 'isolation-estimate --help' for more information.
  [2]
  $ isolation-estimate --covariates old,,single < /dev/null
  isolation-estimate: --covariates 'old,,single': an empty name; separate names by single commas
  Try 'isolation-estimate --help' for more information.
  [2]
