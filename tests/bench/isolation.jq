# The jq side of tests/bench/bench-isolation-score.sh (jq -L tests/bench,
# include "isolation"): `score' adds to a response what isolation-score
# adds, computed the same way: the De Jong Gierveld score, subscales and
# level, LSNS-6, the participation ladder, the three forms, severity and
# response (on examples its output equals isolation-score's); `tally'
# sums the weighted indicators per area as isolation-score --by area
# does before it prints.
def answer:
  if . == null then null
  elif type == "number" then . - 1
  else ascii_downcase
    | if . == "yes" or . == "yes!" or . == "ja" or . == "ja!" then 2
      elif . == "no" or . == "no!" or . == "nee" or . == "nee!" then 0
      else 1 end
  end;
def emotional: if length == 11
  then [false,true,true,false,true,true,false,false,true,true,false]
  else [true,false,false,false,true,true] end;
def djg:
  if . == null then null else
  (map(answer)) as $a | ($a | emotional) as $e
  | [range(0; $a | length) | select($a[.] != null)
      | if $e[.] then (if $a[.] != 0 then 1 else 0 end)
        else (if $a[.] != 2 then 1 else 0 end) end] as $s
  | ([$a[] | select(. == null)] | length) as $miss
  | [range(0; $a | length) | select($e[.])] as $ei
  | [range(0; $a | length) | select($e[.] | not)] as $si
  | (if $miss > 1 then null else ($s | add // 0) end) as $score
  | { items: ($a | length), score: $score,
      emotional: (if any($ei[]; $a[.] == null) then null
        else [$ei[] | if $a[.] != 0 then 1 else 0 end] | add end),
      social: (if any($si[]; $a[.] == null) then null
        else [$si[] | if $a[.] != 2 then 1 else 0 end] | add end),
      missing: $miss,
      level: (if $score == null then null
        elif ($a | length) == 11 then
          (if $score >= 11 then "very-severe" elif $score >= 9 then "severe"
           elif $score >= 3 then "moderate" else "not-lonely" end)
        else (if $score >= 5 then "severe" elif $score >= 2 then "moderate"
           else "not-lonely" end) end) }
  end;
def lsns:
  if . == null then null else
  { score: (if any(.[]; . == null) then null else add end),
    family: (if any(.[0:3][]; . == null) then null else .[0:3] | add end),
    friends: (if any(.[3:6][]; . == null) then null else .[3:6] | add end) }
  | .at_risk = (if .score == null then null else .score < 12 end)
  end;
def ladder:
  if .ladder != null then .ladder
  elif .paid_work == null then null
  elif .paid_work == "regular" then 6 elif .paid_work == "supported" then 5
  elif .unpaid_work == null then null elif .unpaid_work then 4
  elif .organised_activity == null then null elif .organised_activity then 3
  elif .contact_outside_home == null then null
  elif .contact_outside_home then 2 else 1 end;
def score:
(.djg | djg) as $d
| (.lsns | lsns) as $l
| ladder as $step
| (if $d == null or $d.emotional == null then null
   else $d.emotional >= (if $d.items == 11 then 3 else 1 end) end) as $el
| (if $d == null or $d.social == null then null
   else $d.social >= (if $d.items == 11 then 3 else 1 end) end) as $sl
| { societal: (if $step == null then null else $step <= 2 end),
    group: (if .contacts == null then null else .contacts == "mostly-own-group" end),
    individual: (if $el == false or $l.at_risk == false then false
      elif $el == null or $l == null or $l.at_risk == null then null
      else true end) } as $f
| .isolation = { djg: $d, emotionally_lonely: $el, socially_lonely: $sl,
    lsns: $l, ladder: $step, forms: $f,
    primary: (if $f.individual then "individual" elif $f.individual == null then null
      elif $f.group then "group" elif $f.group == null then null
      elif $f.societal then "societal" else null end),
    severity: (if $d.level == null then null
      elif $d.level == "severe" or $d.level == "very-severe" then "severe"
      elif $d.level == "moderate" then "persistent" else "none" end) }
| .isolation.response = ({ individual: "warm-place", group: "mild-work-setting",
    societal: "environment-initiative" }[.isolation.primary // "none"]);
def indicators:
  .isolation as $i
  | { lonely: (if $i.djg.level == null then null else $i.djg.level != "not-lonely" end),
      severely_lonely: (if $i.djg.level == null then null
        else $i.djg.level == "severe" or $i.djg.level == "very-severe" end),
      emotionally_lonely: $i.emotionally_lonely, socially_lonely: $i.socially_lonely,
      societal: $i.forms.societal, group: $i.forms.group,
      individual: $i.forms.individual, lsns_at_risk: $i.lsns.at_risk }
  + ([range(1; 7) as $k | { key: "ladder_\($k)",
      value: (if $i.ladder == null then null else $i.ladder == $k end) }]
     | from_entries);
def tally:
  reduce (inputs | score | . as $r | (.weight // 1) as $w
      | { area, w: $w, ind: indicators }) as $r ({};
    .[$r.area] |= ((.n += 1) | (.w += $r.w) | (.w2 += $r.w * $r.w)
      | reduce ($r.ind | to_entries[] | select(.value != null)) as $e (.;
          .cells[$e.key] |= ((.n += 1) | (.w += $r.w) | (.w2 += $r.w * $r.w)
            | (.t += (if $e.value then $r.w else 0 end))))))
  | to_entries | sort_by(.key)[]
  | { area: .key, n: .value.n, weight_sum: .value.w,
      n_eff: (.value.w * .value.w / .value.w2),
      shares: (.value.cells | map_values({ share: (.t / .w), n })) };
