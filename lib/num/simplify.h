/*
 * simplify: the Douglas-Peucker line simplification (D. H. Douglas and
 * T. K. Peucker, "Algorithms for the reduction of the number of points
 * required to represent a digitized line or its caricature", The Canadian
 * Cartographer 10(2), 1973, p. 112-122).
 *
 * Of a line of n points it keeps the first and the last, and then, within
 * each stretch between two kept points, the point farthest from the
 * segment joining them, as long as it lies farther than the tolerance.
 * Every dropped point lies within the tolerance of the simplified line.
 * For a closed ring (first point = last) the "segment" is a point and the
 * distance the distance to it, so the ring keeps its farthest point and
 * grows from there.  Iterative (an explicit stack), so a long line cannot
 * overflow the call stack.
 */
#ifndef SAMEN_SIMPLIFY_H
#define SAMEN_SIMPLIFY_H

#include <stddef.h>

/*
 * xy holds n points as x0, y0, x1, y1, ...; keep[i] becomes 1 for each
 * point kept and 0 for the others.  Returns the number kept (n when n < 3).
 */
size_t douglas_peucker(const double *xy, size_t n, double tolerance,
    unsigned char *keep);

#endif
