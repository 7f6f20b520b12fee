account-report --format html: one self-contained page per run, an
overview page with a row per initiative and its five verdicts, then a page
per initiative and period; charts as inline SVG, no scripts, no network,
laid out for A4.

  $ cp $TESTDIR/../../examples/ledger.jsonl $TESTDIR/../../examples/registry.jsonl $TESTDIR/../../examples/areas.jsonl .
  $ account-report --month 2026-10 --format html --lang nl --date 2026-11-01 \
  >   registry.jsonl areas.jsonl ledger.jsonl > report.html; echo $?
  0
  $ head -n 4 report.html
  <!DOCTYPE html>
  <html lang="nl">
  <head>
  <meta charset="utf-8">
  $ grep -c '<section class="overview"' report.html
  1
  $ grep -c '<section class="acct"' report.html
  20
  $ grep -ci -e '<script' -e 'src=' -e '<link' -e '@import' -e 'url([^#]' report.html
  0
  [1]
  $ grep -o 'http[s]*://[^"]*' report.html | sort -u
  http://www.w3.org/2000/svg
  $ grep -o -e '@page{size:A4[^}]*}' -e '@media print' -e 'section.acct{break-before:page}' report.html
  @page{size:A4;margin:14mm 14mm 12mm}
  @media print
  section.acct{break-before:page}

The heading names the municipality (from its area record) and the period;
the footer the day the page was made (--date, else SAMEN_TODAY or the
clock, as council-advise does):

  $ grep -o -e '<title>[^<]*' report.html | head -n 1
  <title>Verantwoording aan de deelnemers — Lindewaarde, oktober 2026
  $ grep -o -e '<p class="where">[^<]*' -e '<footer><p>[^<]*' report.html
  <p class="where">Lindewaarde, oktober 2026
  <footer><p>Gemaakt op 1 november 2026 met account-report (samen) uit de eigen boekhouding van de initiatieven.
  $ SAMEN_TODAY=2026-11-05 account-report --month 2026-10 --format html ledger.jsonl |
  > grep -o -e '<p class="where">[^<]*' -e '<footer><p>Made on [^w]*'
  <p class="where">October 2026
  <footer><p>Made on 5 November 2026 
  $ account-report --format html --date 2026-13-01 ledger.jsonl
  account-report: --date '2026-13-01': is no day of the calendar
  Try 'account-report --help' for more information.
  [2]

A row of the overview gives the five verdicts as a sign and a word, so
that they read without colour, and links to the initiative's page:

  $ grep -o '<tr><td><a href="#s16">.*' report.html | sed 's/<[^>]*>/ /g; s/  */ /g'
   Samen Eten Oosterveld-Zuid ✓ ja ✓ ja ✓ ja ✓ ja ✓ ja 

The page of an initiative has its heading in the head of a table that
holds the whole page, which a browser repeats on each printed page it
spills onto:

  $ grep -A 1 '<section class="acct" id="s16">' report.html
  <section class="acct" id="s16">
  <table class="sheet" role="presentation"><thead><tr><th><h2>Samen Eten Oosterveld-Zuid <span class="period">— oktober 2026</span></h2></th></tr></thead>

An initiative in the registry with no ledger for the period is listed,
not left out; so is every initiative when the period is empty, and the
page still says which period it covers:

  $ printf '%s\n' '{"type":"initiative","id":"koffie-dijkzicht","name":"Koffie-uurtje Dijkzicht","kind":"drop-in","capacity":12,"areas":["BU99010101"]}' |
  > account-report --month 2026-10 --format html --lang nl registry.jsonl - ledger.jsonl |
  > grep -o '<tr><td>Koffie-uurtje Dijkzicht.*'
  <tr><td>Koffie-uurtje Dijkzicht</td><td colspan="5" class="idle">geen rekeningen vastgelegd</td></tr>
  $ SAMEN_TODAY=2027-03-05 account-report --month last --format html registry.jsonl ledger.jsonl > empty.html
  $ grep -o -e '<title>[^<]*' -e '<p>No initiative[^<]*' empty.html
  <title>Accounts to participants — February 2027
  <p>No initiative recorded anything for February 2027.
  $ grep -c 'class="idle">no accounts recorded' empty.html
  20
  $ grep -c '<section class="acct"' empty.html
  0
  [1]
  $ account-report --from 2026-09 --to 2026-10 --format html --initiative inloop-havenkerk ledger.jsonl |
  > grep -o -e '<p class="where">[^<]*' -e '<a href="#s[0-9]*">.*period">[^<]*'
  <p class="where">September 2026 – October 2026
  <a href="#s1">inloop-havenkerk</a></td><td class="period">September 2026
  <a href="#s2">inloop-havenkerk</a></td><td class="period">October 2026

The charts show the change over the twelve periods up to the one
reported (income and expenses, reach, each goal), each with a legend and
its values in words; expenses and missed goals are hatched as well as
red, so that they read without colour and in black and white:

  $ sed -n '/id="s16"/,/<\/section>/p' report.html > s16.html
  $ grep -o '<figcaption>[^<]*' s16.html
  <figcaption>Inkomsten en uitgaven, november 2025 – oktober 2026
  <figcaption>Bereik, november 2025 – oktober 2026
  <figcaption>Doel: maaltijden, november 2025 – oktober 2026
  $ grep -m 1 -o '<rect class="s-[a-z]*" x="[0-9]*" y="2"[^>]*><text[^>]*>[^<]*<[^<]*<[^<]*<[^<]*' s16.html |
  > sed 's/<\/text>/\n/g; s/ x=[^>]*>/ /g; s/<text //g'
  <rect class="s-in" Inkomsten
  <rect class="s-out" Uitgaven
  $ grep -o '<pattern id="hatch"' report.html; grep -o '.s-out,.s-miss{fill:url(#hatch)}' report.html
  <pattern id="hatch"
  .s-out,.s-miss{fill:url(#hatch)}
  $ grep -o '<desc>[^:]*: nov [^;]*;' s16.html | head -n 1
  <desc>Inkomsten: nov € 358,20;

Goals are named in the page's language where the ledger gives a label
(and the unit) per language, in the reasons too; without one, by the
goal's id and the unit as written:

  $ grep -o '<td>reparaties <small>([^)]*)' report.html
  <td>reparaties <small>(reparaties gedaan)
  $ grep -o 'doel &#39;[a-z]*&#39; is in [a-z]* [0-9]* niet gehaald' report.html
  doel &#39;reparaties&#39; is in november 2025 niet gehaald
  $ printf '%s\n' '{"type":"ledger","initiative":"x","date":"2026-01-01","event":"goal","goal":"repairs","target":4,"unit":"repairs done","label":{"en":"fixes"}}' |
  > account-report --format html --lang nl | grep -o '<td>repairs <small>([^)]*)'
  <td>repairs <small>(repairs done)

A period with nothing before it has no chart of change:

  $ printf '%s\n' '{"type":"ledger","initiative":"x","date":"2026-01-05","event":"income","amount":"5.00"}' |
  > account-report --format html | grep -c '<svg class="chart"'
  0
  [1]

On a phone the tables of questions and verdicts reflow into blocks:

  $ grep -o -e '<table class="reflow">' -e '<table class="ov reflow">' report.html | sort | uniq -c | sed 's/^ *//'
  1 <table class="ov reflow">
  40 <table class="reflow">
  $ grep -o '@media screen and (max-width:40em){[^}]*}' report.html
  @media screen and (max-width:40em){.cols,.trends{grid-template-columns:1fr}

Names and reasons are escaped:

  $ printf '%s\n' '{"type":"initiative","id":"x","name":"<b>Tom & Jerry</b>","kind":"drop-in","capacity":5,"areas":["BU99010101"]}' \
  >   '{"type":"ledger","initiative":"x","date":"2026-01-05","event":"income","amount":"5.00"}' |
  > account-report --format html | grep -o '<h2>[^<]*'
  <h2>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; 

How it prints and fits in a real browser (one overview page and one page
per initiative on A4, nothing wider than a phone, no requests):
browser-pages.t.
