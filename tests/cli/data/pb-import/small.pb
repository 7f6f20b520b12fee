META
key;value
description;Proefbudget "Lindewaarde"
unit;Lindewaarde
instance;2026
num_projects;3
num_votes;3
budget;1000
rule;greedy
categories;groen,ontmoeting
budget_per_category;600,400
PROJECTS
project_id;cost;votes;name;category;selected
1;500;2;"Bankjes; ""samen"" zitten";groen;1
2;450.50;2;Buurtsoep;ontmoeting;1
3;300;1;Moestuin;groen;0
VOTES
voter_id;vote;neighborhood
v1;1,2;Oost
v2;2,3,1;West
v3;3;Oost
