isolation-estimate on data with a known truth (tests/tools/gen-sae): 1000
neighbourhoods whose true share of group isolation follows two covariates
and an area effect, 0 to 45 respondents each, through isolation-score
--partial.  For the areas under 30 respondents the model's squared error
against the truth is a small part of the direct estimates' (the figure is
that part), and the 95% intervals cover the truth in about 95% of all
areas, the synthetic ones out of the sample included.  Three seeds:

  $ tools=$(dirname "$(command -v isolation-score)")/../tools
  $ check='(map(select(.theta)) | map({(.area): .theta}) | add) as $t
  >   | map(select(.type == "isolation")) as $e
  >   | ($e | map(select(.n > 0 and .n < 30))) as $small
  >   | ($small | map((.shares.group.share - $t[.area]) | . * .) | add) as $model
  >   | ($small | map((.shares.group.direct - $t[.area]) | . * .) | add) as $direct
  >   | ($e | map(select(.shares.group.low <= $t[.area] and $t[.area] <= .shares.group.high)) | length) as $in
  >   | "areas \($e | length), under 30: \($small | length), squared error \($model / $direct * 1000 | round / 1000) of the direct, coverage \($in / ($e | length) * 1000 | round / 10)%"'
  $ for seed in 1 2 3; do
  >   "$tools/gen-sae" --areas 1000 --seed $seed --truth truth.$seed > survey.$seed
  >   isolation-score --partial survey.$seed |
  >     isolation-estimate --covariates share_65_plus,income_index --indicators group > est.$seed
  >   jq -n -r --slurpfile t truth.$seed --slurpfile e est.$seed "\$t + \$e | $check"
  > done
  areas 1000, under 30: 602, squared error 0.093 of the direct, coverage 92.5%
  areas 1000, under 30: 575, squared error 0.107 of the direct, coverage 94.7%
  areas 1000, under 30: 573, squared error 0.093 of the direct, coverage 90.2%
  $ cat est.* | jq -s -r 'map(select(.type == "isolation_model")) | .[] | [.sigma2_u, .beta.share_65_plus, .beta.income_index, .areas_in_sample] | map(. * 10000 | round / 10000 | tostring) | join(" ")'
  0.0011 0.304 -0.0019 949
  0.0015 0.2788 -0.002 944
  0.001 0.318 -0.0021 944

The true sigma2_u is 0.0016 and the true slopes 0.3 and -0.002.  sigma2_u
comes out low, and the intervals a little short of 95%: psi_d is smoothed
with pbar (1 - pbar) (isolation-estimate(1)), which exceeds the mean of
theta_d (1 - theta_d) when the shares differ between areas, and with
sampling variances five times sigma2_u its estimate is noisy.  Over the
three seeds together the intervals cover the truth in 90 to 98% of areas,
and in every seed the model's squared error is under half the direct's:

  $ for seed in 1 2 3; do
  >   jq -n --slurpfile t truth.$seed --slurpfile e est.$seed '($t | map({(.area): .theta}) | add) as $t
  >     | $e | map(select(.type == "isolation")) | [length, (map(select(.shares.group.low <= $t[.area] and $t[.area] <= .shares.group.high)) | length),
  >       (map(select(.n > 0 and .n < 30)) | (map((.shares.group.share - $t[.area]) | . * .) | add) / (map((.shares.group.direct - $t[.area]) | . * .) | add))]'
  > done | jq -s -r '((map(.[1]) | add) / (map(.[0]) | add)) as $c | [($c >= 0.90 and $c <= 0.98), all(.[]; .[2] < 0.5)] | @tsv'
  true	true
