#include <stdlib.h>
#include <string.h>

#include "core/mdhtml.h"
#include "unit.h"

/* The HTML of a NUL-terminated Markdown text, compared whole. */
static void
html_is(const char *md, const char *want)
{
	size_t n;
	char *got = mdhtml(md, strlen(md), &n);

	ck_assert_str_eq(got, want);
	ck_assert_uint_eq(n, strlen(want));
	free(got);
}

/* The title block, headings, a paragraph joined over its lines and
 * broken where a line ends in a backslash. */
START_TEST(blocks)
{
	html_is("% Advies over de buurten\n% Sociale Adviesraad\n"
	    "% 23 november 2026\n\n# Aanleiding\n\nEen regel\nen nog een.\n"
	    "\n## Twee\n### Drie\n#### Vier is tekst\n**Aan:** het College\\\n"
	    "**Van:** de raad\n",
	    "<header class=\"title-block\">\n"
	    "<h1 class=\"title\">Advies over de buurten</h1>\n"
	    "<p class=\"author\">Sociale Adviesraad</p>\n"
	    "<p class=\"date\">23 november 2026</p>\n</header>\n"
	    "<h2>Aanleiding</h2>\n<p>Een regel\nen nog een.</p>\n"
	    "<h3>Twee</h3>\n<h4>Drie</h4>\n"
	    "<p>#### Vier is tekst\n<strong>Aan:</strong> het College<br>\n"
	    "<strong>Van:</strong> de raad</p>\n");
	ck_assert_int_eq(mdhtml_has_title("% x", 3), 1);
	ck_assert_int_eq(mdhtml_has_title("# x", 3), 0);
	ck_assert_int_eq(mdhtml_has_title("", 0), 0);
}
END_TEST

/* Lists of both kinds, one line an item; a list right after a paragraph
 * line starts a list. */
START_TEST(lists)
{
	html_is("Wij adviseren:\n1. *eerst* dit\n2. dan dat\n- een\n- twee\n"
	    "-geen item\n",
	    "<p>Wij adviseren:</p>\n<ol>\n<li><em>eerst</em> dit</li>\n"
	    "<li>dan dat</li>\n</ol>\n<ul>\n<li>een</li>\n<li>twee</li>\n"
	    "</ul>\n<p>-geen item</p>\n");
	html_is("1. een\n   - a\n   - b\n2. twee\n    1. diep\n",
	    "<ol>\n<li>een\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n</li>\n"
	    "<li>twee\n<ol>\n<li>diep</li>\n</ol>\n</li>\n</ol>\n");
	html_is("6. zes\n7. zeven\n   los\n",
	    "<ol start=\"6\">\n<li>zes</li>\n<li>zeven</li>\n</ol>\n"
	    "<p>   los</p>\n");
}
END_TEST

/* A pipe table: header, separator (right-aligned where it ends in :),
 * rows with or without the closing pipe; a pipe line without a separator
 * under it is text. */
START_TEST(tables)
{
	html_is("| buurt | gat |\n|---|--:|\n| Oude Kern | **140** |\n"
	    "| Haven | 3\n\n| geen | tabel |\n",
	    "<table>\n<thead><tr><th>buurt</th><th class=\"num\">gat</th>"
	    "</tr></thead>\n<tbody>\n<tr><td>Oude Kern</td>"
	    "<td class=\"num\"><strong>140</strong></td></tr>\n"
	    "<tr><td>Haven</td><td class=\"num\">3</td></tr>\n</tbody>\n"
	    "</table>\n<p>| geen | tabel |</p>\n");
}
END_TEST

/* Bold and italic, nested one way; what is not closed stays text. */
START_TEST(inline_marks)
{
	html_is("**vet *schuin* vet** en *schuin*\n",
	    "<p><strong>vet <em>schuin</em> vet</strong> en "
	    "<em>schuin</em></p>\n");
	html_is("**open en *half\n", "<p>**open en *half</p>\n");
	html_is("a ** b **** c * d\n", "<p>a ** b **** c * d</p>\n");
	html_is("3 * 4 = 12 en **x\n", "<p>3 * 4 = 12 en **x</p>\n");
}
END_TEST

/* Hostile input: markup is text, in every block and in the title. */
START_TEST(hostile)
{
	html_is("<script>alert('x')</script>\n",
	    "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>\n");
	html_is("% <img src=x onerror=\"y\">\n# <b>&amp;\n- <a href=#>\n"
	    "| <i> |\n|-|\n| \"q\" & |\n",
	    "<header class=\"title-block\">\n<h1 class=\"title\">&lt;img "
	    "src=x onerror=&quot;y&quot;&gt;</h1>\n</header>\n"
	    "<h2>&lt;b&gt;&amp;amp;</h2>\n<ul>\n<li>&lt;a href=#&gt;</li>\n"
	    "</ul>\n<table>\n<thead><tr><th>&lt;i&gt;</th></tr></thead>\n"
	    "<tbody>\n<tr><td>&quot;q&quot; &amp;</td></tr>\n</tbody>\n"
	    "</table>\n");
	html_is("**<script>**\n", "<p><strong>&lt;script&gt;</strong></p>\n");
	html_is("[link](javascript:x) `code` <!-- c -->\n",
	    "<p>[link](javascript:x) `code` &lt;!-- c --&gt;</p>\n");
}
END_TEST

/* NUL bytes dropped, CR LF taken as LF, no final newline, empty input. */
START_TEST(bytes)
{
	size_t n;
	char *s = mdhtml("a\0b\r\nc", 6, &n);

	ck_assert_str_eq(s, "<p>ab\nc</p>\n");
	ck_assert_uint_eq(n, strlen(s));
	free(s);
	s = mdhtml("", 0, NULL);
	ck_assert_str_eq(s, "");
	free(s);
	html_is("\n\n  \n", "");
}
END_TEST

/* Every '<' in s opens or closes p, strong or em. */
static void
only_tags(const char *s)
{
	static const char *const ok[] = { "<p>", "</p>", "<strong>",
		"</strong>", "<em>", "</em>" };
	size_t i;
	int found;

	for (; (s = strchr(s, '<')) != NULL; s++) {
		found = 0;
		for (i = 0; i < 6; i++)
			found |= strncmp(s, ok[i], strlen(ok[i])) == 0;
		ck_assert_msg(found, "%.20s", s);
	}
}

/* A long line of marks and angle brackets: all of it, escaped, once. */
START_TEST(long_line)
{
	size_t len = 200000, i, n;
	char *md = malloc(len + 1), *s;

	for (i = 0; i < len; i++)
		md[i] = "*<a>**"[i % 6];
	md[len] = '\0';
	s = mdhtml(md, len, &n);
	ck_assert_ptr_null(strstr(s, "<a>"));
	only_tags(s);
	ck_assert_uint_eq(n, strlen(s));
	ck_assert_uint_gt(n, len);
	free(md);
	free(s);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("mdhtml");
	TCase *t = tcase_create("mdhtml");

	tcase_add_test(t, blocks);
	tcase_add_test(t, lists);
	tcase_add_test(t, tables);
	tcase_add_test(t, inline_marks);
	tcase_add_test(t, hostile);
	tcase_add_test(t, bytes);
	tcase_add_test(t, long_line);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
