account-report --format html: one self-contained page per run, a section
per initiative and period, charts as inline SVG, no scripts, no network,
laid out for A4.

  $ cp $TESTDIR/../../examples/ledger.jsonl .
  $ account-report --month 2026-10 --format html --lang nl ledger.jsonl > report.html; echo $?
  0
  $ head -n 4 report.html
  <!DOCTYPE html>
  <html lang="nl">
  <head>
  <meta charset="utf-8">
  $ grep -c '<section' report.html
  20
  $ grep -c '<svg' report.html
  40
  $ grep -ci -e '<script' -e 'src=' -e '<link' -e '@import' -e 'url(' report.html
  0
  [1]
  $ grep -o 'http[s]*://[^"]*' report.html | sort -u
  http://www.w3.org/2000/svg
  $ grep -o -e '@page{size:A4[^}]*}' -e '@media print' report.html
  @page{size:A4;margin:18mm 16mm}
  @media print

Names and reasons are escaped:

  $ printf '%s\n' '{"type":"initiative","id":"x","name":"<b>Tom & Jerry</b>"}' \
  >   '{"type":"ledger","initiative":"x","date":"2026-01-05","event":"income","amount":"5.00"}' |
  > account-report --format html | grep -o '<h2>[^<]*'
  <h2>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; 

How it renders in a real browser (pages on A4, widths, requests):
browser-pages.t.
