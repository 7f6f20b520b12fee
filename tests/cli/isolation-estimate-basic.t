isolation-estimate gives every neighbourhood of the example municipality
a model-based share of each form of isolation, from a small survey (400
respondents, 10 to 60 a neighbourhood) and the covariates of the area
records.  Area records, and records of other types, pass through; the
partials are consumed; one isolation_model record per indicator comes
first, then one isolation record per area, sorted by code.

  $ tools=$(dirname "$(command -v isolation-score)")/../tools
  $ areas=$TESTDIR/../../examples/areas.jsonl
  $ cov=share_65_plus,share_single_households,income_index
  $ "$tools/gen-survey" --responses 400 --seed 3 | isolation-score --partial > partials.jsonl
  $ wc -l < partials.jsonl
  12
  $ isolation-estimate --covariates $cov $areas partials.jsonl > est.jsonl; echo $?
  0
  $ jq -r .type est.jsonl | uniq -c | sed 's/^ *//'
  16 area
  4 isolation_model
  12 isolation

The fields, exactly:

  $ jq -c 'select(.type == "isolation_model") | keys_unsorted' est.jsonl | uniq
  ["type","indicator","method","level","covariates","beta","beta_se","sigma2_u","iterations","converged","areas_in_sample","areas_out_of_sample","areas_direct_only","clipped","mean_share","benchmark"]
  $ jq -c 'select(.type == "isolation_model") | [.indicator, .method, (.beta | keys_unsorted), (.beta_se | keys_unsorted), .converged, .areas_in_sample, .areas_out_of_sample]' est.jsonl
  ["societal","reml",["intercept","share_65_plus","share_single_households","income_index"],["intercept","share_65_plus","share_single_households","income_index"],true,12,0]
  ["group","reml",["intercept","share_65_plus","share_single_households","income_index"],["intercept","share_65_plus","share_single_households","income_index"],true,12,0]
  ["individual","reml",["intercept","share_65_plus","share_single_households","income_index"],["intercept","share_65_plus","share_single_households","income_index"],true,12,0]
  ["any_form","reml",["intercept","share_65_plus","share_single_households","income_index"],["intercept","share_65_plus","share_single_households","income_index"],true,12,0]
  $ jq -c 'select(.type == "isolation") | [keys_unsorted, (.shares | keys_unsorted), (.shares.group | keys_unsorted)]' est.jsonl | uniq
  [["type","area","method","n","weight_sum","n_eff","population","suppressed","shares"],["societal","group","individual","any_form"],["share","low","high","mse","direct","direct_var","gamma","n","clipped"]]

Every share lies in its interval, and the interval is the share -+ 1.96
root MSE (clipped to 0 and 1); the share is gamma times the direct
estimate plus (1 - gamma) times the synthetic one, so it lies between
them; psi_d is pbar (1 - pbar) / n_eff of the respondents with a known
value:

  $ jq -r 'select(.type == "isolation") | .shares[] | select(.low <= .share and .share <= .high and
  >   (((.share - .low) - 1.959963984540054 * (.mse | sqrt) | fabs) < 1e-12 or .low == 0) and
  >   (((.high - .share) - 1.959963984540054 * (.mse | sqrt) | fabs) < 1e-12 or .high == 1) and
  >   .gamma >= 0 and .gamma <= 1 and .mse > 0 and .direct_var > 0) | 1' est.jsonl | wc -l
  48

The individual form per area: n, the share, the direct estimate, their
standard errors (root MSE, root psi) and gamma.  The model's error is the
smaller one in the areas under 30 respondents; in a big area at the edge
of the covariates (Vestingwal, the highest income) x'V(beta)x can make it
a little larger, as it should with 12 areas and 4 parameters:

  $ jq -r 'select(.type == "isolation") | [.area, .n] + ([.shares.individual | .share, .direct, (.mse | sqrt), (.direct_var | sqrt), .gamma] | map(. * 1000 | round / 1000)) | @tsv' est.jsonl
  BU99010101	35	0.162	0.102	0.061	0.07	0.296
  BU99010102	45	0.172	0.126	0.056	0.061	0.359
  BU99010103	35	0.214	0.213	0.061	0.072	0.287
  BU99010104	46	0.163	0.208	0.06	0.059	0.373
  BU99010201	44	0.145	0.099	0.059	0.064	0.336
  BU99010202	42	0.213	0.255	0.061	0.066	0.321
  BU99010203	30	0.165	0.167	0.061	0.078	0.252
  BU99010204	29	0.164	0.211	0.061	0.076	0.263
  BU99010301	43	0.217	0.268	0.059	0.061	0.359
  BU99010302	42	0.086	0.067	0.064	0.061	0.355
  BU99010303	6	0.089	0	0.078	0.195	0.051
  BU9901039A	3	0.07	0	0.089	0.224	0.039
  $ jq -s '[.[] | select(.type == "isolation" and .n < 30) | .shares[] | .mse < .direct_var] | all' est.jsonl
  true

An area record with no partials is out of the sample: its share is the
synthetic x'beta, its MSE sigma2_u + x'V(beta)x, and direct, direct_var
and gamma are null:

  $ grep -v BU99010303 partials.jsonl | isolation-estimate --covariates $cov --indicators individual $areas - > out.jsonl
  $ jq -c 'select(.type == "isolation_model") | [.areas_in_sample, .areas_out_of_sample]' out.jsonl
  [11,1]
  $ jq -c 'select(.area == "BU99010303" and .type == "isolation") | [.method, .n, .n_eff, .shares.individual.direct, .shares.individual.direct_var, .shares.individual.gamma, .shares.individual.n]' out.jsonl
  ["fay-herriot",0,0,null,null,null,0]
  $ jq -s -r '(.[] | select(.type == "isolation_model") | .beta) as $b | .[] | select(.area == "BU99010303") |
  >   if .type == "area" then $b.intercept + $b.share_65_plus * .share_65_plus + $b.share_single_households * .share_single_households + $b.income_index * .income_index
  >   else .shares.individual.share end' out.jsonl | awk 'NR == 1 { x = $1 } NR == 2 { d = x - $1; print (d < 1e-12 && d > -1e-12) ? "synthetic" : "not synthetic" }'
  synthetic

No covariates: the intercept-only model shrinks each area to the
municipal mean; ML instead of REML:

  $ isolation-estimate --indicators individual $areas partials.jsonl | jq -c 'select(.type == "isolation_model") | [.method, (.beta | keys), .covariates, .areas_in_sample]'
  ["reml",["intercept"],[],12]
  $ isolation-estimate --method ml --covariates $cov --indicators individual $areas partials.jsonl | jq -r 'select(.type == "isolation_model") | .method'
  ml

Partials in pieces (isolation-score --partial on parts of the survey) add
up exactly, so the estimates are the same bytes:

  $ "$tools/gen-survey" --responses 400 --seed 3 > survey.jsonl
  $ split -l 150 survey.jsonl part.
  $ for f in part.*; do isolation-score --partial $f; done | isolation-estimate --covariates $cov $areas - | cmp - est.jsonl && echo same
  same

--level wijk rolls the neighbourhoods' partials up to the districts and
estimates those (three districts leave room for the intercept only):

  $ isolation-estimate --level wijk --indicators individual $areas partials.jsonl | jq -c 'select(.type != "area") | [.type, .area // .level, .n // .areas_in_sample]'
  ["isolation_model","wijk",3]
  ["isolation","WK990101",161]
  ["isolation","WK990102",145]
  ["isolation","WK990103",94]

--benchmark scales each municipality's estimates so that, weighted by
population, they add up to its direct estimate (isolation-score at the
gemeente level); the factor is in the model record, and each MSE grows by
the square of the change:

  $ isolation-estimate --benchmark --covariates $cov --indicators individual $areas partials.jsonl > bench.jsonl
  $ jq -c 'select(.type == "isolation_model") | .benchmark | map_values(. * 10000 | round / 10000)' bench.jsonl
  {"GM9901":1.0038}
  $ isolation-score --by area --level gemeente --min-n 0 survey.jsonl | jq '.shares.individual.share * 1e9 | round'
  169221437
  $ jq -s '(map(select(.type == "area" and .area[0:2] == "BU") | {(.area): .population}) | add) as $p
  >   | map(select(.type == "isolation")) | (map(.shares.individual.share * $p[.area]) | add) / (map($p[.area]) | add) * 1e9 | round' bench.jsonl
  169221437
  $ jq -n --slurpfile b bench.jsonl --slurpfile e est.jsonl '[$b[] | select(.type == "isolation")] as $b | [$e[] | select(.type == "isolation")] as $e
  >   | [range(12) | $b[.].shares.individual.mse > $e[.].shares.individual.mse] | all'
  true
