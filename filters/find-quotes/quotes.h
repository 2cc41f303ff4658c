/* quotes.h: finds the quotations and their speakers of a paragraph record (placeholder until its issue lands). */
#ifndef NEWSPIPE_QUOTES_H
#define NEWSPIPE_QUOTES_H

#include "record.h"

/* Adds "quotes" to every record of document. */
void	quotes_process_document(struct document *document, void *state);

#endif
