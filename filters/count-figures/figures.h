/* figures.h: finds the numeric expressions of a paragraph record (placeholder until its issue lands). */
#ifndef NEWSPIPE_FIGURES_H
#define NEWSPIPE_FIGURES_H

#include "record.h"

/* Adds "figures" to every record of document. */
void	figures_process_document(struct document *document, void *state);

#endif
