/* summary.h: folds a document's paragraph records into one report record (placeholder). */
#ifndef NEWSPIPE_SUMMARY_H
#define NEWSPIPE_SUMMARY_H

#include "record.h"

/* Replaces the records of document with one summary record. */
void	summary_process_document(struct document *document, void *state);

#endif
