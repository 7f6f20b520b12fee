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

static Suite *
suite(void)
{
	Suite *s = suite_create("svgchart");
	TCase *t = tcase_create("svgchart");

	tcase_add_test(t, bars);
	tcase_add_test(t, empty_scale);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
