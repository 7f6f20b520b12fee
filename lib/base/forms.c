#include <string.h>

#include "base/forms.h"

static const char *const form_names[] = { "societal", "group", "individual" };
static const char *const form_responses[] = {
	"environment-initiative", "mild-work-setting", "warm-place"
};

const char *
isolation_form_name(enum isolation_form f)
{
	return form_names[f];
}

const char *
isolation_form_response(enum isolation_form f)
{
	return form_responses[f];
}

int
isolation_form_parse(const char *s, enum isolation_form *f)
{
	int i;

	for (i = 0; i < FORM_COUNT; i++)
		if (strcmp(s, form_names[i]) == 0) {
			*f = (enum isolation_form)i;
			return 0;
		}
	return -1;
}
