/*
 * proportion: weighted shares with their uncertainty.
 *
 * The Kish effective sample size of weighted responses is
 * n_eff = (sum w)^2 / sum w^2 (Kish, Survey Sampling, Wiley 1965, sec.
 * 11.7); it equals n when all weights are equal.  The 95% interval of a
 * share p is Wilson's score interval (E. B. Wilson, "Probable inference,
 * the law of succession, and statistical inference", JASA 22, 1927,
 * p. 209-212) with n_eff for n:
 *
 *   (p + z^2/2n +- z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)
 *
 * with z = 1.959963984540054, the 0.975 quantile of the standard normal.
 * It stays within [0, 1] and is not degenerate at p = 0 or 1.
 */
#ifndef SAMEN_PROPORTION_H
#define SAMEN_PROPORTION_H

#define PROPORTION_Z95 1.959963984540054

double kish_n_eff(double sum_w, double sum_w2);	/* 0 when sum_w2 is 0 */
/* The interval of share p on n (> 0) responses, for normal quantile z. */
void wilson_interval(double p, double n, double z, double *low, double *high);

#endif
