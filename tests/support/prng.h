/*
 * prng: splitmix64 (Steele, Lea & Flood, "Fast splittable pseudorandom
 * number generators", OOPSLA 2014), for the deterministic generators of
 * examples and benchmark inputs: the same seed gives the same sequence on
 * every machine.  Not for anything that must be unpredictable.
 */
#ifndef SAMEN_PRNG_H
#define SAMEN_PRNG_H

#include <stdint.h>

/* Advances *state and returns the next 64 random bits. */
uint64_t splitmix64(uint64_t *state);

#endif
