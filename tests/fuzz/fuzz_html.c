/* fuzz_html.c: render-html's step (as in its main.c) for the fuzz harness; writes HTML on stdout. */
#include "buffer.h"
#include "fuzz_steps.h"
#include "html.h"
#include "output.h"
#include "summary.h"

void
fuzz_render_document(struct document *document, void *state)
{
	struct buffer html = { 0 }, index = { 0 };
	json_t *summary = summary_build(document);

	(void)state;
	html_document(&html, document, summary, 1);
	html_index_entry(&index, summary, 1);
	output_bytes(html.bytes, html.length);
	json_decref(summary);
	document_clear(document);
	buffer_free(&html);
	buffer_free(&index);
}
