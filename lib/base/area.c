#include <ctype.h>
#include <string.h>

#include "base/area.h"

static int
digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

/* The parts below the municipality: digits or capital letters. */
static int
part(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]) && !(s[i] >= 'A' && s[i] <= 'Z'))
			return 0;
	return 1;
}

enum area_level
area_level_of(const char *code)
{
	size_t n = strlen(code);

	if (n < 6 || !digits(code + 2, 4))
		return AREA_INVALID;
	if (n == 6 && strncmp(code, "GM", 2) == 0)
		return AREA_GEMEENTE;
	if (n == 8 && strncmp(code, "WK", 2) == 0 && part(code + 6, 2))
		return AREA_WIJK;
	if (n == 10 && strncmp(code, "BU", 2) == 0 && part(code + 6, 4))
		return AREA_BUURT;
	return AREA_INVALID;
}

int
area_rollup(const char *code, enum area_level to, char out[AREA_CODE_MAX])
{
	static const char *const prefix[] = { "", "GM", "WK", "BU" };
	static const size_t digits_at[] = { 0, 4, 6, 8 };
	enum area_level from = area_level_of(code);

	if (from == AREA_INVALID || to == AREA_INVALID || to > from)
		return -1;
	memcpy(out, prefix[to], 2);
	memcpy(out + 2, code + 2, digits_at[to]);
	out[2 + digits_at[to]] = '\0';
	return 0;
}

const char *const area_level_words[] = { "buurt|neighbourhood",
	"wijk|district", "gemeente|municipality", NULL };
const enum area_level area_level_by_word[] = { AREA_BUURT, AREA_WIJK,
	AREA_GEMEENTE };

const char *
area_level_name(enum area_level level)
{
	switch (level) {
	case AREA_BUURT: return "buurt";
	case AREA_WIJK: return "wijk";
	case AREA_GEMEENTE: return "gemeente";
	default: return "invalid";
	}
}
