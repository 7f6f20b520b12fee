account-report: one account per initiative and period, from ledger events.

  $ cp $TESTDIR/data/account-report/* .

small.jsonl has an initiative record for zorgcoop-sprang but none for
buurtkamer-noord, whose account has no name and no known owner; every run
says so (account-report-unknown.t shows that warning in full).

Every month from an initiative's first event to its last gets a report,
February too, where nothing happened (zero means, the goal carried).
Initiative and other records pass through, in order, before the accounts:

  $ account-report small.jsonl | cut -c 1-90
  account-report: small.jsonl:14: initiative 'buurtkamer-noord' is in no initiative record; 3 lines name it, this the first
  {"type":"initiative","id":"zorgcoop-sprang","name":"Zorgcoöperatie Sprang","kind":"care-c
  {"type":"area","area":"GM9901","name":"Lindewaarde"}
  {"type":"account","initiative":"buurtkamer-noord","name":null,"period":"2026-02","from":"2
  {"type":"account","initiative":"zorgcoop-sprang","name":"Zorgcoöperatie Sprang","period":
  {"type":"account","initiative":"zorgcoop-sprang","name":"Zorgcoöperatie Sprang","period":
  {"type":"account","initiative":"zorgcoop-sprang","name":"Zorgcoöperatie Sprang","period":

The whole record for one month:

  $ account-report --month 2026-01 --initiative zorgcoop-sprang small.jsonl | tail -n 1
  {"type":"account","initiative":"zorgcoop-sprang","name":"Zorgcoöperatie Sprang","period":"2026-01","from":"2026-01-01","to":"2026-01-31","means":{"income":"1250.00","expenses":"80.50","balance":"1169.50","by_source":{"municipality":"1250.00","fund":"0.00","members":"0.00","donations":"0.00","sales":"0.00","other":"0.00"},"by_category":{"accommodation":"80.50","activities":"0.00","staff":"0.00","materials":"0.00","other":"0.00"},"municipality_share":1.0,"hours":{"volunteer":12.5,"member":0,"professional":4,"total":16.5}},"goals":[{"goal":"meals","unit":"meals a week","per":"month","since":"2026-01-01","target":40,"actual":36,"results":1,"progress":0.9,"met":false}],"reach":{"participants":34,"date":"2026-01-31"},"meetings":{"held":0,"attendees":0,"last":null,"plan_agreed":null,"accounts_approved":null},"adjustments":0,"owned_by_participants":true,"accountability":{"value":{"verdict":"fail","reason":"the one goal with a result was not met"},"pride":{"verdict":"pass","reason":"volunteers and members gave 76% of the 16.5 hours; the participants own the initiative"},"accounts":{"verdict":"unknown","reason":"no meeting has approved the accounts yet, but the ledger covers only 1 of the 12 months looked back over"},"adjusts":{"verdict":"unknown","reason":"no goal was missed in the 12 months before this period, so there was nothing to adjust"},"agreement":{"verdict":"unknown","reason":"no meeting yet, but the ledger covers only 1 of the 12 months looked back over"}}}

February: nothing happened, the goal is carried, its January miss waits for
an adjustment; March: the adjustment came:

  $ account-report --month 2026-02 --initiative zorgcoop-sprang --format text small.jsonl
  Zorgcoöperatie Sprang (zorgcoop-sprang), February 2026
  1 February 2026 to 28 February 2026
  
  Means
    Income                                             €0.00
    Expenses                                           €0.00
    Balance                                            €0.00
    Hours given: 0 hours
  
  Goals and results
    meals (meals a week): Target 40, Achieved 0 (0%): no result reported
  
  Reach: not reported
  Meetings: 0 (0 attendees)
  Adjustments: 0
  
  Five questions
    1. Can the people it is for expect quality and value?
       Value           cannot tell yet: the goal in force has no result to judge yet
    2. Can the participants be proud of their role, their own work and their ownership?
       Pride           cannot tell yet: no hours were recorded in this period
    3. Does it account to its participants, at least once a year, for its means, goals and results?
       Accounts        cannot tell yet: no meeting has approved the accounts yet, but the ledger covers only 2 of the 12 months looked back over
    4. Is it visibly adjusted when that is needed?
       Adjusts         cannot tell yet: a goal was missed recently and may still be adjusted (a shortfall gets 1 month)
    5. Do those who run it and those it serves agree on its scale and set-up?
       Agreement       cannot tell yet: no meeting yet, but the ledger covers only 2 of the 12 months looked back over

  $ account-report --month 2026-03 --initiative zorgcoop-sprang --format text small.jsonl
  Zorgcoöperatie Sprang (zorgcoop-sprang), March 2026
  1 March 2026 to 31 March 2026
  
  Means
    Income                                           €250.00
      members' contributions                         €250.00
    Expenses                                           €0.00
    Balance                                          €250.00
    Share of income from the municipality: 0%
    Hours given: 0 hours
  
  Goals and results
    meals (meals a week): Target 40, Achieved 44 (110%): yes
  
  Reach: not reported
  Meetings: 1 (21 attendees)
  Adjustments: 1
  
  Five questions
    1. Can the people it is for expect quality and value?
       Value           yes: the one goal with a result was met
    2. Can the participants be proud of their role, their own work and their ownership?
       Pride           cannot tell yet: no hours were recorded in this period
    3. Does it account to its participants, at least once a year, for its means, goals and results?
       Accounts        yes: the accounts were approved at the meeting of 15 March 2026
    4. Is it visibly adjusted when that is needed?
       Adjusts         yes: every missed goal was followed by an adjustment (1 of 1)
    5. Do those who run it and those it serves agree on its scale and set-up?
       Agreement       yes: the plan was agreed at the last meeting, on 15 March 2026

A quarter adds the months up; a monthly goal's target adds up too:

  $ account-report --period quarter --format text small.jsonl
  account-report: small.jsonl:14: initiative 'buurtkamer-noord' is in no initiative record; 3 lines name it, this the first
  buurtkamer-noord, Q1 2026
  1 January 2026 to 31 March 2026
  
  Means
    Income                                            €75.25
      donations                                       €75.25
    Expenses                                          €19.99
      materials                                       €19.99
    Balance                                           €55.26
    Share of income from the municipality: 0%
    Hours given: 6 hours (members 6)
  
  Goals and results
    No goals were set for this period.
  
  Reach: not reported
  Meetings: 0 (0 attendees)
  Adjustments: 0
  
  Five questions
    1. Can the people it is for expect quality and value?
       Value           cannot tell yet: no goals are in force for this period
    2. Can the participants be proud of their role, their own work and their ownership?
       Pride           yes: volunteers and members gave 100% of the 6 hours
    3. Does it account to its participants, at least once a year, for its means, goals and results?
       Accounts        cannot tell yet: no meeting has approved the accounts yet, but the ledger covers only 2 of the 12 months looked back over
    4. Is it visibly adjusted when that is needed?
       Adjusts         cannot tell yet: no goal was missed in the 12 months before this period, so there was nothing to adjust
    5. Do those who run it and those it serves agree on its scale and set-up?
       Agreement       cannot tell yet: no meeting yet, but the ledger covers only 2 of the 12 months looked back over
  
  Zorgcoöperatie Sprang (zorgcoop-sprang), Q1 2026
  1 January 2026 to 31 March 2026
  
  Means
    Income                                         €1,500.00
      municipality                                 €1,250.00
      members' contributions                         €250.00
    Expenses                                          €80.50
      accommodation                                   €80.50
    Balance                                        €1,419.50
    Share of income from the municipality: 83%
    Hours given: 16.5 hours (volunteers 12.5, professionals 4)
  
  Goals and results
    meals (meals a week): Target 120, Achieved 80 (67%): no
  
  Reach: 34 participants (31 January 2026)
  Meetings: 1 (21 attendees)
  Adjustments: 1
  
  Five questions
    1. Can the people it is for expect quality and value?
       Value           no: the one goal with a result was not met
    2. Can the participants be proud of their role, their own work and their ownership?
       Pride           yes: volunteers and members gave 76% of the 16.5 hours; the participants own the initiative
    3. Does it account to its participants, at least once a year, for its means, goals and results?
       Accounts        yes: the accounts were approved at the meeting of 15 March 2026
    4. Is it visibly adjusted when that is needed?
       Adjusts         cannot tell yet: no goal was missed in the 12 months before this period, so there was nothing to adjust
    5. Do those who run it and those it serves agree on its scale and set-up?
       Agreement       yes: the plan was agreed at the last meeting, on 15 March 2026

  $ account-report --period year small.jsonl | grep -o '"period":"[^"]*"'
  account-report: small.jsonl:14: initiative 'buurtkamer-noord' is in no initiative record; 3 lines name it, this the first
  "period":"2026"
  "period":"2026"

--initiative is repeatable; --from and --to pick the periods that overlap:

  $ account-report --initiative buurtkamer-noord --initiative nobody small.jsonl | grep -c '"type":"account"'
  account-report: small.jsonl:14: initiative 'buurtkamer-noord' is in no initiative record; 3 lines name it, this the first
  account-report: --initiative 'nobody': unknown initiative (one of: zorgcoop-sprang, buurtkamer-noord); no ledger event names it, so it has no account
  1

  $ account-report --from 2026-02-15 --to 2026-03 small.jsonl | grep -o '"initiative":"[^"]*","name":[^,]*,"period":"[^"]*"'
  account-report: small.jsonl:14: initiative 'buurtkamer-noord' is in no initiative record; 3 lines name it, this the first
  "initiative":"buurtkamer-noord","name":null,"period":"2026-02"
  "initiative":"zorgcoop-sprang","name":"Zorgcoöperatie Sprang","period":"2026-02"
  "initiative":"zorgcoop-sprang","name":"Zorgcoöperatie Sprang","period":"2026-03"

  $ account-report --from 2026-03-01 --period quarter small.jsonl | grep -o '"period":"[^"]*"'
  account-report: small.jsonl:14: initiative 'buurtkamer-noord' is in no initiative record; 3 lines name it, this the first
  "period":"2026-Q1"
  "period":"2026-Q1"

--month last is the last whole month before today (SAMEN_TODAY for tests):

  $ SAMEN_TODAY=2026-04-01 account-report --month last small.jsonl | grep -c '"type":"account"'
  account-report: small.jsonl:14: initiative 'buurtkamer-noord' is in no initiative record; 3 lines name it, this the first
  1

  $ SAMEN_TODAY=2026-03-31 account-report --month last small.jsonl | grep -o '"initiative":"[^"]*","name":[^,]*,"period":"[^"]*"'
  account-report: small.jsonl:14: initiative 'buurtkamer-noord' is in no initiative record; 3 lines name it, this the first
  "initiative":"buurtkamer-noord","name":null,"period":"2026-02"
  "initiative":"zorgcoop-sprang","name":"Zorgcoöperatie Sprang","period":"2026-02"

  $ SAMEN_TODAY=2026-02-30 account-report --month last small.jsonl
  account-report: SAMEN_TODAY '2026-02-30': is no day of the calendar
  Try 'account-report --help' for more information.
  [2]

Dutch, the Dutch way:

  $ account-report --month 2026-01 --lang nl --format text small.jsonl
  account-report: small.jsonl:14: initiative 'buurtkamer-noord' is in no initiative record; 3 lines name it, this the first
  Zorgcoöperatie Sprang (zorgcoop-sprang), januari 2026
  1 januari 2026 t/m 31 januari 2026
  
  Middelen
    Inkomsten                                     € 1.250,00
      gemeente                                    € 1.250,00
    Uitgaven                                         € 80,50
      huisvesting                                    € 80,50
    Saldo                                         € 1.169,50
    Deel van de inkomsten dat van de gemeente komt: 100%
    Inzet in uren: 16,5 uur (vrijwilligers 12,5, beroepskrachten 4)
  
  Doelen en resultaten
    meals (meals a week): Streefwaarde 40, Behaald 36 (90%): nee
  
  Bereik: 34 deelnemers (31 januari 2026)
  Bijeenkomsten: 0 (0 aanwezigen)
  Bijstellingen: 0
  
  Vijf vragen
    1. Mogen de mensen voor wie het er is kwaliteit en waarde verwachten?
       Waarde          nee: het enige doel met een resultaat is niet gehaald
    2. Kunnen de deelnemers trots zijn op hun rol, hun eigen inzet en hun eigenaarschap?
       Trots           ja: vrijwilligers en leden gaven 76% van de 16,5 uur; het initiatief is in handen van de deelnemers
    3. Legt het initiatief minstens eens per jaar aan de deelnemers verantwoording af over middelen, doelen en resultaten?
       Verantwoording  nog niet te zeggen: er is nog geen jaarrekening goedgekeurd, maar de boekhouding beslaat pas 1 van de 12 maanden waarover wordt teruggekeken
    4. Wordt het aantoonbaar bijgesteld als dat nodig is?
       Bijsturing      nog niet te zeggen: in de 12 maanden voor deze periode is geen doel gemist, dus er viel niets bij te stellen
    5. Zijn uitvoerders en deelnemers het eens over de schaal en de opzet?
       Overeenstemming nog niet te zeggen: nog geen bijeenkomst, maar de boekhouding beslaat pas 1 van de 12 maanden waarover wordt teruggekeken

  $ account-report --month 2026-03 --lang nl --format markdown --initiative zorgcoop-sprang small.jsonl
  # Verantwoording aan de deelnemers
  
  Middelen, doelen en resultaten van elk initiatief, en de vijf vragen die elk initiatief moet kunnen beantwoorden voor de mensen voor wie het er is.
  
  ## Zorgcoöperatie Sprang, maart 2026
  
  *1 maart 2026 – 31 maart 2026*
  
  ### Middelen
  
  |  | Bedrag |
  |---|---:|
  | **Inkomsten** | **€ 250,00** |
  | contributie van leden | € 250,00 |
  | **Uitgaven** | **€ 0,00** |
  | **Saldo** | **€ 250,00** |
  
  Deel van de inkomsten dat van de gemeente komt: 0%.  
  Inzet in uren: 0 uur.
  
  ### Doelen en resultaten
  
  | Doel | Streefwaarde | Behaald | Voortgang | Gehaald? |
  |---|---:|---:|---:|---|
  | meals (meals a week) | 40 | 44 | 110% | ja |
  
  Bereik: niet opgegeven.  
  Bijeenkomsten: 1 (21 aanwezigen).  
  Bijstellingen: 1.
  
  ### Vijf vragen
  
  | Vraag | Oordeel | Waarom |
  |---|---|---|
  | 1. **Waarde**: Mogen de mensen voor wie het er is kwaliteit en waarde verwachten? | ja | het enige doel met een resultaat is gehaald |
  | 2. **Trots**: Kunnen de deelnemers trots zijn op hun rol, hun eigen inzet en hun eigenaarschap? | nog niet te zeggen | in deze periode zijn geen uren vastgelegd |
  | 3. **Verantwoording**: Legt het initiatief minstens eens per jaar aan de deelnemers verantwoording af over middelen, doelen en resultaten? | ja | de jaarrekening is goedgekeurd op de bijeenkomst van 15 maart 2026 |
  | 4. **Bijsturing**: Wordt het aantoonbaar bijgesteld als dat nodig is? | ja | op elk gemist doel volgde een bijstelling (1 van de 1) |
  | 5. **Overeenstemming**: Zijn uitvoerders en deelnemers het eens over de schaal en de opzet? | ja | op de laatste bijeenkomst, op 15 maart 2026, is het plan aangenomen |

Thresholds from a YAML --config; a typo there is an error that helps:

  $ account-report --month 2026-01 --initiative zorgcoop-sprang small.jsonl | grep -o '"pride":{[^}]*}'
  "pride":{"verdict":"pass","reason":"volunteers and members gave 76% of the 16.5 hours; the participants own the initiative"}
  $ account-report --month 2026-01 --config strict.yaml --initiative zorgcoop-sprang small.jsonl | grep -o '"pride":{[^}]*}'
  "pride":{"verdict":"fail","reason":"volunteers and members gave only 76% of the 16.5 hours (at least 90% expected); the participants own the initiative"}
  $ account-report --month 2026-02 --config strict.yaml --initiative buurtkamer-noord small.jsonl | grep -o '"pride":{[^}]*}'
  account-report: small.jsonl:14: initiative 'buurtkamer-noord' is in no initiative record; 3 lines name it, this the first
  "pride":{"verdict":"unknown","reason":"volunteers and members gave 100% of the 6 hours; who owns the initiative is not known"}

  $ account-report --config typo.yaml small.jsonl
  account-report: typo.yaml: pride.min_share_hour: unknown setting (did you mean 'min_share_hours'?)
  [2]

  $ account-report --config missing.yaml small.jsonl
  account-report: missing.yaml: No such file or directory
  [2]

Human formats leave other records out; jsonl keeps them:

  $ account-report --format text small.jsonl | grep -q Lindewaarde || echo 'not in the text'
  account-report: small.jsonl:14: initiative 'buurtkamer-noord' is in no initiative record; 3 lines name it, this the first
  not in the text
