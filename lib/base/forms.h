/*
 * forms: the three forms of social isolation (Van Delden, "Marginalisatie",
 * 2020) and what answers each.
 *
 *   societal    no work, disability, rarely out   -> environment-initiative
 *   group       defensive retreat into one's group -> mild-work-setting
 *   individual  lacking social skills              -> warm-place
 *
 * The order of enum isolation_form is the order samen writes forms in, in
 * every record and report.  Names are the words of samen-formats(5).
 */
#ifndef SAMEN_FORMS_H
#define SAMEN_FORMS_H

enum isolation_form {
	FORM_SOCIETAL,
	FORM_GROUP,
	FORM_INDIVIDUAL,
	FORM_COUNT
};

const char *isolation_form_name(enum isolation_form);	/* "societal", ... */
/* 0, or -1 when s names no form. */
int isolation_form_parse(const char *s, enum isolation_form *);
/* What answers a form: "environment-initiative", "mild-work-setting",
 * "warm-place". */
const char *isolation_form_response(enum isolation_form);

#endif
