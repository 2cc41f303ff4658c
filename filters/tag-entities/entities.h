/* entities.h: finds the named entities of a paragraph record (placeholder until its issue lands). */
#ifndef NEWSPIPE_ENTITIES_H
#define NEWSPIPE_ENTITIES_H

#include "record.h"

/* Adds "entities" to every record of document. */
void	entities_process_document(struct document *document, void *state);

#endif
