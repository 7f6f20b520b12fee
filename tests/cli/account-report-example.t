The example ledger of Lindewaarde (a made-up municipality) comes from the
deterministic generator, byte for byte:

  $ tools=$(dirname "$(command -v account-report)")/../tools
  $ "$tools/gen-ledger" | cmp - $TESTDIR/../../examples/ledger.jsonl && echo same
  same
  $ wc -l < $TESTDIR/../../examples/ledger.jsonl
  3293

October 2026, the five verdicts of each initiative (value, pride, accounts,
adjusts, agreement): healthy ones; bewonersgroep-stationsbuurt, inloop-havenkerk
and the kookgroep never hold a meeting; maatjesproject-oosterveld missed its
goal in spring and adjusted; buurtwerkplaats-marktkwartier misses and does
not adjust:

  $ account-report --month 2026-10 $TESTDIR/../../examples/ledger.jsonl |
  > sed -E 's/.*"initiative":"([^"]*)".*"value":\{"verdict":"([a-z]*)".*"pride":\{"verdict":"([a-z]*)".*"accounts":\{"verdict":"([a-z]*)".*"adjusts":\{"verdict":"([a-z]*)".*"agreement":\{"verdict":"([a-z]*)".*/\1 \2 \3 \4 \5 \6/' |
  > awk '{ printf "%-38s %-7s %-7s %-7s %-7s %s\n", $1, $2, $3, $4, $5, $6 }'
  bewonersbedrijf-oosterveld             pass    pass    pass    pass    pass
  bewonersgroep-kerkeveld                pass    pass    pass    pass    pass
  bewonersgroep-stationsbuurt            pass    pass    fail    unknown fail
  buurtbedrijf-havenkwartier             pass    fail    pass    pass    pass
  buurtwerkplaats-marktkwartier          fail    pass    pass    fail    pass
  energiecooperatie-lindewaarde          pass    pass    pass    pass    pass
  herstelacademie-lindewaarde            pass    pass    pass    pass    pass
  herstelcafe-oosterveld                 pass    pass    pass    pass    pass
  inloop-havenkerk                       pass    pass    fail    pass    fail
  inloophuis-de-marktkamer               pass    pass    pass    unknown pass
  interculturele-kookgroep-bloemenbuurt  pass    pass    fail    pass    fail
  jongerenwerkplaats-havenkwartier       pass    fail    pass    pass    pass
  koffie-uurtje-oude-kern                pass    pass    pass    pass    pass
  maatjes-aan-de-dijk                    pass    pass    pass    unknown pass
  maatjesproject-oosterveld              pass    pass    pass    pass    pass
  samen-eten-oosterveld-zuid             pass    pass    pass    pass    pass
  voedseltuin-kerkeveld                  pass    pass    pass    pass    pass
  zorgboerderij-de-dijkhoeve             pass    fail    pass    pass    pass
  zorgcoop-polderdorp                    fail    pass    pass    pass    pass
  zorgcoop-vestingwal                    pass    pass    pass    pass    pass

The whole year per quarter, as the municipality might read it:

  $ account-report --period quarter --initiative maatjesproject-oosterveld $TESTDIR/../../examples/ledger.jsonl |
  > grep -o '"period":"[^"]*"\|"income":"[^"]*"\|"adjusts":{"verdict":"[a-z]*"' | paste - - -
  "period":"2025-Q4"	"income":"4029.64"	"adjusts":{"verdict":"unknown"
  "period":"2026-Q1"	"income":"6639.87"	"adjusts":{"verdict":"unknown"
  "period":"2026-Q2"	"income":"6623.49"	"adjusts":{"verdict":"pass"
  "period":"2026-Q3"	"income":"6530.13"	"adjusts":{"verdict":"pass"
  "period":"2026-Q4"	"income":"2651.89"	"adjusts":{"verdict":"pass"
