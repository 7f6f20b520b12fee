Each aggregation done three ways -- one process; split, a --partial per
piece and one --merge; GNU parallel --pipe -- gives the same bytes
(examples/scale/three-ways checks it).  Small blocks, so that the inputs
are split at all.

  $ three=$TESTDIR/../../examples/scale/three-ways
  $ tools=$(dirname "$(command -v isolation-score)")/../tools
  $ "$tools/gen-survey" --responses 6000 --seed 3 > survey.jsonl
  $ "$tools/gen-ledger" --events 6000 --initiatives 25 --seed 3 > ledger.jsonl
  $ "$three" -j 3 -b 200k isolation-score survey.jsonl --by area | tail -n 1
  identical
  $ "$three" -j 3 -b 200k isolation-score survey.jsonl --by area --level wijk | tail -n 1
  identical
  $ "$three" -j 3 -b 200k account-report ledger.jsonl | tail -n 1
  identical
  $ "$three" -j 2 -b 100k account-report ledger.jsonl --period quarter | tail -n 1
  identical

When the ways disagree it says so and fails: here a made-up program whose
merge forgets a piece.

  $ cat > forgetful <<'SH'
  > #!/bin/sh
  > case "$*" in
  > *--partial*) wc -l | tr -d ' ' ;;
  > *--merge*) head -n 1 ;;
  > *) wc -l | tr -d ' ' ;;
  > esac
  > SH
  $ chmod +x forgetful
  $ "$three" -j 2 -b 200k ./forgetful survey.jsonl | tail -n 1
  DIFFERENT
  $ "$three" -j 2 -b 200k ./forgetful survey.jsonl > /dev/null; echo $?
  1
