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
