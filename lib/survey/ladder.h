/*
 * ladder: the participation ladder (participatieladder; Divosa/Movisie,
 * after the Rotterdam "Participatieladder", 2009): 1 isolated, 2 social
 * contacts outside the home, 3 organised activity, 4 unpaid work, 5 paid
 * work with support, 6 paid work.
 *
 * A person stands on the highest step that applies.  From the participation
 * fields that step is known only when a field shows it applies and every
 * field of a higher step is known not to: a missing field above the
 * highest known step leaves the step unknown (0), never guessed.
 */
#ifndef SAMEN_LADDER_H
#define SAMEN_LADDER_H

enum paid_work {
	PAID_UNKNOWN = -1,
	PAID_NONE,
	PAID_SUPPORTED,
	PAID_REGULAR,
	PAID_COUNT
};

struct participation {
	enum paid_work paid_work;
	int unpaid_work;		/* 1, 0, or -1 unknown */
	int organised_activity;		/* weekly; 1, 0, -1 */
	int contact_outside_home;	/* weekly; 1, 0, -1 */
};

/* 1..6, or 0 when the fields leave it unknown. */
int ladder_step(const struct participation *);

/* The "paid_work" words, in enum paid_work's order. */
extern const char *const paid_work_names[PAID_COUNT];

#endif
