The example survey is what the generator makes, and the example
configuration is valid; at the default minimum cell of 50 the two smallest
neighbourhoods are suppressed.

  $ tools=$(dirname "$(command -v isolation-score)")/../tools
  $ ex=$TESTDIR/../../examples
  $ "$tools/gen-survey" --responses 2500 | cmp - $ex/survey.jsonl && echo same
  same
  $ isolation-score --by area $ex/survey.jsonl | grep -c '"suppressed":true'
  2
  $ isolation-score --config $ex/isolation.yaml --by area $ex/survey.jsonl | grep -c '"suppressed":true'
  1
  $ isolation-score $ex/survey.jsonl | grep -c '"isolation":{'
  2500

The residents in at least one form (any_form) are counted from each
respondent's own answers: the forms overlap, so in every neighbourhood the
share in any form is at least the largest form and below the sum of
the three.

  $ isolation-score --by area $ex/survey.jsonl |
  >   jq -r 'select(.suppressed | not) | .shares |
  >     [.societal.share, .group.share, .individual.share] as $f |
  >     [(.any_form.share >= ($f | max)), (.any_form.share < ($f | add)),
  >      (.any_form.low <= .any_form.share and .any_form.share <= .any_form.high)] | @tsv' |
  >   sort | uniq -c | sed 's/^ *//'
  10 true	true	true
