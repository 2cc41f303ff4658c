/* rows.c: writes each document's summary (summary.c) as TSV rows on stdout, for summarize --tsv. */
#include "buffer.h"
#include "output.h"
#include "rows.h"
#include "summary.h"

void
rows_write_header(void)
{
	output_bytes(SUMMARY_TSV_HEADER, sizeof(SUMMARY_TSV_HEADER) - 1);
}

void
rows_write_document(struct document *document, void *state)
{
	struct buffer *rows = state;
	json_t *summary = summary_build(document);

	rows->length = 0;
	summary_tsv(summary, rows);
	output_bytes(rows->bytes, rows->length);
	json_decref(summary);
	document_clear(document);
}
