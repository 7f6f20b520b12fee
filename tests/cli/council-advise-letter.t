The advice as a letter to the College, in Dutch and in English, exactly,
on the hand-computed case of council-advise-needs.t and four measures.

  $ D=$TESTDIR/data/council-advise
  $ cat $D/small.jsonl $D/measures.jsonl | council-advise --format letter --lang nl --date 2026-11-23 --top 3
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  % Advies over behoefte en aanbod in het sociaal domein
  % Sociale Adviesraad Lindewaarde
  % 23 november 2026
  
  **Aan:** het College van burgemeester en wethouders van Lindewaarde
  
  **Onderwerp:** behoefte en aanbod van bewonersinitiatieven
  
  Geacht College,
  
  ## Aanleiding
  
  U heeft ons om advies gevraagd over vier maatregelen. Wij hebben de maatregelen, en de uitgangspunten die de raad hanteert, gelegd naast wat bekend is over sociaal isolement in de buurten van Lindewaarde en over de bewonersinitiatieven die daarop inspelen: uitkomsten van de enquête voor 4 van de 4 gebieden, en 5 initiatieven met samen wekelijks plaats voor 350 deelnemers.
  
  ## Samenvatting
  
  Van de vier maatregelen steunen wij er één zoals hij er ligt, twee onder voorwaarden; over één adviseren wij negatief. Het gat tussen behoefte en aanbod is het grootst bij individueel isolement in Oude Kern (ongeveer 140 inwoners), maatschappelijk isolement in Oude Kern (ongeveer 60) en groepsisolement in Oude Kern (ongeveer 50). In twee gebieden is de behoefte geheel of deels onbekend; dat is geen reden om aan te nemen dat die er niet is.
  
  ## Algemene opmerkingen
  
  - Wij zien met waardering dat er vijf bewonersinitiatieven actief zijn, waarvan twee in handen van de deelnemers zelf. Zij doen wat de gemeente zelf niet kan organiseren: zij bieden plekken waar mensen in een isolement anderen ontmoeten.
  - Wij hebben per gebied en per vorm van isolement de behoefte naast het aanbod gelegd: 4 gebieden maal drie vormen, waarvan acht combinaties met een bekende behoefte. In één daarvan dekken de plaatsen van de initiatieven de behoefte; in de overige zeven is er een gat.
  - De initiatieven hebben samen wekelijks 350 plaatsen, elk geteld in de gebieden die het noemt.
  - Voor één gebied geeft de enquête geen cijfers (1 met te weinig respondenten, 0 zonder uitkomsten). Een onbekende behoefte is geen kleine behoefte.
  - Het afgelopen jaar heeft één initiatief geen bijeenkomst gehouden waarin de deelnemers rekening en verantwoording goedkeurden. Juist verantwoording aan de deelnemers maakt vertrouwen mogelijk.
  - Zelforganisatie kan de kloof vergroten tussen buurten die zich makkelijk organiseren en buurten waar dat niet vanzelf gaat. Waar initiatieven bloeien, komen er gemakkelijk meer bij; het geld hoort daarom het gat tussen behoefte en plaatsen te volgen, niet het initiatief.
  
  Behoefte en plaatsen per vorm van isolement, over de gebieden met cijfers. Eén persoon kan in meer dan één vorm leven; de rijen tellen daarom niet op tot een aantal mensen. De laatste rij telt de mensen:
  
  | Vorm van isolement | Inwoners (schatting) | Plaatsen | Gat |
  |---|---:|---:|---:|
  | maatschappelijk isolement | ongeveer 280 | 240 | ongeveer 80 |
  | groepsisolement | ongeveer 90 | 0 | ongeveer 90 |
  | individueel isolement | ongeveer 210 | 60 | ongeveer 150 |
  
  ## De maatregelen
  
  | Maatregel | Budget | Ons oordeel |
  |---|---:|---|
  | Warme plekken in Oude Kern | € 40.000,00 | steunen |
  | Aanbesteding dagbesteding | € 250.000,00 | negatief |
  | Zorgcoöperatie versterken | € 15.000,50 | steunen onder voorwaarden |
  | Groen in Marktkwartier | € 10.000,00 | steunen onder voorwaarden |
  
  Wij hebben de aanpak van elke maatregel getypeerd met kenmerken (zoals een vast bedrag of een aanbesteding); ons oordeel volgt uit die kenmerken en uit de cijfers.
  
  ## Beoordeling per uitgangspunt
  
  ### 1. Vertrouwen boven controle
  
  De maatregel *Warme plekken in Oude Kern* draagt hieraan bij. De maatregel *Aanbesteding dagbesteding* staat hiermee op gespannen voet.
  
  - **Warme plekken in Oude Kern.** De aanpak dient dit uitgangspunt: een vast bedrag zonder oormerk.
  - **Aanbesteding dagbesteding.** De aanpak botst met dit uitgangspunt: gedetailleerde monitoring op prestatie-indicatoren.
  
  ### 2. Samenredzaamheid
  
  De maatregel *Warme plekken in Oude Kern* draagt hieraan bij. De maatregel *Aanbesteding dagbesteding* staat hiermee op gespannen voet.
  
  - **Warme plekken in Oude Kern.** De aanpak dient dit uitgangspunt: collectieve voorzieningen.
  - **Aanbesteding dagbesteding.** De aanpak botst met dit uitgangspunt: individuele arrangementen.
  
  ### 3. Van onderop, met inwoners aan het roer bij de inkoop
  
  De maatregelen *Zorgcoöperatie versterken* en *Groen in Marktkwartier* dragen hieraan bij. De maatregel *Aanbesteding dagbesteding* staat hiermee op gespannen voet.
  
  - **Aanbesteding dagbesteding.** De aanpak botst met dit uitgangspunt: een aanbesteding onder grote aanbieders.
  - **Zorgcoöperatie versterken.** De aanpak dient dit uitgangspunt: ruimte voor coöperaties.
  - **Groen in Marktkwartier.** De aanpak dient dit uitgangspunt: initiatief van onderop.
  
  ### 4. Integraal in plaats van categoraal
  
  De maatregel *Warme plekken in Oude Kern* draagt hieraan bij.
  
  - **Warme plekken in Oude Kern.** De maatregel verbindt 2 terreinen: welzijn en zorg.
  
  ### 5. De meest geïsoleerden bereiken
  
  De maatregel *Warme plekken in Oude Kern* draagt hieraan bij. De maatregel *Groen in Marktkwartier* staat hiermee op gespannen voet.
  
  - **Warme plekken in Oude Kern.** De aanpak dient dit uitgangspunt: outreachend werken. De gebieden en vormen waarop de maatregel zich richt, hebben 44,6% van het totale gat tussen behoefte en aanbod, en 12,5% van alle gebieden en vormen met een bekende behoefte (concentratie 3,57).
  - **Aanbesteding dagbesteding.** De maatregel noemt geen gebieden of vormen van isolement, dus de cijfers kunnen niet laten zien of het geld gaat naar waar het gat zit.
  - **Zorgcoöperatie versterken.** De maatregel noemt geen gebieden of vormen van isolement, dus de cijfers kunnen niet laten zien of het geld gaat naar waar het gat zit.
  - **Groen in Marktkwartier.** De aanpak botst met dit uitgangspunt: alleen voor wie zich zelf aanmeldt. De gebieden en vormen waarop de maatregel zich richt, hebben 0% van het totale gat tussen behoefte en aanbod, en 12,5% van alle gebieden en vormen met een bekende behoefte (concentratie 0).
  
  ### 6. Verantwoording aan de deelnemers
  
  De maatregel *Zorgcoöperatie versterken* draagt hier alleen onder voorwaarden aan bij.
  
  - **Zorgcoöperatie versterken.** De aanpak dient dit uitgangspunt: een ledenvergadering. Niet elk initiatief dat de maatregel bereikt, legt verantwoording af aan zijn deelnemers: Zorgcoop Kern.
  
  ## Aanbevelingen
  
  1. **Aanbesteding dagbesteding.** Wij adviseren u deze maatregel in deze vorm niet over te nemen. Een herziene maatregel zou aan deze voorwaarden moeten voldoen: (1) Vervang gedetailleerde monitoring door een korte jaarlijkse verantwoording, en laat informele initiatieven meedoen zonder dat zij eerst een rechtsvorm hoeven aan te nemen. (2) Bouw de maatregel op rond groepen en netwerken van inwoners in plaats van individuele arrangementen, en betrek het platform van initiatieven. (3) Geef inwoners en hun coöperaties een plaats aan tafel bij de inkoop, en stel de maatregel open voor coöperatieve zorg- en welzijnsorganisaties.
  2. **Zorgcoöperatie versterken.** Wij adviseren u deze maatregel over te nemen onder deze voorwaarden: (1) Financier Zorgcoop Kern pas nadat de deelnemers op een bijeenkomst rekening en verantwoording hebben goedgekeurd.
  3. **Groen in Marktkwartier.** Wij adviseren u deze maatregel over te nemen onder deze voorwaarden: (1) Zet het geld in waar het gat tussen behoefte en aanbod het grootst is, en laat zien wie de maatregel bereikt.
  4. **Warme plekken in Oude Kern.** Wij adviseren u deze maatregel over te nemen zoals hij er ligt.
  5. **Oude Kern, individueel isolement.** Van de 1.000 inwoners leven er ongeveer 200 (20%) in individueel isolement; het 95%-betrouwbaarheidsinterval van het aandeel loopt van 14% tot 27%. Het aandeel is de directe schatting van de enquête, uit de 120 respondenten hier. Koffie-uurtje Oude Kern en Inloop Markt en Kern bieden hier wekelijks plaats aan 60 deelnemers. Dat dekt 30% van de behoefte; er blijft een gat van ongeveer 140 inwoners (prioriteit 1 van de 8 combinaties van gebied en vorm met een bekende behoefte). Wij adviseren u Koffie-uurtje Oude Kern en Inloop Markt en Kern te steunen om er ongeveer 30 plaatsen bij te maken, de helft van wat ze hier nu bieden. Voor de overige zo'n 110 inwoners zijn nieuwe initiatieven nodig, zoals een herstelacademie, inloop of maatjesproject.
  6. **Oude Kern, maatschappelijk isolement.** Van de 1.000 inwoners leven er ongeveer 100 (10%) in maatschappelijk isolement; het 95%-betrouwbaarheidsinterval van het aandeel loopt van 6% tot 16%. Het aandeel is de directe schatting van de enquête, uit de 120 respondenten hier. Zorgcoop Kern biedt hier wekelijks plaats aan 40 deelnemers. Bij Zorgcoop Kern is de afgelopen twaalf maanden geen bijeenkomst geweest waarin de deelnemers rekening en verantwoording goedkeurden; wij adviseren u steun te verbinden aan een bijeenkomst waarin dat alsnog gebeurt. Dat dekt 40% van de behoefte; er blijft een gat van ongeveer 60 inwoners (prioriteit 2 van de 8 combinaties van gebied en vorm met een bekende behoefte). De rangorde ten opzichte van groepsisolement in Oude Kern (prioriteit 3) is onzeker: hun intervallen overlappen voor meer dan de helft. Wij adviseren u Zorgcoop Kern te steunen om er ongeveer 20 plaatsen bij te maken, de helft van wat het hier nu biedt. Voor de overige zo'n 40 inwoners zijn nieuwe initiatieven nodig, zoals een bewonersgroep, zorgcoöperatie, bewonersbedrijf, energiecoöperatie of voedselinitiatief.
  7. **Oude Kern, groepsisolement.** Van de 1.000 inwoners leven er ongeveer 50 (5%) in groepsisolement; het 95%-betrouwbaarheidsinterval van het aandeel loopt van 2% tot 10%. Het aandeel is de directe schatting van de enquête, uit de 120 respondenten hier. Er is in dit gebied geen mild werkverband. Dat dekt 0% van de behoefte; er blijft een gat van ongeveer 50 inwoners (prioriteit 3 van de 8 combinaties van gebied en vorm met een bekende behoefte). De rangorde ten opzichte van maatschappelijk isolement in Oude Kern (prioriteit 2) is onzeker: hun intervallen overlappen voor meer dan de helft. De rangorde ten opzichte van groepsisolement in Marktkwartier (prioriteit 4) is onzeker: hun intervallen overlappen voor meer dan de helft. Ook in de omgeving is er niets van dien aard: wij adviseren u inwoners te helpen een mild werkverband op te zetten, zoals een buurtbedrijf, zorgboerderij of interculturele groep.
  8. **Onbekende behoefte.** Wij adviseren u in Marktkwartier en Oosterveld-Zuid meer inwoners te ondervragen, en het de initiatieven en wijkteams te vragen, voordat daar geld wordt verdeeld: een gebied zonder cijfers mag niet achterblijven bij een gebied met cijfers.
  
  ## Bronnen en werkwijze
  
  - De cijfers over isolement komen uit de enquête: 423 respondenten in vier gebieden. De antwoorden zijn gewogen, zodat zij de bevolking vertegenwoordigen; elke schatting heeft een 95%-betrouwbaarheidsinterval, berekend op het effectieve aantal respondenten dat de weging overlaat. Een gebied met te weinig respondenten krijgt geen cijfers (hier één).
  - In drie gebieden zijn de aandelen directe schattingen uit de enquête; aantallen mensen ronden wij af op wat hun interval toelaat (ongeveer 1.700, niet 1.702).
  - Wij onderscheiden drie vormen van sociaal isolement (Van Delden): maatschappelijk (niet meedoen: geen werk, zelden de deur uit), groepsisolement (terugtrekken in de eigen kring) en individueel (eenzaam, met een klein netwerk). De vormen overlappen: één persoon kan in twee of drie leven. Mensen tellen wij daarom bij wie in ten minste één vorm leeft, nooit door de vormen op te tellen.
  - Per gebied en vorm leggen wij de inwoners die het betreft naast de wekelijkse plaatsen van de initiatieven die op die vorm inspelen; een initiatief dat meer gebieden noemt, delen wij gelijk over die gebieden. Het gat is wat de plaatsen openlaten; de prioriteit ordent de combinaties naar de grootte van het gat.
  - De concentratie van een maatregel is het aandeel van het totale gat dat in haar gebieden en vormen valt, gedeeld door het aandeel van alle combinaties met een bekende behoefte dat zij bestrijkt: boven 1 richt zij zich meer dan gemiddeld op waar het gat zit, onder 1 minder.
  - Groei adviseren wij naar verhouding: een initiatief vragen wij te groeien met de helft van wat het nu biedt, en voor de rest van een gat adviseren wij nieuwe initiatieven.
  
  ## Verzoek om een reactie
  
  Wij verzoeken u binnen zes weken schriftelijk en met redenen omkleed op dit advies te reageren: welke aanbevelingen u overneemt, en waarom u andere niet overneemt. Wij lichten dit advies graag mondeling aan u toe.
  
  Met vriendelijke groet,
  
  Sociale Adviesraad Lindewaarde
  
  ## Bijlage: cijfers per gebied
  
  ### Oude Kern (BU99010101)
  
  1.000 inwoners. 120 respondenten; directe schattingen.
  
  | Vorm | Aandeel (95%-interval) | Inwoners | Plaatsen | Gat | Prioriteit |
  |---|---|---:|---:|---:|---:|
  | maatschappelijk isolement | 10% (6% tot 16%) | ongeveer 100 | 40 | ongeveer 60 | 2 |
  | groepsisolement | 5% (2% tot 10%) | ongeveer 50 | 0 | ongeveer 50 | 3 |
  | individueel isolement | 20% (14% tot 27%) | ongeveer 200 | 60 | ongeveer 140 | 1 |
  | *in ten minste één vorm (mensen)* | onbekend |  | | | |
  
  ### Marktkwartier (BU99010102)
  
  2.000 inwoners. 200 respondenten; directe schattingen.
  
  | Vorm | Aandeel (95%-interval) | Inwoners | Plaatsen | Gat | Prioriteit |
  |---|---|---:|---:|---:|---:|
  | maatschappelijk isolement | 8% (5% tot 12%) | ongeveer 160 | 200 | ongeveer 0 | 8 |
  | groepsisolement | 2% (1% tot 4%) | ongeveer 40 | 0 | ongeveer 40 | 4 |
  | individueel isolement | onbekend |  | 30 |  | |
  | *in ten minste één vorm (mensen)* | onbekend |  | | | |
  
  ### Oosterveld-Noord (BU99010201)
  
  80 respondenten; directe schattingen.
  
  | Vorm | Aandeel (95%-interval) | Inwoners | Plaatsen | Gat | Prioriteit |
  |---|---|---:|---:|---:|---:|
  | maatschappelijk isolement | 20% (12% tot 32%) | 15 | 0 | 15 | 5 |
  | groepsisolement | 4% (1% tot 12%) | 3 | 0 | 3 | 7 |
  | individueel isolement | 8% (4% tot 20%) | 6 | 0 | 6 | 6 |
  | *in ten minste één vorm (mensen)* | onbekend |  | | | |
  
  ### Oosterveld-Zuid (BU99010202)
  
  500 inwoners. 23 respondenten: te weinig voor cijfers.
  
  | Vorm | Aandeel (95%-interval) | Inwoners | Plaatsen | Gat | Prioriteit |
  |---|---|---:|---:|---:|---:|
  | maatschappelijk isolement | onbekend |  | 0 |  | |
  | groepsisolement | onbekend |  | 20 |  | |
  | individueel isolement | onbekend |  | 0 |  | |
  | *in ten minste één vorm (mensen)* | onbekend |  | | | |
  

  $ cat $D/small.jsonl $D/measures.jsonl | council-advise --format letter --lang en --date 2026-11-23 --top 3 --council 'The Social Advisory Council of Lindewaarde (made up)'
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  % Advice on need and supply in the social domain
  % The Social Advisory Council of Lindewaarde (made up)
  % 23 November 2026
  
  **To:** the College of Mayor and Aldermen of Lindewaarde
  
  **Subject:** need and supply of citizens' initiatives
  
  Dear members of the College,
  
  ## Reason for this advice
  
  You asked us for our advice on four measures. We have set the measures, and the principles the council holds to, against what is known about social isolation in the neighbourhoods of Lindewaarde and about the citizens' initiatives that answer it: survey results for 4 of 4 areas, and 5 initiatives with room for 350 participants a week.
  
  ## Summary
  
  Of the four measures we support one as it stands, two on conditions, and we advise against one. The gap between need and supply is largest for individual isolation in Oude Kern (about 140 residents), societal isolation in Oude Kern (about 60) and group isolation in Oude Kern (about 50). In two areas the need is wholly or partly unknown; that is no reason to assume there is none.
  
  ## General observations
  
  - We note with appreciation that five citizens' initiatives are at work, two of them owned by their own participants. They do what the municipality cannot organise itself: they offer places where people who are isolated find others.
  - We set need against supply for each area and each of the three forms of isolation: 4 areas by three forms, of which eight combinations have a known need. In one of them the places of the initiatives cover the need; in the other seven there is a gap.
  - The initiatives have 350 places a week in all, each counted in the areas it names.
  - For one area the survey gives no figures (1 with too few respondents, 0 without results). An unknown need is not a small one.
  - In the past year one initiative has held no meeting at which the participants approved the accounts. Accounting to participants is what makes trust possible.
  - Self-organisation can widen the gap between neighbourhoods that organise themselves easily and those that do not. Where initiatives thrive, more come easily; money should therefore follow the gap between need and places, not the initiative.
  
  Need and places per form of isolation, over the areas with figures. One person can be in more than one form, so the rows do not add up to people; the last row counts the people:
  
  | Form of isolation | Residents (estimate) | Places | Gap |
  |---|---:|---:|---:|
  | societal isolation | about 280 | 240 | about 80 |
  | group isolation | about 90 | 0 | about 90 |
  | individual isolation | about 210 | 60 | about 150 |
  
  ## The measures
  
  | Measure | Budget | Our verdict |
  |---|---:|---|
  | Warme plekken in Oude Kern | €40,000.00 | support |
  | Aanbesteding dagbesteding | €250,000.00 | advise against |
  | Zorgcoöperatie versterken | €15,000.50 | support on conditions |
  | Groen in Marktkwartier | €10,000.00 | support on conditions |
  
  We described the approach of each measure with tags (such as lump-sum or tender); our verdicts follow from those tags and from the figures.
  
  ## Assessment per principle
  
  ### 1. Trust over control
  
  The measure *Warme plekken in Oude Kern* serves it. The measure *Aanbesteding dagbesteding* goes against it.
  
  - **Warme plekken in Oude Kern.** The approach serves this principle: a lump sum, not earmarked.
  - **Aanbesteding dagbesteding.** The approach goes against this principle: detailed monitoring of performance indicators.
  
  ### 2. Collective self-reliance
  
  The measure *Warme plekken in Oude Kern* serves it. The measure *Aanbesteding dagbesteding* goes against it.
  
  - **Warme plekken in Oude Kern.** The approach serves this principle: collective arrangements.
  - **Aanbesteding dagbesteding.** The approach goes against this principle: individual arrangements.
  
  ### 3. Bottom-up, with citizens leading procurement
  
  The measures *Zorgcoöperatie versterken* and *Groen in Marktkwartier* serve it. The measure *Aanbesteding dagbesteding* goes against it.
  
  - **Aanbesteding dagbesteding.** The approach goes against this principle: a tender among large providers.
  - **Zorgcoöperatie versterken.** The approach serves this principle: room for cooperatives.
  - **Groen in Marktkwartier.** The approach serves this principle: initiative from below.
  
  ### 4. Integral, not categorical
  
  The measure *Warme plekken in Oude Kern* serves it.
  
  - **Warme plekken in Oude Kern.** The measure joins 2 domains: welfare and care.
  
  ### 5. Reach the most isolated
  
  The measure *Warme plekken in Oude Kern* serves it. The measure *Groen in Marktkwartier* goes against it.
  
  - **Warme plekken in Oude Kern.** The approach serves this principle: outreach work. The measure's areas and forms hold 44.6% of the total gap between need and supply, and 12.5% of all areas and forms with a known need (concentration 3.57).
  - **Aanbesteding dagbesteding.** The measure names no areas or forms of isolation, so the figures cannot show whether its money goes where the gap is.
  - **Zorgcoöperatie versterken.** The measure names no areas or forms of isolation, so the figures cannot show whether its money goes where the gap is.
  - **Groen in Marktkwartier.** The approach goes against this principle: only for those who sign up themselves. The measure's areas and forms hold 0% of the total gap between need and supply, and 12.5% of all areas and forms with a known need (concentration 0).
  
  ### 6. Accountability to participants
  
  The measure *Zorgcoöperatie versterken* serves it only on conditions.
  
  - **Zorgcoöperatie versterken.** The approach serves this principle: a members' meeting. Not every initiative the measure reaches accounts to its participants: Zorgcoop Kern.
  
  ## Recommendations
  
  1. **Aanbesteding dagbesteding.** We advise you not to adopt this measure in this form. A revised measure should meet these conditions: (1) Replace detailed monitoring by a short yearly account, and let informal initiatives take part without first becoming a legal entity. (2) Build the measure around groups and networks of residents rather than individual arrangements, and involve the platform of initiatives. (3) Give residents and their cooperatives a seat at the table when the measure is procured, and open it to cooperative care and welfare organisations.
  2. **Zorgcoöperatie versterken.** We advise you to adopt this measure on these conditions: (1) Fund Zorgcoop Kern only after the participants have approved the accounts at a meeting.
  3. **Groen in Marktkwartier.** We advise you to adopt this measure on these conditions: (1) Direct the money to the neighbourhoods and forms of isolation where the gap between need and supply is largest, and report whom the measure reaches.
  4. **Warme plekken in Oude Kern.** We advise you to adopt this measure as it stands.
  5. **Oude Kern, individual isolation.** Of the 1,000 residents, about 200 (20%) live in individual isolation; the 95% confidence interval of the share runs from 14% to 27%. The share is the survey's direct estimate, from the 120 respondents here. Koffie-uurtje Oude Kern and Inloop Markt en Kern have room here for 60 participants a week. That covers 30% of the need, leaving a gap of about 140 residents (priority 1 of the 8 combinations of area and form with a known need). We advise you to support Koffie-uurtje Oude Kern and Inloop Markt en Kern to grow by about 30 places, half of what they offer here now. For the rest, some 110 residents, new initiatives are needed, such as a recovery academy, drop-in or buddy project.
  6. **Oude Kern, societal isolation.** Of the 1,000 residents, about 100 (10%) live in societal isolation; the 95% confidence interval of the share runs from 6% to 16%. The share is the survey's direct estimate, from the 120 respondents here. Zorgcoop Kern has room here for 40 participants a week. Zorgcoop Kern has held no meeting in the last twelve months at which its participants approved the accounts; we advise you to tie any support to a meeting where they do. That covers 40% of the need, leaving a gap of about 60 residents (priority 2 of the 8 combinations of area and form with a known need). The ranking against group isolation in Oude Kern (priority 3) is uncertain: their intervals overlap by more than half. We advise you to support Zorgcoop Kern to grow by about 20 places, half of what it offers here now. For the rest, some 40 residents, new initiatives are needed, such as a resident group, care cooperative, resident enterprise, energy cooperative or food initiative.
  7. **Oude Kern, group isolation.** Of the 1,000 residents, about 50 (5%) live in group isolation; the 95% confidence interval of the share runs from 2% to 10%. The share is the survey's direct estimate, from the 120 respondents here. There is no mild work setting in this area. That covers 0% of the need, leaving a gap of about 50 residents (priority 3 of the 8 combinations of area and form with a known need). The ranking against societal isolation in Oude Kern (priority 2) is uncertain: their intervals overlap by more than half. The ranking against group isolation in Marktkwartier (priority 4) is uncertain: their intervals overlap by more than half. There is nothing of the kind nearby either: we advise you to help residents set up a mild work setting, such as a neighbourhood business, care farm or intercultural group.
  8. **Unknown need.** We advise you to survey more residents, and to ask the initiatives and neighbourhood teams, in Marktkwartier and Oosterveld-Zuid, before money is shared out there: an area without figures must not lose out to one with.
  
  ## Sources and method
  
  - The figures on isolation come from the survey: 423 respondents in four areas. The answers are weighted so that they stand for the population; every estimate has a 95% confidence interval, computed on the effective number of respondents that the weights leave. An area with too few respondents gets no figures (here one).
  - In three areas the shares are the survey's direct estimates; we round numbers of people to what their interval allows (about 1,700, not 1,702).
  - We distinguish three forms of social isolation (Van Delden): societal (not taking part: no work, rarely out), group (a retreat into one's own circle) and individual (lonely, with a small network). The forms overlap: one person can live in two or three. We count people therefore by those who live in at least one form, never by adding up the forms.
  - For each area and form we set the residents in need against the weekly places of the initiatives that answer that form; an initiative that names several areas is shared equally among them. The gap is what the places leave; the priority orders the combinations by gap.
  - The concentration of a measure is its areas' and forms' share of the total gap, divided by their share of all combinations with a known need: above 1 it aims at where the gap is more than on average, below 1 less.
  - We advise growth in proportion: an initiative is asked to grow by half of what it offers now, and new initiatives are advised for the rest of a gap.
  
  ## Request for a reply
  
  We ask you to reply to this advice in writing within six weeks, stating which recommendations you adopt and, for those you do not, your reasons. We are glad to explain this advice in person.
  
  Yours sincerely,
  
  The Social Advisory Council of Lindewaarde (made up)
  
  ## Appendix: figures per area
  
  ### Oude Kern (BU99010101)
  
  1,000 residents. 120 respondents; direct estimates.
  
  | Form | Share (95% interval) | Residents | Places | Gap | Priority |
  |---|---|---:|---:|---:|---:|
  | societal isolation | 10% (6% to 16%) | about 100 | 40 | about 60 | 2 |
  | group isolation | 5% (2% to 10%) | about 50 | 0 | about 50 | 3 |
  | individual isolation | 20% (14% to 27%) | about 200 | 60 | about 140 | 1 |
  | *in at least one form (people)* | unknown |  | | | |
  
  ### Marktkwartier (BU99010102)
  
  2,000 residents. 200 respondents; direct estimates.
  
  | Form | Share (95% interval) | Residents | Places | Gap | Priority |
  |---|---|---:|---:|---:|---:|
  | societal isolation | 8% (5% to 12%) | about 160 | 200 | about 0 | 8 |
  | group isolation | 2% (1% to 4%) | about 40 | 0 | about 40 | 4 |
  | individual isolation | unknown |  | 30 |  | |
  | *in at least one form (people)* | unknown |  | | | |
  
  ### Oosterveld-Noord (BU99010201)
  
  80 respondents; direct estimates.
  
  | Form | Share (95% interval) | Residents | Places | Gap | Priority |
  |---|---|---:|---:|---:|---:|
  | societal isolation | 20% (12% to 32%) | 15 | 0 | 15 | 5 |
  | group isolation | 4% (1% to 12%) | 3 | 0 | 3 | 7 |
  | individual isolation | 8% (4% to 20%) | 6 | 0 | 6 | 6 |
  | *in at least one form (people)* | unknown |  | | | |
  
  ### Oosterveld-Zuid (BU99010202)
  
  500 residents. 23 respondents: too few for figures.
  
  | Form | Share (95% interval) | Residents | Places | Gap | Priority |
  |---|---|---:|---:|---:|---:|
  | societal isolation | unknown |  | 0 |  | |
  | group isolation | unknown |  | 20 |  | |
  | individual isolation | unknown |  | 0 |  | |
  | *in at least one form (people)* | unknown |  | | | |
  

Without measures the letter is the council's own advice on needs, and
records of other types do not leak into it; SAMEN_TODAY dates it:

  $ SAMEN_TODAY=2026-12-01 council-advise --format letter --lang nl --top 1 $D/small.jsonl | grep -c ledger
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  0
  [1]
  $ SAMEN_TODAY=2026-12-01 council-advise --format letter --lang nl --top 1 $D/small.jsonl | sed -n '5p;12p;/^## Aanbevelingen/,/^## Verzoek/p'
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  **Aan:** het College van burgemeester en wethouders van Lindewaarde
  
  ## Aanbevelingen
  
  1. **Oude Kern, individueel isolement.** Van de 1.000 inwoners leven er ongeveer 200 (20%) in individueel isolement; het 95%-betrouwbaarheidsinterval van het aandeel loopt van 14% tot 27%. Het aandeel is de directe schatting van de enquête, uit de 120 respondenten hier. Koffie-uurtje Oude Kern en Inloop Markt en Kern bieden hier wekelijks plaats aan 60 deelnemers. Dat dekt 30% van de behoefte; er blijft een gat van ongeveer 140 inwoners (prioriteit 1 van de 8 combinaties van gebied en vorm met een bekende behoefte). Wij adviseren u Koffie-uurtje Oude Kern en Inloop Markt en Kern te steunen om er ongeveer 30 plaatsen bij te maken, de helft van wat ze hier nu bieden. Voor de overige zo'n 110 inwoners zijn nieuwe initiatieven nodig, zoals een herstelacademie, inloop of maatjesproject.
  2. **Onbekende behoefte.** Wij adviseren u in Marktkwartier en Oosterveld-Zuid meer inwoners te ondervragen, en het de initiatieven en wijkteams te vragen, voordat daar geld wordt verdeeld: een gebied zonder cijfers mag niet achterblijven bij een gebied met cijfers.
  
  ## Bronnen en werkwijze
  
  - De cijfers over isolement komen uit de enquête: 423 respondenten in vier gebieden. De antwoorden zijn gewogen, zodat zij de bevolking vertegenwoordigen; elke schatting heeft een 95%-betrouwbaarheidsinterval, berekend op het effectieve aantal respondenten dat de weging overlaat. Een gebied met te weinig respondenten krijgt geen cijfers (hier één).
  - In drie gebieden zijn de aandelen directe schattingen uit de enquête; aantallen mensen ronden wij af op wat hun interval toelaat (ongeveer 1.700, niet 1.702).
  - Wij onderscheiden drie vormen van sociaal isolement (Van Delden): maatschappelijk (niet meedoen: geen werk, zelden de deur uit), groepsisolement (terugtrekken in de eigen kring) en individueel (eenzaam, met een klein netwerk). De vormen overlappen: één persoon kan in twee of drie leven. Mensen tellen wij daarom bij wie in ten minste één vorm leeft, nooit door de vormen op te tellen.
  - Per gebied en vorm leggen wij de inwoners die het betreft naast de wekelijkse plaatsen van de initiatieven die op die vorm inspelen; een initiatief dat meer gebieden noemt, delen wij gelijk over die gebieden. Het gat is wat de plaatsen openlaten; de prioriteit ordent de combinaties naar de grootte van het gat.
  - Groei adviseren wij naar verhouding: een initiatief vragen wij te groeien met de helft van wat het nu biedt, en voor de rest van een gat adviseren wij nieuwe initiatieven.
  
  ## Verzoek om een reactie

With --top 0 the letter recommends no gaps, only what to measure:

  $ council-advise --format letter --lang en --top 0 --date 2026-11-23 $D/small.jsonl | sed -n '/^## Recommendations/,/^## Request/p'
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  ## Recommendations
  
  1. **Unknown need.** We advise you to survey more residents, and to ask the initiatives and neighbourhood teams, in Marktkwartier and Oosterveld-Zuid, before money is shared out there: an area without figures must not lose out to one with.
  
  ## Sources and method
  
  - The figures on isolation come from the survey: 423 respondents in four areas. The answers are weighted so that they stand for the population; every estimate has a 95% confidence interval, computed on the effective number of respondents that the weights leave. An area with too few respondents gets no figures (here one).
  - In three areas the shares are the survey's direct estimates; we round numbers of people to what their interval allows (about 1,700, not 1,702).
  - We distinguish three forms of social isolation (Van Delden): societal (not taking part: no work, rarely out), group (a retreat into one's own circle) and individual (lonely, with a small network). The forms overlap: one person can live in two or three. We count people therefore by those who live in at least one form, never by adding up the forms.
  - For each area and form we set the residents in need against the weekly places of the initiatives that answer that form; an initiative that names several areas is shared equally among them. The gap is what the places leave; the priority orders the combinations by gap.
  - We advise growth in proportion: an initiative is asked to grow by half of what it offers now, and new initiatives are advised for the rest of a gap.
  
  ## Request for a reply

The letter describes the budget scenarios it is given (the scenario
records council-advise --budget --rule wrote), in its own section:

  $ for r in need greedy; do cat $D/small.jsonl $D/requests.jsonl | council-advise --budget 50000 --rule $r; done | grep '"scenario"' > scenarios.jsonl
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  $ council-advise --format letter --lang nl --date 2026-11-23 $D/small.jsonl scenarios.jsonl | sed -n "/^## Budgetscenario's/,/^## Aanbevelingen/p"
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  ## Budgetscenario's
  
  Wij hebben bekeken hoe het budget volgens elke verdeelregel zou worden verdeeld, en wie het zou bereiken. Het meest geïsoleerde vijfde zijn de gebieden met een bekende behoefte (hier 1 van de 3) waar het aandeel inwoners in een isolement het grootst is.
  
  - Met een budget van € 50.000,00, verdeeld naar behoefte (de aanvragen waar het gat het grootst is eerst), worden twee aanvragen gehonoreerd, voor € 40.000,00. De gedekte behoefte blijft 52,3%. Het minst bediende gebied komt uit op 0%. Van het geld gaat 75% naar het meest geïsoleerde vijfde.
  - Met een budget van € 50.000,00, verdeeld naar stemmen (de meest gekozen aanvragen eerst), worden drie aanvragen gehonoreerd, voor € 35.000,00. De gedekte behoefte blijft 52,3%. Het minst bediende gebied komt uit op 0%. Van het geld gaat 0% naar het meest geïsoleerde vijfde. 100% van de stemmers ziet ten minste één van hun keuzes gehonoreerd.
  
  Zelforganisatie kan de kloof tussen buurten vergroten; wij adviseren u te kiezen voor een verdeling waarbij het geld het gat tussen behoefte en plaatsen volgt. Van de bekeken verdelingen doet de verdeling naar behoefte (de aanvragen waar het gat het grootst is eerst) dat het meest: 75% van het geld gaat naar het meest geïsoleerde vijfde.
  
  ## Aanbevelingen
  $ council-advise --format letter --lang en --date 2026-11-23 $D/small.jsonl scenarios.jsonl | sed -n "/^## Budget scenarios/,/^## Recommendations/p"
  council-advise: 5 needs are counted in residents (share x population) and 3 in respondents (weighted count, no population known): they do not compare; need_basis says which
  ## Budget scenarios
  
  We have looked at how the budget would be shared out under each rule, and whom it would reach. The most isolated fifth are the fifth of the areas with a known need (here 1 of 3) where the share of residents in isolation is largest.
  
  - With a budget of €50,000.00 shared out by need (the requests where the gap is largest first), two requests are funded, for €40,000.00. Need covered stays at 52.3%. The least served area ends at 0%. 75% of the money goes to the most isolated fifth.
  - With a budget of €50,000.00 shared out by votes (the most approved first), three requests are funded, for €35,000.00. Need covered stays at 52.3%. The least served area ends at 0%. 0% of the money goes to the most isolated fifth. 100% of the voters see at least one of their choices funded.
  
  Self-organisation can widen the gap between neighbourhoods; we advise you to choose a rule by which the money follows the gap between need and places. Of the rules we looked at, sharing out by need (the requests where the gap is largest first) does that most: 75% of the money goes to the most isolated fifth.
  
  ## Recommendations

People are counted by the share in at least one form (any_form), never by
adding the forms: here Oude Kern has 10% + 5% + 20% in the three forms but
28% in any of them, 280 of its 1.000 residents (about 280: the interval
runs from 200 to 360).

  $ sed 's/"individual":{"share":0.2,"low":0.14,"high":0.27,"n":115}/&,"any_form":{"share":0.28,"low":0.2,"high":0.36,"n":118}/' $D/small.jsonl > any.jsonl
  $ council-advise --format letter --lang nl --date 2026-11-23 any.jsonl 2>/dev/null | grep -o 'Van de [0-9.]* inwoners van het gebied[^.]*\.\|^| \*in ten minste.*[0-9] .*'
  Van de 1.000 inwoners van het gebied waarvoor dat bekend is, leven er ongeveer 280 in ten minste één vorm van isolement.
  | *in ten minste één vorm (mensen)* | ongeveer 280 | | |
  | *in ten minste één vorm (mensen)* | 28% (20% tot 36%) | ongeveer 280 | | | |

--letter-config gives the reference, the College's request and who signs;
an unknown key is a warning with the closest known key, and the letter is
still written:

  $ cat > letter.yaml <<'YAML'
  > council: Sociale Adviesraad Lindewaarde
  > refrence: SAR 2026-014
  > request: {date: 2026-10-12, reference: GM9901/2026/3187}
  > survey: {name: de Gezondheidsmonitor 2026, min_n: 50}
  > tagged_by: het secretariaat
  > signatories:
  >   - {name: J. van den Berg, role: voorzitter}
  > YAML
  $ council-advise --format letter --lang nl --date 2026-11-23 --letter-config letter.yaml any.jsonl $D/measures.jsonl 2>&1 >letter.md | grep letter.yaml
  council-advise: letter.yaml: refrence: unknown key (did you mean 'reference'?), ignored
  $ grep -n '^% \|Uw verzoek\|kenmerk\|secretariaat\|^\*\*J\. \|Gezondheidsmonitor' letter.md | cut -c1-120
  1:% Advies over behoefte en aanbod in het sociaal domein
  2:% Sociale Adviesraad Lindewaarde
  3:% 23 november 2026
  7:**Uw verzoek:** uw brief van 12 oktober 2026, kenmerk GM9901/2026/3187
  48:De aanpak van elke maatregel is door het secretariaat getypeerd met kenmerken (zoals een vast bedrag of een aanbested
  110:- De cijfers over isolement komen uit de Gezondheidsmonitor 2026: 423 respondenten in vier gebieden. De antwoorden z
  125:**J. van den Berg**, voorzitter

A value of the wrong kind is an error, with the key:

  $ printf 'request: {date: 12-10-2026}\n' > bad.yaml
  $ council-advise --format letter --letter-config bad.yaml any.jsonl
  council-advise: bad.yaml: request.date '12-10-2026': is not a date of the form YYYY-MM-DD
  [2]

The letter keeps to the Markdown subset that council-advise --format html
and pandoc read (letter.h): the title block, ATX headings, one-line
paragraphs, "- " and "1. " items, pipe tables, **bold** and *italic*; no
HTML, links, footnotes, nested lists or hard line breaks.  Every line is
one of these:

  $ grep -vcE '^(% .+|#{1,3} .+|- .+|[0-9]+\. .+|\|.*\||[^ <|#%-].*[^\\ ]|)$' letter.md
  0
  [1]
  $ grep -cE '<[a-z/]|\]\(|\[\^|^ +[-0-9]|\\$' letter.md
  0
  [1]
  $ grep -c '^% ' letter.md; grep -c '^# ' letter.md
  3
  0
  [1]

pandoc reads the letter as it is meant: the title block is the document's
title, author and date (one title, no second one as a heading), and every
pipe table is a table, in HTML and in Word:

  $ pandoc -s -o letter.html letter.md && pandoc -s -o letter.docx letter.md
  $ grep -c '<h1' letter.html; grep -o '<h1 class="title">[^<]*\|class="author">[^<]*\|class="date">[^<]*' letter.html
  1
  <h1 class="title">Advies over behoefte en aanbod in het sociaal
  class="author">Sociale Adviesraad Lindewaarde
  class="date">23 november 2026
  $ echo "$(grep -c '<table' letter.html) tables of $(grep -c '^|---' letter.md)"
  6 tables of 6
  $ unzip -p letter.docx word/document.xml | grep -o 'w:pStyle w:val="\(Title\|Author\|Date\|Heading1\)"' | sort | uniq -c | sed 's/^ *//'
  1 w:pStyle w:val="Author"
  1 w:pStyle w:val="Date"
  1 w:pStyle w:val="Title"
