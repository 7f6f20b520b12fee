META
key;value
description;Buurtbudget Lindewaarde (made up for samen's examples)
country;Netherlands
unit;Lindewaarde
instance;2026
num_projects;12
num_votes;60
budget;50000
vote_type;approval
rule;equalshares/add1
min_length;1
language;nl
currency;EUR
comment;#1: Invented data: a made-up municipality, projects and voters
PROJECTS
project_id;cost;votes;name
1;4500;28;Moestuin Oude Kern
2;12000;20;Speeltuin Dijkzicht
3;2500;26;Koffieochtend Oosterveld
4;8000;17;Buurtbus Lindewaarde
5;15000;13;Jongerenhonk West
6;3000;21;Repair Café
7;6000;20;Bankjes langs de Linde
8;20000;12;Skatebaan Oosterveld
9;1500;14;Boekenkast op het plein
10;9500;14;Samen koken Noord
11;5000;24;Buurtfeest
12;7000;16;Groene gevels
VOTES
voter_id;vote
1;1,3,4,6
2;2,7
3;4,9,11
4;1,7,8
5;3,7,10
6;5,6
7;3,4,5,7,8,12
8;7,9,10,11
9;1,10,11
10;1,3,4,6,9,10,11
11;1,2,8
12;3,11,12
13;1,2,11
14;1,3,5,6
15;1,2,3,11
16;3,4,6
17;5,6,7,8,10
18;6,7,10
19;1,2,3,4,10
20;4,11
21;1,5,6,8,11
22;1,8,11
23;1,2,9,11,12
24;2,6,10,12
25;8
26;2,5,6
27;1,4,5,7
28;7,10
29;2,6,7,9
30;1,2,5,11
31;3,9,11
32;1,2,12
33;3,7,9,12
34;3,7,12
35;3,11
36;2,3,6
37;11
38;1,6,8,12
39;1,3,7,8
40;1,2,12
41;1,4,5,9,11,12
42;1,3,4,5
43;2,11,12
44;1,6,9,10
45;1,9,10,11
46;1,3,5,11,12
47;1,3,6,10,12
48;2,4,8
49;3,9,11
50;1,2,3,4,8
51;1,4,6,7
52;2,5,6
53;3,4,6,7,11,12
54;3,4,10
55;1,2,4,5,6,7,10,12
56;2,3,4,6,7,9,11
57;2,3,6,9,11,12
58;7,9
59;3,7
60;1,3,7,8,11
