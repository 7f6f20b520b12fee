/*
 * equalshares: the method and its completions against the peers' outcomes
 * on the Pabulib files, against the slow exact reference implementation
 * (tests/support/es_reference.c) on random small instances, and on the
 * cases that once made Add1 loop for ever.
 */
#include <stdlib.h>
#include <string.h>

#include "advice/equalshares.h"
#include "core/err.h"
#include "es_instance.h"
#include "es_reference.h"
#include "prng.h"
#include "unit.h"

/*
 * The funded sets of the equalshares.net compute tool (github:
 * equalshares/equalshares-compute-tool, methodOfEqualSharesWorker.js run
 * in node, floating point, tie-breaking minCost then maxVotes):
 * completion add1e with the options exhaustive and integral (Assen's
 * Add1), increment 1, ids in ascending order.
 */
struct peer {
	const char *file, *ids;
};

static const struct peer add1_peer[] = {
	{ "Netherlands_Amsterdam_166.pb",
	    "12416 12420 12421 12422 12423 12424 12426 12430 12431 12432 "
	    "12433 12434 12435 12436 12437 12438 12439 12441 12442 12443 "
	    "12445 12446 12448 12452 12453 12454 12455 12457 12464 12466 "
	    "12467"
	},
	{ "Netherlands_Amsterdam_179.pb",
	    "15001 15002 15003 15004 15007 15010 15013 15014 15020 15024 "
	    "15025 15026 15034 15035 15036 15037 15039 15042 15043 15044 "
	    "15045 15046"
	},
	{ "Netherlands_Amsterdam_212.pb",
	    "16546 16548 16555 16565 16567 16568 16570 16573 16574 16580 "
	    "16584 16588 16590 16591 16596"
	},
	{ "Netherlands_Amsterdam_252.pb",
	    "35071 35087 35101 35118 35140 35156 35157 35158 35233 35297 "
	    "35305 35352 35358 35359 35370 35374 35377 35395 35397 35407 "
	    "35560 35781 35854 35926 35987 35995 36000 36004 36005 36006 "
	    "36008 36012 36031 36033"
	},
	{ "Netherlands_Amsterdam_267.pb",
	    "36454 36456 36458 36460 36465 36468 36474 36475 36481 36486 "
	    "36490 36492 36494 36497 36500"
	},
	{ "Netherlands_Amsterdam_285.pb",
	    "36750 36751 36752 36753 36761 36765 36766 36769 36771 36773 "
	    "36774 36776 36777 36782 36788 36793 36796 36798 36799 36800 "
	    "36802 36806 36809 36811 36812 36816 36819 36820 36821 36824 "
	    "36835 36838 36840 36841 37010"
	},
	{ "Netherlands_Amsterdam_287.pb",
	    "36901 36902 36904 36907 36909 36910 36911 37012 37026"
	},
	{ "Netherlands_Amsterdam_288.pb",
	    "36917 36918 36920 36922 36923 36925 37000"
	},
	{ "Netherlands_Amsterdam_289.pb",
	    "36931 36932 36942 36943 36946 36949 36951 36952 36955 36957"
	},
	{ "Netherlands_Amsterdam_304.pb",
	    "37337 37338 37341 37342 37343 37344 37345 37346 37348 37349 "
	    "37350 37351 37354 37355 37357 37359 37363 37365 37366"
	},
	{ "Netherlands_Amsterdam_309.pb",
	    "37815 37816 37820 37822 37824 37826 37827 37829 37833 37839 "
	    "37841 37848 37851 37856 37857 37860 37863 37867 37870 37873"
	},
	{ "Netherlands_Amsterdam_324.pb",
	    "38266 38268 38273 38274 38282"
	},
	{ "Netherlands_Amsterdam_332.pb",
	    "38515 38518 38522 38528 38530 38531 38535 38539 38542 38546 "
	    "38550 38551 38552 38554 38555 38557 38558 38563 38564 38566 "
	    "38567 38568 38569"
	},
	{ "Netherlands_Amsterdam_335.pb",
	    "38571 38572 38575 38576 38579 38581 38583 38584 38585 38587 "
	    "38590 38592 38593 38596 38599 38600 38601"
	},
	{ "Netherlands_Amsterdam_358.pb",
	    "38857 38858 38859 38861 38862 38863 38864 38865 38866 38867 "
	    "38868 38869 38870 38871 38872 38874 38876 38879 38880 38882 "
	    "38883 38895 38896"
	},
	{ "Netherlands_Amsterdam_417.pb",
	    "40246 40247 40248 40249 40251 40253 40255 40256 40257 40258 "
	    "40259 40260 40261 40262 40267 40268 40270 40272 40277 40279 "
	    "40281"
	},
	{ "Netherlands_Amsterdam_489.pb",
	    "41050 41053 41054 41056 41059 41060 41061 41066 41068 41069 "
	    "41070 41072 41079 41080"
	},
	{ "Netherlands_Amsterdam_490.pb",
	    "41081 41083 41088 41089 41091 41093 41094 41097 41099 41100 "
	    "41101 41102 41103 41104 41108"
	},
	{ "Netherlands_Amsterdam_491.pb",
	    "41165 41166 41167 41169 41170 41171 41172 41173 41174 41177 "
	    "41180 41182"
	},
	{ "Netherlands_Amsterdam_492.pb",
	    "41112 41113 41114 41115 41117 41119 41121 41123 41124 41125 "
	    "41126 41128 41129 41137"
	},
	{ "Netherlands_Amsterdam_509.pb",
	    "41218 41220 41222 41223 41225 41226 41228 41229 41234 41235 "
	    "41236 41237 41238 41239 41240 41242"
	},
	{ "Netherlands_Amsterdam_515.pb",
	    "41290 41291 41293 41297"
	},
	{ "Netherlands_Amsterdam_522.pb",
	    "41509 41510 41514 41516 41519 41522"
	},
	{ "Netherlands_Amsterdam_523.pb",
	    "41597 41602"
	},
	{ "Netherlands_Amsterdam_524.pb",
	    "41622 41623 41624 41626 41627 41628 41629 41630 41632 41634 "
	    "41637 41638 41640"
	},
	{ "Netherlands_Amsterdam_525.pb",
	    "41563 41565 41566 41571 41572 41573 41574 41576"
	},
	{ "Netherlands_Amsterdam_588.pb",
	    "42182 42184 42185 42187 42190 42192 42194 42195 42196"
	},
	{ "Netherlands_Amsterdam_604.pb",
	    "42340 42341 42343 42344 42346 42347 42348 42349 42350 42351 "
	    "42352 42353 42354 42355 42356 42357 42358 42359 42360 42361 "
	    "42362 42363"
	},
	{ "Netherlands_Amsterdam_605.pb",
	    "42318 42322 42324 42326 42327 42328 42329 42333 42334 42335 "
	    "42337 42338"
	},
	{ "Netherlands_Amsterdam_613.pb",
	    "42410 42411 42412 42414 42416 42417 42420 42422 42425 42426 "
	    "42427 42430 42431 42434 42436 42437 42440 42441 42442 42443 "
	    "42444 42446 42448 42449 42450"
	},
	{ "Netherlands_Amsterdam_619.pb",
	    "43732 43735 43736 43738 43739 43740"
	},
	{ "Netherlands_Amsterdam_621.pb",
	    "43197 43198 43201 43203 43205 43208 43209 43210 43211 43213 "
	    "43215 43217 43218 43221 43223 43225 43228 43229 43230 43231 "
	    "43232 43234 43236 43237 43240 43241 43244 43245 43246 43247 "
	    "43248 43249 43253 43254"
	},
	{ "Netherlands_Amsterdam_622.pb",
	    "43412 43414 43416 43418 43420 43421 43424 43428 43433 43439 "
	    "43443 43444 43450 43455 43457 43462 43465 43470 43471 43474"
	},
	{ "Netherlands_Amsterdam_628.pb",
	    "43917 43918 43919 43923 43924 43925 43930 43931 43932 43933 "
	    "43934 43935 43937 43939 43940 43941 43942 43943 43944 43946 "
	    "43947 43948 43949 43950 43951"
	},
	{ "Netherlands_Amsterdam_631.pb",
	    "44462 44464 44466 44467 44468 44473 44474 44484 44485 44488 "
	    "44489 44491 44493 44494 44495 44496 44497 44499 44501 44504 "
	    "44505 44506 44509 44510 44512 44516 44517 44519 44520 44521"
	},
	{ "Netherlands_Amsterdam_643.pb",
	    "44250"
	},
	{ "Netherlands_Amsterdam_644.pb",
	    "44355 44356 44358 44359 44360 44361 44363 44365 44366 44370 "
	    "44371 44372 44376 44377 44379 44381 44384 44392 44393 44394"
	},
	{ "Netherlands_Amsterdam_645.pb",
	    "44422 44424 44425 44427 44428 44430 44432 44436 44437 44438 "
	    "44439 44440 44443 44449 44451 44452 44454"
	},
	{ "Netherlands_Amsterdam_646.pb",
	    "44396 44397 44401 44402 44403 44404 44405 44406 44409 44410 "
	    "44414 44417 44419"
	},
	{ "Netherlands_Amsterdam_647.pb",
	    "44253 44255 44256 44258 44259 44260 44261 44262 44264 44266 "
	    "44267 44268 44269 44270 44458"
	},
	{ "Netherlands_Assen_2024.pb",
	    "2 3 5 6 9 11 12 13 14"
	},
	{ "Netherlands_Assen_2025.pb",
	    "249 276 282 285 288 303 306 312 315 318 330 336 345"
	},
	{ "Poland_Wieliczka_2023.pb",
	    "6 7 9 17 19 20 24 25 26 29 32 33 34 36 39 40 41 42 43 56 58 "
	    "60 61 62 66 67 69 70 71 74 88"
	},
};

/* The same tool with the integral option off: B/n + k, as pabutools'
 * method_of_equal_shares with voter_budget_increment 1; only these three
 * files come out otherwise than with add1. */
static const struct peer exact_peer[] = {
	{ "Netherlands_Amsterdam_252.pb",
	    "35071 35087 35101 35104 35118 35140 35156 35157 35158 35233 "
	    "35297 35305 35352 35358 35359 35370 35374 35377 35397 35407 "
	    "35560 35781 35854 35926 35987 35989 35995 36000 36004 36005 "
	    "36006 36008 36012 36031 36033"
	},
	{ "Netherlands_Amsterdam_285.pb",
	    "36750 36751 36752 36753 36761 36765 36766 36769 36771 36773 "
	    "36774 36776 36777 36782 36788 36793 36796 36798 36799 36800 "
	    "36802 36806 36809 36811 36812 36816 36819 36820 36821 36824 "
	    "36838 36840 36841 37010"
	},
	{ "Netherlands_Amsterdam_621.pb",
	    "43197 43198 43201 43203 43205 43208 43209 43210 43211 43213 "
	    "43215 43217 43218 43220 43221 43223 43225 43228 43229 43230 "
	    "43231 43232 43234 43236 43237 43240 43241 43244 43245 43246 "
	    "43247 43249 43253 43254"
	},
};

static struct es_instance *
load(const char *file)
{
	static struct es_instance in;
	char path[512];
	const char *why;

	snprintf(path, sizeof path, "%s/testdata/pabulib/%s",
	    unit_shared_dir(), file);
	ck_assert_msg(es_instance_load(path, &in, &why) == 0, "%s: %s", path,
	    why);
	return &in;
}

static int
id_cmp_sort(const void *x, const void *y)
{
	return equal_shares_id_cmp(*(const char *const *)x,
	    *(const char *const *)y);
}

/* The winners' ids in ascending order, one space apart. */
static char *
sorted_ids(const struct es_instance *in, const size_t *w, size_t n)
{
	const char **ids = malloc((n + 1) * sizeof(char *));
	size_t i, len = 1;
	char *s;

	for (i = 0; i < n; i++) {
		ids[i] = in->id[w[i]];
		len += strlen(ids[i]) + 1;
	}
	qsort(ids, n, sizeof(char *), id_cmp_sort);
	s = malloc(len);
	s[0] = '\0';
	for (i = 0; i < n; i++) {
		if (i > 0)
			strcat(s, " ");
		strcat(s, ids[i]);
	}
	free(ids);
	return s;
}

/* Runs completion c on a file; its winners in ascending order of id. */
static char *
file_outcome(const char *file, enum es_completion c, char *endow,
    size_t size)
{
	struct es_instance *in = load(file);
	struct es_options opt = { c, 0 };
	struct es_result res;
	const char *why;
	char *s;

	res.winners = malloc((in->p.nprojects + 1) * sizeof(size_t));
	ck_assert_int_eq(equal_shares_run(&in->p, in->budget, &opt, &res,
	    &why), 0);
	s = sorted_ids(in, res.winners, res.nwinners);
	if (endow != NULL)
		equal_shares_endowment(&res, endow, size);
	free(res.winners);
	es_instance_free(in);
	return s;
}

/* Collapses runs of white space to one space and trims the ends. */
static void
squeeze(char *s)
{
	char *d = s, *p;

	for (p = s; *p != '\0'; p++)
		if (*p != ' ' || (d > s && d[-1] != ' '))
			*d++ = *p;
	while (d > s && d[-1] == ' ')
		d--;
	*d = '\0';
}

static void
expect_peer(const struct peer *pe, enum es_completion c)
{
	char *ours = file_outcome(pe->file, c, NULL, 0), *theirs;

	theirs = strdup(pe->ids);
	squeeze(theirs);
	ck_assert_msg(strcmp(ours, theirs) == 0, "%s: %s, not %s", pe->file,
	    ours, theirs);
	free(ours);
	free(theirs);
}

/* Add1 funds what the compute tool funds, on all 43 files. */
START_TEST(add1_as_the_compute_tool)
{
	expect_peer(&add1_peer[_i], ES_ADD1);
}
END_TEST

/* B/n + k reproduces the tool without the integral option where the two
 * differ; and they do differ there. */
START_TEST(exact_start_as_pabutools)
{
	size_t i;
	char *a;

	expect_peer(&exact_peer[_i], ES_ADD1_EXACT);
	for (i = 0; i < NELEM(add1_peer); i++)
		if (strcmp(add1_peer[i].file, exact_peer[_i].file) == 0) {
			a = strdup(add1_peer[i].ids);
			squeeze(a);
			ck_assert_str_ne(a, exact_peer[_i].ids);
			free(a);
		}
}
END_TEST

/*
 * Wieliczka's Green Million 2023 (Pabulib: equalshares/add1): the
 * official 30 projects, the selected column, come out of Add1 without
 * the exhaustive stop, at 315 a voter; with the stop Add1 ends at an
 * exhaustive outcome of 31 projects, 302 a voter.
 */
START_TEST(wieliczka_official)
{
	struct es_instance *in = load("Poland_Wieliczka_2023.pb");
	size_t w[128] = { 0 }, n = 0, j;
	char endow[64], *official, *ours;

	for (j = 0; j < in->p.nprojects; j++)
		if (in->selected[j])
			w[n++] = j;
	official = sorted_ids(in, w, n);
	es_instance_free(in);
	ck_assert_uint_eq(n, 30);
	ours = file_outcome("Poland_Wieliczka_2023.pb", ES_ADD1_NOSTOP, endow,
	    sizeof endow);
	ck_assert_str_eq(ours, official);
	ck_assert_str_eq(endow, "315.00");
	free(ours);
	ours = file_outcome("Poland_Wieliczka_2023.pb", ES_ADD1, endow,
	    sizeof endow);
	ck_assert_str_ne(ours, official);
	ck_assert_str_eq(endow, "302.00");
	free(ours);
	free(official);
}
END_TEST

/* ---- small instances, written as text ---- */

/*
 * An instance from text: costs in euros "300 200 100", ballots as project
 * numbers from 1, voters apart by '|' ("1|1|1|2"; "" a voter who approves
 * nothing; NULL no voters at all).
 */
struct small {
	struct es_problem p;
	int64_t cost[16];
	const char *id[16];
	size_t start[512], ballot[8192];
};

static void
small_make(struct small *s, const char *costs, const char *ballots)
{
	static const char *names[] = { "1", "2", "3", "4", "5", "6", "7",
	    "8", "9", "10", "11", "12", "13", "14", "15", "16" };
	char *end;
	size_t n = 0, v = 0, k = 0;
	const char *c;

	memset(s, 0, sizeof(*s));
	for (c = costs; *c != '\0'; c = end) {
		s->cost[n] = strtoll(c, &end, 10) * 100;
		s->id[n] = names[n];
		n++;
	}
	for (c = ballots; c != NULL; c = *c == '|' ? c + 1 : NULL) {
		s->start[v++] = k;
		while (*c >= '0' && *c <= '9') {
			s->ballot[k++] = strtoul(c, &end, 10) - 1;
			c = *end == ',' ? end + 1 : end;
		}
	}
	s->start[v] = k;
	s->p.nprojects = n;
	s->p.cost = s->cost;
	s->p.id = s->id;
	s->p.nvoters = v;
	s->p.start = s->start;
	s->p.ballot = s->ballot;
}

/* Both implementations agree on everything they report. */
static void
same_as_reference(const struct es_problem *p, int64_t budget,
    enum es_completion c, int64_t unit)
{
	struct es_options opt = { c, unit };
	struct es_result a, b;
	size_t wa[64], wb[64], i;
	const char *why;

	a.winners = wa;
	b.winners = wb;
	ck_assert_int_eq(equal_shares_run(p, budget, &opt, &a, &why), 0);
	ck_assert_int_eq(es_reference_run(p, budget, &opt, &b), 0);
	ck_assert_msg(a.nwinners == b.nwinners, "%s: %zu winners, the "
	    "reference %zu", es_completion_names[c], a.nwinners, b.nwinners);
	for (i = 0; i < a.nwinners; i++)
		ck_assert_uint_eq(wa[i], wb[i]);
	ck_assert_uint_eq(a.nmethod, b.nmethod);
	ck_assert_int_eq(a.steps, b.steps);
	ck_assert_int_eq(a.runs, b.runs);
	ck_assert_int_eq(a.endowment_num, b.endowment_num);
	ck_assert_int_eq(a.endowment_den, b.endowment_den);
}

/* Runs completion c; the funded numbers in order and the endowment. */
static const char *
outcome(const struct small *s, int64_t budget, enum es_completion c)
{
	static char buf[256];
	struct es_options opt = { c, 0 };
	struct es_result res;
	size_t w[16], i;
	const char *why;
	char endow[64];

	res.winners = w;
	if (equal_shares_run(&s->p, budget, &opt, &res, &why) == -1)
		return why;
	buf[0] = '\0';
	for (i = 0; i < res.nwinners; i++)
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s ",
		    s->id[w[i]]);
	equal_shares_endowment(&res, endow, sizeof endow);
	snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "at %s", endow);
	same_as_reference(&s->p, budget, c, 0);
	return buf;
}

/* A case of termination: the outcome of completion c, as outcome()
 * writes it. */
struct ends {
	const char *costs, *ballots;
	int64_t budget;
	enum es_completion c;
	const char *expect;
};

static const struct ends ends[] = {
	/*
	 * The case: budget 1000; projects 1 (300), 2 (200), 3
	 * (100, nobody's); three voters approve 1, one approves 2.  All of
	 * it fits in 1000, so the compute tool's variants make one run at
	 * B/n = 250: 1 (each of three pays 100), then 2 (the fourth pays
	 * 200).  Add1u then adds 3.  B/n + k funds both approved projects at
	 * once and stops.  Before, Add1 raised for ever: 3 always fitted and
	 * the outcome never grew.
	 */
	{ "300 200 100", "1|1|1|2", 100000, ES_ADD1, "1 2 at 250.00" },
	{ "300 200 100", "1|1|1|2", 100000, ES_ADD1U, "1 2 3 at 250.00" },
	{ "300 200 100", "1|1|1|2", 100000, ES_ADD1_NOSTOP, "1 2 at 250.00" },
	{ "300 200 100", "1|1|1|2", 100000, ES_ADD1_EXACT, "1 2 at 250.00" },
	{ "300 200 100", "1|1|1|2", 100000, ES_NONE, "1 2 at 250.00" },
	/* 3 at 600: not everything fits, and without the exhaustive stop
	 * only the rule that every approved project is funded ends the
	 * raising; 3 does not fit in the 500 left, so Add1u adds nothing */
	{ "300 200 600", "1|1|1|2", 100000, ES_ADD1_NOSTOP, "1 2 at 250.00" },
	{ "300 200 600", "1|1|1|2", 100000, ES_ADD1, "1 2 at 250.00" },
	{ "300 200 600", "1|1|1|2", 100000, ES_ADD1U, "1 2 at 250.00" },
	/* no voters at all is an error; voters who approve nothing fund
	 * nothing, and Add1u fills in by approvals (none), then id */
	{ "300 200", NULL, 100000, ES_ADD1, "equal shares needs votes" },
	{ "300 200", NULL, 100000, ES_ADD1_EXACT, "equal shares needs votes" },
	{ "800 700", "|", 100000, ES_ADD1, "at 500.00" },
	{ "800 700", "|", 100000, ES_ADD1_NOSTOP, "at 500.00" },
	{ "800 700", "|", 100000, ES_ADD1U, "1 at 500.00" },
	/*
	 * One voter, budget 1000: 1 (300) and 2 (2000) approved, 3 (100)
	 * not.  From 1000 the voter buys 1; 2 is out of reach; 3 still
	 * fits, so Add1 raises.  From 2000 the two tie on rho / cost = 1
	 * and the cheaper goes first; 2 comes within reach at 2300, which
	 * costs 2300 > 1000: the last outcome that fits, at 2299, stays.
	 * pabutools' stop looks at approved projects only: 2 does not fit
	 * in the 700 left, so it stops at 1000.
	 */
	{ "300 2000 100", "1,2", 100000, ES_ADD1, "1 at 2299.00" },
	{ "300 2000 100", "1,2", 100000, ES_ADD1_NOSTOP, "1 at 2299.00" },
	{ "300 2000 100", "1,2", 100000, ES_ADD1_EXACT, "1 at 1000.00" },
	/*
	 * Budget 1000, projects of 2000 and 3000 that three voters cannot
	 * pay: nothing fits, so Add1 stops at once (333 whole euros; B/n =
	 * 1000/3 exactly).  Without the stop it raises until 1 is within
	 * reach of its two voters, at 1000, over the budget: 999 stays.
	 */
	{ "2000 3000", "1|2|1,2", 100000, ES_ADD1, "at 333.00" },
	{ "2000 3000", "1|2|1,2", 100000, ES_ADD1_EXACT, "at 1000/3" },
	{ "2000 3000", "1|2|1,2", 100000, ES_ADD1_NOSTOP, "at 999.00" },
	{ "2000 3000", "1|2|1,2", 100000, ES_NONE, "at 1000/3" },
	/* a budget of 0: nothing at 0; without the stop, 1 comes within
	 * reach of its voter at 100, over 0, so 99 stays */
	{ "100 200", "1|2", 0, ES_ADD1, "at 0.00" },
	{ "100 200", "1|2", 0, ES_ADD1_EXACT, "at 0.00" },
	{ "100 200", "1|2", 0, ES_ADD1_NOSTOP, "at 99.00" },
	{ "100 200", "1|2", 0, ES_ADD1U, "at 0.00" },
};

/* Every case ends, with the outcome above, the reference's own. */
START_TEST(ends_every_time)
{
	const struct ends *t = &ends[_i];
	struct small s;

	small_make(&s, t->costs, t->ballots == NULL ? "" : t->ballots);
	if (t->ballots == NULL)
		s.p.nvoters = 0;
	ck_assert_str_eq(outcome(&s, t->budget, t->c), t->expect);
}
END_TEST

/* A ballot naming a project twice, or none there is, is refused. */
START_TEST(bad_ballots)
{
	struct small s;

	small_make(&s, "100 200", "1,1|2");
	ck_assert_str_eq(outcome(&s, 10000, ES_ADD1),
	    "a ballot names a project twice or an unknown project");
	small_make(&s, "100 200", "3");
	ck_assert_str_eq(outcome(&s, 10000, ES_ADD1),
	    "a ballot names a project twice or an unknown project");
}
END_TEST

/* A random small instance: costs from a few round amounts (ties) or any
 * cents, ballots approving each project with chance 2/5. */
static void
random_small(uint64_t *st, int many, struct small *s, int64_t *budget)
{
	static const int64_t round[] = { 6000, 10000, 12000, 20000, 30000,
	    7500 };
	static const char *ids[] = { "3", "1", "10", "2", "b", "a", "07",
	    "9", "x", "11", "12", "13" };
	size_t np = 1 + splitmix64(st) % (many ? 12 : 6);
	size_t nv = 1 + splitmix64(st) % (many ? 400 : 10);
	int any = splitmix64(st) % 2;
	int64_t total = 0;
	size_t j, v, k = 0;

	small_make(s, "", "");
	for (j = 0; j < np; j++) {
		s->cost[j] = any ? 1 + (int64_t)(splitmix64(st) % 30000) :
		    round[splitmix64(st) % NELEM(round)];
		s->id[j] = ids[j];
		total += s->cost[j];
	}
	for (v = 0; v < nv; v++) {
		s->start[v] = k;
		for (j = 0; j < np; j++)
			if (splitmix64(st) % 5 < 2)
				s->ballot[k++] = j;
	}
	s->start[nv] = k;
	s->p.nprojects = np;
	s->p.nvoters = nv;
	*budget = splitmix64(st) % 8 == 0 ? 0 :
	    (int64_t)(splitmix64(st) % (uint64_t)(total + 1));
}

/* Random small instances: every completion, units of a cent, a euro and
 * ten euros, the same as the reference in every field. */
START_TEST(random_against_reference)
{
	static const int64_t units[] = { 100, 50, 1000 };
	uint64_t st = 0x45510000 + (uint64_t)_i;
	struct small s;
	int64_t budget;
	int n, c;

	for (n = 0; n < 50; n++) {
		random_small(&st, 0, &s, &budget);
		for (c = ES_ADD1; c <= ES_NONE; c++)
			same_as_reference(&s.p, budget, c,
			    units[(n + c) % NELEM(units)]);
	}
}
END_TEST

/* Larger random instances, up to 400 voters and 12 projects, where the
 * floating-point filter decides most comparisons: still the reference's
 * outcome. */
START_TEST(random_larger_against_reference)
{
	uint64_t st = 0x4c415247 + (uint64_t)_i;
	struct small s;
	int64_t budget;

	random_small(&st, 1, &s, &budget);
	same_as_reference(&s.p, budget, ES_NONE, 0);
	same_as_reference(&s.p, budget, ES_ADD1, 2500);
	same_as_reference(&s.p, budget, ES_ADD1_EXACT, 2500);
}
END_TEST

static Suite *
equalshares_suite(void)
{
	Suite *s = suite_create("equalshares");
	TCase *tc = tcase_create("equalshares");

	tcase_set_timeout(tc, 600);
	tcase_add_loop_test(tc, add1_as_the_compute_tool, 0,
	    (int)NELEM(add1_peer));
	tcase_add_loop_test(tc, exact_start_as_pabutools, 0,
	    (int)NELEM(exact_peer));
	tcase_add_test(tc, wieliczka_official);
	tcase_add_loop_test(tc, ends_every_time, 0, (int)NELEM(ends));
	tcase_add_test(tc, bad_ballots);
	tcase_add_loop_test(tc, random_against_reference, 0, 8);
	tcase_add_loop_test(tc, random_larger_against_reference, 0, 16);
	suite_add_tcase(s, tc);
	return s;
}

UNIT_MAIN(equalshares_suite)
