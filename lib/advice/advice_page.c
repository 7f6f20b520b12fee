/*
 * advice_page: the page around its parts: head and style, the letter,
 * the footer (see advice_page.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "advice/advice_page.h"
#include "base/svgchart.h"
#include "core/mdhtml.h"
#include "core/out.h"

/*
 * The style: one column of text, figures in a grid that folds to one
 * column on a phone; the letter's tables scroll sideways there.  The gap
 * scale g0..g4 is viridis reversed (#fde725 #5ec962 #21918c #3b528b
 * #440154); need and supply are the Okabe-Ito orange and blue, which
 * differ in grey as well.
 */
static const char style[] =
"@page{size:A4;margin:16mm 14mm}\n"
"*{box-sizing:border-box}\n"
"body{font-family:Georgia,'DejaVu Serif',serif;line-height:1.45;"
"color:#111;margin:0 auto;max-width:62rem;padding:1rem 1.25rem}\n"
"h1,h2,h3,h4,figcaption,th,.note,footer,svg{font-family:'DejaVu Sans',"
"Verdana,Arial,sans-serif}\n"
"h1{font-size:1.6rem;line-height:1.2}h2{font-size:1.3rem;margin-top:2rem}"
"h3{font-size:1.1rem}h4{font-size:1rem}\n"
".letter{max-width:40rem}\n"
".title-block .author,.title-block .date{margin:.2rem 0;color:#333}\n"
"table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}\n"
"th,td{border-bottom:1px solid #bbb;padding:.25rem .5rem;"
"text-align:left;vertical-align:top}\n"
"th{background:#f0f0f0}.num{text-align:right;"
"font-variant-numeric:tabular-nums}\n"
".figures{display:grid;grid-template-columns:repeat(auto-fit,"
"minmax(min(17rem,100%),1fr));gap:1rem 1.5rem}\n"
"figure{margin:0 0 1rem;break-inside:avoid}\n"
".figures.wide{grid-template-columns:repeat(auto-fit,"
"minmax(min(24rem,100%),1fr))}"
".scenario-chart{max-width:36rem}.bars svg{max-width:32rem}\n"
"table.scenarios th{background:none;font-weight:normal}"
"table.scenarios td{min-width:7rem}\n"
"figcaption{font-size:.9rem;font-weight:bold;margin-bottom:.3rem}\n"
"svg{display:block;width:100%;height:auto;font-size:12px}\n"
"svg .key{font-size:11px}svg .value{font-size:11px;fill:#333}\n"
"svg .label{font-size:10px;paint-order:stroke;stroke:#fff;"
"stroke-linejoin:round;"
"stroke-width:3px}\n"
".g0{fill:#fde725}.g1{fill:#5ec962}.g2{fill:#21918c}.g3{fill:#3b528b}"
".g4{fill:#440154}.gna{fill:url(#hatch)}\n"
".area{stroke:#fff;stroke-width:1;fill-rule:evenodd}"
".tile{stroke:#fff;stroke-width:2}\n"
"svg.defs{position:absolute;width:0;height:0}\n"
"svg .tiletext{font-size:10px}svg .on-dark{fill:#fff}"
"svg .district{font-weight:bold}\n"
".hatch-bg{fill:#fff}.hatch-line{stroke:#888;stroke-width:1.5}\n"
".need{fill:#e69f00}.supply{fill:#0072b2}.interval{stroke:#111;"
"stroke-width:1.5;fill:none}\n"
".bar-0{fill:#e69f00}.bar-1{fill:#0072b2}.target{stroke:#111;"
"stroke-width:2}\n"
".note{font-size:.85rem;color:#333}\n"
"footer{margin-top:3rem;font-size:.8rem;color:#444;border-top:1px solid "
"#bbb}\n"
".figures-part{break-before:page}\n"
"h2,h3{break-after:avoid}tr{break-inside:avoid}\n"
"@media (max-width:40rem){body{padding:.75rem}"
".letter table{display:block;overflow-x:auto}}\n"
"@media print{body{max-width:none;padding:0}a{color:inherit;"
"text-decoration:none}}\n";

/* The page's title: the council's advice on the municipality. */
static void
head(const struct advice_page *p)
{
	const char *place = needs_municipality(p->needs);

	out_printf("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n<title>",
	    p->lang == LANG_NL ? "nl" : "en");
	svg_escape(LANG_PICK(p->lang, "Advice on need and supply",
	    "Advies over behoefte en aanbod"));
	if (place != NULL) {
		out_puts(" \xe2\x80\x94 ");
		svg_escape(place);
	}
	out_printf("</title>\n<style>\n%s</style>\n</head>\n<body>\n", style);
}

/* The letter, as the letter module wrote it; the page's own <h1> when
 * the letter opens with neither a title block nor a heading. */
static void
letter(const struct advice_page *p)
{
	char *html;

	out_puts("<main>\n<article class=\"letter\">\n");
	if (!mdhtml_has_title(p->letter, p->letterlen) &&
	    (p->letterlen == 0 || p->letter[0] != '#'))
		out_printf("<h1>%s</h1>\n", LANG_PICK(p->lang,
		    "Advice on need and supply",
		    "Advies over behoefte en aanbod"));
	html = mdhtml(p->letter, p->letterlen, NULL);
	out_puts(html);
	free(html);
	out_puts("</article>\n");
}

char *
advice_page_need(const struct advice_page *p, const struct needs_cell *c,
    char *buf, size_t size)
{
	char n[LANG_BUF], lo[LANG_BUF], hi[LANG_BUF];

	if (isnan(c->need))
		snprintf(buf, size, "%s", LANG_PICK(p->lang, "unknown",
		    "onbekend"));
	else if (isnan(c->need_low) || isnan(c->need_high))
		snprintf(buf, size, "%s", lang_number(p->lang, round(c->need),
		    n));
	else
		snprintf(buf, size, "%s (%s\xe2\x80\x93%s)", lang_number(p->lang,
		    round(c->need), n), lang_number(p->lang,
		    round(c->need_low), lo), lang_number(p->lang,
		    round(c->need_high), hi));
	return buf;
}

static void
footer(const struct advice_page *p)
{
	char d[LANG_BUF];

	out_printf("</main>\n<footer><p>%s ", LANG_PICK(p->lang,
	    "Made with council-advise on", "Gemaakt met council-advise op"));
	svg_escape(lang_date_str(p->lang, p->date, d));
	out_puts(".</p></footer>\n</body>\n</html>\n");
}

void
advice_page_write(const struct advice_page *p)
{
	head(p);
	letter(p);
	if (p->needs->ncells > 0 || json_array_size(p->scenarios) > 0) {
		out_printf("<section class=\"figures-part\" id=\"figures\">\n"
		    "<h2>%s</h2>\n", LANG_PICK(p->lang, "The advice in figures",
		    "Het advies in beeld"));
		advice_page_maps(p);
		advice_page_bars(p);
		advice_page_scenarios(p);
		out_puts("</section>\n");
	}
	footer(p);
}
