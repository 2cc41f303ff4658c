/* documents.h: builds struct document values from JSON text for the unit tests. */
#ifndef NEWSPIPE_TEST_DOCUMENTS_H
#define NEWSPIPE_TEST_DOCUMENTS_H

#include <stdlib.h>

#include <criterion/criterion.h>

#include "record.h"

/* A document of the JSON records given, one string each, ended by NULL. */
static inline struct document
test_document(const char *const *records)
{
	struct document document = { .file = "test" };
	json_error_t error;
	json_t *record;
	unsigned long line;

	for (line = 1; *records != NULL; records++, line++) {
		record = json_loads(*records, 0, &error);
		cr_assert_not_null(record, "bad test record %s: %s", *records, error.text);
		document_append(&document, record, line);
	}
	return document;
}

static inline void
test_document_free(struct document *document)
{
	document_clear(document);
	free(document->records);
	free(document->lines);
}

#endif
