monthly-report: last month's page, put in place atomically.

  $ cron=monthly-report
  $ cp $TESTDIR/data/account-report/small.jsonl .
  $ mkdir www

On 1 April the last whole month is March:

  $ SAMEN_TODAY=2026-04-01 $cron -l en www small.jsonl; echo $?
  account-report: small.jsonl:14: initiative 'buurtkamer-noord' is in no initiative record; 3 lines name it, this the first
  0
  $ ls -A www
  2026-03.html
  $ grep -o '<title>[^<]*' www/2026-03.html
  <title>Accounts to participants — Lindewaarde, March 2026
  <title>Income and expenses, January 2026 – March 2026
  <title>Reach, January 2026 – March 2026
  <title>Goal: meals, January 2026 – March 2026

A run that fails leaves the last good page as it was, and no temporary file:

  $ cp www/2026-03.html before.html
  $ SAMEN_TODAY=2026-04-01 $cron www missing.jsonl; echo $?
  account-report: missing.jsonl: No such file or directory
  2
  $ ls -A www
  2026-03.html
  $ cmp before.html www/2026-03.html && echo unchanged
  unchanged

A run with rejected lines still publishes, and says so:

  $ echo '{"initiative":"x","date":"2026-04-31","event":"reach","participants":1}' >> small.jsonl
  $ SAMEN_TODAY=2026-05-10 $cron www small.jsonl; echo $?
  account-report: small.jsonl:17: date: '2026-04-31' is no day of the calendar
  account-report: small.jsonl:14: initiative 'buurtkamer-noord' is in no initiative record; 3 lines name it, this the first
  1
  $ ls -A www
  2026-03.html
  2026-04.html

  $ $cron www
  usage: monthly-report [-l en|nl] FOLDER FILE...
  [2]
