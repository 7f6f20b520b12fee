/*
 * mdhtml: a small, restricted subset of Markdown as HTML, for showing a
 * document that samen writes in Markdown (the advice letter) inside a page.
 *
 * The subset, block by block, one construct a line:
 *   - a pandoc title block: up to three lines "% title", "% author",
 *     "% date" at the very start, as <header class="title-block">;
 *   - ATX headings "# ", "## ", "### " as <h2>, <h3>, <h4> (the page's
 *     <h1> is the title block's, or the page's own);
 *   - paragraphs: lines up to a blank line, joined; a line ending in a
 *     backslash breaks there (<br>), as pandoc's hard line break;
 *   - "- " and "1. " lists, one line an item, a numbered list from the
 *     number it starts at; items indented by 1 to 4 spaces under an item
 *     are a list within it;
 *   - pipe tables: a header row, a separator line of -, : and |, then the
 *     rows; a column whose separator ends in ':' is aligned right;
 *   - inline, in all of these: **bold** and *italic*, when closed on the
 *     same line.
 * Nothing else is Markdown here: everything outside the subset (raw HTML,
 * links, code, an unclosed **) is text, and every character of text is
 * escaped (& < > " '), so no input can put markup on the page.  NUL bytes
 * are dropped; "\r\n" line ends are taken as "\n".  Pure: no output, no
 * global state.
 */
#ifndef SAMEN_MDHTML_H
#define SAMEN_MDHTML_H

#include <stddef.h>

/* The HTML of md (len bytes), NUL-terminated, malloc'd: free it.  Its
 * length in *outlen unless outlen is NULL.  Never fails but for memory,
 * which ends the program (core/err.h). */
char	*mdhtml(const char *md, size_t len, size_t *outlen);

/* 1 when md opens with a pandoc title block ("% "). */
int	 mdhtml_has_title(const char *md, size_t len);

#endif
