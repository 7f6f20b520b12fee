/*
 * fuzz_money: money_parse against a slow reference of money.h's grammar:
 * an optional "-", one or more digits, and optionally "." with one or two
 * digits; the value, in cents, must fit int64.  The reference works on
 * the decimal digits as a string and compares them with INT64_MAX's, so
 * it shares no arithmetic with the parser.  An accepted amount must also
 * format back to the same cents.
 */
#include <string.h>

#include "base/money.h"
#include "fuzz.h"

/* The cents of s in *cents when s is an amount, as money.h defines it. */
static int
reference_money(const char *s, size_t len, int64_t *cents)
{
	char digits[512];
	const char *limit;
	size_t i = 0, n = 0, intdigits = 0, decimals = 0;
	int neg = 0;
	uint64_t v = 0;

	if (len > 0 && s[0] == '-')
		neg = 1, i = 1;
	while (i < len && s[i] >= '0' && s[i] <= '9' && n < 500)
		digits[n++] = s[i++], intdigits++;
	if (intdigits == 0)
		return -1;
	if (i < len && s[i] == '.') {
		i++;
		while (i < len && s[i] >= '0' && s[i] <= '9' && decimals < 3)
			digits[n++] = s[i++], decimals++;
		if (decimals == 0 || decimals > 2)
			return -1;
	}
	if (i != len)
		return -1;
	while (decimals++ < 2)
		digits[n++] = '0';
	digits[n] = '\0';
	for (i = 0; i + 1 < n && digits[i] == '0'; i++)
		;
	limit = neg ? "9223372036854775808" : "9223372036854775807";
	if (n - i > strlen(limit) || (n - i == strlen(limit) &&
	    strcmp(digits + i, limit) > 0))
		return -1;
	for (; i < n; i++)
		v = v * 10 + (uint64_t)(digits[i] - '0');
	*cents = neg ? (int64_t)(0 - v) : (int64_t)v;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *why = NULL;
	char buf[MONEY_STR_MAX];
	int64_t got = 0, want = 0, back;
	int rc, ref;

	if (size > 400)
		return 0;
	rc = money_parse(s, size, &got, &why);
	ref = reference_money(s, size, &want);
	FUZZ_CHECK(rc == ref, "'%.*s': money_parse %s, the reference %s",
	    (int)size, s, rc == 0 ? "accepts" : why,
	    ref == 0 ? "accepts" : "rejects");
	if (rc != 0) {
		FUZZ_CHECK(why != NULL && why[0] != '\0', "no reason");
		return 0;
	}
	FUZZ_CHECK(got == want, "'%.*s': %lld cents, the reference %lld",
	    (int)size, s, (long long)got, (long long)want);
	money_format(got, buf);
	FUZZ_CHECK(money_parse(buf, strlen(buf), &back, &why) == 0 &&
	    back == got, "%lld formats as %s", (long long)got, buf);
	return 0;
}
