/*
 * mdhtml: the restricted Markdown of mdhtml.h as HTML.  The text is cut
 * into lines first; each block takes the lines it owns and the inline
 * pass escapes every character it does not turn into <strong> or <em>.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/err.h"
#include "core/mdhtml.h"

struct buf {
	char *s;
	size_t n, cap;
};

struct line {
	const char *p;
	size_t n;
};

static void
put(struct buf *b, const char *p, size_t k)
{
	while (b->n + k + 1 > b->cap) {
		b->cap = b->cap ? 2 * b->cap : 1024;
		b->s = xreallocarray(b->s, b->cap, 1);
	}
	memcpy(b->s + b->n, p, k);
	b->n += k;
	b->s[b->n] = '\0';
}

static void
puts_(struct buf *b, const char *s)
{
	put(b, s, strlen(s));
}

/* p[0..k) as text: every character that means something to HTML is
 * escaped, NUL bytes dropped. */
static void
text(struct buf *b, const char *p, size_t k)
{
	size_t i;

	for (i = 0; i < k; i++)
		switch (p[i]) {
		case '&': puts_(b, "&amp;"); break;
		case '<': puts_(b, "&lt;"); break;
		case '>': puts_(b, "&gt;"); break;
		case '"': puts_(b, "&quot;"); break;
		case '\'': puts_(b, "&#39;"); break;
		case '\0': break;
		default: put(b, p + i, 1);
		}
}

/* Where the closing mark of length m (1 for *, 2 for **) is in p[from..k),
 * or k when there is none: a mark after a space does not close, and a
 * single '*' does not close on a "**".  from > 0. */
static size_t
closing(const char *p, size_t from, size_t k, size_t m)
{
	size_t i;

	for (i = from; i + m <= k; i++) {
		if (p[i] != '*' || p[i - 1] == ' ')
			continue;
		if (m == 2 && p[i + 1] == '*')
			return i;
		if (m == 1 && (i + 1 >= k || p[i + 1] != '*') &&
		    (i == 0 || p[i - 1] != '*'))
			return i;
		if (m == 1)
			i++;	/* step over the "**" */
	}
	return k;
}

/* p[0..k) with **bold** and *italic* marked up, the rest text: a mark
 * opens when a closing one follows and no space comes right after it.
 * bold, italic: whether each is still allowed (not nested in itself). */
static void
inline_(struct buf *b, const char *p, size_t k, int bold, int italic)
{
	size_t i = 0, start = 0, m, end, none[3] = { k, k, k };

	while (i < k) {
		end = 0;
		m = i + 1 < k && p[i] == '*' && p[i + 1] == '*' ? 2 :
		    p[i] == '*' ? 1 : 0;
		/* A search that found no closing mark from here finds none
		 * from further on either: none[m] keeps the line linear. */
		if (m == 0 || (m == 2 && !bold) || (m == 1 && !italic) ||
		    i + m >= k || p[i + m] == ' ' || i + m >= none[m] ||
		    (end = closing(p, i + m, k, m)) == k || end == i + m) {
			if (end == k)
				none[m] = i + m;
			i += m ? m : 1;
			continue;
		}
		text(b, p + start, i - start);
		puts_(b, m == 2 ? "<strong>" : "<em>");
		inline_(b, p + i + m, end - i - m, 0, m == 2 && italic);
		puts_(b, m == 2 ? "</strong>" : "</em>");
		i = start = end + m;
	}
	text(b, p + start, k - start);
}

static void
inline_line(struct buf *b, const char *p, size_t k)
{
	inline_(b, p, k, 1, 1);
}

static int
blank_span(const char *p, size_t k)
{
	size_t i;

	for (i = 0; i < k; i++)
		if (p[i] != ' ' && p[i] != '\t')
			return 0;
	return 1;
}

static int
blank(const struct line *l)
{
	return blank_span(l->p, l->n);
}

/* The heading level of "# x" .. "### x", else 0. */
static int
heading(const struct line *l)
{
	size_t h = 0;

	while (h < l->n && l->p[h] == '#')
		h++;
	return h >= 1 && h <= 3 && h < l->n && l->p[h] == ' ' ? (int)h : 0;
}

/* The length of the marker of a list item ("- " 2, "12. " 4), else 0;
 * *ordered whether it is numbered. */
static size_t
item(const struct line *l, int *ordered)
{
	size_t d = 0;

	*ordered = 0;
	if (l->n >= 2 && l->p[0] == '-' && l->p[1] == ' ')
		return 2;
	while (d < l->n && d < 9 && l->p[d] >= '0' && l->p[d] <= '9')
		d++;
	if (d == 0 || d + 1 >= l->n || l->p[d] != '.' || l->p[d + 1] != ' ')
		return 0;
	*ordered = 1;
	return d + 2;
}

static int
pipe_row(const struct line *l)
{
	return l->n > 0 && l->p[0] == '|';
}

/* A table's separator line: |, -, : and spaces, at least one -. */
static int
separator(const struct line *l)
{
	size_t i, dashes = 0;

	if (!pipe_row(l))
		return 0;
	for (i = 0; i < l->n; i++) {
		if (strchr("|-: \t", l->p[i]) == NULL || l->p[i] == '\0')
			return 0;
		dashes += l->p[i] == '-';
	}
	return dashes > 0;
}

/* Cell c of a pipe row, trimmed, into *p and *k; 0 when there is none. */
static int
cell(const struct line *l, size_t c, const char **p, size_t *k)
{
	size_t i = 1, j;

	for (; c > 0; c--) {
		while (i < l->n && l->p[i] != '|')
			i++;
		if (i >= l->n)
			return 0;
		i++;
	}
	for (j = i; j < l->n && l->p[j] != '|'; j++)
		;
	if (i >= l->n || (j == l->n && blank_span(l->p + i, j - i)))
		return 0;
	while (i < j && (l->p[i] == ' ' || l->p[i] == '\t'))
		i++;
	while (j > i && (l->p[j - 1] == ' ' || l->p[j - 1] == '\t'))
		j--;
	*p = l->p + i;
	*k = j - i;
	return 1;
}

/* The table from line i: header, separator, rows; the next line after. */
static size_t
table(struct buf *b, const struct line *ln, size_t n, size_t i)
{
	char right[64];
	const char *p;
	size_t c, k, r;

	memset(right, 0, sizeof right);
	for (c = 0; c < sizeof right && cell(&ln[i + 1], c, &p, &k); c++)
		right[c] = k > 0 && p[k - 1] == ':';
	puts_(b, "<table>\n<thead><tr>");
	for (c = 0; cell(&ln[i], c, &p, &k); c++) {
		puts_(b, c < sizeof right && right[c] ? "<th class=\"num\">" :
		    "<th>");
		inline_line(b, p, k);
		puts_(b, "</th>");
	}
	puts_(b, "</tr></thead>\n<tbody>\n");
	for (r = i + 2; r < n && pipe_row(&ln[r]); r++) {
		puts_(b, "<tr>");
		for (c = 0; cell(&ln[r], c, &p, &k); c++) {
			puts_(b, c < sizeof right && right[c] ?
			    "<td class=\"num\">" : "<td>");
			inline_line(b, p, k);
			puts_(b, "</td>");
		}
		puts_(b, "</tr>\n");
	}
	puts_(b, "</tbody>\n</table>\n");
	return r;
}

/* The spaces before a nested list item (1 to 4 of them), else 0. */
static size_t
nested(const struct line *l)
{
	struct line t;
	size_t k = 0;
	int o;

	while (k < l->n && k < 4 && l->p[k] == ' ')
		k++;
	if (k == 0 || k >= l->n || l->p[k] == ' ')
		return 0;
	t.p = l->p + k;
	t.n = l->n - k;
	return item(&t, &o) > 0 ? k : 0;
}

static size_t list(struct buf *, const struct line *, size_t, size_t);

/* The nested list from line i, its lines without their indent; the next
 * line after. */
static size_t
sublist(struct buf *b, const struct line *ln, size_t n, size_t i)
{
	struct line *t;
	size_t m = 0, j, k;

	while (i + m < n && nested(&ln[i + m]) > 0)
		m++;
	t = xreallocarray(NULL, m, sizeof *t);
	for (j = 0; j < m; j++) {
		k = nested(&ln[i + j]);
		t[j].p = ln[i + j].p + k;
		t[j].n = ln[i + j].n - k;
	}
	for (j = 0; j < m; )
		j = list(b, t, m, j);
	free(t);
	return i + m;
}

/* The list from line i, all items of its kind, each with the nested list
 * under it; the next line after.  A numbered list keeps its first
 * number. */
static size_t
list(struct buf *b, const struct line *ln, size_t n, size_t i)
{
	int ordered, o;
	char start[32];
	size_t m;

	item(&ln[i], &ordered);
	if (ordered && strtoul(ln[i].p, NULL, 10) != 1) {
		snprintf(start, sizeof start, "<ol start=\"%lu\">\n",
		    strtoul(ln[i].p, NULL, 10));
		puts_(b, start);
	} else
		puts_(b, ordered ? "<ol>\n" : "<ul>\n");
	while (i < n && (m = item(&ln[i], &o)) > 0 && o == ordered) {
		puts_(b, "<li>");
		inline_line(b, ln[i].p + m, ln[i].n - m);
		if (++i < n && nested(&ln[i]) > 0) {
			puts_(b, "\n");
			i = sublist(b, ln, n, i);
		}
		puts_(b, "</li>\n");
	}
	puts_(b, ordered ? "</ol>\n" : "</ul>\n");
	return i;
}

/* Does line i start a block other than a paragraph? */
static int
block_start(const struct line *ln, size_t n, size_t i)
{
	int o;

	return heading(&ln[i]) || item(&ln[i], &o) ||
	    (pipe_row(&ln[i]) && i + 1 < n && separator(&ln[i + 1]));
}

/* The paragraph from line i; the next line after. */
static size_t
paragraph(struct buf *b, const struct line *ln, size_t n, size_t i)
{
	size_t k;
	int brk;

	puts_(b, "<p>");
	for (;;) {
		k = ln[i].n;
		brk = k > 0 && ln[i].p[k - 1] == '\\';
		inline_line(b, ln[i].p, k - brk);
		if (++i >= n || blank(&ln[i]) || block_start(ln, n, i))
			break;
		puts_(b, brk ? "<br>\n" : "\n");
	}
	puts_(b, "</p>\n");
	return i;
}

/* The title block: its lines are title, author, date. */
static size_t
title_block(struct buf *b, const struct line *ln, size_t n)
{
	static const char *const open[] = { "<h1 class=\"title\">",
		"<p class=\"author\">", "<p class=\"date\">" };
	static const char *const close[] = { "</h1>\n", "</p>\n", "</p>\n" };
	size_t i;

	puts_(b, "<header class=\"title-block\">\n");
	for (i = 0; i < n && i < 3 && ln[i].n >= 1 && ln[i].p[0] == '%'; i++) {
		size_t s = ln[i].n > 1 && ln[i].p[1] == ' ' ? 2 : 1;

		puts_(b, open[i]);
		inline_line(b, ln[i].p + s, ln[i].n - s);
		puts_(b, close[i]);
	}
	puts_(b, "</header>\n");
	return i;
}

/* md cut into lines, "\r\n" as "\n"; their number in *n. */
static struct line *
lines(const char *md, size_t len, size_t *n)
{
	struct line *ln = NULL;
	size_t cap = 0, i = 0, j;

	*n = 0;
	while (i < len) {
		for (j = i; j < len && md[j] != '\n'; j++)
			;
		XGROW(ln, *n, cap);
		ln[*n].p = md + i;
		ln[*n].n = j - i;
		if (ln[*n].n > 0 && md[j - 1] == '\r')
			ln[*n].n--;
		(*n)++;
		i = j + 1;
	}
	return ln;
}

int
mdhtml_has_title(const char *md, size_t len)
{
	return len >= 1 && md[0] == '%';
}

char *
mdhtml(const char *md, size_t len, size_t *outlen)
{
	struct buf b = { NULL, 0, 0 };
	struct line *ln;
	size_t n, i = 0;
	int h;
	static const char *const hopen[] = { "", "<h2>", "<h3>", "<h4>" };
	static const char *const hclose[] = { "", "</h2>\n", "</h3>\n",
		"</h4>\n" };

	puts_(&b, "");
	ln = lines(md, len, &n);
	if (mdhtml_has_title(md, len))
		i = title_block(&b, ln, n);
	while (i < n) {
		if (blank(&ln[i]))
			i++;
		else if ((h = heading(&ln[i])) > 0) {
			puts_(&b, hopen[h]);
			inline_line(&b, ln[i].p + h + 1, ln[i].n - h - 1);
			puts_(&b, hclose[h]);
			i++;
		} else if (block_start(ln, n, i) && pipe_row(&ln[i]))
			i = table(&b, ln, n, i);
		else if (block_start(ln, n, i))
			i = list(&b, ln, n, i);
		else
			i = paragraph(&b, ln, n, i);
	}
	free(ln);
	if (outlen != NULL)
		*outlen = b.n;
	return b.s;
}
