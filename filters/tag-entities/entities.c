/* entities.c: adds "entities" to paragraph records (placeholder: always empty); no I/O. */
#include "entities.h"

void
entities_process_document(struct document *document, void *state)
{
	size_t i, length;

	(void)state;
	for (i = 0; i < document->count; i++)
		if (document_text(document, i, &length) != NULL)
			json_object_set_new(document->records[i], "entities", json_array());
}
