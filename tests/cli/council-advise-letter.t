The advice as a letter to the College, in Dutch and in English, exactly,
on the hand-computed case of council-advise-needs.t and four measures.

  $ D=$TESTDIR/data/council-advise
  $ cat $D/small.jsonl $D/measures.jsonl | council-advise --format letter --lang nl --date 2026-11-23 --top 3
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  # Advies over behoefte en aanbod in het sociaal domein
  
  **Aan:** het College van burgemeester en wethouders van Lindewaarde\
  **Van:** Sociale Adviesraad Lindewaarde\
  **Datum:** 23 november 2026\
  **Onderwerp:** behoefte en aanbod van bewonersinitiatieven
  
  Geacht College,
  
  ## Aanleiding
  
  U heeft ons om advies gevraagd over vier maatregelen. Wij hebben de maatregelen, en de uitgangspunten die de raad hanteert, gelegd naast wat bekend is over sociaal isolement in de buurten van Lindewaarde en over de bewonersinitiatieven die daarop inspelen: uitkomsten van de enquête voor 4 van de 4 gebieden, en 5 initiatieven met samen wekelijks plaats voor 350 deelnemers.
  
  ## Samenvatting
  
  Van de vier maatregelen steunen wij er één zoals hij er ligt, twee onder voorwaarden; over één adviseren wij negatief. Het gat tussen behoefte en aanbod is het grootst bij individueel isolement in Oude Kern (140 inwoners), maatschappelijk isolement in Oude Kern (60) en groepsisolement in Oude Kern (50). Al met al vinden zo'n 314 inwoners in een isolement geen plek bij een initiatief in hun buurt. In twee gebieden is de behoefte geheel of deels onbekend; dat is geen reden om aan te nemen dat die er niet is.
  
  ## Algemene opmerkingen
  
  - Wij zien met waardering dat er vijf bewonersinitiatieven actief zijn, waarvan twee in handen van de deelnemers zelf. Zij doen wat de gemeente zelf niet kan organiseren: zij bieden plekken waar mensen in een isolement anderen ontmoeten.
  - In één van de acht combinaties van gebied en vorm van isolement waarvan de behoefte bekend is, dekt het aanbod de behoefte al.
  - In de overige zeven is er een gat: van naar schatting 574 inwoners in een isolement vinden er zo'n 314 geen plek.
  - Voor één gebied geeft de enquête geen cijfers (1 met te weinig respondenten, 0 zonder uitkomsten). Een onbekende behoefte is geen kleine behoefte.
  - Het afgelopen jaar heeft één initiatief geen bijeenkomst gehouden waarin de deelnemers rekening en verantwoording goedkeurden. Juist verantwoording aan de deelnemers maakt vertrouwen mogelijk.
  - Zelforganisatie kan de kloof vergroten tussen buurten die zich makkelijk organiseren en buurten waar dat niet vanzelf gaat. Waar initiatieven bloeien, komen er gemakkelijk meer bij; het geld hoort daarom het gat te volgen, niet het initiatief.
  
  ## Beoordeling per uitgangspunt
  
  ### 1. Vertrouwen boven controle
  
  Maatregel m1 draagt hieraan bij.
  Maatregel m2 staat hiermee op gespannen voet.
  
  - **Maatregel m1.** De aanpak dient dit uitgangspunt: een vast bedrag zonder oormerk.
  - **Maatregel m2.** De aanpak botst met dit uitgangspunt: gedetailleerde monitoring op prestatie-indicatoren.
  
  ### 2. Samenredzaamheid
  
  Maatregel m1 draagt hieraan bij.
  Maatregel m2 staat hiermee op gespannen voet.
  
  - **Maatregel m1.** De aanpak dient dit uitgangspunt: collectieve voorzieningen.
  - **Maatregel m2.** De aanpak botst met dit uitgangspunt: individuele arrangementen.
  
  ### 3. Van onderop, met inwoners aan het roer bij de inkoop
  
  De maatregelen m3 en m4 dragen hieraan bij.
  Maatregel m2 staat hiermee op gespannen voet.
  
  - **Maatregel m2.** De aanpak botst met dit uitgangspunt: een aanbesteding onder grote aanbieders.
  - **Maatregel m3.** De aanpak dient dit uitgangspunt: ruimte voor coöperaties.
  - **Maatregel m4.** De aanpak dient dit uitgangspunt: initiatief van onderop.
  
  ### 4. Integraal in plaats van categoraal
  
  Maatregel m1 draagt hieraan bij.
  
  - **Maatregel m1.** De maatregel verbindt 2 terreinen: welzijn en zorg.
  
  ### 5. De meest geïsoleerden bereiken
  
  Maatregel m1 draagt hieraan bij.
  Maatregel m4 staat hiermee op gespannen voet.
  
  - **Maatregel m1.** De aanpak dient dit uitgangspunt: outreachend werken. De gebieden en vormen waarop de maatregel zich richt, hebben 44,6% van het totale gat tussen behoefte en aanbod, en 12,5% van alle gebieden en vormen met een bekende behoefte (concentratie 3,57).
  - **Maatregel m2.** De maatregel noemt geen gebieden of vormen van isolement, dus de cijfers kunnen niet laten zien of het geld gaat naar waar het gat zit.
  - **Maatregel m3.** De maatregel noemt geen gebieden of vormen van isolement, dus de cijfers kunnen niet laten zien of het geld gaat naar waar het gat zit.
  - **Maatregel m4.** De aanpak botst met dit uitgangspunt: alleen voor wie zich zelf aanmeldt. De gebieden en vormen waarop de maatregel zich richt, hebben 0% van het totale gat tussen behoefte en aanbod, en 12,5% van alle gebieden en vormen met een bekende behoefte (concentratie 0).
  
  ### 6. Verantwoording aan de deelnemers
  
  Maatregel m3 draagt hier alleen onder voorwaarden aan bij.
  
  - **Maatregel m3.** De aanpak dient dit uitgangspunt: een ledenvergadering. Niet elk initiatief dat de maatregel bereikt, legt verantwoording af aan zijn deelnemers: Zorgcoop Kern.
  
  ## Aanbevelingen
  
  1. **Maatregel m2** (Aanbesteding dagbesteding) — neem deze in deze vorm niet over. Een herziene maatregel zou aan de volgende voorwaarden moeten voldoen:
     - Vervang gedetailleerde monitoring door een korte jaarlijkse verantwoording, en laat informele initiatieven meedoen zonder dat zij eerst een rechtsvorm hoeven aan te nemen.
     - Bouw de maatregel op rond groepen en netwerken van inwoners in plaats van individuele arrangementen, en betrek het platform van initiatieven.
     - Geef inwoners en hun coöperaties een plaats aan tafel bij de inkoop, en stel de maatregel open voor coöperatieve zorg- en welzijnsorganisaties.
  2. **Maatregel m3** (Zorgcoöperatie versterken) — neem deze over onder de volgende voorwaarden:
     - Financier Zorgcoop Kern pas nadat de deelnemers op een bijeenkomst rekening en verantwoording hebben goedgekeurd.
  3. **Maatregel m4** (Groen in Marktkwartier) — neem deze over onder de volgende voorwaarden:
     - Zet het geld in waar het gat tussen behoefte en aanbod het grootst is, en laat zien wie de maatregel bereikt.
  4. **Maatregel m1** (Warme plekken in Oude Kern) — neem deze over zoals hij er ligt.
  5. **Oude Kern, individueel isolement.** Naar schatting 200 van de 1.000 inwoners (20%) leven in individueel isolement; het 95%-betrouwbaarheidsinterval loopt van 140 tot 270. Het aandeel is de directe schatting van de enquête, uit de 120 respondenten hier. Koffie-uurtje Oude Kern en Inloop Markt en Kern bieden hier wekelijks plaats aan 60 deelnemers. Dat dekt 30% van de behoefte; er blijft een gat van 140 inwoners (prioriteit 1 van 8). Steun Koffie-uurtje Oude Kern en Inloop Markt en Kern om er ongeveer 140 plaatsen bij te maken.
  6. **Oude Kern, maatschappelijk isolement.** Naar schatting 100 van de 1.000 inwoners (10%) leven in maatschappelijk isolement; het 95%-betrouwbaarheidsinterval loopt van 60 tot 160. Het aandeel is de directe schatting van de enquête, uit de 120 respondenten hier. Zorgcoop Kern biedt hier wekelijks plaats aan 40 deelnemers. Bij Zorgcoop Kern is de afgelopen twaalf maanden geen bijeenkomst geweest waarin de deelnemers rekening en verantwoording goedkeurden; verbind steun aan een bijeenkomst waarin dat alsnog gebeurt. Dat dekt 40% van de behoefte; er blijft een gat van 60 inwoners (prioriteit 2 van 8). De rangorde ten opzichte van groepsisolement in Oude Kern (prioriteit 3) is onzeker: hun intervallen overlappen voor meer dan de helft. Steun Zorgcoop Kern om er ongeveer 60 plaatsen bij te maken.
  7. **Oude Kern, groepsisolement.** Naar schatting 50 van de 1.000 inwoners (5%) leven in groepsisolement; het 95%-betrouwbaarheidsinterval loopt van 20 tot 100. Het aandeel is de directe schatting van de enquête, uit de 120 respondenten hier. Er is in dit gebied geen mild werkverband. Dat dekt 0% van de behoefte; er blijft een gat van 50 inwoners (prioriteit 3 van 8). De rangorde ten opzichte van maatschappelijk isolement in Oude Kern (prioriteit 2) is onzeker: hun intervallen overlappen voor meer dan de helft. De rangorde ten opzichte van groepsisolement in Marktkwartier (prioriteit 4) is onzeker: hun intervallen overlappen voor meer dan de helft. Ook in de omgeving is er niets van dien aard: help inwoners een mild werkverband op te zetten, zoals een buurtbedrijf, zorgboerderij of interculturele groep.
  8. **Onbekende behoefte.** Ondervraag meer inwoners, en vraag het de initiatieven en wijkteams, in Marktkwartier en Oosterveld-Zuid, voordat daar geld wordt verdeeld: een gebied zonder cijfers mag niet achterblijven bij een gebied met cijfers.
  
  ## Verzoek om een reactie
  
  Wij verzoeken u binnen zes weken schriftelijk en met redenen omkleed op dit advies te reageren: welke aanbevelingen u overneemt, en waarom u andere niet overneemt. Wij lichten dit advies graag mondeling aan u toe.
  
  Met vriendelijke groet,
  
  Sociale Adviesraad Lindewaarde

  $ cat $D/small.jsonl $D/measures.jsonl | council-advise --format letter --lang en --date 2026-11-23 --top 3 --council 'The Social Advisory Council of Lindewaarde (made up)'
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  # Advice on need and supply in the social domain
  
  **To:** the College of Mayor and Aldermen of Lindewaarde\
  **From:** The Social Advisory Council of Lindewaarde (made up)\
  **Date:** 23 November 2026\
  **Subject:** need and supply of citizens' initiatives
  
  Dear members of the College,
  
  ## Reason for this advice
  
  You have asked us for our advice on four measures. We have set the measures, and the principles the council holds to, against what is known about social isolation in the neighbourhoods of Lindewaarde and about the citizens' initiatives that answer it: survey results for 4 of 4 areas, and 5 initiatives with room for 350 participants a week.
  
  ## Summary
  
  Of the four measures we support one as it stands, two on conditions, and we advise against one. The gap between need and supply is largest for individual isolation in Oude Kern (140 residents), societal isolation in Oude Kern (60) and group isolation in Oude Kern (50). In all, some 314 residents in isolation find no place in an initiative near them. In two areas the need is wholly or partly unknown; that is no reason to assume there is none.
  
  ## General observations
  
  - We note with appreciation that five citizens' initiatives are at work, two of them owned by their own participants. They do what the municipality cannot organise itself: they offer places where people who are isolated find others.
  - In one of the eight combinations of area and form of isolation whose need is known, supply already covers the need.
  - In the other seven there is a gap: of an estimated 574 residents in isolation, some 314 find no place.
  - For one area the survey gives no figures (1 with too few respondents, 0 without results). An unknown need is not a small one.
  - In the past year one initiative has held no meeting at which the participants approved the accounts. Accounting to participants is what makes trust possible.
  - Self-organisation can widen the gap between neighbourhoods that organise themselves easily and those that do not. Where initiatives thrive, more come easily; money should therefore follow the gap, not the initiative.
  
  ## Assessment per principle
  
  ### 1. Trust over control
  
  Measure m1 serves it.
  Measure m2 goes against it.
  
  - **Measure m1.** The approach serves this principle: a lump sum, not earmarked.
  - **Measure m2.** The approach goes against this principle: detailed monitoring of performance indicators.
  
  ### 2. Collective self-reliance
  
  Measure m1 serves it.
  Measure m2 goes against it.
  
  - **Measure m1.** The approach serves this principle: collective arrangements.
  - **Measure m2.** The approach goes against this principle: individual arrangements.
  
  ### 3. Bottom-up, with citizens leading procurement
  
  Measures m3 and m4 serve it.
  Measure m2 goes against it.
  
  - **Measure m2.** The approach goes against this principle: a tender among large providers.
  - **Measure m3.** The approach serves this principle: room for cooperatives.
  - **Measure m4.** The approach serves this principle: initiative from below.
  
  ### 4. Integral, not categorical
  
  Measure m1 serves it.
  
  - **Measure m1.** The measure joins 2 domains: welfare and care.
  
  ### 5. Reach the most isolated
  
  Measure m1 serves it.
  Measure m4 goes against it.
  
  - **Measure m1.** The approach serves this principle: outreach work. The measure's areas and forms hold 44.6% of the total gap between need and supply, and 12.5% of all areas and forms with a known need (concentration 3.57).
  - **Measure m2.** The measure names no areas or forms of isolation, so the figures cannot show whether its money goes where the gap is.
  - **Measure m3.** The measure names no areas or forms of isolation, so the figures cannot show whether its money goes where the gap is.
  - **Measure m4.** The approach goes against this principle: only for those who sign up themselves. The measure's areas and forms hold 0% of the total gap between need and supply, and 12.5% of all areas and forms with a known need (concentration 0).
  
  ### 6. Accountability to participants
  
  Measure m3 serves it only on conditions.
  
  - **Measure m3.** The approach serves this principle: a members' meeting. Not every initiative the measure reaches accounts to its participants: Zorgcoop Kern.
  
  ## Recommendations
  
  1. **Measure m2** (Aanbesteding dagbesteding) — do not adopt it in this form. A revised measure should meet these conditions:
     - Replace detailed monitoring by a short yearly account, and let informal initiatives take part without first becoming a legal entity.
     - Build the measure around groups and networks of residents rather than individual arrangements, and involve the platform of initiatives.
     - Give residents and their cooperatives a seat at the table when the measure is procured, and open it to cooperative care and welfare organisations.
  2. **Measure m3** (Zorgcoöperatie versterken) — adopt it on these conditions:
     - Fund Zorgcoop Kern only after the participants have approved the accounts at a meeting.
  3. **Measure m4** (Groen in Marktkwartier) — adopt it on these conditions:
     - Direct the money to the neighbourhoods and forms of isolation where the gap between need and supply is largest, and report whom the measure reaches.
  4. **Measure m1** (Warme plekken in Oude Kern) — adopt it as it stands.
  5. **Oude Kern, individual isolation.** An estimated 200 of the 1,000 residents (20%) live in individual isolation; the 95% confidence interval runs from 140 to 270. The share is the survey's direct estimate, from the 120 respondents here. Koffie-uurtje Oude Kern and Inloop Markt en Kern have room here for 60 participants a week. That covers 30% of the need, leaving a gap of 140 residents (priority 1 of 8). Support Koffie-uurtje Oude Kern and Inloop Markt en Kern to grow by about 140 places.
  6. **Oude Kern, societal isolation.** An estimated 100 of the 1,000 residents (10%) live in societal isolation; the 95% confidence interval runs from 60 to 160. The share is the survey's direct estimate, from the 120 respondents here. Zorgcoop Kern has room here for 40 participants a week. Zorgcoop Kern has held no meeting in the last twelve months at which its participants approved the accounts; tie any support to a meeting where they do. That covers 40% of the need, leaving a gap of 60 residents (priority 2 of 8). The ranking against group isolation in Oude Kern (priority 3) is uncertain: their intervals overlap by more than half. Support Zorgcoop Kern to grow by about 60 places.
  7. **Oude Kern, group isolation.** An estimated 50 of the 1,000 residents (5%) live in group isolation; the 95% confidence interval runs from 20 to 100. The share is the survey's direct estimate, from the 120 respondents here. There is no mild work setting in this area. That covers 0% of the need, leaving a gap of 50 residents (priority 3 of 8). The ranking against societal isolation in Oude Kern (priority 2) is uncertain: their intervals overlap by more than half. The ranking against group isolation in Marktkwartier (priority 4) is uncertain: their intervals overlap by more than half. There is nothing of the kind nearby either: help residents set up a mild work setting, such as a neighbourhood business, care farm or intercultural group.
  8. **Unknown need.** Survey more residents, and ask the initiatives and neighbourhood teams, in Marktkwartier and Oosterveld-Zuid, before money is shared out there: an area without figures must not lose out to one with.
  
  ## Request for a reply
  
  We ask you to reply to this advice in writing within six weeks, stating which recommendations you adopt and, for those you do not, your reasons. We are glad to explain this advice in person.
  
  Yours sincerely,
  
  The Social Advisory Council of Lindewaarde (made up)

Without measures the letter is the council's own advice on needs, and
records of other types do not leak into it; SAMEN_TODAY dates it:

  $ SAMEN_TODAY=2026-12-01 council-advise --format letter --lang nl --top 1 $D/small.jsonl | grep -c ledger
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  0
  [1]
  $ SAMEN_TODAY=2026-12-01 council-advise --format letter --lang nl --top 1 $D/small.jsonl | sed -n '5p;12p;/^## Aanbevelingen/,/^## Verzoek/p'
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  **Datum:** 1 december 2026\
  Wij geven dit advies uit eigen beweging. Wij hebben de uitgangspunten die de raad hanteert gelegd naast wat bekend is over sociaal isolement in de buurten van Lindewaarde en over de bewonersinitiatieven die daarop inspelen: uitkomsten van de enquête voor 4 van de 4 gebieden, en 5 initiatieven met samen wekelijks plaats voor 350 deelnemers.
  ## Aanbevelingen
  
  1. **Oude Kern, individueel isolement.** Naar schatting 200 van de 1.000 inwoners (20%) leven in individueel isolement; het 95%-betrouwbaarheidsinterval loopt van 140 tot 270. Het aandeel is de directe schatting van de enquête, uit de 120 respondenten hier. Koffie-uurtje Oude Kern en Inloop Markt en Kern bieden hier wekelijks plaats aan 60 deelnemers. Dat dekt 30% van de behoefte; er blijft een gat van 140 inwoners (prioriteit 1 van 8). Steun Koffie-uurtje Oude Kern en Inloop Markt en Kern om er ongeveer 140 plaatsen bij te maken.
  2. **Onbekende behoefte.** Ondervraag meer inwoners, en vraag het de initiatieven en wijkteams, in Marktkwartier en Oosterveld-Zuid, voordat daar geld wordt verdeeld: een gebied zonder cijfers mag niet achterblijven bij een gebied met cijfers.
  
  ## Verzoek om een reactie

With --top 0 the letter recommends no gaps, only what to measure:

  $ council-advise --format letter --lang en --top 0 --date 2026-11-23 $D/small.jsonl | sed -n '/^## Recommendations/,/^## Request/p'
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  ## Recommendations
  
  1. **Unknown need.** Survey more residents, and ask the initiatives and neighbourhood teams, in Marktkwartier and Oosterveld-Zuid, before money is shared out there: an area without figures must not lose out to one with.
  
  ## Request for a reply

The letter describes the budget scenarios it is given (the scenario
records council-advise --budget --rule wrote), in its own section:

  $ for r in need greedy; do cat $D/small.jsonl $D/requests.jsonl | council-advise --budget 50000 --rule $r; done | grep '"scenario"' > scenarios.jsonl
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  $ council-advise --format letter --lang nl --date 2026-11-23 $D/small.jsonl scenarios.jsonl | sed -n "/^## Budgetscenario's/,/^## Aanbevelingen/p"
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  ## Budgetscenario's
  
  Wij hebben bekeken hoe het budget volgens elke verdeelregel zou worden verdeeld, en wie het zou bereiken:
  
  - Met een budget van € 50.000,00, verdeeld naar behoefte (het grootste gat eerst), worden twee aanvragen gehonoreerd, voor € 40.000,00. De gedekte behoefte blijft 52,3%. Het minst bediende gebied komt uit op 0%. Van het geld gaat 75% naar het vijfde deel van de gebieden met het meeste isolement.
  - Met een budget van € 50.000,00, verdeeld naar stemmen (de meest gekozen aanvragen eerst), worden drie aanvragen gehonoreerd, voor € 35.000,00. De gedekte behoefte blijft 52,3%. Het minst bediende gebied komt uit op 0%. Van het geld gaat 0% naar het vijfde deel van de gebieden met het meeste isolement. 100% van de stemmers ziet ten minste één van hun keuzes gehonoreerd.
  
  Zelforganisatie kan de kloof tussen buurten vergroten; wij vragen u te kiezen voor de verdeling waarbij het geld het gat volgt.
  
  ## Aanbevelingen
  $ council-advise --format letter --lang en --date 2026-11-23 $D/small.jsonl scenarios.jsonl | sed -n "/^## Budget scenarios/,/^## Recommendations/p"
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  ## Budget scenarios
  
  We have looked at how the budget would be shared out under each rule, and whom it would reach:
  
  - With a budget of €50,000.00 shared out by need (the largest gap first), two requests are funded, for €40,000.00. Need covered stays at 52.3%. The least served area ends at 0%. 75% of the money goes to the fifth of the areas where isolation is greatest.
  - With a budget of €50,000.00 shared out by votes (the most approved first), three requests are funded, for €35,000.00. Need covered stays at 52.3%. The least served area ends at 0%. 0% of the money goes to the fifth of the areas where isolation is greatest. 100% of the voters see at least one of their choices funded.
  
  Self-organisation can widen the gap between neighbourhoods; we ask you to choose the rule whose money follows the gap.
  
  ## Recommendations
