Every HTML page samen writes goes through a real browser
(tests/browser/render.mjs: Debian's headless Chromium driven by
playwright-core, which make check installs into build/node): printed to
PDF on A4 and its pages counted, shown at 1200 and 390 px wide and checked
to fit the window, every request other than the page's own file blocked
and counted.  The PDF and the screenshots of samen's pages stay in
build/shots for a person to look at.

  $ render() { node "$TESTDIR/../browser/render.mjs" "$@"; }

The account report of October 2026 of the example's 20 initiatives prints
as one overview page and one page per initiative, and its tables reflow on
a phone:

  $ cp "$TESTDIR/../../examples/ledger.jsonl" "$TESTDIR/../../examples/registry.jsonl" "$TESTDIR/../../examples/areas.jsonl" .
  $ account-report --month 2026-10 --format html --lang nl --date 2026-11-01 \
  >   registry.jsonl areas.jsonl ledger.jsonl >account-report.html
  $ render account-report.html
  pages 21
  width 1200: fits
  width 390: fits
  requests 0

The advice page of the example municipality (council-advise --format
html), in Dutch, with the map drawn from the CBS outlines and two budget
scenarios: it fits a phone and asks for nothing.  (Without outlines the
maps are tiles, in SVG as well: council-advise-html.t.)

  $ E=$TESTDIR/../../examples
  $ (cd $E && area-import --cbs cbs-lindewaarde.csv --columns cbs-columns.yaml --geojson buurten-lindewaarde.geojson) >areas-cbs.jsonl
  area-import: cbs-lindewaarde.csv: 2 figures missing (.) and 2 secret (x), written as null
  $ isolation-score --by area $E/survey.jsonl >isolation.jsonl
  $ for r in need equal-shares; do council-advise --budget 250000 --rule $r areas-cbs.jsonl isolation.jsonl $E/registry.jsonl $E/requests.jsonl $E/votes.jsonl; done 2>/dev/null | grep '"type":"scenario"' >scenarios.jsonl
  $ council-advise --format html --lang nl --date 2026-11-23 --proposal $E/policy-note.yaml areas-cbs.jsonl isolation.jsonl $E/registry.jsonl scenarios.jsonl 2>/dev/null >advies.html
  $ grep -c '<path class="area' advies.html
  36
  $ render advies.html
  pages 18
  width 1200: fits
  width 390: fits
  requests 0

The same two pages in English, the advice with the letter's configuration
(reference, request, signatories):

  $ account-report --month 2026-10 --format html --lang en --date 2026-11-01 \
  >   registry.jsonl areas.jsonl ledger.jsonl >account-report-en.html
  $ render account-report-en.html
  pages 21
  width 1200: fits
  width 390: fits
  requests 0
  $ council-advise --format html --lang en --date 2026-11-23 --proposal $E/policy-note.yaml --letter-config $E/letter.yaml areas-cbs.jsonl isolation.jsonl $E/registry.jsonl scenarios.jsonl 2>/dev/null >advice-en.html
  $ render advice-en.html
  pages 17
  width 1200: fits
  width 390: fits
  requests 0

The harness itself: a page that fits at both widths and asks for nothing
beyond its own data: passes ...

  $ cat >good.html <<'HTML'
  > <!DOCTYPE html><html><head><meta charset="utf-8"><title>good</title>
  > <style>body{margin:1em}</style></head><body><h1>Fits</h1>
  > <img alt="dot" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
  > <p>One page, no request.</p></body></html>
  > HTML
  $ render --shots shots good.html
  pages 1
  width 1200: fits
  width 390: fits
  requests 0
  $ ls shots
  good-1200.png
  good-390.png
  good.pdf

... and one too wide for a phone that fetches an image from the network and
a file beside it fails, naming the widest element and each request (which
never leaves: it is blocked):

  $ cat >bad.html <<'HTML'
  > <!DOCTYPE html><html><head><meta charset="utf-8"><title>bad</title></head>
  > <body><div class="wide" style="width:800px">Too wide for a phone</div>
  > <img alt="remote" src="http://example.invalid/logo.png">
  > <img alt="beside" src="beside.png"></body></html>
  > HTML
  $ render --shots shots --name too-wide bad.html >out; echo $?
  1
  $ sed "s|file://$PWD/|file://./|" out
  pages 1
  width 1200: fits
  width 390: 808 px in a 390 px window; widest div.wide (800 px)
  requests 2
    blocked file://./beside.png
    blocked http://example.invalid/logo.png
  $ ls shots/too-wide*
  shots/too-wide-1200.png
  shots/too-wide-390.png
  shots/too-wide.pdf

It says how it is used:

  $ render; echo $?
  render: usage: render.mjs [--shots DIR] [--name NAME] FILE.html
  2
  $ render missing.html; echo $?
  render: missing.html: no such file
  2
