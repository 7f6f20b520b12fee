The library keeps its rooms: core depends on nothing of samen, num on core,
base on core and num, each domain on those three, and advice may read the
initiative record's contract from registry and nothing else of another
domain (tests/layering.sh says the rules).  The tree as it is passes.

  $ root=$TESTDIR/../..
  $ sh "$root/tests/layering.sh" "$root"

A forbidden include fails, naming the file, the line and the include: a
copy of lib/ where the survey reads the registry, core reads the
survey, advice reads a part of the registry that is not the initiative
record, and a room includes a header of cmd/.

  $ mkdir -p tree && cp -R "$root/lib" tree/lib
  $ printf '#include "registry/enrol.h"\n' >> tree/lib/survey/ladder.h
  $ printf '#include "survey/ladder.h"\n' >> tree/lib/core/slug.c
  $ printf '#include "registry/enrol.h"\n' >> tree/lib/advice/needs.c
  $ printf '#include "cmd/x.h"\n' >> tree/lib/base/area.c
  $ sh "$root/tests/layering.sh" tree >out; st=$?; sed "s/:[0-9]*:/:N:/" out; (exit $st)
  lib/advice/needs.c:N: advice may not include "registry/enrol.h"
  lib/base/area.c:N: base may not include "cmd/x.h"
  lib/core/slug.c:N: core may not include "survey/ladder.h"
  lib/survey/ladder.h:N: survey may not include "registry/enrol.h"
  [1]

An include without a room (the flat layout of old) is refused too, and so
is a folder that is no room.

  $ rm -rf tree && mkdir -p tree && cp -R "$root/lib" tree/lib
  $ printf '#include "slug.h"\n' >> tree/lib/core/utf8.c
  $ mkdir tree/lib/misc && touch tree/lib/misc/x.c
  $ sh "$root/tests/layering.sh" tree >out; st=$?; sed "s/:[0-9]*:/:N:/" out; (exit $st)
  lib/core/utf8.c:N: core may not include "slug.h"
  lib/misc/x.c: no such room: misc
  [1]
