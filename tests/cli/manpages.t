Every program has a manual whose options are the ones --help lists, and
the same --version line.

  $ man=$TESTDIR/../../man
  $ bin=$(dirname "$(command -v initiative-add)")
  $ for p in $(ls "$bin"); do
  >   [ -f "$man/$p.1" ] || echo "$p: no manual"
  >   "$p" --help | grep -oE -- '(^|[ ,])--?[a-zA-Z][a-z0-9-]*' | sed 's/^[ ,]*//' | sort -u > help.txt
  >   grep -oE 'Fl (Fl )?[a-zA-Z][a-z0-9-]*' "$man/$p.1" | sed 's/^Fl Fl /--/; s/^Fl /-/' | sort -u > man.txt
  >   comm -23 help.txt man.txt | sed "s/^/$p: not in the manual: /"
  >   comm -13 help.txt man.txt | sed "s/^/$p: not in --help: /"
  >   "$p" --version | grep -qx "$p (samen) [0-9]*\.[0-9]*\.[0-9]*" || echo "$p: bad --version"
  >   "$p" --help | head -n 1 | grep -q "^usage: $p " || echo "$p: bad usage line"
  > done
