#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/jsonout.h"
#include "base/money.h"

int
money_parse(const char *s, size_t len, int64_t *cents, const char **why)
{
	uint64_t v = 0, limit;
	size_t i = 0, decimals = 0;
	int neg = 0, seen_point = 0, ndigits = 0;

	if (len > 0 && s[0] == '-')
		neg = 1, i = 1;
	limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
	for (; i < len; i++) {
		if (s[i] == '.' && !seen_point && ndigits > 0) {
			seen_point = 1;
			continue;
		}
		if (s[i] < '0' || s[i] > '9') {
			*why = "is not a decimal amount of euros (like 1250.00)";
			return -1;
		}
		if (seen_point && ++decimals > 2) {
			*why = "has more than two decimals";
			return -1;
		}
		ndigits++;
		if (v > (limit - (uint64_t)(s[i] - '0')) / 10) {
			*why = "is too large";
			return -1;
		}
		v = v * 10 + (uint64_t)(s[i] - '0');
	}
	if (ndigits == 0 || (seen_point && decimals == 0)) {
		*why = "is not a decimal amount of euros (like 1250.00)";
		return -1;
	}
	for (; decimals < 2; decimals++) {
		if (v > limit / 10) {
			*why = "is too large";
			return -1;
		}
		v *= 10;
	}
	*cents = neg ? (int64_t)(0 - v) : (int64_t)v;
	return 0;
}

int
money_from_json(const json_t *j, int64_t *cents, const char **why)
{
	char buf[JSONOUT_REAL_MAX];

	switch (json_typeof(j)) {
	case JSON_STRING:
		return money_parse(json_string_value(j), json_string_length(j),
		    cents, why);
	case JSON_INTEGER:
		snprintf(buf, sizeof buf, "%" JSON_INTEGER_FORMAT,
		    json_integer_value(j));
		return money_parse(buf, strlen(buf), cents, why);
	case JSON_REAL:
		/* The shortest form is the number as it was written. */
		jsonout_number(json_real_value(j), buf);
		if (strchr(buf, 'e') != NULL) {
			*why = "is not an amount with at most two decimals";
			return -1;
		}
		return money_parse(buf, strlen(buf), cents, why);
	default:
		*why = "is not an amount (a decimal string or a number)";
		return -1;
	}
}

char *
money_format(int64_t cents, char buf[MONEY_STR_MAX])
{
	uint64_t mag = cents < 0 ? (uint64_t)0 - (uint64_t)cents : (uint64_t)cents;

	snprintf(buf, MONEY_STR_MAX, "%s%llu.%02llu", cents < 0 ? "-" : "",
	    (unsigned long long)(mag / 100), (unsigned long long)(mag % 100));
	return buf;
}

json_t *
money_to_json(int64_t cents)
{
	char buf[MONEY_STR_MAX];

	return json_string(money_format(cents, buf));
}

int
money_add(int64_t *acc, int64_t v)
{
	if ((v > 0 && *acc > INT64_MAX - v) || (v < 0 && *acc < INT64_MIN - v))
		return -1;
	*acc += v;
	return 0;
}

int
money_sub(int64_t *acc, int64_t v)
{
	if ((v < 0 && *acc > INT64_MAX + v) || (v > 0 && *acc < INT64_MIN + v))
		return -1;
	*acc -= v;
	return 0;
}
