#include "core/jsonval.h"

int
json_absent(const json_t *v)
{
	return v == NULL || json_is_null(v);
}

int
json_whole(const json_t *v, long lo, long hi, long *out)
{
	json_int_t x;

	if (!json_is_integer(v))
		return -1;
	x = json_integer_value(v);
	if (x < lo || x > hi)
		return -1;
	*out = (long)x;
	return 0;
}
