/*
 * pabulib: a reader for Pabulib's .pb files (pabulib.org, the format of
 * Faliszewski et al., "Participatory Budgeting: Data, Tools and
 * Analysis", IJCAI 2023), turned into samen records as it goes.
 *
 * A file has three sections, META, PROJECTS and VOTES, each a header
 * line of column names and then rows; fields are ';'-separated and may be
 * double-quoted with "" for a quote; lists inside a field are
 * ','-separated.  CRLF or LF.  pabulib_next() yields, in file order, one
 * `budget' record (the META, once the section ends), one `request'
 * record per project and one `vote' record per voter (samen-formats(5)).
 *
 * Invariants: memory grows with the projects, never with the votes; a
 * bad row is reported with its line and skipped, and never takes another
 * row with it; a vote naming an unknown project is a bad row.
 */
#ifndef SAMEN_PABULIB_H
#define SAMEN_PABULIB_H

#include <stdio.h>
#include <jansson.h>

struct pb_reader;

struct pb_reader *pabulib_open(FILE *);
void pabulib_close(struct pb_reader *);
/*
 * 1: a record in *rec (yours); 0: end of file; -1: a bad line, *why says
 * what (valid until the next call) and reading may go on.  *line is the
 * line the record or error comes from.
 */
int pabulib_next(struct pb_reader *, json_t **rec, unsigned long *line,
    const char **why);

/* The last line read, as it was (for --rejects). */
const char *pabulib_raw(const struct pb_reader *, size_t *len);

#endif
