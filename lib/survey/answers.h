/*
 * answers: the words of a survey's answers, in Dutch and English, as the
 * words of a response record (samen-formats(5)).
 *
 * A survey file labels its answers in its own words ("ja", "min of meer",
 * "geen betaald werk", "drie of vier"); each vocabulary here takes such a
 * label to the word (or number) a response record holds, matching as
 * vocab(3) matches: case, spaces and diacritics do not matter, so "één",
 * "Een" and "een" are one label.  answers_missing takes the labels that
 * mean no answer ("weet niet", "wil niet zeggen", "don't know").
 */
#ifndef SAMEN_ANSWERS_H
#define SAMEN_ANSWERS_H

#include "core/vocab.h"

/* De Jong Gierveld items: "yes", "more or less", "no". */
extern const struct vocab answers_djg;
/* LSNS-6 items: "0" .. "5" (none, one, two, three or four, five to eight,
 * nine or more). */
extern const struct vocab answers_lsns;
/* The participation ladder: "1" .. "6". */
extern const struct vocab answers_ladder;
/* paid_work: "none", "supported", "regular". */
extern const struct vocab answers_paid_work;
/* The yes/no fields: "true", "false". */
extern const struct vocab answers_bool;
/* contacts: "mostly-own-group", "mixed", "mostly-other-groups". */
extern const struct vocab answers_contacts;
/* No answer: "don't know", "refused", "not applicable", ... */
extern const struct vocab answers_missing;

#endif
