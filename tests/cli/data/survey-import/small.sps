* small.sps: the survey-import test fixture, five made-up respondents.
*     pspp small.sps    writes small.sav and small.csv
* Value labels in Dutch (one with an accent), 9 "weet niet" user-missing,
* a very long string, a padded code, a code that is no CBS code (case 3)
* and a value without a label (werk 7, case 2).  tests/tools/write-dta
* writes the same cases as a Stata file.
DATA LIST LIST /nr (F3.0) bu (A12) w (F4.2) d1 TO d6 (F1.0) l1 TO l6 (F1.0)
    werk (F1.0) opm (A300).
VARIABLE LABELS nr 'Respondent' bu 'Buurtcode' w 'Weegfactor'
    d3 'Ik ervaar een leegte om me heen'
    werk 'Heeft u betaald werk?' opm 'Opmerking'.
VALUE LABELS d1 TO d6 1 'Ja' 2 'Min of meer' 3 'Nee' 9 'weet niet'
    /l1 TO l6 0 'geen' 1 'één' 2 'twee' 3 'drie of vier' 4 'vijf tot acht'
        5 'negen of meer' 9 'weet niet'
    /werk 1 'betaald werk' 2 'betaald werk met ondersteuning'
        3 'geen betaald werk'.
MISSING VALUES d1 TO d6 l1 TO l6 (9).
BEGIN DATA.
1 "BU99010101" 1.25 1 3 3 1 2 3 0 1 2 3 4 5 1 "Eén opmerking over het café"
2 "BU99010102" 0.75 3 3 3 3 3 3 5 5 5 5 5 5 7 ""
3 "XX123" 1 1 1 1 1 1 1 2 2 2 2 2 2 2 ""
4 "BU99010103" 1.5 9 1 1 1 1 1 9 9 9 9 9 9 . "Een heel lange opmerking: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx einde"
5 "  BU99010201" 2 2 2 2 2 2 2 1 1 1 1 1 1 3 ""
END DATA.
SAVE OUTFILE='small.sav'.
SAVE TRANSLATE /OUTFILE='small.csv' /TYPE=CSV /REPLACE /FIELDNAMES
    /CELLS=LABELS.
