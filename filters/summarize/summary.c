/* summary.c: folds paragraph records into one document record (placeholder); no I/O. */
#include "summary.h"

void
summary_process_document(struct document *document, void *state)
{
	json_t *summary = json_object();
	json_t *id = document_id(document);
	unsigned long line = document->lines[0];
	size_t i;

	(void)state;
	json_object_set(summary, "doc", id != NULL ? id : json_null());
	json_object_set_new(summary, "paragraphs", json_integer((json_int_t)document->count));
	for (i = 0; i < document->count; i++)
		json_decref(document->records[i]);
	document->count = 0;
	document_append(document, summary, line);
}
