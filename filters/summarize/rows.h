/* rows.h: summarize --tsv as a record loop step: each document's summary written as TSV rows on stdout. */
#ifndef NEWSPIPE_ROWS_H
#define NEWSPIPE_ROWS_H

#include "record.h"

/* Writes SUMMARY_TSV_HEADER on stdout: once, before the first document. */
void	rows_write_header(void);

/*
 * The record loop's step for --tsv: writes the rows of document's summary on
 * stdout and leaves document empty.  state is a struct buffer, reused for
 * every document; buffer_free it after the loop.
 */
void	rows_write_document(struct document *document, void *state);

#endif
