#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/svgchart.h"
#include "unit.h"

/* What svg_bars writes to standard output. */
static char *
capture(const struct svg_bar *b, size_t n)
{
	struct unit_capture cap;

	unit_capture_begin(&cap, 1);
	svg_bars("Goals & <targets>", b, n);
	return unit_capture_end(&cap, NULL);
}

START_TEST(bars)
{
	struct svg_bar b[2] = {
		{ "meals", 50, 100, "50 / 100", 1 },
		{ "Tom & \"Jerry\"", 80, -1, "€ 80,00", 0 },
	};
	char *s = capture(b, 2);

	ck_assert_ptr_nonnull(strstr(s, "viewBox=\"0 0 640 56\""));
	ck_assert_ptr_nonnull(strstr(s, "<title>Goals &amp; &lt;targets&gt;"
	    "</title>"));
	/* one scale: the target of 100 spans the 300 units for bars */
	ck_assert_ptr_nonnull(strstr(s, "class=\"bar-1\" x=\"210\" y=\"4\" "
	    "width=\"150.0\""));
	ck_assert_ptr_nonnull(strstr(s, "<line class=\"target\" x1=\"510.0\""));
	ck_assert_ptr_nonnull(strstr(s, "class=\"bar-0\" x=\"210\" y=\"28\" "
	    "width=\"240.0\""));
	ck_assert_ptr_nonnull(strstr(s, "Tom &amp; &quot;Jerry&quot;"));
	/* the value text after the target marker, not over it */
	ck_assert_ptr_nonnull(strstr(s, "<text x=\"516.0\" y=\"16\">50 / 100"));
	ck_assert_ptr_null(strstr(s, "<script"));
	ck_assert_int_eq((int)(strstr(s, "<line") - s) > 0, 1);
	ck_assert_ptr_null(strstr(strstr(s, "Jerry"), "<line"));
	free(s);
}
END_TEST

START_TEST(empty_scale)
{
	struct svg_bar b[1] = { { "nothing", 0, 0, "0", 0 } };
	char *s = capture(b, 1);

	ck_assert_ptr_nonnull(strstr(s, "width=\"0.0\""));
	ck_assert_ptr_null(strstr(s, "nan"));
	free(s);
}
END_TEST

/* Range rows on one scale (the largest high, 200, spans the 278 units
 * for bars): the bar, its whisker, the thin bar; an unknown row only its
 * text; title, desc and the three legend keys escaped. */
START_TEST(ranges)
{
	static const char *const legend[3] = { "need", "95% <interval>",
		"supply" };
	struct svg_range r[2] = {
		{ "Oude Kern", 100, 50, 200, 25, "gap 75" },
		{ "B & B", NAN, NAN, NAN, 10, "unknown" },
	};
	struct unit_capture cap;
	char *s;

	unit_capture_begin(&cap, 1);
	svg_ranges("Need & supply", "Oude Kern: need 100", r, 2, legend);
	s = unit_capture_end(&cap, NULL);
	ck_assert_ptr_nonnull(strstr(s, "viewBox=\"0 0 480 94\" role=\"img\">"
	    "<title>Need &amp; supply</title><desc>Oude Kern: need 100</desc>"));
	ck_assert_ptr_nonnull(strstr(s, "class=\"key\">95% &lt;interval&gt;"));
	ck_assert_ptr_nonnull(strstr(s, "<rect class=\"need\" x=\"130\" "
	    "y=\"32.0\" width=\"139.0\""));
	ck_assert_ptr_nonnull(strstr(s, "d=\"M199.5 39.0H408.0M199.5 34.0V44.0"
	    "M408.0 34.0V44.0\""));
	ck_assert_ptr_nonnull(strstr(s, "<rect class=\"supply\" x=\"130\" "
	    "y=\"48.0\" width=\"34.8\""));
	/* the unknown row: no need bar, no whisker, its supply and text */
	ck_assert_ptr_null(strstr(strstr(s, "B &amp; B"), "class=\"need\""));
	ck_assert_ptr_null(strstr(strstr(s, "B &amp; B"), "interval"));
	ck_assert_ptr_nonnull(strstr(strstr(s, "B &amp; B"), "width=\"13.9\""));
	ck_assert_ptr_nonnull(strstr(s, ">unknown</text>"));
	ck_assert_ptr_null(strstr(s, "nan"));
	free(s);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("svgchart");
	TCase *t = tcase_create("svgchart");

	tcase_add_test(t, bars);
	tcase_add_test(t, empty_scale);
	tcase_add_test(t, ranges);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
