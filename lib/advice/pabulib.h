/*
 * pabulib: a reader for Pabulib's .pb files (pabulib.org, the format of
 * Faliszewski et al., "Participatory Budgeting: Data, Tools and
 * Analysis", IJCAI 2023), turned into samen records as it goes.
 *
 * A file has three sections, META, PROJECTS and VOTES, each a header
 * line of column names and then rows; fields are ';'-separated and may be
 * double-quoted with "" for a quote; lists inside a field are
 * ','-separated.  pabulib_line() yields, in file order, one
 * `budget' record (the META, once the section ends), one `request'
 * record per project and one `vote' record per voter (samen-formats(5)).
 *
 * Invariants: memory grows with the projects, never with the votes; a
 * bad row is reported with its line and skipped, and never takes another
 * row with it; a vote naming an unknown project is a bad row.
 */
#ifndef SAMEN_PABULIB_H
#define SAMEN_PABULIB_H

#include <stddef.h>
#include <jansson.h>

struct pb_reader;

struct pb_reader *pabulib_open(void);
void pabulib_close(struct pb_reader *);
/*
 * Reads the next line of a file (text, len bytes, without its "\n" or
 * "\r\n"; the stream's jsonl_next() hands lines out so): 1 and a record in
 * *rec (yours), with a warning in err when err is not empty (a ballot
 * naming a project more than once: it counts once); 0 nothing to write
 * yet; -1 a bad line, the reason in err, and reading may go on.  A line
 * gives at most one record.
 */
int pabulib_line(struct pb_reader *, const char *text, size_t len,
    json_t **rec, char *err, size_t errsize);
/*
 * The end of a file: 1 and its budget record in *rec when no PROJECTS
 * section has written it yet, else 0.  The reader then starts afresh, for
 * the next file: a vote names the projects of its own file.
 */
int pabulib_end(struct pb_reader *, json_t **rec);

#endif
