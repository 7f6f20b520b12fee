Every example of every manual page, and every command of the README, runs
as printed, from the repository: tests/run-examples.sh takes each literal
block of each EXAMPLES section (each indented block of the README) and runs
it with bash -o pipefail in a folder holding a copy of examples/, the blocks
of one file in order.  A block marked `.\" not run:` (`<!-- not run: -->`)
is no command: a crontab line, or the set-up itself.

  $ root=$TESTDIR/../..
  $ sh "$root/tests/run-examples.sh" "$root"/man/*.[157]
  account-report.1: 3 run, 0 skipped
  area-import.1: 1 run, 0 skipped
  council-advise.1: 7 run, 0 skipped
  initiative-add.1: 3 run, 0 skipped
  isolation-estimate.1: 3 run, 0 skipped
  isolation-score.1: 3 run, 0 skipped
  monthly-report.1: 1 run, 1 skipped
  pb-import.1: 2 run, 0 skipped
  samen-formats.5: 0 run, 0 skipped
  samen-table.1: 2 run, 0 skipped
  samen.7: 4 run, 0 skipped
  survey-import.1: 2 run, 0 skipped
  $ sh "$root/tests/run-examples.sh" "$root/README.md"
  README.md: 15 run, 4 skipped

An example that fails is named, with its text and what it gave:

  $ mkdir man
  $ printf '.Sh EXAMPLES\n.Bd -literal\n$ isolation-score missing.jsonl\n.Ed\n.Sh SEE ALSO\n' > man/x.1
  $ sh "$root/tests/run-examples.sh" man/x.1
  FAIL: x.1: example 1 (status 2):
      isolation-score missing.jsonl
    gave:
      isolation-score: missing.jsonl: No such file or directory
  x.1: 0 run, 0 skipped
  [1]

The example registry is what initiative-add makes of the example YAML file,
so the two cannot drift apart:

  $ initiative-add --from "$root/examples/initiatives.yaml" /dev/null |
  >   cmp - "$root/examples/registry.jsonl" && echo same
  same
