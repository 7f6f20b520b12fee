The advice as one web page (--format html): the letter, rendered from its
Markdown, with the figures and the table per area, on the hand-computed
case of council-advise-needs.t and four measures.

  $ D=$TESTDIR/data/council-advise
  $ cat $D/small.jsonl $D/measures.jsonl | council-advise --format html --lang nl --date 2026-11-23 2>/dev/null > page.html

One document in Dutch that fetches nothing and runs nothing: no script, no
link, no image, no url() but the hatching defined in the page itself, no
address but SVG's namespace.

  $ head -n 2 page.html; tail -n 1 page.html
  <!DOCTYPE html>
  <html lang="nl">
  </html>
  $ grep -ciE '<script|<link|<img|<iframe|@import|src=' page.html
  0
  [1]
  $ grep -oE 'url\([^)]*\)' page.html | sort -u
  url(#hatch)
  $ grep -oE 'https?://[^" ]*' page.html | sort -u
  http://www.w3.org/2000/svg

The letter's Markdown as HTML: the headings the letter has, in order, and
no other, in the letter's part of the page.

  $ council-advise --format letter --lang nl --date 2026-11-23 $D/small.jsonl $D/measures.jsonl 2>/dev/null | sed -n 's/^#\{1,3\} //p' > letter-headings
  $ sed -n '/<article/,/<\/article>/p' page.html | sed -n 's/^<h[2-4]>\(.*\)<\/h[2-4]>$/\1/p' | diff letter-headings - && echo same
  same
  $ wc -l < letter-headings
  19

Without outlines the maps are tiles, a map for each form, in rows by
district; every figure is an image with a title, a description and a
legend.

  $ grep -c '<path class="area' page.html
  0
  [1]
  $ grep -o '<rect class="tile [a-z0-9]*"' page.html | sort | uniq -c
        1 <rect class="tile g0"
        5 <rect class="tile g1"
        1 <rect class="tile g2"
        1 <rect class="tile g3"
        4 <rect class="tile gna"
  $ grep -o 'class="district">[^<]*' page.html | sort | uniq -c
        3 class="district">WK990101
        3 class="district">WK990102
  $ grep -c '<svg class="[a-z ]*" xmlns' page.html
  6
  $ grep -c 'role="img"><title>[^<][^<]*</title>' page.html
  6
  $ grep -c '<desc>[^<][^<]*</desc>' page.html
  6
  $ grep -c '<rect class="g0" x="[0-9.]*" y="[0-9.]*" width="14" height="10"/><text [^>]*class="key">geen gat' page.html
  3
  $ grep -o '<desc>Oude Kern[^;]*;' page.html
  <desc>Oude Kern: gat 60;
  <desc>Oude Kern: gat 50;
  <desc>Oude Kern: gat 140;
  <desc>Oude Kern: behoefte 100 (60–160), aanbod 40;
  <desc>Oude Kern: behoefte 50 (20–100), aanbod 0;
  <desc>Oude Kern: behoefte 200 (140–270), aanbod 60;

The figures per area and form are the letter's own appendix, once: the
page adds no table of its own that could round them otherwise.

  $ grep -c 'cijfers per gebied' page.html
  1
  $ grep -A8 '<h4>Oude Kern' page.html | grep 'individueel isolement'
  <tr><td>individueel isolement</td><td>20% (14% tot 27%)</td><td class="num">ongeveer 200</td><td class="num">60</td><td class="num">ongeveer 140</td><td class="num">1</td></tr>

With outlines (area records that area-import gave a geometry) the maps
draw them, north up, and name the areas they cannot draw.

  $ printf '%s\n' '{"type":"area","area":"BU99010101","geometry":{"type":"Polygon","coordinates":[[[150000,410000],[151000,410000],[151000,411000],[150000,411000],[150000,410000]]]}}' '{"type":"area","area":"BU99010102","geometry":{"type":"MultiPolygon","coordinates":[[[[151000,410000],[152000,410000],[152000,410500],[151000,410000]]]]}}' > outlines.jsonl
  $ cat $D/small.jsonl outlines.jsonl | council-advise --format html --lang en --date 2026-11-23 2>/dev/null > map.html
  $ grep -o '<path class="area [a-z0-9]*" d="[^"]*"' map.html | sort -u
  <path class="area g0" d="M160.0 160.0L316.0 160.0L316.0 82.0L160.0 160.0Z"
  <path class="area g1" d="M160.0 160.0L316.0 160.0L316.0 82.0L160.0 160.0Z"
  <path class="area g1" d="M4.0 160.0L160.0 160.0L160.0 4.0L4.0 4.0L4.0 160.0Z"
  <path class="area g2" d="M4.0 160.0L160.0 160.0L160.0 4.0L4.0 4.0L4.0 160.0Z"
  <path class="area g3" d="M4.0 160.0L160.0 160.0L160.0 4.0L4.0 4.0L4.0 160.0Z"
  <path class="area gna" d="M160.0 160.0L316.0 160.0L316.0 82.0L160.0 160.0Z"
  $ grep -o '<p class="note">Not on the map[^<]*' map.html
  <p class="note">Not on the map, for want of an outline: Oosterveld-Noord, Oosterveld-Zuid.
  $ grep -c 'class="tile' map.html
  0
  [1]

Scenario records put the budget scenarios side by side, a column each;
without them there is no such section.

  $ for r in need greedy; do cat $D/small.jsonl $D/requests.jsonl | council-advise --budget 50000 --rule $r; done 2>/dev/null | grep '"scenario"' > scenarios.jsonl
  $ council-advise --format html --lang en --date 2026-11-23 $D/small.jsonl scenarios.jsonl 2>/dev/null > budget.html
  $ grep -o '<tr><th scope="row">\(Rule\|Requests funded\|Need covered\)</th>.*</tr>' budget.html
  <tr><th scope="row">Rule</th><td><strong>by need</strong></td><td><strong>most votes first</strong></td></tr>
  <tr><th scope="row">Requests funded</th><td class="num">2 of 4</td><td class="num">3 of 4</td></tr>
  <tr><th scope="row">Need covered</th><td class="num">52.3% → 52.3%</td><td class="num">52.3% → 52.3%</td></tr>
  $ grep -c 'budget scenarios' page.html map.html budget.html
  page.html:0
  map.html:0
  budget.html:2

Whatever the input says is text on the page, never markup: a measure
titled with a script is shown as it is written.

  $ printf '%s\n' '{"type":"proposal","id":"x1","text":"<script>alert(1)</script> **vet","budget":"10","approach":["lump-sum"]}' | cat $D/small.jsonl - | council-advise --format html --date 2026-11-23 2>/dev/null > hostile.html
  $ grep -c '<script' hostile.html
  0
  [1]
  $ grep -c '&lt;script&gt;alert(1)&lt;/script&gt;' hostile.html
  5

The page, like the letter, takes scenarios as records: --budget with it
is a usage error.

  $ council-advise --format html --budget 100 $D/small.jsonl
  council-advise: --budget, --rule and --completion write records: use them with --format jsonl, and give the letter their scenario records
  Try 'council-advise --help' for more information.
  [2]
