The accounts question looks back over "the 12 months up to the period's
end": from the same day a year before the period's last day to that last
day, both included (account-report(1), The five questions).  An approval
exactly twelve months before the end counts; one a day earlier does not,
and the reason then names the window, so the date it gives is plainly
outside.

A ledger from January 2025, with the accounts approved on 30 and 31
December 2025:

  $ ev() { printf '{"initiative":"i","date":"%s","event":"%s"%s}\n' "$@"; }
  $ { ev 2025-01-05 hours ',"hours":1,"by":"volunteer"'
  >   ev 2025-12-30 meeting ',"attendees":9,"accounts_approved":true,"plan_agreed":true'
  >   ev 2025-12-31 meeting ',"attendees":8,"accounts_approved":true,"plan_agreed":true'
  >   ev 2027-01-31 hours ',"hours":1,"by":"volunteer"'; } > ledger.jsonl
  $ q() { jq -r '"\(.period) \(.accountability.accounts.verdict): \(.accountability.accounts.reason)"'; }

December 2026 looks back to 31 December 2025, the later approval; January
2027 to 31 January 2026, past both:

  $ account-report --month 2026-12 ledger.jsonl | q
  2026-12 pass: the accounts were approved at the meeting of 31 December 2025
  $ account-report --month 2027-01 ledger.jsonl | q
  2027-01 fail: no meeting approved the accounts from 31 January 2026 to 31 January 2027 (12 months); the last approval was on 31 December 2025

With only the earlier approval, December 2026 fails, and says from when:

  $ grep -v 2025-12-31 ledger.jsonl | account-report --month 2026-12 | q
  2026-12 fail: no meeting approved the accounts from 31 December 2025 to 31 December 2026 (12 months); the last approval was on 30 December 2025
  $ grep -v 2025-12-31 ledger.jsonl | account-report --month 2026-12 --lang nl | q
  2026-12 fail: van 31 december 2025 tot en met 31 december 2026 (12 maanden) heeft geen bijeenkomst de jaarrekening goedgekeurd; de laatste keer was op 30 december 2025

A quarter or a year looks back from its own last day: the fourth quarter
and the year 2026 end on 31 December 2026, as December does:

  $ account-report --period quarter --from 2026-10 --to 2026-12 ledger.jsonl | q
  2026-Q4 pass: the accounts were approved at the meeting of 31 December 2025
  $ account-report --period year --from 2026-01 --to 2026-12 ledger.jsonl | q
  2026 pass: the accounts were approved at the meeting of 31 December 2025

--month last is the last whole month before today, whatever day of the
month today is, and its window ends on that month's last day: on 1 and
on 31 January 2027 alike, December 2026:

  $ SAMEN_TODAY=2027-01-01 account-report --month last ledger.jsonl | q
  2026-12 pass: the accounts were approved at the meeting of 31 December 2025
  $ SAMEN_TODAY=2027-01-31 account-report --month last ledger.jsonl | q
  2026-12 pass: the accounts were approved at the meeting of 31 December 2025

A month not yet over is reported to its last day all the same: the window
moves with the period, never with today:

  $ SAMEN_TODAY=2027-01-15 account-report --month 2027-01 ledger.jsonl | jq -r .to
  2027-01-31

A leap day: February 2025 looks back to 28 February 2024 (a year before
its last day), so an approval on 28 or 29 February 2024 counts, and one on
the 27th does not:

  $ for d in 27 28 29; do
  >   { ev 2024-02-$d meeting ',"accounts_approved":true'; ev 2025-02-10 hours ',"hours":1,"by":"volunteer"'; } |
  >   account-report --month 2025-02 | jq -r .accountability.accounts.verdict
  > done
  fail
  pass
  pass

The plan's agreement looks back over the same kind of window:

  $ grep -v 2025-12-3 ledger.jsonl | account-report --month 2026-12 | jq -r .accountability.agreement.reason
  no meeting was held from 31 December 2025 to 31 December 2026 (12 months)
