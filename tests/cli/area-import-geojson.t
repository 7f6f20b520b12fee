area-import --geojson puts each area's outline in its record, in RD New
metres, simplified by Douglas-Peucker to the tolerance.  The example map of
Lindewaarde (invented shapes, RD New) has wavy borders, a neighbourhood
with a hole (a harbour basin) and one in two parts:

  $ cp $TESTDIR/data/area-import/* .
  $ E=$TESTDIR/../../examples
  $ area-import --geojson $E/buurten-lindewaarde.geojson --tolerance 0 | jq -s 'map(.geometry.coordinates | flatten | length / 2) | add'
  1246
  $ area-import --geojson $E/buurten-lindewaarde.geojson | jq -s 'map(.geometry.coordinates | flatten | length / 2) | add'
  215
  $ area-import --geojson $E/buurten-lindewaarde.geojson --tolerance 50 | jq -s 'map(.geometry.coordinates | flatten | length / 2) | add'
  70
  $ area-import --geojson $E/buurten-lindewaarde.geojson | jq -c 'select(.area == "BU99010301" or .area == "BU9901039A") | [.area, .geometry.type, [.geometry.coordinates[] | length]]'
  ["BU99010301","Polygon",[21,5]]
  ["BU9901039A","MultiPolygon",[1,1]]

With the figures, each record gets its outline; the padded codes of the
map are cleaned as those of the figures are:

  $ area-import --cbs $E/cbs-lindewaarde.csv --geojson $E/buurten-lindewaarde.geojson 2>/dev/null | jq -c 'select(.level == "buurt") | [.area, .population, .geometry.type]' | head -n 3
  ["BU99010101",2140,"Polygon"]
  ["BU99010102",3380,"Polygon"]
  ["BU99010103",2910,"Polygon"]
  $ area-import --cbs $E/cbs-lindewaarde.csv --geojson $E/buurten-lindewaarde.geojson 2>/dev/null | jq -s 'map(select(.geometry)) | length'
  12

A map in WGS84 (no "crs", longitudes and latitudes) is converted to RD New
with the Schreutelkamp & Strang van Hees approximation; these squares were
made from whole RD metres and come back to within 0.1 m:

  $ area-import --geojson wgs84.geojson --tolerance 0 | jq -c '[.area, .geometry.coordinates[0][0], .geometry.coordinates[1][2]]'
  ["BU99010101",[150000,410000],[150900,410600]]
  ["BU9901039A",[[156000,410000],[157500,410000],[157500,411000],[156000,411000],[156000,410000]],null]

A map in another system is refused, and so is WGS84 outside the
Netherlands, rather than drawn in the wrong place:

  $ area-import --geojson mercator.geojson
  area-import: mercator.geojson: coordinates in urn:ogc:def:crs:EPSG::3857; samen reads RD New (EPSG:28992) or WGS84 (EPSG:4326): convert the map with ogr2ogr -t_srs EPSG:28992
  [2]
  $ area-import --geojson paris.geojson
  area-import: paris.geojson:1: feature 1: BU99010101: ring 1: position 1 (2.35, 48.85) lies outside the Netherlands
  [1]

A feature that cannot be used is rejected with its number, its code and
the ring or position at fault; the others come through:

  $ area-import --geojson bad.geojson --rejects rej.jsonl | jq -r .area
  area-import: bad.geojson:1: feature 1: no statcode, buurtcode, wijkcode, gemeentecode or code among its properties
  area-import: bad.geojson:2: feature 2: BU99010101: geometry Point: an outline is a Polygon or a MultiPolygon
  area-import: bad.geojson:3: feature 3: BU99010102: ring 1: a ring that is not closed (its last position must repeat its first)
  area-import: bad.geojson:4: feature 4: BU99010103: ring 1: a ring of fewer than 4 positions
  area-import: bad.geojson:5: feature 5: BU99010104: polygon 2: ring 1: position 2 is not [x, y]
  area-import: bad.geojson:6: feature 6: 'BU9901' is not a CBS code
  BU99010201
  $ jq -c '[.line, .raw]' rej.jsonl | head -n 2
  [1,"feature 1"]
  [2,"feature 2"]
