#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/jsonout.h"
#include "base/money.h"

static int money_parse_plain(const char *, size_t, int64_t *, const char **);

/* Digits from s[*i] on; how many. */
static size_t
digits(const char *s, size_t len, size_t *i)
{
	size_t n = 0;

	while (*i < len && s[*i] >= '0' && s[*i] <= '9')
		(*i)++, n++;
	return n;
}

/*
 * Why s, which is no amount, is none, when it is an amount as people in the
 * Netherlands write it: "12,50" (a decimal comma), "1.250,00" (points
 * between thousands), "€ 12,50" (a currency sign).  NULL otherwise.
 */
static const char *
dutch_form(const char *s, size_t len)
{
	size_t i = 0, n, groups = 0;
	int lead_zero;

	if (memchr(s, '\xe2', len) != NULL || (len >= 3 && (memcmp(s, "EUR",
	    3) == 0 || memcmp(s + len - 3, "EUR", 3) == 0)))
		return "holds a currency sign: write the amount alone, with a "
		    "point for decimals (\"€ 12,50\" is \"12.50\")";
	if (i < len && s[i] == '-')
		i++;
	lead_zero = i < len && s[i] == '0';
	if ((n = digits(s, len, &i)) == 0)
		return NULL;
	/* "0.001" is a third decimal; "1.000" may be a thousand */
	while (i < len && s[i] == '.' && n <= 3 && !lead_zero) {
		size_t at = ++i;

		if (digits(s, len, &i) != 3) {
			i = at;
			break;
		}
		groups++;
	}
	if (i < len && s[i] == ',') {
		i++;
		n = digits(s, len, &i);
		if (i == len && n >= 1 && n <= 2)
			return groups > 0 ? "is written the Dutch way: use a "
			    "point for decimals and no separator between "
			    "thousands (\"1.250,00\" is \"1250.00\")" :
			    "has a decimal comma: use a point for decimals "
			    "(\"12,50\" is \"12.50\")";
	}
	if (i == len && groups > 0)
		return "has more than two decimals (a point is the decimal "
		    "point: write thousands without a separator, \"1.250\" "
		    "as \"1250\")";
	return NULL;
}

int
money_parse(const char *s, size_t len, int64_t *cents, const char **why)
{
	if (money_parse_plain(s, len, cents, why) == -1) {
		const char *dutch = dutch_form(s, len);

		if (dutch != NULL)
			*why = dutch;
		return -1;
	}
	return 0;
}

/* A decimal amount with at most two decimals, a point between them. */
static int
money_parse_plain(const char *s, size_t len, int64_t *cents, const char **why)
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
		/* The shortest form is the number as it was written (and no
		 * Dutch form: a JSON number has a decimal point). */
		jsonout_number(json_real_value(j), buf);
		if (strchr(buf, 'e') != NULL) {
			*why = "is not an amount with at most two decimals";
			return -1;
		}
		return money_parse_plain(buf, strlen(buf), cents, why);
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
