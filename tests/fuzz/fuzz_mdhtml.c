/*
 * fuzz_mdhtml: whatever the Markdown, the HTML of mdhtml holds only the
 * markup of mdhtml.h's subset, properly nested, and every other character
 * escaped: each '<' opens or closes one of its tags (with their fixed
 * attributes), each '&' starts one of the five entities, and no '>' or
 * '"' stands outside a tag.  The length it reports is the string's.
 */
#include <string.h>

#include "core/mdhtml.h"
#include "fuzz.h"

static const char *const tags[] = {
	"header class=\"title-block\"", "h1 class=\"title\"",
	"p class=\"author\"", "p class=\"date\"", "h2", "h3", "h4", "p",
	"ul", "ol", "li", "table", "thead", "tbody", "tr", "th class=\"num\"",
	"th", "td class=\"num\"", "td", "strong", "em", NULL
};
static const char *const entities[] = { "&amp;", "&lt;", "&gt;",
	"&quot;", "&#39;", NULL };

/* The length of the tag at s ("<...>"), checked and nested on the stack
 * of names; 0 when it is none of ours or closes what is not open. */
static size_t
tag(const char *s, const char **stack, size_t *depth)
{
	const char *end = strchr(s, '>'), *name;
	size_t k, n, i;
	int closing = s[1] == '/';

	if (end == NULL)
		return 0;
	name = s + 1 + closing;
	n = (size_t)(end - name);
	if (!closing && n == 2 && strncmp(name, "br", 2) == 0)
		return 4;
	if (!closing && strncmp(name, "ol start=\"", 10) == 0) {
		for (i = 10; i < n - 1 && name[i] >= '0' && name[i] <= '9'; i++)
			;
		FUZZ_CHECK(i > 10 && i == n - 1 && name[i] == '"',
		    "bad start: %.*s", (int)n, name);
		stack[(*depth)++] = "ol";
		return (size_t)(end - s) + 1;
	}
	if (closing) {
		/* the open element's name: its tag up to a space */
		if (*depth == 0 || strncmp(stack[*depth - 1], name, n) != 0 ||
		    (stack[*depth - 1][n] != '\0' &&
		    stack[*depth - 1][n] != ' '))
			return 0;
		--*depth;
		return (size_t)(end - s) + 1;
	}
	for (k = 0; tags[k] != NULL; k++)
		if (strlen(tags[k]) == n && strncmp(name, tags[k], n) == 0)
			break;
	if (tags[k] == NULL)
		return 0;
	FUZZ_CHECK(*depth < 64, "nested too deep");
	stack[(*depth)++] = tags[k];
	return (size_t)(end - s) + 1;
}

static int
entity(const char *s)
{
	size_t k;

	for (k = 0; entities[k] != NULL; k++)
		if (strncmp(s, entities[k], strlen(entities[k])) == 0)
			return 1;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *stack[64];
	size_t n, i = 0, t, depth = 0;
	char *html = mdhtml((const char *)data, size, &n);

	FUZZ_CHECK(strlen(html) == n, "length %zu, string %zu", n,
	    strlen(html));
	while (i < n) {
		if (html[i] == '<') {
			t = tag(html + i, stack, &depth);
			FUZZ_CHECK(t > 0, "not our markup at %zu: %.40s", i,
			    html + i);
			i += t;
			continue;
		}
		FUZZ_CHECK(html[i] != '>' && html[i] != '"',
		    "unescaped %c at %zu", html[i], i);
		FUZZ_CHECK(html[i] != '&' || entity(html + i),
		    "bare & at %zu: %.20s", i, html + i);
		i++;
	}
	FUZZ_CHECK(depth == 0, "%zu elements left open", depth);
	free(html);
	return 0;
}
