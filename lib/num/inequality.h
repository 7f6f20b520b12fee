/*
 * inequality: two standard inequality measures, as plain functions of
 * their inputs (no rounding, no state).
 *
 * gini: the Gini coefficient of x[0..n-1] (n >= 1, all >= 0), as the
 * relative mean absolute difference, G = sum_i sum_j |x_i - x_j| /
 * (2 n^2 mean) (Gini 1912; Cowell, Measuring Inequality, 3rd ed., 2011,
 * sec. 2.3.2, the definition without the small-sample n/(n-1)
 * correction).  0 for equal values, (n-1)/n when one holds everything;
 * NAN when n is 0 or the mean is 0.
 *
 * hoover: the Hoover (Robin Hood) index of a distribution a against a
 * reference b over the same n units, H = 1/2 sum_i |a_i/A - b_i/B|, with
 * A and B the totals (Hoover 1936; Cowell 2011, sec. 2.3.1 as the
 * relative mean deviation): the share of a that would have to move for
 * it to follow b.  Between 0 and 1; NAN when A or B is 0.
 */
#ifndef SAMEN_INEQUALITY_H
#define SAMEN_INEQUALITY_H

#include <stddef.h>

double gini(const double *x, size_t n);
double hoover(const double *a, const double *b, size_t n);

#endif
