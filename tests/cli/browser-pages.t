Every HTML page samen writes goes through a real browser
(tests/browser/render.mjs: Debian's headless Chromium driven by
playwright-core, which make check installs into build/node): printed to
PDF on A4 and its pages counted, shown at 1200 and 390 px wide and checked
to fit the window, every request other than the page's own file blocked
and counted.  The PDF and the screenshots of samen's pages stay in
build/shots for a person to look at.

  $ render() { node "$TESTDIR/../browser/render.mjs" "$@"; }

The account report of October 2026 of the example's 20 initiatives (its
five-questions table does not yet reflow on a phone):

  $ cp "$TESTDIR/../../examples/ledger.jsonl" .
  $ account-report --month 2026-10 --format html --lang nl ledger.jsonl >account-report.html
  $ render account-report.html
  pages 42
  width 1200: fits
  width 390: 560 px in a 390 px window; widest section#s6 > table (544 px)
  requests 0
  [1]

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
