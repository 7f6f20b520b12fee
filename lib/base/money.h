/*
 * money: euro amounts, exactly, as int64 cents.
 *
 * An amount is a decimal string ("1250.00", "80.5", "-3") or a JSON
 * number, with at most two decimals; anything else (three decimals, an
 * exponent, a currency sign, a thousands separator, a value beyond int64
 * cents) is an error, never a rounding.  A JSON real is read through its
 * shortest decimal form, so 80.5 is 8050 cents and 0.1 + 0.2 is no amount
 * anyone typed.  Sums are checked for overflow.
 */
#ifndef SAMEN_MONEY_H
#define SAMEN_MONEY_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

#define MONEY_STR_MAX 32

/* 0, or -1 with a reason ("has more than two decimals") in *why. */
int money_parse(const char *s, size_t len, int64_t *cents, const char **why);
int money_from_json(const json_t *, int64_t *cents, const char **why);

/* "-1250.00": always two decimals, no separators. */
char *money_format(int64_t cents, char buf[MONEY_STR_MAX]);
json_t *money_to_json(int64_t cents);	/* the string above */

/* *acc += v; -1 (and *acc unchanged) on overflow. */
int money_add(int64_t *acc, int64_t v);
/* *acc -= v; -1 (and *acc unchanged) on overflow. */
int money_sub(int64_t *acc, int64_t v);

#endif
