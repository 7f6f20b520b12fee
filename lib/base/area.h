/*
 * area: CBS area codes.
 *
 * GM + 4 digits is a municipality (gemeente), WK + 6 a district (wijk),
 * BU + 8 a neighbourhood (buurt).  A district code repeats its
 * municipality's 4 digits and adds 2 characters, a neighbourhood code its
 * district's 6 and adds 2; those added parts may hold capital letters as
 * well as digits.  So BU08670301 lies in WK086703, which lies in GM0867.
 */
#ifndef SAMEN_AREA_H
#define SAMEN_AREA_H

#define AREA_CODE_MAX 11	/* "BU08670301" and its NUL */

enum area_level {
	AREA_INVALID,
	AREA_GEMEENTE,
	AREA_WIJK,
	AREA_BUURT
};

enum area_level area_level_of(const char *code);

/*
 * The code of the area at level `to' that holds `code' (itself when the
 * levels are equal).  Returns -1 when code is invalid or coarser than `to'.
 */
int area_rollup(const char *code, enum area_level to, char out[AREA_CODE_MAX]);

/*
 * The levels' words, finest first, each with its English alias
 * ("buurt|neighbourhood"), for an option table (OPT_CHOICE);
 * area_level_by_word[i] is the level word i names.
 */
extern const char *const area_level_words[];
extern const enum area_level area_level_by_word[];
const char *area_level_name(enum area_level);	/* "buurt", "wijk", ... */

#endif
