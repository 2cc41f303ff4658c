/* figures.c: adds "figures" to paragraph records (placeholder: always empty); no I/O. */
#include "figures.h"

void
figures_process_document(struct document *document, void *state)
{
	size_t i, length;

	(void)state;
	for (i = 0; i < document->count; i++)
		if (document_text(document, i, &length) != NULL)
			json_object_set_new(document->records[i], "figures", json_array());
}
