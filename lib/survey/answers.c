#include "core/err.h"
#include "survey/answers.h"

static const struct term djg[] = {
	{ "yes", "ja", "yes!|ja!|ja zeker|jazeker" },
	{ "more or less", "min of meer", "more-or-less|soms|enigszins" },
	{ "no", "nee", "no!|nee!|zeker niet|nee zeker niet" }
};

static const struct term lsns[] = {
	{ "0", "geen", "none|nul|zero|niemand|0 geen" },
	{ "1", "\xc3\xa9\xc3\xa9n", "een|one|1 een" },
	{ "2", "twee", "two|2 twee" },
	{ "3", "drie of vier", "three or four|3-4|3 of 4|3 tot 4|3 or 4" },
	{ "4", "vijf tot acht", "five to eight|five through eight|5-8|"
	    "5 tot 8|5 tot en met 8|vijf tot en met acht" },
	{ "5", "negen of meer", "nine or more|9 or more|9 of meer|9+|"
	    "negen en meer" }
};

static const struct term ladder[] = {
	{ "1", "ge\xc3\xafsoleerd", "isolated|trede 1|step 1" },
	{ "2", "sociale contacten buiten de deur", "social contacts outside "
	    "the home|sociale contacten|trede 2|step 2" },
	{ "3", "georganiseerde activiteit", "organised activity|organized "
	    "activity|deelname georganiseerde activiteiten|trede 3|step 3" },
	{ "4", "onbetaald werk", "unpaid work|vrijwilligerswerk|trede 4|"
	    "step 4" },
	{ "5", "betaald werk met ondersteuning", "paid work with support|"
	    "trede 5|step 5" },
	{ "6", "betaald werk", "paid work|trede 6|step 6" }
};

static const struct term paid_work[] = {
	{ "none", "geen betaald werk", "geen|geen werk|nee|no|no paid work|"
	    "niet werkzaam|werkloos|unemployed" },
	{ "supported", "betaald werk met ondersteuning", "met ondersteuning|"
	    "paid work with support|supported employment|beschut werk|"
	    "werk met begeleiding|met loonkostensubsidie" },
	{ "regular", "betaald werk", "ja|yes|paid work|regulier|regulier "
	    "betaald werk|regular paid work|in loondienst|zelfstandig" }
};

static const struct term yes_no[] = {
	{ "true", "ja", "yes|waar|wel|1 ja|ja wekelijks|yes weekly" },
	{ "false", "nee", "no|onwaar|niet|0 nee|nee niet wekelijks" }
};

static const struct term contacts[] = {
	{ "mostly-own-group", "vooral met mensen uit de eigen groep",
	    "mostly own group|vooral eigen groep|eigen groep|vooral met "
	    "mensen uit mijn eigen groep|mostly with people of my own group" },
	{ "mixed", "gemengd", "mixed|beide|both|even veel|evenveel" },
	{ "mostly-other-groups", "vooral met mensen uit andere groepen",
	    "mostly other groups|vooral andere groepen|andere groepen|mostly "
	    "with people of other groups" }
};

static const struct term missing[] = {
	{ "don't know", "weet niet", "weet ik niet|dont know|do not know|"
	    "onbekend|unknown" },
	{ "refused", "wil niet zeggen", "wil ik niet zeggen|zeg ik liever "
	    "niet|geen antwoord|no answer|prefer not to say|weigert" },
	{ "not applicable", "niet van toepassing", "nvt|n.v.t.|n.a.|"
	    "missing|ontbreekt|system missing" }
};

const struct vocab answers_djg = { "answer", djg, NELEM(djg) };
const struct vocab answers_lsns = { "number of people", lsns, NELEM(lsns) };
const struct vocab answers_ladder = { "ladder step", ladder, NELEM(ladder) };
const struct vocab answers_paid_work = { "kind of work", paid_work,
	NELEM(paid_work) };
const struct vocab answers_bool = { "yes or no", yes_no, NELEM(yes_no) };
const struct vocab answers_contacts = { "kind of contacts", contacts,
	NELEM(contacts) };
const struct vocab answers_missing = { "missing answer", missing,
	NELEM(missing) };
