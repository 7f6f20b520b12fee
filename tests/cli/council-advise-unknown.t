A funding request for an initiative that no initiative record of the
input has (a mistyped id) is a warning when the registry is in the input:
once per id, at the line that named it first, with the nearest id the
registry has.  The scenario is written all the same:

  $ cp $TESTDIR/../../examples/registry.jsonl $TESTDIR/../../examples/requests.jsonl $TESTDIR/../../examples/votes.jsonl .
  $ sed 's/"initiative":"zorgcoop-vestingwal"/"initiative":"zorgcoop-vestingval"/' requests.jsonl > typo.jsonl
  $ council-advise --budget 200000 --rule equal-shares registry.jsonl typo.jsonl votes.jsonl | grep -c '"type":"scenario"'
  council-advise: typo.jsonl:15: initiative 'zorgcoop-vestingval' is in no initiative record (did you mean 'zorgcoop-vestingwal'?)
  1
  $ council-advise --budget 200000 --rule equal-shares typo.jsonl votes.jsonl registry.jsonl 2>&1 >/dev/null
  council-advise: typo.jsonl:15: initiative 'zorgcoop-vestingval' is in no initiative record (did you mean 'zorgcoop-vestingwal'?)

Without the registry in the input there is nothing to check against:

  $ council-advise --budget 200000 --rule equal-shares typo.jsonl votes.jsonl > /dev/null

and the requests as shipped name only initiatives the registry has:

  $ council-advise --budget 200000 --rule equal-shares registry.jsonl requests.jsonl votes.jsonl > /dev/null
