Options that take a word take the Dutch word as well, one for one, in every
program: --help shows each word with the others it may be written as, and
a word that is nearly right gets the nearest, English or Dutch.

  $ cp $TESTDIR/data/account-report/small.jsonl .
  $ D=$TESTDIR/data/council-advise

account-report: --period maand, kwartaal, jaar; --format tekst; --lang
nederlands.  The same bytes as the English words give:

  $ account-report --period quarter --format text --lang nl small.jsonl > en.txt
  account-report: small.jsonl:14: initiative 'buurtkamer-noord' is in no initiative record; 3 lines name it, this the first
  $ account-report --period kwartaal --format tekst --lang nederlands small.jsonl > nl.txt
  account-report: small.jsonl:14: initiative 'buurtkamer-noord' is in no initiative record; 3 lines name it, this the first
  $ cmp en.txt nl.txt && head -n 1 nl.txt
  buurtkamer-noord, 1e kwartaal 2026
  $ account-report --period jaar small.jsonl 2>/dev/null | cmp - <(account-report --period year small.jsonl 2>/dev/null) && echo same
  same
  $ account-report --help | grep -A 1 -e '--period'
        --period KIND           the period of each report; month is the default
                                (month/maand, quarter/kwartaal, year/jaar)
  $ account-report --period kwartal small.jsonl
  account-report: --period 'kwartal': not month, quarter or year (did you mean 'kwartaal'?)
  Try 'account-report --help' for more information.
  [2]

council-advise: --format brief is the letter, --lang nederlands the Dutch:

  $ council-advise --format letter --lang nl --date 2026-11-23 $D/small.jsonl > en.md 2>/dev/null
  $ council-advise --format brief --lang nederlands --date 2026-11-23 $D/small.jsonl 2>/dev/null | cmp - en.md && echo same
  same
  $ council-advise --help | grep -A 1 -e '--lang'
        --lang LANG             the language of reasons and the letter; en is the
                                default (en/engels, nl/nederlands)

--rule and --leftover in Dutch give the same allocations; the records
still name the rule in English:

  $ for r in need proportional greedy equal-shares; do cat $D/small.jsonl $D/requests.jsonl | council-advise --budget 50000 --rule $r --leftover fund 2>/dev/null; done > en.jsonl
  $ for r in behoefte evenredig gulzig gelijke-delen; do cat $D/small.jsonl $D/requests.jsonl | council-advise --budget 50000 --rule $r --leftover financier 2>/dev/null; done | cmp - en.jsonl && echo same
  same
  $ jq -r 'select(.type == "scenario") | .rule' en.jsonl
  need
  proportional
  greedy
  equal-shares
  $ council-advise --budget 1 --rule gelijke-deel </dev/null
  council-advise: --rule 'gelijke-deel': not need, proportional, greedy or equal-shares (did you mean 'gelijke-delen'?)
  Try 'council-advise --help' for more information.
  [2]

initiative-add: --owned ja or nee:

  $ initiative-add -n 'Herstelcafé' -k herstelacademie --form stichting \
  >   -a GM9901 -c 12 --owned nee </dev/null | grep -o '"owned_by_participants":[a-z]*'
  "owned_by_participants":false
  $ initiative-add -n 'Herstelcafé' -k herstelacademie -a GM9901 -c 12 --owned jaa </dev/null
  initiative-add: --owned 'jaa': not yes or no (did you mean 'ja'?)
  Try 'initiative-add --help' for more information.
  [2]

isolation-score and isolation-estimate: --level in Dutch, as the CBS names
the levels, or in English:

  $ isolation-score --by area --level district --min-n 1 $TESTDIR/data/isolation-score/small.jsonl > en.jsonl 2>/dev/null
  [1]
  $ isolation-score --by area --level wijk --min-n 1 $TESTDIR/data/isolation-score/small.jsonl 2>/dev/null | cmp - en.jsonl && echo same
  same
  $ isolation-estimate --help | grep -A 2 -e '--level'
        --level LEVEL           the level of the areas (default buurt)
                                (buurt/neighbourhood, wijk/district,
                                gemeente/municipality)
